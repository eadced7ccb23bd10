"""Notes a publisher sets below a sheet's table: a legend, a source line, a footnote.

A publisher's matrix often ends with lines of its own under the last row ("Legend: e-1 to e-5
relate to EQF levels 3 to 8.", "Source: CEN CWA 16234-1:2014", "Note: the CEFR level is given
above the ALTE level."), written in the first cell with the table's other cells blank. Read as
rows, each would be a competency (or a level) with every cell blank. :func:`table_end` finds
the table's last row that holds statements; :func:`notes_below` reports the lines below it.
"""

from __future__ import annotations

from .blocks import clean
from .draft import Draft
from .tables import Grid
from .tables import at as _at

__all__ = ["notes_below", "table_end"]


def table_end(grid: Grid, row: int, cells: list[int]) -> int:
    """The last row below the header ``row`` with text in one of the columns ``cells``.

    Examples
    --------
    >>> rows = [["Skill", "Novice", "Expert"], ["Coding", "Writes.", "Leads."], ["Source: us"]]
    >>> table_end(Grid("", rows), 0, [1, 2])
    1
    """
    filled = [r for r in range(row + 1, len(grid.rows)) if any(_at(grid.rows[r], c) for c in cells)]
    return filled[-1] if filled else len(grid.rows) - 1


def notes_below(grid: Grid, end: int, draft: Draft) -> None:
    """Report each line below the table's last row ``end``: in no statement, name or level."""
    for r in range(end + 1, len(grid.rows)):
        shown = " | ".join(clean(c) for c in grid.rows[r] if clean(c))
        if shown:
            draft.report.add(
                "unused",
                f"{shown[:80]!r}{'...' if len(shown) > 80 else ''} (below the table) is in no "
                "statement, name or level",
                0.5,
                grid.where(r, 0),
            )
