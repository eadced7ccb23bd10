"""A long sheet's level and statement columns told by what they hold, not by their headers.

An HR system's or a survey's export of a behaviourally anchored scale lists a row per anchor:
the competency's name, the point of the scale the anchor stands at and the anchor's text
(O*NET's "Level Scale Anchors": "Element Name | Anchor Value | Anchor Description"; a rating
scale's "Rating | Behaviour example"). When no header names a level or a statement column, a
column of whole numbers on a short scale, each competency's rows at different points of it and
the points shared across competencies, is the level; the column of texts of several words that
differ from row to row within a competency is the statements. Both must be found, and the
report says so (confidence 0.6). Columns a header names, or a hint, are never overridden.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .blocks import clean
from .draft import Draft
from .tables import Grid

__all__ = ["scale_points", "scale_table"]

#: A point of a scale as a spreadsheet gives it: "4", "4.0", " 4 "
_POINT = re.compile(r"\d{1,2}(?:\.0+)?")


def scale_points(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft | None) -> dict:
    """``cols`` with a level and a statement column found by their cells, when none is named.

    Examples
    --------
    >>> rows = [["Element Name", "Anchor Value", "Anchor Description"],
    ...         ["Writing", "2", "Leave a note for a colleague"],
    ...         ["Writing", "4", "Write a reference for a team member"],
    ...         ["Speaking", "2", "Give directions to a visitor"],
    ...         ["Speaking", "4", "Brief a team on a new procedure"]]
    >>> scale_points(Grid("", rows), 0, {"competency": 0}, {}, None)
    {'competency': 0, 'level': 1, 'text': 2}
    """
    if "competency" not in cols or "level" in cols or "text" in cols or _hinted(hints):
        return cols
    taken = {v for k, v in cols.items() if not k.startswith("_") and isinstance(v, int)}
    taken |= set(cols.get("_levels") or ())
    body = [r for r in grid.rows[row + 1 :] if any(clean(c) for c in r)]
    comp = cols["competency"]
    names = [_cell(r, comp) for r in body]
    width = max((len(r) for r in body), default=0)
    free = [i for i in range(width) if i not in taken]
    points = [i for i in free if _scale(names, [_cell(r, i) for r in body])]
    texts = [i for i in free if i not in points and _texts(names, [_cell(r, i) for r in body])]
    if len(points) != 1 or not texts:
        return cols
    text = max(texts, key=lambda i: sum(len(_cell(r, i).split()) for r in body))
    out = {**cols, "level": points[0], "text": text}
    if draft is not None:
        head = grid.rows[row]
        seen = sorted({int(float(_cell(r, points[0]))) for r in body if _cell(r, points[0])})
        draft.report.add(
            "guess",
            f"column {clean(head[points[0]])!r} read as the level: no header names one, and it "
            f"holds points of a scale ({', '.join(map(str, seen))}), each competency's rows "
            f"at different points; column {clean(head[text])!r} read as the statements",
            0.6,
            grid.where(row, points[0]),
        )
    return out


def _hinted(hints: dict) -> bool:
    """Whether a hint says where the levels or statements are (then it, not this, decides)."""
    keys = ("level_from", "text_from", "levels", "layout")
    return any(hints.get(k) for k in keys)


def _cell(cells: list[str], i: int) -> str:
    """The clean text of cell ``i`` of a row (empty past its end)."""
    return clean(cells[i]) if i < len(cells) else ""


def _scale(names: list[str], cells: list[str]) -> bool:
    """Whether a column holds a competency's points of one scale (every row filled).

    Whole numbers from 0 to 10, at least two of them; no competency at one point twice; at
    least two competencies with two rows or more, half of them or more at the same points.
    """
    if not cells or not all(_POINT.fullmatch(c) for c in cells):
        return False
    values = [int(float(c)) for c in cells]
    if max(values) > 10 or len(set(values)) < 2:
        return False
    per: dict[str, list[int]] = defaultdict(list)
    for name, value in zip(names, values, strict=True):
        per[name].append(value)
    if any(len(v) != len(set(v)) for v in per.values()):
        return False  # one competency at one point twice: a rating, a count, not the scale
    many = [frozenset(v) for v in per.values() if len(v) >= 2]
    # "1, 2" | "1, 2, 3" | "1 ... 4": each competency's items numbered, no scale
    return len(many) >= 2 and Counter(many).most_common(1)[0][1] * 2 >= len(many)


def _texts(names: list[str], cells: list[str]) -> bool:
    """Whether a column holds statements: texts of three words or more, differing per row.

    Most filled cells hold three words or more, and within a competency no text repeats
    (a definition repeated down a competency's rows is its description, not its statements).
    """
    filled = [(n, c) for n, c in zip(names, cells, strict=True) if c]
    if len(filled) < len(cells) * 0.8 or not filled:
        return False
    if sum(len(c.split()) >= 3 for _, c in filled) < len(filled) * 0.8:
        return False
    per: dict[str, list[str]] = defaultdict(list)
    for name, text in filled:
        per[name].append(text)
    return all(len(v) == len(set(v)) for v in per.values())


def scale_table(grids: list[Grid], hints: dict, draft: Draft | None) -> tuple | None:
    """``(grid, header row, columns)`` of a table of anchors whose header names nothing known.

    A database's download heads its columns in its own words ("element_id | scale_id |
    anchor_value | anchor_description"): read when one column names a competency per run of
    rows (a code or a name, the same down each competency's rows), one holds points of a scale
    and one the statements, as :func:`scale_points` finds them. Tried only when no header row
    reads as a framework's, and never past a hint.

    Examples
    --------
    >>> rows = [["element_id", "anchor_value", "anchor_description"],
    ...         ["1.A.1", "2", "Follow a short safety announcement"],
    ...         ["1.A.1", "4", "Follow a trainer talking through a procedure"],
    ...         ["1.A.2", "2", "Read the labels on a delivery"],
    ...         ["1.A.2", "4", "Read a tenancy agreement"]]
    >>> scale_table([Grid("", rows)], {}, None)[1:]
    (0, {'competency': 0, 'level': 1, 'text': 2})
    """
    if _hinted(hints) or any(hints.get(f"{k}_from") for k in ("competency", "level", "text")):
        return None
    for grid in grids:
        for row in range(min(10, len(grid.rows))):
            head = [clean(c) for c in grid.rows[row]]
            if len([c for c in head if c]) < 3 or not all(head):
                continue
            body = [r for r in grid.rows[row + 1 :] if any(clean(c) for c in r)]
            for comp in range(len(head)):
                if not _runs([_cell(r, comp) for r in body]):
                    continue
                cols = scale_points(grid, row, {"competency": comp}, hints, None)
                if "level" in cols:
                    _said(grid, row, cols, draft)
                    return grid, row, cols
    return None


def _runs(cells: list[str]) -> bool:
    """Whether a column names a competency per run of rows: short, filled, each in one run."""
    if len(cells) < 4 or not all(cells) or any(len(c.split()) > 8 for c in cells):
        return False
    starts = [c for n, c in enumerate(cells) if not n or cells[n - 1] != c]
    return len(starts) == len(set(starts)) and 2 <= len(starts) < len(cells)


def _said(grid: Grid, row: int, cols: dict, draft: Draft | None) -> None:
    """Report the columns read by what they hold."""
    if draft is None:
        return
    head = grid.rows[row]
    named = {k: clean(head[v]) for k, v in cols.items()}
    draft.report.add(
        "guess",
        f"no header names a competency, level or statement column: column "
        f"{named['competency']!r} read as the competency (one value down each run of rows), "
        f"{named['level']!r} as the level (points of a scale, each competency's rows at "
        f"different points), {named['text']!r} as the statements",
        0.5,
        grid.where(row, cols["competency"]),
    )
