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


def test_a_file_we_may_not_read_is_a_compkit_error(tmp_path, monkeypatch):
    # was: Python's own PermissionError from compkit.ingest (root reads any file, so the
    # refusal of the file system is played by a stand-in)
    from pathlib import Path

    path = tmp_path / "framework.csv"
    path.write_text("Competency,Level 1\nWriting,Writes notes.\n", encoding="utf-8")
    real = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(compkit.CompkitError, match=r"cannot read the file \(permission denied\)"):
        compkit.ingest(path)
