"""Export a framework to the formats analysts use: CSV, formatted XLSX, JSON and GraphML.

Every writer is atomic (temporary file, then rename). Text that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-`` or ``@``) is stored as text in XLSX and prefixed with
an apostrophe in CSV, the convention spreadsheets honour.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic
from ..errors import UsageError

if TYPE_CHECKING:
    import pandas as pd


__all__ = ["FORMATS", "csv_text", "export", "safe_csv_frame", "write_xlsx"]

#: Export formats and their usual file suffixes.
FORMATS = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "json": ".json",
    "graphml": ".graphml",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_BREAK = r"([\r\n])(?=[=+\-@\t])"

#: Sheets of the framework workbook, in order, with the table each shows.
SHEETS = {
    "indicators": "indicators",
    "competencies": "competencies",
    "levels": "levels",
    "values": "values",
    "roles": "roles",
    "repairs": "repairs",
}


def export(framework, path: str | os.PathLike, *, to: str | None = None) -> Path:
    """Write ``framework`` to ``path`` as ``to`` (default: from the path's suffix).

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework to export.
    path : path
        The output file (its folder is created).
    to : {"csv", "xlsx", "json", "graphml"}, optional
        The format; inferred from the suffix of ``path`` when omitted. (The authoring formats --
        the workbook, CSV tables and CASE -- are written by :mod:`compkit.authoring`.)

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> out = export("wsx", pathlib.Path(tempfile.mkdtemp()) / "wsx.csv")
    >>> len(pd.read_csv(out))
    153
    """
    from .io import load, write_json

    fw = load(framework)
    path = Path(path)
    fmt = to or next((k for k, v in FORMATS.items() if path.suffix.lower() == v), None)
    if fmt not in FORMATS:
        raise UsageError(
            f"unknown export format {to or path.suffix!r}; expected one of: {', '.join(FORMATS)}"
        )
    if fmt == "csv":
        return _atomic.write_text(path, csv_text(fw.indicators))
    if fmt == "xlsx":
        return write_xlsx(
            {sheet: getattr(fw, table) for sheet, table in SHEETS.items()},
            path,
            title=f"{fw.title} ({fw.organisation})",
        )
    if fmt == "json":
        return write_json(fw, path)
    from .graph import to_graph, write_graphml

    return write_graphml(to_graph(fw), path)


def safe_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    r"""Return a copy where no text cell can run as a formula in a spreadsheet.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` (the convention spreadsheets honour), and so does every line inside a cell that starts
    so after a line break -- some programs split cells at ``
    ``.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["=SUM(A1)", "fine", "Works well.\r=2+3"]})
    >>> safe_csv_frame(frame)["text"].tolist()
    ["'=SUM(A1)", 'fine', "Works well.\r'=2+3"]
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            s = out[col]
            text = s.where(s.map(lambda v: isinstance(v, str)))
            risky = text.str.startswith(_FORMULA_START, na=False)
            inner = text.str.contains(r"[\r\n][=+\-@\t]", na=False)
            if risky.any() or inner.any():
                fixed = text.where(~risky, "'" + text)
                fixed = fixed.str.replace(_FORMULA_AFTER_BREAK, r"\1'", regex=True)
                out[col] = s.where(~(risky | inner), fixed)
    return out


def csv_text(frame: pd.DataFrame) -> str:
    r"""The frame as CSV text that spreadsheets read safely: no formulas, no split rows.

    Formula-like cells are neutralised (:func:`safe_csv_frame`); lines end in CRLF as RFC 4180
    asks, so that every field holding a line break or a carriage return is quoted.

    Examples
    --------
    >>> import pandas as pd
    >>> csv_text(pd.DataFrame({"text": ["one\rtwo", "=1+1"]}))
    'text\r\n"one\rtwo"\r\n\'=1+1\r\n'
    """
    return safe_csv_frame(frame).to_csv(index=False, lineterminator="\r\n")


def write_xlsx(
    sheets: dict[str, pd.DataFrame], path: str | os.PathLike, *, title: str = ""
) -> Path:
    """Write DataFrames as a formatted workbook, one sheet each, atomically.

    Each sheet has a bold frozen header, auto-filters and column widths that fit the content
    (long text wraps). Text is always stored as text, never as a formula.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for name, frame in sheets.items():
        ws = wb.create_sheet(name[:31])
        ws.append([str(c) for c in frame.columns])
        for row in frame.itertuples(index=False):
            ws.append([_cell(v) for v in row])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
                    cell.data_type = "s"
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
        ws.freeze_panes = "A2"
        if len(frame.columns):
            ws.auto_filter.ref = ws.dimensions
        for i, col in enumerate(frame.columns, 1):
            width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(500)]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 80)
            if width > 80:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if title:
        wb.properties.title = title
    return _atomic.write_with(path, wb.save)


def _cell(value):
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value
