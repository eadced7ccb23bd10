"""Suggestions that honour a reviewed cross-walk: where a reviewer decided, the decision wins.

:func:`compkit.suggest` passes its suggestions here when given ``reviewed=``. A rejected pair is
left out; an accepted pair keeps the reviewer's relation, is in the suggested set and comes
first, and appears even when the method did not rank it (``method`` ``"reviewed"``); a statement
the reviewer found no counterpart for is ``unmatched`` with an empty suggested set. Ranks are
numbered again from 1 without gaps, and ``review_status`` shows what was decided.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from .guards import (
    NO_TERM,
    bare,
    bundled_framework,
    foreign,
    prefixes,
    require_crosswalk,
    require_mappings,
)

__all__ = ["REVIEWED_METHOD", "honour"]

#: ``method`` of a pair a reviewer accepted that the method did not rank.
REVIEWED_METHOD = "reviewed"
_KEY = ["subject_id", "object_id"]
_ADDED = "added from the reviewed cross-walk: the method did not rank it among its candidates"


def honour(suggestions: pd.DataFrame, reviewed, *, a=None, b=None, top=None) -> pd.DataFrame:
    """Suggestions with a reviewed cross-walk's decisions applied.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        From :func:`compkit.suggest` (bare ids).
    reviewed : path or DataFrame
        A cross-walk (SSSOM TSV, or the name of one shipped, ``"cis-wsx"``) of the same
        frameworks, in the same order.
    a, b : Framework, bundled id or path, optional
        The suggestions' frameworks (default: those the cross-walk's prefixes name, when
        bundled).
    top : int, optional
        At most this many rows per statement (accepted pairs always kept); default: all.

    Returns
    -------
    pandas.DataFrame
        The suggestions' columns and ``review_status``: per statement, the accepted pairs
        first (with the reviewer's relation), then the others in the method's order, ``rank``
        1, 2, ... without gaps; rejected pairs left out; a statement with no counterpart keeps
        its candidates, ``unmatched`` and out of the suggested set.

    Raises
    ------
    compkit.UsageError
        When the cross-walk is not of the suggestions' frameworks (another pair of frameworks,
        or the other direction).

    Examples
    --------
    >>> import compkit
    >>> s = honour(compkit.suggest("cis", "wsx", top=5), "cis-wsx")
    >>> first = s[s["subject_id"] == "people-l1-1"].iloc[0]
    >>> first[["object_id", "predicate_id", "review_status"]].tolist()
    ['qualities-supervisory-6', 'skos:narrowMatch', 'changed']
    >>> none = s[s["subject_id"] == "brilliant-l3-3"]
    >>> none.iloc[0][["object_id", "review_status"]].tolist()
    ['sssom:NoTermFound', 'no_match']
    >>> none["in_set"].any(), none["unmatched"].all()
    (np.False_, np.True_)
    """
    from ..framework.io import load
    from .added import fill_statements
    from .sssom import read_sssom

    require_mappings(
        suggestions,
        "honour",
        ("subject_id", "object_id", "rank", "predicate_id", "in_set", "unmatched"),
        expected="suggestions from compkit.suggest",
    )
    cw = reviewed if isinstance(reviewed, pd.DataFrame) else read_sssom(reviewed)
    require_crosswalk(cw, "honour")
    fa = load(a) if a is not None else bundled_framework(prefixes(cw)[0])
    fb = load(b) if b is not None else bundled_framework(prefixes(cw)[1])
    _same_frameworks(suggestions, cw, a=fa, b=fb)
    if fa is not None and fb is not None:  # a pair a reviewer added by hand: its statements
        cw = fill_statements(cw, fa, fb)
    cw = cw.assign(subject_id=bare(cw["subject_id"]), object_id=bare(cw["object_id"]))
    modifier = cw.get("predicate_modifier", pd.Series("", index=cw.index)).fillna("")
    status = cw["review_status"].fillna("suggested")
    positive = cw[status.isin(["accepted", "changed"]) & (modifier != "Not")]
    positive = positive[positive["object_id"] != NO_TERM.split(":", 1)[1]]
    rejected = cw[(status == "rejected") | (modifier == "Not")]
    unsure = cw[status == "unsure"]
    nothing = set(cw.loc[status == "no_match", "subject_id"]) - set(positive["subject_id"])

    out = suggestions.drop(columns="review_status", errors="ignore").copy()
    columns = [*out.columns, "review_status"]
    out["review_status"] = "suggested"
    keys = pd.MultiIndex.from_frame(out[_KEY])
    for frame, value in ((unsure, "unsure"), (rejected, "rejected")):
        if len(frame):
            hit = keys.isin(pd.MultiIndex.from_frame(frame[_KEY]))
        else:
            hit = np.zeros(len(out), dtype=bool)
        out.loc[hit, "review_status"] = value
    out = out[out["review_status"] != "rejected"]
    none_rows = cw[(status == "no_match") & cw["subject_id"].isin(nothing)]
    extra = [_added(out, positive, suggestions), _nothing(out, none_rows, suggestions)]
    out = pd.concat([out, *(e for e in extra if len(e))], ignore_index=True)
    keys = pd.MultiIndex.from_frame(out[_KEY])
    chosen = positive.set_index(_KEY)
    hit = keys.isin(chosen.index)
    where = chosen.index.get_indexer(keys[hit])
    out.loc[hit, "predicate_id"] = chosen["predicate_id"].to_numpy()[where]
    out.loc[hit, "review_status"] = chosen["review_status"].to_numpy()[where]
    out.loc[hit, "in_set"] = True
    out.loc[out["subject_id"].isin(set(positive["subject_id"])), "unmatched"] = False
    none = out["subject_id"].isin(nothing)
    out.loc[none, ["in_set", "unmatched"]] = [False, True]
    hit |= (out["object_id"] == NO_TERM).to_numpy()  # the reviewer's answer comes first
    out = _renumber(out, hit, top)[columns]
    types = {"in_set": bool, "unmatched": bool, "rank": int}
    if "mutual" in out:
        types["mutual"] = bool
    return out.astype(types)


def _same_frameworks(suggestions: pd.DataFrame, cw: pd.DataFrame, *, a, b) -> None:
    """Refuse a reviewed cross-walk that is not of the suggestions' frameworks, in order."""
    pa, pb = prefixes(cw)
    fa = a if a is not None else bundled_framework(pa)
    fb = b if b is not None else bundled_framework(pb)
    runs = f"the reviewed cross-walk maps {pa or '?'} to {pb or '?'}"
    if fa is not None and fb is not None:
        for frame, whose in ((cw, "its"), (suggestions, "the suggestions'")):
            found = foreign(frame, fa, fb)
            if found is not None:
                col, bad, fw = found
                raise UsageError(
                    f"honour: {runs}, but the suggestions do not ({whose} {col} {bad!r} is not "
                    f"a statement of {fw.label}); expected a cross-walk from the suggestions' "
                    "subject framework to their object framework, in that order"
                )
        return
    stray = set(bare(cw["subject_id"])) - set(suggestions["subject_id"].astype(str))
    if stray:
        raise UsageError(
            f"honour: {runs}, but its subject {sorted(stray)[0]!r} is not a subject of the "
            "suggestions; expected a cross-walk from the suggestions' subject framework to "
            "their object framework"
        )


def _added(out: pd.DataFrame, positive: pd.DataFrame, suggestions: pd.DataFrame):
    """Rows for accepted pairs the method did not rank (subject details from its other rows)."""
    have = pd.MultiIndex.from_frame(out[_KEY])
    missing = positive[~pd.MultiIndex.from_frame(positive[_KEY]).isin(have)]
    if missing.empty:
        return pd.DataFrame(columns=out.columns)
    first = suggestions.drop_duplicates("subject_id").set_index("subject_id")
    rows = []
    for rec in missing.to_dict("records"):
        subject = first.loc[rec["subject_id"]] if rec["subject_id"] in first.index else None

        def pick(column, fallback, subject=subject, rec=rec):
            if subject is not None and column in subject.index:
                return subject[column]
            return rec.get(fallback, "")

        rows.append(
            {
                "subject_id": rec["subject_id"],
                "subject_label": pick("subject_label", "subject_label"),
                "subject_competency": pick("subject_competency", "subject_category"),
                "subject_level": pick("subject_level", "subject_level"),
                "subject_polarity": pick("subject_polarity", "subject_polarity"),
                "object_id": rec["object_id"],
                "object_label": rec.get("object_label", ""),
                "object_competency": rec.get("object_category", ""),
                "object_level": rec.get("object_level", ""),
                "object_polarity": rec.get("object_polarity", ""),
                "no_match": pick("no_match", "no_match") if subject is not None else np.nan,
                "method": REVIEWED_METHOD,
                "why": _ADDED,
                "unmatched": False,
                "in_set": True,
                "mutual": False,  # not ranked: the reviewer's own pair
            }
        )
    return pd.DataFrame(rows).reindex(columns=out.columns)


def _nothing(out: pd.DataFrame, rows: pd.DataFrame, suggestions: pd.DataFrame):
    """A ``sssom:NoTermFound`` row for each statement the reviewer found no counterpart for."""
    rows = rows.drop_duplicates("subject_id")
    if rows.empty:
        return pd.DataFrame(columns=out.columns)
    blank = dict.fromkeys(["object_label", "object_category", "object_level"], "")
    added = _added(out.iloc[:0], rows.assign(**blank, object_polarity=""), suggestions)
    return added.assign(
        object_id=NO_TERM,
        predicate_id=rows["predicate_id"].to_numpy(),
        review_status="no_match",
        in_set=False,
        unmatched=True,
        why="the reviewer found no counterpart",
    )


def _renumber(out: pd.DataFrame, chosen: np.ndarray, top) -> pd.DataFrame:
    """Accepted pairs first, then the method's order; ranks 1..n per subject; at most ``top``."""
    order = {s: i for i, s in enumerate(dict.fromkeys(out["subject_id"]))}
    out = out.assign(
        _s=out["subject_id"].map(order),
        _c=~np.asarray(chosen, dtype=bool),
        _r=pd.to_numeric(out["rank"], errors="coerce").fillna(np.inf),
    ).sort_values(["_s", "_c", "_r"], kind="stable")
    out["rank"] = out.groupby("_s").cumcount() + 1
    if top is not None:
        out = out[(out["rank"] <= top) | ~out["_c"]]
    return out.drop(columns=["_s", "_c", "_r"]).reset_index(drop=True)
