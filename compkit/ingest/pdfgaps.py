"""Where a PDF table cell's paragraphs end, told by the extra space set above a paragraph.

A web page's table printed by a browser keeps no space at a wrapped line's end (the sign
:mod:`compkit.ingest.pdfwraps` reads), but where the page sets its cells' paragraphs apart
(``p {margin: 0 0 4px 0}``), and where a word processor sets space after a paragraph, the
step from a paragraph's last line down to the next paragraph's first is longer than the
step between a paragraph's lines. The layout text a table is read from keeps no such small
gap, so :func:`line_tops` keeps, for each page, where each of its plain text lines stands
(its baseline), and :func:`cell_gaps` reads a table's cells by the steps between their lines:

- the table's line step is the commonest step between two lines of one cell on one page;
- a step longer than it by more than a point and a tenth of it is a gap;
- the gaps are trusted only where three or more of them, and three in four, agree (within a
  point of their middle one): a table's paragraph spacing is one setting, while a stray
  longer step (a superscript, a line in a larger font) is not repeated alike, and tells
  nothing.

Where the gaps are trusted, a line under a gap opens a paragraph and a line under the
ordinary step goes on with the one above ("your team uses." / "follow coding conventions":
two statements, though the second opens in lower case; "... a fair amount as you gain
experience. Given a" / "todo list application": one). Where they are not, nothing is told.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from .blocks import clean

__all__ = ["cell_gaps", "line_top", "line_tops"]


def line_tops(lines: list[str], ys: list) -> dict[str, tuple[float, ...]]:
    """Each of a page's plain text lines (cleaned): where it stands (its baselines, in points).

    A text met several times on the page has each of its places, highest first; one whose
    place is not known has none.

    Examples
    --------
    >>> line_tops(["Plans the ", "team's work", "and", "and"], [500.0, 486.0, 300.0, 470.0])
    {'Plans the': (500.0,), "team's work": (486.0,), 'and': (470.0, 300.0)}
    """
    out: dict[str, list[float]] = {}
    for line, y in zip(lines, ys, strict=False):
        key = clean(line)
        if key:
            out.setdefault(key, [])
            if isinstance(y, (int, float)):
                out[key].append(float(y))
    return {key: tuple(sorted(found, reverse=True)) for key, found in out.items()}


def line_top(places: tuple[float, ...], above: float | None, line: float) -> float | None:
    """Where a cell's line stands: its one place, or the one a line step below ``above``.

    A text met several times on a page ("improve" in two columns) stands where the step down
    from the line above is nearest the table's ``line`` step, within two steps.

    Examples
    --------
    >>> line_top((404.5, 401.5), 415.7, 14.25), line_top((404.5, 401.5), None, 14.25)
    (401.5, None)
    >>> line_top((470.0,), None, 14.0), line_top((), 486.0, 14.0)
    (470.0, None)
    """
    if len(places) == 1:
        return places[0]
    steps = [
        (abs(above - y - line), y)
        for y in places
        if above is not None and 0 < above - y <= 2 * line
    ]
    return min(steps)[1] if steps else None


def cell_gaps(cells: list[list]) -> list[list[bool | None]] | None:
    """Each cell's lines: whether a gap stands above the line (None: not told).

    ``cells`` gives each body cell's lines' baselines (None where not known; lines on one
    page only: a line on the next page has no step to the one above), or for each line the
    tuple of the places its text stands on the page (see :func:`line_top`). Returns None
    when the table's gaps are not trusted (see the module's description).

    Examples
    --------
    >>> cells = [[500, 486, 469, 455], [500, 483, 469], [500, 486, 472, 455, 441]]
    >>> cell_gaps(cells)
    [[None, False, True, False], [None, True, False], [None, False, False, True, False]]
    >>> cell_gaps([[500, 486, 472], [500, 486, 469]]) is None  # one longer step: not told
    True
    >>> cell_gaps([*cells, [500, 478, 464]])[-1]  # a stray step among the gaps tells nothing
    [None, None, False]
    """
    cells = [[_places(y) for y in c] for c in cells]
    one = [[y[0] if len(y) == 1 else None for y in c] for c in cells]
    known = [s for c in one for a, b in pairwise(c) if (s := _step(a, b)) is not None]
    if len(known) < 4:
        return None
    line = Counter(round(s, 1) for s in known).most_common(1)[0][0]
    resolved = []
    for c in cells:  # a text met twice on the page: the place a line step below the one above
        ys: list[float | None] = []
        for k, places in enumerate(c):
            ys.append(line_top(places, ys[-1] if k else None, line))
        resolved.append(ys)
    steps = [[_step(a, b) for a, b in pairwise(c)] for c in resolved]
    # a step of more than three lines is no step within a paragraph spacing: not told
    steps = [[s if s is not None and s <= 3 * line else None for s in row] for row in steps]
    wide = [s for row in steps for s in row if s is not None and s > line + 1 + line / 10]
    if len(wide) < 3:
        return None  # too few to trust
    middle = sorted(wide)[len(wide) // 2]
    if 4 * sum(abs(s - middle) <= 1 for s in wide) < 3 * len(wide):
        return None  # gaps of several sizes: no one paragraph spacing
    return [[None, *(_gap(s, line, middle) for s in row)] for row in steps]


def _places(y) -> tuple[float, ...]:
    """A line's places: a tuple as given, a baseline alone, or none."""
    if isinstance(y, tuple):
        return y
    return () if y is None else (float(y),)


def _step(above: float | None, below: float | None) -> float | None:
    """The step down from one line to the next (None: not known, or not down)."""
    if above is None or below is None or above <= below:
        return None
    return above - below


def _gap(step: float | None, line: float, middle: float) -> bool | None:
    """Whether a step is the table's gap (True), its line step (False) or neither (None)."""
    if step is None:
        return None
    if abs(step - middle) <= 1:
        return True
    return False if step <= line + 1 + line / 10 else None
