"""A Word table's header over two rows: a word merged over the level columns, their names below.

A skills matrix in Word may head its level columns twice: "Skill" merged down over two rows
beside "Level" merged across the level columns, and the level names ("L1" ... "L6") in the
row below. Word's reader gives the first row two cells ("Skill", "Level") and the second the
merged "Skill" again beside the names: read as a header and a body row, the level names were
statements and the levels went unseen (18 read in one cell for 12). The two rows are one
header, as a web page's are (:mod:`.spanheads`): the cells merged down stand over their column,
the word merged across ("Level") says what the names below it are, and is reported.
"""

from __future__ import annotations

from .._words import some
from .blocks import Document, clean

__all__ = ["merged_header"]

_MOST_WORDS = 4  # "Level", "Proficiency level": a word for the columns, not a statement
_MOST_NAME_WORDS = 12


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _name(cell: dict) -> bool:
    text = _text(cell)
    return bool(text) and len(cell["paras"]) <= 2 and len(text.split()) <= _MOST_NAME_WORDS


def merged_header(doc: Document, grid: list[list[dict]]) -> list[list[dict]]:
    """The grid with a two-row header made one (see module), reported in ``doc.notes``.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para
    >>> def c(text):
    ...     return {"paras": [Para(text, {}, key=text)], "source": {}}
    >>> grid = [[c("Skill"), c("Level")], [c("Skill"), c("L1"), c("L2")],
    ...         [c("Testing"), c("Writes tests."), c("Plans tests.")]]
    >>> doc = Document([])
    >>> [[_text(x) for x in row] for row in merged_header(doc, grid)]
    [['Skill', 'L1', 'L2'], ['Testing', 'Writes tests.', 'Plans tests.']]
    >>> print(doc.notes[0][1])
    a header over two rows ('Level' merged over 'L1', 'L2') read as one: 'Level' names the columns
    """
    if len(grid) < 3 or not 2 <= len(grid[0]) < len(grid[1]):
        return grid  # one cell across the table is its title (see .doctables), no header
    top, second = grid[0], grid[1]
    before = 0  # cells merged down: the same text at the same place in both rows
    while before < len(top) and _text(top[before]) == _text(second[before]):
        before += 1
    after = 0
    while after < len(top) - before - 1 and _text(top[-1 - after]) == _text(second[-1 - after]):
        after += 1
    if before + after != len(top) - 1 or not all(_text(c) for c in top):
        return grid
    over = top[before]
    below = second[before : len(second) - after]
    if len(_text(over).split()) > _MOST_WORDS or len(below) < 2 or not all(map(_name, below)):
        return grid
    if any(_text(c) == _text(over) for c in below):
        return grid
    for cell in top:  # the merged word and the first copies of the cells merged down
        for p in cell["paras"]:
            doc.all_keys.pop(p.key, None)
    words = repr(_text(over))
    said = f"a header over two rows ({words} merged over {some(_text(c) for c in below)}) read "
    doc.notes.append(("guess", f"{said}as one: {words} names the columns", 0.8))
    return grid[1:]
