"""Read the cells of an XLSX workbook in one streaming pass per sheet, for the workbook import.

openpyxl reads the workbook's structure (its parts, sheet names, date styles); the shared
strings and the cells are read here with expat, giving the values openpyxl's full loader gives
-- numbers, booleans, shared and inline strings, dates and times, formulas, merged cells left
empty -- at a fraction of its cost: 100,000 statements in seconds, not minutes. A document type
declaration (never part of a workbook) is refused, so no entity can be declared or expanded.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pyexpat import ExpatError, ParserCreate
from typing import Any

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _V, _F, _IS = (_MAIN + t for t in ("row", "c", "v", "f", "is"))
_SI, _T, _R, _MERGE = (_MAIN + t for t in ("si", "t", "r", "mergeCell"))
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


class Merged:
    """A cell in a merged range but its first: the range, its first cell and the value there."""

    __slots__ = ("down", "first", "ref", "value")

    def __init__(self, ref: str, first: str, value: Any, down: bool):
        self.ref, self.first, self.value, self.down = ref, first, value, down


#: Columns where a cell merged down a column reads as its value on every row, as Excel shows
#: it (statements grouped under one competency cell); elsewhere (a statement, an id) refused.
_FILLED = {"competency", "competency_name", "level", "level_name", "polarity", "role", "group"}


class Formula:
    """A formula cell: ``value`` is what openpyxl holds (the text, or its formula object)."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value


def read_sheets(path, *, merged: bool = False) -> tuple[dict[str, tuple[list, list]], list]:
    """Every worksheet of an XLSX file as its header and its body rows, and the formulas found.

    A sheet is ``(header, [(row number, values), ...])``: the values of its first row, then
    each later row that holds a cell, in order; a date or a date and time becomes its ISO text.
    A formula below the header is a problem (sheet, row, column, message) and its value None.
    Every cell of a merged range but its first reads as None, as openpyxl reads it; with
    ``merged``, such a cell below the header whose range holds a value is a problem too, unless
    the range runs down one of the columns naming a statement's place (``competency``,
    ``level``, ...): there each row reads the range's value, as Excel shows it.

    Raises
    ------
    Exception
        What openpyxl raises for a file that is not a workbook (``InvalidFileException``,
        ``zipfile.BadZipFile``, ``KeyError``, ``OSError``, ``ValueError``), and ``ValueError``
        for a part that is not well-formed XML or declares a document type.
    """
    from openpyxl.utils.cell import get_column_letter

    raw: dict[str, tuple[list, list]] = {}
    problems: list = []
    for title, rows in _read_cells(path):
        first = rows.get(1)
        header = [] if first is None else _values(first)
        for i, v in enumerate(header):
            if isinstance(v, Formula | Merged):
                header[i] = v.value if isinstance(v, Formula) else None
        body = []
        for number in sorted(n for n in rows if n > 1):
            values = _values(rows[number])
            for i, value in enumerate(values):
                if isinstance(value, Formula):
                    name = header[i] if i < len(header) else None
                    problems.append(
                        (
                            title,
                            number,
                            name or get_column_letter(i + 1),
                            f"a formula ({getattr(value.value, 'text', value.value)}); type the "
                            "value itself (in Excel: copy, then Paste Special > Values)",
                        )
                    )
                    values[i] = None
                elif isinstance(value, Merged):
                    name = header[i] if i < len(header) else None
                    if not merged:
                        values[i] = None
                    elif name in _FILLED and value.down:
                        values[i] = value.value  # one column merged down: its value each row
                    else:
                        problems.append((title, number, name or get_column_letter(i + 1), (
                            f"merged with {value.first} ({value.ref}), so empty here: unmerge "
                            "the cells (in Excel: Home > Merge & Center), then give each row "
                            "its own value"
                        )))  # fmt: skip
                        values[i] = None
                elif isinstance(value, datetime):
                    values[i] = (
                        value.date().isoformat()
                        if value.time() == datetime.min.time()
                        else value.isoformat()
                    )
                elif isinstance(value, date):
                    values[i] = value.isoformat()
            body.append((number, values))
        raw[title] = (header, body)
    return raw, problems


def _values(cells: dict[int, Any]) -> list[Any]:
    """A row's values from column A to its last cell (later ones are empty, as if cut off)."""
    values = [None] * max(cells)
    for col, value in cells.items():
        values[col - 1] = value
    return values


def _read_cells(path) -> list[tuple[str, dict[int, dict[int, Any]]]]:
    """Every worksheet, in workbook order: its title and its cells, {row: {column: value}}."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.workbook.child import avoid_duplicate_name

    reader = ExcelReader(path, read_only=True)
    try:
        reader.read_manifest()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        wb, archive = reader.wb, reader.archive
        strings: list[str] = []
        part = reader.package.find(_SHARED_STRINGS)
        if part is not None:
            with archive.open(part.PartName[1:]) as src:
                strings = _named(part.PartName[1:], _shared_strings, src)
        dates = (wb.epoch, set(wb._date_formats), set(wb._timedelta_formats))
        titles: list[str] = []
        out = []
        for sheet, rel in reader.parser.find_sheets():
            if rel.target not in reader.valid_files:
                continue
            title = avoid_duplicate_name(titles, sheet.name)  # as openpyxl names a repeat
            titles.append(title)
            if "chartsheet" in rel.Type:
                continue
            with archive.open(rel.target) as src:
                out.append((title, _named(rel.target, _cells, src, strings, dates)))
        return out
    finally:
        reader.archive.close()


def _named(part: str, read, *args):
    """``read(*args)``, naming ``part`` in the message of a ValueError."""
    try:
        return read(*args)
    except ValueError as exc:
        raise ValueError(f"{part}: {exc}") from None


def _parser(start, end, data):
    p = ParserCreate(namespace_separator="}")
    p.buffer_text = True
    p.buffer_size = 1 << 16
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, data

    def doctype(*_):
        raise ValueError("a document type declaration, which no workbook part has")

    p.StartDoctypeDeclHandler = doctype
    p.EntityDeclHandler = doctype
    return p


def _parse(parser, src) -> None:
    try:
        parser.ParseFile(src)
    except ExpatError as exc:
        raise ValueError(f"malformed XML ({exc})") from None


class _Text:
    """The text of a string item (``<si>`` or ``<is>``): its plain ``<t>`` then its runs' ``<t>``.

    As openpyxl's ``Text.content``: the last plain ``<t>`` child and each run's last ``<t>``;
    phonetic runs (``<rPh>``) are left out.
    """

    __slots__ = ("depth", "plain", "run", "run_depth", "runs")

    def __init__(self, depth: int):
        self.depth, self.plain, self.runs, self.run, self.run_depth = depth, None, [], None, -1

    def start(self, name: str, depth: int) -> list | None:
        """A buffer for the character data of a ``<t>`` that counts, else None."""
        if depth == self.depth + 1:
            self.run_depth = -1
            if name == _T:
                self.plain = []
                return self.plain
            if name == _R:
                self.run_depth, self.run = depth, None
                self.runs.append(self)  # placeholder: the run's text, once read
        elif depth == self.run_depth + 1 and name == _T:
            self.run = []
            self.runs[-1] = self.run
            return self.run
        return None

    def content(self) -> str:
        if not self.runs:
            return "" if self.plain is None else "".join(self.plain)
        parts = [] if self.plain is None else ["".join(self.plain)]
        parts += ["".join(r) for r in self.runs if r is not self]
        return "".join(parts)


def _shared_strings(src) -> list[str]:
    """The shared strings table, as openpyxl's ``read_string_table`` reads it."""
    out: list[str] = []
    depth = 0
    text: _Text | None = None
    buf: list | None = None

    def start(name, attrs):
        nonlocal depth, text, buf
        depth += 1
        buf = None
        if name == _SI:
            text = _Text(depth)
        elif text is not None:
            buf = text.start(name, depth)

    def end(name):
        nonlocal depth, text, buf
        buf = None
        if name == _SI and text is not None and depth == text.depth:
            out.append(text.content().replace("x005F_", ""))
            text = None
        depth -= 1

    def data(chunk):
        if buf is not None:
            buf.append(chunk)

    _parse(_parser(start, end, data), src)
    return out


def _number(text: str, style: str | None, epoch, date_styles: set, span_styles: set) -> Any:
    """A number cell's value: an int or a float, or a date or time when its style says so."""
    number = float(text) if "." in text or "E" in text or "e" in text else int(text)
    style_id = int(style) if style else 0
    if style_id not in date_styles:
        return number
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(number, epoch, timedelta=style_id in span_styles)
    except (OverflowError, ValueError):  # as openpyxl: a date out of range is an error value
        return "#VALUE!"


def _row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        as_float = float(text)
        if not as_float.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(as_float)


def _column(ref: str, letters: str) -> int:
    """The column number of a cell reference's letters (A is 1)."""
    from openpyxl.utils.cell import column_index_from_string

    if not re.fullmatch(r"[A-Z]{1,3}", letters):
        raise ValueError(f"{ref!r} is not a cell reference")
    return column_index_from_string(letters)


def _boolean(formula: tuple) -> bool | None:
    """TRUE or FALSE for the formula ``=TRUE()`` or ``=FALSE()``, else None.

    LibreOffice saves every TRUE or FALSE cell so (Excel as a plain boolean): a workbook only
    opened and saved again in LibreOffice holds the value, not a formula anyone typed.

    >>> _boolean(({}, ["FALSE()"])), _boolean(({}, ["true"])), _boolean(({}, ["NOT(TRUE())"]))
    (False, True, None)
    """
    attrs, parts = formula
    text = "".join(parts).strip().upper()
    if attrs.get("t", "normal") != "normal" or text not in ("TRUE()", "FALSE()", "TRUE", "FALSE"):
        return None
    return text.startswith("T")


def _cells(src, strings: list[str], dates: tuple) -> dict[int, dict[int, Any]]:
    """The cells of one worksheet part, valued as openpyxl's ``WorkSheetParser`` values them.

    One handler call per tag and text: a cell is the child of a ``<row>``; its value is its first
    ``<v>``, its first ``<f>`` (a formula) or its first ``<is>`` (an inline string).
    """
    rows: dict[int, dict[int, Any]] = {}
    epoch, date_styles, span_styles = dates
    columns: dict[str, int] = {}
    shared: dict[str, Any] = {}  # shared formulas by index: their translator
    merged: list[str] = []
    depth, row_depth, cell_depth = 0, -1, -1
    row = col = 0
    cell: dict = {}  # the open cell's attributes
    value: list | None = None  # the text of its first <v>
    formula: tuple | None = None  # the attributes and text of its first <f>
    inline: _Text | None = None  # its first <is>
    buf: list | None = None  # where character data goes: the open <v>, <f> or <t>, else nowhere

    def start(name, attrs):
        nonlocal depth, row_depth, cell_depth, row, col, cell, value, formula, inline, buf
        depth += 1
        buf = None
        if cell_depth > 0:
            if depth == cell_depth + 1:
                if name == _IS:
                    if inline is None:
                        inline = _Text(depth)
                elif name == _V:
                    if value is None:
                        buf = value = []
                elif name == _F and formula is None:
                    buf = []
                    formula = (attrs, buf)
            elif inline is not None and depth > inline.depth:
                if name == _T and depth == inline.depth + 1:  # the usual <is><t>..</t></is>
                    inline.run_depth = -1
                    buf = inline.plain = []
                else:
                    buf = inline.start(name, depth)
        elif depth == row_depth + 1:
            cell_depth, cell, value, formula, inline = depth, attrs, None, None, None
        elif name == _ROW:
            row_depth, col = depth, 0
            number = attrs.get("r")
            row = _row_number(number) if number else row + 1
        elif name == _MERGE and attrs.get("ref"):
            merged.append(attrs["ref"])

    def end(name):
        nonlocal depth, row_depth, cell_depth, col, buf
        buf = None
        if depth == cell_depth:
            cell_depth = -1
            ref = cell.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                col = columns.get(letters) or columns.setdefault(letters, _column(ref, letters))
                number = int(ref[len(letters) :])
            else:
                col += 1
                number = row
            cells = rows.get(number)
            if cells is None:
                cells = rows[number] = {}
            kind = cell.get("t", "n")
            if formula is not None:
                constant = _boolean(formula)
                cells[col] = Formula(_formula(ref)) if constant is None else constant
            elif kind == "inlineStr":
                cells[col] = None if inline is None else inline.content()
            elif not value:
                cells[col] = None
            else:
                text = "".join(value)
                if kind == "s":
                    try:
                        cells[col] = strings[int(text)]
                    except IndexError:
                        raise ValueError(f"cell {ref}: no shared string {text}") from None
                elif kind == "n":
                    cells[col] = _number(text, cell.get("s"), epoch, date_styles, span_styles)
                elif kind == "b":
                    cells[col] = bool(int(text))
                elif kind == "d":
                    from openpyxl.utils.datetime import from_ISO8601

                    cells[col] = from_ISO8601(text)
                else:
                    cells[col] = text
        elif depth == row_depth:
            row_depth = -1
        depth -= 1

    def _formula(ref):
        from openpyxl.formula.translate import Translator
        from openpyxl.worksheet.formula import ArrayFormula

        attrs, parts = formula
        kind, text = attrs.get("t"), "=" + "".join(parts)
        if kind == "array":
            return ArrayFormula(ref=attrs.get("ref"), text=text)
        if kind == "shared":
            index = attrs.get("si")
            try:  # only for the message: a formula openpyxl cannot translate shows as written
                if index in shared:
                    return shared[index].translate_formula(ref)
                if text != "=":
                    shared[index] = Translator(text, ref)
            except Exception:
                return text
        elif kind == "dataTable":  # shown as Excel shows it (openpyxl's object has no text)
            return f"=TABLE({attrs.get('r1', '')},{attrs.get('r2', '')})"
        return text

    def data(chunk):
        if buf is not None:
            buf.append(chunk)

    _parse(_parser(start, end, data), src)
    from openpyxl.utils.cell import range_boundaries

    for ref in merged:  # every cell of a merged range but the first is empty (as openpyxl)
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        first = rows.get(min_row, {}).get(min_col)
        held = first not in (None, "")  # else nothing is lost
        down = min_col == max_col and not isinstance(first, Formula)  # one column, down
        for number in [n for n in rows if min_row <= n <= max_row]:
            cells = rows[number]
            for c in range(min_col, min(max_col, max(cells, default=0)) + 1):
                if (number, c) != (min_row, min_col) and (held or c in cells):
                    cells[c] = Merged(ref, ref.split(":")[0], first, down) if held else None
    return rows
