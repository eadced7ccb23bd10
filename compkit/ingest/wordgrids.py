"""A Word grid of levels read whole: carried on past a page, and its rows named in every cell.

Two shapes of real documents, common in Word files converted from PDF or laid out page by
page. A grid of level columns split where a page ends into two or more tables, only the first
with the levels' header row, nothing but blank paragraphs between them: each table after the
first is read under the first's header (:func:`carried_header`), where it was read as a table
of nothing. And a grid with no names column whose every row opens each of its cells with the
same short line, the row's topic repeated under every level ("Databases" over the junior's,
the middle's and the senior's lists): that line is moved into a names column and names the
row (:func:`repeated_names`), where it was a statement at every level and every row fell into
one competency. Both are said in the report.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import clean
from .doctables import GENERIC, label_like, text_of
from .levelnames import level_score

__all__ = ["carried_header", "level_header", "repeated_names"]


def level_header(grid: list[list[dict]], marked=()) -> list[dict] | None:
    """The grid's first row when it names a level over every column but a corner.

    The corner may be blank or name the column of names ("Competency", "Skill").
    """
    if len(grid) < 2 or len(grid[0]) < 2 or not all(label_like(c) for c in grid[0]):
        return None
    texts = [text_of(c) for c in grid[0]]
    named = [t for k, t in enumerate(texts) if t and not (k == 0 and GENERIC.match(t))]
    if (
        len(named) < 2
        or texts[1:].count("")
        or not all(level_score(t, marked) >= 0.8 for t in named)
    ):
        return None
    return grid[0]


def carried_header(
    grid: list[list[dict]], above: list[dict] | None, marked=(), notes: list | None = None
) -> list[list[dict]]:
    """``grid`` under ``above`` (the level header of the table just before it), when it has none.

    The two tables must be as wide, and the grid's own first row no header (of levels, or of
    one short line a cell).
    """
    if above is None or not grid or level_header(grid, marked) is not None:
        return grid
    if len(grid[0]) != len(above) or all(_headlike(c) for c in grid[0]):
        return grid
    if notes is not None:
        where = dict(grid[0][0]["source"])
        notes.append(
            ("guess", "a table read under the level header of the table above", 0.7, where)
        )
    return [above, *grid]


def _headlike(cell: dict) -> bool:
    """A cell a header row might hold: one short line, no sentence ("Role", "Description")."""
    paras = [p for p in cell["paras"] if clean(p.text)]
    text = text_of(cell)
    return len(paras) <= 1 and len(text.split()) <= 6 and not text.endswith(".")


def _head(cell: dict) -> str:
    paras = [p for p in cell["paras"] if clean(p.text)]
    return clean(paras[0].text) if len(paras) >= 2 else ""


def repeated_names(
    grid: list[list[dict]], marked=(), notes: list | None = None, *, least: int = 2
) -> list[list[dict]]:
    """The grid with each row's name, repeated at the head of its cells, in a column of names.

    Every row holding text must open each of its cells that hold text (two or more) with the
    same short line (eight words at most, no full stop), in ``least`` rows or more; the header
    must name levels over every column (:func:`level_header`), with no corner for names.
    """
    head = level_header(grid, marked)
    if head is None or not text_of(head[0]):
        return grid
    names = []
    for row in grid[1:]:
        full = [c for c in row if text_of(c)]
        if not full:
            names.append("")
            continue
        heads = {_head(c).casefold() for c in full}
        name = _head(full[0])
        if len(full) < 2 or len(heads) != 1 or not name or len(name.split()) > 8:
            return grid
        if name.endswith((".", ";")):
            return grid
        names.append(name)
    if sum(bool(n) for n in names) < least:  # one row will do in a table run on past a page
        return grid
    corner = {"paras": [], "source": dict(head[0]["source"])}
    out = [[corner, *head]]
    for row, name in zip(grid[1:], names, strict=True):
        cells, heads = [], []
        for cell in row:
            paras = [p for p in cell["paras"] if clean(p.text)]
            if name and paras and clean(paras[0].text).casefold() == name.casefold():
                heads.append(paras.pop(0))
            cells.append({**cell, "paras": paras})
        key = " ".join(p.key for p in heads if p.key)  # the name read once, from every cell
        label = [replace(heads[0], key=key, number=None, bullet=False, depth=0)] if heads else []
        source = dict(heads[0].source) if heads else {}
        out.append([{"paras": label, "source": source}, *cells])
    if notes is not None:
        shown = ", ".join(repr(n) for n in names if n)
        notes.append(
            (
                "guess",
                f"names at the head of every cell of their rows read as the rows' names ({shown})",
                0.7,
            )
        )
    return out
