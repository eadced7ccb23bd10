"""A wide sheet's first column of row ids set aside for the column headed "name".

A framework kept in a database and downloaded as CSV often leads each row with its record's id
and names the competency in a column headed only "name" or "title"::

    uuid     | type | name                   | description     | level_1 | level_2 ...
    279fbcf7 | core | Ownership for results  | Understand ...  | ...     | ...

No header names a competency, so the first column was read as the competency: every competency
named by its id, the names and descriptions reported as not read. :func:`id_columns` reads the
"name" column as the competency when the first column holds an id on every row (one word,
a figure in it, never the same twice), the column headed as a description beside it as the
competency's description, and drops a polarity matched by its header alone ("type") whose cells
name no side ("core", "functional"). Reported, with the ids set aside.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .labels import polarity_of, special_column
from .tables import Grid, norm_header
from .tables import at as _at

__all__ = ["id_columns"]

#: A header naming a row's name, not what kind of thing it is: "name", "title", "label"
_NAME = re.compile(r"^(?:names?|titles?|labels?)$")
#: A record's id: one word with a figure in it ("279fbcf7-8951-...", "C-01", "17")
_ID = re.compile(r"^(?=\S*\d)[\w.:/{}-]{1,64}$")


def id_columns(grid: Grid, row: int, cols: dict, draft: Draft) -> dict:
    """``cols`` with the column headed "name" as the competency when the first holds row ids.

    Only when no header named the competency (``_inferred``): the inferred column's cells are
    ids, one on every row with statements and each once, and a column before the levels is
    headed "name" or "title" with a word on every row. Reported; otherwise ``cols`` unchanged.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["id", "name", "description", "level_1", "level_2"],
    ...         ["c-1", "Ownership", "Owns it.", "Ships.", "Leads."],
    ...         ["c-2", "Craft", "Builds well.", "Tests.", "Sets standards."]]
    >>> cols = {"competency": 0, "_inferred": True, "_levels": [3, 4]}
    >>> out = id_columns(Grid("", rows), 0, cols, Draft(IngestReport("a.csv")))
    >>> out["competency"], out["description"], "_inferred" in out
    (1, 2, False)
    """
    levels = cols.get("_levels") or []
    first = cols.get("competency")
    if not cols.get("_inferred") or first is None or not levels:
        return cols
    head = [clean(c) for c in grid.rows[row]]
    body = [cells for cells in grid.rows[row + 1 :] if any(_at(cells, c) for c in levels)]
    ids = [_at(cells, first) for cells in body]
    if len(body) < 2 or not all(_ID.match(i) for i in ids) or len(set(ids)) < len(ids):
        return cols
    taken = {v for k, v in cols.items() if not k.startswith("_")} - {first}
    name = next(
        (
            c
            for c in range(first + 1, min(levels))
            if c not in taken
            and _NAME.match(norm_header(head[c]))
            and all(re.search(r"[^\W\d_]", _at(cells, c)) for cells in body)
        ),
        None,
    )
    if name is None:
        return cols
    out = {k: v for k, v in cols.items() if k not in ("competency", "_inferred")}
    out["competency"] = name
    if "description" not in out:
        told = [
            c
            for c in range(first + 1, min(levels))
            if c not in taken and c != name and special_column(head[c]) == "description"
        ]
        if told:
            out["description"] = told[0]
    if "polarity" in out and not any(
        polarity_of(v) for cells in body if (v := _at(cells, out["polarity"]))
    ):
        del out["polarity"]  # "type" over "core", "functional": no side named
    said = draft.report.reasons[-1] if draft.report.reasons else ""
    if said:
        said = re.sub(r"polarity = '[^']*', ", "", said) if "polarity" not in out else said
        draft.report.reasons[-1] = said.replace(
            f"competency = {grid.rows[row][first]!r}", f"competency = {grid.rows[row][name]!r}"
        )
    described = f", {head[out['description']]!r} its description" if "description" in out else ""
    draft.report.add(
        "guess",
        f"column {head[name]!r} read as the competency{described}; column {head[first]!r} holds "
        f"an id on each of its {len(ids)} rows ({ids[0]!r}, ...), set aside",
        0.7,
        grid.where(row, name),
    )
    return out
