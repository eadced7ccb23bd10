"""List items opening with a bold name that recurs: that name heads them ("- **Ownership**: ...").

Shared by the Markdown reader (:mod:`compkit.ingest.textfile`) and the reader of Markdown with
HTML (:mod:`compkit.ingest.markupdoc`).
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["LEAD_IN", "headed", "lead_in_headings"]

_MD_DEPTH = re.compile(r"^(#{1,6}) \S")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")


# "- **Name**: text", "- **Name:** text" (the colon inside the bold), "1. __Name__ - text"
LEAD_IN = re.compile(
    r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+)(?:\*\*|__)([^*_:]{2,60}?)"
    r"(?:(?:\*\*|__)\s*[:–—-]|:(?:\*\*|__))\s*(\S.*)$"
)


def lead_in_headings(
    lines: list[str], places: list[dict], repairs: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """List items opening with a bold name that recurs under other headings: that name heads them.

    "* **Delivery Process**: Seeks feedback." under each level of a ladder names the
    competency the statement belongs to; each such item becomes a heading one level below the
    page's deepest (the name) over the item without its name. Only when most list items open
    so and some name recurs; the report says so.
    """
    found = {i: m for i, line in enumerate(lines) if (m := LEAD_IN.match(line))}
    items = sum(bool(_ITEM.match(line)) for line in lines)
    names = [clean(m.group(2)) for m in found.values()]
    if len(found) < 4 or len(found) * 2 < items or len(set(names)) == len(names):
        return lines, places, repairs, []
    depth = max((len(m.group(1)) for line in lines if (m := _MD_DEPTH.match(line))), default=0)
    mark = "#" * min(6, depth + 1)
    out, where, notes = headed(lines, places, repairs, found, mark)
    note = (
        "guess",
        f"{len(found)} list items open with a bold name followed by a colon "
        f"({', '.join(repr(n) for n in list(dict.fromkeys(names))[:4])}, ...): each name read as "
        "the competency of its item, the item's text after the colon as the statement",
        0.7,
    )
    return out, where, notes, [note]


def headed(
    lines: list[str], places: list[dict], repairs: dict[int, str], found: dict, mark: str
) -> tuple[list[str], list[dict], dict[int, str]]:
    """Each found item's bold name set as a heading (``mark``) over the item without its name.

    ``found`` maps a line to its :data:`LEAD_IN` match; places and repairs follow their lines.

    Examples
    --------
    >>> lines = ["* **Design**: Designs systems.", "Other text"]
    >>> found = {0: LEAD_IN.match(lines[0])}
    >>> headed(lines, [{"line": 1}, {"line": 2}], {1: "joined"}, found, "##")
    (['## Design', '* Designs systems.', 'Other text'], [{'line': 1}, {'line': 1}, \
{'line': 2}], {2: 'joined'})
    """
    out: list[str] = []
    where: list[dict] = []
    moved: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in found:
            m = found[i]
            out.append(f"{mark} {m.group(2).strip()}")
            where.append(places[i])
            line = m.group(1) + m.group(3)
        if i in repairs:
            moved[len(out)] = repairs[i]
        out.append(line)
        where.append(places[i])
    return out, where, moved
