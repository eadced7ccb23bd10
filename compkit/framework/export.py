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


__all__ = ["FORMATS", "export", "safe_csv_frame", "write_xlsx"]

#: Export formats and their usual file suffixes.
FORMATS = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "json": ".json",
    "graphml": ".graphml",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

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
        return _atomic.write_text(path, safe_csv_frame(fw.indicators).to_csv(index=False))
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
    """Return a copy where text cells that a spreadsheet would run as a formula start with ``'``.

    Examples
    --------
    >>> import pandas as pd
    >>> safe_csv_frame(pd.DataFrame({"text": ["=SUM(A1)", "fine"]}))["text"].tolist()
    ["'=SUM(A1)", 'fine']
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            s = out[col]
            risky = s.str.startswith(_FORMULA_START, na=False)
            if risky.any():
                out[col] = s.where(~risky, "'" + s.astype(str))
    return out


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
