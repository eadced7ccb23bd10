"""Write the authoring workbook (XLSX): compkit's one spreadsheet format, read back by the import.

The workbook opens on a "Read me" sheet that explains every sheet and column, shows names beside
ids, offers drop-down lists, and prints landscape, one page wide, with the header row on every
page; provenance columns are grouped to the right and left out of the print.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..framework.model import titled
from ._sheets import _EXPORTED, DERIVED, README, to_tables

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

__all__ = ["COLUMN_HELP", "write_workbook"]

#: What each column means, for the "Read me" sheet.
COLUMN_HELP = {
    "id": "A stable id; keep it when you reword. Empty for a new row: the import gives one.",
    "name": "The name as published.",
    "rank": "1 is the lowest level; each level has its own rank (empty: one above the row above).",
    "description": "Optional description, as published.",
    "stem": "The words every statement completes, e.g. 'You can:' (optional); a stem per side "
    "on lines 'effective: You can:' and 'ineffective: ...' (a side left out has none).",
    "group": "The cluster or domain the competency belongs to (an id of the groups sheet).",
    "values": "The values the competency expresses: ids or names of the values sheet, comma "
    "separated (or semicolons, if a name holds a comma).",
    "levels": "The levels the competency is described at, by id or name, comma separated (or "
    "semicolons, if a name holds a comma); empty: all.",
    "competency": "The competency: pick its name from the list, or type its id.",
    "competency_name": "The competency's name; an edited name wins over the id (said on import).",
    "level": "The level: pick its name from the list, or type its id or rank.",
    "level_name": "The level's name; if edited, it wins over the id (the import says so).",
    "text": "The statement, word for word as published.",
    "polarity": "effective (what to show) or ineffective (a negative indicator).",
    "note": "The publisher's own words for a cell left undefined, e.g. 'Not applicable'.",
    "role": "The role: pick its name from the list, or type its id.",
    "mirrors": "For an ineffective statement: the id of the effective one it mirrors (optional).",
    "repair_kind": "A repair of the source's structure: joined-wrapped-lines, "
    "joined-split-numbers, "
    "split-merged-statements or other.",
    "repair_note": "What was repaired and why.",
    "field": "A property of the framework (title, organisation, language, ...).",
    "value": "Its value.",
}
#: What a column means where one sheet's differs from another's of the same name.
_SHEET_COLUMN_HELP = {
    ("indicators", "note"): "What the source sets beside the statement, not the statement "
    "itself: its reasons ('Why this level: ...'), evidence, sources or an example (optional; "
    "never read as part of the statement).",
}
_SHEET_HELP = {
    "framework": "The framework's title, organisation and settings, one per row.",
    "introduction": "The framework's own introduction, paragraph by paragraph.",
    "levels": "The levels, lowest first.",
    "groups": "Clusters or domains that group competencies (may be empty).",
    "values": "Organisational values, as published (may be empty).",
    "competencies": "The competencies (or clusters), in published order.",
    "indicators": "One row per statement: edit, add or delete rows here.",
    "undefined": "Cells the publisher left undefined (not the same as empty).",
    "roles": "Role profiles.",
    "requirements": "The level of each competency a role needs (empty level: no level stated).",
}


def _with_names(fw: Framework, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with competency and level names beside their ids, where a sheet shows them."""
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    out = dict(tables)
    for sheet in DERIVED:
        frame = tables[sheet].copy()
        for column, names in (("competency", comps), ("level", levels)):
            at = list(frame.columns).index(column) + 1
            frame.insert(at, f"{column}_name", frame[column].map(names).fillna(""))
        out[sheet] = frame
    return out


#: The most characters an XLSX cell holds (Excel's limit; longer text would be cut).
MAX_CELL_CHARS = 32_767


def _check_cell_sizes(tables: dict[str, pd.DataFrame], path) -> None:
    """Refuse, naming the row, a text an XLSX cell cannot hold whole: never cut it silently."""
    from ..errors import UsageError

    for sheet, frame in tables.items():
        for column in frame.columns:
            values = frame[column]
            lengths = values.map(lambda v: len(v) if isinstance(v, str) else 0)
            if (lengths > MAX_CELL_CHARS).any():
                row = int(lengths.to_numpy().argmax())
                ident = frame["id"].iloc[row] if "id" in frame.columns else f"row {row + 2}"
                raise UsageError(
                    f"{path}: {sheet} {ident!r}, column {column!r}, has "
                    f"{int(lengths.iloc[row]):,} characters; an XLSX cell holds at most "
                    f"{MAX_CELL_CHARS:,}, so it would be cut. Export to CSV tables (--to tables) "
                    "or keep the YAML file instead"
                )


#: Said of a sheet with no rows: it is hidden, so that printing the workbook skips it.
_HIDDEN = (
    " Empty for this framework, so hidden (it would print as a page of headers): to add rows, "
    "right-click a sheet's tab and choose Unhide."
)

_SOURCE_HELP = (
    "Where it stands in the source: the lines, numbers, reference, file, page, sheet, cell, "
    "paragraph or table it came from (the provenance columns, grouped at the right)."
)


#: Said of the text column when a statement in it keeps a line break (and only then).
_KEPT = (
    " A line ending in a backslash (\\) keeps its line break: the next line is part of the same "
    "statement. Without it, lines that each read as a sentence or a '- ' bullet are imported as "
    "statements of their own."
)


def _kept(frame: pd.DataFrame, sheet: str, column: str) -> str:
    """The backslash's meaning, for the statements' column when a statement has one."""
    if sheet != "indicators" or column != "text":
        return ""
    texts = [v for v in frame[column] if isinstance(v, str)]
    return _KEPT if any(re.search(r"\\(\r\n|\r|\n)", v) for v in texts) else ""


def _read_me(wb, fw: Framework, tables: dict[str, pd.DataFrame]) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(README)
    ws.append([titled(fw)])
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    for line in (
        "The authoring workbook of this framework, written by compkit.",
        "Edit the statements on the indicators sheet (reword, add rows, delete rows), then "
        "bring the workbook back with: compkit import THIS.xlsx -o framework.yaml",
        "Every problem is reported with its sheet, row and column, and nothing is written until "
        "the workbook is right. Columns in grey-blue headers are read; so are the name columns "
        "beside ids: a competency or level named there wins over its id (the import says so). "
        "Provenance columns (source_...) are grouped at the right.",
        "Notes of your own may go in a new column (give it a header) or on a new sheet: the "
        "import leaves them unread and says so. Do not rename compkit's columns or sheets.",
        "",
    ):
        ws.append([line])
    ws.append(["Sheet", "Column", "What it holds"])
    for cell in ws[ws.max_row]:
        cell.font = Font(name="Calibri", bold=True)
    for sheet, frame in tables.items():
        ws.append([sheet, "", _SHEET_HELP.get(sheet, "") + (_HIDDEN if frame.empty else "")])
        ws.cell(ws.max_row, 1).font = Font(name="Calibri", bold=True)
        sources = [c for c in frame.columns if c.startswith("source_") and c not in COLUMN_HELP]
        for column in frame.columns:
            if column not in sources:
                said = _SHEET_COLUMN_HELP.get((sheet, column), COLUMN_HELP.get(column, ""))
                ws.append(["", column, said + _kept(frame, sheet, column)])
        if sources:  # one row for the provenance columns, not one each saying the same
            ws.append(["", "source_…", f"{_SOURCE_HELP} Columns: {', '.join(sources)}."])
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 16, 18
    ws.column_dimensions["C"].width = 90
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=cell.column == 3, vertical="top")
        help_text = str(row[2].value or "") if len(row) > 2 else ""
        if len(help_text) > 90:  # a wrapped help line gets its height: LibreOffice does not
            ws.row_dimensions[row[0].row].height = 15 * -(-len(help_text) // 90)  # grow rows
    for r in range(1, 5):  # the opening lines span the page's width, wrapped (printed legibly)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        per_line, line = (80, 20) if r == 1 else (110, 15)  # the title in 14 pt
        ws.row_dimensions[r].height = line * -(-len(str(ws.cell(r, 1).value or "")) // per_line)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_workbook(framework, path: str | os.PathLike) -> Path:
    """Write the authoring workbook of a framework (XLSX), atomically.

    This is compkit's one XLSX format: ``compkit export --to xlsx`` writes it and
    ``compkit import`` reads it back. A "Read me" sheet opens it and explains every sheet and
    column; the indicators and requirements sheets show the competency and level *names* beside
    their ids (read too: an edited name wins over its id and fills a blank one); ``level``,
    ``competency`` and ``role``
    have drop-down lists of names (the import takes a name or an id), ``polarity`` and
    ``repair_kind`` of their values. Every cell holds text (ranks are numbers, ``cumulative`` is
    TRUE/FALSE), never a formula. A hidden sheet remembers the exported ids, so that the import
    can report deleted rows.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from compkit.authoring.workbook import read_workbook
    >>> out = write_workbook("cis", pathlib.Path(tempfile.mkdtemp()) / "cis.xlsx")
    >>> len(read_workbook(out).framework.indicators)
    62
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..framework.io import load

    fw = load(framework)
    tables = _with_names(fw, to_tables(fw))
    _check_cell_sizes(tables, path)
    wb = Workbook()
    wb.remove(wb.active)
    _read_me(wb, fw, tables)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for name, frame in tables.items():
        ws = wb.create_sheet(name)
        ws.append(list(frame.columns))
        for values in frame.itertuples(index=False):
            # an empty text is an empty cell: the import reads both as empty, and a sheet
            # without thousands of blank styled cells is smaller and faster to read
            ws.append([None if isinstance(v, str) and not v else _excel(v) for v in values])
        top = Alignment(vertical="top")
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value is not None:
                    cell.alignment = top
                    if isinstance(cell.value, str):
                        cell.data_type = "s"  # never a formula, whatever the text starts with
        for cell in ws[1]:
            cell.font, cell.fill = Font(name="Calibri", bold=True), fill
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for i, col in enumerate(frame.columns, 1):
            width, per_line = _column_width(col, frame[col])
            ws.column_dimensions[get_column_letter(i)].width = width
            if per_line:  # long text and ids wrap, top-aligned, in a column that fits the page
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    text = str(cell.value or "")
                    lines = -(-len(text) // per_line) + text.count("\n")
                    height = ws.row_dimensions[cell.row].height or 15
                    ws.row_dimensions[cell.row].height = max(height, 15 * max(lines, 1))
        _print_setup(ws, list(frame.columns), hidden=frame.empty)
    lists = {
        ("indicators", "level"): "levels!$B$2:$B$500",
        ("indicators", "competency"): "competencies!$B$2:$B$500",
        ("requirements", "level"): "levels!$B$2:$B$500",
        ("requirements", "competency"): "competencies!$B$2:$B$500",
        ("requirements", "role"): "roles!$B$2:$B$500",
        ("indicators", "polarity"): '"effective,ineffective"',
        ("indicators", "repair_kind"): (
            '"joined-wrapped-lines,joined-split-numbers,split-merged-statements,other"'
        ),
    }
    for (sheet, column), formula in lists.items():
        letter = get_column_letter(list(tables[sheet].columns).index(column) + 1)
        check = DataValidation(type="list", formula1=formula, allow_blank=True)
        check.error = f"Choose one of the {column} names listed on the drop-down (or type an id)."
        check.showErrorMessage = False  # an id typed by hand is fine too
        wb[sheet].add_data_validation(check)
        check.add(f"{letter}2:{letter}5000")
    ws = wb.create_sheet(_EXPORTED)
    ws.append(["sheet", "id", "competency", "level", "name"])  # a statement's cell and an
    for sheet, frame in tables.items():  # item's name, as exported: the import tells an edited
        if "id" in frame.columns:  # name from a stale one, and an old name from a typo
            cells = frame.reindex(columns=["id", "competency", "level", "name"]).astype(object)
            cells = cells.where(cells.notna(), "")
            for ident, comp, level, name in cells.itertuples(index=False):
                if sheet == "indicators":
                    ws.append([sheet, ident, comp, level])
                else:
                    ws.append([sheet, ident, None, None, name or None])
                    if name:
                        ws.cell(ws.max_row, 5).data_type = "s"  # a name "=0" is no formula
    ws.sheet_state = "hidden"
    wb.properties.title = titled(fw)
    return _atomic.write_with(path, wb.save)


#: An id column's width: a long id wraps at its hyphens, so the statements keep the printed page.
_ID_WIDTH = 24


def _column_width(column: str, values) -> tuple[int, int | None]:
    """A column's width and, where its cells wrap, about how many letters a line holds.

    Text longer than 60 letters wraps at 60; a column of ids (``basic-data-skills-level-2-1``)
    longer than 24 wraps at 24, as a column of names would not: on a page printed one page wide
    the ids took over half the width and the statements a fifth.
    """
    texts = [str(v) for v in values if v is not None and v == v and str(v)]
    width = max([len(column)] + [len(t) for t in texts]) + 2
    if width > _ID_WIDTH and all(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", t) for t in texts):
        return _ID_WIDTH, _ID_WIDTH  # narrow letters, broken at hyphens: about a width a line
    if width > 60:
        return 60, 55
    return max(width, 8), None


def _technical(column: str) -> bool:
    """Provenance and repair columns: kept, grouped to the right, left out of the print."""
    return column.startswith(("source_", "repair_")) or column == "mirrors"


def _print_setup(ws, columns: list[str], *, hidden: bool = False) -> None:
    """Landscape A4, one page wide, the header row on every page; technical columns grouped.

    A sheet of headers alone is ``hidden``: kept for the import and for rows added after
    unhiding it, never printed as a page of headers (so no print area: LibreOffice prints a
    hidden sheet that has one).
    """
    from openpyxl.utils import get_column_letter

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A · page &P of &N"
    shown = [c for c in columns if not _technical(c)]
    if hidden:
        ws.sheet_state = "hidden"
    if len(shown) < len(columns) and columns[: len(shown)] == shown:
        if not hidden:
            ws.print_area = f"A1:{get_column_letter(len(shown))}{max(ws.max_row, 1)}"
        ws.column_dimensions.group(
            get_column_letter(len(shown) + 1), get_column_letter(len(columns)), outline_level=1
        )


def _excel(value):
    if isinstance(value, bool) or value is None:
        return value
    return value.item() if hasattr(value, "item") else value
