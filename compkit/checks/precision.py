"""How often each rule is right: findings on real frameworks, read one by one and judged.

Every finding of the checker on the corpus of real frameworks (``tests/data/corpus/``) and on the
two bundled ones was read against its statement and judged true or false, with one line why, in
``tests/data/corpus/judgements.csv`` (columns :data:`JUDGEMENT_COLUMNS`). A finding is matched to
its judgement by :data:`KEY`. ``docs/rules.md`` publishes the precision per rule from that file,
and a test re-runs the checker and fails when a finding has no judgement or a judgement no
finding, so the published figures are always the checker's own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ..framework.io import bundled, load
from .registry import RULES, sorted_rules
from .report import Report
from .run import check

#: Columns of the judgements file.
JUDGEMENT_COLUMNS = [
    "framework",
    "code",
    "indicator_id",
    "related_id",
    "subject",
    "competency_id",
    "level",
    "correct",
    "why",
]
#: The columns that identify a finding.
KEY = JUDGEMENT_COLUMNS[:7]
#: Columns of :func:`precision_table`.
PRECISION_COLUMNS = [
    "code",
    "name",
    "severity",
    "corpus_findings",
    "corpus_true",
    "corpus_precision",
    "seed_findings",
    "seed_true",
    "seed_precision",
]


def judgements_path() -> Path:
    """Where the judgements are: ``$COMPKIT_JUDGEMENTS``, else the source tree's corpus."""
    env = os.environ.get("COMPKIT_JUDGEMENTS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus" / "judgements.csv"


def read_judgements(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The judgements as a DataFrame (empty when the file is absent, as in an installed wheel).

    Examples
    --------
    >>> j = read_judgements()
    >>> list(j.columns) == JUDGEMENT_COLUMNS, j["correct"].dtype.name
    (True, 'bool')
    """
    path = Path(path) if path is not None else judgements_path()
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype=object) for c in JUDGEMENT_COLUMNS}).astype(
            {"correct": bool}
        )
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return frame.assign(correct=frame["correct"].str.lower().eq("true"))[JUDGEMENT_COLUMNS]


def judge(report: Report, judgements: pd.DataFrame | None = None) -> pd.DataFrame:
    """The findings of ``report`` with their judgements (``correct`` is NA where there is none).

    Examples
    --------
    >>> import compkit
    >>> judged = judge(compkit.check("wsx", select="T005"))
    >>> judged[["indicator_id", "subject", "correct"]].values.tolist()
    [['partnerships-supervisory-8', 'Wiling', True]]
    """
    judgements = read_judgements() if judgements is None else judgements
    frame = report.to_frame()
    merged = frame.merge(judgements, on=KEY, how="left", validate="many_to_one")
    return merged.assign(correct=merged["correct"].astype("boolean"))


def precision_table(judgements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Findings, true findings and precision per rule, on the corpus and on the seeds.

    The seeds are the bundled frameworks (``cis``, ``wsx``); the corpus is every other
    framework judged. Precision is NA where a rule found nothing.

    Examples
    --------
    >>> table = precision_table().set_index("code")
    >>> table.loc["T005", ["seed_findings", "seed_true"]].tolist()
    [1, 1]
    """
    judgements = read_judgements() if judgements is None else judgements
    seed = judgements["framework"].isin(list(bundled()))
    rows = []
    for r in sorted_rules():
        row = {"code": r.code, "name": r.name, "severity": r.severity}
        for label, part in (("corpus", ~seed), ("seed", seed)):
            mine = judgements[part & (judgements["code"] == r.code)]["correct"]
            row[f"{label}_findings"] = len(mine)
            row[f"{label}_true"] = int(mine.sum())
            row[f"{label}_precision"] = mine.mean() if len(mine) else pd.NA
        rows.append(row)
    table = pd.DataFrame(rows, columns=PRECISION_COLUMNS)
    for c in ("corpus_precision", "seed_precision"):
        table[c] = table[c].astype("Float64")
    return table


def _figure(found: int, true: int) -> str:
    return f"{true / found:.2f} ({true}/{found})" if found else "–"


def precision_markdown(judgements: pd.DataFrame | None = None) -> list[str]:
    """The precision table as Markdown lines (none when there are no judgements)."""
    judgements = read_judgements() if judgements is None else judgements
    if judgements.empty:
        return []
    table = precision_table(judgements)
    corpus = sorted(set(judgements["framework"]) - set(bundled()))
    lines = [
        "## Precision",
        "",
        "Share of findings that read true, judged one by one against their statements "
        f"(`tests/data/corpus/judgements.csv`): the corpus is {len(corpus)} real frameworks "
        f"({', '.join(f'`{c}`' for c in corpus)}; `tests/data/corpus/README.md`), the seeds "
        "the two bundled ones. How it is measured: every rule, opt-in ones too, is run on each "
        "framework, and each finding is read against its statement and judged true or false, "
        "with one line why. A rule change that adds, removes or moves a finding fails "
        "`python -m pytest tests/test_checks_precision.py` until the new finding is judged and "
        "the stale judgement dropped, so the table is re-measured with every change; "
        "`python -m compkit.checks > docs/rules.md` then rewrites it.",
        "",
        "| code | name | severity | corpus | seeds |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in table.itertuples(index=False):
        opt = ", opt-in" if not RULES[r.code].default else ""
        lines.append(
            f"| {r.code} | `{r.name}` | {r.severity}{opt} | "
            f"{_figure(r.corpus_findings, r.corpus_true)} | "
            f"{_figure(r.seed_findings, r.seed_true)} |"
        )
    return lines


def corpus_paths() -> list[Path]:
    """The framework files of the corpus, beside the judgements (none in an installed wheel)."""
    folder = judgements_path().parent
    return sorted(p for p in folder.glob("*.yaml") if p.name != "manifest.yaml")


def evaluate(frameworks=None) -> pd.DataFrame:
    """Check each framework with every rule (opt-in ones too) and judge the findings.

    Parameters
    ----------
    frameworks : iterable of Framework, bundled ids or paths, optional
        Default: the corpus and the bundled frameworks.

    Returns
    -------
    pandas.DataFrame
        The findings (:data:`~compkit.checks.FINDING_COLUMNS`) with ``correct`` and ``why``,
        and ``statements``: how many statements the framework has.
    """
    frameworks = [*corpus_paths(), *bundled()] if frameworks is None else frameworks
    judgements = read_judgements()
    frames = []
    for item in frameworks:
        fw = load(item)
        judged = judge(check(fw, select=list(RULES)), judgements)
        frames.append(judged.assign(framework=fw.id, statements=len(fw.indicator_records)))
    return pd.concat(frames, ignore_index=True)


def finding_rates(frameworks=None) -> pd.DataFrame:
    """Findings per 100 statements per framework, by default rules only and with every rule.

    Examples
    --------
    >>> finding_rates(["cis"])[["framework", "statements", "findings"]].values.tolist()
    [['cis', 62, 18]]
    """
    frameworks = [*corpus_paths(), *bundled()] if frameworks is None else frameworks
    rows = []
    for item in frameworks:
        fw = load(item)
        n = len(fw.indicator_records)
        found = len(check(fw))
        every = len(check(fw, select=list(RULES)))
        rows.append(
            {
                "framework": fw.id,
                "statements": n,
                "findings": found,
                "per_100": round(100 * found / n, 1),
                "findings_all_rules": every,
                "per_100_all_rules": round(100 * every / n, 1),
            }
        )
    return pd.DataFrame(rows)
