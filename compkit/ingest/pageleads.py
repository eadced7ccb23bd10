"""A page of one level whose list items each open with a competency's bold name.

A ladder published as a site often gives each level a page of its own (inDrive's engineer
track: "# Senior I Engineer" over "## Craftsmanship (C3)", "## Impact (I2)", ...), each
section listing the competencies at that level, one item each, named in bold ahead of the
statement ("* **Delivery Process**: Owns delivery process ..."). On one page no name recurs, so
:func:`compkit.ingest.leadins.lead_in_headings` (names recurring under several headings) leaves
them; read as printed, each section became one competency of long statements, each opening with
another competency's name.

:func:`page_leads` reads such a page as its level's competencies: each name a heading one rank
below the page's deepest, over its item's text after the colon; the sections are their groups.
It asks for all of: one heading of the top rank (the page's title, the level), two or more
sections below it each listing items so named, every item at the margin of those sections so
named, four or more of them, and no name twice (a name recurring is a ladder's competency
under several levels: leadins' reading).
"""

from __future__ import annotations

import re

from .blocks import atx_heading, clean
from .leadins import LEAD_IN, headed

__all__ = ["page_leads"]

_TOP_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")


def _sections(lines: list[str]) -> list[tuple[int, int, int]]:
    """Each heading's (line, depth, end): its section runs to the next heading of any rank."""
    heads = [(i, h[0]) for i, line in enumerate(lines) if (h := atx_heading(line))]
    ends = [i for i, _ in heads[1:]] + [len(lines)] * bool(heads)
    return [(i, depth, end) for (i, depth), end in zip(heads, ends, strict=True)]


def _found(lines: list[str]) -> dict[int, re.Match] | None:
    """The items to read as named competencies, by line, or None when the page is no such page."""
    sections = _sections(lines)
    if not sections:
        return None
    top = min(depth for _, depth, _ in sections)
    if sum(depth == top for _, depth, _ in sections) != 1:
        return None
    found: dict[int, re.Match] = {}
    holding = 0
    for i, depth, end in sections:
        items = [k for k in range(i + 1, end) if _TOP_ITEM.match(lines[k])]
        named = {k: m for k in items if (m := LEAD_IN.match(lines[k]))}
        if not named:
            continue
        if depth == top or len(named) != len(items):
            return None  # items under the title, or a section mixing named and other items
        found |= named
        holding += 1
    names = [clean(m.group(2)).casefold() for m in found.values()]
    if holding < 2 or len(found) < 4 or len(set(names)) != len(names):
        return None
    return found


def page_leads(
    lines: list[str], places: list[dict], repairs: dict[int, str], notes: list[tuple]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """Read a one-level page's items named in bold as its competencies (see the module).

    Takes and returns what :func:`compkit.ingest.leadins.lead_in_headings` does (lines, their
    places, repairs by line, notes); a page that reading changed is passed on as it is.

    Examples
    --------
    >>> lines = ["# Senior Engineer", "## Craft", "* **Design**: Designs systems.",
    ...          "* **Testing**: Tests well.", "## Impact", "* **Ownership**: Owns outcomes.",
    ...          "* **Delivery**: Ships on time."]
    >>> out, where, fixed, said = page_leads(lines, [{}] * len(lines), {}, [])
    >>> out[:6]
    ['# Senior Engineer', '## Craft', '### Design', '* Designs systems.', '### Testing', \
'* Tests well.']
    >>> said[0][1][:45]
    "4 list items open with a bold name ('Design',"
    >>> page_leads(lines[:4], [{}] * 4, {}, [])[0] == lines[:4]
    True
    """
    found = None if notes else _found(lines)
    if not found:
        return lines, places, repairs, notes
    depth = max(d for _, d, _ in _sections(lines))
    mark = "#" * min(6, depth + 1)
    out, where, fixed = headed(lines, places, repairs, found, mark)
    names = [clean(m.group(2)) for m in found.values()]
    shown = ", ".join(repr(n) for n in names[:4]) + (", ..." if len(names) > 4 else "")
    note = (
        "guess",
        f"{len(found)} list items open with a bold name ({shown}), each name once, on a page of "
        "one level: each name read as a competency, its item's text after the colon as the "
        "statement, the sections over them as their groups",
        0.7,
    )
    return out, where, fixed, [note]
