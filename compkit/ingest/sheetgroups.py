"""A wide sheet's column of group names, merged down, whose header is the first group's name.

A publisher's matrix may set each cluster's name in a cell merged down over its competencies,
left of the competency column, the first cluster's cell merged up into the header row itself
("Technology (common foundation)" over "Competency Area | TAG | Junior Engineer ..."). The
sheet's reader sees a header cell (which may read as a level: "foundation") over a column that
is blank but for a short name now and then, where the level columns hold a statement on every
row. Such a column, left of the competency column, is the rows' group, not a level; its header
is the group of the rows above the first name, and the report says so.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .tables import Grid
from .tables import at as _at

__all__ = ["merged_group"]


def merged_group(grid: Grid, row: int, cols: dict, draft: Draft) -> dict:
    """``cols`` with a level column left of the competencies read as their groups, if one is.

    Parameters
    ----------
    grid : Grid
        The sheet.
    row : int
        Its header row.
    cols : dict
        The columns matched (:func:`compkit.ingest.tables.find_columns`): ``competency`` named
        by its header, ``_levels`` the level columns.
    draft : Draft
        Where the guess is reported.

    Returns
    -------
    dict
        ``cols`` unchanged, or without that level column and with ``group`` (and ``_group``,
        the header's name for the rows above the column's first name).

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Core (foundation)", "Skill", "Junior", "Senior"],
    ...         ["", "Testing", "Writes tests.", "Plans tests."],
    ...         ["People", "Feedback", "Asks for it.", "Gives it."],
    ...         ["", "Mentoring", "Pairs.", "Coaches."]]
    >>> cols = merged_group(Grid("", rows), 0, {"competency": 1, "_levels": [0, 2, 3]},
    ...                     Draft(IngestReport("m.xlsx")))
    >>> cols["group"], cols["_group"], cols["_levels"]
    (0, 'Core (foundation)', [2, 3])
    """
    levels, comp = cols.get("_levels", []), cols.get("competency")
    if comp is None or "_inferred" in cols or "group" in cols:
        return cols
    left = [c for c in levels if c < comp]
    rest = [c for c in levels if c > comp]
    if len(left) != 1 or len(rest) < 2:
        return cols
    c = left[0]
    body = [cells for cells in grid.rows[row + 1 :] if all(_at(cells, k) for k in rest)]
    names = [_at(cells, c) for cells in body]
    given = [n for n in names if n]
    if (
        len(body) < 3
        or not given
        or names[0]
        or len(given) > len(body) / 2
        or any(len(n.split()) > 8 or re.search(r"[.;:]$", n) for n in given)
    ):
        return cols
    header = clean(grid.rows[row][c])
    draft.report.add(
        "guess",
        f"column {header!r}, blank but for a short name over several rows, read as the "
        f"competencies' groups (a cell merged down), not a level; its header {header!r} as "
        "the group of the rows above its first name",
        0.6,
        grid.where(row, c),
    )
    out = {**cols, "_levels": rest, "group": c}
    return {**out, "_group": header} if header else out
