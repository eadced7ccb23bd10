"""An HTML table's header over two rows: a word spanning the level columns, their names below.

A skills matrix on a web page may head its level columns twice: "Skill" spanning two rows
(``rowspan="2"``) beside "Level" spanning the six level columns (``colspan="6"``), and the
level names ("L1" ... "L6") in the row below. Read as two rows, the first named no level
and the second stood as a row of the table: the levels went unseen and every name and
statement was read as one more statement of a single cell (18 read for 12). The two rows
are one header: each column is headed by its name in the second row, or, where a cell
spans down from the first, by that cell; the spanning word ("Level") says what the names
below it are and is quoted in the report.
"""

from __future__ import annotations

from .._words import some
from .blocks import clean
from .htmltree import span

__all__ = ["one_header"]

_MOST_WORDS = 4  # "Level", "Proficiency level": a word for the columns, not a statement


def _text(cell: dict) -> str:
    return clean(" ".join(b.text for b in cell.get("blocks", [])))


def one_header(rows: list[list[dict]]) -> tuple[list[list[dict]], str | None]:
    """The table's rows with a two-row header made one (see module); what to report, if any.

    Examples
    --------
    >>> from compkit.ingest.markup import Block
    >>> def cell(text, *, across=None, down=1):
    ...     return {"blocks": [Block(text, [1])], "line": 1, "span": across, "down": down}
    >>> blank = {"blocks": [], "line": 2, "span": None, "down": 1, "blank": True}
    >>> rows = [[cell("Skill", down=2), cell("Level", across="2")],
    ...         [blank, cell("L1"), cell("L2")],
    ...         [cell("Testing"), cell("Writes tests."), cell("Plans tests.")]]
    >>> out, said = one_header(rows)
    >>> [_text(c) for c in out[0]], len(out)
    (['Skill', 'L1', 'L2'], 2)
    >>> said
    "a header over two rows ('Level' over 'L1', 'L2') read as one: 'Level' names the columns"
    """
    if len(rows) < 3:
        return rows, None
    top, second = rows[0], rows[1]
    if any(c.get("blank") for c in top) or not any(span(c["span"]) >= 2 for c in top):
        return rows, None
    columns: list[dict | None] = []  # the top cell standing over each column
    over: list[dict] = []
    for c in top:
        if span(c["span"]) >= 2:
            if c["down"] != 1 or len(_text(c).split()) > _MOST_WORDS or not _text(c):
                return rows, None
            over.append(c)
            columns += [None] * span(c["span"])
        elif c["down"] == 2:
            columns.append(c)
        else:
            return rows, None  # a cell of one row beside the span: no two-row header
    placed: list[dict | None] = []
    for c in second:
        if span(c["span"]) != 1:
            return rows, None
        placed.append(c)
    if len(placed) != len(columns):
        return rows, None
    header = []
    for above, below in zip(columns, placed, strict=True):
        if above is not None:  # a cell spanning down: the blank below it stands for it
            if not (below or {}).get("blank"):
                return rows, None
            header.append({**above, "down": 1})
        elif below is None or below.get("blank") or not _text(below):
            return rows, None
        else:
            header.append(below)
    names = [_text(c) for c in placed if not c.get("blank")]
    words = some(_text(c) for c in over)
    said = f"a header over two rows ({words} over {some(names)}) read as one: {words} names the "
    said += "columns"
    return [header, *rows[2:]], said
