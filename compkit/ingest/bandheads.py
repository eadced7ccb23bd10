"""A Word table's header over two rows: bands merged over pairs of level columns, names below.

EntreComp prints each competence's progression as a table whose first header row groups the
eight levels into four bands ("Foundation" merged over "Discover" and "Explore",
"Intermediate" over "Experiment" and "Dare", ...), with "Thread" merged down over both rows
beside them. Word's reader gives the first row one cell per band: read by position, the four
bands headed the first four columns and the eight level names became a row of statements.
A web page's two-row header is read as one (:mod:`.spanheads`), and so is a Word table's
header with one word merged over all its level columns (:mod:`.mergedheads`);
:func:`band_header` reads the bands' case: every first-row cell either stands merged down
(the same text in both rows) or spans several named cells of the second row, two bands at
least. The second row heads the columns; the bands, which name no column of their own, are
reported as a web page's are.
"""

from __future__ import annotations

from .._words import some
from .blocks import Document, clean

__all__ = ["band_header"]

_MOST_NAME_WORDS = 12


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def band_header(doc: Document, grid: list[list[dict]]) -> list[list[dict]]:
    """The grid with a banded two-row header made one (see module), said once in the notes.

    ``span`` in a cell (Word's reader sets it) is how many grid columns it covers.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para
    >>> def c(text, span=1):
    ...     return {"paras": [Para(text, {}, key=text)], "source": {}, "span": span}
    >>> grid = [[c("Thread"), c("Foundation", 2), c("Advanced", 2)],
    ...         [c("Thread"), c("Discover"), c("Explore"), c("Improve"), c("Expand")],
    ...         [c("Budget"), c("a."), c("b."), c("c."), c("d.")]]
    >>> doc = Document([])
    >>> [_text(x) for x in band_header(doc, grid)[0]]
    ['Thread', 'Discover', 'Explore', 'Improve', 'Expand']
    >>> print(doc.notes[0][1])  # doctest: +NORMALIZE_WHITESPACE
    a header over two rows ('Foundation', 'Advanced' over 'Discover', 'Explore', 'Improve', ...)
    read as one: 'Foundation', 'Advanced' name bands of columns, not columns
    """
    if len(grid) < 3:
        return grid
    top, second = grid[0], grid[1]
    spans = [int(cell.get("span", 1)) for cell in top]
    if sum(spans) != len(second) or len(top) == len(second):
        return grid
    bands, at = [], 0
    for cell, span in zip(top, spans, strict=True):
        below = second[at : at + span]
        at += span
        if span == 1 and _text(below[0]) == _text(cell):
            continue  # merged down over both rows: "Thread"
        names = [_text(b) for b in below]
        if span < 2 or not _text(cell) or not all(names):
            return grid
        if any(len(n.split()) > _MOST_NAME_WORDS for n in names):
            return grid
        bands.append(_text(cell))
    if len(bands) < 2:
        return grid  # one word over all the level columns: see .mergedheads
    named = [_text(b) for b in second if _text(b) not in {_text(c) for c in top}]
    said = (
        f"a header over two rows ({some(bands)} over {some(named)}) read as one: "
        f"{some(bands)} name bands of columns, not columns"
    )
    doc.notes.append(("guess", said, 0.7))  # said once with its count: see .documents
    return [second, *grid[2:]]
