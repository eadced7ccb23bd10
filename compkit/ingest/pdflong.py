"""A long table printed to PDF: "Competency | Level | Behaviour", a row per statement.

A Word document or web page listing its framework as a long sheet does (a column naming each
row's competency, one its level, one its statement; :mod:`compkit.ingest.longtables`) prints
with no level named across its header, so the PDF reader looked for no table on its page and
found no framework. :func:`long_lead` takes such a header line's cells, its label columns
first and the statements' column last, as a table whose rows are named by those columns (its
``lead``); :func:`long_line` finds the header in a page's plain text, its cells run together
("Competency Level Behaviour"), so the page's layout text is read. The grid the table reader
makes of it is read by :func:`~compkit.ingest.longtables.long_regions`, as a document's is.
"""

from __future__ import annotations

from .blocks import clean
from .labels import level_score
from .longtables import long_header

__all__ = ["long_lead", "long_line", "next_long_row"]

_MOST_WORDS = 8  # a header line of labels, not a row of sentences


def long_lead(texts: list[str]) -> int:
    """How many label columns open a long table's header (0: no long table's header).

    The columns naming each row's competency (and group) and level come first, the one
    column of statements last.

    Examples
    --------
    >>> long_lead(["Competency", "Level", "Behaviour"])
    2
    >>> long_lead(["Area", "Competency", "Level", "Behaviours"])
    3
    >>> long_lead(["Competency", "Behaviour", "Level"]), long_lead(["Skill", "Level 1", "Level 2"])
    (0, 0)
    """
    found = long_header([clean(t) for t in texts])
    if found is None or found[2] != [len(texts) - 1]:
        return 0
    return len(texts) - 1


def long_line(line: str) -> bool:
    """Whether a plain text line is a long table's header, its cells run together.

    Examples
    --------
    >>> long_line("Competency Level Behaviour"), long_line("Capability group Skill Level Indicator")
    (True, True)
    >>> long_line("The competency level behaviour of a team"), long_line("Level 1 Level 2 Level 3")
    (False, False)
    """
    words = clean(line).split()
    if not 3 <= len(words) <= _MOST_WORDS:
        return False
    return any(long_lead(cells) for cells in _splits(words, 4))


def next_long_row(
    rows: list[list[list[tuple[str, int]]]], parts: list[tuple[int, str]], starts: list[int]
) -> bool:
    """Whether a layout line opens the next row of a long table, not wrapping the last row's.

    A Word table printed with no space between its rows sets the next row's first line one
    line step under the last, as a wrapped name's next line stands. The line opens a row when
    a label it holds repeats the last row's whole label (the competency named on every row:
    "leadership" under "leadership") or is a level name as the last row's level is, or one
    an earlier row's level cell holds ("Level 6" under "Level 5"). ``rows`` holds the header
    and the rows read so far (each a cell's (text, line) pairs), ``starts`` the columns'.

    Examples
    --------
    >>> head = [[("Competency", 0)], [("Level", 0)], [("Behaviour", 0)]]
    >>> row = [[("leadership", 1)], [("Level 5", 1)], [("Bootstraps new teams", 1)]]
    >>> next_long_row([head, row], [(0, "leadership"), (30, "Level 6"), (60, "Helps")], [0, 30, 60])
    True
    >>> row = [[("Acquisition", 1)], [("Beginner", 1)], [("Conducts research", 1)]]
    >>> next_long_row([head, row], [(0, "Strategy"), (60, "across teams")], [0, 30, 60])
    False
    """
    head, row = rows[0], rows[-1]
    names = [clean(" ".join(t for t, _ in cell)) for cell in head]
    found = long_header(names)
    if found is None or len(rows) < 2:
        return False
    level = found[0][0]
    seen = {_cell(r[level]).casefold() for r in rows[1:-1] if len(r) > level}
    for at, text in parts:
        col = max((k for k, s in enumerate(starts) if s <= at + 2), default=0)
        text, mine = clean(text), _cell(row[col]) if col < len(row) else ""
        if col >= len(head) - 1 or not mine:
            continue
        if col != level and text.casefold() == mine.casefold():
            return True  # the competency named again: "leadership" under "leadership"
        if col == level and (
            text.casefold() in seen or min(level_score(text), level_score(mine)) >= 0.8
        ):
            return True  # the next level: "Level 6" under "Level 5"
    return False


def _cell(cell: list[tuple[str, int]]) -> str:
    return clean(" ".join(t for t, _ in cell))


def _splits(words: list[str], most: int):
    """Every way to cut ``words`` into ``most`` or fewer runs of up to three words, in order."""
    if not words:
        yield []
        return
    if most == 0:
        return
    for n in range(1, min(3, len(words)) + 1):
        for rest in _splits(words[n:], most - 1):
            yield [" ".join(words[:n]), *rest]
