"""A table of level names by role and competency, beside a framework written outside tables.

WWT's Software Engineering career framework prints each skill's levels ("Developing" ...
"Shaping") as headings over lists, and before them a grid: a row per skill, a column per job
title ("Software Engineer 1" ... "Software Architect"), each cell the level that title needs
(blank where it needs none). The document is read without its tables, as the text outside
them holds the statements (:mod:`.documents`), and the grid was left unread: every cell
reported unused, the titles' needs lost. :func:`role_grids` reads such a table as role
profiles once the levels are known: every filled cell names one of the levels read, and one
of its two kinds of header names the competencies read (the other names the roles).
"""

from __future__ import annotations

from collections import defaultdict

from .blocks import Region, clean
from .draft import Draft

__all__ = ["role_grids"]

_NONE = {"n/a", "na", "none", "-", "–", "—"}


def _cells(regions: list[Region]) -> list[tuple[str, str, str, dict]] | None:
    """``(row, column, text, source)`` of one table's regions; None unless all are so headed."""
    out = []
    for region in regions:
        heads = {lb.slot: lb.text for lb in region.labels}
        row, column = heads.get("row header"), heads.get("column header")
        if row is None or column is None:
            return None
        text = clean(" ".join(p.text for p in region.paras))
        out.append((clean(row), clean(column), "" if text.casefold() in _NONE else text, region))
    return out


def role_grids(regions: list[Region], draft: Draft) -> None:
    """Read the tables among ``regions`` that are role profiles into ``draft``, and say so.

    Their texts, reported unused by the reading without tables, are no longer said unused.
    """
    tables: dict[object, list[Region]] = defaultdict(list)
    for region in regions:
        if region.in_table and region.pair is not None:
            tables[region.pair[0]].append(region)
    roles: set[str] = set()
    needs = 0
    texts: set[str] = set()
    for table in tables.values():
        cells = _cells(table)
        filled = [c for c in cells or () if c[2]]
        if not filled or any(draft.find("level", c[2]) is None for c in filled):
            continue
        by_row = all(draft.find("competency", c[0]) is not None for c in cells)
        by_column = all(draft.find("competency", c[1]) is not None for c in cells)
        if by_row == by_column:
            continue
        for row, column, text, region in filled:
            role, comp = (column, row) if by_row else (row, column)
            draft.role(
                role, draft.find("competency", comp), draft.find("level", text), region.source
            )
            roles.add(role)
            needs += 1
        texts |= {t for row, column, text, _ in cells for t in (row, column, text) if t}
    if not roles:
        return
    report = draft.report
    report.notes = [
        n
        for n in report.notes
        if not (n.kind == "unused" and any(n.message.startswith(repr(t)) for t in texts))
    ]
    report.add(
        "guess",
        f"a table of the levels' names by competency read as role profiles ({len(roles)} roles, "
        f"{needs} levels needed; a blank cell needs none)",
        0.7,
    )
