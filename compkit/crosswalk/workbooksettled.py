"""The Review a workbook shows on a fresh candidate of a statement a reviewer settled already.

A cross-walk suggested again over its review (``compkit crosswalk A B --reviewed X``) offers
fresh candidates for statements a reviewer already gave a counterpart, or "no counterpart".
Shown "not reviewed" they read as work left (CiS → WSX: 96 such rows, every one for a
statement decided). They show :data:`NOT_NEEDED` instead, which ``take-review`` reads as
open, as "not reviewed" is; a reviewer may still accept one (a second counterpart).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["NOT_NEEDED", "SETTLING", "settled_reviews"]

#: The Review of a pair suggested afresh for a statement a reviewer settled already (a
#: counterpart accepted, or "no counterpart"): open, as "not reviewed" is, but nothing is
#: asked of the reviewer; accepting it adds a counterpart.
NOT_NEEDED = "not needed, statement settled"
#: The review statuses that settle a statement: a counterpart accepted (with its relation or
#: another), or "no counterpart". The review widget and ``pending`` hold the same.
SETTLING = ("accepted", "changed", "no_match")


def settled_reviews(mappings: pd.DataFrame, review: pd.Series) -> pd.Series:
    """The Review column with :data:`NOT_NEEDED` on the open pairs of a statement settled.

    ``review`` (the words of each row's review) stands row for row with ``mappings``; a
    statement is settled by a pair accepted (with its relation or another) or "no counterpart".

    Examples
    --------
    >>> m = pd.DataFrame({"subject_id": ["a:1", "a:1", "a:2"],
    ...                   "review_status": ["accepted", "suggested", "suggested"]})
    >>> settled_reviews(m, pd.Series(["accepted", "not reviewed", "not reviewed"])).tolist()
    ['accepted', 'not needed, statement settled', 'not reviewed']
    """
    if "review_status" not in mappings.columns:  # suggestions: nothing is settled
        return review
    status = mappings["review_status"].astype(str).reset_index(drop=True)
    subject = mappings["subject_id"].astype(str).reset_index(drop=True)
    settled = subject.isin(subject[status.isin(SETTLING)])
    return review.mask((status == "suggested").to_numpy() & settled.to_numpy(), NOT_NEEDED)
