"""A wide sheet's row whose level cells are blank, its statements in the description column.

A framework may define some competencies at no level of its scale: the UK Government's DDaT
capability framework gives 22 leadership skills to one role each, and its skills download
leaves their Awareness … Expert cells blank and writes their statements in the "Skill
Description" cell, opening with the stem the level cells open with ("You can:" over "- "
lines), then "Examples of leadership using this skill:" over a list of examples. Read as a
description, the row held no statement and the skill was left out. :func:`described_row` reads
such a cell's stem and its list as the competency's statements at "All levels" (no level of the
scale), and sets the lists after it, each under its own line closed by a colon, aside in the
report with their lines. A description cell not opening with a stem that opens two or more
level cells of the sheet is a description, as before.
"""

from __future__ import annotations

from .._words import plural
from .blocks import clean, marker
from .cells import cell_paras, split_cell
from .draft import Draft, Statement
from .tables import Grid
from .tables import at as _at

__all__ = ["described_end", "described_row", "report_described"]


def _head(lines: list[str]) -> tuple[list[str], list[str]]:
    """The stem's lines and its list, and the lines from the next line closed by a colon."""
    for k in range(2, len(lines)):
        if clean(lines[k]).endswith(":") and not any(marker(clean(lines[k]))[:2]):
            return lines[:k], lines[k:]
    return lines, []


def _opens_with_stem(text: str, stems: dict) -> bool:
    """Whether a cell opens with a stem (over list items) that opens two or more level cells."""
    lines = [clean(x) for x in text.split("\n") if clean(x)]
    if len(lines) < 2 or not lines[0].endswith(":") or not any(marker(lines[1])[:2]):
        return False
    return stems.get(lines[0].rstrip(":").rstrip().casefold(), ("", 0))[1] >= 2


def described_end(grid: Grid, end: int, cols: dict, stems: dict) -> int:
    """The table's last row, counting rows below ``end`` whose description opens with a stem.

    Rows after the last with a level cell filled are read as notes below the table; a row
    holding its statements in the description column (:func:`described_row`) is the table's.
    """
    col = cols.get("description")
    if col is None:
        return end
    rows = [
        r
        for r in range(end + 1, len(grid.rows))
        if col < len(grid.rows[r]) and _opens_with_stem(str(grid.rows[r][col] or ""), stems)
    ]
    return rows[-1] if rows else end


def described_row(
    grid: Grid, r: int, cols: dict, level_cols: list[int], ckey: str, draft: Draft, stems: dict
) -> bool:
    r"""Read a row's statements from its description cell when its level cells are all blank.

    The cell must open with a stem (a line closed by a colon over list items) that opens two or
    more of the sheet's level cells (``stems``, from :func:`.sheetstems.sheet_stems`). Returns
    whether the row was read so.

    Examples
    --------
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "Description", "Working"],
    ...         ["Strategy", "You can:\n- set direction\nExamples:\n- a plan", ""]]
    >>> draft = Draft(IngestReport("x.csv", "wide"))
    >>> ckey = draft.competency("Strategy", {})
    >>> described_row(Grid("x.csv", rows), 1, {"description": 1}, [2], ckey, draft,
    ...               {"you can": ("You can:", 3)})
    True
    >>> [(s.text, draft.levels[s.level].name) for s in draft.statements]
    [('set direction', 'All levels')]
    """
    col = cols.get("description")
    cells = grid.rows[r]
    if col is None or any(_at(cells, c) for c in level_cols):
        return False
    lines = [x for x in str(cells[col] or "").split("\n") if clean(x)] if col < len(cells) else []
    if not _opens_with_stem("\n".join(lines), stems):
        return False
    head, rest = _head(lines)
    src = grid.where(r, col)
    items, stem, _ = split_cell(cell_paras("\n".join(head), src, f"{r}:{col}"), leads=True)
    if stem is None or not items:
        return False
    lkey = draft.level("All levels")
    draft.stems.append((ckey, lkey, clean(stem.text), src))
    for item in items:
        draft.statement(
            Statement(ckey, lkey, item.text, "effective", item.numbers, dict(src), note=item.note)
        )
    if rest:
        name = draft.competencies[ckey].name
        draft.report.add(
            "unused",
            f"cell {src.get('cell')} ({name}): {clean(rest[0])!r} and "
            f"{plural(len(rest) - 1, 'line')} under it after the statements, not read",
            0.6,
            src,
        )
    return True


def report_described(rows: list[str], draft: Draft) -> None:
    """Say once which rows were read from their description column, if any."""
    if rows:
        draft.report.add(
            "guess",
            f"{plural(len(rows), 'row')} with every level cell blank ("
            + ", ".join(repr(x) for x in rows[:3])
            + (", ..." if len(rows) > 3 else "")
            + ") hold their statements in the description column, opening with the stem the "
            "level cells open with: read at 'All levels', the rest of each cell reported",
            0.7,
        )
