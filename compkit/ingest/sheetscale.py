"""A sheet holding a proficiency scale alone: said for what it is, not read as a framework.

A scale kept as its own file or sheet -- a row per level, its number, its name and a sentence
or two on what it means ("1 | Beginner | You work best within a structured environment ...";
the Lumina Foundation's eight skill levels kept as a TSV) -- describes levels, not
competencies. Without a header it was refused as having no header a reader knows; with one
("Level | Name | Description") its descriptions were read as the statements of one competency
named after the file (a sheet per competency has that shape too, so that stays).
:func:`scale_refusal` says what a sheet with no header holds, in place of that refusal.
"""

from __future__ import annotations

import re

from .._words import some
from .blocks import clean
from .tables import Grid
from .tables import at as _at

__all__ = ["scale_refusal"]

_NUMBER = re.compile(r"^(?:level\s*)?(\d{1,2})(?:\.0)?$", re.IGNORECASE)
#: Words a level's description holds at least, on average (a name is a word or two)
_PROSE = 8


def _columns(rows: list[list[str]]) -> tuple[int, int, int] | None:
    """(number, name, description) columns of a scale's rows, or None if they are not one."""
    width = max(len(r) for r in rows)
    filled = [c for c in range(width) if any(_at(r, c) for r in rows)]
    if len(filled) != 3:
        return None
    number, name, prose = filled
    numbers = [_NUMBER.match(_at(r, number)) for r in rows]
    if not all(numbers):
        return None
    seq = [int(m.group(1)) for m in numbers]
    if seq[0] not in (0, 1) or seq != list(range(seq[0], seq[0] + len(seq))):
        return None
    names = [_at(r, name) for r in rows]
    if len(set(names)) < len(names) or any(not n or len(n.split()) > 4 for n in names):
        return None
    words = [len(_at(r, prose).split()) for r in rows]
    if not all(words) or sum(words) / len(words) < _PROSE:
        return None
    return number, name, prose


def scale_refusal(grid: Grid, row: int | None = None) -> str | None:
    """Why ``grid`` is a scale of levels and no framework, or None.

    ``row`` is its header row, if it has one (None: every row is a level's). Three to twelve
    rows, each a number counting up by one from 0 or 1, a short name and a description of a
    sentence or more, and no other column filled.

    Examples
    --------
    >>> rows = [["1", "Beginner", "You work best with close supervision and set criteria."],
    ...         ["2", "Capable", "You solve basic problems and finish most tasks on your own."],
    ...         ["3", "Expert", "You lead others and are trusted as an authority in the field."]]
    >>> print(scale_refusal(Grid("", rows)))  # doctest: +ELLIPSIS
    a scale of 3 levels (1 Beginner, 2 Capable, 3 Expert), each described in a sentence or ...
    >>> scale_refusal(Grid("", [["Skill", "Level 1"], ["Payroll", "Pays staff on time."]]))
    """
    start = 0 if row is None else row + 1
    rows = [r for r in grid.rows[start:] if any(clean(c) for c in r)]
    if not 3 <= len(rows) <= 12 or (found := _columns(rows)) is None:
        return None
    number, name, _ = found
    levels = [f"{_at(r, number)} {_at(r, name)}" for r in rows]
    where = f"sheet {grid.name!r}: " if grid.name else ""
    header = f" under its header row {row + 1}" if row is not None else ""
    return (
        f"{where}a scale of {len(rows)} levels ({some(levels, shown=8, quote=False)}), each "
        f"described in a sentence or more{header}, and no competency or statement: a scale "
        "describes the levels of a framework, not its behaviours; ingest the framework whose "
        "levels these are"
    )
