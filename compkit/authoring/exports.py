"""Export a framework in any format compkit writes, chosen by name or by the file's suffix.

For analysts: ``csv`` (one row per statement), ``json`` (the file format) and ``graphml`` (the
graph). For authors: ``xlsx`` -- the authoring workbook, compkit's one XLSX format, which
``compkit import`` reads back (``workbook`` is the same) -- ``tables`` (the same as a folder of
CSV files) and ``case`` (a 1EdTech CASE 1.1 JSON package). Every file is written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import _atomic
from ..errors import UsageError

__all__ = ["FORMATS", "export", "statement_rows"]

#: Export formats and their usual file suffixes ("" for a folder; None: asked for by name only).
FORMATS = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "json": ".json",
    "graphml": ".graphml",
    "workbook": None,
    "tables": "",
    "case": None,
}

#: The suffixes each format's file may end in (none for a folder).
_SUFFIXES = {fmt: (suffix,) if suffix else () for fmt, suffix in FORMATS.items()}
_SUFFIXES |= {"workbook": (".xlsx",), "case": (".json",)}


def export(framework, path: str | os.PathLike, *, to: str | None = None) -> Path:
    """Write ``framework`` to ``path`` as ``to`` (default: from the path's suffix).

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework to export.
    path : path
        The output file, or folder for ``tables`` (its parent folder is created).
    to : {"csv", "xlsx", "json", "graphml", "workbook", "tables", "case"}, optional
        The format; inferred from the suffix of ``path`` when omitted.

    Returns
    -------
    pathlib.Path
        What was written.

    Raises
    ------
    compkit.UsageError
        For an unknown format, or a ``path`` whose suffix says another format than ``to``.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> out = export("wsx", pathlib.Path(tempfile.mkdtemp()) / "wsx.csv")
    >>> len(pd.read_csv(out))
    153
    """
    from ..framework.export import csv_text
    from ..framework.io import load, write_json

    path = _atomic.as_path(path)
    suffixes = {v: k for k, v in FORMATS.items() if v}
    fmt = to or suffixes.get(path.suffix.lower())
    if fmt is None and not path.suffix:
        raise UsageError(
            f"{path}: no suffix to tell the export format by; give one (.csv, .xlsx, .json, "
            f".graphml) or --to ({', '.join(FORMATS)})"
        )
    if fmt not in FORMATS:
        raise UsageError(
            f"unknown export format {to or path.suffix or str(path)!r}; expected one of: "
            f"{', '.join(FORMATS)}"
        )
    _atomic.check_suffix(path, fmt, _SUFFIXES)
    fw = load(framework)
    if fmt == "csv":
        return _atomic.write_text(path, csv_text(statement_rows(fw)))
    if fmt == "json":
        return write_json(fw, path)
    if fmt == "graphml":
        from ..framework.graph import to_graph, write_graphml

        return write_graphml(to_graph(fw), path)
    if fmt in ("xlsx", "workbook"):
        from .xlsx import write_workbook

        return write_workbook(fw, path)
    if fmt == "tables":
        from .workbook import write_tables

        return write_tables(fw, path)
    from .case import write_case

    return write_case(fw, path)


def statement_rows(framework):
    """The statements as the CSV export writes them: a row each, its source and repair in words.

    The columns of ``framework.indicators``, then ``source``, where the statement stands in the
    document it was read from ("sheet Competencies cell B7", "page 3; line 12,13", "paragraph
    41"), and ``repair_note``, what a repair changed and why -- which the ``source_lines`` and
    ``repair`` columns alone do not say for a spreadsheet, PDF or Word source.

    Examples
    --------
    >>> rows = statement_rows("wsx")
    >>> list(rows.columns[-3:]), len(rows)
    (['note', 'source', 'repair_note'], 153)
    """
    from ..framework.io import load

    fw = load(framework)
    records = fw.indicator_records
    return fw.indicators.assign(
        source=[str(i.source) for i in records],
        repair_note=[i.repair.note if i.repair else "" for i in records],
    )
