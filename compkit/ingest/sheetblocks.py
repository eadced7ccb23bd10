"""A sheet of competency blocks: a name row over the levels' header, repeated down the sheet.

A competency dictionary kept in Excel often prints one small table per competency on one
sheet: the competency's name (and what it means, in the next cell) on a row of its own, then
the levels' header ("Proficiency level | Level 1: Basic/entry | Level 2: Intermediate | Level
3: Advanced (Expert)"), then the statements, one row each, under their level; a blank row; the
next name, the same header again (the EDISON project's DARE competency checklist). Read as one
table, the header's first cell ("Proficiency level") was taken for a level column and the
sheet refused, or a name row and the headers below read as statements.

:func:`find_blocks` finds such a sheet: a header row whose first cell labels the row and
whose other cells name two or more levels, printed again, cell for cell, above two or more
blocks, each with a row above it holding a name in its first cell alone (or a name and one
text beside it), the first column blank under each header (names down it are a table whose
header repeats on every printed page). :func:`block_table` gives the sheet back as one wide
table, row for row and cell for cell (each statement where it stands): the first header reads
"Competency", each block's name stands in the first cell of its statement rows, and the
repeated headers and the name rows are blank; :func:`declare_blocks` declares each
competency at its own name row, its description the text beside its name, before the table
is read.

A long table stacked so ("Mobile" on a row alone over "Level | Behaviours", a row a level; the
next competency's name and the same header further down: a table per competency saved as one
CSV, Medium's Snowflake) is found alike, its blocks each under a name standing alone; it is
given back as one long table, the block's name in a column "Competency" after the others.
"""

from __future__ import annotations

from dataclasses import replace

from .._words import plural
from .blocks import clean
from .draft import Draft
from .levelnames import level_score
from .tables import Grid, find_columns

__all__ = ["block_table", "declare_blocks", "find_blocks"]


def _key(cells: list) -> tuple[str, ...]:
    texts = [clean(str(c or "")).casefold() for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _name_row(grid: Grid, header: int, floor: int, alone: bool = False) -> int | None:
    """The row naming the block under it: the nearest non-blank row above, past ``floor``.

    ``alone``: the name stands alone on its row (a long block's rows hold two cells too).
    """
    for r in range(header - 1, floor, -1):
        texts = [clean(str(c or "")) for c in grid.rows[r]]
        if not any(texts):
            continue
        filled = [i for i, t in enumerate(texts) if t]
        return r if texts[0] and len(filled) <= 2 - alone and filled[-1] <= 1 else None
    return None


def find_blocks(grid: Grid, row: int) -> list[tuple[int, int, int]] | None:
    """Each block's (name row, header row, end) when the header ``row`` repeats over blocks.

    Examples
    --------
    >>> head = ["Proficiency level", "Level 1", "Level 2"]
    >>> rows = [["Coding", "Writing programs."], head, ["", "Writes code.", "Designs code."],
    ...         [], ["Testing"], head, ["", "Runs tests.", "Plans tests."]]
    >>> find_blocks(Grid("S", rows), 1)
    [(0, 1, 4), (4, 5, 7)]
    >>> find_blocks(Grid("S", rows[:4]), 1) is None  # one block: a table with a title line
    True
    >>> named = [r[:] for r in rows]
    >>> named[6][0] = "Testing"  # names down the first column: a header printed per page
    >>> find_blocks(Grid("S", named), 1) is None
    True
    """
    key = _key(grid.rows[row])
    levels = [t for t in key[1:] if t]
    long = _long(key)
    if not long and (
        not key or not key[0] or len(levels) < 2 or any(level_score(t) <= 0 for t in levels)
    ):
        return None
    headers = [r for r in range(row, len(grid.rows)) if _key(grid.rows[r]) == key]
    if len(headers) < 2:
        return None
    names, floor = [], -1
    for h in headers:
        name = _name_row(grid, h, floor, alone=long)
        if name is None:
            return None
        names.append(name)
        floor = h
    blocks = list(zip(names, headers, [*names[1:], len(grid.rows)], strict=True))
    for _, h, end in [] if long else blocks:  # a name down the first column: a header per page
        if any(clean(str(grid.rows[r][0] or "")) for r in range(h + 1, end) if grid.rows[r]):
            return None
    return blocks


def block_table(grid: Grid, row: int, blocks: list[tuple[int, int, int]]) -> Grid:
    """The sheet as one wide table, row for row and cell for cell.

    Examples
    --------
    >>> head = ["Proficiency level", "Level 1", "Level 2"]
    >>> rows = [["Coding", "Writing programs."], head, ["", "Writes code.", "Designs code."],
    ...         [], ["Testing"], head, ["", "Runs tests.", "Plans tests."]]
    >>> wide = block_table(Grid("S", rows), 1, find_blocks(Grid("S", rows), 1))
    >>> [r[:2] for r in wide.rows]  # doctest: +NORMALIZE_WHITESPACE
    [['', ''], ['Competency', 'Level 1'], ['Coding', 'Writes code.'], [], [''],
     ['', ''], ['Testing', 'Runs tests.']]
    """
    width = len(_key(grid.rows[row]))
    if _long(_key(grid.rows[row])):
        return _long_table(grid, row, blocks, width)
    rows = [list(cells) for cells in grid.rows]
    for name, h, end in blocks:
        label = clean(str(rows[name][0]))
        for r in range(h + 1, end):
            if any(clean(str(c or "")) for c in rows[r][1:width]):
                rows[r][0] = label
        rows[name] = [""] * len(rows[name])
        rows[h] = [""] * len(rows[h])
    rows[row] = ["Competency", *grid.rows[row][1:]]
    return replace(grid, rows=rows)


def _long(key: tuple[str, ...]) -> bool:
    """Whether a header is a long block's: a level column and a statement column, no name's.

    Examples
    --------
    >>> _long(("level", "behaviours")), _long(("proficiency level", "level 1", "level 2"))
    (True, False)
    """
    cols = find_columns(list(key), {})
    return {"level", "text"} <= cols.keys() and "competency" not in cols


def _long_table(grid: Grid, row: int, blocks: list[tuple[int, int, int]], width: int) -> Grid:
    """The long blocks as one long table, each block's name in a last column, "Competency".

    Examples
    --------
    >>> head = ["Level", "Behaviours"]
    >>> rows = [["Mobile"], head, ["Milestone 1", "Ships."], [], ["Web"], head, ["M1", "Fixes."]]
    >>> long = block_table(Grid("S", rows), 1, find_blocks(Grid("S", rows), 1))
    >>> [r for r in long.rows if any(r)]  # doctest: +NORMALIZE_WHITESPACE
    [['Level', 'Behaviours', 'Competency'], ['Milestone 1', 'Ships.', 'Mobile'],
     ['M1', 'Fixes.', 'Web']]
    """
    rows = [[*cells[:width], *[""] * (width - len(cells[:width])), ""] for cells in grid.rows]
    for name, h, end in blocks:
        label = clean(str(grid.rows[name][0]))
        for r in range(h + 1, end):
            if any(clean(str(c or "")) for c in rows[r]):
                rows[r][width] = label
        rows[name] = [""] * (width + 1)
        rows[h] = [""] * (width + 1)
    rows[row] = [*grid.rows[row][:width], "Competency"]
    return replace(grid, rows=rows)


def declare_blocks(grid: Grid, row: int, blocks: list[tuple[int, int, int]], draft: Draft) -> None:
    """Declare each block's competency at its name row, the text beside it its description."""
    for name, _, _ in blocks:
        cells = grid.rows[name]
        ckey = draft.competency(clean(str(cells[0])), grid.where(name, 0))
        said = clean(str(cells[1] or "")) if len(cells) > 1 else ""
        if said:
            draft.describe(ckey, said, grid.where(name, 1))
    head = [clean(str(c or "")) for c in grid.rows[row]]
    draft.report.add(
        "guess",
        f"{plural(len(blocks), 'block')}, each under its own name row, repeat the header "
        f"{' | '.join(t for t in head if t)!r}: read as one table, a competency a block, the "
        "text beside a name its description",
        0.7,
        grid.where(row, 0),
    )
