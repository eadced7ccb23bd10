"""A PDF table's header cells centred over their columns: the columns' starts from the body.

A web browser centres a table's header cells (``<th>``) by default and sets the body's text
from its column's left edge: in pypdf's layout text a wide column's header stands well right
of where its cells start ("Proficiency" at 12 over names at 9, "Description" at 50 over text
at 31). Read by the header's starts, each cell's text fell into the column before it (a
level's name beside its score, its description under "Proficiency Level").
:func:`body_starts` moves a header cell's start left to where the body's lines start text
between the cell before it and this one, when they do so at one place, line after line.
"""

from __future__ import annotations

from collections import Counter

from .pdfheadlines import segments

__all__ = ["body_starts"]


def body_starts(
    lines: list[str], j: int, head: list[tuple[int, str]], *, top: int | None = None
) -> list[int]:
    """The starts of a table's columns, a centred header cell's moved to its body's start.

    ``lines`` are the layout lines, the header's from ``top`` (default: the line before ``j``)
    and the body's from ``j`` (read up to the next blank line run of two or 80 lines);
    ``head`` the header's cells, joined over its lines. A cell after the first moves left to
    the leftmost place where three or more body lines start their first piece of text right
    of the header's printed text before it (a wrapped cell's widest line: "D1 -" over
    "Developer 1") and left of its own start less two (a list's items stand right of their
    column's edge), and more than twice as many as start text at its own start: a
    left-aligned header, whose body starts under it, keeps its starts.

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
    """
    starts = [at for at, _ in head]
    body: list[list[int]] = []
    blank = 0
    for line in lines[j : j + 80]:
        blank = blank + 1 if not line.strip() else 0
        if blank >= 2:
            break
        if line.strip():
            body.append([at for at, _ in segments(line)])
    header = lines[j - 1 if top is None else top : j]
    pieces = [piece for line in header for piece in segments(line)]
    for k in range(1, len(head)):
        # right of the header's printed text before this cell (a wrapped cell's widest line)
        ends = [at + len(t) for at, t in pieces if at + len(t) < starts[k]]
        left = max(ends, default=head[k - 1][0] + len(head[k - 1][1])) + 1
        under = sum(any(abs(at - starts[k]) <= 2 for at in ats) for ats in body)
        seen = Counter(next((at for at in ats if left <= at < starts[k] - 2), None) for ats in body)
        seen.pop(None, None)
        if not seen:
            continue
        near = {at: sum(n for b, n in seen.items() if abs(b - at) <= 1) for at in seen}
        places = [at for at in sorted(near) if near[at] >= 3 and near[at] > 2 * under]
        if places:  # the column's left edge: its lists' items stand right of it
            starts[k] = places[0]
    return starts
