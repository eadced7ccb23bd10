"""Group rows that run across a PDF table's columns: a cell merged over the whole row.

A grid with a column of row names often sets a row across all its columns over the rows it
groups ("1. Communication technique competencies deploy formal written and oral communication
strategies." over "1.01 Written communication | ... | ..."). In the page's layout text such a
row is one piece of text from the names' column running on across the level columns' starts,
as a paragraph under the table would; :func:`group_lines` tells it apart by what follows: a
row of the same table (a name, and text in the level columns) right under it, or under the
one or two lines it wraps onto at the names' column.
"""

from __future__ import annotations

from .pdfheadlines import segments

__all__ = ["group_lines"]


def group_lines(
    lines: list[str],
    j: int,
    starts: list[int],
    lead: int,
    *,
    breaks: frozenset = frozenset(),
    more: bool = False,
) -> int:
    """How many lines from ``j`` a group row across a named table's columns takes (0: none).

    Parameters
    ----------
    lines : list of str
        The page's layout lines (or pages' run together).
    j : int
        The line to judge.
    starts : list of int
        Where the table's columns start (its header cells').
    lead : int
        How many columns name the rows (0: none, and no group row).
    breaks : frozenset of int
        The blank lines that part two pages: a group row at a page's foot has its rows on
        the next page.
    more : bool
        Whether another page follows the lines: a group row may end them.

    Returns
    -------
    int
        The group row's lines (1 to 3) when line ``j`` stands alone at the names' column, runs
        on across the first level column's start, and a named row follows it or its wrapped
        lines; else 0.

    Examples
    --------
    >>> starts = [0, 20, 40]
    >>> rows = ["1. Written and oral communication strategies are used well.",
    ...         "1.01 Written        Identifies key      Applies logical"]
    >>> group_lines(rows, 0, starts, 1)
    1
    >>> group_lines([rows[0], "and directions.", rows[1]], 0, starts, 1)
    2
    >>> group_lines([rows[0], "", rows[1]], 0, starts, 1)  # a paragraph under the table
    0
    >>> group_lines([rows[0], "", rows[1]], 0, starts, 1, breaks=frozenset({1}))  # a page break
    1
    >>> group_lines(["1. Written and oral", rows[1]], 0, starts, 1)  # within the names' column
    0
    >>> group_lines(rows[:1], 0, starts, 1), group_lines([rows[0], ""], 0, starts, 1, more=True)
    (0, 1)
    """
    parts = segments(lines[j])
    if not lead or len(parts) != 1 or parts[0][0] > starts[0] + 1:
        return 0
    at, text = parts[0]
    if at + len(text) <= starts[lead] + 4:
        return 0  # no wider than a name: the rows' own group rows (pdftables._group_row)
    k, n = 1, j + 1
    while k <= 3:
        if not any(line.strip() for line in lines[n:]):
            return k if more else 0  # the page's last lines: its rows on the next page
        if not lines[n].strip():
            if n not in breaks:
                return 0
            n += 1
            continue
        below = segments(lines[n])
        if len(below) >= 2 and below[0][0] < starts[lead] - 2 <= below[1][0]:
            return k
        if len(below) != 1 or below[0][0] > starts[0] + 1 or n > j + k:
            return 0  # (a group's wrapped lines stand together, above any page break)
        k, n = k + 1, n + 1
    return 0
