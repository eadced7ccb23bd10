"""Markdown nested lists: a list item ending in a colon and the nested items that complete it.

A Markdown bullet such as ``- Knows the difference between:`` with a more indented list below
it is one statement, as the HTML reader (:mod:`compkit.ingest.markup`) reads ``<li>`` with a
nested list: the lead-in, then the nested items in order, joined with single spaces, with a
repair note naming the lines. Every other line is kept as it is. (A short bold item over a
nested list -- ``- **Beginner**`` -- is a heading; :mod:`compkit.ingest.textlines` reads it.)

A ladder may write each cell as a paragraph opening with a bold name: ``**Productivity:** They
deliver ...`` under each level's heading. :func:`lead_in_paragraphs` reads such paragraphs as
list items opening so are read: the name a heading, the text after the colon its statement.
"""

from __future__ import annotations

import re

from .blocks import atx_heading, clean, marker

__all__ = ["item_indent", "join_nested_lists", "lead_in_paragraphs"]

_ITEM = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")


def item_indent(line: str) -> int | None:
    """The indentation of a Markdown list item (tabs as 4 spaces), or None for other lines.

    Examples
    --------
    >>> item_indent("  - nested"), item_indent("1. first"), item_indent("text")
    (2, 0, None)
    """
    m = _ITEM.match(line)
    return len(m.group(1).expandtabs(4)) if m else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t")) if line.strip() else -1


def join_nested_lists(lines: list[str]) -> tuple[list[str], list[dict], dict[int, str]]:
    """Join each list item ending in ":" with the more indented list below it.

    Returns the lines (a joined item is one line), each line's source location
    (``{"lines": [...]}``, 1-based) and a repair note by output line.

    Examples
    --------
    >>> out, places, notes = join_nested_lists(["- Knows:", "  - tests", "  - tools", "- Asks"])
    >>> out, places
    (['- Knows: tests tools', '- Asks'], [{'lines': [1, 2, 3]}, {'lines': [4]}])
    """
    out: list[str] = []
    places: list[dict] = []
    notes: dict[int, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = item_indent(line)
        subs: list[list[str]] = []
        j = i + 1
        if indent is not None and clean(line).endswith(":"):
            while j < len(lines):
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k == len(lines) or _indent(lines[k]) <= indent:
                    break
                if item_indent(lines[k]) is not None:
                    subs.append([marker(lines[k].strip())[2]])
                elif subs:  # a nested item wrapped over lines
                    subs[-1].append(lines[k].strip())
                else:
                    break
                j = k + 1
        if not subs:
            out.append(line)
            places.append({"lines": [i + 1]})
            i += 1
            continue
        texts = [clean(" ".join(s)) for s in subs]
        notes[len(out)] = (
            f"This bullet holds a nested list of {_count(len(texts))} (lines {i + 2}-{j}); "
            "the text is the whole bullet, its lead-in followed by the nested items in order, "
            "joined with single spaces."
        )
        out.append(" ".join([line.rstrip(), *texts]))
        places.append({"lines": [n + 1 for n in range(i, j) if lines[n].strip()]})
        i = j
    return out, places, notes


def _count(n: int) -> str:
    return "one item" if n == 1 else f"{n} items"


#: "**Productivity:** They deliver ..." (the colon inside or after the bold), a paragraph's start
_LEAD_PARA = re.compile(r"^(?:\*\*|__)([^*_:]{2,60}?)(?:(?:\*\*|__)\s*:|:(?:\*\*|__))\s*(\S.*)?$")


def lead_in_paragraphs(
    lines: list[str], places: list[dict], repairs: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """Paragraphs opening "**Name:** text", several under each heading, the names recurring.

    A ladder that writes each cell as a paragraph ("**Productivity:** They are capable ...")
    under each level's heading names the competency of each: each such paragraph becomes a
    heading one below the heading it stands under (the name) over its text after the colon.
    Only where the structure says so: four or more such paragraphs, two or more under one
    heading, and a name that recurs under another heading; a lone bold lead-in in an
    introduction is left as written. Beside them, a bold name and colon alone over a list
    ("**Responsibilities:**") heads that list the same way. Returns the lines, their places
    and repairs (moved), and the report's note.

    Examples
    --------
    >>> lines = ["# Ladder", "**Note:** Read me.", "## IC1", "Learns.", "", "**Impact:** Ships.",
    ...          "", "**Craft:** Tests.", "## IC2", "**Impact:** Leads.", "", "**Craft:** Designs."]
    >>> out, _, _, notes = lead_in_paragraphs(lines, [{}] * len(lines), {})
    >>> out[:8]
    ['# Ladder', '**Note:** Read me.', '## IC1', 'Learns.', '', '### Impact', 'Ships.', '']
    >>> len(notes)
    1
    """
    heads: dict[int, tuple[int, int]] = {}  # line -> (depth, line) of the heading over it
    current: tuple[int, int] | None = None
    found: dict[int, re.Match] = {}
    for i, line in enumerate(lines):
        if (head := atx_heading(line)) is not None:
            current = (head[0], i)
        elif (
            current
            and (not lines[i - 1].strip() or current[1] == i - 1)
            and (m := _LEAD_PARA.match(line))
        ):
            found[i], heads[i] = m, current
    texts = [i for i in found if found[i].group(2)]  # "**Responsibilities:**" alone: a list's
    by_head: dict[int, list[int]] = {}
    for i in texts:
        by_head.setdefault(heads[i][1], []).append(i)
    sections = {h for h, group in by_head.items() if len(group) >= 2}
    kept = {i for i in found if heads[i][1] in sections}  # ... among them, heads that list
    names: dict[str, set[int]] = {}
    for i in kept & set(texts):
        names.setdefault(clean(found[i].group(1)).casefold(), set()).add(heads[i][1])
    if len(kept & set(texts)) < 4 or not any(len(under) >= 2 for under in names.values()):
        return lines, places, repairs, []
    out, where, notes = [], [], {}
    for i, line in enumerate(lines):
        if i in kept:
            out.append(f"{'#' * min(6, heads[i][0] + 1)} {found[i].group(1).strip()}")
            where.append(places[i])
            if not found[i].group(2):
                continue
            line = found[i].group(2)
        if i in repairs:
            notes[len(out)] = repairs[i]
        out.append(line)
        where.append(places[i])
    shown = list(dict.fromkeys(found[i].group(1).strip() for i in sorted(kept)))
    note = (
        "guess",
        f"{len(kept & set(texts))} paragraphs open with a bold name followed by a colon, several "
        f"under each heading ({', '.join(repr(n) for n in shown[:4])}, ...): each name read as the "
        "competency of its paragraph, the text after the colon as the statement",
        0.7,
    )
    return out, where, notes, [note]
