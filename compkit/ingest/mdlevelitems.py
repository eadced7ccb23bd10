"""A Markdown list item naming a level alone ("- **Level 1:**") over indented paragraphs.

A page may set each competency's levels as a list whose items hold only the level's name and a
colon, the level's text in paragraphs indented under the item (SkillChartPlus's skill
descriptions)::

    **Levels:**
    - **Level 1:**

      Industry L1

      You have a basic understanding of the industry landscape.

Read as printed, the item's name and its paragraphs were statements of one list, at no level.
:func:`level_items` reads such an item as the level's heading, one rank below the heading over
it (the name without its colon; with no heading above, the item's text as a line of its own),
and its paragraphs as the text under it, the item's indent taken off. A first paragraph that
only repeats the level's number after a name ("Industry L1" under "Level 1", a title) is set
aside and said. It acts only where two such items or more stand in the page, each over its own
paragraphs.
"""

from __future__ import annotations

import re

from .levelnames import level_score

__all__ = ["level_items", "repeats_level"]

#: "- **Level 1:**", "* __Level 2__:", "1. Level 3:": a list item holding a name and a colon
_ITEM = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+)"
    r"(?P<body>(?P<em>\*\*|__)?(?P<name>[^*_:\n]{2,40}?)(?:(?P=em)\s*:|:(?P=em))\s*"
    r"|(?P<plain>[^*_:\n]{2,40}?):\s*)$"
)
#: a title line closing on a level's code: "Industry L1", "Planning Level 2", "Grit (L3)"
_TITLE = re.compile(r"^[^.!?:;]{1,60}?\s\(?(?:L|Lvl\.?\s?|Level\s)(\d{1,2})\)?$", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,2}")


def _found(lines: list[str], i: int) -> tuple[str, int, int] | None:
    """The level's name, the item's content indent and where its paragraphs end, or None."""
    m = _ITEM.match(lines[i])
    if not m or level_score(name := (m["name"] or m["plain"]).strip()) < 0.8:
        return None
    indent, end = len(m["lead"].expandtabs(4)), i + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    if end == len(lines) or end == i + 1 or _depth(lines[end]) < indent:
        return None  # no blank line and indented paragraph under the item
    last = end
    while end < len(lines) and (not lines[end].strip() or _depth(lines[end]) >= indent):
        if lines[end].strip():
            last = end
        end += 1
    return name, indent, last + 1


#: an ATX heading's marks: "### Industry"
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]")


def _heading(lines: list[str], i: int) -> str:
    """The item's text as a heading one rank below the heading over it, else as it stands.

    A heading, unlike a bold line, stands apart from a paragraph ending right above it, as
    the list's item did.
    """
    m = _ITEM.match(lines[i])
    above = next((h[1] for k in range(i - 1, -1, -1) if (h := _ATX.match(lines[k]))), None)
    if above is None or len(above) == 6:
        return lines[i][m.start("body") :].rstrip()
    return f"{above}# {(m['name'] or m['plain']).strip()}"


def _depth(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def repeats_level(text: str, name: str) -> bool:
    """Whether a paragraph is a title repeating a level's number ("Industry L1", "Level 1").

    Examples
    --------
    >>> repeats_level("Industry L1", "Level 1"), repeats_level("Industry L2", "Level 1")
    (True, False)
    """
    title, number = _TITLE.match(text.strip()), _NUMBER.search(name)
    return bool(title and number and title[1].lstrip("0") == number[0].lstrip("0"))


def level_items(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The lines with each level's item read as its label line over its paragraphs; the notes.

    Parameters
    ----------
    lines : list of str
        A Markdown page's lines.

    Returns
    -------
    tuple
        The lines (as many as given), and the report's notes: how many items were read as
        levels, and the title lines set aside.

    Examples
    --------
    >>> lines = ["### Industry", "- **Level 1:**", "", "  Industry L1", "", "  Knows the market.",
    ...          "- **Level 2:**", "", "  Shapes the market."]
    >>> out, notes = level_items(lines)
    >>> out  # doctest: +NORMALIZE_WHITESPACE
    ['### Industry', '#### Level 1', '', '', '', 'Knows the market.', '#### Level 2', '',
     'Shapes the market.']
    >>> [n[1] for n in notes]  # doctest: +NORMALIZE_WHITESPACE
    ["2 list items naming a level alone ('Level 1:', line 2) over indented paragraphs read as
    the levels' headings, their paragraphs as the text under them",
     "1 title line repeating the level's number set aside ('Industry L1', line 4)"]
    >>> level_items(["- **Level 1:**", "", "  Knows the market."])[0][0]  # one item alone
    '- **Level 1:**'
    >>> level_items(["- Level 1:", "", "  Knows.", "- Level 2:", "", "  Shapes."])[0][::3]
    ['Level 1:', 'Level 2:']
    """
    found = {i: f for i in range(len(lines)) if (f := _found(lines, i))}
    if len(found) < 2:
        return list(lines), []
    out, titles = list(lines), []
    for i, (name, indent, end) in found.items():
        out[i] = _heading(lines, i)
        for k in range(i + 1, end):
            if k in found:
                break
            cut = min(indent, _depth(lines[k]))
            out[k] = lines[k].expandtabs(4)[cut:] if lines[k].strip() else ""
        first = next(k for k in range(i + 1, end) if lines[k].strip())
        closes = first + 1 == end or not lines[first + 1].strip()
        if repeats_level(out[first], name) and closes:
            titles.append((out[first].strip(), first + 1))
            out[first] = ""
    k, name = next(iter(found)), next(iter(found.values()))[0]
    notes = [
        (
            "guess",
            f"{len(found)} list items naming a level alone ({name + ':'!r}, line {k + 1}) over "
            "indented paragraphs read as the levels' headings, their paragraphs as the text "
            "under them",
            0.7,
        )
    ]
    if titles:
        n = len(titles)
        notes.append(
            (
                "unused",
                f"{n} title line{'s' * (n != 1)} repeating the level's number set aside "
                f"({titles[0][0]!r}, line {titles[0][1]})",
                0.8,
            )
        )
    return out, notes
