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

__all__ = ["drop_blanks", "notes_below", "table_end"]


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


def drop_blanks(blanks: list[tuple[int, int, tuple]], draft: Draft) -> None:
    """Unsay blank cells of a competency whose other rows give that column statements.

    A name written once over rows listing its statements a row each ("Examples of positive
    manager behaviour | Examples of negative manager behaviour", HSE's indicator tool) leaves
    the shorter list's cells blank: the column is not empty for that competency. ``blanks``
    holds each blank cell's report note, its undefined record (-1: none) and its cell's key.
    """
    from dataclasses import replace

    held = {(s.competency, s.level, s.polarity) for s in draft.statements}
    cells = {key[:2] for key in held}  # a cell holding either side's statements is defined
    notes, undefined = set(), set()
    for n, u, key in blanks:
        if key in held:
            notes.add(n)
        elif u >= 0 and key[:2] in cells:  # "Seeking advice": no negative, positive ones
            text = draft.report.notes[n].message.replace(
                "recorded as undefined", "read as empty (the cell holds the other side's)"
            )
            draft.report.notes[n] = replace(draft.report.notes[n], message=text)
        else:
            continue
        undefined.add(u)
    draft.report.notes[:] = [x for k, x in enumerate(draft.report.notes) if k not in notes]
    draft.undefined[:] = [x for k, x in enumerate(draft.undefined) if k not in undefined]
