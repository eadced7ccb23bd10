"""Review state of a cross-walk: record decisions, re-run suggestions, merge two reviewers.

A cross-walk frame (:data:`~compkit.crosswalk.sssom.CROSSWALK_COLUMNS`) starts as suggestions
(:func:`to_crosswalk`); each decision (:func:`decide`) returns a new frame where that pair is
``accepted``, ``rejected`` (``predicate_modifier: Not``), ``unsure``, ``changed`` (another
relation) or, for a subject, ``no_match`` (``object_id: sssom:NoTermFound``), with reviewer,
date, note and the justification ``semapv:ManualMappingCuration``; the method's score stays.
Re-running suggestions (:func:`update`) replaces only pairs nobody has decided, so a decision
is never lost. :func:`merge` joins two reviewers' files and :func:`agreement` reports how far
they agree.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from ..errors import CrosswalkError, Problem, UsageError
from .added import added_row, object_framework
from .guards import (
    bare,
    bundled_framework,
    foreign,
    prefix_of,
    prefixes,
    require_crosswalk,
    require_frameworks,
    require_mappings,
    require_same_frameworks,
    resolve_id,
)
from .honour import honour
from .reviewers import _decision, _sort, agreement, kept_header, merge
from .sssom import CROSSWALK_COLUMNS, JUSTIFICATIONS, NO_TERM, PREDICATES, columns_of
from .workbooksettled import SETTLING

__all__ = [
    "DECISIONS",
    "agreement",
    "decide",
    "decide_statement",
    "honour",
    "merge",
    "pending",
    "to_crosswalk",
    "update",
]

#: Decisions a reviewer can make, and the review status each leaves.
DECISIONS = {
    "accept": "accepted",
    "reject": "rejected",
    "unsure": "unsure",
    "change": "changed",
    "no_match": "no_match",
}
_KEY = ["subject_id", "object_id"]

_NEEDED = ("subject_id", "subject_label", "subject_competency", "subject_level", "rank",
           "object_id", "object_label", "object_competency", "object_level", "predicate_id",
           "score", "semantic", "lexical", "unmatched", "method")  # fmt: skip

#: The comment of a suggestion whose subject has no credible counterpart (``unmatched``), so
#: that a file of suggestions still says it when read back (see compare's matched pairs).
NO_CREDIBLE = "no credible counterpart suggested"


def _curie(prefix: str, ids: pd.Series) -> pd.Series:
    ids = ids.astype(str)
    return (prefix + ":" + ids.str.removeprefix(prefix + ":")).where(ids != NO_TERM, NO_TERM)


def _framework_id(framework) -> tuple[str, object]:
    """The prefix a framework gives its ids, and the framework when it can be loaded."""
    return prefix_of(framework)


def to_crosswalk(suggestions: pd.DataFrame, *, subject, object) -> pd.DataFrame:
    """Turn :func:`compkit.suggest` output into a cross-walk frame of unreviewed suggestions.

    Suggestions that honour a reviewed cross-walk (``suggest(..., reviewed=...)``) keep its
    decisions (``review_status``, justified ``semapv:ManualMappingCuration``) but not who made
    them or when: :func:`update` the reviewed cross-walk with the suggestions to keep those.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        Suggestions (:data:`~compkit.crosswalk.SUGGESTION_COLUMNS`).
    subject, object : str, path or Framework
        The two frameworks (their ids are the CURIE prefixes of subject and object ids), in
        the suggestions' order: a framework, a bundled id, a framework file's path, or a
        prefix.

    Raises
    ------
    compkit.UsageError
        When ``suggestions`` lacks a column of :func:`compkit.suggest`, or its ids are not
        statements of ``subject`` and ``object`` (checked when they are bundled or loaded).

    Examples
    --------
    >>> import compkit
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=2), subject="cis", object="wsx")
    >>> cw.loc[0, ["subject_id", "mapping_justification", "review_status"]].tolist()
    ['cis:people-l1-1', 'semapv:CompositeMatching', 'suggested']
    """
    if "mapping_justification" in getattr(suggestions, "columns", ()):
        raise UsageError(
            "to_crosswalk: these mappings are a cross-walk already (they have a "
            "mapping_justification column); expected suggestions from compkit.suggest"
        )
    require_mappings(suggestions, "to_crosswalk", _NEEDED,
                     expected="suggestions from compkit.suggest")  # fmt: skip
    (subject, fa), (object, fb) = _framework_id(subject), _framework_id(object)
    if fa is not None and fb is not None:
        require_frameworks(suggestions, fa, fb, "to_crosswalk", names=("subject", "object"))
    s = suggestions
    method = s["method"].astype(str)
    family = method.str.split(":").str[0]
    lexical = family == "lexical"
    similarity = s["lexical"].where(lexical, s["semantic"]).fillna(s["lexical"])
    none = pd.Series("", index=s.index)
    # suggestions honouring a reviewed cross-walk (suggest(reviewed=...)) carry its decisions
    status = s["review_status"].fillna("suggested") if "review_status" in s else "suggested"
    decided = pd.Series(status, index=s.index).ne("suggested")
    justification = family.map(JUSTIFICATIONS).where(~decided, JUSTIFICATIONS["manual"])
    out = pd.DataFrame(
        {
            "subject_id": _curie(subject, s["subject_id"]),
            "subject_label": s["subject_label"],
            "subject_category": s["subject_competency"],
            "predicate_id": s["predicate_id"],
            "predicate_modifier": "",
            "object_id": _curie(object, s["object_id"]),
            "object_label": s["object_label"],
            "object_category": s["object_competency"],
            "mapping_justification": justification.fillna(JUSTIFICATIONS["manual"]),
            "similarity_score": similarity.astype("float64").clip(0, 1).round(4) + 0.0,
            "similarity_measure": np.where(
                lexical,
                "cosine of TF-IDF of lemmatised statements",
                "cosine of framework-centred embeddings of lemmatised statements",
            ),
            "mapping_tool": "compkit " + method,
            "reviewer_label": "",
            "mapping_date": "",
            "comment": np.where(
                decided,
                "decided in the reviewed cross-walk (who and when: see that file)",
                np.where(s["unmatched"], NO_CREDIBLE, ""),
            ),
            "review_status": status,
            "suggested_predicate_id": s["predicate_id"],
            "match_score": s["score"].astype("float64").round(4),
            "rank": s["rank"],
            "subject_level": s["subject_level"],
            "object_level": s["object_level"],
            "subject_polarity": s.get("subject_polarity", none),
            "object_polarity": s.get("object_polarity", none),
            "explanation": s.get("why", none),
        },
        columns=CROSSWALK_COLUMNS,
    )
    return out.reset_index(drop=True)


def _fail(message: str):
    raise CrosswalkError(None, [Problem("", message)])


def decide(
    crosswalk: pd.DataFrame,
    subject_id: str,
    object_id: str | None,
    decision: str,
    *,
    reviewer: str,
    predicate: str | None = None,
    note: str = "",
    date: str | dt.date | None = None,
    labels: dict[str, str] | None = None,
    b=None,
) -> pd.DataFrame:
    """Record one decision and return the new cross-walk (the input is not changed).

    Parameters
    ----------
    crosswalk : pandas.DataFrame
        The cross-walk frame.
    subject_id, object_id : str
        The pair (CURIEs, e.g. ``cis:people-l1-1``, ``wsx:qualities-core-4``, or bare ids,
        which get the cross-walk's prefixes); a pair that is not in the cross-walk is added
        when the object is a statement of the object framework (``b``, or bundled), with its
        text, competency, level and polarity. ``object_id`` is ignored for ``no_match`` (and
        may be ``None``).
    decision : {"accept", "reject", "unsure", "change", "no_match"}
        What the reviewer decided.
    reviewer : str
        Who decided (``reviewer_label``).
    predicate : str, optional
        The relation, for ``change`` (required) and ``accept`` (optional: a different one makes
        it ``changed``); for ``no_match`` the relation no object has (default closeMatch).
    note : str
        The reviewer's justification (``comment``).
    date : str or date, optional
        ISO ``YYYY-MM-DD``; default today.
    labels : dict, optional
        Statement text by CURIE, for pairs added by the reviewer when ``b`` is not known.
    b : Framework, bundled id or path, optional
        The object framework, to add a pair it holds but the cross-walk lacks (needed unless
        it is bundled).

    Raises
    ------
    compkit.CrosswalkError
        For an unknown decision or relation, ``change`` without ``predicate``, or no reviewer.
    compkit.UsageError
        For an id that is not in the cross-walk (nor a statement of its object framework), no
        object for a decision other than ``no_match``, or a date that is not ISO.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import to_crosswalk
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=2), subject="cis", object="wsx")
    >>> cw = decide(cw, "cis:brilliant-l1-3", "wsx:work-core-9", "accept",
    ...             reviewer="A. Reviewer", note="IT skills", date="2024-05-01")
    >>> row = cw[(cw.subject_id == "cis:brilliant-l1-3") & (cw.object_id == "wsx:work-core-9")]
    >>> row[["review_status", "mapping_justification", "mapping_date"]].values.tolist()
    [['accepted', 'semapv:ManualMappingCuration', '2024-05-01']]
    """
    if decision not in DECISIONS:
        _fail(f"unknown decision {decision!r}; expected one of: {', '.join(DECISIONS)}")
    if not str(reviewer).strip():
        _fail("a decision needs a reviewer (reviewer_label)")
    if "|" in str(reviewer):
        _fail(
            f"reviewer {reviewer!r}: '|' separates reviewers in an SSSOM file; expected one "
            "reviewer's name without '|'"
        )
    if predicate is not None and predicate not in PREDICATES:
        _fail(f"unknown relation {predicate!r}; expected one of: {', '.join(PREDICATES)}")
    if decision == "change" and predicate is None:
        _fail("decision 'change' needs the new relation (predicate=...)")
    require_crosswalk(crosswalk, "decide")
    when = _iso(date)
    out = crosswalk.reindex(columns=columns_of(crosswalk)).copy()
    subject_id = resolve_id(out, subject_id, "subject_id")
    fb = None
    if decision == "no_match":
        object_id, predicate = NO_TERM, predicate or "skos:closeMatch"
    elif object_id is None or (isinstance(object_id, float) and pd.isna(object_id)):
        raise UsageError(
            f"decide: decision {decision!r} needs the object it is about (object_id); only "
            "'no_match' takes none"
        )
    else:
        fb = object_framework(out, b)
        object_id = resolve_id(out, object_id, "object_id", labels, fb)
    hit = (out["subject_id"] == subject_id) & (out["object_id"] == object_id)
    if not hit.any():
        row = added_row(out, subject_id, object_id, predicate, labels, fb)
        at = np.flatnonzero(out["subject_id"] == subject_id)  # beside the statement's pairs
        at = at[-1] + 1 if len(at) else len(out)
        row = pd.DataFrame([row], columns=CROSSWALK_COLUMNS)
        out = pd.concat([out.iloc[:at], row, out.iloc[at:]], ignore_index=True)
        hit = (out["subject_id"] == subject_id) & (out["object_id"] == object_id)
    out.loc[hit, "review_history"] = _history(out.loc[hit].iloc[0])
    suggested = out.loc[hit, "suggested_predicate_id"].fillna("").iloc[0]
    status = DECISIONS[decision]
    new_predicate = predicate or out.loc[hit, "predicate_id"].iloc[0]
    if decision == "accept" and suggested and new_predicate != suggested:
        status = "changed"
    out.loc[hit, "predicate_id"] = new_predicate
    out.loc[hit, "predicate_modifier"] = "Not" if decision == "reject" else ""
    out.loc[hit, "mapping_justification"] = JUSTIFICATIONS[
        "review" if decision == "unsure" else "manual"
    ]
    out.loc[hit, ["review_status", "reviewer_label", "mapping_date", "comment"]] = [
        status,
        reviewer,
        when,
        note,
    ]
    return kept_header(out, crosswalk)  # an added row (concat) drops it


def _iso(date) -> str:
    """A decision's date as ISO ``YYYY-MM-DD`` (default today); anything else refused."""
    if date is None:
        return dt.date.today().isoformat()
    if isinstance(date, dt.date):
        return (date.date() if isinstance(date, dt.datetime) else date).isoformat()
    text = str(date).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise UsageError(f"decide: date {date!r} is not a date; expected ISO YYYY-MM-DD (2024-05-01)")


def _history(row: pd.Series) -> str:
    """The pair's history with its current decision appended (nothing while undecided)."""
    before = "" if pd.isna(row.get("review_history")) else str(row.get("review_history") or "")
    if row.get("review_status") in ("", "suggested", None) or pd.isna(row.get("review_status")):
        return before
    said = _decision(pd.DataFrame([row])).iloc[0].replace("skos:", "")
    entry = f"{row.get('mapping_date') or '?'} {row.get('reviewer_label') or '?'}: {said}"
    return f"{before} | {entry}" if before else entry


def decide_statement(
    crosswalk: pd.DataFrame,
    subject_id: str,
    picks: dict[str, str | None],
    *,
    reviewer: str,
    note: str = "",
    date: str | dt.date | None = None,
) -> pd.DataFrame:
    """Decide a statement with all its candidates at once: the picked ones, or none.

    Every candidate of ``subject_id`` gets exactly one decision: those in ``picks`` are accepted
    (with the relation given, ``None`` keeping the suggested one), the others rejected; an empty
    ``picks`` says the statement has no counterpart. A later call replaces the earlier
    decisions; each pair keeps what was decided before in ``review_history``.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import to_crosswalk
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=3), subject="cis", object="wsx")
    >>> first = cw.loc[0, "object_id"]
    >>> cw = decide_statement(cw, "cis:people-l1-1", {}, reviewer="A", date="2024-01-01")
    >>> cw = decide_statement(cw, "cis:people-l1-1", {first: None}, reviewer="A", date="2024-01-02")
    >>> mine = cw[cw["subject_id"] == "cis:people-l1-1"]
    >>> mine["review_status"].tolist()
    ['accepted', 'rejected', 'rejected']
    >>> mine["review_history"].iloc[0]
    '2024-01-01 A: no counterpart | 2024-01-01 A: not closeMatch'
    """
    require_crosswalk(crosswalk, "decide_statement")
    out = crosswalk.reindex(columns=columns_of(crosswalk)).copy()
    subject_id = resolve_id(out, subject_id, "subject_id")
    picks = {resolve_id(out, o, "object_id"): r for o, r in picks.items()}
    mine = out["subject_id"] == subject_id
    objects = [o for o in out.loc[mine, "object_id"] if o != NO_TERM]
    history = ""
    if picks and (mine & (out["object_id"] == NO_TERM)).any():
        gone = out[mine & (out["object_id"] == NO_TERM)].iloc[0]
        history = _history(gone).rsplit(" | ", 1)[-1].rsplit(":", 1)[0] + ": no counterpart"
        out = out[~(mine & (out["object_id"] == NO_TERM))].reset_index(drop=True)
    kw = {"reviewer": reviewer, "note": note, "date": date}
    for obj in objects:
        if obj in picks:
            out = decide(out, subject_id, obj, "accept", predicate=picks[obj], **kw)
            if history:
                hit = (out["subject_id"] == subject_id) & (out["object_id"] == obj)
                out.loc[hit, "review_history"] = (
                    history + " | " + out.loc[hit, "review_history"].fillna("")
                ).str.strip(" |")
        else:
            out = decide(out, subject_id, obj, "reject", **kw)
    for obj in (o for o in picks if o not in objects):  # a counterpart the method missed
        out = decide(out, subject_id, obj, "accept", predicate=picks[obj], **kw)
    if not picks:
        out = decide(out, subject_id, None, "no_match", **kw)
    return out


def pending(crosswalk: pd.DataFrame) -> pd.DataFrame:
    """The suggestions still to review, in subject order and rank, skipping settled subjects.

    A subject given a counterpart or marked ``no_match`` is settled: its other suggestions are
    not asked again (the workbook shows them "not needed, statement settled").
    """
    require_crosswalk(crosswalk, "pending")
    settled = crosswalk.loc[crosswalk["review_status"].isin(SETTLING), "subject_id"]
    return crosswalk[
        (crosswalk["review_status"] == "suggested") & ~crosswalk["subject_id"].isin(settled)
    ]


def update(crosswalk: pd.DataFrame, suggestions: pd.DataFrame) -> pd.DataFrame:
    """Merge fresh suggestions into a reviewed cross-walk without losing any decision.

    Every decided row stays as it is; undecided suggestions are replaced by the new ones; a new
    suggestion for a decided pair only refreshes nothing (the decision wins). ``suggestions``
    may be a cross-walk or :func:`compkit.suggest` output (turned into one with the
    cross-walk's prefixes); either must map the cross-walk's frameworks, in its order. Each
    subject's ``rank`` is numbered again: accepted first, then open pairs, then rejected ones.

    Raises
    ------
    compkit.UsageError
        When the suggestions map other frameworks, or the same ones the other way round.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import to_crosswalk
    >>> old = to_crosswalk(compkit.suggest("cis", "wsx", top=1), subject="cis", object="wsx")
    >>> old = decide(old, *old.loc[0, ["subject_id", "object_id"]], "reject", reviewer="R")
    >>> new = to_crosswalk(compkit.suggest("cis", "wsx", top=3), subject="cis", object="wsx")
    >>> merged = update(old, new)
    >>> (merged["review_status"] == "rejected").sum(), len(merged) == len(new)
    (np.int64(1), True)
    """
    require_crosswalk(crosswalk, "update")
    if "review_status" not in suggestions.columns:
        suggestions = _converted(suggestions, crosswalk, "update")
    require_crosswalk(suggestions, "update")
    require_same_frameworks(crosswalk, suggestions, "update")
    decided = crosswalk[crosswalk["review_status"] != "suggested"]
    kept = columns_of(crosswalk)  # a reviewer's own columns stay
    fresh = suggestions.merge(decided[_KEY], on=_KEY, how="left", indicator=True)
    fresh = fresh[fresh["_merge"] == "left_only"].drop(columns="_merge")
    if extra := kept[len(CROSSWALK_COLUMNS) :]:  # what a reviewer wrote on a pair still stands
        own = crosswalk[_KEY + extra].drop_duplicates(_KEY)
        fresh = fresh.drop(columns=extra, errors="ignore").merge(own, on=_KEY, how="left")
    out = pd.concat(
        [decided.reindex(columns=kept), fresh.reindex(columns=kept)],
        ignore_index=True,
    )
    return kept_header(_sort(out), crosswalk)


def _converted(suggestions: pd.DataFrame, crosswalk: pd.DataFrame, what: str) -> pd.DataFrame:
    """Raw suggestions as a cross-walk with ``crosswalk``'s prefixes, if they are of its kind."""
    require_mappings(suggestions, what, _NEEDED,
                     expected="a cross-walk or suggestions from compkit.suggest")  # fmt: skip
    pa, pb = prefixes(crosswalk)
    fa, fb = bundled_framework(pa), bundled_framework(pb)
    if fa is not None and fb is not None:
        found = foreign(suggestions, fa, fb)
        stray = f"{found[0]} {found[1]!r} is not a statement of {found[2].label}" if found else ""
    else:
        ids = set(suggestions["subject_id"].astype(str)) - set(bare(crosswalk["subject_id"]))
        stray = f"subject_id {sorted(ids)[0]!r} is not a subject of the cross-walk" if ids else ""
    if stray:
        raise UsageError(
            f"{what}: the cross-walk maps {pa} to {pb}, but the suggestions do not (their "
            f"{stray}); expected suggestions of the same frameworks in the same order "
            f"(compkit.suggest({pa!r}, {pb!r}))"
        )
    return to_crosswalk(suggestions, subject=pa, object=pb)
