"""Read and write cross-walks as SSSOM TSV: a commented YAML header, then one mapping per row.

A cross-walk holds suggestions and review decisions together. Each row has the four mandatory
SSSOM columns (``subject_id``, ``predicate_id``, ``object_id``, ``mapping_justification``), the
labels, each statement's competency (``subject_category``, a CURIE: ``cis:people``), the
method's similarity, and the review: reviewer, date, note (``comment``). Rejected
mappings carry ``predicate_modifier: Not``; "no counterpart" is ``object_id: sssom:NoTermFound``.
Extension slots, declared in the header's ``extension_definitions``, keep what SSSOM has no
slot for: ``review_status``, ``suggested_predicate_id``, ``match_score``, ``rank``, the two
statements' levels and polarities, and the method's ``explanation``. The header's
``curie_map`` declares every prefix the rows use.

Labels that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) are
written with a leading apostrophe, which :func:`read_sssom` removes again.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import NoReturn

import pandas as pd
import yaml

from .. import _atomic
from ..errors import CrosswalkError, Problem
from ._sssomrows import category_curies, check_rows, wrong_file
from .decisions import review_states
from .guards import (
    NO_TERM,
    binary_kind,
    csv_export,
    not_suggestions,
    require_frameworks,
    require_mappings,
)

__all__ = ["BASE_IRI", "CROSSWALK_COLUMNS", "EXTENSION_SLOTS", "JUSTIFICATIONS", "NO_TERM",
           "PREDICATES", "REVIEW_STATUSES", "read_sssom", "require_frameworks",
           "require_mappings", "write_sssom"]  # fmt: skip

#: IRI base of framework indicators: ``cis:people-l1-1`` expands to ``BASE_IRI + "cis/..."``.
BASE_IRI = "https://w3id.org/compkit/"
#: SKOS mapping predicates a cross-walk may use.
PREDICATES = ("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch",
              "skos:relatedMatch")  # fmt: skip
#: SEMAPV justifications: manual review, or the matching method that suggested the mapping.
JUSTIFICATIONS = {
    "manual": "semapv:ManualMappingCuration",
    "review": "semapv:MappingReview",
    "lexical": "semapv:LexicalSimilarityThresholdMatching",
    "embedding": "semapv:SemanticSimilarityThresholdMatching",
    "hybrid": "semapv:CompositeMatching",
}
#: Review states: a suggestion not yet reviewed, then what the reviewer decided.
REVIEW_STATUSES = ("suggested", "accepted", "rejected", "unsure", "changed", "no_match")
#: Extension slots (non-standard SSSOM columns) and what they hold.
EXTENSION_SLOTS = {
    "review_status": "review state: " + ", ".join(REVIEW_STATUSES),
    "suggested_predicate_id": "the relation the method suggested (differs when changed)",
    "match_score": "the ranking score the method gave (hybrid: includes context)",
    "rank": "the candidate's rank among the subject's suggestions",
    "subject_level": "the subject indicator's level",
    "object_level": "the object indicator's level",
    "subject_polarity": "the subject indicator's polarity: effective or ineffective",
    "object_polarity": "the object indicator's polarity: effective or ineffective",
    "explanation": "why the method suggested the pair: shared words and each signal's share",
    "review_history": "earlier decisions on the pair, oldest first (date, reviewer, decision)",
}
#: Columns of a cross-walk frame, in file order.
CROSSWALK_COLUMNS = ["subject_id", "subject_label", "subject_category", "predicate_id",
                     "predicate_modifier", "object_id", "object_label", "object_category",
                     "mapping_justification", "similarity_score", "similarity_measure",
                     "mapping_tool", "reviewer_label", "mapping_date", "comment",
                     *EXTENSION_SLOTS]  # fmt: skip
MANDATORY = ("subject_id", "predicate_id", "object_id", "mapping_justification")
_BUILT_IN = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "sssom": "https://w3id.org/sssom/",
    "compkit": BASE_IRI + "vocab/",
}
_NUMERIC = ("similarity_score", "match_score", "rank")
_TYPES = {"match_score": "xsd:double", "rank": "xsd:integer"}
_FORMULA = ("=", "+", "-", "@")
_CURIE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*):(\S+)$")
#: How to save a cross-walk edited in a spreadsheet again as text that keeps its tabs.
_SAVE_AS = (
    "; save it again as tab-separated text: in Excel, Save As 'Unicode Text (*.txt)' (compkit "
    "reads it); in LibreOffice, Save As 'Text CSV' with Tab as the field delimiter and "
    "character set UTF-8"
)


def columns_of(frame: pd.DataFrame) -> list[str]:
    """:data:`CROSSWALK_COLUMNS`, then the frame's other columns (a reviewer's own), in order."""
    return [*CROSSWALK_COLUMNS, *(c for c in frame.columns if c not in CROSSWALK_COLUMNS)]


def _prefix(curie: str) -> str:
    m = _CURIE.match(str(curie))
    return m.group(1) if m else ""


#: What the row checks (:mod:`compkit.crosswalk._sssomrows`) hold a row to.
ROW_SPEC = {"mandatory": MANDATORY, "predicates": PREDICATES, "statuses": REVIEW_STATUSES,
            "numeric": _NUMERIC, "prefix": _prefix}  # fmt: skip


def _meta(frame: pd.DataFrame, meta: dict | None) -> dict:
    used = set()
    for col in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
        used |= {_prefix(v) for v in frame[col].dropna().unique()}
    used.discard("")
    frameworks = sorted(used - set(_BUILT_IN))
    subjects = sorted({_prefix(v) for v in frame["subject_id"]} - {""})
    objects = sorted({_prefix(v) for v in frame["object_id"]} - {"", "sssom"})
    name = "-".join(subjects + objects) or "crosswalk"
    out = {
        "curie_map": {p: BASE_IRI + p + "/" for p in frameworks}
        | {p: _BUILT_IN[p] for p in ("skos", "semapv", "sssom", "compkit")},
        "mapping_set_id": f"{BASE_IRI}crosswalks/{name}.sssom.tsv",
        "mapping_set_title": f"Cross-walk {' to '.join(subjects + objects)} (compkit)",
        # no licence is chosen for the user: SSSOM's own value for "none stated" (give one in meta=)
        "license": "https://w3id.org/sssom/license/unspecified",
        "subject_source": f"{subjects[0]}:" if subjects else "",
        "object_source": f"{objects[0]}:" if objects else "",
        "subject_type": "skos concept",  # statements related by SKOS mapping predicates
        "object_type": "skos concept",
        "mapping_tool": "compkit",
        "extension_definitions": [
            {
                "slot_name": slot,
                "property": f"compkit:{slot}",
                "type_hint": _TYPES.get(slot, "xsd:string"),
            }
            for slot in EXTENSION_SLOTS
        ],
    }
    out.update(
        {k: v for k, v in (meta or {}).items() if k not in ("curie_map", "extension_definitions")}
    )
    out["curie_map"].update((meta or {}).get("curie_map", {}))
    out["curie_map"].setdefault("xsd", "http://www.w3.org/2001/XMLSchema#")
    tools = frame["mapping_tool"]
    if (tools.notna() & tools.astype(str).ne("")).any():
        # a propagatable slot set on the rows: SSSOM readers ignore the set's value (no
        # propagation when any record has one), so the header would only contradict the rows
        out.pop("mapping_tool", None)
    return {k: v for k, v in out.items() if v not in (None, "")}


#: A formula's first character after a line break inside a value (some programs split cells
#: there), which gets the same leading ``'`` as a value starting with one.
_INNER_FORMULA = re.compile(r"([\r\n])([=+\-@])")
_INNER_GUARD = re.compile(r"([\r\n])'([=+\-@])")


def _guard(value):
    if isinstance(value, str):
        if value.startswith(_FORMULA):
            value = "'" + value
        if "\r" in value or "\n" in value:
            value = _INNER_FORMULA.sub(r"\1'\2", value)
    return value


def _carriage(column: pd.Series) -> bool:
    """Whether a column holds a text with a carriage return."""
    return any(isinstance(v, str) and "\r" in v for v in column)


def write_sssom(
    mappings: pd.DataFrame, path: str | os.PathLike, *, meta: dict | None = None
) -> Path:
    r"""Write a cross-walk as SSSOM TSV with its YAML header, atomically.

    Parameters
    ----------
    mappings : pandas.DataFrame
        A cross-walk frame (:data:`CROSSWALK_COLUMNS`; missing optional columns are left empty;
        any other column, such as one a reviewer added in a spreadsheet, is written after them).
    path : path
        The file to write (its folder is created).
    meta : dict, optional
        Header entries to add or override (``mapping_set_title``, ``license``, ...);
        ``curie_map`` entries are added to the generated ones. A frame read by
        :func:`read_sssom` keeps its header (``attrs["sssom"]``): its entries are written
        again, ``meta`` overriding them.

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib, pandas as pd
    >>> frame = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "predicate_id":
    ...     ["skos:closeMatch"], "object_id": ["wsx:qualities-core-4"],
    ...     "mapping_justification": ["semapv:ManualMappingCuration"]})
    >>> out = compkit.write_sssom(frame, pathlib.Path(tempfile.mkdtemp()) / "x.sssom.tsv")
    >>> out.read_text().splitlines()[0]
    '# curie_map:'
    >>> compkit.read_sssom(out)[["subject_id", "object_id"]].values.tolist()
    [['cis:people-l1-1', 'wsx:qualities-core-4']]
    """
    not_suggestions(mappings, "write_sssom")
    path = _atomic.as_path(path)
    if meta is not None and not isinstance(meta, dict):
        raise CrosswalkError(None, [Problem("", f"meta must be a mapping, not {meta!r}")])
    frame = category_curies(mappings.reindex(columns=columns_of(mappings)))  # and their own
    rejected = frame["review_status"].astype(str).eq("rejected")
    frame["predicate_modifier"] = frame["predicate_modifier"].astype(object).mask(rejected, "Not")
    for col in ("similarity_score", "match_score"):  # -0.0 is written 0.0
        frame[col] = frame[col].map(lambda v: 0.0 if isinstance(v, float) and v == 0 else v)
    kept = mappings.attrs.get("sssom")
    if isinstance(kept, dict):  # a read frame's header, what ``meta`` says winning
        curies = {**(kept.get("curie_map") or {}), **(meta or {}).get("curie_map", {})}
        meta = {**kept, **(meta or {}), "curie_map": curies}
    missing = [c for c in MANDATORY if frame[c].isna().any() or (frame[c] == "").any()]
    if missing:
        raise CrosswalkError(
            None,
            [Problem("", f"cannot write {path}: empty mandatory column(s) {', '.join(missing)}")],
        )
    header = yaml.safe_dump(_meta(frame, meta), sort_keys=False, allow_unicode=True, width=1000)
    guarded = frame.map(_guard)
    # a value holding a bare carriage return is quoted only when it ends lines too
    eol = "\r\n" if any(_carriage(guarded[c]) for c in guarded.columns) else "\n"
    body = guarded.to_csv(sep="\t", index=False, lineterminator=eol, na_rep="")
    text = "".join(f"# {line}{eol}" for line in header.splitlines()) + body
    return _atomic.write_text(path, text)


def read_sssom(path: str | os.PathLike) -> pd.DataFrame:
    """Read a cross-walk (SSSOM TSV); the header is kept in ``frame.attrs["sssom"]``.

    ``path`` is a file, or the name of a cross-walk shipped in ``data/crosswalks/`` (``cis-wsx``).
    A cell is as written (SSSOM TSV does not quote), or in double quotes, as :func:`write_sssom`
    and spreadsheets write a tab, line break or quote in a cell.

    Every problem is reported at once with its line in the file: a row of more or fewer cells
    than the header, a missing mandatory column or value, an undeclared prefix, a predicate not
    SKOS or justification not SEMAPV, a bad review status, number or date (YYYY-MM-DD).

    Raises
    ------
    compkit.CrosswalkError
        When the file cannot be used (the message names each bad line and value).

    Examples
    --------
    >>> import compkit
    >>> cw = compkit.read_sssom("cis-wsx")
    >>> cw["review_status"].value_counts()["no_match"]
    np.int64(3)
    """
    from ..errors import InputError
    from ..framework.io import data_dir
    from ..framework.limits import read_text

    given = path = _atomic.as_path(path)
    shipped = data_dir() / "crosswalks"
    if not path.exists() and path.parent == Path() and not path.suffix:
        path = shipped / f"{path.name}.sssom.tsv"
    if not path.exists():
        names = ", ".join(sorted(p.name[:-10] for p in shipped.glob("*.sssom.tsv"))) or "none"
        tried = f" here, nor a shipped cross-walk of that name ({names})" if path != given else ""
        _refuse(given, f"no such cross-walk file{tried}")
    if said := wrong_file(path):  # empty, a Word document, a locked Office file (by its bytes)
        _refuse(path, said)
    try:
        text = read_text(path)  # size, encoding, not a folder
    except InputError as exc:
        said = str(exc).removeprefix(f"{path}: ")
        if said.startswith("not UTF-8"):  # a spreadsheet's "CSV UTF-8" would lose the tabs
            said = said.split("; save", 1)[0] + _SAVE_AS
        _refuse(path, binary_kind(path) or said)
    # the header is the "#" lines at the top; the table is the rest, as written (a value may
    # hold a line break, even one followed by "#")
    lines, at = [], 0
    while at < len(text) and text.startswith(("#", '"#'), at):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        lines.append(_unpadded(text[at:end]))
        at = end
    head = [ln[1:].removeprefix(" ").replace("\r\n", "\n") for ln in lines]
    try:
        meta = yaml.safe_load("".join(head)) or {}
    except yaml.YAMLError as exc:
        _refuse_framework(path, text)
        mark = getattr(exc, "problem_mark", None)  # a ReaderError (a control character) has none
        said = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        what = f"the metadata header (lines starting '#') is not valid YAML: {said}"
        _refuse(path, what, mark and mark.line + 1)
    if not text[at:].strip():
        _refuse(path, "no mapping table after the header", len(head) + 1)
    columns, rows, problems = _table(text[at:], len(head) + 1)
    if any(col not in columns for col in MANDATORY):
        _refuse_framework(path, text)
        if not head and (said := csv_export(columns)):  # a CSV compkit wrote (no '#' lines)
            _refuse(path, said)
    problems += check_rows(columns, rows, meta if isinstance(meta, dict) else {}, ROW_SPEC)
    if problems:
        raise CrosswalkError(path, problems)
    frame = pd.DataFrame([list(map(_unguard, cells)) for _, cells in rows], columns=columns)
    extra = [c for c in columns if c not in CROSSWALK_COLUMNS]
    frame = frame.astype(str).reindex(columns=[*CROSSWALK_COLUMNS, *extra], fill_value="")
    for key, value in (meta if isinstance(meta, dict) else {}).items():
        if key in frame.columns and isinstance(value, str | dt.date) and key not in _NUMERIC:
            frame[key] = frame[key].mask(frame[key] == "", str(value))  # a slot set for all rows
    for col in _NUMERIC:  # checked: each a number or empty
        frame[col] = pd.to_numeric(frame[col].replace("", None))
    frame["review_status"] = review_states(frame)
    frame.loc[frame["review_status"] == "rejected", "predicate_modifier"] = "Not"
    frame = category_curies(frame, bare=True)  # a competency: cis:people in the file, people here
    frame.attrs["sssom"] = meta
    return frame


def _refuse(path: Path | None, message: str, line: int | None = None) -> NoReturn:
    raise CrosswalkError(path, [Problem("", message, line)]) from None


def _refuse_framework(path: Path, text: str) -> None:
    """Refuse a framework file given where a cross-walk was expected, saying so."""
    keys = set(re.findall(r"(?m)^(schema_version|competencies|levels|title)[ \t]*:(?!\S)", text))
    if len(keys) >= 2:
        _refuse(None, f"{path} is a framework file, not a cross-walk (SSSOM TSV)")


def _unguard(value: str) -> str:
    """A cell without the ``'`` :func:`_guard` wrote before a formula's first character."""
    value = value[1:] if value.startswith("'") and value[1:2] in _FORMULA else value
    return _INNER_GUARD.sub(r"\1\2", value) if "'" in value else value


def _unpadded(line: str) -> str:
    r"""A header line as written, when a spreadsheet saved the file again.

    LibreOffice and Excel pad each ``#`` line with a tab per column of the table and put one
    holding a double quote in quotes; read as they were, the header is no longer YAML.

    Examples
    --------
    >>> _unpadded("# license: x\t\t\t\n"), _unpadded('"# title: ""A"" to B"\t\t\n')
    ('# license: x\n', '# title: "A" to B\n')
    >>> _unpadded("cis:a\tskos:closeMatch\t\t\n")  # a row keeps its empty cells
    'cis:a\tskos:closeMatch\t\t\n'
    """
    if line.startswith('"#'):
        bare = line.rstrip("\t\r\n")
        if bare.endswith('"'):
            line = bare[1:-1].replace('""', '"') + "\n"
    if line.startswith("#"):
        return line.rstrip("\t\r\n") + "\n"
    return line


#: A quoted cell: ``"`` ... ``"`` before a tab or the end of a line, ``""`` inside for ``"``.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"(?=[\t\r\n]|\Z)')
_PLAIN = re.compile(r"[^\t\r\n]*")


def _rows(body: str, line: int):
    r"""Each row of the table as (first line, cells, last line); blank lines are skipped.

    A ``"`` that does not close a cell before a tab or the end of a line is text. A row of
    empty cells only (a spreadsheet row whose cells were cleared, not deleted) is blank too.

    Examples
    --------
    >>> list(_rows('a\t"b\tc"\n\n"x\t""y""\n"\t"z\n\t\t\n', 5))
    [(5, ['a', 'b\tc'], 5), (7, ['x\t"y"\n', '"z'], 8)]
    """
    at = 0
    while at < len(body):
        first, cells = line, []
        while True:
            m = _QUOTED.match(body, at) or _PLAIN.match(body, at)
            cells.append(m.group(1).replace('""', '"') if m.re is _QUOTED else m.group(0))
            line, at = line + m.group(0).count("\n"), m.end()
            if not body.startswith("\t", at):
                break
            at += 1
        at += 2 if body.startswith("\r\n", at) else 1
        if any(cells):
            yield first, cells, line
        line += 1


def _table(body: str, line: int) -> tuple[list[str], list, list[Problem]]:
    """The header row, the rows as (line, cells) and the problems of their shape.

    Empty cells past the header's (a spreadsheet's padding) are dropped and a short row is
    filled with empty cells, unless it lacks a mandatory one; any other row is one problem.
    """
    rows = list(_rows(body, line))
    at, columns, _ = rows[0]
    while len(columns) > 1 and not columns[-1]:
        columns.pop()
    missing = [col for col in MANDATORY if col not in columns]
    twice = sorted({c for c in columns if columns.count(c) > 1})
    if missing or twice:
        found = ", ".join(columns[:6]) or "none"
        if len(columns) == 1 and found.count(",") > 2:  # saved as CSV
            found = "one cell of text with commas; SSSOM TSV separates cells with tabs"
        said = [f"column {c!r} appears twice in the header row" for c in twice] or [
            f"missing mandatory column{'s' * (len(missing) > 1)} {', '.join(missing)} in the "
            f"table's header row (found: {found}); SSSOM needs {', '.join(MANDATORY)}"
        ]
        return columns, [], [Problem("", message, at) for message in said]
    width, needed = len(columns), max(columns.index(c) + 1 for c in MANDATORY)
    kept, problems, joined = [], [], set()
    for k, (first, cells, last) in enumerate(rows[1:], start=1):
        while len(cells) > width and not cells[-1]:
            cells.pop()
        if k in joined:
            continue
        end, n = k, len(cells)  # a row cut by line breaks: short rows adding up to the header's
        while n < width and end + 1 < len(rows) and len(rows[end + 1][1]) < width:
            end, n = end + 1, n + len(rows[end + 1][1]) - 1
        if end > k and n == width:
            joined.update(range(k + 1, end + 1))
            what = f"a line break inside a cell cuts this row, lines {first} to {rows[end][2]}"
        elif k == len(rows) - 1 and len(cells) < width and not body.endswith(("\n", "\r")):
            what = (  # every writer ends a row with a line break: the file was cut short
                f"the file ends inside its last row ({len(cells)} of {width} cells, no line "
                "break after it): was it not written in full? expected every row whole, "
                "ending with a line break; save or copy the file again"
            )
        elif needed <= len(cells) <= width:
            kept.append((first, cells + [""] * (width - len(cells))))
            continue
        else:
            why = (
                "a tab inside a cell?"
                if len(cells) > width
                else "cells missing, or a line break in a cell?"
            )
            if last > first:
                why = f"a double quote opens a cell that runs to line {last}: a quote not closed?"
            what = f"{len(cells)} cells, the header has {width} ({why})"
        problems.append(Problem("", what, first))
    return columns, kept, problems
