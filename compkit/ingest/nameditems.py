"""List items that name their competency: "Impact: Delivers ..." under each level's heading.

A ladder may write each level as a list whose items open with the competency they belong to
(Sourcegraph's "## IC1" over "- Impact: Delivers clearly defined projects ...", "- Scope:
...", "- Teamwork:" over a nested list). The names recur under the other levels' headings; the
text after the colon (or the nested items under a name alone) is the statement. The rule asks
for all of: under a heading, two or more top-level items, every one opening with a name of
four words or fewer and a colon (or holding a name alone over a nested list); the same names
under at least three headings, two or more names so recurring, each printed with its colon
somewhere (names alone over lists, "Courses or Subject Areas", stay as they are). A
glossary's "- Term: meaning" list under one heading is left as written. :func:`recurring`
decides, for Markdown lines (:mod:`compkit.ingest.mdlists`) and web pages alike;
:func:`named_items` reads a web page's blocks (:mod:`compkit.ingest.markup`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import atx_heading, clean

__all__ = [
    "BARE_ITEM",
    "LEAD",
    "LEAD_ITEM",
    "item_indent",
    "item_leads",
    "markdown_named",
    "named_items",
    "recurring",
]

#: A name and a colon opening an item's text: "Impact: Delivers ...", "Teamwork:"
LEAD = re.compile(r"^([A-Z][\w/&' -]{1,40}?):\s*(\S.*)?$")
_BARE = re.compile(r"^([A-Z][\w/&' -]{1,40}?)()$")  # a name alone, over a nested list


_MD_ITEM = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")


def item_indent(line: str) -> int | None:
    """The indentation of a Markdown list item (tabs as 4 spaces), or None for other lines.

    Examples
    --------
    >>> item_indent("  - nested"), item_indent("1. first"), item_indent("text")
    (2, 0, None)
    """
    m = _MD_ITEM.match(line)
    return len(m.group(1).expandtabs(4)) if m else None


#: A top-level list item opening with a name and a colon: "- Impact: Delivers ...", "- Scope:"
LEAD_ITEM = re.compile(
    r"^[-*+][ \t]+(?:\*\*|__)?([A-Z][\w/&' -]{1,40}?)(?:(?:\*\*|__)\s*:|:(?:\*\*|__)?)\s*(\S.*)?$"
)
#: A top-level list item holding a name alone ("- Impact"), over its nested list
BARE_ITEM = re.compile(r"^[-*+][ \t]+(?:\*\*|__)?([A-Z][\w/&' -]{1,40}?)(?:\*\*|__)?()\s*$")


def item_leads(lines: list[str]) -> dict[int, tuple[re.Match, tuple[int, int]]]:
    """Top-level list items that name their competency: "- Impact: text" under each level.

    The rule is :func:`compkit.ingest.nameditems.recurring`'s. Returns the items by line:
    their match and heading.

    Examples
    --------
    >>> lines = ["## IC1", "- Impact: Ships.", "- Scope:", "  - Own code.", "## IC2",
    ...          "- Impact: Leads.", "- Scope: Team.", "## IC3", "- Impact: Drives.",
    ...          "- Scope: Org."]
    >>> sorted(item_leads(lines))
    [1, 2, 5, 6, 8, 9]
    >>> item_leads([line.replace("Impact:", "Ships") for line in lines])
    {}
    """
    by_head: dict[int, dict[int, re.Match | None]] = {}
    at: dict[int, tuple[int, int]] = {}
    current: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        if (head := atx_heading(line)) is not None:
            current = (head[0], i)
        elif current is not None and item_indent(line) == 0:
            m = LEAD_ITEM.match(line)
            if m is None and (m := BARE_ITEM.match(line)) is not None:
                below = next((t for t in lines[i + 1 :] if t.strip()), "")
                m = m if (item_indent(below) or 0) > 0 else None
            by_head.setdefault(current[1], {})[i] = m
            at[i] = current
    return {i: (m, at[i]) for i, m in recurring(by_head).items()}


def recurring(by_head: dict[int, dict[int, re.Match | None]]) -> dict[int, re.Match]:
    """The items, by position, whose names recur: each heading's items all named, see above.

    ``by_head`` holds each heading's top-level items and their name's match (None: unnamed).

    Examples
    --------
    >>> found = {h: {h + 1: LEAD.match("Impact: Ships."), h + 2: LEAD.match("Scope: Team.")}
    ...          for h in (0, 10, 20)}
    >>> sorted(recurring(found))
    [1, 2, 11, 12, 21, 22]
    >>> recurring({0: found[0], 10: found[10]})
    {}
    """
    named = {
        h: items
        for h, items in by_head.items()
        if len(items) >= 2
        and all(m is not None and len(m.group(1).split()) <= 4 for m in items.values())
    }
    heads_of: dict[str, set[int]] = {}
    colon: set[str] = set()  # names printed with their colon somewhere (not names alone only)
    for h, items in named.items():
        for m in items.values():
            heads_of.setdefault(clean(m.group(1)).casefold(), set()).add(h)
            if m.group(2) != "":
                colon.add(clean(m.group(1)).casefold())
    wide = {name for name, under in heads_of.items() if len(under) >= 3 and name in colon}
    if len(wide) < 2:
        return {}
    return {
        i: m
        for items in named.values()
        if sum(clean(m.group(1)).casefold() in wide for m in items.values()) >= 2
        for i, m in items.items()
    }


def named_items(blocks: list) -> list:
    """A web page's blocks with each named item read as its name's heading over its statement.

    A heading one below the level's heading (the name) over the text after the colon, or over
    the nested items a name alone stood over; the first such heading's block carries the
    report's note. Blocks of other pages are returned as they are.
    """
    by_head: dict[int, dict[int, re.Match | None]] = {}
    head = None
    for k, block in enumerate(blocks):
        if block.depth and block.table is None:
            head = k
        elif head is not None and (block.bullet or block.number is not None) and not block.nest:
            m = LEAD.match(block.text)
            if m is None and k + 1 < len(blocks) and blocks[k + 1].nest:
                m = _BARE.match(block.text)
            if block.subs and m is not None and m.group(2):  # "Teamwork: a b" joined
                joined = len(" ".join(t for t, _ in block.subs))
                m = LEAD.match(block.text[: len(block.text) - joined])
            by_head.setdefault(head, {})[k] = m
    kept = recurring(by_head)
    if not kept:
        return blocks
    out, depth, made = [], 0, []
    for k, block in enumerate(blocks):
        if block.depth and block.table is None:
            depth = block.depth
        if k not in kept:
            out.append(block)
            continue
        name, text = kept[k].group(1).strip(), kept[k].group(2)
        head = replace(block, text=name, bullet=False, number=None, repair=None, subs=())
        out.append(replace(head, depth=min(depth + 1, 6)))
        if block.subs:
            out += [replace(block, text=t, lines=[n], repair=None, subs=()) for t, n in block.subs]
        elif text:
            out.append(replace(block, text=clean(text), repair=None, subs=()))
        made.append(len(out) - 1)
    out[made[-1]].repair = _note(len(kept), kept)  # once, on a statement of the last level's
    return out


def _note(n: int, kept: dict) -> str:
    names = list(dict.fromkeys(m.group(1).strip() for m in kept.values()))
    shown = ", ".join(repr(x) for x in names[:4])
    return (
        f"{n} list items open with a name followed by a colon, under each of several headings "
        f"({shown}, ...): each name read as the competency of its item, the text after the "
        "colon (or the nested items under the name) as the statement"
    )


#: A line that goes on the list item above it: indented, no marker of its own
_LAZY = re.compile(r"^[ \t]+\S")


def markdown_named(blocks: list) -> list:
    """A page's Markdown items that name their competency, read as the plain Markdown reader does.

    A Markdown page with HTML in it (a table of its managers' levels below "## IC1" ... over
    "- Impact: Delivers ...") is read block by block (:mod:`compkit.ingest.markup`), its
    Markdown lines as they are. Here the rule of :func:`item_leads` is applied to those lines
    (an HTML heading counts as a heading): each named item becomes its name's heading, one
    below the heading it stands under, over the text after the colon (joined with the
    indented lines that go on it); a name alone stays over its nested items. Blocks of pages
    without such items are returned as they are.
    """
    lines = [
        block.text if not block.html else f"{'#' * block.depth} {block.text}" if block.depth else ""
        for block in blocks
    ]
    leads = item_leads(lines)
    if not leads:
        return blocks
    out, joined, made = [], set(), []
    for k, block in enumerate(blocks):
        if k in joined:
            continue
        if k not in leads:
            out.append(block)
            continue
        m, (depth, _) = leads[k]
        head = dict(html=True, bullet=False, number=None, repair=None, subs=(), nest=0)
        out.append(replace(block, text=m.group(1).strip(), depth=min(depth + 1, 6), **head))
        if not m.group(2):
            continue
        text, at, j = m.group(2), list(block.lines), k + 1
        while j < len(blocks) and not blocks[j].html and _LAZY.match(blocks[j].text):
            if item_indent(blocks[j].text) is not None:
                break
            text, at = f"{text} {blocks[j].text.strip()}", [*at, *blocks[j].lines]
            joined.add(j)
            j += 1
        out.append(replace(block, text=clean(text), lines=at, **head | {"bullet": True}))
        made.append(len(out) - 1)
    if made:
        out[made[-1]].repair = _note(len(leads), {i: m for i, (m, _) in leads.items()})
    return out
