"""A role ladder's roles numbered in their headings: "### 1) Contributor", "### 2) Member".

The number is the page's order of the roles, which the reader keeps as the levels' order; in
the name it would stand in every comparison, chart and table ("1) Contributor"). Left out
when every role's heading opens with one, rising by one from the first, and said so.
"""

from __future__ import annotations

import re

__all__ = ["unnumbered"]

_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def unnumbered(names: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The roles' names without the numbers their headings open with, and the report's note.

    Examples
    --------
    >>> unnumbered(["1) Contributor", "2) Member", "3) Reviewer (per Specialty)"])[0]
    ['Contributor', 'Member', 'Reviewer (per Specialty)']
    >>> unnumbered(["1) Contributor", "3) Member"])[0], unnumbered(["Member", "Owner"])[1]
    (['1) Contributor', '3) Member'], [])
    """
    found = [_NUMBERED.match(name) for name in names]
    if len(names) < 2 or not all(found):
        return names, []
    numbers = [int(m.group(1)) for m in found]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return names, []
    said = (
        f"the roles' headings are numbered ({names[0]!r}, {names[1]!r}, ...): the numbers, the "
        "page's order of the roles, left out of their names"
    )
    return [m.group(2).strip() for m in found], [("repair", said, 0.8)]
