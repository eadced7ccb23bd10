"""A workbook's formula with no stored value is refused, not read as a blank cell.

Was: a statement built by a formula in a workbook saved by a program that never calculated it
(openpyxl, exporters) read as blank, the statement lost without a word.
"""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from compkit.cli import main
from compkit.ingest import IngestError, ingest
from compkit.ingest.formulas import uncalculated


def _book(path, formula='="Leads "&"the team."'):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Framework"
    sheet.append(["Competency", "Level 1", "Level 2"])
    sheet.append(["Teamwork", "Shares work.", formula])
    sheet.append(["Planning", "Plans a day.", "Plans a year."])
    book.save(path)
    return path


def _calculated(path, value):
    """The workbook as Excel or LibreOffice saves it: the formula's value stored beside it."""
    with zipfile.ZipFile(path) as book:
        parts = {n: book.read(n) for n in book.namelist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = re.sub(
        rb'<c r="C2"><f>(.*?)</f><v></v></c>',
        lambda m: b'<c r="C2" t="str"><f>' + m.group(1) + b"</f><v>" + value + b"</v></c>",
        parts[name],
    )
    with zipfile.ZipFile(path, "w") as book:
        for n, data in parts.items():
            book.writestr(n, data)
    return path


def test_a_formula_never_calculated_is_refused_naming_its_cell(tmp_path, capsys):
    path = _book(tmp_path / "book.xlsx")
    with pytest.raises(IngestError) as caught:
        ingest(path)
    message = str(caught.value)
    assert "\n" not in message
    assert "sheet 'Framework', cell C2: a formula with no value stored" in message
    assert '(="Leads "&"the team.")' in message and "save it, and ingest it again" in message
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()


def test_a_formula_with_its_value_stored_reads_the_value(tmp_path):
    path = _calculated(_book(tmp_path / "book.xlsx"), b"Leads the team.")
    assert uncalculated(path) is None
    texts = set(ingest(path).framework.indicators["text"])
    assert "Leads the team." in texts and "Plans a year." in texts


def test_a_formula_giving_empty_text_is_a_value(tmp_path):
    # Excel and LibreOffice write `t="str"` and an empty <v> for a formula whose result is ""
    path = _calculated(_book(tmp_path / "book.xlsx", '=IF(1=2,"x","")'), b"")
    assert uncalculated(path) is None
