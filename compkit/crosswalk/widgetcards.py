"""The review widget's cards (:mod:`compkit.crosswalk.widget`), as HTML.

A card leads with what a reviewer reads: the competency and level by name, then the statement.
A candidate's card then shows a mark when it is ineffective, the other places its text stands
when its framework repeats it, why it was suggested and its review state; the statement's card
says when the method found no credible counterpart for it. The statement's id comes last, small,
for finding its row in the file or the workbook (it led the card before, in code type).
"""

from __future__ import annotations

import html

import pandas as pd

from .pairs import RELATION_WORDS
from .review import NO_CREDIBLE

_SMALL = "color:#555;font-size:0.85em"
_CARD = "border:1px solid #ccc;padding:6px 8px;border-radius:4px;margin:2px 0"
_ID = "color:#777;font-size:0.8em"  # in <code>: the first on the page is the statement's id


def subject_card(where: str, text: str, curie: str, *, mark: str = "", after: str = "") -> str:
    """The statement under review: its competency and level, the statement, then its id.

    ``where`` and ``text`` are HTML already (escaped); ``mark`` follows the names (the
    ineffective mark), ``after`` the statement (the method's flag).

    Examples
    --------
    >>> card = subject_card("Supporting our people · Level 1", "I listen.", "cis:people-l1-1")
    >>> card.index("Supporting") < card.index("I listen.") < card.index("cis:people-l1-1")
    True
    """
    return (
        f"<div style='{_CARD};background:#f4f7fb'><b>{where}</b>{mark}"
        f"<p style='font-size:1.15em;margin:4px 0'>{text}</p>{after}"
        f"<div><code style='{_ID}'>{html.escape(str(curie))}</code></div></div>"
    )


def candidate_card(
    where: str, text: str, row, *, mark: str = "", also: str = "", why: str = ""
) -> str:
    """A candidate: its competency and level, the statement, then the rest, its id last.

    After the statement: where else it stands, why it was suggested, and its review state with
    its id beside it, small.
    """
    return (
        f"<div style='{_CARD}'><b>{where}</b>{mark}<div>{text}</div>{also}"
        + (f"<div style='{_SMALL}'>why: {html.escape(why)}</div>" if why else "")
        + f"<div style='{_SMALL}'>{_state(row)} · <code style='{_ID}'>"
        f"{html.escape(str(row.object_id))}</code></div></div>"
    )


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
