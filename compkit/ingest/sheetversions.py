"""Sheets repeating one header that hold other versions of the framework, not parts of it.

A matrix split over a sheet per cluster repeats its header on every sheet, each sheet naming
competencies of its own (:mod:`.sheetset` reads them as one table, a group a sheet). A workbook
may also keep two versions of one framework side by side -- a revised copy, a print layout
("Competencies", "print 2 pages"), or a track per sheet -- under the same header: the same
competencies, named alike, with other statements. Read as one table, a name on both sheets was
one competency holding both versions' statements. :func:`versions` keeps the first sheet and
each sheet naming competencies of its own, and sets aside a sheet that names two or more of an
earlier sheet's competencies with other statements under them; the report says which sheets,
and how to read one of them (``--sheet``). A competency repeated word for word on a later sheet
(listed under each category it serves) does not count: :mod:`.sheetset` reads it once.
"""

from __future__ import annotations

from .._words import some
from .blocks import clean

__all__ = ["versions"]


def _cells(draft) -> dict[str, frozenset]:
    """Each competency's statements as read from one sheet: (level, side, words) of each."""
    out: dict[str, set] = {}
    for s in draft.statements:
        words = " ".join(clean(s.text).casefold().split())
        out.setdefault(s.competency, set()).add((s.level, s.polarity, words))
    return {k: frozenset(v) for k, v in out.items()}


def versions(tables: list, read) -> tuple[list, str | None]:
    """``tables`` without the sheets holding other versions of an earlier one; the report's note.

    Parameters
    ----------
    tables : list of (Grid, int, dict)
        The sheets repeating one header, the best first, each with its header row and columns.
    read : callable
        Reads one sheet, ``read(grid, row, cols)``, into a draft of its own (not kept).

    Returns
    -------
    tuple
        The sheets to read, and the note saying which were set aside (None if none was).

    Examples
    --------
    >>> from compkit.ingest.draft import Draft, Statement
    >>> from compkit.ingest.report import IngestReport
    >>> from compkit.ingest.tables import Grid
    >>> def read(grid, row, cols):
    ...     draft = Draft(IngestReport("x"))
    ...     for comp, text in grid.rows:
    ...         draft.statements.append(Statement(draft.competency(comp), "1", text))
    ...     return draft
    >>> v6 = Grid("v6", [["Testing", "Writes unit tests."], ["Review", "Reviews with care."]])
    >>> v5 = Grid("v5", [["Testing", "Writes tests."], ["Review", "Reviews code."]])
    >>> other = Grid("People", [["Coaching", "Coaches."]])
    >>> kept, note = versions([(v6, 0, {}), (v5, 0, {}), (other, 0, {})], read)
    >>> [grid.name for grid, _, _ in kept]
    ['v6', 'People']
    >>> print(note)  # doctest: +ELLIPSIS
    sheet 'v5' names 2 of the competencies of sheet 'v6' ('Review', 'Testing') with other ...
    """
    if len(tables) < 2:
        return tables, None
    drafts = [read(g, r, c) for g, r, c in tables]
    cells = [_cells(d) for d in drafts]
    kept: list[int] = [0]
    apart: list[tuple[int, int, list[str]]] = []
    for j in range(1, len(tables)):
        for i in kept:
            other = [k for k in cells[i].keys() & cells[j].keys() if cells[i][k] != cells[j][k]]
            if len(other) >= 2:
                names = sorted(drafts[j].competencies[k].name for k in other)  # as printed
                apart.append((j, i, names))
                break
        else:
            kept.append(j)
    if not apart:
        return tables, None
    top = tables[0][0].name
    said = "; ".join(
        f"sheet {tables[j][0].name!r} names {len(names)} of the competencies of sheet "
        f"{tables[i][0].name!r} ({some(names)}) with other statements"
        for j, i, names in apart
    )
    note = (
        f"{said}: read as another version of the framework (a revised copy, a print layout or "
        f"another track), not part of it, and left out; sheet {top!r} read"
        + (" with the sheets naming competencies of their own" if len(kept) > 1 else "")
        + f"; give --sheet {tables[apart[0][0]][0].name!r} (sheet= in Python) to read "
        "another instead"
    )
    return [tables[k] for k in kept], note
