"""A competency's own title for a level, printed in its table cell over the level's list.

Competency dictionaries title each level of each competency in a line of its own before the
behaviours ("Recognizes how change will affect work." over "Accepts that things will change.",
"Seeks clarification ..." at Adaptability's level 1; "Assesses and monitors oneself ..." at
Continuous Learning's). Printed as headings ("Level 1: Recognizes ..."), the title goes into the
competency's description (:func:`compkit.ingest.tiers.split_level_titles`); printed in a table it
read as one more statement. Two table shapes are read so:

- a column per level, each cell opening with one plain line (not a list item, not a lead-in
  ending in a colon) over a list, in three cells of four or more that hold a list, under two
  competencies or more, the lines of one level differing from one competency to the next;
- a row per level, a column headed as the level's title ("Proficiency", "Summary",
  "Overview") beside the column of behaviours, each of its cells one plain line.

The line is marked as describing (:attr:`compkit.ingest.blocks.Para.describes`): it is kept in
its competency's description, never a statement, and the ingest report says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .blocks import Document, Para, Region, clean, marker
from .labels import Decision

__all__ = ["cell_headlines"]

#: A column header naming each level's title for the competency of its table
_HEADLINE = re.compile(
    r"^(?:proficiency(?: level)?(?: (?:title|summary|description))?|summary|overview|"
    r"level (?:title|summary|headline)|headline)$",
    re.IGNORECASE,
)
_MOST_WORDS = 30  # a title, not a paragraph of prose


def _listed(p: Para) -> bool:
    number, bullet, _ = marker(clean(p.text))
    return p.bullet or p.number is not None or bullet or number is not None


def _line(p: Para) -> bool:
    """One plain line that can title a level: not listed, no lead-in, not a long paragraph."""
    text = clean(p.text)
    return (
        bool(text)
        and not _listed(p)
        and not p.aside
        and not text.endswith(":")
        and len(text.split()) <= _MOST_WORDS
    )


def _names(region: Region, slot: str | None) -> str | None:
    return next((clean(lb.text) for lb in region.labels if lb.slot == slot), None)


def cell_headlines(doc: Document, decision: Decision) -> tuple[str, dict] | None:
    """Mark each level's title line in a table's cells as describing (see the module).

    Returns what the ingest report should say and where the first such line stands, or None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> def cell(comp, level, title, *items):
    ...     paras = [Para(title, {})] + [Para(t, {}, bullet=True) for t in items]
    ...     return Region((Label(comp, "h1"), Label(level, "col")), paras, in_table=True)
    >>> doc = Document([cell("Adapting", "Level 1", "Sees change coming.", "Accepts change."),
    ...                 cell("Adapting", "Level 2", "Adapts own work.", "Tries new ways."),
    ...                 cell("Learning", "Level 1", "Knows own gaps.", "Seeks feedback."),
    ...                 cell("Learning", "Level 2", "Grows on purpose.", "Takes courses.")])
    >>> said, _ = cell_headlines(doc, Decision(kinds={"h1": "competency", "col": "level"}))
    >>> print(said)  # doctest: +NORMALIZE_WHITESPACE
    4 table cells open with their competency's own title for the level ('Sees change
    coming.', ...): kept in each competency's description, not read as statements
    >>> [p.describes for p in doc.regions[0].paras]
    [True, False]
    """
    lslot, cslot = decision.slot_of("level"), decision.slot_of("competency")
    if lslot is None or cslot is None:
        return None
    cells = [
        r
        for r in doc.regions
        if r.in_table and _names(r, lslot) is not None and _names(r, cslot) is not None
    ]
    marked = _opening_lines(cells, lslot, cslot) or _title_column(cells, lslot, cslot)
    if not marked:
        return None
    for region, k in marked:
        region.paras[k] = replace(region.paras[k], describes=True)
    first = marked[0][0].paras[marked[0][1]]
    return (
        f"{len(marked)} table cells open with their competency's own title for the level "
        f"({clean(first.text)!r}, ...): kept in each competency's description, not read as "
        "statements",
        dict(first.source),
    )


def _opening_lines(cells: list[Region], lslot: str, cslot: str) -> list[tuple[Region, int]]:
    """A column per level: each cell's one plain opening line over a list."""
    listing = [r for r in cells if any(_listed(p) for p in r.paras)]
    opened = [
        r
        for r in listing
        if len(r.paras) >= 2 and _line(r.paras[0]) and all(_listed(p) for p in r.paras[1:])
    ]
    if len(opened) < 4 or len(opened) * 4 < len(listing) * 3:
        return []
    by_level: dict[str, dict[str, str]] = defaultdict(dict)
    for r in opened:
        by_level[_names(r, lslot)][_names(r, cslot)] = clean(r.paras[0].text)
    comps = {_names(r, cslot) for r in opened}
    if len(by_level) < 2 or len(comps) < 2:
        return []
    if any(len(set(titles.values())) < len(titles) for titles in by_level.values()):
        return []  # one line under every competency: the level's own words, or a stem
    return [(r, 0) for r in opened]


def _title_column(cells: list[Region], lslot: str, cslot: str) -> list[tuple[Region, int]]:
    """A row per level: a column headed as the level's title, one plain line a cell."""
    titled, listed = [], set()
    for r in cells:
        extra = [lb for lb in r.labels if lb.slot not in (lslot, cslot)]
        key = (_names(r, cslot), _names(r, lslot))
        if extra and _HEADLINE.match(clean(extra[-1].text)):
            if len(r.paras) == 1 and _line(r.paras[0]):
                titled.append((r, key))
            else:
                return []  # a cell of the column that holds more: not titles
        elif any(_listed(p) for p in r.paras):
            listed.add(key)
    if len(titled) < 2 or any(key not in listed for _, key in titled):
        return []
    if len({key[0] for _, key in titled}) < 2 and len(titled) < 3:
        return []
    return [(r, 0) for r, _ in titled]
