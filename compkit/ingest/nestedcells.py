"""A Word table cell holding a table of its own: its paragraphs read in place.

A publisher may lay a level's behaviours out as a small table inside the level's cell (a row
per behaviour, or behaviour | example). python-docx gives a cell's own paragraphs only, so the
nested table's text was silently lost and the cell, with nothing else in it, recorded as
undefined. :func:`cell_paragraphs` gives the cell's paragraphs and, where a table stands, that
table's paragraphs row by row (a merged cell once), as they read; the ingest report says once
that nested tables were read so.
"""

from __future__ import annotations

from .._words import plural

__all__ = ["cell_paragraphs"]

_SAID = "tables inside table cells read as their cells' paragraphs, row by row"


def _blocks(cell, found: list[int]) -> list:
    from docx.table import Table

    out = []
    for block in cell.iter_inner_content():
        if not isinstance(block, Table):
            out.append(block)
            continue
        found[0] += 1
        for row in block.rows:
            seen = set()
            for inner in row.cells:
                if id(inner._tc) not in seen:
                    seen.add(id(inner._tc))
                    out += _blocks(inner, found)
    return out


def cell_paragraphs(cell, notes: list, source: dict) -> list:
    """The paragraphs of a Word table cell, a nested table's among them in reading order.

    Parameters
    ----------
    cell : docx.table._Cell
        The cell.
    notes : list
        The document's notes (``Document.notes``): a nested table is said there, once.
    source : dict
        Where the cell stands, for the note.

    Returns
    -------
    list of docx.text.paragraph.Paragraph
    """
    found = [0]
    paras = _blocks(cell, found)
    if found[0]:
        for k, note in enumerate(notes):
            if note[1].startswith(_SAID):
                n = int(note[1].rsplit("(", 1)[1].split()[0]) + found[0]
                notes[k] = (note[0], f"{_SAID} ({plural(n, 'table')}, the first here)", *note[2:])
                return paras
        said = f"{_SAID} ({plural(found[0], 'table')}, the first here)"
        notes.append(("guess", said, 0.7, source))
    return paras
