"""Bad input to ingest: one clear line naming the file, an IngestError (exit 2), nothing written.

Unsupported types, damaged and password-protected DOCX/XLSX/PDF, no recognisable framework, a
file over the size limit, and a zip bomb refused from the zip directory before unpacking.
"""

import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from compkit import CompkitError
from compkit.ingest import LIMITS, IngestError, ingest

DATA = Path(__file__).parent / "data" / "ingest"


def refused(path: Path, *, expect: str) -> str:
    with pytest.raises(IngestError) as info:
        ingest(path)
    message = str(info.value)
    assert isinstance(info.value, CompkitError)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert expect in message, message
    return message


def test_unsupported_and_old_office_types(tmp_path):
    odt = tmp_path / "fw.odt"
    odt.write_bytes(b"PK\x03\x04")
    refused(odt, expect="not a valid OpenDocument text file (the file is damaged or not a zip)")
    ods = tmp_path / "fw.ods"
    ods.write_bytes(b"PK\x03\x04")
    refused(
        ods, expect="not a valid OpenDocument spreadsheet file (the file is damaged or not a zip)"
    )
    key = tmp_path / "fw.key"
    key.write_bytes(b"PK\x03\x04")
    refused(key, expect="unsupported file type '.key'")
    doc = tmp_path / "fw.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    refused(doc, expect="Word 97-2003 (.doc) files are not supported; save it as .docx")


def test_missing_empty_and_folder(tmp_path):
    refused(tmp_path / "nothing.docx", expect="no such file")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    refused(empty, expect="the file is empty")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    refused(folder, expect="not a file")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_corrupt_office_files(tmp_path, suffix):
    bad = tmp_path / f"broken{suffix}"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    refused(bad, expect="not a valid")
    truncated = tmp_path / f"truncated{suffix}"
    truncated.write_bytes(
        (DATA / ("headings-lists.docx" if suffix == ".docx" else "wide.xlsx")).read_bytes()[:3000]
    )
    refused(truncated, expect="not a valid")


def test_zip_without_the_office_part(tmp_path):
    fake = tmp_path / "fake.docx"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("hello.txt", "hi")
    refused(fake, expect="not a Word file (no word/document.xml inside the zip)")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_password_protected_office_files(tmp_path, suffix):
    # an encrypted OOXML file is an OLE compound file holding an EncryptionInfo stream
    locked = tmp_path / f"locked{suffix}"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 512
        + "EncryptionInfo".encode("utf-16-le")
        + b"\0" * 512
    )
    refused(locked, expect="password-protected (encrypted); save a copy without a password")


def test_password_protected_and_damaged_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(DATA / "outline.pdf"))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    refused(locked, expect="the PDF is password-protected")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    refused(broken, expect="not a readable PDF")
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("hello")
    refused(not_pdf, expect="not a PDF file (no %PDF header)")


def test_no_recognisable_framework(tmp_path):
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleague,\n\nThank you for your letter of 3 May. We will reply soon.\n")
    refused(prose, expect="no competency framework found")
    sheet = tmp_path / "numbers.csv"
    sheet.write_text("a,b,c\n1,2,3\n4,5,6\n")
    refused(sheet, expect="no competency framework found")


def test_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setitem(LIMITS, "file_size", 1000)
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    refused(big, expect="over the limit of")


def test_zip_bomb_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    bomb.write_bytes(buf.getvalue())
    assert bomb.stat().st_size < 100_000
    start = time.monotonic()
    refused(bomb, expect="(a zip bomb?), refused before unpacking")
    assert time.monotonic() - start < 1


def test_cli_bad_input_is_one_line_exit_2_nothing_written(tmp_path):
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleague,\n\nNothing to see here.\n")
    out = tmp_path / "out.yaml"
    proc = subprocess.run(
        [sys.executable, "-m", "compkit.cli", "ingest", str(prose), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(f"compkit: error: {prose}: no competency framework found")
    assert not out.exists() and not (tmp_path / "out.ingest.md").exists()


def test_unknown_hint_values(tmp_path):
    with pytest.raises(IngestError, match="unknown layout 'grid'; expected one of: level-columns"):
        ingest(DATA / "long.csv", layout="grid")
    with pytest.raises(
        IngestError,
        match="for spreadsheets and CSV; expected for a document: level-columns",
    ):
        ingest(DATA / "outline.md", layout="wide")


def test_a_csv_quote_that_never_closes_is_refused_with_its_line(tmp_path):
    path = tmp_path / "fw.csv"
    path.write_text(
        'Competency,Level,Behaviour\nTech,L1,"Writes ""clean"" code"\nTech,L2,"Reviews code\n'
        "Tech,L3,Sets standards\n",
        encoding="utf-8",
    )
    refused(path, expect='line 3: a quoted field opens (") and never closes')
    path.write_text(
        'Competency,Level,Behaviour\nTech,L1,"Writes ""clean"" code"\nTech,L2,"Reviews\ncode"\n',
        encoding="utf-8",
    )
    assert len(ingest(path).framework.indicators) == 2


def test_a_layout_hint_that_cannot_hold_is_refused_not_reported_as_used(tmp_path):
    path = tmp_path / "fw.csv"
    path.write_text(
        "Skill,Beginner,Expert\nTesting,Writes a test,Designs the test strategy\n", "utf-8"
    )
    with pytest.raises(IngestError, match=r"no level or statement column .* level_from"):
        ingest(path, layout="long")
    with pytest.raises(IngestError, match="layout 'headings-lists' is for documents"):
        ingest(path, layout="headings-lists")
    with pytest.raises(IngestError, match="not compkit's own workbook"):
        ingest(path, layout="compkit-workbook")
    assert ingest(path, layout="wide").report.layout == "wide"
    doc = tmp_path / "fw.md"
    doc.write_text("# Skills\n\n## Testing\n\n### Beginner\n\n- Writes a test\n", "utf-8")
    with pytest.raises(IngestError, match="layout 'effective-ineffective' needs effective"):
        ingest(doc, layout="effective-ineffective")
    with pytest.raises(IngestError, match="layout 'front-matter' needs YAML front matter"):
        ingest(doc, layout="front-matter")


def test_a_from_hint_that_names_nothing_is_refused_with_what_there_is(tmp_path):
    path = tmp_path / "fw.csv"
    path.write_text("Skill,Level,Behaviour\nTesting,Beginner,Writes a test\n", "utf-8")
    with pytest.raises(IngestError, match=r"text_from 'Nope' names no column .*'Behaviour'"):
        ingest(path, text_from="Nope")
    assert len(ingest(path, text_from="behaviour").framework.indicators) == 1
    doc = tmp_path / "fw.md"
    doc.write_text("# Skills\n\n## Testing\n\n### Beginner\n\n- Writes a test\n", "utf-8")
    with pytest.raises(IngestError, match=r"level_from 'foo' names no kind of label .*'###'"):
        ingest(doc, level_from="foo")
    with pytest.raises(IngestError, match="text_from names a spreadsheet column"):
        ingest(doc, text_from="Behaviour")
