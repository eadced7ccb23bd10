"""The ``levels`` hint on a sheet: the level columns it leaves out, and the levels it must name.

A user names the levels as the sheet prints them, lowest first. As in a document, a level the
sheet prints that the hint leaves out is never read under another: a wide sheet's level column
the hint leaves out is not read, and reported (:func:`left_out_columns`), as a document's table
column is; a long sheet's level column naming a level the hint leaves out is refused
(:func:`refuse_left_out`), as a document's level heading is -- its rows would otherwise be
read at a level of no rank, after every level given.
"""

from __future__ import annotations

from .blocks import clean
from .draft import Draft
from .levelorder import rank_lowest_first
from .limits import IngestError
from .tables import Grid, find_columns
from .tables import at as _at

__all__ = [
    "drop_unused_levels",
    "left_out_columns",
    "lowest_first",
    "refuse_left_out",
    "suggest_bands",
]


def left_out_columns(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft) -> set[int]:
    """The columns naming levels that the levels given leave out; each reported as not read.

    They are the level columns the header has without the hint ("Level 1" ... "Level 4"
    beside "Level 2", the one given), not read as levels. Returns them.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> grid = Grid("", [["Skill", "Level 1", "Level 2", "Level 3"], ["Coding", "a", "b", ""]])
    >>> draft = Draft(IngestReport("f.csv"))
    >>> left_out_columns(grid, 0, {"_levels": [2]}, {"levels": ["Level 2"]}, draft)
    {1, 3}
    >>> draft.report.notes[0].message
    "column 'Level 1' (1 cell) not read: a level the levels given ('Level 2') leave out"
    """
    if not hints.get("levels") or cols.get("_sides"):
        return set()
    head = grid.rows[row]
    unhinted = find_columns(head, {k: v for k, v in hints.items() if k != "levels"})
    out = set(unhinted.get("_levels", ())) - set(cols.get("_levels", ()))
    if not out:
        return out
    given = ", ".join(repr(clean(x)) for x in hints["levels"])
    for c in sorted(out):
        filled = sum(bool(_at(cells, c)) for cells in grid.rows[row + 1 :])
        draft.report.add(
            "unused",
            f"column {clean(head[c])!r} ({filled} cell{'s' * (filled != 1)}) not read: a level "
            f"the levels given ({given}) leave out",
            0.5,
            grid.where(row, c),
        )
    return out


def refuse_left_out(draft: Draft, given: list[str]) -> None:
    """Refuse levels given that leave out a level a long sheet's level column names.

    Its rows would be read at a level of no rank, placed after every level given; the user
    meant to name every level, or to read only some (then: delete the other rows).

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("f.csv"))
    >>> for name in ("Foundational", "Adept", "Intermediate"):
    ...     _ = draft.level(name)
    >>> refuse_left_out(draft, ["Foundational", "Adept"])  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.csv: the levels given ('Foundational', 'Adept') leave out
    'Intermediate', a level the sheet's level column names; expected every level it names, ...
    """
    keys = {draft.find("level", name) for name in given}
    used = dict.fromkeys(s.level for s in draft.statements) or draft.levels
    out = [draft.levels[k].name for k in used if k not in keys and k in draft.levels]
    if not given or not out:
        return
    raise IngestError(
        draft.report.file,
        "the levels given (" + ", ".join(repr(clean(x)) for x in given) + ") leave out "
        + ", ".join(repr(x) for x in out)
        + f", {'a level' if len(out) == 1 else 'levels'} the sheet's level column names; "
        "expected every level it names, lowest first",
    )  # fmt: skip


def drop_unused_levels(draft: Draft, given: list[str]) -> None:
    """Refuse a levels hint that names no level of the file; drop the names that head nothing."""
    used = {s.level for s in draft.statements}
    keys = {name: draft.find("level", name) for name in given}
    if given and not used & set(keys.values()):
        raise IngestError(
            draft.report.file,
            "none of the levels given (" + ", ".join(map(repr, given)) + ") is a "
            "level of this file; expected the names its level column holds: "
            + ", ".join(repr(draft.levels[k].name) for k in draft.levels if k in used)
        )  # fmt: skip
    refuse_left_out(draft, given)
    idle = [name for name, key in keys.items() if key not in used]
    for name in idle:
        draft.levels.pop(keys[name], None)
    if idle:
        draft.report.add(
            "guess", "levels given that head no statement, left out: " + ", ".join(idle), 0.6
        )


def suggest_bands(
    grid: Grid, row: int, comp_col: int, level_cols: list[int], names: list[str], draft: Draft
) -> None:
    """Say when blank cells lie only outside each competency's band of levels.

    A framework that describes each competency at a band of its levels (the e-CF's e-1 to e-3,
    SFIA's levels 3 to 6) leaves the cells outside the band blank: undefined by design, not
    forgotten. A ladder's blank cell at its top can mean "as the level before" or a slip, so the
    blank cells stay empty; when two competencies or more, a quarter of them at least, are blank
    outside one unbroken band and none is blank inside it, the report says so and what reads
    them as undefined.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "e-1", "e-2", "e-3"], ["Design", "a", "b", ""], ["Plan", "", "c", "d"]]
    >>> draft = Draft(IngestReport("f.csv"))
    >>> suggest_bands(Grid("", rows), 0, 0, [1, 2, 3], rows[0][1:], draft)
    >>> print(draft.report.notes[0].message)  # doctest: +ELLIPSIS
    2 of 2 competencies are described at a band of levels only, their cells blank outside it ...
    """
    banded, rows, shown = 0, 0, ""
    for cells in grid.rows[row + 1 :]:
        filled = [k for k, c in enumerate(level_cols) if _at(cells, c)]
        if not filled or not _at(cells, comp_col):
            continue
        rows += 1
        if len(filled) != filled[-1] - filled[0] + 1:
            return  # a blank cell inside the band: a gap, not a band
        if len(filled) < len(level_cols):
            banded += 1
            low, high = names[filled[0]], names[filled[-1]]
            shown = shown or f"{_at(cells, comp_col)!r} at {low} to {high}"
    if banded < 2 or 4 * banded < rows:  # a few blank cells at the ends: slips, maybe
        return
    draft.report.add(
        "guess",
        f"{banded} of {rows} competencies are described at a band of levels only, their "
        f"cells blank outside it (e.g. {shown}): read as empty; if the publisher defines them "
        "there only, give --blank-cells undefined (blank_cells='undefined')",
        0.5,
    )


def lowest_first(draft: Draft, keys: list[str]) -> None:
    """Rank a sheet's levels lowest first when it prints them highest first, reported.

    ``keys`` are the levels in the order the sheet prints them (its level columns left to
    right, or its level column's names top to bottom): see
    :func:`.levelorder.rank_lowest_first`, which documents use too. Levels the user gave are
    never re-ranked (the callers pass none).
    """
    rank_lowest_first(draft, keys)
