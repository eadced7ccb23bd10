"""Cells of a sheet's table that a workbook broke: formula errors, and dates standing as levels.

Two faults a spreadsheet program leaves in a user's workbook read as text that is no part of
the framework:

- *A formula's error* (``#REF!``, ``#N/A``, ``#VALUE!`` ...): a lookup whose source moved,
  saved as the error Excel shows. Read as text it became a statement ("#REF!") of its cell.
- *A date where a level's name stands*: Excel turns a level typed "1-2" or "Mar 4" into a
  date, which reads back as ``2024-03-04 00:00:00``. In the header it became a column read as
  no level (its statements left out); in a long sheet's level column, a level of its own.

Both are refused in one line naming the sheet, the cell, what is there and what was expected,
and how to mend it (:func:`refuse_faults`). A date anywhere else (a "Reviewed" column) and an
error outside the table read (a side sheet's sums) are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from .._words import plural
from .limits import IngestError
from .tables import Grid

__all__ = ["refuse_faults"]

#: Excel's and LibreOffice's error values, as a cell saves them
_ERROR = re.compile(
    r"^#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!"
    r"|BUSY!|UNKNOWN!|GETTING_DATA)$"
)
#: A date cell as the workbook reader gives it
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")


def _at(grid: Grid, row: int, col: int) -> str:
    where = grid.where(row, col)
    if grid.name:
        return f"sheet {grid.name!r}, cell {where['cell']}"
    return f"line {row + 1}, cell {col + 1}"


def refuse_faults(path: Path, grid: Grid, row: int, cols: dict) -> None:
    """Refuse a table holding a formula's error, or a date where a level's name belongs.

    Parameters
    ----------
    path : Path
        The file, for the message.
    grid : Grid
        The sheet read.
    row : int
        Its header row.
    cols : dict
        The columns found in the header (``level``, ``_levels`` ...).

    Raises
    ------
    IngestError
        Naming the cell, its value and what was expected.

    Examples
    --------
    >>> grid = Grid("Skills", [["Skill", "Level 1"], ["Testing", "#REF!"]])
    >>> refuse_faults(Path("s.xlsx"), grid, 0, {"competency": 0, "_levels": [1]})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: s.xlsx: sheet 'Skills', cell B2 holds Excel's error \
#REF! (a formula that failed) where text was expected; correct the formula, or copy the cells \
and paste them as values
    >>> grid = Grid("", [["Skill", "Level 1"], ["Testing", "Runs tests", " daily."]], csv=True)
    >>> refuse_faults(Path("s.csv"), grid, 0, {"competency": 0, "_levels": [1]})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: s.csv: line 2 has text in 1 cell past the header's 2 \
columns ('daily.'): a comma (or the file's delimiter) inside a cell that is not quoted splits \
it; expected 2 cells a row: put each cell holding the delimiter in double quotes
    """
    errors = [
        (r, c, v)
        for r, cells in enumerate(grid.rows[row:], row)
        for c, v in enumerate(cells)
        if _ERROR.match(v.strip())
    ]
    if errors:
        r, c, v = errors[0]
        more = f" ({len(errors)} such cells)" if len(errors) > 1 else ""
        raise IngestError(
            path,
            f"{_at(grid, r, c)} holds Excel's error {v.strip()} (a formula that failed){more} "
            "where text was expected; correct the formula, or copy the cells and paste them "
            "as values",
        )
    header = grid.rows[row]
    if grid.csv:
        _refuse_spilled(path, grid, row)
    named = [header[c] for c in cols.get("_levels", []) if c < len(header)]
    dates = [(row, c) for c, v in enumerate(header) if _DATE.match(v.strip())] if named else []
    if "level" in cols:
        level = cols["level"]
        body = enumerate(grid.rows[row + 1 :], row + 1)
        dates += [(r, level) for r, cells in body if _DATE.match(_cell(cells, level))]
    if dates:
        r, c = dates[0]
        day = _DATE.match(grid.rows[r][c].strip()).group(1)
        beside = f" beside {', '.join(map(repr, named[:3]))}" if r == row and named else ""
        raise IngestError(
            path,
            f"{_at(grid, r, c)} holds a date ({day}) where a level's name was expected{beside}; "
            "a spreadsheet turns a name such as '1-2' or 'Mar 4' into a date: format the cell "
            "as text and type the level's name again",
        )


def _refuse_spilled(path: Path, grid: Grid, row: int) -> None:
    """Refuse a CSV row holding text beyond the header's last column: a delimiter not quoted.

    A row whose only text stands past the header ("Exported 2019-10-02") is a note, read as
    such elsewhere.
    """
    width = max((c + 1 for c, v in enumerate(grid.rows[row]) if v.strip()), default=0)
    for r, cells in enumerate(grid.rows[row + 1 :], row + 1):
        beyond = [v for v in cells[width:] if v.strip()]
        if width and beyond and any(v.strip() for v in cells[:width]):  # not a note past it
            raise IngestError(
                path,
                f"line {r + 1} has text in {plural(len(beyond), 'cell')} past the header's "
                f"{width} columns ({beyond[0].strip()[:40]!r}): a "
                "comma (or the file's delimiter) inside a cell that is not quoted splits it; "
                f"expected {width} cells a row: put each cell holding the delimiter in double "
                "quotes",
            )


def _cell(cells: list[str], col: int) -> str:
    return cells[col].strip() if col < len(cells) else ""
