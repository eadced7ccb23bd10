"""A Word document named .xlsx (or a workbook named .docx) is refused naming what it is."""

from __future__ import annotations

import pytest

import compkit


def test_a_word_document_named_xlsx_says_what_it_is(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Communicates clearly.")
    path = tmp_path / "framework.xlsx"
    d.save(path)
    with pytest.raises(compkit.CompkitError, match=r"it is a Word document named \.xlsx; rename "
                       r"it \.docx"):  # fmt: skip
        compkit.ingest(path)


def test_a_workbook_named_docx_says_what_it_is(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["Competency", "Level 1"])
    path = tmp_path / "framework.docx"
    wb.save(path)
    with pytest.raises(compkit.CompkitError, match=r"it is an Excel workbook named \.docx; "
                       r"rename it \.xlsx"):  # fmt: skip
        compkit.ingest(path)
