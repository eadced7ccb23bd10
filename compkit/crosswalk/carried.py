"""What ``compkit carry`` did to a cross-walk's decisions, read back from the rows it wrote.

A carry (:func:`compkit.carry_forward`) puts a decided pair of a reworded, moved, split or
merged statement back to review: the row is ``suggested`` again and its ``comment`` says what
was decided ("carried forward: re-review (reworded); was accepted by Jo"). A pair of a removed
statement is retired: ``rejected``, its comment saying why. Both change how many decisions a
cross-walk holds, so the carry and the next ``compkit crosswalk --reviewed`` say how many and
why; this module finds those rows by the comments the carry wrote, in any file that kept them.
"""

from __future__ import annotations

import re

import pandas as pd

from .._words import plural

__all__ = ["carry_said", "reopened", "retired"]

_DECIDED = "accepted|changed|rejected|unsure|no_match"
#: A row a carry put back to review whose own decision, or a merged pair's, it re-opened
_REOPENED = re.compile(
    rf"^carried forward: re-review\b.*?(?:; was (?:{_DECIDED})\b|\(was (?:{_DECIDED})\))"
)
_WHY = re.compile(r"^carried forward: re-review \((\w+)")
_RETIRED = "carried forward: retired"


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[name].fillna("").astype(str)


def reopened(frame: pd.DataFrame) -> pd.Series:
    """Which rows hold a decision a carry re-opened: open again, their comment saying it.

    Examples
    --------
    >>> rows = pd.DataFrame({"review_status": ["suggested", "suggested", "accepted"],
    ...     "comment": ["carried forward: re-review (reworded); was accepted by Jo",
    ...                 "carried forward: re-review (reworded)", "same duty"]})
    >>> reopened(rows).tolist()
    [True, False, False]
    """
    status, comment = _column(frame, "review_status"), _column(frame, "comment")
    return (status == "suggested") & comment.map(lambda c: bool(_REOPENED.match(c)))


def retired(frame: pd.DataFrame) -> pd.Series:
    """Which rows a carry retired (their statement removed): rejected, their comment saying it."""
    status, comment = _column(frame, "review_status"), _column(frame, "comment")
    return (status == "rejected") & comment.str.startswith(_RETIRED)


def carry_said(frame: pd.DataFrame, *, retirements: bool = True) -> str:
    """A sentence on the decisions a carry re-opened and (``retirements``) the pairs it retired.

    ``""`` when there is none.

    Examples
    --------
    >>> rows = pd.DataFrame({"review_status": ["suggested", "suggested", "rejected"],
    ...     "comment": ["carried forward: re-review (reworded); was accepted by Jo",
    ...                 "carried forward: re-review (moved from a to b); was unsure",
    ...                 "carried forward: retired (statement x removed in B 2)"]})
    >>> print(carry_said(rows))
    2 decisions were re-opened by 'compkit carry', their statement reworded (1) or moved (1): \
each is to review again, its Note (SSSOM comment) saying what was decided; 1 pair was retired \
by it, its statement removed, and counts as rejected
    """
    said = []
    again = frame[reopened(frame)]
    if len(again):
        kinds = _column(again, "comment").map(lambda c: (m := _WHY.match(c)) and m.group(1))
        kinds = kinds.replace({"also": "merged"}).fillna("changed").value_counts(sort=False)
        why = " or ".join(f"{k} ({n:,})" for k, n in kinds.items())
        said.append(
            f"{plural(len(again), 'decision')} {'was' if len(again) == 1 else 'were'} re-opened "
            f"by 'compkit carry', {'its' if len(again) == 1 else 'their'} statement {why}: "
            f"{'it is' if len(again) == 1 else 'each is'} to review again, its Note (SSSOM "
            "comment) saying what was decided"
        )
    gone = int(retired(frame).sum()) if retirements else 0
    if gone:
        by = "it" if said else "'compkit carry'"
        said.append(
            f"{plural(gone, 'pair')} {'was' if gone == 1 else 'were'} retired by {by}, "
            f"{'its' if gone == 1 else 'their'} statement removed, and "
            f"{'counts' if gone == 1 else 'count'} as rejected"
        )
    return "; ".join(said)
