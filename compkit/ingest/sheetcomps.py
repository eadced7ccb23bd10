"""Workbooks with a sheet per competency: which sheets hold one, and the competency's name.

Assessment workbooks and mapping templates give each competency a sheet of its own, in one of
two shapes:

- a header of level names from its first cell, each level's statements listed down its column
  (:func:`read_stacked`, the *level-columns* layout);
- a level column and a statement column, one or more rows per level, the level written once
  over its rows or merged down them (the *long* layout with no competency column:
  ``ingest.sheets`` reads the rows, :func:`competency_sheets` picks the sheets).

Either way a sheet is named by the title line above its header -- the last short line on its
own above it, not a sentence, not a line every sheet repeats (the framework's title) -- or else
by the sheet's own name (:func:`sheet_competency`). Sheets of another shape (a cover, a "Read
me", a summary) are left out and reported.
"""

from __future__ import annotations

import re

from .blocks import clean
from .cells import cell_paras, nested_repair, split_cell
from .draft import Draft, Statement
from .labels import level_score
from .longcolumns import varies_by
from .sheetlevels import left_out_columns
from .tables import Grid, find_columns
from .tables import at as _at

__all__ = [
    "competency_sheets",
    "framework_title",
    "level_rows",
    "name_sheet",
    "read_stacked",
    "repeated_levels",
    "repeated_names",
    "sheet_competency",
    "stacked",
    "unread_columns",
]


def stacked(head: list[str], cols: dict) -> bool:
    """A header of level names only, from its first cell: statements listed down each level.

    No column names the competency; the sheet is one competency (an assessment workbook with
    a sheet per competency, each level's statements one a row below its name).

    Examples
    --------
    >>> stacked(["Novice", "Expert"], {"_levels": [0, 1], "competency": 0, "_inferred": True})
    True
    >>> stacked(["Skill", "Novice", "Expert"], {"_levels": [1, 2], "competency": 0})
    False

    With the levels given leaving out the first ("Basic | Intermediate | Advanced", levels
    Intermediate and Advanced), a first cell naming a level still starts the levels:

    >>> stacked(["Basic", "Advanced"], {"competency": 0, "_levels": [1], "_inferred": True,
    ...                                 "_sure": True})
    True
    """
    filled = [i for i, c in enumerate(head) if clean(c)]
    levels = cols.get("_levels", [])
    no_name = "competency" not in cols or cols.get("_inferred")
    if not (levels and no_name and filled):
        return False
    left_out = cols.get("_sure") and level_score(clean(head[filled[0]])) >= 0.6
    return filled[0] == levels[0] or bool(left_out and filled[0] < levels[0])


def repeated_levels(grids: list[Grid], hints: dict, draft: Draft) -> dict:
    """``hints`` with the levels of a header row every sheet repeats, though not level words.

    Unless the levels or the layout are given: the names found (:func:`repeated_names`)
    become the ``levels`` hint, reported.
    """
    found = [] if hints.get("levels") or hints.get("layout") else repeated_names(grids)
    if not found:
        return hints
    draft.report.add(
        "guess",
        "level names read from the header row every sheet repeats: "
        + ", ".join(repr(n) for n in found)
        + " (some are no usual level words; give levels=[...] if these are not the levels)",
        0.5,
    )
    return {**hints, "levels": found}


def repeated_names(grids: list[Grid]) -> list[str]:
    """The level names of a header row every sheet repeats, though some are no level words.

    A workbook with a sheet per competency repeats one header on every sheet: the levels'
    names from its first cell ("Learning | Competent | Mastering | Expert"), each level's
    statements below its name. Names that are no usual level words ("Learning", "Mastering")
    keep such a header from reading as levels; repeated on two sheets or more, on every
    sheet with a header of short labels, with a level word among them and statements of
    several words under every one, it is the levels. Returns them, else ``[]``.

    Examples
    --------
    >>> from compkit.ingest.tables import Grid
    >>> def sheet(name, rows):
    ...     return Grid(name, [[name], ["Learning", "Competent", "Mastering"], *rows])
    >>> body = [["Completes tasks on time.", "Sets goals with the team.", "Leads others well."]]
    >>> repeated_names([sheet("Ownership", body), sheet("Trust", body)])
    ['Learning', 'Competent', 'Mastering']
    >>> repeated_names([sheet("Ownership", body)])  # one sheet: nothing repeats
    []
    >>> cover = Grid("Read me", [["How to use"], ["Rate each behaviour.", "Then add notes."]])
    >>> repeated_names([cover, sheet("Ownership", body), sheet("Trust", body)])
    ['Learning', 'Competent', 'Mastering']
    >>> notes = [["Completes tasks on time.", "Sets goals with the team.", ""]]
    >>> repeated_names([sheet("A", notes), sheet("B", notes)])  # a column of no statements
    []
    >>> def named(name):
    ...     return Grid(name, [["Area", "Novice", "Expert"], ["Delivery", *body[0][:2]]])
    >>> repeated_names([named("A"), named("B")])  # a column named for the competency
    []
    """
    found = [(grid, head) for grid in grids if (head := _label_row(grid)) is not None]
    heads = [head for _, (_, head) in found]  # a cover sheet of sentences has none
    if len(heads) < 2 or len(set(heads)) != 1:
        return []
    names = list(heads[0])
    cols = find_columns(names, {})
    if any(k[0] != "_" and not (k == "competency" and "_inferred" in cols) for k in cols):
        return []  # a column named for what it holds ("Area", "Notes"): not a row of levels
    if not any(level_score(n) >= 0.6 for n in names) or all(level_score(n) >= 0.8 for n in names):
        return []  # no level word at all; or every name a level already (read as such)
    for grid, (row, _) in found:
        for c in range(len(names)):
            texts = [clean(cells[c]) for cells in grid.rows[row + 1 :] if c < len(cells)]
            if not any(len(t.split()) >= 3 for t in texts):
                return []
    return names


def _label_row(grid: Grid) -> tuple[int, tuple[str, ...]] | None:
    """The first row of two or more short labels from its first cell, none a sentence."""
    for r, cells in enumerate(grid.rows[:30]):
        texts = [clean(c) for c in cells]
        while texts and not texts[-1]:
            texts.pop()
        if len(texts) < 2:
            continue
        if not all(t and len(t.split()) <= 4 and not _SENTENCE.search(t) for t in texts):
            return None
        return r, tuple(texts)
    return None


def level_rows(cols: dict) -> bool:
    """A header with a level column and a statement column but no competency column."""
    return {"level", "text"} <= cols.keys() and "competency" not in cols


def competency_sheets(ranked: list, order: list[str], draft: Draft) -> list[tuple]:
    """The sheets whose header, like the best one's, has a level and a statement column.

    ``ranked`` holds ``(score, grid, header row, columns)`` per sheet, best first; the sheets
    come back in workbook order, and every other sheet is reported as not read.
    """
    out = []
    for _, grid, row, cols in sorted(ranked, key=lambda x: order.index(x[1].name)):
        if row is not None and level_rows(cols):
            out.append((grid, row, cols))
        elif grid.name:
            draft.report.add("unused", f"sheet {grid.name!r} not read as the framework", 0.7)
    return out


#: A line on its own that is a sentence or a question, not a name ("Rate each behaviour.").
_SENTENCE = re.compile(r"[.:;!?]$")


def _lines(grid: Grid, row: int) -> list[tuple[int, str]]:
    """The rows above the header that hold one short cell of text that is no sentence."""
    out = []
    for r in range(row + 1 - grid.header_rows):
        texts = [clean(c) for c in grid.rows[r] if clean(c)]
        if len(texts) == 1 and len(texts[0]) <= 100 and not _SENTENCE.search(texts[0]):
            out.append((r, texts[0]))
    return out


def _shared(sheets: list[tuple]) -> set[str]:
    """The lines every one of several sheets has above its header: the framework's title."""
    if len(sheets) < 2:
        return set()
    seen = [{t.casefold() for _, t in _lines(g, row)} for g, row, *_ in sheets]
    return set.intersection(*seen)


def sheet_competency(
    grid: Grid, row: int, sheets: list[tuple], file: str
) -> tuple[str, str, int | None]:
    """The competency a sheet holds: its name, what named it, and the row of its title line.

    The title line above the header (the last one, when there are several; the one that is the
    sheet's name, when one is), unless every sheet repeats it; else the sheet's name; for a
    CSV file with no title line, the file's name.

    Examples
    --------
    >>> from compkit.ingest.tables import Grid
    >>> grid = Grid("Sheet1", [["Leadership Model"], ["Inspiring purpose"], [], ["Level", "Text"]])
    >>> sheet_competency(grid, 3, [(grid, 3)], "model.xlsx")
    ('Inspiring purpose', 'title line above the header', 1)
    >>> sheet_competency(Grid("Coding", [["Level", "Text"]]), 0, [], "a.xlsx")
    ('Coding', "sheet's name", None)
    """
    shared = _shared(sheets)
    lines = [(r, t) for r, t in _lines(grid, row) if t.casefold() not in shared]
    name = grid.name.casefold()  # or Excel's 31 characters of it: "Software Managed Infrastruc"
    same = [(r, t) for r, t in lines if t.casefold()[: max(len(name), 12)] == name]
    if same or lines:
        r, text = (same or lines)[-1]
        return text, "title line above the header", r
    if grid.name:
        return grid.name, "sheet's name", None
    return re.sub(r"\.[^.]+$", "", file), "file's name", None


def framework_title(sheets: list[tuple]) -> str | None:
    """The framework's title: a line every sheet repeats, or one above a sheet's own title.

    Examples
    --------
    >>> from compkit.ingest.tables import Grid
    >>> grid = Grid("S", [["Leadership Model"], ["Inspiring purpose"], ["Level", "Text"]])
    >>> framework_title([(grid, 2)])
    'Leadership Model'
    """
    if not sheets:
        return None
    grid, row = sheets[0][:2]
    shared = _shared(sheets)
    lines = _lines(grid, row)
    for _, text in lines:
        if text.casefold() in shared:
            return text
    _, _, named = sheet_competency(grid, row, sheets, "")
    before = [t for r, t in lines if named is not None and r < named]
    return before[0] if before else None


def unread_columns(grid: Grid, row: int, read: set[int], draft: Draft) -> None:
    """Report each column of the header row that holds text but was read as nothing."""
    for c, label in enumerate(grid.rows[row]):
        filled = sum(bool(_at(cells, c)) for cells in grid.rows[row + 1 :])
        if c not in read and filled:
            draft.report.add(
                "unused",
                f"column {clean(label) or c + 1!r} ({filled} cells) not read",
                0.5,
                grid.where(row, c),
            )


def above_header(grid: Grid, row: int, used: set[int], draft: Draft) -> None:
    """Report the text above a sheet's header that is not its title or competency's name."""
    for r in range(row + 1 - grid.header_rows):
        shown = " | ".join(clean(c) for c in grid.rows[r] if clean(c))
        if shown and r not in used:
            draft.report.add(
                "unused",
                f"{shown[:80]!r}{'...' if len(shown) > 80 else ''} (above the header row) is in "
                "no statement, name or description",
                0.5,
                grid.where(r, 0),
            )


def name_sheet(grid: Grid, row: int, sheets: list[tuple], draft: Draft) -> str:
    """Declare the competency a sheet holds (reported, with what named it); return its key.

    The text above the header that is neither its name nor the framework's title is reported
    as not read.
    """
    name, how, line = sheet_competency(grid, row, sheets, draft.report.file)
    where = grid.where(line, 0) if line is not None else {"sheet": grid.name} if grid.name else {}
    ckey = draft.competency(name, where)
    draft.report.add("guess", f"competency {name!r} named by the {how}", 0.6, where)
    title = (framework_title(sheets) or "").casefold()
    used = {r for r, t in _lines(grid, row) if r == line or t.casefold() == title}
    for r in _definition(grid, row, line):
        draft.describe(ckey, clean(grid.rows[r][0]))
        draft.report.add(
            "guess", f"the line under {name!r} read as its description", 0.6, grid.where(r, 0)
        )
        used.add(r)
    above_header(grid, row, used, draft)
    return ckey


def _definition(grid: Grid, row: int, line: int | None) -> list[int]:
    """The rows of sentences alone under a sheet's title line, above its header: its definition.

    A sheet per competency prints the competency's name, then what it means, then the levels'
    header ("Growth Mindset" / "Proactively seek, provide and initiate action on ..."). Each
    row holds one cell, its first, of a sentence or more (four words at least).

    Examples
    --------
    >>> rows = [["Growth Mindset"], ["Seek and act on feedback to grow."], [], ["L1", "L2"]]
    >>> _definition(Grid("S", rows), 3, 0)
    [1]
    >>> _definition(Grid("S", rows), 3, None)  # no title line: nothing is under it
    []
    """
    if line is None:
        return []
    out = []
    for r in range(line + 1, row + 1 - grid.header_rows):
        texts = [clean(c) for c in grid.rows[r]]
        if not any(texts):
            continue
        if not texts[0] or any(texts[1:]) or len(texts[0].split()) < 4:
            return []
        out.append(r)
    return out


def read_stacked(ranked: list, order: list[str], draft: Draft, hints: dict) -> str | None:
    """Every sheet whose header names the same levels: one competency each.

    Returns the framework's title, when the sheets' title lines give one.
    """
    report = draft.report
    _, first, row0, cols0 = ranked[0]
    names = [clean(first.rows[row0][c]).casefold() for c in cols0["_levels"]]
    report.layout = "level-columns"
    report.reasons[-1] += "; level names from the first cell, so each sheet is a competency"
    sheets = []
    for _, grid, row, cols in sorted(ranked, key=lambda x: order.index(x[1].name)):
        head = grid.rows[row] if row is not None else []
        same = row is not None and [clean(head[c]).casefold() for c in cols.get("_levels", [])]
        if same == names and stacked(head, cols):
            sheets.append((grid, row, cols))
        elif grid.name:
            report.add("unused", f"sheet {grid.name!r} not read as the framework", 0.7)
    for rank, c in enumerate(cols0["_levels"], 1):
        draft.level(first.rows[row0][c], first.where(row0, c), rank=rank)
    report.add(
        "guess",
        "level columns: " + ", ".join(clean(first.rows[row0][c]) for c in cols0["_levels"]),
        0.6,
    )
    summaries: list[tuple] = []
    for grid, row, cols in sheets:
        ckey = name_sheet(grid, row, sheets, draft)
        head = grid.rows[row]
        level_cols = cols["_levels"]
        unread_columns(
            grid, row, {*level_cols, *left_out_columns(grid, row, cols, hints, draft)}, draft
        )
        runs = _runs(grid, row, level_cols)
        # with a block of statements, a lone row apart from it (a row of level summaries
        # above, a "Level result" row below) is not a statement; rows all apart are statements
        block = any(len(run) > 1 for run in runs)
        main = [r for run in runs if len(run) > 1 or not block for r in run]
        if block and len(runs[0]) == 1:  # a row of level summaries
            r = runs[0][0]
            texts = [(draft.find("level", head[c]), _at(grid.rows[r], c)) for c in level_cols]
            summaries.append((grid, r, level_cols[0], ckey, [t for t in texts if t[1]]))
        for run in runs[1:] if block else ():
            if len(run) > 1:
                continue
            for r in run:
                shown = " | ".join(clean(c) for c in grid.rows[r] if clean(c))
                report.add(
                    "unused",
                    f"{shown[:80]!r} (rows apart from the statements) is in no statement, name "
                    "or description",
                    0.5,
                    grid.where(r, level_cols[0]),
                )
        for c in level_cols:
            lkey = draft.find("level", head[c])
            for r in main:
                text = grid.rows[r][c] if c < len(grid.rows[r]) else ""
                if not clean(text):
                    continue
                paras = cell_paras(text, {}, f"{r}:{c}")
                items, _, _ = split_cell(paras, lines=False)
                for item in items:
                    src = grid.where(r, c)
                    repair = nested_repair(item, f"cell {src.get('cell')}")
                    if repair:
                        draft.report.add("repair", repair[1], 0.75, src)
                    said, nums = item.text, item.numbers
                    draft.statement(
                        Statement(ckey, lkey, said, "effective", nums, src, repair, note=item.note)
                    )
    _level_summaries(summaries, draft)
    return framework_title([(g, r) for g, r, _ in sheets])


def _level_summaries(summaries: list[tuple], draft: Draft) -> None:
    """A row of level summaries above each sheet's statements: the levels' descriptions.

    Only when one sheet has them or every sheet's agree: summaries written for each
    competency (Snowflake's milestone summaries differ by track) have no place in a framework
    file, and are reported as not read.
    """
    cells = [(ckey, lkey, text, r) for _, r, _, ckey, texts in summaries for lkey, text in texts]
    shared = len(summaries) == 1 or varies_by(cells) == "level"
    for grid, r, c, _, texts in summaries:
        if shared:
            for lkey, text in texts:
                draft.levels[lkey].description = draft.levels[lkey].description or text
            draft.report.add(
                "guess",
                "the row under the level names, apart from the statements, read as their "
                "descriptions",
                0.6,
                grid.where(r, c),
            )
            continue
        shown = " | ".join(text for _, text in texts)
        draft.report.add(
            "unused",
            f"{shown[:80]!r}{'...' if len(shown) > 80 else ''} (the row under the level "
            "names) not read: a summary of each level for this competency, which a framework "
            "file has no place for",
            0.5,
            grid.where(r, c),
        )


def _runs(grid: Grid, row: int, cols: list[int]) -> list[list[int]]:
    """The rows below ``row`` with text in a level column, in runs parted by blank rows."""
    runs: list[list[int]] = []
    gap = True
    for r in range(row + 1, len(grid.rows)):
        if any(_at(grid.rows[r], c) for c in cols):
            if gap:
                runs.append([])
            runs[-1].append(r)
            gap = False
        else:
            gap = True
    return runs
