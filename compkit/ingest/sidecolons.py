"""A side's name closed by a colon over its list: "Ineffective behaviours:", "I won't:".

Text and Word documents may name a cell's two sides in lines of their own ending in a colon
over each list, instead of headings. Such a line is a side's label when it names a side
(:func:`compkit.ingest.polarity.polarity_of`) and says what it lists ("behaviours",
"indicators", ...), so that "Effective communication:" stays a lead-in; or when it is the
holder's promise, "I will:" over one list and "I won't:" over the other (a first-person
ladder's cells), whose items were read as effective on both sides.
"""

from __future__ import annotations

import re

from .blocks import clean
from .polarity import polarity_of

__all__ = ["side_colon"]


def side_colon(text: str) -> bool:
    """A side's name closed by a colon, over its list: "Ineffective behaviours:".

    Not "Effective communication:", which names what it lists. The holder's promise, "I
    will:" over one list and "I won't:" over the other, names the two sides as a heading of
    its own does.

    Examples
    --------
    >>> side_colon("Ineffective behaviours:"), side_colon("Effective communication:")
    (True, False)
    >>> side_colon("I won't:"), side_colon("We will:"), side_colon("I will lead:")
    (True, True, False)
    """
    name = clean(text)[:-1]
    return (
        clean(text).endswith(":")
        and len(name.split()) <= 4
        and bool(polarity_of(name) and (_SIDE.search(name) or _PROMISE.match(name)))
    )


#: The holder's promise naming a side ("I will", "We won't")
_PROMISE = re.compile(r"^(?:i|we) (?:will|won['’]t|will not)$", re.I)
#: The words of a side's heading: what it lists ("Negative indicators", "Poor practice")
_SIDE = re.compile(r"\b(?:behaviou?rs?|indicators?|examples?|practices?|signs?)\b", re.I)
