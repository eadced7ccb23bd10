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
  "Overview") beside the column of behaviours, each of its cells one plain line
  (:func:`title_column`, as the table is read: the header names no competency).

The line is marked as describing (:attr:`compkit.ingest.blocks.Para.describes`): it is kept in
its competency's description, never a statement, and the ingest report says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .._words import plural
from .blocks import Document, Para, Region, clean, marker
from .dictnotes import dictionary_notes
from .labels import Decision

__all__ = ["cell_headlines", "title_column"]

#: A column header naming each level's title for the competency of its table
_HEADLINE = re.compile(
    r"^(?:proficiency(?: level)?(?: (?:title|summary|description))?|summary|overview|"
    r"level (?:title|summary|headline)|headline)$",
    re.IGNORECASE,
)
_MOST_WORDS = 30  # a title, not a paragraph of prose
_SIDED_MOST_WORDS = 60  # a level's line alone over its side's name and list
#: A line opening with its own label ("Example grades: AA, AO"): no level's title
_LABELLED = re.compile(r"^[^:.!?]{1,40}:\s")


def _listed(p: Para) -> bool:
    number, bullet, _ = marker(clean(p.text))
    return p.bullet or p.number is not None or bullet or number is not None


def _line(p: Para, *, most: int = _MOST_WORDS) -> bool:
    """One plain line that can title a level: not listed, no lead-in, not a long paragraph."""
    text = clean(p.text)
    return (
        bool(text)
        and not _listed(p)
        and not p.aside
        and not p.describes  # already read so (a title column)
        and not text.endswith(":")
        and len(text.split()) <= most
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
    if lslot is None or cslot is None:  # a dictionary of behaviours alone: .dictnotes
        return dictionary_notes(doc, decision)
    cells = [
        r
        for r in doc.regions
        if r.in_table and _names(r, lslot) is not None and _names(r, cslot) is not None
    ]
    marked = _opening_lines(cells, lslot, cslot)
    if not marked:
        return level_titles(doc, decision)
    for region, k in marked:
        region.paras[k] = replace(region.paras[k], describes=True)
    first = marked[0][0].paras[marked[0][1]]
    tables = {dict(region.source).get("table") for region, _ in marked}
    where = f"; in {plural(len(tables), 'table')}, the first here" if len(tables) > 1 else ""
    return (
        f"{len(marked)} table cells open with their competency's own title for the level "
        f"({clean(first.text)!r}, ...{where}): kept in each competency's description, not read"
        " as statements",
        dict(first.source),
    )


def _opening_lines(
    cells: list[Region], lslot: str, cslot: str, *, same: bool = False
) -> list[tuple[Region, int]]:
    """A column per level: each cell's one plain opening line over a list.

    ``same``: a level's line may be the same under every competency (headings and lists).
    """
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
    if not same and any(len(set(t.values())) < len(t) for t in by_level.values()):
        return []  # one line under every competency: the level's own words, or a stem
    return [(r, 0) for r in opened]


def level_titles(doc: Document, decision: Decision) -> tuple[str, dict] | None:
    """Headings and lists: each level's title line under its heading, over its list.

    "### Level 3 — Practitioner", then "Leads small teams.", then the list, under every
    competency's heading: the shape :func:`_opening_lines` asks of a table's cells, in the
    text outside tables, read by level. Where a level's line is the same under every
    competency it is the level's own words (a note on the level, kept as its description);
    where it differs, the competency's title for the level (in its description). Either way
    no statement, and the ingest report says so. A line a competency repeats at two of its
    levels titles no level: it stays a statement (a cell's first paragraph); so does a
    labelled line ("Grades: ..."), whose label says what it is.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> def cell(comp, level, title, *items):
    ...     paras = [Para(title, {})] + [Para(t, {}, bullet=True) for t in items]
    ...     return Region((Label(comp, "##"), Label(level, "###")), paras)
    >>> doc = Document([cell("Caring", "Level 1", "Learns.", "Greets people."),
    ...                 cell("Caring", "Level 2", "Leads small teams.", "Plans visits."),
    ...                 cell("Safety", "Level 1", "Learns.", "Washes hands."),
    ...                 cell("Safety", "Level 2", "Leads small teams.", "Runs huddles.")])
    >>> said, _ = level_titles(doc, Decision(kinds={"##": "competency", "###": "level"}))
    >>> said[:63]
    "4 level headings stand over their level's title line ('Learns.'"
    >>> [(p.aside, p.describes) for p in doc.regions[0].paras]
    [(True, False), (False, False)]
    """
    lslot, cslot = decision.slot_of("level"), decision.slot_of("competency")
    if lslot is None or cslot is None:
        return None
    if (pslot := decision.slot_of("polarity")) is not None:
        marked = _sided_openings(doc.regions, lslot, cslot, pslot)
    else:
        cells = [
            r
            for r in doc.regions
            if not r.in_table
            and r.labels
            and r.labels[-1].slot == lslot
            and _names(r, cslot) is not None
        ]
        marked = _opening_lines(cells, lslot, cslot, same=True)
    by_comp: dict[str, list[str]] = defaultdict(list)
    for region, k in marked:
        by_comp[_names(region, cslot)].append(clean(region.paras[k].text))
    if not marked or any(len(set(t)) < len(t) for t in by_comp.values()):
        return None  # one line at every level: the competency's words, or its first statement
    if any(_LABELLED.match(t) for titles in by_comp.values() for t in titles):
        return None  # "Grades: AA, AO", "Pay band: ...": a labelled note, told elsewhere
    by_level: dict[str, list[str]] = defaultdict(list)
    for region, k in marked:
        by_level[_names(region, lslot)].append(clean(region.paras[k].text))
    first = marked[0][0].paras[marked[0][1]]
    for region, k in marked:
        said = by_level[_names(region, lslot)]
        # the level's words, not the cell's (beside sides: said alike by two competencies)
        own = len(set(said)) == 1 and (pslot is None or len(said) > 1)
        region.paras[k] = replace(region.paras[k], aside=own, describes=not own)
        if pslot is not None:  # over its side's list, as in a cell: no cell of its own
            after = doc.regions[doc.regions.index(region) + 1]
            after.paras.insert(0, region.paras.pop(k))
    doc.regions = [r for r in doc.regions if r.paras or not any(r is m for m, _ in marked)]
    return (
        f"{len(marked)} level headings stand over their level's title line "
        f"({clean(first.text)!r}, ...) and then its list: read as the level's description "
        "(the competency's, where the line differs from one competency to the next), not "
        "as statements",
        dict(first.source),
    )


def _sided_openings(
    regions: list[Region], lslot: str, cslot: str, pslot: str
) -> list[tuple[Region, int]]:
    """A level's one plain line, then its side's list ("Level A: ...", "Positive indicators").

    Under a level's heading, the line stands alone, and the next region is the same level
    under a side's name ("Positive indicators") holding a list: the line titles the level, as
    over a list with no side, however long (the side's name says where the list starts:
    Cambridge's level A line runs to 33 words). Two levels or more must be titled so.
    """
    out = []
    for k, r in enumerate(regions[:-1]):
        after = regions[k + 1]
        if (
            not r.in_table
            and r.labels
            and r.labels[-1].slot == lslot
            and _names(r, cslot) is not None
            and len(r.paras) == 1
            and _line(r.paras[0], most=_SIDED_MOST_WORDS)
            and after.labels[:-1] == r.labels
            and after.labels[-1:] != ()
            and after.labels[-1].slot == pslot
            and any(_listed(p) for p in after.paras)
        ):
            out.append((r, 0))
    return out if len({_names(r, lslot) for r, _ in out}) >= 2 else []


def title_column(
    doc: Document, regions: list[Region], head: list[str], *, beside: bool
) -> list[Region]:
    """A row per level: the cells under a column headed as the level's title, describing.

    ``regions`` are one table's cells, ``head`` its header's texts (empty for none) and
    ``beside`` whether another column is headed as the statements ("Behavioural indicators").
    Each cell of a column headed "Proficiency", "Summary" or "Overview" holding one plain line
    is that line, describing, under the cell's other labels (the header is no competency); a
    cell of the column holding more (a list) leaves the column as it is. The report says so
    once, however many tables have such a column (``doc.notes``).
    """
    names = [h for h in head[1:] if _HEADLINE.match(clean(h))]
    if not beside or len(names) != 1:
        return regions
    under = [r for r in regions if r.labels and clean(r.labels[-1].text) == clean(names[0])]
    if len(under) < 2 or not all(len(r.paras) == 1 and _line(r.paras[0]) for r in under):
        return regions
    for r in under:  # the line goes over the behaviours of its row, as in a column per level
        r.labels = r.labels[:-1]
        r.paras = [replace(r.paras[0], describes=True)]
        row = next(
            (x for x in regions if x.pair == r.pair and x is not r and x.labels == r.labels), None
        )
        if row is not None:
            row.paras.insert(0, r.paras[0])
    regions = [r for r in regions if not any(r is u for u in under) or not _joined(r, regions)]
    said = f"the {clean(names[0])!r} column holds each competency's own title for the level"
    for k, note in enumerate(doc.notes):
        if note[1].startswith(said):
            n = int(re.search(r"; in (\d+) tables?", note[1]).group(1)) + 1
            text = re.sub(r"; in \d+ tables?", f"; in {plural(n, 'table')}", note[1])
            doc.notes[k] = (note[0], text, *note[2:])
            return regions
    doc.notes.append(
        (
            "guess",
            f"{said} ({clean(under[0].paras[0].text)!r}, ...; in 1 tables, the first here): "
            "kept in each competency's description, not read as statements",
            0.7,
            dict(under[0].source),
        )
    )
    return regions


def _joined(region: Region, regions: list[Region]) -> bool:
    """Whether ``region``'s line now stands over the behaviours of its row (another region)."""
    line = region.paras[0]
    return any(p is line for x in regions if x is not region for p in x.paras)
