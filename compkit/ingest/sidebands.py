"""Level names merged over a sheet's effective | ineffective columns: each pair's level.

A behaviour matrix may set each level's good and bad behaviour side by side, the level's name
merged over its pair in the row above: "Competency | Level 1 (over Effective | Ineffective) |
Level 2 (over Effective | Ineffective)". The sides were read and the row above them reported
as unused, every statement at "All levels". :func:`side_bands` finds such a row (a name over
the first side column, two names or more, each over both sides); :func:`band_levels` makes
each name a level, ranked as printed, and reports it; :func:`sides_said` reports the sides
("All levels" their level when neither a band nor a level column names one).

A column of one side beside a wide sheet's level columns ("Negative indicators", a list under
each competency) was reported as not read: :func:`side_columns` finds it, and each of its
lines is a statement of that side of the row's competency at "All levels", as a document's
side list is.
"""

from __future__ import annotations

from .blocks import clean
from .draft import Draft
from .labels import polarity_of
from .sheetlevels import lowest_first
from .tables import Grid
from .tables import at as _at

__all__ = ["band_levels", "side_bands", "side_columns", "sides_said"]


def side_bands(grid: Grid, row: int, sides: dict[int, str]) -> dict[int, str]:
    """Each side column's level name from the row above ``row``, or {} when it holds none.

    Examples
    --------
    >>> rows = [["Skill", "Level 1", "", "Level 2", ""], ["", "Good", "Bad", "Good", "Bad"]]
    >>> sides = {1: "effective", 2: "ineffective", 3: "effective", 4: "ineffective"}
    >>> side_bands(Grid("", rows), 1, sides)
    {1: 'Level 1', 2: 'Level 1', 3: 'Level 2', 4: 'Level 2'}
    >>> side_bands(Grid("", rows[1:]), 0, sides)
    {}
    """
    if row == 0 or not sides:
        return {}
    above = grid.rows[row - 1]
    first = min(sides)
    if not _at(above, first) or any(_at(above, c) for c in range(first + 1, max(sides) + 1)
                                    if c not in sides):  # fmt: skip
        return {}
    out, name = {}, ""
    for c in range(first, max(sides) + 1):
        name = _at(above, c) or name
        if c in sides:
            out[c] = name
    spans: dict[str, set[str]] = {}
    for c, name in out.items():
        spans.setdefault(name, set()).add(sides[c])
    if len(spans) < 2 or any(s != {"effective", "ineffective"} for s in spans.values()):
        return {}
    return out


def band_levels(grid: Grid, row: int, cols: dict, draft: Draft) -> dict[int, str]:
    """The level key of each side column under a band of level names (reported), or {}."""
    bands = cols.get("_bands") or {}
    if not bands:
        return {}
    keys, firsts = {}, {}
    for c, name in sorted(bands.items()):
        firsts.setdefault(name, c)
    for rank, (name, c) in enumerate(firsts.items(), 1):
        keys[name] = draft.level(name, grid.where(row - 1, c), rank=rank)
    draft.report.add(
        "guess",
        "level names over the sides' columns (" + ", ".join(map(repr, firsts)) + ") read as "
        "the level of the pair of columns under each",
        0.7,
        grid.where(row - 1, min(bands)),
    )
    lowest_first(draft, list(keys.values()))
    return {c: keys[name] for c, name in bands.items()}


def sides_said(grid: Grid, row: int, cols: dict, draft: Draft) -> str | None:
    """Report the side columns; return the level of their statements ("All levels").

    None when a level column names each row's level (then "All levels" only for a row whose
    level cell is blank).
    """
    head = grid.rows[row]
    said = " and ".join(
        f"{clean(head[c])!r} ({side})" for c, side in sorted(cols["_sides"].items())
    )
    draft.report.layout = "effective-ineffective"
    draft.report.add(
        "guess",
        f"columns {said} read as each row's two sides"
        + ("" if "level" in cols or cols.get("_bands") else ", at all levels (no level column)"),
        0.7,
        grid.where(row, min(cols["_sides"])),
    )
    return None if "level" in cols or cols.get("_bands") else draft.level("All levels")


def side_columns(grid: Grid, row: int, taken: set[int], draft: Draft) -> dict[int, str]:
    """The columns beside a wide sheet's levels whose header names one side, with the side.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "L1", "L2", "Negative indicators"], ["Teamwork", "a", "b", "Hoards"]]
    >>> side_columns(Grid("", rows), 0, {0, 1, 2}, Draft(IngestReport("f.xlsx")))
    {3: 'ineffective'}
    """
    head, body = grid.rows[row], grid.rows[row + 1 :]
    out = {
        c: side
        for c, label in enumerate(head)
        if c not in taken
        and (side := polarity_of(clean(label)))
        and any(_at(cells, c) for cells in body)
    }
    for c, side in out.items():
        draft.report.add(
            "guess",
            f"column {clean(head[c])!r} read as {side} statements of each row's competency, at "
            "all levels (a column of one side beside the level columns)",
            0.7,
            grid.where(row, c),
        )
    return out
