"""The id of a workbook's new statement row: its neighbours' numbering, as an edit gives.

A row whose id the author left empty is a new statement. Its id follows the numbering of the
statements near it in the workbook (its cell's of the same side, its competency's, the
framework's: :func:`compkit.authoring._reuse.new_statement_id`, the rule the editor's edits and
a draft's additions follow), so HSE's new "I won't" row under "Demands" is ``demands-neg-5``,
not ``demands-manager-1``; with no numbering shared it is ``<competency>-<level>-<n>``.
"""

from __future__ import annotations

from collections.abc import Callable

from ._reuse import new_statement_id
from ._sheet_cells import text as cell_text


def _side(cells: dict) -> str:
    """A row's polarity as the import reads it (the drop-down's word, any case)."""
    return cell_text(cells.get("polarity")).strip().lower() or "effective"


def new_row_ids(rows: list, comp_names, level_names) -> Callable[[int, dict, set], str]:
    """A function giving a new statement row its id, from the rows that have one.

    Parameters
    ----------
    rows : list of (int, dict)
        The statement rows: each row's number and cells.
    comp_names, level_names
        Find a competency's or level's id from what a cell names (id, name or rank).

    Returns
    -------
    callable
        ``(number, cells, taken) -> id``: the id of the new row ``cells``, numbered past every
        id of ``taken`` (ids in use, deleted rows' and retired ones).

    Examples
    --------
    >>> from compkit.authoring._sheet_find import Names
    >>> comps = Names([{"id": "demands", "name": "Demands"}], "competency")
    >>> levels = Names([{"id": "manager", "name": "Manager", "rank": 1}], "level")
    >>> rows = [(2, {"id": "demands-neg-4", "competency": "Demands", "level": "manager",
    ...              "polarity": "ineffective"})]
    >>> new_id = new_row_ids(rows, comps, levels)
    >>> new_id(3, {"competency": "Demands", "level": "Manager", "polarity": "Ineffective"},
    ...        {"demands-neg-4"})
    'demands-neg-5'
    """

    def find(names, value) -> str | None:
        return names.find(cell_text(value).strip())

    near: dict[str, list[dict]] = {}
    for _, cells in rows:
        ident = cell_text(cells.get("id")).strip()
        comp = find(comp_names, cells.get("competency"))
        level = find(level_names, cells.get("level"))
        if ident and comp and level:
            row = {"id": ident, "level": level, "polarity": _side(cells)}
            near.setdefault(comp, []).append(row)
    doc = {"competencies": [{"id": c, "indicators": i} for c, i in near.items()]}

    def new_id(number: int, cells: dict, taken: set) -> str:
        comp = find(comp_names, cells.get("competency")) or "new"
        level = find(level_names, cells.get("level")) or "new"
        return new_statement_id(doc, comp, level, _side(cells), taken)

    return new_id
