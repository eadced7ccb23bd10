"""Rows of a named PDF table that hold only their name, told apart by the space between them.

A grid with a column of row names may keep rows for competencies it defines nowhere yet
("Technical debt tradeoffs", "Assessing performance": GDS's career path), their level cells
blank. In the page's layout text such rows are lines alone at the names' column, one name
wrapped over several of them, right over the next row with statements and no blank line
between: :func:`~compkit.ingest.pdftables.find_tables` read them as one name wrapping on into
that row's ("... rework Pair programming"), or, at a page's top, as headings ending the table.
Where the lines stand on the page tells them apart: a cell's padding and border set a longer
step between two rows than between two lines of one name. :func:`name_rows` gives each such
row's lines when that step parts them from each other and from the named row under them.
"""

from __future__ import annotations

from itertools import pairwise

from .blocks import clean
from .pdfheadlines import segments

__all__ = ["blank_rows", "name_only", "name_rows", "next_row", "placer"]


def placer(lines: list[str], loc, ends: dict | None):
    """A function giving where a table's layout line ``k`` stands (its baseline), or None.

    ``loc`` gives a line's (page, line number); ``ends`` each page's plain lines' places
    (the third of :func:`~compkit.ingest.pdfwraps.line_ends`' companions in
    :mod:`compkit.ingest.pdffile`: :func:`~compkit.ingest.pdfgaps.line_tops`). A line stands
    where the first of its pieces whose text the page holds once stands, else where the one
    plain line holding a piece of twelve characters or more stands (a plain line may run
    two cells' first lines together, "Junior Engineer • Builds self-awareness ...").

    Examples
    --------
    >>> top = placer(["Sharing    Keeps notes", "work"], lambda k: (1, k + 1),
    ...              {1: ({}, frozenset(), {"Keeps notes": (500.0,), "work": (486.0,)})})
    >>> top(0), top(1)
    (500.0, 486.0)
    """

    def top(k: int) -> float | None:
        if not ends or k < 0 or k >= len(lines):
            return None
        known = ends.get(loc(k)[0], ({}, frozenset(), {}))
        tops = known[2] if len(known) > 2 else {}
        pieces = [clean(text) for _, text in segments(lines[k])]
        for text in pieces:
            found = tops.get(text, ())
            if len(found) == 1:
                return found[0]
        for text in pieces:  # a plain line may hold two cells' text: "Engineer • Plans work"
            found = [y for t, y in tops.items() if len(text) >= 12 and text in t]
            if len(found) == 1 and len(found[0]) == 1:
                return found[0][0]
        return None

    return top


def name_rows(
    lines: list[str],
    j: int,
    starts: list[int],
    lead: int,
    top,
    *,
    breaks: frozenset = frozenset(),
    fresh: bool = False,
) -> list[list[int]]:
    """The rows holding only a name from line ``j`` of a named table: each row's lines.

    Two or more names, each one line or wrapped over several alone at the names' column
    (left of ``starts[lead]``), stand right over a row with a name and text in the level
    columns, or, under a row of the table, right over a page's end (a blank line in
    ``breaks``, or the lines' end). ``top`` gives where a line stands (:func:`placer`). The
    table's line step is the shortest step between those lines and the named row's first
    lines; a step longer by more than a point and a tenth of it parts two rows. It must part
    the names from the row under them and, when a row of the table stands right above line
    ``j`` (not ``fresh``: no row is open there, under the header or a blank line), from it.
    Returns [] when any of that does not hold (nothing told).

    Examples
    --------
    >>> lines = ["Estimating", "Handling requests", "from others",
    ...          "Planning            Breaks a task", "                    into steps"]
    >>> ys = [500.0, 480.5, 466.25, 446.75, 432.5]
    >>> name_rows(lines, 0, [0, 20], 1, lambda k: ys[k])
    [[0], [1, 2]]
    >>> name_rows(lines, 0, [0, 20], 1, lambda k: 500.0 - 14.25 * k)  # no step parts them
    []
    >>> foot = ["Plans the           Breaks a task", *lines[:3], ""]
    >>> name_rows(foot, 1, [0, 20], 1, lambda k: [519.5, *ys][k], breaks=frozenset({4}))
    [[1], [2, 3]]
    """
    edge = starts[lead] - 2 if lead < len(starts) else None
    if not lead or edge is None:
        return []
    run, k = [], j
    while k < len(lines) and lines[k].strip():
        parts = segments(lines[k])
        if len(parts) != 1 or parts[0][0] + len(parts[0][1]) > edge:  # centred names too
            break
        run.append(k)
        k += 1
    below = segments(lines[k]) if k < len(lines) else []
    named = len(below) >= 2 and below[0][0] < edge <= below[1][0]
    open_above = not fresh and j and lines[j - 1].strip()  # a row's line right above
    foot = (k == len(lines) or k in breaks) and open_above  # a page's last rows
    if len(run) < 2 or not (named or foot):
        return []
    after = [k] if named else []  # the named row's first lines: the line step among them
    while after and len(after) < 6 and after[-1] + 1 < len(lines) and lines[after[-1] + 1].strip():
        after.append(after[-1] + 1)
    ys = [top(n) for n in [*run, *after]]
    if any(y is None for y in ys[: len(run) + len(after[:1])]):
        return []
    steps = [a - b if a is not None and b is not None else None for a, b in pairwise(ys)]
    known = [s for s in steps if s is not None]
    if any(s <= 0 for s in known):
        return []
    line = min(known)
    wide = [s is not None and s > line + 1 + line / 10 for s in steps]
    above = top(j - 1) if open_above else None
    if open_above and (above is None or above - ys[0] <= line + 1 + line / 10):
        return []  # a line of the row above, on the line step: that row's name goes on
    if named and not wide[len(run) - 1]:
        return []
    rows = [[run[0]]]
    for n, gap in zip(run[1:], wide, strict=False):
        if gap:
            rows.append([n])
        else:
            rows[-1].append(n)
    return rows if len(rows) >= 2 else []


def blank_rows(lines: list[str], names: list[list[int]], width: int) -> list[list[list]]:
    """The table reader's rows for :func:`name_rows`' names: the name, ``width - 1`` cells blank.

    Examples
    --------
    >>> blank_rows(["Estimating", "Handling", "requests"], [[0], [1, 2]], 3)
    [[[('Estimating', 0)], [], []], [[('Handling', 1), ('requests', 2)], [], []]]
    """
    return [
        [[(segments(lines[k])[0][1], k) for k in r], *([] for _ in range(width - 1))] for r in names
    ]


def next_row(row: list[list[tuple[str, int]]], j: int, parts: list, top) -> bool:
    """Whether line ``j`` of a table with a row per level opens the next row, told by its step.

    A level's name wrapped over as many lines as its statements ("Senior Engineer 2" /
    "(Individual" / "Contributor)" beside a cell of three lines) stands right over the next
    row's name with no line between, in the layout text as in a name going on. A cell's
    padding and border set a longer step between two rows than between two lines of one
    cell: line ``j`` (a name and text beside it, ``parts``) opens a row when it stands below
    the row's last line by more than a point and a tenth of the line step (the shortest step
    between the row's lines, or from line ``j`` to the line under it; :func:`placer` gives
    ``top``; a line not placed is taken one line step below the one above). Nothing is told
    (False) where a line's place or the row's line step is not known.

    Examples
    --------
    >>> row = [[("Senior Engineer 2", 0), ("(Individual", 1)], [("Translates", 0),
    ...        ("pragmatic", 1)]]
    >>> parts = [(0, "Senior Engineer 2"), (20, "Oversees the team")]
    >>> next_row(row, 2, parts, {0: 500.0, 1: 486.0, 2: 468.0}.get)
    True
    >>> next_row(row, 2, parts, {0: 500.0, 1: 486.0, 2: 472.0}.get)
    False
    """
    if len(parts) < 2:
        return False
    mine = sorted({k for cell in row for _, k in cell})
    if not mine or mine[-1] != j - 1:
        return False
    ys = {k: top(k) for k in [*mine, j, j + 1]}  # the line under j: the next row's step
    steps = [
        ys[a] - ys[b]
        for a, b in pairwise([*mine, j, j + 1])
        if b == a + 1 and b != j and ys[a] is not None and ys[b] is not None
    ]
    steps = [s for s in steps if s > 0]
    known = [k for k in mine if ys[k] is not None]  # the row's last line placed: its steps
    if not steps or not known or ys[j] is None:
        return False
    line, k = min(steps), known[-1]
    return ys[k] - ys[j] - (j - k - 1) * line > line + 1 + line / 10


def name_only(
    row: list[list[tuple[str, int]]], parts: list[tuple[int, str]], starts: list[int], lead: int = 1
) -> bool:
    """Whether a row read so far holds only its names, and line ``parts`` opens the next row.

    A grid's cells open at their row's top: names alone on their lines ("Prioritising your" /
    "time"), then a line with a name in capitals beside text in the level columns ("Pair
    programming | Have a clear ..."), is a row with blank cells over the next row, its own
    name not wrapping on. So is a line naming every one of two or more name columns anew,
    each in capitals ("Working practices | Working independently" under "Working practices |
    Prioritising your time"). Told where the rows stand too close to part by their step (a
    Word table printed by LibreOffice, no padding in its cells). ``lead``: the name columns.

    >>> row = [[("Prioritising your", 5), ("time", 6)], [], []]
    >>> name_only(row, [(0, "Pair programming"), (30, "Have a clear")], [0, 30, 55])
    True
    >>> name_only(row, [(0, "as a team"), (30, "Have a clear")], [0, 30, 55])
    False
    >>> row = [[("Working practices", 5)], [("Prioritising your time", 5)], [], []]
    >>> line = [(0, "Working practices"), (20, "Working independently")]
    >>> name_only(row, line, [0, 20, 45, 70], 2)
    True
    >>> name_only(row, [(0, "communicating"), (20, "community")], [0, 20, 45, 70], 2)
    False
    """
    if len(row) < lead + 2 or not any(row[:lead]) or any(row[lead:]):
        return False
    names = [(at, t) for at, t in parts if at < starts[lead] - 2]
    if not names or not all(t[:1].isupper() for _, t in names):
        return False
    if len(names) < len(parts):
        return True  # text in the level columns beside the name: the next row's top
    columns = {max(k for k, s in enumerate(starts) if s <= at + 2) for at, _ in names}
    return lead > 1 and len(columns) == lead
