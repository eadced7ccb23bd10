"""A long sheet's finer column of names, headed in the publisher's own word: the competencies.

A database export may head its columns with its table names: "area | guid | e_competence |
level | description", a row per level description. compkit's header words match "area" as the
competency column and nothing in "e_competence", so 40 competencies were read as their 5
areas. :func:`finer_names` reads such a sheet the other way when an unmatched column of short
names sits in the matched one as competencies in a group: more names than the matched column
has, each met on several rows and always under one of its values. That column is then the
competency and the matched one its group, reported.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .tables import Grid
from .tables import at as _at

__all__ = ["finer_names"]

#: Header words that name a coarse division as readily as a competency
_LOOSE = re.compile(r"^(?:areas?|topics?|themes?|tracks?)$", re.IGNORECASE)
#: A header naming a code, an id or a kind, never names ("guid", "Type", "No.")
_NOT_NAMES = re.compile(r"(?:^|[\s_])(?:g?u?ids?|codes?|keys?|types?|kinds?|no\.?|numbers?)$", re.I)


def finer_names(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft) -> dict:
    """``cols`` with a finer column of names as the competency, the matched one its group.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> head = ["area", "skill_title", "level", "description"]
    >>> body = [["Plan", f"Plan {k}", str(n), f"Plans {k} at {n}."] for k in "ab" for n in (1, 2)]
    >>> body += [["Run", f"Run {k}", str(n), f"Runs {k} at {n}."] for k in "cd" for n in (1, 2)]
    >>> cols = {"competency": 0, "level": 2, "text": 3}
    >>> finer_names(Grid("", [head, *body]), 0, cols, {}, Draft(IngestReport("x.csv")))
    {'competency': 1, 'level': 2, 'text': 3, 'group': 0}
    """
    comp = cols.get("competency")
    if comp is None or "group" in cols or hints.get("competency_from") or "text" not in cols:
        return cols
    head = [clean(c) for c in grid.rows[row]]
    if not _LOOSE.match(head[comp].replace("_", " ")):
        return cols
    body = [cells for cells in grid.rows[row + 1 :] if _at(cells, cols["text"])]
    taken = {v for k, v in cols.items() if not k.startswith("_") and isinstance(v, int)}
    coarse = {_at(cells, comp) for cells in body}
    for c in range(len(head)):
        if c in taken or not head[c] or _NOT_NAMES.search(head[c]):
            continue
        names = [_at(cells, c) for cells in body]
        if not all(names) or any(len(n.split()) > 12 for n in names):
            continue
        within: dict[str, set[str]] = {}
        for cells, name in zip(body, names, strict=True):
            within.setdefault(name, set()).add(_at(cells, comp))
        nested = all(len(v) == 1 for v in within.values())
        if nested and len(coarse) < len(within) < len(names):
            draft.report.add(
                "guess",
                f"column {head[c]!r} read as the competencies ({len(within)} names, each under "
                f"one {head[comp]!r}), {head[comp]!r} as their groups ({len(coarse)})",
                0.7,
                grid.where(row, c),
            )
            return {**cols, "competency": c, "group": comp}
    return cols
