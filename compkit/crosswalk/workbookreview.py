"""A reviewer's decisions in the cross-walk workbook: drop-downs to make them, a reader for them.

A reviewer who never opens Python reviews in Excel or LibreOffice: the "Pairs" sheet of a
cross-walk's workbook offers, in its "Review" and "Relation" columns, a drop-down of the
decisions and relations (their list stands on the "Read me" sheet, where a reader sees what each
means), and its "Note" column takes the reviewer's words. :func:`read_review_workbook` brings
what the reviewer changed back into the cross-walk, one :func:`compkit.crosswalk.decide` per
changed row, so that every decision keeps its history; rows left as they were are not touched.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings

import pandas as pd

from ..errors import CompkitWarning, CrosswalkError, Problem, UsageError
from .guards import NO_TERM
from .pairs import RELATION_WORDS, STATUS_WORDS, _bare
from .review import NO_CREDIBLE
from .workbookchoices import CHOICES_TITLE, HOW_TO_REVIEW, add_choices
from .workbookranks import rank_slips
from .workbookrows import (
    choice,
    decision_date,
    misplaced,
    row_ids,
    torn,
    twice,
    unrecorded,
)
from .workbooksettled import NOT_NEEDED
from .workbookwho import FORMULA_ERRORS, earlier, spellings, who

__all__ = ["CHOICES_TITLE", "HOW_TO_REVIEW", "add_choices", "read_review_workbook", "taken"]

#: A workbook word back to a decision of :func:`compkit.crosswalk.decide`.
_DECISION = {
    "accepted": "accept",
    "accepted, relation changed": "change",
    "rejected": "reject",
    "unsure": "unsure",
    "no counterpart": "no_match",
}
_RELATION = {words: curie for curie, words in RELATION_WORDS.items()}


def _cell(value) -> str:
    return "" if value is None else str(value).strip()


def read_review_workbook(
    path: str | os.PathLike,
    crosswalk: pd.DataFrame,
    *,
    reviewer: str | None = None,
    date: str | dt.date | None = None,
    b=None,
) -> pd.DataFrame:
    """The cross-walk with the decisions a reviewer made in its workbook's "Pairs" sheet.

    Parameters
    ----------
    path : path
        The workbook (``compkit crosswalk A B --reviewed X.sssom.tsv -o X.xlsx``, or
        :func:`compkit.crosswalk.export_crosswalk` of a cross-walk), as the reviewer saved it.
    crosswalk : pandas.DataFrame
        The cross-walk it was written from (:func:`compkit.read_sssom`).
    reviewer : str, optional
        Who reviewed the workbook: ``reviewer_label`` of every decision whose row's "Reviewer"
        cell is empty or shows who decided the pair before. A name typed in a row's Reviewer
        cell is who decided that row and beats ``reviewer`` (a workbook passed round a team);
        a name typed on a row whose decision is left as it was records that reviewer's
        decision. Without ``reviewer`` every decided row must name its reviewer.
    date : str or date, optional
        ISO ``YYYY-MM-DD``; default today.
    b : Framework, bundled id or path, optional
        The object framework, for a row that names a pair the cross-walk lacks (a workbook
        made with other settings, another ``top`` or ``method``); a bundled one is found by
        the ids' prefix.

    Returns
    -------
    pandas.DataFrame
        The new cross-walk: each row whose "Review", "Relation" or "Note" the reviewer changed
        is decided again (:func:`compkit.crosswalk.decide`); "not reviewed" rows are left.

    Raises
    ------
    compkit.CrosswalkError
        For a file that is not a workbook with a "Pairs" sheet holding the ids and a "Review"
        column, a cell that is not one of the drop-down's values, or a Reviewer cell that is
        no name (a date, ``#NAME?``, two names joined by ``|``): every such cell named.
    """
    from .review import decide

    rows, columns = _rows(path)
    by_pair = {
        (s, o): r
        for s, o, r in zip(
            _bare(crosswalk["subject_id"]),
            _bare(crosswalk["object_id"].fillna("").replace(NO_TERM, "")),
            crosswalk.itertuples(index=False),
            strict=True,
        )
    }
    from .added import object_framework

    fb = object_framework(crosswalk, b)  # b, else a bundled one: a pair the cross-walk lacks
    labels = _labels(crosswalk, fb)
    known = spellings(reviewer, *crosswalk["reviewer_label"].dropna().unique())
    problems, todo = [], []
    for n, row in rows:
        typed = row.get("Review", "")  # a cell emptied (the Delete key): not reviewed
        review, said = choice(n, "Review", typed, _REVIEWS) if typed else (None, None)
        if said is not None and choice(n, "", typed, _RELATION, _CURIES)[1] is None:
            said = _relation_as_review(n, typed)  # "close match" typed in the Review column
        relation, wrong = choice(n, "Relation", row.get("Relation", ""), _RELATION, _CURIES)
        open_row = review in (None, STATUS_WORDS["suggested"], NOT_NEEDED) and said is None
        if slip := misplaced(n, row, None if open_row else review, _REVIEWS):
            problems.append(slip)  # "rejected" typed in the Relation, Score or Note column
            continue
        old = by_pair.get((row["subject"], row["object"]))
        if wrong and row.get("Relation") and (not open_row or _retyped(row)):
            problems.append(wrong)  # a relation misspelt, on a decided row or one left open
            continue
        if open_row:
            if lost := unrecorded(n, row, old, _RELATION.get(relation), NO_CREDIBLE):
                problems.append(lost)
            continue  # not reviewed (or left empty)
        if said:
            problems.append(said)
            continue
        if row.get("Note", "") in _ERRORS:  # "- too general" typed: Excel's formula, #NAME?
            problems.append(_formula(n, row["Note"]))
            continue
        if edited := row_ids(n, row, columns, labels):
            problems.append(edited)
            continue
        if _DECISION[review] == "no_match":  # said of the statement: its own row's decision
            old = by_pair.get((row["subject"], ""))
        predicate = _RELATION.get(relation)
        if predicate is None and _DECISION[review] == "change":
            problems.append(_no_relation(n, review))
            continue
        if predicate is None:  # the Relation emptied (the Delete key): the relation shown
            predicate = (
                row.get("Relation (SKOS)")
                if row.get("Relation (SKOS)") in _RELATION.values()
                else None
            )
        names, dates = earlier(old)  # as the row may show them, written after a decision
        typed_day = row.get("Date", "").removesuffix(" 00:00:00")
        day, undated = decision_date(n, row.get("Date", ""), typed_day if typed_day in dates
                                     else dates[0] if dates else "")  # fmt: skip
        if undated:
            problems.append(undated)
            continue
        row["Note"] = _one_newline(row.get("Note", ""))
        name, named, nameless = who(n, row.get("Reviewer", ""), names, reviewer, known)
        note, must = _note(row["Note"], old), old is None or named or bool(day)
        if must or _changed(old, _DECISION[review], predicate, note):
            if nameless:  # only a row to be recorded needs a reviewer
                problems.append(nameless)
                continue
        elif _DECISION[review] != "no_match":  # (said of a statement: weighed on all its rows)
            name = None  # left as it was: not recorded
        todo.append((n, row, _DECISION[review], predicate, day, name, must))
    decided = [
        (n, (r["subject"], r["object"]), (d, p, r.get("Note", ""))) for n, r, d, p, *_ in todo
    ]
    problems += twice(decided, labels) + torn(decided, labels["subject"])
    reviews = {n: row.get("Review") for n, row, *_ in todo}
    for slip in rank_slips(rows, columns["subject"][1], _ranks(crosswalk), reviews):
        warnings.warn(f"{os.fspath(path)}: {slip}", CompkitWarning, stacklevel=2)  # said only
    if problems:
        raise CrosswalkError(path, problems)
    out, settled = crosswalk, set()
    for n, row, decision, predicate, day, name, _ in todo:
        s, o = row["subject"], row["object"]
        old = by_pair.get((s, o))
        note = _note(row.get("Note", ""), old)
        if decision == "no_match":  # said on several rows: once, with every row's note
            if s in settled:
                continue
            settled.add(s)
            name, day, note = _none_said(todo, s, by_pair)
        if name is None:
            continue  # left as it was
        if decision == "accept" and old is not None and predicate not in (None, old.predicate_id):
            decision = "change"
        try:
            out = decide(
                out, s, o or None, decision, reviewer=name, date=day or date, b=fb,
                predicate=predicate if decision in ("accept", "change") else None,
                note=note,
            )  # fmt: skip
        except (CrosswalkError, UsageError) as exc:  # a workbook of another cross-walk
            why = f"sheet 'Pairs', row {n}: {exc}; expected the workbook of this cross-walk"
            raise CrosswalkError(path, [Problem("", why)]) from None
    return out


def taken(before: pd.DataFrame, after: pd.DataFrame) -> list[tuple[str, int]]:
    """The decisions :func:`read_review_workbook` recorded, counted by reviewer, most first.

    Examples
    --------
    >>> before = pd.DataFrame({"subject_id": ["a:1", "a:2"], "object_id": ["b:1", "b:2"],
    ...                        "reviewer_label": [None, None], "mapping_date": [None, None]})
    >>> after = before.assign(reviewer_label=["Jo", None], mapping_date=["2026-12-05", None])
    >>> taken(before, after)
    [('Jo', 1)]
    """
    key = ["subject_id", "object_id"]
    cols = [c for c in ("review_status", "reviewer_label", "mapping_date", "comment",
                        "predicate_id", "predicate_modifier", "review_history")
            if c in after.columns]  # fmt: skip
    joined = after[key + cols].merge(
        before.reindex(columns=key + cols).drop_duplicates(key), on=key, how="left",
        suffixes=("", "_was"), indicator=True,
    )  # fmt: skip
    was = joined[[f"{c}_was" for c in cols]].fillna("").astype(str).to_numpy()
    now = joined[cols].fillna("").astype(str).to_numpy()
    new = (joined["_merge"] == "left_only").to_numpy() | (was != now).any(axis=1)
    counts = joined.loc[new, "reviewer_label"].fillna("").astype(str).value_counts(sort=False)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


#: A relation's SKOS term (the "Relation (SKOS)" column shows it), read as its words
_CURIES = dict(RELATION_WORDS)


def _ranks(crosswalk: pd.DataFrame) -> dict[tuple[str, str], int]:
    """The rank the cross-walk holds for each pair, by bare ids."""
    if "rank" not in crosswalk.columns:
        return {}
    rank = pd.to_numeric(crosswalk["rank"], errors="coerce")
    objects = crosswalk["object_id"].fillna("").replace(NO_TERM, "")
    pairs = zip(_bare(crosswalk["subject_id"]), _bare(objects), rank, strict=True)
    return {(s, o): int(r) for s, o, r in pairs if r == r}


def _none_said(todo: list, subject: str, by_pair: dict) -> tuple[str | None, str | None, str]:
    """Who said ``subject`` has no counterpart, when, and the notes of every row saying it.

    The reviewer is ``None`` where the statement's "no counterpart" stands as recorded.
    """
    rows = [t for t in todo if t[2] == "no_match" and t[1]["subject"] == subject]
    old = by_pair.get((subject, ""))
    notes = [_note(row.get("Note", ""), old) for _, row, *_ in rows]
    note = "; ".join(dict.fromkeys(n for n in notes if n))
    name = next((t[5] for t in rows if t[5] is not None), None)
    day = next((t[4] for t in rows if t[4]), None)
    if (
        old is not None
        and not any(t[6] for t in rows)
        and not _changed(old, "no_match", None, note)
    ):
        return None, None, note
    return name, day, note


def _retyped(row: dict) -> bool:
    """Whether a row's Relation differs from the relation it was written with."""
    shown = RELATION_WORDS.get(row.get("Relation (SKOS)", ""))
    return shown is None or " ".join(row.get("Relation", "").split()) != shown


def _relation_as_review(n: int, typed: str) -> Problem:
    return Problem(
        "",
        f"sheet 'Pairs', row {n}, column 'Review': {typed!r} is a relation, typed in the "
        "Review column; expected a decision there (one of: "
        f"{', '.join(repr(r) for r in _REVIEWS)}) and the relation in the Relation column",
    )


def _one_newline(note: str) -> str:
    """A note's line breaks as one character each (a Windows line end, CR LF, read as LF)."""
    return note.replace("\r\n", "\n").replace("\r", "\n")


#: What a formula's error shows in a cell (openpyxl reads its stored value)
_ERRORS = FORMULA_ERRORS


def _formula(n: int, shown: str) -> Problem:
    return Problem(
        "",
        f"sheet 'Pairs', row {n}, column 'Note': {shown}, a formula's error, not a note: text "
        "typed with '=', '+' or '-' first is read by Excel as a formula; expected the note as "
        "text (type an apostrophe before it: '- too general)",
    )


def _no_relation(n: int, review: str) -> Problem:
    return Problem(
        "",
        f"sheet 'Pairs', row {n}, column 'Relation': empty, but its Review is {review!r}; "
        "expected the relation it changes to (pick one in the Relation column)",
    )


def _note(note: str, old) -> str:
    """The reviewer's note: the method's flag, which the Note column of a suggestion shows, is none.

    A statement the method found no credible counterpart for shows ``NO_CREDIBLE`` in the Note
    of each of its suggested rows; a reviewer who decides such a row and leaves that text as it
    was wrote nothing (it was recorded as their note, "accepted: no credible counterpart"); nor
    did one who hands back a workbook already taken (its decided rows still showing the flag).
    """
    if note != NO_CREDIBLE:
        return note
    decided = old is not None and old.review_status != "suggested"
    return _cell(old.comment) if decided else ""  # a row decided before keeps its note


#: The Review column's values: "not reviewed" (or not needed), then the decisions
_REVIEWS = [STATUS_WORDS["suggested"], NOT_NEEDED, *_DECISION]


def _labels(crosswalk: pd.DataFrame, fb) -> dict[str, dict[str, str]]:
    """Each side's statements by bare id: the cross-walk's, and the object framework's."""
    out = {}
    for side in ("subject", "object"):
        ids = crosswalk[f"{side}_id"].fillna("").replace(NO_TERM, "")
        texts = crosswalk.get(f"{side}_label", pd.Series("", index=crosswalk.index))
        out[side] = {i: str(t) if isinstance(t, str) else "" for i, t in
                     zip(_bare(ids), texts, strict=True) if i}  # fmt: skip
    if fb is not None:
        extra = zip(fb.indicators["indicator_id"], fb.indicators["text"], strict=True)
        out["object"] = {**dict(extra), **out["object"]}
    return out


def _changed(old, decision: str, predicate: str | None, note: str) -> bool:
    status = {"accept": "accepted", "change": "changed", "reject": "rejected",
              "unsure": "unsure", "no_match": "no_match"}[decision]  # fmt: skip
    was = "rejected" if getattr(old, "predicate_modifier", "") == "Not" else old.review_status
    if decision in ("accept", "change") and was in ("accepted", "changed"):
        return (predicate or old.predicate_id) != old.predicate_id or note != _cell(old.comment)
    return status != was or note != _cell(old.comment)


def _rows(path) -> tuple[list[tuple[int, dict]], dict]:
    """The Pairs sheet's rows by their row number, and each side's id and statement columns."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    def fail(message: str):
        raise CrosswalkError(path, [Problem("", message)])

    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        from ..framework.limits import file_kind

        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        what = "" if isinstance(exc, OSError) and exc.strerror else file_kind(path)
        if isinstance(exc, BadZipFile) and not what:
            what = "text or another kind of file, not a zip as an .xlsx is"
        why = f": it is {what}" if what else f" ({why})"  # a Word document, a damaged zip ...
        fail(f"not a workbook compkit can read{why}; expected the .xlsx of a cross-walk")
    if "Pairs" not in wb.sheetnames:
        fail(f"no sheet 'Pairs' (its sheets: {', '.join(wb.sheetnames)}); expected a "
             "cross-walk's workbook as compkit writes it")  # fmt: skip
    it = wb["Pairs"].iter_rows(values_only=True)
    header = [_cell(v) for v in next(it, ())]
    ids = [i for i, h in enumerate(header) if h.endswith(" id")]
    if len(ids) != 2 or "Review" not in header:
        fail("sheet 'Pairs' lacks a 'Review' column or its two id columns; expected the "
             "workbook of a cross-walk, not of suggestions (compkit crosswalk A B --reviewed "
             "X.sssom.tsv -o X.xlsx writes one)")  # fmt: skip
    texts = [h for h in header if h.endswith(" statement")][:2]
    texts += [""] * (2 - len(texts))
    columns = {"subject": (header[ids[0]], texts[0]), "object": (header[ids[1]], texts[1])}
    rows = []
    for n, values in enumerate(it, start=2):
        cells = dict(zip(header, (_cell(v) for v in values), strict=False))
        if not any(cells.values()):
            continue
        cells["subject"] = _cell(values[ids[0]])
        cells["object"] = _cell(values[ids[1]]) if len(values) > ids[1] else ""
        rows.append((n, cells))
    wb.close()
    return rows, columns
