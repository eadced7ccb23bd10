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

Not every run of numbered names is a ladder: "**Step 1:**", "**Step 2:**" under "How to use
this framework" are a procedure's steps. Items under a heading over the page's guidance ("How
to use", "About", "Introduction") are never levels, and a name whose word also numbers a
procedure's steps ("Step", "Phase", "Stage", "Part") counts only where the page names levels
with the same word elsewhere, in a heading or under another competency (:func:`ladder`). The
levels' headings end where the list ends: text after it, at the list's indent, stands under an
"All levels" heading of the same rank, at the competency as the page sets it.
"""

from __future__ import annotations

import re

from .blocks import clean
from .levelnames import level_score

__all__ = ["ladder", "level_items", "repeats_level"]

#: "- **Level 1:**", "* __Level 2__:", "1. Level 3:": a list item holding a name and a colon
_ITEM = re.compile(
    r"^(?P<lead>[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+)"
    r"(?P<body>(?P<em>\*\*|__)?(?P<name>[^*_:\n]{2,40}?)(?:(?P=em)\s*:|:(?P=em))\s*"
    r"|(?P<plain>[^*_:\n]{2,40}?):\s*)$"
)
#: a title line: up to three capitalised words (a name, no verb) before the level's code:
#: "Industry L1", "Planning Level 2", "Grit (L3)", "Level 2" ("Works unaided at Level 2" is none)
_TITLE = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){0,3}\(?(?i:L|Lvl\.?\s?|Level\s)(\d{1,2})\)?$")
#: a heading over the page's guidance, not over a competency: "How to use this framework"
_GUIDE = re.compile(
    r"^(?:how to\b|introduction|about\b|overview|getting started|using (?:this|the)\b"
    r"|guidance|instructions|read me|purpose|background)",
    re.IGNORECASE,
)
#: a word numbering a procedure's steps as well as a ladder's levels: "Step 1", "Phase 2"
_SEQUENCE = re.compile(r"^(?:step|phase|stage|part|week|day|module|round|task)\b", re.IGNORECASE)
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


def ladder(name: str, over: str, elsewhere: list[str]) -> bool:
    """Whether a list item's level name reads as a ladder's level under the heading ``over``.

    Never under a heading over the page's guidance ("How to use this framework"); a name whose
    word also numbers a procedure's steps ("Step 1") only when one of ``elsewhere``, the page's
    other level names (its headings, the items under other headings), opens with that word.

    Examples
    --------
    >>> ladder("Level 1", "Analysis", []), ladder("Step 1", "Delivery", [])
    (True, False)
    >>> ladder("Stage 1", "Delivery", ["Stage 2"]), ladder("Level 1", "How to use this", [])
    (True, False)
    """
    if _GUIDE.match(clean(over)):
        return False
    word = _SEQUENCE.match(name)
    return not word or any(n.split()[:1] == [word[0].title()] for n in map(str.title, elsewhere))


def _over(lines: list[str], i: int) -> str:
    """The text of the ATX heading over line ``i``, or ''."""
    k = next((k for k in range(i - 1, -1, -1) if _ATX.match(lines[k])), None)
    return "" if k is None else lines[k].strip().strip("#").strip()


def _ladders(lines: list[str]) -> dict[int, tuple[str, int, int]]:
    """The items read as levels: each item's name, content indent and paragraphs' end."""
    found = {i: f for i in range(len(lines)) if (f := _found(lines, i))}
    heads = [
        t for line in lines if _ATX.match(line) and level_score(t := clean(line.strip("# "))) >= 0.8
    ]
    over = {i: _over(lines, i) for i in found}
    return {
        i: f
        for i, f in found.items()
        if ladder(f[0], over[i], heads + [g[0] for k, g in found.items() if over[k] != over[i]])
    }


def _tails(lines: list[str], out: list[str], found: dict) -> list[tuple[str, int]]:
    """Put an "All levels" heading over the text after each list of levels' items.

    The items' headings would run on past the list's end; the text after it, at the list's
    indent, stands at the competency. Returns that text's first lines (text, line number).
    """
    tails = []
    for i, (_, _, end) in found.items():
        k = next((k for k in range(end, len(lines)) if lines[k].strip()), None)
        if k is None or k in found or _ATX.match(lines[k]) or k == end:
            continue
        if (mark := _ATX.match(out[i])) is not None:  # the items turned headings
            out[end] = f"{mark[1]} All levels"
            tails.append((lines[k].strip(), k + 1))
    return tails


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
        levels, every title line set aside, and the text after a list read at all levels.

    Examples
    --------
    >>> lines = ["### Industry", "- **Level 1:**", "", "  Industry L1", "", "  Knows the market.",
    ...          "- **Level 2:**", "", "  Shapes the market.", "", "Both:", "- Reads."]
    >>> out, notes = level_items(lines)
    >>> out  # doctest: +NORMALIZE_WHITESPACE
    ['### Industry', '#### Level 1', '', '', '', 'Knows the market.', '#### Level 2', '',
     'Shapes the market.', '#### All levels', 'Both:', '- Reads.']
    >>> [n[1] for n in notes]  # doctest: +NORMALIZE_WHITESPACE
    ["2 list items naming a level alone ('Level 1:', line 2) over indented paragraphs read as
    the levels' headings, their paragraphs as the text under them",
     "1 title line repeating the level's number set aside ('Industry L1', line 4)",
     "the text after a list of levels' items ('Both:', line 11) read at all levels, under an
     'All levels' heading: the levels' headings end where their list ends"]
    >>> level_items(["- **Level 1:**", "", "  Knows the market."])[0][0]  # one item alone
    '- **Level 1:**'
    >>> level_items(["- Level 1:", "", "  Knows.", "- Level 2:", "", "  Shapes."])[0][::3]
    ['Level 1:', 'Level 2:']
    >>> level_items(["## How to use", "- Step 1:", "", "  Read.", "- Step 2:", "", "  Ask."])[1]
    []
    """
    found = _ladders(lines)
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
    tails = _tails(lines, out, found)
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
        n, said = len(titles), "; ".join(f"{t!r}, line {at}" for t, at in titles)
        notes.append(
            (
                "unused",
                f"{n} title line{'s' * (n != 1)} repeating the level's number set aside ({said})",
                0.8,
            )
        )
    if tails:
        said = "; ".join(f"{t!r}, line {at}" for t, at in tails)
        notes.append(
            (
                "guess",
                f"the text after a list of levels' items ({said}) read at all levels, under an "
                "'All levels' heading: the levels' headings end where their list ends",
                0.7,
            )
        )
    return out, notes
