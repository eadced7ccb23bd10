"""Export a cross-walk as CSV, a formatted XLSX workbook or SSSOM TSV, atomically.

The workbook (:mod:`compkit.crosswalk.workbook`) is made to be handed over: a "Read me" sheet
explaining every column, then ``Pairs`` (names beside ids, relations in words, rounded scores),
``Level alignment``, ``Competencies`` and ``No counterpart``; it prints landscape, fitted to the
page width. Text is stored as text, never as a formula (CSV cells that would run as one start
with an apostrophe).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from .. import _atomic
from ..errors import UsageError
from .workbooksettled import settled_reviews

__all__ = [
    "FORMATS",
    "NAME_COLUMNS",
    "REVIEW_COLUMNS",
    "export_crosswalk",
    "with_names",
    "with_review",
]

#: Formats of :func:`export_crosswalk` and their suffixes.
FORMATS = {"csv": ".csv", "xlsx": ".xlsx", "sssom": ".sssom.tsv"}

#: Columns a CSV of suggestions gains, after its own, when both frameworks are known.
NAME_COLUMNS = [
    "subject_competency_name",
    "subject_level_name",
    "object_competency_name",
    "object_level_name",
]


def with_names(suggestions: pd.DataFrame, fa, fb) -> pd.DataFrame:
    """Suggestions with the names of their competencies and levels after their own columns.

    The ids stay (they join with the frameworks' tables); the names are what a reader of the
    CSV needs. A reviewed cross-walk names its competencies in ``subject_category`` and
    ``object_category``: it gains the same four columns (empty on a "no counterpart" row).

    Examples
    --------
    >>> import compkit
    >>> s = with_names(compkit.suggest("cis", "wsx", top=1), compkit.load("cis"), "wsx")
    >>> s.loc[0, ["subject_competency", "subject_competency_name", "object_level_name"]].tolist()
    ['people', 'Supporting our people', 'Supervisory']
    """
    from ..framework.io import load

    needed = {"subject_competency", "subject_level", "object_competency", "object_level"}
    held = "competency"
    if not needed <= set(suggestions.columns):
        if not _is_crosswalk(suggestions):
            return suggestions
        held = "category"  # a cross-walk's competency, as read_sssom gives it: the bare id
    out = suggestions.copy()
    for side, fw in (("subject", load(fa)), ("object", load(fb))):
        competencies = fw.competencies.set_index("competency_id")["competency"]
        levels = fw.levels.set_index("level")["level_name"]
        ids = out.get(f"{side}_{held}", pd.Series(None, index=out.index, dtype=object))
        out[f"{side}_competency_name"] = ids.map(_bare_id).map(competencies)
        level = out.get(f"{side}_level", pd.Series(None, index=out.index, dtype=object))
        out[f"{side}_level_name"] = level.map(levels)
    return out


#: Columns a CSV of suggestions honouring a reviewed cross-walk gains: who decided, when, why.
REVIEW_COLUMNS = ["reviewer_label", "mapping_date", "comment"]


def with_review(suggestions: pd.DataFrame, reviewed: pd.DataFrame, *, a=None, b=None):
    """Suggestions honouring ``reviewed`` with each decision's reviewer, date and note.

    ``compkit crosswalk A B --reviewed X -o x.csv`` wrote each decided pair's
    ``review_status`` alone: the reviewer's note (why a pair was rejected, a relation
    changed) and who decided it were in the SSSOM file and the workbook, not in the CSV. The
    columns :data:`REVIEW_COLUMNS` are empty on a pair nobody decided. A pair the reviewer
    rejected (or left unsure, and the method no longer ranks) follows its statement's
    suggestions, ranked after them, ``review_status`` saying so, ``in_set`` False and the
    method's scores empty (:mod:`compkit.crosswalk.decidedrows`): the rows whose
    ``review_status`` is ``accepted`` or ``changed``, or whose ``in_set`` is True, are those
    of the suggestions alone. A fresh candidate of a statement the reviewer settled (a
    counterpart accepted, or "no counterpart") says :data:`~.workbooksettled.NOT_NEEDED`, as
    the workbook does, not ``suggested``: the rows still ``suggested`` are the work left.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        From :func:`compkit.suggest` given ``reviewed=``.
    reviewed : pandas.DataFrame
        The reviewed cross-walk (:func:`compkit.read_sssom`).
    a, b : Framework, optional
        The two frameworks: a rejected pair's statements, competencies and levels the file
        does not give are taken from them; the subject framework orders a statement every
        candidate of which was rejected.

    Returns
    -------
    pandas.DataFrame
        The suggestions with :data:`REVIEW_COLUMNS`, then the decided pairs they lack.

    Examples
    --------
    >>> s = pd.DataFrame({"subject_id": ["p-1", "p-1"], "object_id": ["w-4", "w-9"],
    ...                   "rank": [1, 2], "in_set": [True, False],
    ...                   "review_status": ["accepted", "suggested"]})
    >>> cw = pd.DataFrame({"subject_id": ["cis:p-1", "cis:p-1"],
    ...     "object_id": ["wsx:w-4", "wsx:w-7"], "review_status": ["accepted", "rejected"],
    ...     "reviewer_label": ["Jo", "Jo"], "mapping_date": ["2026-12-05"] * 2,
    ...     "comment": ["same duty", "a team's duty, not one's own"]})
    >>> out = with_review(s, cw)
    >>> out[["object_id", "rank", "review_status", *REVIEW_COLUMNS]].fillna("").values.tolist()
    [['w-4', 1, 'accepted', 'Jo', '2026-12-05', 'same duty'], \
['w-9', 2, 'not needed, statement settled', '', '', ''], \
['w-7', 3, 'rejected', 'Jo', '2026-12-05', "a team's duty, not one's own"]]
    """
    from .carried import reopened
    from .decidedrows import left_out, pair_keys, place

    # a decision a carry re-opened keeps its note (what was decided), open again
    decided = reviewed[
        (reviewed["review_status"].fillna("suggested") != "suggested") | reopened(reviewed)
    ]
    held = [c for c in REVIEW_COLUMNS if c in decided.columns]
    if "review_status" not in suggestions.columns or not held:
        return suggestions
    said = decided.assign(_pair=pair_keys(decided)).drop_duplicates("_pair").set_index("_pair")
    said = said[held]
    out = suggestions.copy()
    pairs = pair_keys(out)
    for column in REVIEW_COLUMNS:
        out[column] = pairs.map(said[column]) if column in said else None
    out = place(out, left_out(out, reviewed, a=a, b=b), a=a)
    status = out["review_status"].reset_index(drop=True)  # a settled statement's fresh ones
    out["review_status"] = settled_reviews(out, status).to_numpy()
    return out


def _bare_id(value):
    """An id without its CURIE prefix (``people`` of ``cis:people``); other values as given."""
    return value.rpartition(":")[2] if isinstance(value, str) else value


def _is_crosswalk(frame: pd.DataFrame) -> bool:
    return "review_status" in frame.columns and "mapping_justification" in frame.columns


def _in_review_order(crosswalk: pd.DataFrame, fa=None) -> pd.DataFrame:
    """A cross-walk's rows as a reader of its export reads them: by statement, ranked 1, 2, ...

    A file keeps the rows as they were saved: a pair the reviewer added, or a statement's "no
    counterpart", after every other row and with no rank (files saved before the eleventh
    round), a rank twice (before the tenth), or rows a reviewer sorted in a spreadsheet. Each
    statement's rows are put together (statements in the order of the subject framework
    ``fa`` when given, else as they first appear) and numbered again, the reviewer's answer
    first, then the open pairs by score, then the rejected ones (as ``compkit crosswalk
    --reviewed`` does).

    Examples
    --------
    >>> f = pd.DataFrame({"subject_id": ["s", "t", "s"], "object_id": ["a", "b", "c"],
    ...                   "review_status": ["suggested", "suggested", "accepted"],
    ...                   "match_score": [0.9, 0.8, None], "rank": [1, 1, None]})
    >>> _in_review_order(f)[["subject_id", "object_id", "rank"]].values.tolist()
    [['s', 'c', 1], ['s', 'a', 2], ['t', 'b', 1]]
    """
    from .reviewers import _sort

    out = crosswalk
    if fa is not None:  # the subject framework's order, statements it lacks after
        where = {i: k for k, i in enumerate(fa.indicators["indicator_id"])}
        key = out["subject_id"].astype(str).str.split(":", n=1).str[-1].map(where)
        out = out.iloc[np.argsort(key.fillna(len(where)).to_numpy(), kind="stable")]
    out = _sort(out)
    out.attrs = dict(crosswalk.attrs)
    return out


def _format(path: Path, to: str | None) -> str:
    if to is not None:
        if to not in FORMATS:
            raise UsageError(
                f"unknown cross-walk format {to!r}; expected one of: {', '.join(FORMATS)}"
            )
        return to
    name = path.name.lower()
    for fmt, suffix in sorted(FORMATS.items(), key=lambda kv: -len(kv[1])):
        if name.endswith(suffix) or (fmt == "sssom" and name.endswith(".tsv")):
            return fmt
    raise UsageError(
        f"cannot tell the format of {path} from its suffix; expected one of "
        f"{', '.join(FORMATS.values())}, or give to="
    )


def export_crosswalk(
    mappings: pd.DataFrame,
    path: str | os.PathLike,
    *,
    a=None,
    b=None,
    to: str | None = None,
    reviewed=None,
) -> Path:
    """Write suggestions or a cross-walk as CSV, XLSX or SSSOM TSV.

    Parameters
    ----------
    mappings : pandas.DataFrame
        From :func:`compkit.suggest` or a cross-walk frame (:func:`compkit.read_sssom`).
    path : path
        The output file; its folder is created.
    a, b : Framework, bundled id or path
        The two frameworks, in the mappings' order: needed for XLSX (level and competency
        sheets) and to write suggestions as SSSOM (the CURIE prefixes); a CSV of suggestions
        gains the names of competencies and levels (:data:`NAME_COLUMNS`, after its own).
    to : {"csv", "xlsx", "sssom"}, optional
        Default: from the suffix (``.csv``, ``.xlsx``, ``.sssom.tsv`` or ``.tsv``). A CSV file
        is UTF-8 with a byte-order mark, which spreadsheets need to read it as UTF-8.
    reviewed : path or DataFrame, optional
        A reviewed cross-walk of ``a`` to ``b`` (SSSOM TSV, or a shipped one's name) the
        suggestions honour: a CSV gains each decision's reviewer, date and note
        (:func:`with_review`), the pairs rejected following their statement's suggestions,
        marked so; SSSOM and XLSX are that cross-walk with every decision kept and the
        undecided pairs suggested anew (as ``compkit crosswalk --reviewed`` writes them).

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    compkit.UsageError
        For an unknown format, or mappings that are not of ``a`` and ``b`` in that order.

    Examples
    --------
    >>> import compkit, tempfile, pathlib, pandas as pd
    >>> s = compkit.suggest("cis", "wsx", top=2)
    >>> out = compkit.export_crosswalk(s, pathlib.Path(tempfile.mkdtemp()) / "cw.csv")
    >>> list(pd.read_csv(out).columns[:5])
    ['subject_id', 'subject_label', 'subject_competency', 'subject_level', 'rank']
    """
    from ..framework.export import safe_csv_frame
    from ..framework.io import load
    from .added import fill_statements
    from .guards import require_frameworks, require_mappings
    from .review import to_crosswalk
    from .sssom import write_sssom

    require_mappings(mappings, "export_crosswalk")
    path = _atomic.as_path(path)
    fmt = _format(path, to)
    if a is not None and b is not None:
        require_frameworks(mappings, a, b, "export_crosswalk")
    if reviewed is not None:
        mappings = _with_reviewed(mappings, reviewed, fmt, a, b)
    if _is_crosswalk(mappings):  # a statement's pairs together, ranked as a reviewer reads them
        mappings = _in_review_order(mappings, None if a is None or b is None else load(a))
    if a is not None and b is not None:
        mappings = fill_statements(mappings, load(a), load(b))  # rows naming only their pair
    if fmt == "csv":
        if a is not None and b is not None:
            mappings = with_names(mappings, a, b)
        # a byte-order mark, so that Excel and LibreOffice read the file as UTF-8 ("’", "é",
        # "—" and emoji in statements and names), not as the system's code page
        body = safe_csv_frame(mappings).to_csv(index=False, lineterminator="\r\n")  # RFC 4180
        return _atomic.write_text(path, "\ufeff" + body)
    if a is None or b is None:
        if fmt == "sssom" and _is_crosswalk(mappings):
            return write_sssom(mappings, path, meta=mappings.attrs.get("sssom") or None)
        raise UsageError(f"writing {fmt} needs both frameworks: export_crosswalk(..., a=, b=)")
    fa, fb = load(a), load(b)
    if fmt == "sssom":
        frame = (
            mappings
            if _is_crosswalk(mappings)
            else to_crosswalk(mappings, subject=fa.id, object=fb.id)
        )
        return write_sssom(frame, path, meta=_set_meta(fa, fb))
    from .workbook import write_workbook

    return write_workbook(mappings, path, fa, fb)


def _with_reviewed(mappings: pd.DataFrame, reviewed, fmt: str, a, b) -> pd.DataFrame:
    """``mappings`` honouring a reviewed cross-walk, as ``fmt`` carries its decisions."""
    from ..framework.io import load
    from ._arguments import reviewed_crosswalk
    from .guards import prefixes, require_crosswalk
    from .honour import honour
    from .review import to_crosswalk, update

    if a is None or b is None:
        raise UsageError("export_crosswalk: reviewed= needs both frameworks: a= and b=")
    fa, fb = load(a), load(b)
    cw = reviewed_crosswalk(reviewed, fa, fb)
    require_crosswalk(cw, "export_crosswalk")
    if _is_crosswalk(mappings):
        return update(cw, mappings)
    if "review_status" not in mappings.columns:  # suggestions not yet honouring it
        mappings = honour(mappings, cw, a=fa, b=fb)
    if fmt == "csv":
        return with_review(mappings, cw, a=fa, b=fb)
    pa, pb = prefixes(cw)
    out = update(cw, to_crosswalk(mappings, subject=pa, object=pb))
    out.attrs["sssom"] = dict(cw.attrs.get("sssom") or {})
    return out


def _set_meta(fa, fb) -> dict:
    from ..framework.model import titled

    meta = {
        "mapping_set_title": f"Cross-walk of {titled(fa)} to {titled(fb)}",
        "subject_source_version": fa.version,
        "object_source_version": fb.version,
    }
    return {k: v for k, v in meta.items() if v}
