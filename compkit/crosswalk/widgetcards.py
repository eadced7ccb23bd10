"""Pieces of the review widget's cards (:mod:`compkit.crosswalk.widget`), as HTML.

A candidate's card shows its statement, a mark when it is ineffective, why it was suggested,
the other places its text stands when its framework repeats it, and its review state; the
statement's card says when the method found no credible counterpart for it.
"""

from __future__ import annotations

import html

import pandas as pd

from .pairs import RELATION_WORDS
from .review import NO_CREDIBLE

_SMALL = "color:#555;font-size:0.85em"


def _negative(polarity) -> str:
    """A mark on an ineffective statement ("what not to do").

    So that a pair matched across polarity (``suggest(..., cross_polarity=True)``) is never
    accepted as if both statements were behaviours to show.
    """
    if str(polarity) != "ineffective":
        return ""
    return " <span style='color:#a00;font-weight:bold'>ineffective (what not to do)</span>"


def _state(row) -> str:
    status = str(row.review_status)
    if status == "suggested":
        relation = RELATION_WORDS.get(str(row.suggested_predicate_id), "-")
        rank = f", rank {int(row.rank)}" if pd.notna(row.rank) else ""
        return f"suggested: {relation}{rank}"
    said = "rejected" if row.predicate_modifier == "Not" else status
    who = ", ".join(str(row.reviewer_label).split("|"))  # merged: both reviewers
    return f"decided: {html.escape(said)} by {html.escape(who)}"


def _flagged(rows: pd.DataFrame) -> str:
    """A line on the statement's card when the method found no credible counterpart for it.

    The flag (``unmatched``) travels in the comment of the statement's suggested rows; the
    workbook shows it in their Note, and the widget said nothing of it before.
    """
    said = rows["comment"].fillna("").astype(str).eq(NO_CREDIBLE)
    if not (said & rows["review_status"].eq("suggested")).any():
        return ""
    return (
        "<div style='color:#8a5a00;font-size:0.9em'>The method found no credible counterpart "
        "for this statement: even its best candidates are weak. Tick one only if it truly "
        "matches; otherwise press <i>No counterpart</i>.</div>"
    )
