"""A long sheet's rows that say nothing new: a statement repeated, a level marked not in use.

A sheet exported from a system that joins roles to skills has a row per role and skill: the
skill's level description stands again on every row of a role that needs it (the UK
government's Digital and Data capability framework as a CSV of roles, 1,825 rows: 4,954
statements read, 1,739 of them different). The same text under the same competency and level
is one statement, read once; the rows that repeat it are counted and said once. A row whose
level cell and text are both the publisher's mark that nothing is defined ("NOT IN USE") is
no level and no statement.
"""

from __future__ import annotations

from .._words import plural
from .blocks import clean
from .cells import undefined_note
from .draft import Draft

__all__ = ["RowMemo"]


class RowMemo:
    """What a long reading has read, to pass over rows that repeat it.

    Examples
    --------
    >>> memo = RowMemo()
    >>> memo.repeated("teamwork", "Working", "Shares work.", {"cell": "C2"})
    False
    >>> memo.repeated("teamwork", "Working", "Shares  work.", {"cell": "C9"})
    True
    >>> memo.unused_level("NOT IN USE", "NOT IN USE", {"cell": "C4"})
    True
    >>> memo.unused_level("Working", "NOT IN USE", {"cell": "C5"})
    False
    """

    def __init__(self) -> None:
        self.seen: set[tuple[str, str, str]] = set()
        self.repeats: list[dict] = []
        self.unused: list[tuple[str, dict]] = []

    def repeated(self, competency: str, level: str, text: str, source: dict) -> bool:
        """Whether this competency, level and text were read on an earlier row."""
        key = (clean(competency).casefold(), clean(level).casefold(), clean(text))
        if key in self.seen:
            self.repeats.append(source)
            return True
        self.seen.add(key)
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
