"""The records a framework is made of: levels, groups, values, competencies, indicators, roles.

Small frozen dataclasses, built by :func:`compkit.framework.from_dict` and held by a
:class:`~compkit.framework.model.Framework`; each carries where it stands in its source
(:class:`SourceRef`). A record's ``repr`` names the fields that hold something, as they
would be typed to make it: ``Level(id='l1', name='Level 1', rank=1)``, not six empty ones.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Literal

__all__ = [
    "Competency",
    "Group",
    "Indicator",
    "Level",
    "Passage",
    "Repair",
    "Role",
    "SourceRef",
    "Undefined",
    "Value",
]


def _said(record) -> str:
    """A record's repr with only the fields that differ from their defaults, in field order.

    Examples
    --------
    >>> SourceRef(sheet="Skills", cell="B5")
    SourceRef(sheet='Skills', cell='B5')
    >>> Level("l1", "Level 1", 1, source=SourceRef(lines=(3,)))
    Level(id='l1', name='Level 1', rank=1, source=SourceRef(lines=(3,)))
    """
    shown = [
        f"{f.name}={getattr(record, f.name)!r}"
        for f in fields(record)
        if f.default is MISSING or getattr(record, f.name) != f.default
    ]
    return f"{type(record).__name__}({', '.join(shown)})"


@dataclass(frozen=True)
class SourceRef:
    """Where an item stands in the source as received.

    ``lines`` are 1-based lines of a text source, ``numbers`` the source's own numbering, ``ref``
    a human-readable note; ``file`` names the source file when it is not the framework's own;
    ``page`` (PDF), ``sheet`` and ``cell`` (spreadsheets), ``paragraph`` and ``table`` (Word,
    0-based as python-docx counts them) locate items in documents.
    """

    __repr__ = _said

    lines: tuple[int, ...] = ()
    numbers: tuple[int, ...] = ()
    ref: str = ""
    file: str = ""
    page: int | None = None
    sheet: str = ""
    cell: str = ""
    paragraph: int | None = None
    table: int | None = None

    def __str__(self) -> str:
        parts = [self.file] if self.file else []
        if self.sheet:
            parts.append(f"sheet {self.sheet}" + (f" cell {self.cell}" if self.cell else ""))
        elif self.cell:
            parts.append(f"cell {self.cell}")
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.lines:
            parts.append("line " + ",".join(map(str, self.lines)))
        if self.numbers:
            parts.append("no. " + ",".join(map(str, self.numbers)))
        if self.ref:
            parts.append(self.ref)
        return "; ".join(parts)


@dataclass(frozen=True)
class Repair:
    """A recorded repair of the source's structure (never of its words)."""

    __repr__ = _said

    kind: str
    note: str


@dataclass(frozen=True)
class Passage:
    """A paragraph of the framework's own introductory text."""

    __repr__ = _said

    text: str
    source: SourceRef = SourceRef()


@dataclass(frozen=True)
class Level:
    """A level of the framework; rank 1 is the lowest."""

    __repr__ = _said

    id: str
    name: str
    rank: int
    description: str = ""
    source: SourceRef = SourceRef()
    stem: str = ""
    ineffective_stem: str | None = None


@dataclass(frozen=True)
class Group:
    """A cluster or domain that groups competencies."""

    __repr__ = _said

    id: str
    name: str
    description: str = ""
    source: SourceRef = SourceRef()


@dataclass(frozen=True)
class Value:
    """An organisational value, as published."""

    __repr__ = _said

    id: str
    name: str
    description: str = ""
    source: SourceRef = SourceRef()


@dataclass(frozen=True)
class Undefined:
    """A cell the publisher left undefined (distinct from an empty cell), with its words.

    ``polarity`` is set when only one side of an effective | ineffective cell is undefined.
    """

    __repr__ = _said

    level: str
    note: str = ""
    polarity: Literal["effective", "ineffective"] | None = None
    source: SourceRef = SourceRef()


@dataclass(frozen=True)
class Competency:
    """A competency (or cluster): its values, its group, and the levels it is described at.

    ``undefined`` lists the cells the publisher left undefined; ``stem`` is the words every
    statement of the competency completes ("You can:"), when it has its own, or its effective
    statements' when ``ineffective_stem`` is not ``None`` (see
    :func:`~compkit.framework.stems.side_stems`).
    """

    __repr__ = _said

    id: str
    name: str
    description: str = ""
    group: str | None = None
    values: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    source: SourceRef = SourceRef()
    stem: str = ""
    undefined: tuple[Undefined, ...] = ()
    ineffective_stem: str | None = None


@dataclass(frozen=True)
class Indicator:
    """One behavioural statement of a competency at a level.

    An ineffective indicator may name the effective one it ``mirrors`` (when the source pairs
    them, e.g. in one row of an effective | ineffective table). ``note`` holds what the source
    sets beside the statement that is not the statement itself, word for word: its reasons
    ("Why this level: ..."), its evidence, sources or examples. A note is never part of the
    statement: checks, comparisons and cross-walks read ``text`` alone.
    """

    __repr__ = _said

    id: str
    competency: str
    level: str
    position: int
    text: str
    polarity: Literal["effective", "ineffective"] = "effective"
    source: SourceRef = SourceRef()
    repair: Repair | None = None
    mirrors: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Role:
    """A role profile: the level of each competency the role requires.

    A required level of ``None`` means the role needs the competency at no stated level.
    """

    __repr__ = _said

    id: str
    name: str
    requires: tuple[tuple[str, str | None], ...] = ()
    description: str = ""
    source: SourceRef = SourceRef()

    @property
    def required_levels(self) -> dict[str, str | None]:
        """Competency id -> required level id (``None``: no level stated)."""
        return dict(self.requires)
