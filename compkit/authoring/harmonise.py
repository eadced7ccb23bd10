"""Draft a harmonised framework: one framework's structure, the other's missing statements added.

:func:`draft` starts from a *base* framework and a reviewed cross-walk to an *other* framework
and proposes a revised draft. It keeps the base's structure (levels, competencies, order) and
statements; offers each statement of the other framework that the reviewers matched to nothing
as an addition, in the base competency its reviewed neighbours map to and at the base level its
level aligns with; fixes the consistency checker's findings where the fix is mechanical (a
stray word left by document conversion is deleted; a word wrongly capitalised where a wrapped
line was joined is lower-cased); and lists every other finding for a human. Each proposal is
a row of a table, and each changed statement records its provenance in ``source.ref``; the
draft's ``notes`` say what it was made from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from ._fixes import _mechanical_fix, _other_names, _own_names
from ._reuse import new_statement_id, taken_ids

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["PROPOSAL_COLUMNS", "Draft", "draft"]

#: Columns of :attr:`Draft.proposals`.
PROPOSAL_COLUMNS = [
    "action",
    "indicator_id",
    "competency_id",
    "level",
    "text",
    "before",
    "from_id",
    "related_id",
    "code",
    "reason",
]
_ACCEPTED = ("accepted", "changed")  # review decisions that keep a pair
#: Relations that make a statement a counterpart (a related statement is not one).
_COUNTERPART = ("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch")
_NO_MATCH = "sssom:NoTermFound"


@dataclass(frozen=True)
class Draft:
    """A proposed revision: the draft framework and what was proposed, one row per proposal.

    Attributes
    ----------
    framework : Framework
        The draft (write it with :func:`compkit.write_yaml`).
    proposals : pandas.DataFrame
        Columns :data:`PROPOSAL_COLUMNS`. ``action`` is ``add`` (a statement of the other
        framework with no counterpart, added), ``fix`` (a finding fixed mechanically; ``before``
        holds the old text) or ``review`` (a finding that needs a human).
    """

    framework: Framework
    proposals: pd.DataFrame

    def summary(self) -> pd.Series:
        """How many proposals of each kind."""
        return (
            self.proposals["action"].value_counts().reindex(["add", "fix", "review"], fill_value=0)
        )


def _local(curie: str) -> str:
    return curie.split(":", 1)[1] if isinstance(curie, str) and ":" in curie else curie


def _oriented(crosswalk, other: Framework, base: Framework) -> pd.DataFrame:
    """The cross-walk with ``other``'s statements as subjects (columns swapped if need be)."""
    from .._atomic import as_path
    from ..crosswalk import read_sssom
    from ..crosswalk.guards import require_mappings
    from ..errors import UsageError

    if not isinstance(crosswalk, pd.DataFrame):
        expected = "a cross-walk (a DataFrame, a bundled name or a file path)"
        crosswalk = read_sssom(as_path(crosswalk, "crosswalk", expected=expected))
    require_mappings(crosswalk, "draft")
    frame = crosswalk
    other_ids = {i.id for i in other.indicator_records}
    base_ids = {i.id for i in base.indicator_records}
    subjects, objects = frame["subject_id"].map(_local), frame["object_id"].map(_local)
    if objects.isin(other_ids).sum() > subjects.isin(other_ids).sum():
        swap = {
            c: c.replace("subject_", "\0").replace("object_", "subject_").replace("\0", "object_")
            for c in frame.columns
            if c.startswith(("subject_", "object_"))
        }
        frame = frame.rename(columns=swap)
        # a base statement's "no counterpart" row says nothing of the other's statements, and
        # swapped it would make the marker a subject (align_levels refuses that): set it aside
        keep = frame["subject_id"] != _NO_MATCH
        frame = frame[keep].reset_index(drop=True)
        subjects, objects = (
            objects[keep].reset_index(drop=True),
            subjects[keep].reset_index(drop=True),
        )
    if (
        not subjects.isin(other_ids).any()
        or not (objects.isin(base_ids) | (frame["object_id"] == _NO_MATCH)).any()
    ):
        raise UsageError(
            f"the cross-walk does not pair statements of '{other.id}' with '{base.id}'; expected "
            f"a cross-walk between the two (subject or object ids like '{other.id}:...')"
        )
    return frame


def _pairs(frame: pd.DataFrame) -> pd.DataFrame:
    """Each row's other_id and base_id, and whether a reviewer accepted it or said no match."""
    status = frame.get("review_status", pd.Series("accepted", index=frame.index)).fillna("")
    modifier = frame.get("predicate_modifier", pd.Series("", index=frame.index)).fillna("")
    kept = status.isin(_ACCEPTED) & (modifier != "Not") & (frame["object_id"] != _NO_MATCH)
    return pd.DataFrame(
        {
            "other_id": frame["subject_id"].map(_local),
            "base_id": frame["object_id"].map(_local),
            "positive": kept & frame["predicate_id"].isin(_COUNTERPART),
            "related": kept & ~frame["predicate_id"].isin(_COUNTERPART),
            "no_match": (status == "no_match") | (frame["object_id"] == _NO_MATCH),
            "rejected": (status == "rejected") | (modifier == "Not"),
        }
    )


def _level_map(frame: pd.DataFrame, other: Framework, base: Framework) -> dict[str, str]:
    """Which base level each level of the other framework corresponds to.

    From where the reviewed matches land and the scope of the statements at each level
    (:func:`compkit.crosswalk.align_levels`).
    """
    from ..crosswalk import align_levels

    table = align_levels(frame, other, base)
    return dict(zip(table["level"], table["aligned_level"], strict=True))


def _competency_map(pairs: pd.DataFrame, other: Framework, base: Framework) -> dict[str, str]:
    """Which base competency each competency of the other framework's statements mostly maps to."""
    o_comp = {i.id: i.competency for i in other.indicator_records}
    b_comp = {i.id: i.competency for i in base.indicator_records}
    hits = pairs[pairs["positive"]]
    votes = pd.DataFrame(
        {"o": hits["other_id"].map(o_comp), "b": hits["base_id"].map(b_comp)}
    ).dropna()
    order = {c: n for n, c in enumerate(base.competency_ids)}
    out = {}
    for comp, group in votes.groupby("o"):
        counts = group["b"].value_counts()
        best = counts[counts == counts.max()].index
        out[comp] = min(best, key=order.__getitem__)
    return out


def _closest_competency(texts: list[str], base: Framework) -> list[str]:
    """For each text, the base competency whose statements share most of its words."""
    from ._pairs import similarity

    bags = base.indicators.groupby("competency_id", sort=False)["text"].agg(" ".join)
    bags = bags.reindex(list(base.competency_ids)).fillna("")
    dice, *_ = similarity(pd.Series(texts), bags.reset_index(drop=True))
    return [base.competency_ids[j] for j in dice.argmax(1)]


def draft(
    base,
    other,
    crosswalk,
    *,
    id: str | None = None,
    title: str | None = None,
) -> Draft:
    """Propose a revised, harmonised draft of ``base`` with what ``other`` covers and it does not.

    Parameters
    ----------
    base : Framework, bundled id or path
        The framework to revise; the draft keeps its structure and statements.
    other : Framework, bundled id or path
        The framework whose unmatched statements are offered as additions.
    crosswalk : pandas.DataFrame or path
        A reviewed cross-walk between the two (an SSSOM file or frame, either direction; see
        :func:`compkit.read_sssom`). Only decisions count: a statement of ``other`` that the
        reviewers matched to nothing (no match, every suggestion rejected, or only related
        statements) is added; one they have not settled is listed for a human.
    id, title : str, optional
        The draft's id and title (default: ``<base id>-draft`` and the base title + " (draft)").

    Returns
    -------
    Draft
        The draft framework and the table of proposals.

    Raises
    ------
    compkit.UsageError
        When the cross-walk is neither a frame nor a path, or does not pair statements of the
        two frameworks.

    Examples
    --------
    >>> import compkit
    >>> from compkit.framework.io import data_dir
    >>> d = compkit.draft("wsx", "cis", data_dir() / "crosswalks" / "cis-wsx.sssom.tsv")
    >>> d.framework.id, d.framework.indicator("work-core-2").text[-30:]
    ('wsx-draft', 'team members and service users')
    >>> fix = d.proposals.query("indicator_id == 'work-core-2'").iloc[0]
    >>> fix["action"], fix["reason"]
    ('fix', "deleted the stray word 'Person'")
    """
    from ..framework.io import load, to_dict

    b, o = load(base), load(other)
    frame = _oriented(crosswalk, o, b)
    pairs = _pairs(frame)
    doc = to_dict(b)
    rows = _fix(doc, b, only=None)  # 1. the base's own findings
    added = _add(doc, pairs, frame, o, b, rows)  # 2. what the other covers and the base not
    doc["id"] = id or f"{b.id}-draft"
    doc["title"] = title or f"{b.title} (draft)"
    doc["version"] = "draft"
    # 3. the added statements' findings (end punctuation, voice, ...) in the draft
    rows += _fix(doc, _framework(doc), only=set(added))
    counts = pd.Series([r["action"] for r in rows]).value_counts()
    doc["notes"] = (
        f"A revised draft of {b.label} '{b.title}' ({b.id}), proposed by compkit.draft: "
        f"{int(counts.get('add', 0))} statements of {o.label} '{o.title}' ({o.id}) that the "
        f"reviewed cross-walk matches to nothing were added at the aligned level, and "
        f"{int(counts.get('fix', 0))} consistency findings were fixed mechanically; "
        f"{int(counts.get('review', 0))} findings are left for a human. Each changed statement "
        "says where it came from in source.ref."
    )
    proposals = pd.DataFrame(rows, columns=PROPOSAL_COLUMNS).astype(object)
    proposals = proposals.where(proposals.notna(), None)
    order = {"fix": 0, "add": 1, "review": 2}
    proposals = proposals.sort_values("action", key=lambda s: s.map(order), kind="stable")
    return Draft(_framework(doc), proposals.reset_index(drop=True))


def _framework(doc: dict) -> Framework:
    from ..framework.build import from_dict

    return from_dict(doc)


def _fix(doc: dict, fw: Framework, *, only: set[str] | None) -> list[dict[str, Any]]:
    """Fix ``fw``'s findings in ``doc`` where the fix is mechanical; list the rest.

    ``only``: the statements to look at (all, and the framework-wide findings, when None).
    """
    from dataclasses import replace

    from ..checks import check

    rows: list[dict[str, Any]] = []
    by_id = {i["id"]: i for c in doc["competencies"] for i in c["indicators"]}
    for f in check(fw).to_frame().to_dict("records"):
        if only is not None and f["indicator_id"] not in only:
            continue
        ind = fw.indicator(f["indicator_id"]) if f["indicator_id"] else None
        fixed = None
        if ind is not None:  # fix the text as fixed so far: a statement may have two findings
            fixed = _mechanical_fix(f, replace(ind, text=by_id[ind.id]["text"]))
        if fixed is None:
            rows.append(
                {
                    "action": "review",
                    "indicator_id": f["indicator_id"] or None,
                    "competency_id": ind.competency if ind else (f["competency_id"] or None),
                    "level": ind.level if ind else (f["level"] or None),
                    "text": ind.text if ind else None,
                    "related_id": f["related_id"] or None,
                    "code": f["code"],
                    "reason": f"{f['name']}: {f['message']}",
                }
            )
            continue
        text, what = fixed
        item = by_id[ind.id]
        before, item["text"] = item["text"], text
        ref = f"{f['code']} {f['name']} fixed: {what}"
        old_ref = item.get("source", {}).get("ref")
        item["source"] = {**item.get("source", {}), "ref": f"{old_ref}; {ref}" if old_ref else ref}
        rows.append(
            {
                "action": "fix",
                "indicator_id": ind.id,
                "competency_id": ind.competency,
                "level": ind.level,
                "text": text,
                "before": before,
                "code": f["code"],
                "reason": what,
            }
        )
    return rows


def _add(
    doc: dict, pairs: pd.DataFrame, frame: pd.DataFrame, o: Framework, b: Framework, rows: list
) -> list[str]:
    """Add the other's statements that the reviewers matched to nothing; return their new ids.

    Statements the cross-walk has not settled yet are listed for a human instead.
    """
    new_ids: list[str] = []
    matched = set(pairs.loc[pairs["positive"], "other_id"])
    per = pairs.groupby("other_id").agg(
        no_match=("no_match", "any"), rejected=("rejected", "all"), related=("related", "any")
    )
    settled = set(per.index[per["no_match"] | per["rejected"] | per["related"]]) - matched
    related = set(per.index[per["related"]])
    missing = [i for i in o.indicator_records if i.id in settled]
    for ind in o.indicator_records:
        if ind.id not in matched and ind.id not in settled:
            listed = ind.id in set(pairs["other_id"])
            rows.append(
                {
                    "action": "review",
                    "competency_id": ind.competency,
                    "level": ind.level,
                    "text": ind.text,
                    "from_id": f"{o.id}:{ind.id}",
                    "reason": "the cross-walk has not settled this statement yet ("
                    + ("no decision on its suggestions" if listed else "not in the cross-walk")
                    + "): review it to know whether to add it",
                }
            )
    levels = _level_map(frame, o, b)
    comps = _competency_map(pairs, o, b)
    closest = _closest_competency([i.text for i in missing], b) if missing else []
    said_none = set(pairs.loc[pairs["no_match"], "other_id"])
    taken = taken_ids(doc)  # never a retired id: it may name a removed statement somewhere
    for ind, near in zip(missing, closest, strict=True):
        comp = comps.get(ind.competency, near)
        level = levels[ind.level]
        new_id = new_statement_id(doc, comp, level, ind.polarity, taken)
        taken.add(new_id)
        new_ids.append(new_id)
        how = (
            "the reviewers found no counterpart"
            if ind.id in said_none
            else "the reviewers found only related statements"
            if ind.id in related
            else "the reviewers rejected every suggested match"
        )
        term = b.competency_term
        where = (
            f"in the {term} where the reviewed matches of {o.label} "
            f"'{o.competency(ind.competency).name}' land"
            if ind.competency in comps
            else f"in the {term} whose statements share most of its words"
        )
        ref = f"added from {o.id}:{ind.id} ({o.label}, {ind.competency}, {ind.level}): {how}"
        text, renamed = _own_names(ind.text, o, b)
        if renamed:
            ref += f"; {renamed}"
            rows.append(
                {
                    "action": "fix",
                    "indicator_id": new_id,
                    "competency_id": comp,
                    "level": level,
                    "text": text,
                    "before": ind.text,
                    "from_id": f"{o.id}:{ind.id}",
                    "reason": renamed,
                }
            )
        left = _other_names(text, o, b)
        if left:
            rows.append(
                {
                    "action": "review",
                    "indicator_id": new_id,
                    "competency_id": comp,
                    "level": level,
                    "text": text,
                    "from_id": f"{o.id}:{ind.id}",
                    "reason": f"names {o.organisation} ({', '.join(left)}): rewrite it for "
                    f"{b.organisation} or drop it",
                }
            )
        entry = {"id": new_id, "level": level, "text": text, "source": {"ref": ref}}
        if ind.polarity != "effective":
            entry["polarity"] = ind.polarity
        target = next(c for c in doc["competencies"] if c["id"] == comp)
        if target.get("levels") and level not in target["levels"]:
            target["levels"].append(level)
        target["indicators"].append(entry)
        rows.append(
            {
                "action": "add",
                "indicator_id": new_id,
                "competency_id": comp,
                "level": level,
                "text": text,
                "from_id": f"{o.id}:{ind.id}",
                "reason": f"{how}; placed {where}, at the level {o.label} "
                f"'{o.level(ind.level).name}' aligns with",
            }
        )

    return new_ids
