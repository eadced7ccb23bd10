"""Probe 19, D2: OpenDocument spreadsheets (.ods) read as .xlsx is; hidden rows read and said.

The fixture ``tests/data/ingest/probe19-ods/hidden-and-merged.xlsx`` is self-written (openpyxl:
a title merged across, each competency merged down over its rows, rows 7-8 hidden, a hidden
sheet of lookups); the ``.ods`` beside it is LibreOffice's own conversion of it
(``soffice --headless --convert-to ods``).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import compkit
from compkit.framework import to_dict
from compkit.ingest import IngestError
from compkit.ingest.tables import read_grids

HERE = Path(__file__).parent / "data" / "ingest" / "probe19-ods"
XLSX = HERE / "hidden-and-merged.xlsx"
ODS = HERE / "hidden-and-merged.ods"
_HIDDEN = "2 hidden rows on sheet 'Behaviours' read as the author's (rows 7-8)"


def _fw(path: Path) -> str:
    data = to_dict(compkit.ingest(path).framework)
    return json.dumps(data, sort_keys=True, default=str).replace(path.name, "FILE")


def test_ods_reads_as_the_same_workbook_in_xlsx():
    assert _fw(ODS) == _fw(XLSX)
    ods = compkit.ingest(ODS)
    assert ods.framework.counts().to_numpy().sum() == 8
    assert str(ods.framework.indicator_records[3].source) == "sheet Behaviours cell C6"
    notes = sorted(n.message for n in ods.report.notes)
    assert notes == sorted(n.message for n in compkit.ingest(XLSX).report.notes)


@pytest.mark.parametrize("path", [XLSX, ODS], ids=["xlsx", "ods"])
def test_hidden_rows_are_read_and_said(path):
    result = compkit.ingest(path)
    texts = [s.text for s in result.framework.indicator_records]
    assert "Plans the team's month with room for the unexpected." in texts  # row 7, hidden
    assert "Tells people early when a date will slip." in texts  # row 8, hidden
    messages = [n.message for n in result.report.notes]
    assert any(m.startswith(_HIDDEN) for m in messages), messages
    assert "hidden sheet 'Lists' not read; give --sheet 'Lists' (sheet='Lists' in Python)" in (
        messages
    )


def test_no_word_of_hidden_rows_when_there_are_none(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Competency", "Level", "Behaviour"])
    sheet.append(["Listening", "Foundation", "Lets colleagues finish before replying."])
    sheet.append([None, "Experienced", "Notices when a quiet colleague has something to add."])
    sheet.row_dimensions[10].hidden = True  # a hidden row with no text says nothing
    book.save(tmp_path / "plain.xlsx")
    messages = [n.message for n in compkit.ingest(tmp_path / "plain.xlsx").report.notes]
    assert not [m for m in messages if "hidden row" in m]


def test_a_hidden_ods_sheet_is_read_when_named():
    grids = read_grids(ODS, "xlsx", sheet="Lists")
    assert [g.name for g in grids] == ["Lists"]
    assert [r[0] for r in grids[0].rows if r] == ["Foundation", "Experienced", "Not yet seen"]
    assert read_grids(ODS, "xlsx")[0].hidden == ("Lists",)
    with pytest.raises(IngestError, match="no sheet 'Nope'; the sheets are: Behaviours, Lists"):
        read_grids(ODS, "xlsx", sheet="Nope")


def _ods(tmp_path: Path, rows_xml: str, *, manifest: str = "") -> Path:
    """A minimal .ods holding one sheet of the rows given (content.xml written by hand)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Skills">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "hand.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:'
            f'1.0"><manifest:file-entry manifest:full-path="/" '
            f'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet">{manifest}'
            '</manifest:file-entry><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>',
        )
    return path


def _row(*cells: str, attrs: str = "") -> str:
    return f"<table:table-row{attrs}>{''.join(cells)}</table:table-row>"


def _cell(*paras: str, attrs: str = "") -> str:
    return f"<table:table-cell{attrs}>{''.join(f'<text:p>{p}</text:p>' for p in paras)}</table:table-cell>"


def test_ods_cell_text_spaces_paragraphs_repeats_and_covered_cells(tmp_path):
    rows = _row(_cell("Competency"), _cell("Level"), _cell("Behaviour"))
    rows += _row(
        _cell("Listening"),
        _cell("Foundation"),
        _cell("Lets colleagues<text:s text:c='2'/>finish.", "Asks a question back."),
        "<table:covered-table-cell><text:p>kept out of view</text:p></table:covered-table-cell>",
        attrs=' table:visibility="collapse"',
    )
    rows += _row("<table:table-cell/>", attrs=' table:number-rows-repeated="1000000"')
    grid = read_grids(_ods(tmp_path, rows), "xlsx")[0]
    assert grid.rows[1] == [
        "Listening",
        "Foundation",
        "Lets colleagues  finish.\nAsks a question back.",
    ]
    assert len(grid.rows) == 2  # the million blank rows Calc writes cost nothing
    from compkit.ingest.hiddenrows import hidden_rows

    assert hidden_rows(tmp_path / "hand.ods") == {"Skills": [2]}  # as read_grids found them
    from compkit.ingest import odsfile

    odsfile._LAST.clear()
    assert hidden_rows(tmp_path / "hand.ods") == {"Skills": [2]}  # parsed afresh


def test_ods_past_the_row_limit_is_refused(tmp_path):
    rows = _row(_cell("Competency"), _cell("Level"), _cell("Behaviour"))
    rows += _row("<table:table-cell/>", attrs=' table:number-rows-repeated="300000"')
    rows += _row(_cell("Listening"), _cell("Foundation"), _cell("Lets colleagues finish."))
    with pytest.raises(IngestError, match="sheet 'Skills' has more than 200000 rows"):
        read_grids(_ods(tmp_path, rows), "xlsx")


def test_damaged_and_encrypted_ods_are_refused_in_one_line(tmp_path):
    path = _ods(tmp_path, "<table:table-row>")  # content.xml cut short
    with pytest.raises(IngestError, match=r"hand\.ods: not a readable OpenDocument spreadsheet"):
        compkit.ingest(path)
    encrypted = '<manifest:encryption-data manifest:checksum-type="SHA1"/>'
    path = _ods(tmp_path, _row(_cell("x")), manifest=encrypted)
    with pytest.raises(
        IngestError, match="the OpenDocument spreadsheet file is password-protected"
    ):
        compkit.ingest(path)
    not_zip = tmp_path / "fw.ods"
    not_zip.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError, match=r"fw\.ods: not a valid OpenDocument spreadsheet file"):
        compkit.ingest(not_zip)


def test_a_damaged_odt_is_refused_in_one_line(tmp_path):
    odt = tmp_path / "fw.odt"
    odt.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError, match=r"fw\.odt: not a valid OpenDocument text file"):
        compkit.ingest(odt)


def test_cli_ingests_an_ods(tmp_path, capsys):
    from compkit.cli import main

    assert main(["ingest", str(ODS), "-o", str(tmp_path / "fw.yaml")]) == 0
    assert "(8 statements, 3 competencies × 2 levels, layout long)" in capsys.readouterr().err
    assert _HIDDEN in (tmp_path / "fw.ingest.md").read_text()
