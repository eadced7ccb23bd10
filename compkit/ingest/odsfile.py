"""OpenDocument spreadsheets (``.ods``: LibreOffice Calc, many public bodies) as grids of text.

:func:`read_ods` gives a ``.ods`` workbook the shape :mod:`compkit.ingest.tables` gives an
``.xlsx`` one read by openpyxl: one :class:`~compkit.ingest.tables.Grid` per visible sheet,
each cell's text as shown, a merged cell's text in its top-left cell only (the cells it covers
empty, as openpyxl's read-only reader leaves them), hidden sheets set aside and named. The
file is parsed by odfpy (which parses with defusedxml). A row or cell repeated a million times
(how Calc writes the blank rest of a sheet) costs nothing: blank rows are only counted and
trailing blank cells dropped. :func:`ods_hidden_rows` lists each sheet's hidden rows (collapsed
or filtered out), which are read as the author's text and reported.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .limits import LIMITS, IngestError

__all__ = ["is_ods", "ods_hidden_rows", "read_ods"]

_MIME = "application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#: Elements inside a table that hold its rows (a header row, a group of rows)
_ROW_HOLDERS = {"table-header-rows", "table-rows", "table-row-group"}
#: The hidden rows found by the last :func:`read_ods`, by its file's state and the sheet asked
#: for, so :func:`ods_hidden_rows` need not parse the file again (one entry: row numbers only)
_LAST: dict[tuple, dict[str, list[int]]] = {}


def _key(path: Path, sheet: str | None) -> tuple:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size, sheet)


def is_ods(path: Path) -> bool:
    """Whether ``path`` is an OpenDocument spreadsheet (by its ``mimetype`` entry)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("mimetype").decode("ascii", "replace").strip() == _MIME
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _load(path: Path):
    """``content.xml`` parsed into odfpy's document (its sheets and their automatic styles).

    odfpy's own ``load`` prints a part it cannot parse to stdout and goes on with an empty
    document; here the parse runs through odfpy's handler directly, a damaged part refused.
    """
    from xml.sax import SAXException, handler

    from defusedxml.sax import make_parser
    from odf.load import LoadParser
    from odf.opendocument import OpenDocument

    doc = OpenDocument(_MIME, add_generator=False)
    parser = make_parser()
    parser.setFeature(handler.feature_namespaces, 1)
    parser.setFeature(handler.feature_external_ges, 0)
    parser.setContentHandler(LoadParser(doc))
    parser.setErrorHandler(handler.ErrorHandler())
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            doc._parsing = "content.xml"
            parser.parse(fh)
    except (SAXException, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise IngestError(
            path, f"not a readable OpenDocument spreadsheet ({type(exc).__name__})"
        ) from None
    return doc


def _hidden_styles(doc) -> set[str]:
    """The names of table styles that hide their sheet (``table:display="false"``)."""
    out = set()
    for style in doc.automaticstyles.childNodes:
        if getattr(style, "qname", None) != (_STYLE, "style"):
            continue
        for prop in style.childNodes:
            if getattr(prop, "qname", None) == (_STYLE, "table-properties") and (
                prop.attributes.get((_TABLE, "display")) == "false"
            ):
                out.add(style.attributes.get((_STYLE, "name")))
    return out


def _tables(path: Path, doc) -> list:
    body = next(
        (n for n in doc.body.childNodes if getattr(n, "qname", None) == (_OFFICE, "spreadsheet")),
        None,
    )
    if body is None:
        raise IngestError(path, "no spreadsheet inside the OpenDocument file; expected a .ods")
    return [n for n in body.childNodes if getattr(n, "qname", None) == (_TABLE, "table")]


def _rows(node):
    """The table's rows in order, through header rows and row groups."""
    for child in node.childNodes:
        name = getattr(child, "qname", (None, None))
        if name == (_TABLE, "table-row"):
            yield child
        elif name[0] == _TABLE and name[1] in _ROW_HOLDERS:
            yield from _rows(child)


def _text(node) -> str:
    """A cell's text as shown: paragraphs on lines, ``text:s`` spaces, tabs, line breaks."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(child.data)
                continue
            ns, name = child.qname
            if ns == _OFFICE and name == "annotation":  # a comment: not the cell's text
                continue
            if ns == _TEXT and name == "s":
                out.append(" " * int(child.attributes.get((_TEXT, "c"), "1") or 1))
            elif ns == _TEXT and name == "tab":
                out.append("\t")
            elif ns == _TEXT and name == "line-break":
                out.append("\n")
            else:
                walk(child)

    paras = []
    for child in node.childNodes:
        if getattr(child, "qname", None) in ((_TEXT, "p"), (_TEXT, "h")):
            out.clear()
            walk(child)
            paras.append("".join(out))
    return "\n".join(paras)


def _cells(row) -> list[str]:
    cells: list[str] = []
    blank = 0  # blank cells pending: written only if a cell with text follows
    for cell in row.childNodes:
        name = getattr(cell, "qname", (None, None))
        if name not in ((_TABLE, "table-cell"), (_TABLE, "covered-table-cell")):
            continue
        times = int(cell.attributes.get((_TABLE, "number-columns-repeated"), "1") or 1)
        # a covered cell lies under a merged one: empty, as openpyxl's read-only reader has it
        value = _text(cell) if name[1] == "table-cell" else ""
        if not value:
            blank += times
            continue
        cells.extend([""] * blank)
        blank = 0
        cells.extend([value] * min(times, LIMITS["columns"]))
        if len(cells) >= LIMITS["columns"]:
            return cells[: LIMITS["columns"]]
    return cells


def _sheet_rows(path: Path, name: str, table) -> tuple[list[list[str]], list[int]]:
    """The sheet's rows of text, and the 1-based numbers of its hidden rows holding text."""
    rows: list[list[str]] = []
    hidden: list[int] = []
    blank = 0
    for row in _rows(table):
        times = int(row.attributes.get((_TABLE, "number-rows-repeated"), "1") or 1)
        cells = _cells(row)
        if not cells:
            blank += times
            continue
        if len(rows) + blank >= LIMITS["rows"]:
            raise IngestError(path, f"sheet {name!r} has more than {LIMITS['rows']} rows")
        rows.extend([] for _ in range(blank))
        blank = 0
        for _ in range(times):
            if len(rows) >= LIMITS["rows"]:
                raise IngestError(path, f"sheet {name!r} has more than {LIMITS['rows']} rows")
            rows.append(list(cells))
            if row.attributes.get((_TABLE, "visibility"), "visible") != "visible":
                hidden.append(len(rows))
    return rows, hidden


def read_ods(path: Path, sheet: str | None) -> tuple[list[tuple[str, list]], list[str]]:
    """The visible sheets of a ``.ods`` workbook (or the one named), and the hidden ones' names.

    Returns
    -------
    tuple
        ``[(name, rows), ...]`` in the workbook's order, then the hidden sheets not read.

    Raises
    ------
    IngestError
        For a damaged file, a sheet not in the workbook, or a sheet past the row limit.
    """
    doc = _load(path)
    tables = _tables(path, doc)
    names = [t.attributes.get((_TABLE, "name"), "") for t in tables]
    if sheet is not None and sheet not in names:
        raise IngestError(path, f"no sheet {sheet!r}; the sheets are: {', '.join(names)}")
    hiding = _hidden_styles(doc)
    out, hidden, rows_hidden = [], [], {}
    for name, table in zip(names, tables, strict=True):
        if sheet is not None and name != sheet:
            continue
        if sheet is None and table.attributes.get((_TABLE, "style-name")) in hiding:
            hidden.append(name)
            continue
        rows, rows_hidden[name] = _sheet_rows(path, name, table)
        out.append((name, rows))
    _LAST.clear()
    _LAST[_key(path, sheet)] = {k: v for k, v in rows_hidden.items() if v}
    return out, hidden


def ods_hidden_rows(path: Path, sheet: str | None) -> dict[str, list[int]]:
    """The hidden rows holding text, by sheet, of the sheets :func:`read_ods` reads."""
    if (known := _LAST.get(_key(path, sheet))) is not None:
        return known
    doc = _load(path)
    hiding = _hidden_styles(doc)
    out = {}
    for table in _tables(path, doc):
        name = table.attributes.get((_TABLE, "name"), "")
        if (sheet is not None and name != sheet) or (
            sheet is None and table.attributes.get((_TABLE, "style-name")) in hiding
        ):
            continue
        if rows := _sheet_rows(path, name, table)[1]:
            out[name] = rows
    return out
