"""A long sheet naming its competencies only by code: a column of codes read as the competency.

A database download or a hand-kept list can name each statement's competency by a code alone
("COMM-01", "A.01") under a header that says nothing of competencies ("e_competence_guid",
"parent"). With a level and a statement column found and no competency column, a column is read
as the competency when it looks like one by its cells, not its header:

- every row with a statement has a code in it: one word of letters and digits (a letter and a
  digit at least, 20 characters at most), so a score or a yes/no column is not one;
- the codes repeat: at most half as many codes as rows (a row's own id, "A.01.L4", is no
  competency);
- a code is met at more than one level and a level under more than one code (a column of level
  codes, "L1" … "L5", is the level again).

The finest such column is the competency; a coarser one each of whose codes holds whole
competencies ("A" over "A.01", "A.02") is their group. Without it, such a file was read as one
competency named after the file.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .draft import Draft
from .tables import Grid
from .tables import at as _at

__all__ = ["code_columns"]

_CODE = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9._/-]{1,19}")


def _codes(grid: Grid, row: int, cols: dict, col: int) -> list[tuple[str, str]] | None:
    """The (code, level) of each statement row if column ``col`` holds a code on every one."""
    out = []
    for cells in grid.rows[row + 1 :]:
        if not _at(cells, cols["text"]):
            continue
        code = _at(cells, col)
        if not _CODE.fullmatch(code):
            return None
        out.append((code, _at(cells, cols["level"])))
    return out


def _competency_like(pairs: list[tuple[str, str]]) -> bool:
    """Codes that repeat, each over several levels and several under one level.

    Examples
    --------
    >>> _competency_like([("C1", "1"), ("C1", "2"), ("C2", "1"), ("C2", "2")])
    True
    >>> _competency_like([("L1", "1"), ("L2", "2"), ("L1", "1"), ("L2", "2")])
    False
    >>> _competency_like([("A.01.L1", "1"), ("A.01.L2", "2")])
    False
    """
    codes = {code for code, _ in pairs}
    if not 2 <= len(codes) <= len(pairs) / 2:
        return False
    levels_of: dict[str, set[str]] = {}
    codes_at: dict[str, set[str]] = {}
    for code, level in pairs:
        levels_of.setdefault(code, set()).add(level)
        codes_at.setdefault(level, set()).add(code)
    return any(len(v) > 1 for v in levels_of.values()) and any(
        len(v) > 1 for v in codes_at.values()
    )


def _nested(fine: list[str], coarse: list[str]) -> bool:
    """Each fine code under one coarse code, and fewer coarse codes than fine ones."""
    over: dict[str, str] = {}
    for f, c in zip(fine, coarse, strict=True):
        if over.setdefault(f, c) != c:
            return False
    return len(set(coarse)) < len(set(fine))


def code_columns(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft) -> dict:
    """``cols`` with a column of competency codes as the competency (and a coarser as group).

    Only for a header with a level and a statement column and no competency column, and no
    ``competency_from`` hint; reported, with the codes counted.
    """
    if "competency" in cols or not {"level", "text"} <= cols.keys():
        return cols
    if hints.get("competency_from") or hints.get("layout") not in (None, "long"):
        return cols
    taken = {v for k, v in cols.items() if not k.startswith("_") and isinstance(v, int)}
    found = []
    for col in range(len(grid.rows[row])):
        if col in taken:
            continue
        pairs = _codes(grid, row, cols, col)
        if pairs and _competency_like(pairs):
            found.append((len({c for c, _ in pairs}), col, [c for c, _ in pairs]))
    if not found:
        return cols
    found.sort(reverse=True)
    count, col, codes = found[0]
    out = {**cols, "competency": col}
    group = next((g for _, g, gc in found[1:] if _nested(codes, gc)), None)
    if group is not None and "group" not in cols:
        out["group"] = group
    header = clean(grid.rows[row][col])
    shown = ", ".join(repr(c) for c in list(dict.fromkeys(codes))[:3])
    grouped = f" (column {clean(grid.rows[row][group])!r} their group)" if "group" in out else ""
    draft.report.add(
        "guess",
        f"column {header!r} read as the competency{grouped}: {plural(len(codes), 'row')} name "
        f"{plural(count, 'code')} ({shown}, ...), each repeated over its levels; the file "
        "names its competencies by code only (give their names in the framework file)",
        0.6,
        grid.where(row, col),
    )
    return out
