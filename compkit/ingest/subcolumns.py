"""A Word table's level names merged over the same sub-columns under each ("Behaviours | Examples").

Some publishers head a grid with each level's name merged across two or three columns and a
second header row naming what each of those columns holds, the same names under every level::

    | Competency | Level 1                  | Level 2                  |
    |            | Behaviours | Examples    | Behaviours | Examples    |

Read as it stands, the first column under each level took the level and the others none ("All
levels"), and the second header row was a competency of its own. :func:`spread_levels` turns the
two header rows into one before the table is read: every column under a level's name is that
level's, and a column of illustrations or remarks ("Examples", "Evidence", "Notes") beside a
column of statements is set aside and reported, as a table's "Comments" column is
(:mod:`.doctables`). Sides under each level ("Effective | Ineffective") make a grid per side,
titled by the side's name over the levels, so each statement keeps both its level and side.
"""

from __future__ import annotations

import re

from .blocks import Document, clean
from .polarity import polarity_of

__all__ = ["spread_levels"]

#: A sub-column holding what illustrates or remarks on the statements beside it
_ASIDE = re.compile(
    r"^(?:(?:for )?examples?(?: of (?:evidence|behaviou?rs?|work|practice))?|evidence|"
    r"notes?|comments?|remarks?|guidance|how to (?:evidence|demonstrate)(?: it)?)\W*$",
    re.IGNORECASE,
)


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _spans(table) -> list[int] | None:
    """How many grid columns each cell of the table's first row spans (None if unreadable)."""
    try:
        return [int(tc.grid_span or 1) for tc in table.rows[0]._tr.tc_lst]
    except (AttributeError, IndexError, ValueError):
        return None


def spread_levels(doc: Document, table, grid: list[list[dict]]) -> list[list[list[dict]]]:
    """One header row for a grid whose level names are merged over repeated sub-columns.

    Parameters
    ----------
    doc : Document
        The document being read: the reading is reported in ``doc.notes``, and the paragraphs
        it accounts for leave ``doc.all_keys``.
    table : docx.table.Table
        The Word table, for the columns each first-row cell spans.
    grid : list of list of dict
        The table's rows of cells as :mod:`.wordfile` reads them (a merged cell once a row).

    Returns
    -------
    list of grids
        ``[grid]`` as it was, or with its two header rows made one and the set-aside columns
        left out of every row; with sides under each level, a grid per side, titled by the
        side's name (a title row over the header, as :mod:`.doctables` reads one).
    """
    return [grid] if (out := _spread(doc, table, grid)) is None else out


def _spread(doc: Document, table, grid: list[list[dict]]) -> list | None:
    spans = _spans(table)
    if not spans or len(grid) < 3 or len(grid[0]) != len(spans):
        return None
    width = sum(spans)
    merged = [k for k, s in enumerate(spans) if s > 1]
    if len(grid[1]) != width or len(merged) < 2 or len({spans[k] for k in merged}) != 1:
        return None
    subs = [_text(c) for c in grid[1]]
    starts = [sum(spans[:k]) for k in range(len(spans))]
    pattern = {tuple(subs[starts[k] : starts[k] + spans[k]]) for k in merged}
    if len(pattern) != 1:
        return None
    names = pattern.pop()
    if not all(names) or any(len(n.split()) > 6 for n in names) or len(set(names)) < len(names):
        return None
    for k, s in enumerate(spans):  # a cell not merged across: the same cell merged down, or blank
        if s == 1 and subs[starts[k]] not in ("", _text(grid[0][k])):
            return None
    if any(1 < len(row) != width for row in grid[2:]):
        return None
    aside = {j for j, n in enumerate(names) if _ASIDE.match(n)}
    if len(aside) == len(names):
        return None
    sided = [j for j, n in enumerate(names) if j not in aside and polarity_of(n)]
    if len(sided) > 1 and len(sided) < len(names) - len(aside):
        return None  # sides beside other columns: not read so
    head: list[dict] = []
    keep: list[int] = []
    for k, s in enumerate(spans):
        if s == 1:
            head.append(grid[0][k])
            keep.append(starts[k])
            continue
        level = grid[0][k]
        if not _text(level):
            return None
        for j in range(s):
            if j in aside:
                continue
            keep.append(starts[k] + j)
            head.append(level)
    for cell in grid[1]:  # the sub-column names: read into the header, said here
        for p in cell["paras"]:
            doc.all_keys.pop(p.key, None)
    source = dict(grid[1][starts[merged[0]]]["source"])
    doc.notes.append(
        (
            "guess",
            f"level names merged over sub-columns ({' | '.join(names)}): each column under a "
            "level's name read as that level's" + (", each side's apart" if len(sided) > 1 else ""),
            0.75,
            source,
        )
    )
    body = grid[2:]
    for j in sorted(aside):
        cells = [
            row[starts[k] + j] for row in body if len(row) == width for k in merged
        ]  # fmt: skip
        cells = [c for c in cells if _text(c)]
        for cell in cells:  # reported here, once, not again as text in nothing read
            for p in cell["paras"]:
                doc.all_keys.pop(p.key, None)
        if cells:
            kept = " | ".join(n for i, n in enumerate(names) if i not in aside)
            n = f"{len(cells)} cell{'s' * (len(cells) > 1)}"
            doc.notes.append(
                (
                    "unused",
                    f"the {names[j]!r} columns under each level ({n}, the first "
                    f"{_text(cells[0])[:60]!r}): beside the {kept!r} columns, not statements; "
                    "not read",
                    0.6,
                    dict(cells[0]["source"]),
                )
            )
    if len(sided) > 1:  # a grid per side: the side's name titles it, over the levels
        singles = {starts[k] for k in range(len(spans)) if spans[k] == 1}
        out = []
        for j in sided:
            cols = singles | {starts[k] + j for k in merged}
            title = [grid[1][starts[merged[0]] + j]]
            heads = [cell for cell, c in zip(head, keep, strict=True) if c in cols]
            rows = [
                [row[c] for c in keep if c in cols] if len(row) == width else row for row in body
            ]
            out.append([title, heads, *rows])
        return out
    return [[head, *([row[c] for c in keep] if len(row) == width else row for row in body)]]
