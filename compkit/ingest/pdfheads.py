"""A PDF table's header row: whether its cells name levels, one of them perhaps unknown.

:func:`levels_header` is the test :mod:`compkit.ingest.pdftables` puts to a line of layout
text before reading the lines under it as a table's cells by their columns.
"""

from __future__ import annotations

import re

from .blocks import clean, marker
from .labels import level_score, polarity_of, special_column
from .levelruns import header_levels

__all__ = ["heading_like", "levels_header"]

_NOT_LEVEL = re.compile(
    r"^(?:notes?|comments?|examples?|evidence|scores?|ratings?|results?|totals?|weight(?:ing)?s?"
    r"|competenc(?:y|ies)|capabilit(?:y|ies)|skills?|behaviou?rs?|indicators?|areas?|themes?)$",
    re.IGNORECASE,
)


def levels_header(texts: list[str]) -> bool:
    """Whether a header's cells name levels: every one (:func:`header_levels`), or all but one.

    A ladder's header can hold one level no word list knows among names it does: "Staff"
    between "Senior" and "Principal", "Leadership" after "Foundation | Intermediate |
    Advanced". Four cells or more, one odd one out, not the first (there it names the row
    labels' column: "Dimension | Junior | Senior | Lead"), a name of one or two words that
    is no column of another kind ("Notes", "Score", "Skill", "Description").

    Examples
    --------
    >>> levels_header(["Junior", "Mid-level", "Senior", "Staff", "Principal"])
    True
    >>> levels_header(["Foundation", "Intermediate", "Advanced", "Leadership"])
    True
    >>> levels_header(["Foundation", "Intermediate", "Advanced", "Notes"])
    False
    >>> levels_header(["Dimension", "Foundation", "Intermediate", "Advanced"])
    False
    >>> levels_header(["Senior", "Staff", "Principal"]), levels_header(["Junior", "Senior"])
    (False, True)
    """
    if header_levels(texts):
        return True
    odd = [k for k, t in enumerate(texts) if level_score(t) < 0.8]
    if len(texts) < 4 or len(odd) != 1 or odd[0] == 0:
        return False
    name = clean(texts[odd[0]])
    return (
        heading_like(name)
        and len(name.split()) <= 2
        and not _NOT_LEVEL.match(name)
        and not special_column(name)
        and not polarity_of(name)
    )


def heading_like(text: str) -> bool:
    """A short line in capitals, no list item, no sentence's end (a table's heading cell).

    Examples
    --------
    >>> heading_like("Staff"), heading_like("Ships code."), heading_like("- Staff")
    (True, False, False)
    """
    text = clean(text)
    number, bullet, _ = marker(text)
    return (
        number is None
        and not bullet
        and len(text.split()) <= 10
        and not text.endswith((".", ";", ","))
        and text[:1].isupper()
    )
