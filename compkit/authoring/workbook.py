"""Author a framework in a spreadsheet: an authoring workbook (XLSX) or a folder of tidy CSV tables.

:func:`write_workbook` writes one sheet per kind of thing (``framework``, ``introduction``,
``levels``, ``groups``, ``values``, ``competencies``, ``indicators`` with one row per statement,
``roles`` and ``requirements``), with stable ids and drop-down lists for levels, competencies and
polarity; :func:`read_workbook` imports it back, losing nothing. A row without an id is a new
statement and gets a new id; rows deleted since the export are reported. Anything wrong (a
missing sheet, an unknown level, a duplicate id, an empty statement, a formula) is reported at
once, each problem naming its sheet, row and column, and nothing is written.
:func:`write_tables` and :func:`read_tables` do the same with one CSV file per sheet.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import _atomic
from ..errors import WorkbookError
from ..framework.limits import read_text
from ._sheets import _EXPORTED, SHEETS, to_tables
from .xlsx import _excel, write_workbook

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework

__all__ = [
    "SHEETS",
    "Imported",
    "from_tables",
    "import_file",
    "read_tables",
    "read_workbook",
    "to_tables",
    "write_tables",
    "write_workbook",
]


@dataclass(frozen=True)
class Imported:
    """The result of an import: the framework, and which rows are new or were deleted.

    Attributes
    ----------
    framework : Framework
        The imported framework (not yet written anywhere).
    changes : pandas.DataFrame
        One row per added or deleted row: ``sheet``, ``row`` (none for deleted rows), ``id`` and
        ``change`` (``added``: a row without an id, given a new one; ``deleted``: an id that the
        workbook had when it was exported and no longer has).
    notes : tuple of str
        What the import read from the name columns beside ids (``level_name``,
        ``competency_name``): a name that moved a statement or filled a blank id, or a name
        that names nothing (the id kept). Nothing typed there is ignored silently. Also a
        statement cell holding line breaks (the file, sheet, row and column named): read as a
        statement per line when each line reads as one (a sentence, or a "- " bullet), else
        one statement wrapped by hand, its line breaks kept (``authoring/_cell_lines.py``).
        From a CASE package: what its reader could not keep or had to guess (the framework's
        notes say it too).
    """

    framework: Framework
    changes: pd.DataFrame
    notes: tuple[str, ...] = ()

    @property
    def added(self) -> tuple[str, ...]:
        """Ids given to new statements (indicator rows without an id)."""
        return self._ids("added")

    @property
    def deleted(self) -> tuple[str, ...]:
        """Ids of statements deleted since the export."""
        return self._ids("deleted")

    def _ids(self, change: str) -> tuple[str, ...]:
        c = self.changes
        return tuple(c.loc[(c["change"] == change) & (c["sheet"] == "indicators"), "id"])


# -- writers -------------------------------------------------------------------------------------


_ESCAPE = ("=", "+", "-", "@", "\t", "\r", "'")


def write_tables(framework, folder: str | os.PathLike) -> Path:
    """Write the authoring tables as tidy CSV files, one per sheet, into ``folder``.

    Text a spreadsheet would run as a formula (and text starting with ``'``) gets a leading
    ``'``, which :func:`read_tables` removes again. The folder is built apart and swapped in
    whole: a crash never leaves a mix of two exports.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = write_tables("wsx", pathlib.Path(tempfile.mkdtemp()) / "wsx")
    >>> sorted(p.name for p in folder.glob("*.csv"))[:3]
    ['competencies.csv', 'exported_ids.csv', 'framework.csv']
    """
    import pandas as pd

    folder = Path(folder)
    tables = to_tables(framework)
    exported = [
        {"sheet": s, "id": i} for s, f in tables.items() if "id" in f.columns for i in f["id"]
    ]
    tables[_EXPORTED] = pd.DataFrame(exported, columns=["sheet", "id"])
    with _atomic.atomic_dir(folder) as tmp:  # the folder is swapped in whole, never half
        for name, frame in tables.items():
            _write_table(tmp / f"{name}.csv", frame)
    return folder


def _write_table(path: Path, frame: pd.DataFrame) -> None:
    """One CSV table: formula-like text escaped with ``'``; CRLF rows, so a CR stays quoted."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object:  # built cell by cell: no inference turns 3 into 3.0
            out[col] = pd.Series(
                ["'" + v if isinstance(v, str) and v.startswith(_ESCAPE) else v for v in out[col]],
                index=out.index,
                dtype=object,
            )
    path.write_text(out.to_csv(index=False, lineterminator="\r\n"), encoding="utf-8")


# -- readers -------------------------------------------------------------------------------------

# A raw sheet: its header and its rows as (row number, values), before any interpretation.
_Raw = tuple[list[Any], list[tuple[int, list[Any]]]]


def read_workbook(path: str | os.PathLike) -> Imported:
    """Import an authoring workbook written by :func:`write_workbook` (and edited since).

    Parameters
    ----------
    path : path
        The XLSX file.

    Returns
    -------
    Imported
        The framework, and the rows added (given new ids) or deleted since the export.

    Raises
    ------
    compkit.WorkbookError
        Listing every problem, each with its sheet, row and column: a missing sheet or column,
        an unknown level or competency, a duplicate id, an empty statement, a formula, ...

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_workbook("wsx", pathlib.Path(tempfile.mkdtemp()) / "wsx.xlsx")
    >>> result = read_workbook(out)
    >>> result.framework.id, result.added, result.deleted
    ('wsx', (), ())
    """
    import zipfile

    from openpyxl.utils.exceptions import InvalidFileException

    from ..errors import InputError
    from ..framework.limits import check_zip
    from ._sheet_xml import read_sheets

    path = Path(path)
    try:
        check_zip(path)  # sizes, ratios and sheet dimensions, before anything is unpacked
    except InputError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        raise WorkbookError(path, [(None, None, None, message)]) from None
    try:
        raw, problems = read_sheets(path, merged=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkbookError(path, [(None, None, None, f"not an XLSX workbook ({exc})")]) from None
    return _import(raw, problems, path)


def read_tables(folder: str | os.PathLike) -> Imported:
    """Import a folder of CSV tables written by :func:`write_tables` (and edited since).

    Raises
    ------
    compkit.WorkbookError
        Listing every problem, each with its file (as the sheet), row and column.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = write_tables("cis", pathlib.Path(tempfile.mkdtemp()) / "cis")
    >>> read_tables(folder).framework.counts().sum().sum()
    np.int64(62)
    """
    import csv

    folder = Path(folder)
    if not folder.is_dir():
        raise WorkbookError(folder, [(None, None, None, "not a folder of CSV tables")])
    raw: dict[str, _Raw] = {}
    problems: list = []
    for file in sorted(folder.glob("*.csv")):
        text = read_text(file)  # UTF-8 (BOM or none) or UTF-16 with a BOM; else "save as UTF-8"
        delimiter = _delimiter(text)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        try:
            rows = list(reader)
        except csv.Error:
            # strict: a quote never closed runs to the end of the file; say where it opened
            # (nothing after it can be read, so this is the one problem reported)
            where = (file.stem, _open_quote_line(text), None)
            why = (
                'a quoted value is never closed (a stray " runs to the end of the file); '
                "close the quote or remove it"
            )
            raise WorkbookError(folder, [(*where, why)]) from None
        header = rows[0] if rows else []
        body = []
        line = 2
        for values in rows[1:]:
            cells = []
            for i, v in enumerate(values):
                if v.startswith("="):
                    column = header[i] if i < len(header) else f"#{i + 1}"
                    problems.append(
                        (file.stem, line, column, f"a formula ({v}); type the value itself")
                    )
                    v = ""
                elif v.startswith("'") and v[1:].startswith(_ESCAPE):
                    v = v[1:]
                cells.append(v)
            body.append((line, cells))
            line += 1 + sum(v.count("\n") for v in values)
        raw[file.stem] = (header, body)
    if not raw:  # one message, not a missing "sheet" per table
        files = [f.name for f in sorted(folder.iterdir()) if f.suffix.lower() in _IMPORTABLE]
        which = "it" if len(files) == 1 else "one of them"
        hint = f"; it holds {', '.join(files[:3])}: import {which}" if files else ""
        why = "no CSV tables here; expected the folder 'compkit export --to tables' wrote"
        raise WorkbookError(folder, [(None, None, None, why + hint)])
    return _import(raw, problems, folder)


_IMPORTABLE = (".xlsx", ".xlsm", ".json", ".yaml", ".yml")


def _delimiter(text: str) -> str:
    r"""The header line's separator: a comma, or the semicolon (or tab) Excel writes instead.

    Excel saves "CSV" with the list separator of the computer's region: a semicolon in much
    of Europe. A header names columns, never holding one, so its commonest separator is it.

    >>> _delimiter("id;competency;level;text\n"), _delimiter("id,text\n")
    (';', ',')
    """
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _open_quote_line(text: str) -> int:
    """The line (1-based) where the quoted value left open in a CSV text begins."""
    import csv

    start, line = 1, 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        for _ in reader:
            start = line = reader.line_num + 1
    except csv.Error:
        return start
    return line


def from_tables(tables: Mapping[str, pd.DataFrame], *, name: str = "<tables>") -> Imported:
    """Build a framework from authoring tables (DataFrames shaped like :func:`to_tables`).

    Row numbers in error messages count the header as row 1, as a spreadsheet does.

    Examples
    --------
    >>> tables = to_tables("cis")
    >>> tables["indicators"].loc[0, "text"] = "I look after my own wellbeing."
    >>> from_tables(tables).framework.indicator("people-l1-1").text
    'I look after my own wellbeing.'
    """
    import pandas as pd

    raw: dict[str, _Raw] = {}
    for sheet, frame in tables.items():
        body = [
            (n, [None if (not isinstance(v, str) and pd.isna(v)) else _excel(v) for v in row])
            for n, row in enumerate(frame.itertuples(index=False), 2)
        ]
        raw[sheet] = (list(frame.columns), body)
    return _import(raw, [], Path(name))


def import_file(path: str | os.PathLike) -> Imported:
    """Import a framework from whatever ``path`` holds, judged by its kind.

    An authoring workbook (``.xlsx``), a folder of CSV tables, a CASE 1.1 package or a
    framework document (``.json``), or a framework file (``.yaml``).

    Raises
    ------
    compkit.CompkitError
        A :class:`~compkit.WorkbookError` or :class:`~compkit.FrameworkFileError` listing every
        problem, or :class:`~compkit.FrameworkNotFoundError` when ``path`` does not exist.

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib
    >>> from compkit.authoring.case import write_case
    >>> out = write_case("cis", pathlib.Path(tempfile.mkdtemp()) / "cis.json")
    >>> compkit.import_file(out).framework.id
    'cis'
    """
    import json

    import pandas as pd

    from .._atomic import as_path
    from ..errors import FrameworkFileError, FrameworkNotFoundError, Problem

    path = as_path(path)
    if path.is_dir():
        return read_tables(path)
    if not path.is_file():
        raise FrameworkNotFoundError(f"{path}: no such file or folder to import")
    none = pd.DataFrame(columns=["sheet", "row", "id", "change"])
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_workbook(path)
    if suffix == ".json":
        from ..framework.build import from_dict
        from ..framework.validate import validate_data
        from ._case_read import is_case, reader_notes
        from .case import from_case

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except RecursionError:
            why = "nested too deeply to read (thousands deep); expected a CASE package"
            raise FrameworkFileError(path, [Problem("", why)]) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            why = (
                "the file is empty; expected a CASE package or a framework's JSON"
                if not path.read_bytes().strip()
                else f"not a JSON file ({exc})"
            )
            raise FrameworkFileError(path, [Problem("", why)]) from None
        if is_case(data):  # a package, or CASE data that is none (said so); what it guessed
            fw = from_case(data, name=str(path))
            return Imported(fw, none, tuple(f"{path}: {n}" for n in reader_notes(fw.notes)))
        problems = validate_data(data)
        if problems:
            raise FrameworkFileError(path, problems)
        return Imported(from_dict(data, validate=False), none)
    if suffix in (".yaml", ".yml"):
        from ..framework.io import read_framework

        return Imported(read_framework(path), none)
    raise WorkbookError(
        path,
        [
            (
                None,
                None,
                None,
                f"cannot import a {suffix or 'file without a suffix'}; expected an authoring "
                "workbook (.xlsx), a folder of CSV tables, a CASE package or framework document "
                "(.json) or a framework file (.yaml); to read a framework from a document, "
                f"spreadsheet or CSV download use 'compkit ingest {path.name}'",
            )
        ],
    )


def _import(raw: dict[str, _Raw], problems: list, file: Path) -> Imported:
    from ._cell_lines import LineNote
    from ._sheet_reader import build_document

    doc, changes, found = build_document(raw, problems)
    if found:
        raise WorkbookError(file, found)
    from ..framework.build import from_dict

    notes = changes.attrs.get("notes", ())  # a cell's lines: said with the file they are in
    notes = tuple(f"{file}: {n}" if isinstance(n, LineNote) else n for n in notes)
    return Imported(from_dict(doc, validate=False), changes, notes)
