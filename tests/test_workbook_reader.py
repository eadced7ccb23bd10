"""The workbook import reads cells in one streaming pass; it must read what openpyxl reads.

Every test compares :func:`compkit.authoring._sheet_xml.read_sheets` with openpyxl's full
loader (the reader the import used before, kept here as the reference) on workbooks holding
every kind of cell: numbers, booleans, dates and times, shared and inline strings with rich text
and phonetic runs, formulas (plain, shared, array, data table), merged cells, rows and cells
without a reference.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.formula import ArrayFormula

import compkit
from compkit.authoring._sheet_xml import read_sheets

MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def reference(path):
    """The raw sheets as the import read them with openpyxl (header, body, formula problems)."""
    wb = load_workbook(path, read_only=False)
    raw, problems = {}, []
    for ws in wb.worksheets:
        rows = list(ws.iter_rows())
        header = [c.value for c in rows[0]] if rows else []
        body = []
        for row in rows[1:]:
            values = []
            for cell in row:
                value = cell.value
                if cell.data_type == "f":
                    column = header[cell.column - 1] if cell.column <= len(header) else None
                    problems.append((ws.title, cell.row, column or cell.column_letter))
                    value = None
                elif isinstance(value, dt.datetime):
                    value = (
                        value.date().isoformat()
                        if value.time() == dt.datetime.min.time()
                        else value.isoformat()
                    )
                elif isinstance(value, dt.date):
                    value = value.isoformat()
                values.append(value)
            body.append((row[0].row, values))
        raw[ws.title] = (header, body)
    return _trimmed(raw), problems


def _trimmed(raw):
    """Rows and headers without trailing empty cells, and no empty rows (they mean nothing)."""
    out = {}
    for title, (header, body) in raw.items():
        header = list(header)
        while header and header[-1] is None:
            header.pop()
        rows = []
        for number, values in body:
            values = list(values)
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append((number, [(type(v), v) for v in values]))
        out[title] = ([(type(h), h) for h in header], rows)
    return out


def assert_reads_as_openpyxl(path):
    raw, problems = read_sheets(path)
    expected, formulas = reference(path)
    assert _trimmed(raw) == expected
    assert [p[:3] for p in problems] == formulas
    return raw, problems


@pytest.mark.parametrize("epoch", [None, CALENDAR_MAC_1904])
def test_every_kind_of_value_reads_as_openpyxl_reads_it(tmp_path, epoch):
    wb = Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "indicators"
    ws.append(["id", "text", "n", None, "=A1"])
    ws.append(["a", "x005F_kept", 3, 3.5, True])
    ws.append(["b", "two\r\nlines ", dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 3, 4, 5)])
    ws.append(["c", "=SUM(A1:A2)", dt.timedelta(hours=30), False, "#N/A", dt.time(12, 30)])
    ws["E4"].data_type = "e"
    ws["A5"] = ArrayFormula("A5:A6", "=A1:A2")
    ws["B5"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold"), " end"])
    ws["C5"], ws["D5"] = "", "   "
    ws["B7"], ws["C7"], ws["B8"] = "merged", "hidden by the merge", "=1+1"
    ws.merge_cells("B7:C8")
    ws["F10"], ws["G10"], ws["H10"] = 1e20, -0.0, 12345678901234567890
    wb.create_sheet("empty")
    wb.create_sheet("Sheet")["B3"] = "only"
    wb.save(tmp_path / "typed.xlsx")
    raw, problems = assert_reads_as_openpyxl(tmp_path / "typed.xlsx")
    assert raw["indicators"][1][1][1][2:4] == ["2024-01-02", "2024-01-02T03:04:05"]
    assert [p[:3] for p in problems] == [("indicators", 4, "text"), ("indicators", 5, "id")]
    assert problems[0][3].startswith("a formula (=SUM(A1:A2)); type the value itself")


def test_hand_written_xml_reads_as_openpyxl_reads_it(tmp_path):
    """Shared strings with runs and phonetic text, shared formulas, rows and cells without r."""
    wb = Workbook()
    wb.active.title = "s"
    wb.create_sheet("t")["A1"] = 1
    base = tmp_path / "base.xlsx"
    wb.save(base)
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {MAIN}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>head</t></is></c></row>'
        '<row><c t="inlineStr"><is><r><rPr><b/></rPr><t>bo</t></r><r><t xml:space="preserve">'
        ' ld</t></r><rPh sb="0" eb="1"><t>PH</t></rPh></is></c><c t="str"><v>text</v></c>'
        '<c r="C2"><f t="shared" ref="C2:C4" si="0">A2+1</f><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="B3" t="d"><v>2024-03-04T05:06:07'
        '</v></c><c r="C3"><f t="shared" si="0"/><v>2</v></c></row>'
        '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4"><v>1.5E3</v></c>'
        '<c r="C4"><f t="shared" si="0"/></c><c r="E4" t="s"><v>2</v></c></row>'
        '<row r="6"><c r="A6" t="s"><v></v></c><c r="B6" t="inlineStr"/></row>'
        '<row r="7"><c r="A7"/><c r="B7" t="inlineStr"><is><t>a</t><t>b</t></is></c></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells></worksheet>'
    )
    strings = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst {MAIN}><si><t>shared</t></si>'
        '<si><r><t>sec</t></r><r><rPr/><t>ond</t></r><rPh sb="0" eb="1"><t>ZZ</t></rPh></si>'
        '<si><t>p</t><rPh sb="0" eb="1"><t>Q</t></rPh><r><t>r</t></r></si></sst>'
    )
    book = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(book, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            dst.writestr(item, data)
        dst.writestr("xl/sharedStrings.xml", strings)
    raw, problems = assert_reads_as_openpyxl(book)
    assert raw["s"][0] == ["shared", "second", "head"]
    assert raw["s"][1][0] == (2, ["bo ld", "text", None])
    assert [p[3].split(";")[0] for p in problems] == [
        "a formula (=A2+1)",
        "a formula (=A3+1)",
        "a formula (=A4+1)",
    ]


@pytest.mark.parametrize("name", ["cis", "wsx", "tests/data/clustered.yaml"])
def test_compkit_workbooks_read_as_openpyxl_reads_them(tmp_path, name):
    assert_reads_as_openpyxl(compkit.authoring.write_workbook(name, tmp_path / "fw.xlsx"))


def replaced_sheet(tmp_path, edit) -> str:
    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet8.xml":
                data = edit(data)
            dst.writestr(item, data)
    with pytest.raises(compkit.WorkbookError) as info:
        compkit.import_file(bad)
    return str(info.value)


def test_a_document_type_declaration_is_refused_before_any_entity_expands(tmp_path):
    def bomb(data: bytes) -> bytes:
        entities = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        return entities + data.replace(b"<t>", b"<t>&b;", 1)

    assert replaced_sheet(tmp_path, bomb).endswith(
        "not an XLSX workbook (xl/worksheets/sheet8.xml: a document type declaration, which "
        "no workbook part has)"
    )


def test_a_sheet_that_is_not_xml_is_a_clear_error(tmp_path):
    message = replaced_sheet(tmp_path, lambda data: data[:-40])
    assert "not an XLSX workbook (xl/worksheets/sheet8.xml: malformed XML" in message


def test_a_cell_naming_a_shared_string_that_is_not_there_is_a_clear_error(tmp_path):
    def missing(data: bytes) -> bytes:
        return re.sub(rb't="inlineStr"><is><t>[^<]*</t></is>', b't="s"><v>99</v>', data, count=1)

    message = replaced_sheet(tmp_path, missing)
    assert message.endswith(
        "not an XLSX workbook (xl/worksheets/sheet8.xml: cell A1: no shared string 99)"
    )
