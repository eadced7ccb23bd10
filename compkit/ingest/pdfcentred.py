"""A PDF table's header cells centred over their columns: the columns' starts from the body.

A web browser centres a table's header cells (``<th>``) by default and sets the body's text
from its column's left edge: in pypdf's layout text a wide column's header stands well right
of where its cells start ("Proficiency" at 12 over names at 9, "Description" at 50 over text
at 31). Read by the header's starts, each cell's text fell into the column before it (a
level's name beside its score, its description under "Proficiency Level").
:func:`body_starts` moves a header cell's start left to where the body's lines start text
between the cell before it and this one, when they do so at one place, line after line.
:func:`label_columns` finds the columns of row names left of a header naming only the level
columns, and takes none for the first column's own text under a header cell centred over it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from .pdfcaptions import continued
from .pdfheadlines import segments
from .pdfheads import heading_like

__all__ = ["body_starts", "label_columns"]

_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # a piece of a layout line: 3+ spaces part them


def body_starts(
    lines: list[str],
    j: int,
    head: list[tuple[int, str]],
    *,
    top: int | None = None,
    sides: bool = False,
    header: Callable[[str], bool] | None = None,
) -> list[int]:
    """The starts of a table's columns, a centred header cell's moved to its body's start.

    ``lines`` are the layout lines, the header's from ``top`` (default: the line before ``j``)
    and the body's from ``j`` (read up to the next blank line run of two or 80 lines);
    ``head`` the header's cells, joined over its lines. A cell after the first moves left to
    the leftmost place where three or more body lines start their first piece of text right
    of the header's printed text before it (a wrapped cell's widest line: "D1 -" over
    "Developer 1") and left of its own start less two (a list's items stand right of their
    column's edge; a wrapped line hanging up to three further right counts there too), and
    more than twice as many as start text at its own start: a left-aligned header, whose body
    starts under it, keeps its starts. In a table of two ``sides`` (effective | ineffective)
    where no line starts at the header's own place, two lines do (a short list of needs). A
    short name alone on its line (a row across the table,
    "Underlying Causes") tells nothing of the columns, and the body ends at the table's
    caption again over its next page ("Table 3-1. Name (continued)", the header under it) and
    at the next table's header below its rows (``header`` tells a line that heads a table):
    another table's cells tell nothing of this one's columns.

    Examples
    --------
    >>> head = [(0, "Score"), (12, "Proficiency"), (50, "Description")]
    >>> body = ["  1      Basic                 You know the words.",
    ...         "         (first steps)         You look them up.",
    ...         "  2      Working               You do routine tasks."]
    >>> body_starts(body, 0, head)
    [0, 9, 31]
    >>> body_starts(["Basic       You know the words."] * 3, 0, [(0, "Level"), (12, "Text")])
    [0, 12]
    >>> below = ["A    B", *body]  # the next table's header, then its rows: not this table's
    >>> body_starts(body[:1] + below, 0, head, header=lambda t: t == "A    B")
    [0, 12, 50]
    """
    starts = [at for at, _ in head]
    body: list[list[int]] = []
    items: list[tuple[int, int]] = []  # a list item's bullet and where its text starts
    blank = 0
    for line in lines[j : j + 80]:
        blank = blank + 1 if not line.strip() else 0
        if blank >= 2 or continued(line) or (body and header is not None and header(line)):
            break  # (or the table's caption again over its next page: its header follows)
        parts = segments(line) if line.strip() else []
        if parts and not (
            len(parts) == 1 and len(parts[0][1].split()) <= 4 and heading_like(parts[0][1])
        ):
            body.append([at for at, _ in parts])  # (a short name alone spans the table)
            items.extend(_items(line))
    header = lines[j - 1 if top is None else top : j]
    pieces = [piece for line in header for piece in segments(line)]
    for k in range(1, len(head)):
        # right of the header's printed text before this cell (a wrapped cell's widest line)
        ends = [at + len(t) for at, t in pieces if at + len(t) < starts[k]]
        left = max(ends, default=head[k - 1][0] + len(head[k - 1][1])) + 1
        under = sum(any(abs(at - starts[k]) <= 2 for at in ats) for ats in body)
        seen = Counter(next((at for at in ats if left <= at < starts[k] - 2), None) for ats in body)
        seen.pop(None, None)
        bullets = Counter(b for b, at in items if abs(at - starts[k]) <= 2 and left <= b < at)
        if sum(bullets.values()) >= 2:  # a list's bullets left of a header over its items' text
            starts[k] = bullets.most_common(1)[0][0]
            continue
        # the column before's items: their wrapped lines hang where their text starts
        before = {starts[k - 1], head[k - 1][0]}
        hang = {at for bullet, at in items if any(abs(bullet - b) <= 3 for b in before)}
        seen = Counter({b: n for b, n in seen.items() if all(abs(b - h) > 2 for h in hang)})
        if not seen:
            continue
        # lines starting there or a wrapped line's hanging indent right of it (up to 3)
        near = {at: sum(n for b, n in seen.items() if -1 <= b - at <= 3) for at in seen}
        least = 2 if sides and not under else 3  # a short side's two lines
        places = [at for at in sorted(near) if near[at] >= least and near[at] > 2 * under]
        if places:  # the column's left edge: its lists' items stand right of it
            starts[k] = places[0]
    return starts


def _items(line: str) -> list[tuple[int, int]]:
    """Where a layout line's bullets stand, and the text after each.

    >>> _items("\uf0b7    Utilises broad domain knowledge to       \uf0b7    Conceives")
    [(0, 5), (46, 51)]
    """
    pieces = [(m.start(), m.group(0)) for m in _PIECE.finditer(line)]
    return [
        (at, nxt)
        for (at, text), (nxt, _) in pairwise(pieces)
        if len(text) == 1 and not text.isalnum() and text not in "([{"
    ]


def label_columns(lines: list[str], start: int, first: int, header: Callable) -> list[int]:
    """Where the row names of a table stand when its header names only the level columns.

    A cell's text that ends before the first level column, on a line whose text runs on into
    the level columns, is a row name ("Understanding   Listening   I can recognise ..."); one
    or two such columns, else none. Read from ``start`` to the next line ``header`` takes for
    a table's header. Where lines start text at that place and run on across the first
    column's start, the first column's own cells start there, left of a header cell centred
    over them ("Strength Indicators" over "Demonstrates a strong sense of duty."): no names.

    Examples
    --------
    >>> body = ["Listening       I can follow.", "Reading         I can read."]
    >>> label_columns(body, 0, 16, lambda line: False)
    [0]
    >>> body = ["Demonstrates a strong sense of duty.   Fails to act.", "Unreliable.", "x    y"]
    >>> label_columns(body, 0, 16, lambda line: False)
    []
    """
    seen: set[int] = set()
    across: set[int] = set()  # where a line's text starts left of the first column, running on
    for line in lines[start : start + 400]:
        if header(line):
            break
        parts = segments(line)
        if len(parts) < 2 or parts[-1][0] < first - 2:
            continue
        across.update(at for at, text in parts if at < first - 2 <= at + len(text))
        seen.update(at for at, text in parts if at + len(text) < first - 1)
    columns: list[int] = []
    for at in sorted(seen):
        if not columns or at - columns[-1] > 2:
            columns.append(at)
    if any(abs(at - c) <= 3 for at in across for c in columns):  # a wrapped line's indent
        return []  # the first column's own lines, under a header cell centred over them
    return columns if len(columns) <= 2 else []
