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

import numpy as np
import pandas as pd

from ..errors import CrosswalkError, Problem
from .sssom import CROSSWALK_COLUMNS, JUSTIFICATIONS, NO_TERM, PREDICATES

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


def _curie(prefix: str, ids: pd.Series) -> pd.Series:
    return prefix + ":" + ids.astype(str)


def to_crosswalk(suggestions: pd.DataFrame, *, subject: str, object: str) -> pd.DataFrame:
    """Turn :func:`compkit.suggest` output into a cross-walk frame of unreviewed suggestions.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        Suggestions (:data:`~compkit.crosswalk.SUGGESTION_COLUMNS`).
    subject, object : str
        The two frameworks' ids: the CURIE prefixes of subject and object ids.

    Examples
    --------
    >>> import compkit
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=2), subject="cis", object="wsx")
    >>> cw.loc[0, ["subject_id", "mapping_justification", "review_status"]].tolist()
    ['cis:people-l1-1', 'semapv:CompositeMatching', 'suggested']
    """
    s = suggestions
    method = s["method"].astype(str)
    family = method.str.split(":").str[0]
    lexical = family == "lexical"
    similarity = s["lexical"].where(lexical, s["semantic"]).fillna(s["lexical"])
    none = pd.Series("", index=s.index)
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
            "mapping_justification": family.map(JUSTIFICATIONS),
            "similarity_score": similarity.astype("float64").clip(0, 1).round(4),
            "similarity_measure": np.where(
                lexical,
                "cosine of TF-IDF of lemmatised statements",
                "cosine of framework-centred embeddings of lemmatised statements",
            ),
            "mapping_tool": "compkit " + method,
            "reviewer_label": "",
            "mapping_date": "",
            "comment": np.where(s["unmatched"], "no credible counterpart suggested", ""),
            "review_status": "suggested",
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
) -> pd.DataFrame:
    """Record one decision and return the new cross-walk (the input is not changed).

    Parameters
    ----------
    crosswalk : pandas.DataFrame
        The cross-walk frame.
    subject_id, object_id : str
        The pair (CURIEs, e.g. ``cis:people-l1-1``, ``wsx:qualities-core-4``); a pair that is
        not in the cross-walk is added. ``object_id`` is ignored for ``no_match``.
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
        Default today (ISO ``YYYY-MM-DD``).
    labels : dict, optional
        Statement text by CURIE, for pairs added by the reviewer.

    Raises
    ------
    compkit.CrosswalkError
        For an unknown decision or relation, ``change`` without ``predicate``, or no reviewer.

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
    if predicate is not None and predicate not in PREDICATES:
        _fail(f"unknown relation {predicate!r}; expected one of: {', '.join(PREDICATES)}")
    if decision == "change" and predicate is None:
        _fail("decision 'change' needs the new relation (predicate=...)")
    when = str(date or dt.date.today().isoformat())
    out = crosswalk.reindex(columns=CROSSWALK_COLUMNS).copy()
    if decision == "no_match":
        object_id, predicate = NO_TERM, predicate or "skos:closeMatch"
    hit = (out["subject_id"] == subject_id) & (out["object_id"] == object_id)
    if not hit.any():
        base = out[out["subject_id"] == subject_id].head(1)
        row = {
            "subject_id": subject_id,
            "subject_label": (labels or {}).get(
                subject_id, base["subject_label"].iloc[0] if len(base) else ""
            ),
            "subject_category": base["subject_category"].iloc[0] if len(base) else "",
            "subject_level": base["subject_level"].iloc[0] if len(base) else "",
            "subject_polarity": base["subject_polarity"].iloc[0] if len(base) else "",
            "predicate_id": predicate or "skos:closeMatch",
            "object_id": object_id,
            "object_label": "" if object_id == NO_TERM else (labels or {}).get(object_id, ""),
            "suggested_predicate_id": "",
        }
        out = pd.concat([out, pd.DataFrame([row], columns=CROSSWALK_COLUMNS)], ignore_index=True)
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
    return out


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
    out = crosswalk.reindex(columns=CROSSWALK_COLUMNS).copy()
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
    if not picks:
        out = decide(out, subject_id, None, "no_match", **kw)
    return out


def pending(crosswalk: pd.DataFrame) -> pd.DataFrame:
    """The suggestions still to review, in subject order and rank, skipping settled subjects.

    A subject marked ``no_match`` is settled: its remaining suggestions are not asked again.
    """
    settled = crosswalk.loc[crosswalk["review_status"] == "no_match", "subject_id"]
    return crosswalk[
        (crosswalk["review_status"] == "suggested") & ~crosswalk["subject_id"].isin(settled)
    ]


def update(crosswalk: pd.DataFrame, suggestions: pd.DataFrame) -> pd.DataFrame:
    """Merge fresh suggestions into a reviewed cross-walk without losing any decision.

    Every decided row stays as it is; undecided suggestions are replaced by the new ones; a new
    suggestion for a decided pair only refreshes nothing (the decision wins).

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
    decided = crosswalk[crosswalk["review_status"] != "suggested"]
    fresh = suggestions.merge(decided[_KEY], on=_KEY, how="left", indicator=True)
    fresh = fresh[fresh["_merge"] == "left_only"].drop(columns="_merge")
    out = pd.concat(
        [decided.reindex(columns=CROSSWALK_COLUMNS), fresh.reindex(columns=CROSSWALK_COLUMNS)],
        ignore_index=True,
    )
    return _sort(out)


def _sort(frame: pd.DataFrame) -> pd.DataFrame:
    order = {s: i for i, s in enumerate(dict.fromkeys(frame["subject_id"]))}
    key = frame["subject_id"].map(order)
    rank = pd.to_numeric(frame["rank"], errors="coerce").fillna(np.inf)
    return (
        frame.assign(_k=key, _r=rank)
        .sort_values(["_k", "_r", "object_id"], kind="stable")
        .drop(columns=["_k", "_r"])
        .reset_index(drop=True)
    )


def honour(suggestions: pd.DataFrame, reviewed) -> pd.DataFrame:
    """Suggestions with a reviewed cross-walk's decisions: rejected pairs dropped, status shown."""
    from .sssom import read_sssom

    cw = reviewed if isinstance(reviewed, pd.DataFrame) else read_sssom(reviewed)
    ids = cw.assign(
        subject_id=cw["subject_id"].str.split(":", n=1).str[1],
        object_id=cw["object_id"].str.split(":", n=1).str[1],
    )[[*_KEY, "review_status"]]
    out = suggestions.merge(ids, on=_KEY, how="left")
    out["review_status"] = out["review_status"].fillna("suggested")
    return out[out["review_status"] != "rejected"].reset_index(drop=True)


def _decision(frame: pd.DataFrame) -> pd.Series:
    sign = frame["predicate_modifier"].fillna("").map({"Not": "not "}).fillna("")
    label = sign + frame["predicate_id"].fillna("")
    return label.where(frame["review_status"] != "unsure", "unsure")


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> dict:
    """How far two reviewers agree on the pairs both decided: counts, share and Cohen's kappa.

    A decision is the relation asserted (``not`` + relation for a rejection, ``unsure``).

    Returns
    -------
    dict
        ``pairs`` (decided by both), ``agreed``, ``agreement`` (share), ``kappa`` and
        ``conflicts`` (a DataFrame of the pairs where they differ).
    """
    a = first[first["review_status"] != "suggested"].assign(decision=lambda f: _decision(f))
    b = second[second["review_status"] != "suggested"].assign(decision=lambda f: _decision(f))
    both = a[[*_KEY, "decision"]].merge(b[[*_KEY, "decision"]], on=_KEY, suffixes=("_a", "_b"))
    n = len(both)
    agree = both["decision_a"] == both["decision_b"]
    po = float(agree.mean()) if n else float("nan")
    pa = both["decision_a"].value_counts(normalize=True)
    pb = both["decision_b"].value_counts(normalize=True)
    pe = float((pa * pb.reindex(pa.index, fill_value=0)).sum()) if n else float("nan")
    kappa = (po - pe) / (1 - pe) if n and pe < 1 else (1.0 if n else float("nan"))
    return {
        "pairs": n,
        "agreed": int(agree.sum()),
        "agreement": round(po, 3) if n else po,
        "kappa": round(kappa, 3) if n else kappa,
        "conflicts": both[~agree].reset_index(drop=True),
    }


def merge(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Join two reviewers' cross-walks into one.

    Agreed decisions are kept (both reviewers named), a decision only one made is kept, and
    conflicting ones are marked ``unsure`` with both decisions in the note.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import to_crosswalk
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=1), subject="cis", object="wsx")
    >>> pair = tuple(cw.loc[0, ["subject_id", "object_id"]])
    >>> a = decide(cw, *pair, "accept", reviewer="A", date="2024-01-01")
    >>> b = decide(cw, *pair, "reject", reviewer="B", date="2024-01-02")
    >>> m = merge(a, b)
    >>> m.loc[0, ["review_status", "reviewer_label"]].tolist()
    ['unsure', 'A; B']
    """
    a = first.reindex(columns=CROSSWALK_COLUMNS)
    b = second.reindex(columns=CROSSWALK_COLUMNS)
    a_dec = a[a["review_status"] != "suggested"]
    b_dec = b[b["review_status"] != "suggested"]
    joined = a_dec.merge(b_dec, on=_KEY, how="outer", suffixes=("", "_b"), indicator=True)
    rows = []
    for rec in joined.to_dict("records"):
        if rec["_merge"] == "right_only":
            rows.append({c: rec[c if c in _KEY else f"{c}_b"] for c in CROSSWALK_COLUMNS})
            continue
        row = {c: rec[c] for c in CROSSWALK_COLUMNS}
        if rec["_merge"] == "both":
            da = _decision(pd.DataFrame([row])).iloc[0]
            db = _decision(
                pd.DataFrame([{c: rec[c if c in _KEY else f"{c}_b"] for c in CROSSWALK_COLUMNS}])
            ).iloc[0]
            row["reviewer_label"] = f"{rec['reviewer_label']}; {rec['reviewer_label_b']}"
            row["mapping_date"] = max(str(rec["mapping_date"]), str(rec["mapping_date_b"]))
            if da != db:
                row.update(
                    review_status="unsure",
                    predicate_modifier="",
                    mapping_justification=JUSTIFICATIONS["review"],
                    comment=f"conflict: {rec['reviewer_label']}: {da}"
                    f" ({rec['comment'] or 'no note'}); "
                    f"{rec['reviewer_label_b']}: {db} "
                    f"({rec['comment_b'] or 'no note'})",
                )
            elif rec["comment_b"] and rec["comment_b"] != rec["comment"]:
                row["comment"] = f"{rec['comment']}; {rec['comment_b']}".strip("; ")
        rows.append(row)
    decided = pd.DataFrame(rows, columns=CROSSWALK_COLUMNS)
    undecided = pd.concat(
        [a[a["review_status"] == "suggested"], b[b["review_status"] == "suggested"]]
    ).drop_duplicates(_KEY)
    undecided = undecided.merge(decided[_KEY], on=_KEY, how="left", indicator=True)
    undecided = undecided[undecided["_merge"] == "left_only"].drop(columns="_merge")
    return _sort(
        pd.concat([decided, undecided.reindex(columns=CROSSWALK_COLUMNS)], ignore_index=True)
    )
