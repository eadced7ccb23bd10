"""Spreadsheet and CSV files as grids of text: every sheet of a workbook, or a CSV file.

:func:`read_grids` reads every sheet of a workbook (openpyxl, read-only, with the declared
dimensions ignored so a cell declared at XFD1048576 costs nothing; a ``.ods`` one by
:mod:`~compkit.ingest.odsfile` in the same shape) or a CSV file (UTF-8 or UTF-16 with a BOM,
else Windows-1252; delimiter sniffed) into :class:`Grid` records; :func:`tab_table` tells a
``.txt`` file of tab-separated cells (Excel's "Unicode Text"). Moved out of
:mod:`~compkit.ingest.tables`, which matches the grids' header rows.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .csvtext import parse_csv, sniff
from .limits import LIMITS, IngestError

__all__ = ["Grid", "read_grids", "tab_table"]


def _column(col: int) -> str:
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


@dataclass
class Grid:
    """One sheet (or a CSV file) as rows of text, with its name and a title row if any."""

    name: str
    rows: list[list[str]]
    title: str | None = None
    csv: bool = False
    offset: dict = field(default_factory=dict)
    encoding: str = "UTF-8"  # of a CSV file, as read
    header_rows: int = 1  # 2: a header set over two rows, read as one (ingest.sheets)
    hidden: tuple[str, ...] = ()  # on a workbook's first grid: the hidden sheets not read

    def where(self, row: int, col: int) -> dict:
        """The source location of a cell: ``sheet`` and ``cell`` (``B7``)."""
        out = {"cell": f"{_column(col)}{row + 1}"}
        if self.name:
            out["sheet"] = self.name
        return out


def read_grids(path: Path, kind: str, *, sheet: str | None = None) -> list[Grid]:
    """Every sheet of a workbook, or the one grid of a CSV file."""
    if kind == "csv":
        from .textfile import decode

        text, encoding = decode(path.read_bytes(), path)
        delimiter = "\t" if path.suffix.lower() in (".tsv", ".txt") else sniff(text)
        return [Grid("", parse_csv(text, delimiter, path), csv=True, encoding=encoding)]
    from .odsfile import is_ods, read_ods

    if is_ods(path):  # OpenDocument: in the shape openpyxl's sheets are read in
        return _grids(path, *read_ods(path, sheet))
    return _read_xlsx(path, sheet)


def tab_table(path: Path) -> bool:
    """Whether a ``.txt`` file is a table of tab-separated cells (Excel's "Unicode Text").

    Excel saves a sheet as Unicode Text: UTF-16, cells parted by tabs, a ``.txt`` name. Its
    first records (read as CSV, so a quoted cell may hold line breaks) have as many cells as
    its first, two or more.
    """
    from .textfile import decode

    text, _ = decode(path.read_bytes(), path)
    if "\t" not in text.split("\n", 1)[0]:
        return False
    try:
        rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter="\t") if any(r)]
    except csv.Error:
        return False
    rows = rows[:30]
    width = len(rows[0]) if rows else 0
    return width >= 2 and sum(len(r) == width for r in rows) >= 0.8 * len(rows)


def _grids(path: Path, sheets: list[tuple[str, list]], hidden: list[str]) -> list[Grid]:
    grids = []
    for name, rows in sheets:
        first = next((r for r in rows if any(c.strip() for c in r)), [])
        title = first[0] if len([c for c in first if c.strip()]) == 1 else None
        grids.append(Grid(name, rows, title=title))
    if hidden and not grids:
        raise IngestError(
            path, f"every sheet is hidden ({', '.join(repr(h) for h in hidden)}); "
            "expected a visible sheet, or give sheet=NAME to read a hidden one"
        )  # fmt: skip
    if hidden:
        grids[0].hidden = tuple(hidden)
    return grids


def _read_xlsx(path: Path, sheet: str | None) -> list[Grid]:
    # openpyxl warns of what it cannot keep ("Data Validation extension is not supported and will
    # be removed": any Excel drop-down list whose choices sit on another sheet) in a file that is
    # only read here: a warning the user can do nothing about (and an error under -W error)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
        return _read_xlsx_grids(path, sheet)


def _read_xlsx_grids(path: Path, sheet: str | None) -> list[Grid]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise IngestError(path, f"not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise IngestError(path, f"no sheet {sheet!r}; the sheets are: {', '.join(names)}")
        sheets, hidden = [], []
        for name in [sheet] if sheet else names:
            ws = book[name]
            if getattr(ws, "sheet_state", "visible") != "visible" and sheet is None:
                hidden.append(name)
                continue
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()
            rows: list[list[str]] = []
            for n, row in enumerate(ws.iter_rows(values_only=True)):
                if n >= LIMITS["rows"]:
                    raise IngestError(path, f"sheet {name!r} has more than {LIMITS['rows']} rows")
                rows.append([_cell_text(v) for v in row[: LIMITS["columns"]]])
            sheets.append((name, rows))
        return _grids(path, sheets, hidden)
    finally:
        book.close()


def _cell_text(value) -> str:
    """A workbook cell's text, with Excel's ``_xHHHH_`` escapes read as the characters they are.

    Excel writes a character XML cannot hold as ``_x000D_`` (a carriage return at each line end
    of a cell typed with Alt+Enter on Windows), and a literal ``_x`` text as ``_x005F_x``;
    openpyxl's read-only reader leaves the escapes in the text (SFIA 8's workbook: 1,240
    statements ending '..._x000D_').
    """
    from openpyxl.utils.escape import unescape

    return "" if value is None else unescape(str(value))
