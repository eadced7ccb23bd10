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

from collections import Counter
from dataclasses import replace

import pandas as pd

from .blocks import clean
from .doctables import GENERIC, label_like, text_of
from .levelnames import level_score

__all__ = ["carried_header", "level_header", "reads_like", "repeated_names"]


def level_header(grid: list[list[dict]], marked=()) -> list[dict] | None:
    """The grid's first row when it names a level over every column but a corner.

    The corner may be blank or name the column of names ("Competency", "Skill").

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     return [{"paras": [Para(t, {})] if t else [], "source": {}} for t in texts]
    >>> head = level_header([row("", "Junior", "Senior"), row("A", "B", "C")])
    >>> [p.text for c in head for p in c["paras"]]
    ['Junior', 'Senior']
    >>> level_header([row("Role", "Purpose", "Scope"), row("A", "B", "C")]) is None
    True
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
    grid: list[list[dict]], before: list[list[dict]] | None, marked=(), notes: list | None = None
) -> list[list[dict]]:
    """``grid`` under the level header of ``before`` (the table just before it), when it has none.

    The grid must be the one before run on past a page: as wide, its own first row no header
    (of levels, or of one short line a cell), and its rows read like the rows before
    (:func:`reads_like`). A blank name cell in its first row continues the last name above.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     cells = [[Para(t, {}) for t in x.split("|") if t] for x in texts]
    ...     return [{"paras": paras, "source": {}} for paras in cells]
    >>> first = [row("", "Level 1", "Level 2"), row("Planning", "Plans work.", "Plans more.")]
    >>> notes = []
    >>> read = carried_header([row("", "Tracks work.", "Tracks more.")], first, notes=notes)
    >>> [[p.text for p in c["paras"]] for c in read[1]]
    [['Planning'], ['Tracks work.'], ['Tracks more.']]
    >>> [n[1] for n in notes]  # doctest: +NORMALIZE_WHITESPACE
    ['a table read under the level header of the table above',
     "a blank name cell at the top of a table read under 'Planning', the last name above"]
    >>> legend = [row("How we rate", "Evidence is one example.", "Your manager and a peer.")]
    >>> carried_header(legend, first) == legend  # rows of another kind: a table of its own
    True
    """
    above = level_header(before, marked) if before else None
    if above is None or not grid or level_header(grid, marked) is not None:
        return grid
    if len(grid[0]) != len(above) or all(_headlike(c) for c in grid[0]):
        return grid
    named = _names_column(above)
    if not reads_like(grid, before[1:], named=named):
        if notes is not None:
            said = "a table as wide as the grid of levels above not read under its header: "
            said += "its rows read otherwise (no names, or cells in another voice)"
            notes.append(("guess", said, 0.7, dict(grid[0][0]["source"])))
        return grid
    if notes is not None:
        where = dict(grid[0][0]["source"])
        notes.append(
            ("guess", "a table read under the level header of the table above", 0.7, where)
        )
    first = grid[0]
    last = next((r[0] for r in reversed(before[1:]) if r and text_of(r[0])), None)
    if named and last is not None and not text_of(first[0]) and any(map(text_of, first[1:])):
        name, where = text_of(last), dict(first[0]["source"])
        if notes is not None:
            said = (
                f"a blank name cell at the top of a table read under {name!r}, the last name above"
            )
            notes.append(("guess", said, 0.8, where))
        first = [{**last, "source": where}, *first[1:]]  # the competency continued
    return [above, first, *grid[1:]]


def _names_column(head: list[dict]) -> bool:
    """Whether a level header's corner stands over a column of names (blank or "Skill")."""
    corner = text_of(head[0])
    return not corner or bool(GENERIC.match(corner))


def reads_like(grid: list[list[dict]], rows: list[list[dict]], *, named: bool) -> bool:
    """Whether ``grid``'s rows read like ``rows``: its names names, its cells in their voice.

    With a column of names (``named``), each first cell is blank or a name (a label, no full
    stop); the paragraphs of the other cells must be in the voice most of ``rows``' are in
    ("Plans the work." in the holder's), half of them or more: a rating guide after a grid
    ("Evidence is one example.", "Your manager and a peer.") is no more of the grid.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     cells = [[Para(t, {}) for t in x.split("|") if t] for x in texts]
    ...     return [{"paras": paras, "source": {}} for paras in cells]
    >>> grid = [row("Planning", "Plans work.", "Plans more.")]
    >>> reads_like([row("", "Ships work.", "Ships more.")], grid, named=True)
    True
    >>> reads_like([row("Who rates", "Your manager.", "A panel.")], grid, named=True)
    False
    """
    lead = 1 if named else 0
    if named and not all(
        not text_of(r[0]) or (label_like(r[0]) and not text_of(r[0]).endswith(".")) for r in grid
    ):
        return False
    ours, theirs = _voices(grid, lead), _voices(rows, lead)
    if not ours or not theirs:
        return not ours
    most = Counter(theirs).most_common(1)[0][0]
    return 2 * ours.count(most) >= len(ours)


def _voices(rows: list[list[dict]], lead: int) -> list[str]:
    from ..checks.voice import voice

    texts = []
    for row in rows:
        full = [c for c in row[lead:] if text_of(c)]
        named = len(full) >= 2 and len({_head(c).casefold() for c in full}) == 1 and _head(full[0])
        for cell in full:  # a row's name at the head of every cell (.repeated_names): no voice
            paras = [p for p in cell["paras"] if clean(p.text)][1 if named else 0 :]
            texts += [clean(p.text) for p in paras]
    return voice(pd.Series(texts, dtype=object)).tolist() if texts else []


def _headlike(cell: dict) -> bool:
    """A cell a header row might hold: one short line, no sentence ("Role", "Description")."""
    paras = [p for p in cell["paras"] if clean(p.text)]
    text = text_of(cell)
    return len(paras) <= 1 and len(text.split()) <= 6 and not text.endswith(".")


def _head(cell: dict) -> str:
    paras = [p for p in cell["paras"] if clean(p.text)]
    return clean(paras[0].text) if len(paras) >= 2 else ""


def _stated(name: str, row: list[dict]) -> bool:
    """Whether a line repeated at the head of a row's cells reads as a statement, not a name.

    It does in the holder's (or the first or second person's) voice over two words or more
    ("Writes tests for their code"), or as long as the row's other lines.
    """
    from ..checks.voice import voice

    rest = [clean(p.text) for c in row for p in c["paras"][1:] if clean(p.text)]
    words = sorted(len(t.split()) for t in rest)
    if words and len(name.split()) >= words[len(words) // 2]:
        return True
    said = voice(pd.Series([name], dtype=object)).iloc[0]
    return len(name.split()) >= 2 and said in ("holder", "first", "second")


def repeated_names(
    grid: list[list[dict]], marked=(), notes: list | None = None, *, least: int = 2
) -> list[list[dict]]:
    """The grid with each row's name, repeated at the head of its cells, in a column of names.

    Every row holding text must open each of its cells that hold text (two or more) with the
    same short line (eight words at most, no full stop), in ``least`` rows or more; the header
    must name levels over every column (:func:`level_header`), with no corner for names. A
    line that reads as a statement (:func:`_stated`) names no row: the grid is kept as it is.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     return [{"paras": [Para(t, {}) for t in x.split("|")], "source": {}} for x in texts]
    >>> head = row("Junior", "Senior")
    >>> grid = [head, row("Testing|Writes tests.", "Testing|Sets the test strategy."),
    ...         row("Incidents|Joins the rota.", "Incidents|Leads incident reviews.")]
    >>> notes = []
    >>> [[p.text for c in r for p in c["paras"]] for r in repeated_names(grid, notes=notes)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Junior', 'Senior'], ['Testing', 'Writes tests.', 'Sets the test strategy.'],
     ['Incidents', 'Joins the rota.', 'Leads incident reviews.']]
    >>> notes[0][1]
    "names at the head of every cell of their rows read as the rows' names ('Testing', 'Incidents')"
    >>> same = "Writes tests for their code|"
    >>> said = [head, row(same + "Fixes bugs.", same + "Sets strategy."),
    ...         row("Follows the runbook|Joins the rota.", "Follows the runbook|Leads reviews.")]
    >>> repeated_names(said) is said  # a statement repeated at every level: no row's name
    True
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
    if any(n and _stated(n, row) for n, row in zip(names, grid[1:], strict=True)):
        if notes is not None:  # a statement repeated at every level ("Writes tests ..."): kept
            shown = ", ".join(repr(n) for n in names if n)
            said = f"lines at the head of every cell of their rows ({shown}) read as statements "
            notes.append(("guess", said + "at every level, not the rows' names", 0.7))
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
