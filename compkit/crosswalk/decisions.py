"""The review state of each row of a cross-walk read from a file, where the file says none.

compkit writes its own ``review_status`` column; a file edited by hand, or rewritten by another
SSSOM tool (which drops columns it does not know), may leave it empty or without it. Its
decisions still stand in SSSOM's own columns, and are read from them rather than lost.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .guards import NO_TERM

__all__ = ["review_states"]

#: Justifications that say a person made the mapping (SEMAPV).
HUMAN = ("semapv:ManualMappingCuration", "semapv:MappingReview")


def review_states(frame: pd.DataFrame) -> pd.Series:
    """Each row's review state; where none is written, what SSSOM's own columns say of it.

    A row with no state, or still ``suggested``, that a person has touched is a decision: a
    negated mapping (``predicate_modifier: Not``) is rejected, a relation other than the one
    suggested is changed, a row with a reviewer (or, with no state at all, justified by manual
    curation) is accepted, or no_match when it maps to ``sssom:NoTermFound``.

    Examples
    --------
    >>> rows = pd.DataFrame({
    ...     "review_status": ["", "", "", "", "unsure", "suggested", "suggested"],
    ...     "predicate_modifier": ["Not", "", "", "", "", "", ""],
    ...     "predicate_id": ["skos:closeMatch"] * 5 + ["skos:exactMatch", "skos:closeMatch"],
    ...     "suggested_predicate_id": ["skos:closeMatch"] * 7,
    ...     "reviewer_label": [""] * 7,
    ...     "object_id": ["wsx:a", "sssom:NoTermFound", *(f"wsx:{c}" for c in "bcdef")],
    ...     "mapping_justification": ["semapv:ManualMappingCuration"] * 3
    ...     + ["semapv:CompositeMatching"] * 4})
    >>> review_states(rows).tolist()
    ['rejected', 'no_match', 'accepted', 'suggested', 'unsure', 'changed', 'suggested']
    """

    def column(name: str) -> pd.Series:
        return frame[name].fillna("").astype(str) if name in frame else pd.Series("", frame.index)

    said = column("review_status")
    empty = said == ""
    suggested = column("suggested_predicate_id")
    touched = (column("reviewer_label") != "") | (
        empty & column("mapping_justification").isin(HUMAN)
    )
    inferred = np.select(
        [
            column("predicate_modifier") == "Not",
            (suggested != "") & (suggested != column("predicate_id")),
            (column("object_id") == NO_TERM) & (touched | empty),
            touched,
        ],
        ["rejected", "changed", "no_match", "accepted"],
        default="suggested",
    )
    return said.mask(empty | (said == "suggested"), pd.Series(inferred, index=frame.index))
