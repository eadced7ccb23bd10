"""A header of field paths with a locale ("name.defaultValue", "name.en_US") over a row of labels.

HR systems built on a metadata framework (SAP SuccessFactors' Job Profile Builder import and
export files among them) head each column with the field's path and its locale and print a
second header row of labels under it ("Competency.GUID", "Default Value", "US English"). That
row is no competency: it is read with the first as the header, and the report says so. A row
is such a label row when each locale heads the same label under two fields or more (a data
row holds a name under ``name.en_US`` and a description under ``description.en_US``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .blocks import clean
from .draft import Draft
from .tables import Grid

__all__ = ["field_path", "label_row", "labels_paths"]

#: "name.defaultValue", "behaviors.name.en_US", "description.fr-CA": a field, then its locale
_PATH = re.compile(
    r"(?P<field>[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\."
    r"(?P<locale>defaultValue|localized|[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?)"
)


def field_path(header: str) -> tuple[str, str] | None:
    """A header cell's field and locale, or None if it is no field path with a locale.

    Examples
    --------
    >>> field_path("name.en_US")
    ('name', 'en_US')
    >>> field_path("behaviors.name.defaultValue")
    ('behaviors.name', 'defaultValue')
    >>> field_path("Competency name") is None
    True
    """
    match = _PATH.fullmatch(clean(header))
    return (match["field"], match["locale"]) if match else None


def label_row(grid: Grid, row: int, draft: Draft | None = None) -> int:
    """The header row, moved one down when the row under it labels its field paths.

    The two rows are read as one header (the lower holding the field paths, so every
    statement keeps its own cell), ``grid.header_rows`` is 2, and the report says why.

    Examples
    --------
    >>> rows = [["externalCode", "name.defaultValue", "name.en_US", "description.defaultValue",
    ...          "description.en_US"],
    ...         ["Competency.GUID", "Default Value", "US English", "Default Value", "US English"],
    ...         ["C1", "Plans Work", "Plans Work", "Sets out tasks.", "Sets out tasks."]]
    >>> grid = Grid("", rows)
    >>> label_row(grid, 0), grid.rows[1][1], grid.header_rows
    (1, 'name.defaultValue', 2)
    """
    if row + 1 >= len(grid.rows) or grid.header_rows != 1:
        return row
    head, below = grid.rows[row], grid.rows[row + 1]
    if not labels_paths(head, below):
        return row
    labels = [repr(clean(c)) for c in below if clean(c)]
    shown = ", ".join(labels[:4]) + (", ..." if len(labels) > 4 else "")
    grid.rows[row + 1], grid.header_rows = list(head), 2
    if draft is not None:
        draft.report.add(
            "guess",
            f"row {row + 2} ({shown}) read with row {row + 1} as the header: the labels "
            "an export prints under its field paths (each locale's the same under every "
            "field), not a competency",
            0.7,
            grid.where(row + 1, 0),
        )
    return row + 1


def labels_paths(head: list[str], below: list[str]) -> bool:
    """Whether ``below`` labels ``head``'s field paths: each locale's label the same throughout.

    Examples
    --------
    >>> head = ["name.defaultValue", "name.en_US", "description.defaultValue", "description.en_US"]
    >>> labels_paths(head, ["Default Value", "US English", "Default Value", "US English"])
    True
    >>> labels_paths(head, ["Plans Work", "Plans Work", "Sets out tasks.", "Sets out tasks."])
    False
    """
    by_locale: dict[str, list[int]] = defaultdict(list)
    for i, cell in enumerate(head):
        if path := field_path(cell):
            by_locale[path[1]].append(i)
    shared = [cols for cols in by_locale.values() if len(cols) >= 2]
    for cols in shared:
        labels = {clean(below[i]) if i < len(below) else "" for i in cols}
        if len(labels) != 1 or not min(labels):
            return False
    return bool(shared)
