"""A sheet's header set over two rows (read as one), and a workbook with a sheet per level.

:func:`two_row_header`: a skills matrix heads its name columns in a cell merged down two rows
and its level names under a cell merged across them; the lower row's blank cells take the
text above them when that reads more like a framework's header.

:func:`level_sheets`: a career ladder kept as a workbook with a tab per level ("Junior",
"Senior", "Staff"), each "Competency | Expectation", was read as its first sheet alone, every
statement at "All levels", the other sheets reported as not read. When two sheets or more
repeat the header, which names no level, and most such sheets' names read as levels, each
sheet is read as that level (ranked in workbook order), reported. A title line above a
sheet's header naming its level in full ("IC2 Security Engineer" on tab "IC2") names the level,
and the paragraph under it is the level's description (:func:`_titled`).
"""

from __future__ import annotations

from .blocks import clean
from .draft import Draft
from .levelnames import level_score
from .levelruns import header_levels
from .tables import Grid, find_columns, header_score

__all__ = ["level_sheets", "two_row_header"]


def two_row_header(grid: Grid, row: int, score: int, hints: dict) -> tuple[int, int]:
    """Read a header set over two rows as one; return the header row and its score.

    A skills matrix heads its name columns in a cell merged down two rows ("Skill area") and
    its level names under a cell merged across them ("Seniority level"): the lower row's blank
    cells take the text above them, when that reads more like a framework's header. The pair
    is the header row found and the row above it, or it and the row below.
    """
    from itertools import zip_longest

    best = (score, row, None)
    for lower in (row, row + 1):
        if lower < 1 or lower >= len(grid.rows):
            continue
        cells, above = grid.rows[lower], grid.rows[lower - 1]
        merged = [c if clean(c) else a for c, a in zip_longest(cells, above, fillvalue="")]
        if merged == list(cells) or merged == list(above):
            continue
        taken = {i for i, c in enumerate(cells) if not clean(c)} & {
            i for i, a in enumerate(above) if clean(a)
        }
        found = find_columns(merged, hints)
        if taken & set(found.get("_levels", ())):
            continue  # a band over the table ("Supports strategic direction") names no level
        better = header_score(found)
        if better > best[0]:
            best = (better, lower, merged)
    score, row, merged = best
    if merged is not None:
        grid.rows[row], grid.header_rows = merged, 2
    return row, score


def level_sheets(ranked: list, order: list[str], cols: dict, hints: dict, draft: Draft) -> list:
    """The sheets read as one level each, ``(grid, header row, columns)`` in workbook order.

    ``ranked`` holds ``(score, grid, header row, columns)`` per sheet, the best first; ``cols``
    are the best sheet's columns as read. Empty unless the best sheet names competencies and
    statements but no level, and two sheets or more (most named as levels) repeat its header.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> head = ["Competency", "Expectation"]
    >>> a = Grid("Junior", [head, ["Testing", "Writes tests."]])
    >>> b = Grid("Senior", [head, ["Testing", "Plans tests."]])
    >>> cols = {"competency": 0, "text": 1}
    >>> ranked = [(6, a, 0, cols), (6, b, 0, cols)]
    >>> d = Draft(IngestReport("ladder.xlsx"))
    >>> [(g.name, c["_level_name"]) for g, _, c in level_sheets(ranked, ["Junior", "Senior"],
    ...                                                        cols, {}, d)]
    [('Junior', 'Junior'), ('Senior', 'Senior')]
    """
    _, first, row0, _ = ranked[0]
    if not {"competency", "text"} <= cols.keys() or "level" in cols or cols.get("_levels"):
        return []
    if any(hints.get(k) for k in ("levels", "level_from", "sheet", "layout")):
        return []
    head = [clean(c) for c in first.rows[row0]]
    same = [
        (grid, row)
        for _, grid, row, _ in ranked
        if row is not None and [clean(c) for c in grid.rows[row]] == head and grid.name
    ]
    names = [grid.name for grid, _ in same]
    named = sum(level_score(n) >= 0.6 for n in names)  # "Staff" beside "Junior", "Senior"
    if len(same) < 2 or not (named * 2 > len(names) or header_levels(names)):
        return []
    same.sort(key=lambda x: order.index(x[0].name))
    tops = [{t for _, t in _lines(grid, row)} for grid, row in same]
    common = set.intersection(*tops)  # "Confidential", "Last reviewed ...": no level's
    titled = {id(grid): _titled(grid, row, common) for grid, row in same}
    for rank, (grid, _) in enumerate(same, 1):
        name, _, said = titled[id(grid)]
        key = draft.level(name, {"sheet": grid.name}, rank=rank)
        if said and not draft.levels[key].description:
            draft.levels[key].description = said
    shown = [t[0] for t in titled.values() if t[1]]
    described = any(t[2] for t in titled.values())
    draft.report.add(
        "guess",
        f"{len(same)} sheets repeat one header and are named as levels ("
        + ", ".join(map(repr, names))
        + "): each sheet read as its level, ranked in workbook order"
        + (
            f"; {len(shown)} named in full by the title line above the header ("
            + ", ".join(map(repr, shown[:3]))
            + (", ...)" if len(shown) > 3 else ")")
            + (", the paragraph under it the level's description" if described else "")
            if shown
            else ""
        ),
        0.7,
    )
    return [
        (grid, row, {**cols, "_level_name": titled[id(grid)][0], "_above": titled[id(grid)][1]})
        for grid, row in same
    ]


def _lines(grid: Grid, row: int) -> list[tuple[int, str]]:
    """The lines above a sheet's header: rows of one cell, ``(row, text)``."""
    lines = []
    for r in range(row + 1 - grid.header_rows):
        cells = [clean(c) for c in grid.rows[r] if clean(c)]
        if len(cells) == 1:
            lines.append((r, cells[0]))
    return lines


def _titled(grid: Grid, row: int, common: frozenset | set = frozenset()) -> tuple:
    """A level sheet's level name, the lines above its header read, the level's description.

    The first line above the header that opens with the sheet's name and says more, in a few
    words and no sentence ("IC2 Security Engineer" on tab "IC2"), names the level in full; the
    lines after it that are sentences or paragraphs are its description, but for the lines in
    ``common``, found on every level sheet ("Confidential - for internal use only"): those
    describe no level and stay unread. Otherwise the tab names the level, and nothing above
    the header is read.

    Examples
    --------
    >>> rows = [["IC2 Security Engineer"], ["I work with my manager. I own tasks."], [""],
    ...         ["Competency", "Behaviour"]]
    >>> _titled(Grid("IC2", rows), 3)
    ('IC2 Security Engineer', [0, 1], 'I work with my manager. I own tasks.')
    >>> _titled(Grid("IC2", rows), 3, {"I work with my manager. I own tasks."})
    ('IC2 Security Engineer', [0], '')
    >>> _titled(Grid("IC2", [["Security ladder, IC2"], ["Competency", "Behaviour"]]), 1)
    ('IC2', [], '')
    """
    tab = clean(grid.name)
    lines = _lines(grid, row)
    for k, (r, text) in enumerate(lines):
        rest = text[len(tab) :]
        if not (
            tab
            and text.casefold().startswith(tab.casefold())
            and rest[:1] in (" ", "-", "–", "—", ":")
            and rest.strip(" -–—:")
            and len(text.split()) <= 8
            and not text.endswith((".", ";", "!", "?"))
        ):
            continue
        said = [(q, t) for q, t in lines[k + 1 :] if len(t.split()) >= 3 and t not in common]
        return text, [r, *(q for q, _ in said)], "\n\n".join(t for _, t in said)
    return tab, [], ""
