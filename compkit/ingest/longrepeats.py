"""A long sheet's rows that say nothing new: a statement repeated, a level marked not in use.

A sheet exported from a system that joins roles to skills has a row per role and skill: the
skill's level description stands again on every row of a role that needs it (the UK
government's Digital and Data capability framework as a CSV of roles, 1,825 rows: 4,954
statements read, 1,739 of them different). The same text under the same competency and level
is one statement, read once, when the rows differ in another cell (a role); the rows that repeat
it are counted and said once. Rows alike in every other cell, or rows with statement ids, are
kept: two statements, as the publisher wrote them (compkit's own CSV of a framework that says
one thing twice). A row whose
level cell and text are both the publisher's mark that nothing is defined ("NOT IN USE") is
no level and no statement.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .cells import undefined_note
from .draft import Draft

__all__ = ["RowMemo"]

#: A header naming each row's statement id (compkit's own CSV: ``indicator_id``).
_ID = re.compile(r"(?:indicator|statement|behaviou?r)?[ _]?id")


class RowMemo:
    """What a long reading has read, to pass over rows that repeat it.

    Examples
    --------
    >>> memo = RowMemo()
    >>> memo.repeated("teamwork", "Working", "Shares work.", {"cell": "C2"}, ("Analyst",))
    False
    >>> memo.repeated("teamwork", "Working", "Shares  work.", {"cell": "C9"}, ("Architect",))
    True
    >>> memo.repeated("teamwork", "Working", "Shares work.", {"cell": "C12"}, ("Analyst",))
    False
    >>> memo.unused_level("NOT IN USE", "NOT IN USE", {"cell": "C4"})
    True
    >>> memo.unused_level("Working", "NOT IN USE", {"cell": "C5"})
    False
    """

    def __init__(self, header=()) -> None:
        #: rows with statement ids are never one another's repeats
        self.ids = any(_ID.fullmatch(clean(str(h)).casefold()) for h in header)
        self.seen: dict[tuple[str, str, str], set[tuple[str, ...]]] = {}
        self.repeats: list[dict] = []
        self.unused: list[tuple[str, dict]] = []

    def repeated(
        self, competency: str, level: str, text: str, source: dict, others: tuple = ()
    ) -> bool:
        """Whether this competency, level and text were read on an earlier row.

        ``others`` are the row's other cells: a row alike in them too is no repeat of another
        value's row (a role's) but the publisher's own second statement, and is read.
        """
        if self.ids:
            return False
        key = (clean(competency).casefold(), clean(level).casefold(), clean(text))
        others = tuple(clean(str(c)) for c in others)
        before = self.seen.setdefault(key, set())
        if before and others not in before:
            if undefined_note(text) is None:  # another "N/A" of a cell said undefined: no
                self.repeats.append(source)  # statement repeated, nothing more to say
            return True
        before.add(others)
        return False

    def unused_level(self, level: str, text: str, source: dict) -> bool:
        """Whether the row's level cell and text both mark it undefined ("NOT IN USE")."""
        if level and undefined_note(level) is not None and undefined_note(text) is not None:
            self.unused.append((clean(level), source))
            return True
        return False

    def report(self, draft: Draft) -> None:
        """Say once how many rows were passed over, and where the first stands."""
        if self.repeats:
            n = len(self.repeats)
            draft.report.add(
                "guess",
                f"{plural(n, 'row')} {'repeats' if n == 1 else 'repeat'} a statement read "
                "above under the same "
                "competency and level (the sheet has a row for each of several other values, "
                "such as roles): read once",
                0.8,
                self.repeats[0],
            )
        if self.unused:
            marks = ", ".join(dict.fromkeys(repr(m) for m, _ in self.unused))
            draft.report.add(
                "undefined",
                f"{plural(len(self.unused), 'row')} marked {marks} in both the level and the "
                "text column: no level, no statement",
                0.8,
                self.unused[0][1],
            )
