"""The wrong file handed to the framework and cross-walk commands (probe 21, task H2).

Each test here failed on the code before its fix. ``compkit show`` (and ``compkit.load``) given
a Word document or a workbook renamed ``.yaml``, or a CSV saved by Excel in Windows-1252, said
"not UTF-8 text ... in Excel: Save As 'CSV UTF-8'" instead of what the file is and that
``compkit ingest`` reads it; a Word document renamed ``.pdf`` was called a PDF. An empty file
given as a cross-walk said ":1: no mapping table after the header", a password-protected Word
or Excel file "an old Office file (XLS, DOC)", a Word document or a PDF "not UTF-8 text".
"""

from __future__ import annotations

import zipfile

import pytest

import compkit
from compkit.cli import main
from compkit.errors import CompkitError

#: An OLE2 container's signature, as an encrypted .docx or .xlsx (and an old .doc) begins.
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(path, part: str):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<document/>")
    return path


def _ole(path, stream: str):
    """A stub OLE2 file whose directory names ``stream`` (what compkit looks at)."""
    path.write_bytes(OLE2 + b"\0" * 504 + stream.encode("utf-16-le") + b"\0\0" + b"\0" * 64)
    return path


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder of files that are no framework file and no cross-walk."""
    monkeypatch.chdir(tmp_path)
    _zip(tmp_path / "word.yaml", "word/document.xml")
    _zip(tmp_path / "sheet.yaml", "xl/workbook.xml")
    _zip(tmp_path / "word.pdf", "word/document.xml")
    _zip(tmp_path / "other.yaml", "data.bin")
    (tmp_path / "broken.yaml").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (tmp_path / "excel.csv").write_bytes(
        "Competency;Level;Statement\nCaf\xe9;1;Does it\n".encode("cp1252")
    )
    _ole(tmp_path / "locked.docx", "EncryptedPackage")
    _ole(tmp_path / "locked.yaml", "EncryptedPackage")
    _ole(tmp_path / "old.doc", "WordDocument")
    (tmp_path / "empty.tsv").write_bytes(b"")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    return tmp_path


def _run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("word.yaml", "a Word document, not a compkit framework file (YAML); read it into one first with 'compkit ingest word.yaml"),
        ("sheet.yaml", "a spreadsheet, not a compkit framework file (YAML); read it into one first with 'compkit ingest sheet.yaml"),
        ("word.pdf", "a Word document, not a compkit framework file (YAML); read it into one first with 'compkit ingest word.pdf"),
        ("excel.csv", "a CSV file, not UTF-8, and not a compkit framework file (YAML); read it into one first with 'compkit ingest excel.csv"),
        ("other.yaml", "a zip file, not a compkit framework file (YAML); take out the document or workbook it holds, then"),
        ("broken.yaml", "a damaged zip file (a document or workbook cut short?), not a compkit framework file"),
        ("locked.yaml", "a password-protected Office file (Word or Excel), not a compkit framework file (YAML); open it, save it again without a password"),
        ("old.doc", "an old-format Word document (.doc), not a compkit framework file (YAML); save it as .docx or .xlsx"),
    ],
)  # fmt: skip
def test_a_file_that_is_no_framework_is_named_for_what_it_is(capsys, folder, name, opening):
    for command in ("show", "validate", "check"):
        code, err = _run(capsys, command, name)
        assert code == 2, err
        assert err.count("\n") == 1 and err.startswith(f"compkit: error: {folder / name}: ")
        assert err.removeprefix(f"compkit: error: {folder / name}: ").startswith(opening)
        assert "UTF-8 text" not in err and "Save As" not in err
    with pytest.raises(CompkitError) as caught:
        compkit.load(folder / name)
    assert opening in str(caught.value)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("empty.tsv", "the file is empty (0 bytes)"),
        ("locked.docx", "a password-protected Office file (Word or Excel)"),
        ("word.yaml", "a Word document"),
        ("doc.pdf", "a PDF"),
        ("broken.yaml", "a damaged zip file (a document or workbook cut short?)"),
    ],
)
def test_a_file_that_is_no_cross_walk_is_named_for_what_it_is(capsys, folder, name, said):
    whole = (
        f"{name}: {said}; expected a cross-walk in SSSOM TSV text: give the .sssom.tsv file "
        "that 'compkit crosswalk A B -o cw.sssom.tsv' wrote"
    )
    code, err = _run(capsys, "carry", name, "cis", "cis", "-o", "out.sssom.tsv")
    assert (code, err) == (2, f"compkit: error: {whole}\n")
    assert not (folder / "out.sssom.tsv").exists()
    with pytest.raises(CompkitError) as caught:
        compkit.read_sssom(folder / name)
    assert str(caught.value).endswith(whole)


def test_a_real_framework_and_a_real_cross_walk_still_read(tmp_path):
    fw = compkit.load("cis")
    copy = tmp_path / "cis.yaml"
    copy.write_bytes(fw.path.read_bytes())
    assert len(compkit.load(copy).indicators) == 62
    assert len(compkit.read_sssom("cis-wsx")) > 0


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("empty.xlsx", "the file is empty (0 bytes)"),
        ("locked.xlsx", "a password-protected Office file (Word or Excel)"),
        ("broken.xlsx", "a damaged zip file (a document or workbook cut short?)"),
        ("word.xlsx", "a Word document"),
    ],
)
def test_take_review_names_a_workbook_that_is_none(capsys, folder, name, said):
    (folder / "empty.xlsx").write_bytes(b"")
    _ole(folder / "locked.xlsx", "EncryptedPackage")
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    _zip(folder / "word.xlsx", "word/document.xml")
    code, err = _run(capsys, "take-review", "cis-wsx", name, "--reviewer", "Me", "-o", "o.tsv")
    assert (code, err) == (
        2,
        f"compkit: error: {name}: {said}; expected the reviewed workbook (.xlsx) of a "
        "cross-walk, as 'compkit crosswalk A B --reviewed CROSSWALK -o FILE.xlsx' writes it\n",
    )
    assert "zip file" not in err.replace("damaged zip file", "")
    assert not (folder / "o.tsv").exists()
