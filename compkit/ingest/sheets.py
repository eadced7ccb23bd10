"""Read a framework from a spreadsheet (XLSX) or CSV: the *long* and *wide* layouts.

- **long**: a row per statement, with columns for the competency, the level and the text (and
  optionally polarity, group, numbering), headers matched loosely: "Competency", "Skill",
  "Capability"; "Level", "Grade", "Band"; "Indicator", "Statement", "Behaviour", "Text" ...
  With no competency column, each sheet with a level and a statement column is a competency
  (a mapping template: "Level | Leadership behaviours", a row or more per level), unless a
  column of codes repeated over the levels names them (:mod:`~compkit.ingest.codecolumns`).
  The rows themselves are read in :mod:`~compkit.ingest.longrows`.
- **level-columns**: a sheet per competency (an assessment workbook), its header naming levels
  from its first cell and each level's statements listed one a row below its name.

A sheet that is a competency is named by the title line above its header, or else by its own
name (:mod:`~compkit.ingest.sheetcomps`); sheets with other headers (a summary) are passed over.
- **wide** (:mod:`~compkit.ingest.widesheet`): a row per competency or skill and a column per
  level, each cell holding its statements.

The header row need not be the first (title rows above it are skipped), other sheets (a "Read
me", lookup tables) are passed over unless they hold level ranks. A long sheet's other columns
(a definition, a level's descriptor repeated down its rows) are read where the framework file
holds them, and any read as nothing listed in the report (:mod:`~compkit.ingest.longcolumns`).
Every statement keeps its ``sheet`` and ``cell``.
"""

from __future__ import annotations

import re
from pathlib import Path

from .blocks import clean
from .catalogue import catalogue_refusal
from .codecolumns import code_columns
from .declaredlevels import long_listing
from .draft import Draft
from .fieldpaths import label_row
from .finernames import finer_names
from .formulas import refuse_uncalculated
from .hintcheck import check_level_columns, check_polarity_label
from .levelrows import read_if_level_rows
from .limits import IngestError
from .longcolumns import all_levels, observe, settle
from .longlabels import label_columns, lift_definitions
from .longrows import long_done, long_rows
from .longwords import own_words
from .namecolumns import long_group, name_columns
from .report import IngestReport
from .rolematrix import matrix_refusal, words_only
from .rolesheets import read_role_sheets, read_unread_role_sheets
from .scalepoints import scale_points, scale_table
from .sheetblocks import block_table, declare_blocks, find_blocks
from .sheetcomps import (
    competency_sheets,
    framework_title,
    level_rows,
    name_sheet,
    read_stacked,
    repeated_levels,
)
from .sheetcomps import stacked as _stacked
from .sheetfaults import refuse_faults
from .sheetheads import level_sheets
from .sheetheads import two_row_header as _two_row_header
from .sheetpeers import peer_columns
from .sheetscale import scale_refusal
from .sheetset import (
    above_header,
    columns_hint,
    numbers_only,
    said_siblings,
    sheet_cols,
    title_parts,
    wide_siblings,
)
from .sheetset import lone_text as _lone_text
from .sheetset import names_not_levels as _names_not_levels
from .sheetsides import side_header
from .sheetversions import versions
from .tables import at as _at
from .tables import find_columns, header_row, header_score, norm_header, read_grids
from .widesheet import band_above, read_wide

__all__ = ["read_sheets"]


def read_sheets(path: Path, kind: str, draft: Draft, hints: dict) -> dict:
    """Read a CSV file or workbook into ``draft``; return what it says of itself."""
    grids = read_grids(path, kind, sheet=hints.get("sheet"))
    every = [g.name for g in grids if g.name]  # a formula with no value: refused where read
    cells = (c for g in grids for r in g.rows for c in r)  # the label must be in some cell
    check_polarity_label(path, hints.get("negative"), cells)
    for name in grids[0].hidden:  # a lookup list, most often: said, so nothing is lost unseen
        draft.report.add(
            "unused",
            f"hidden sheet {name!r} not read; give --sheet {name!r} (sheet={name!r} in Python)",
            0.7,
        )
    hints = repeated_levels(grids, hints, draft)
    ranked, labelled, blocked = [], set(), {}
    for grid in grids:
        row, score = header_row(grid, hints)
        if row is not None:
            row, score = _two_row_header(grid, row, score, hints)
        if row is not None and (lower := label_row(grid, row, draft)) != row:
            row, score = lower, header_score(find_columns(grid.rows[lower], hints))
            labelled.add(id(grid))  # "name.en_US" over "US English": one header
        cols = find_columns(grid.rows[row], hints) if row is not None else {}
        if cols.get("_inferred"):
            cols = name_columns(grid.rows[row], grid.rows[row + 1 :], cols)
        if row is not None and (found := find_blocks(grid, row)) and not hints.get("layout"):
            wide = block_table(grid, row, found)  # a name row over each block's header
            blocked[id(wide)], grid = (grid, found), wide
            cols = find_columns(grid.rows[row], hints)
        sided = side_header(grid, hints)  # "Value | I will | I won't": the two sides, no levels
        if sided and "text" not in cols:
            (row, cols), score = sided, 6
        score = max(score, header_score(own_words(grid, row, cols, hints, None)))
        ranked.append((score, grid, row, cols))
    ranked.sort(key=lambda x: (-x[0], "text" not in x[3]))  # a tie: the one with statements
    score, grid, row, cols = ranked[0]
    said = read_if_level_rows(
        ranked, draft, hints, source=path
    )  # "LEVELS | Reading | Writing": the other way
    if said is not None:
        refuse_uncalculated(path, every)
        return said
    if (row is None or score == 0) and (table := scale_table(grids, hints, draft)):
        grid, row, cols = table  # "element_id | anchor_value | anchor_description"
        ranked.sort(key=lambda x: x[1] is not grid)
        ranked[0] = (3, grid, row, cols)
    elif row is None or score == 0:
        refuse_uncalculated(path, every)
        for g in grids:  # "Role | Payroll | Coaching" over levels: no header a reader knows
            if why := matrix_refusal(g) or scale_refusal(g) or catalogue_refusal(g):
                raise IngestError(path, why)
        hint = columns_hint(grids[0]) if len(grids) == 1 else ""  # a download's own words
        raise IngestError(
            path,
            "no competency framework found: no header row names a competency, level or "
            + (
                f"statement column; {hint}"
                if hint
                else "statement column (give text_from, competency_from, level_from, or layout)"
            ),
        )
    for role in ("text", "competency", "level"):
        given = hints.get(f"{role}_from")
        if given and norm_header(given) not in {norm_header(c) for c in grid.rows[row]}:
            header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
            raise IngestError(
                path, f"{role}_from {given!r} names no column of the header row {row + 1} "
                f"({header})"
            )  # fmt: skip
    cols = own_words(grid, row, cols, hints, draft)  # "TSC_CCS Title", "... Items"
    cols = label_columns(grid, row, _lone_text(grid, row, cols, hints, draft), hints, draft)
    cols = finer_names(grid, row, cols, hints, draft)  # "area | e_competence": groups
    cols = code_columns(grid, row, cols, hints, draft)  # "COMM-01": competencies by code
    cols = scale_points(grid, row, cols, hints, draft)  # "Anchor Value | Anchor Description"
    by_level = level_sheets(ranked, [g.name for g in grids], cols, hints, draft)  # a tab a level
    cols = by_level[0][2] if by_level else all_levels(cols, hints, draft)
    refuse_faults(path, grid, row, cols)  # "#REF!" in a cell, a date where a level stands
    report, present = draft.report, cols.keys() | ({"level"} if "_level_name" in cols else set())
    if grid.encoding != "UTF-8":
        report.add("guess", f"read as {grid.encoding} text (not UTF-8)", 0.6)
    per_sheet = level_rows(cols)  # a level and a statement column: each sheet a competency
    layout = hints.get("layout") or (
        "long"
        if {"competency", "level", "text"} <= present or per_sheet
        else "level-columns"
        if _stacked(grid.rows[row], cols)
        else "wide"
    )
    if layout not in ("long", "wide", "level-columns", "compkit-workbook"):
        raise IngestError(
            path, f"layout {layout!r} is for documents; a spreadsheet or CSV file reads as "
            "'long', 'wide' or 'level-columns'"
        )  # fmt: skip
    if layout == "compkit-workbook":
        raise IngestError(path, "not compkit's own workbook (it has no compkit sheets)")
    if layout == "wide" and (
        why := matrix_refusal(grid, row)
        or numbers_only(grid, row, cols)
        or words_only(grid, row, cols)
    ):
        raise IngestError(path, why)  # a budget, a matrix of target ratings or level words
    if layout == "level-columns" and (why := _names_not_levels(grid, row, cols, hints)):
        raise IngestError(path, why)  # "Dimension 1 | Dimension 2": repeated names, no statements
    if layout == "level-columns" and not cols.get("_levels"):
        header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
        raise IngestError(
            path, f"layout 'level-columns' needs a column per level; no column of the header "
            f"row {row + 1} ({header}) names a level; give levels=[...] with the level names "
            "as the header prints them, or layout 'long' for a level column"
        )  # fmt: skip
    missing = [k for k in ("competency", "level", "text") if k not in present]
    missing = [k for k in missing if not (per_sheet and k == "competency")]
    named = " or ".join("statement" if m == "text" else m for m in missing)
    if layout == "long" and missing:
        header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
        raise IngestError(
            path,
            f"layout 'long' needs a column for each of level and statement (and competency, "
            f"unless each sheet is one); no {named} column was found in the header row "
            f"{row + 1} ({header}); name them with level_from, text_from and competency_from",
        )
    if layout == "wide" and not cols.get("_levels"):
        check_level_columns(path, hints.get("levels"), grid, row)  # the reader matched none
    report.layout = layout
    where = f"sheet {grid.name!r}" if grid.name else "the file"
    report.reasons.append(
        f"{where}, header row {row + 1}: "
        + ", ".join(
            f"{k} = {grid.rows[row][v]!r}" for k, v in cols.items() if not k.startswith("_")
        )
    )
    if grid.header_rows == 2 and id(grid) not in labelled:
        report.add(
            "guess",
            f"header read over rows {row} and {row + 1} (a blank header cell takes the text "
            "above it: cells merged down or across)",
            0.7,
            grid.where(row - 1, 0),
        )
    order = [g.name for g in grids]
    if layout == "level-columns" or (layout == "long" and (per_sheet or by_level)):
        refuse_uncalculated(path, every)  # several sheets read
    if layout == "level-columns":
        title = read_stacked(ranked, order, draft, hints)
        read_unread_role_sheets(ranked, draft)  # a sheet of role profiles beside them
        return {"title": title} if title else {}
    if layout == "long" and per_sheet:
        _level_ranks(ranked[1:], draft)
        said = _long_sheets(
            competency_sheets(peer_columns(ranked, cols), order, draft), draft, hints
        )
        read_unread_role_sheets(ranked, draft)
        return said
    if layout == "long" and by_level:
        return _level_sheets(ranked, by_level, draft, hints)
    if id(grid) in blocked:
        declare_blocks(blocked[id(grid)][0], row, blocked[id(grid)][1], draft)
    siblings = wide_siblings(ranked, grid, row, cols) if layout == "wide" else []
    tables = [(grid, row, cols), *siblings]  # one matrix over a sheet per group: each read
    refuse_uncalculated(path, [g.name for g, _, _ in tables if g.name])  # not another sheet's
    for g, r, c in tables:
        band = layout == "wide" and (band_above(g, r, c) or c.get("_bands"))  # or levels over sides
        above_header(g, r, r - 1 if band else None, report)
    for other in ranked[1:]:
        if other[1].name and all(other[1] is not g for g, _, _ in tables):
            report.add("unused", f"sheet {other[1].name!r} not read as the framework", 0.7)
    _level_ranks(ranked[1:], draft)
    if siblings:  # other versions of the framework set aside (.sheetversions)
        tables, note = versions(tables, _alone(blocked, hints, report.file))
        siblings = tables[1:]
        if note:
            report.add("guess", note, 0.6)
    shared, parts = title_parts([g for g, _, _ in tables])  # "Areas: A. PLAN", "Areas: B. …"
    if layout == "long":
        placed: dict[int, tuple[str, str]] = {}
        cols = long_group(grid, row, cols, draft)  # "Area | Competency": its groups
        counts = long_rows(grid, row, cols, draft, hints, placed=placed)
        lift_definitions(draft)
        listing = long_listing(grid, row, {v for k, v in cols.items() if k[0] != "_"}, draft)
        settle([c for c in observe(grid, row, cols, placed) if c.col not in listing], draft)
        long_done(draft, hints, counts)
    else:
        for g, r, c in tables:
            given = {**hints, "_blocks": True} if id(g) in blocked else hints
            read_wide(g, r, sheet_cols(g, c, siblings, parts), draft, given)
        check_level_columns(path, hints.get("levels"), grid, row, draft)  # some not matched
    read_role_sheets([o[1] for o in ranked[1:] if all(o[1] is not g for g, _, _ in tables)], draft)
    if siblings:
        said_siblings(tables, draft)
        if shared:
            report.add(
                "guess",
                f"title {shared!r}: the words every sheet's title line opens with; the rest of "
                "each names its sheet's group",
                0.7,
            )
        return {"title": shared} if shared else {}
    return {"title": grid.title}


def _alone(blocked: dict, hints: dict, file: str):
    """A reader of one sheet into a draft of its own, as the sheet would be read alone."""

    def read(grid, row: int, cols: dict) -> Draft:
        draft = Draft(IngestReport(file))
        if id(grid) in blocked:
            declare_blocks(blocked[id(grid)][0], row, blocked[id(grid)][1], draft)
        read_wide(
            grid, row, cols, draft, {**hints, "_blocks": True} if id(grid) in blocked else hints
        )
        return draft

    return read


def _long_sheets(sheets: list[tuple], draft: Draft, hints: dict) -> dict:
    """Read every sheet of a level column and a statement column as the competency it names."""
    report = draft.report
    shown = ", ".join(repr(g.name) for g, *_ in sheets if g.name)
    report.reasons[-1] += "; no competency column, so each sheet is a competency" + (
        f" ({len(sheets)} sheets: {shown})" if len(sheets) > 1 else ""
    )
    counts = [0, 0, 0, 0]
    columns = []
    for grid, row, cols in sheets:
        ckey = name_sheet(grid, row, sheets, draft)
        placed: dict[int, tuple[str, str]] = {}
        read = long_rows(grid, row, cols, draft, hints, ckey, placed=placed)
        counts = [a + b for a, b in zip(counts, read, strict=True)]
        columns += observe(grid, row, cols, placed)
    settle(columns, draft)  # a column every sheet has is read over them all
    long_done(draft, hints, tuple(counts))
    title = framework_title(sheets)
    return {"title": title} if title else {}


def _level_sheets(ranked: list, sheets: list[tuple], draft: Draft, hints: dict) -> dict:
    """Read each sheet of a workbook with a sheet per level at its level; report the others."""
    counts, columns = [0, 0, 0, 0], []
    for grid, row, cols in sheets:
        placed: dict[int, tuple[str, str]] = {}
        cols = long_group(grid, row, cols, draft)
        above_header(grid, row, None, draft.report, used=tuple(cols.get("_above", ())))
        read = long_rows(grid, row, cols, draft, hints, placed=placed)
        counts = [a + b for a, b in zip(counts, read, strict=True)]
        columns += observe(grid, row, cols, placed)
    settle(columns, draft)  # a column every sheet has is read over them all
    long_done(draft, hints, tuple(counts))
    for _, grid, _, _ in ranked:
        if grid.name and all(grid is not g for g, _, _ in sheets):
            draft.report.add("unused", f"sheet {grid.name!r} not read as the framework", 0.7)
    read_unread_role_sheets(ranked, draft)
    return {}


def _level_ranks(others: list, draft: Draft) -> None:
    """Level names and ranks from a lookup sheet (level name + rank columns), if there is one."""
    for _, grid, row, cols in others:
        if row is None or "level" not in cols or "rank" not in cols:
            continue
        for cells in grid.rows[row + 1 :]:
            name, rank = _at(cells, cols["level"]), _at(cells, cols["rank"])
            if name and re.fullmatch(r"\d+(?:\.0)?", rank):
                draft.level(name, rank=float(rank))
        draft.report.add("guess", f"level order taken from sheet {grid.name!r}", 0.85)
        return
