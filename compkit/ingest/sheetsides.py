"""A sheet's header naming the two sides of each row: its side columns and their levels.

A values framework or a manager's indicator tool sets each competency's good behaviour beside
its bad ("Value | I will | I won't"), perhaps a pair per level, the level's name merged over
the pair in the row above (:mod:`.sidebands`) or written in each header cell with its side:
"Competency | Level 1 - Effective | Level 1 - Ineffective | Level 2 - Effective | ...", as a
framework kept with a column per level and side (the UK Civil Service Competency Framework
2012 laid out so). :func:`side_header` finds the header; :func:`level_side` parts a cell
into its level and its side, and :func:`cell_levels` makes each name a level, ranked as
printed, and reports it.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .labels import polarity_of
from .sheetlevels import lowest_first
from .sidebands import side_bands
from .tables import Grid, find_columns, norm_header, rating_scale
from .tables import at as _at

__all__ = ["cell_levels", "level_side", "side_header"]

#: A level's name, then its side after a dash, colon, bar or slash, or in brackets
_PARTED = re.compile(r"^(?P<name>.*?\w.*?)\s*(?:[-–—:|/]\s+|\s[-–—:|/]|\()\s*(?P<side>[^()]+?)\)?$")


def level_side(text: str) -> tuple[str, str] | None:
    """(level name, side) of a header naming both, "Level 1 - Effective", else None.

    Examples
    --------
    >>> level_side("Level 1 - Effective"), level_side("Senior (ineffective behaviours)")
    (('Level 1', 'effective'), ('Senior', 'ineffective'))
    >>> level_side("Effective"), level_side("Level 1 - Novice")
    (None, None)
    """
    m = _PARTED.match(clean(text))
    side = polarity_of(m.group("side")) if m else None
    return (clean(m.group("name")), side) if side else None


def _paired(named: dict[int, str], sides: dict[int, str]) -> bool:
    """Whether every side column names its level and two levels or more have both sides."""
    spans: dict[str, set[str]] = {}
    for c, name in named.items():
        spans.setdefault(name, set()).add(sides[c])
    return (
        named.keys() == sides.keys()
        and len(spans) >= 2
        and all(s == {"effective", "ineffective"} for s in spans.values())
    )


def cell_levels(grid: Grid, row: int, cols: dict, draft: Draft) -> dict[int, str]:
    """The level key of each side column naming its level in its header (reported), or {}.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "L1 - Effective", "L1 - Ineffective", "L2 - Effective",
    ...          "L2 - Ineffective"], ["Teamwork", "Shares", "Hoards", "Leads", "Blames"]]
    >>> row, cols = side_header(Grid("", rows), {})
    >>> draft = Draft(IngestReport("f.xlsx"))
    >>> cell_levels(Grid("", rows), row, cols, draft)
    {1: 'l1', 2: 'l1', 3: 'l2', 4: 'l2'}
    """
    named = cols.get("_level_sides") or {}
    if not named:
        return {}
    keys, firsts = {}, {}
    for c, name in sorted(named.items()):
        firsts.setdefault(name, c)
    for rank, (name, c) in enumerate(firsts.items(), 1):
        keys[name] = draft.level(name, grid.where(row, c), rank=rank)
    draft.report.add(
        "guess",
        "headers naming a level and a side ("
        + ", ".join(repr(clean(grid.rows[row][c])) for c in sorted(named)[:2])
        + ", ...) read as the level and side of their column",
        0.8,
        grid.where(row, min(named)),
    )
    lowest_first(draft, list(keys.values()))
    return {c: keys[name] for c, name in named.items()}


def side_header(grid: Grid, hints: dict) -> tuple[int, dict] | None:
    """A header naming the two sides of each row, right of its names, and its columns.

    A values framework or a manager's indicator tool sets each competency's good behaviour
    beside its bad: "Value | I will | I won't", "Competency | Positive manager behaviour |
    Negative manager behaviour". Columns whose header names a side (:func:`polarity_of`, or
    the polarity hint's label), both sides among them, are read as ``_levels`` with their
    side in ``_sides``; the competency is the column named so, else the last column of names
    left of them. Returns (header row, columns), else None.

    Examples
    --------
    >>> rows = [["Value", "I will", "I won't"], ["Innovation", "Ask curious questions", ""]]
    >>> side_header(Grid("", rows), {})
    (0, {'competency': 0, '_levels': [1, 2], '_sides': {1: 'effective', 2: 'ineffective'}})
    >>> side_header(Grid("", [["Skill", "Novice", "Expert"], ["Coding", "Writes", "Leads"]]), {})
    """
    negative = norm_header(hints["negative"]) if hints.get("negative") else None
    for r, cells in enumerate(grid.rows[:30]):
        sides, in_cell = {}, {}
        for c, text in enumerate(cells):
            if not clean(text):
                continue
            side = "ineffective" if norm_header(text) == negative else polarity_of(text)
            if side is None and (parts := level_side(text)):  # "Level 1 - Effective"
                in_cell[c], side = parts
            if side:
                sides[c] = side
        if in_cell and not _paired(in_cell, sides):
            continue
        if set(sides.values()) != {"effective", "ineffective"} or min(sides) == 0:
            continue
        if rating_scale([norm_header(c) for c in cells]):  # "Developing" among them: rungs
            continue
        cols = {
            k: v
            for k, v in find_columns(cells, hints).items()
            if k[0] != "_" and v not in sides and k not in ("text", "polarity")
        }
        body = grid.rows[r + 1 :]
        if "competency" not in cols:
            named = [c for c in range(min(sides)) if c not in cols.values()]
            named = [c for c in named if any(_at(cells, c) for cells in body)]
            if not named:
                return None
            cols["competency"] = named[-1]
        bands = {} if in_cell else side_bands(grid, r, sides)  # level names over pairs of sides
        return r, {
            **cols,
            "_levels": sorted(sides),
            "_sides": sides,
            **({"_bands": bands} if bands else {}),
            **({"_level_sides": in_cell} if in_cell else {}),
        }
    return None
