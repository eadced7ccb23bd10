"""Probe 21h: a newcomer's bad files of every format, and the public API's help and examples.

Every bad file a user may hand over (empty, cut off, password-protected, renamed, a folder, a
CSV in another encoding, a sheet with no rows, a huge cell) gives one line naming the file and
what is wrong, exit status 2, no traceback and no file written; the Python API raises a
``CompkitError`` naming the file.
"""

from __future__ import annotations

import ast
import doctest
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

import compkit
from compkit import cli

HERE = Path(__file__).parent / "data"
INGEST = HERE / "ingest"
GOOD = {
    "docx": INGEST / "headings-lists.docx",
    "xlsx": INGEST / "wide.xlsx",
    "pdf": INGEST / "levels-in-columns.pdf",
    "odt": INGEST / "probe20-odt" / "headings-lists.odt",
    "ods": INGEST / "probe19-ods" / "hidden-and-merged.ods",
}
CSV = "Competency Area,Grade,Behaviour,Type\n{rows}"
ROWS = (
    "Customer focus,Band A,Greets customers promptly – café’s “regulars”,Positive\n"
    "Customer focus,Band B,Resolves complaints the same day,Positive\n"
    "Teamwork,Band A,Shares what they learn,Positive\n"
    "Teamwork,Band B,Coaches new starters,Positive\n"
)


def _bad(tmp_path: Path, kind: str) -> Path:
    """Write one bad file of ``kind`` (``empty.docx``, ``truncated.pdf``, ...) and return it."""
    what, _, ext = kind.partition(".")
    path = tmp_path / kind
    if what == "empty":
        path.write_bytes(b"")
    elif what == "truncated":
        data = GOOD[ext].read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif what == "password":
        shutil.copy(HERE / "probe21h" / kind, path)
    elif what == "docx-renamed":
        shutil.copy(GOOD["docx"], path)
    elif what == "xlsx-renamed":
        shutil.copy(GOOD["xlsx"], path)
    elif what == "folder":
        path.mkdir()
    elif what == "zero-rows":
        book = openpyxl.Workbook()
        book.active.title = "Framework"
        book.save(path)
    elif what == "huge-cell":
        path.write_text(CSV.format(rows=f"Teamwork,Band A,{'Shares what they learn. ' * 8000},x\n"))
    return path


BAD = [
    *(f"empty.{e}" for e in ("docx", "xlsx", "pdf", "odt", "ods", "csv", "yaml", "md")),
    *(f"truncated.{e}" for e in ("docx", "xlsx", "pdf", "odt", "ods")),
    "password.xlsx",
    "password.docx",
    "docx-renamed.xlsx",
    "xlsx-renamed.docx",
    "xlsx-renamed.yaml",
    "folder.docx",
    "zero-rows.xlsx",
    "huge-cell.csv",
]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", BAD)
@pytest.mark.parametrize("command", ["ingest", "import", "check"])
def test_a_bad_file_is_one_line_naming_it_and_nothing_is_written(
    tmp_path, capsys, monkeypatch, kind, command
):
    monkeypatch.chdir(tmp_path)
    path = _bad(tmp_path, kind)
    before = set(tmp_path.rglob("*"))
    argv = [command, path.name] + (["-o", "out.yaml"] if command != "check" else [])
    code, out, err = _run(capsys, *argv)
    assert code == 2, (out, err)
    assert err.count("\n") == 1, err
    assert err.startswith("compkit: error: ")
    assert path.name in err, err
    assert "Traceback" not in err
    assert set(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("kind", BAD)
def test_the_python_api_names_the_bad_file_in_a_compkit_error(tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    path = _bad(tmp_path, kind)
    for verb in (compkit.ingest, compkit.load, compkit.check):
        with pytest.raises(compkit.CompkitError, match=re.escape(path.name)):
            verb(path.name)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf16-bom.csv", CSV.format(rows=ROWS).encode("utf-16")),
        ("windows-1252.csv", CSV.format(rows=ROWS).encode("cp1252")),
        ("semicolons.csv", b"\xef\xbb\xbf" + CSV.format(rows=ROWS).replace(",", ";").encode()),
        ("cp1252-semicolons.csv", CSV.format(rows=ROWS).replace(",", ";").encode("cp1252")),
    ],
)
def test_a_csv_in_another_encoding_or_with_semicolons_is_read_word_for_word(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    texts = compkit.ingest(path).framework.indicators["text"].tolist()
    assert "Greets customers promptly – café’s “regulars”" in texts
    assert len(texts) == 4


def test_an_input_file_we_may_not_read_is_said_so(tmp_path, capsys, monkeypatch):
    """Was "Permission denied; close it in any program ... may read and write it"."""
    import os

    path = tmp_path / "framework.xlsx"
    path.write_bytes(b"")

    def unreadable(args):
        raise PermissionError(13, "Permission denied", str(path))

    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(path) else real(p, mode)
    )
    monkeypatch.setitem(cli.COMMANDS, "list", unreadable)
    code, _, err = _run(capsys, "list")
    assert code == 2
    assert err == (
        f"compkit: error: {path}: cannot read the file (permission denied); expected a file you "
        "may read: ask its owner for read access, or give a copy you can read\n"
    )


def test_help_on_compkit_names_every_public_verb_by_job():
    """``help(compkit)`` listed no verb: "The verbs people type are here" and nothing more."""
    words = set(re.findall(r"\w+", compkit.__doc__))
    missing = [n for n in compkit.__all__ if n != "__version__" and n not in words]
    assert missing == []
    assert ":mod:" not in compkit.__doc__  # reads as plain text in help()


#: Public verbs whose examples call another public verb by its bare name (``draft(...)``), so
#: they run in their module's doctest but not as shown in ``help()`` after ``import compkit``.
#: The patch mending them (``compkit.draft(...)``) is in helper H's round-21 report.
PENDING: set[str] = set()  # mended by helper H's patch (94d4948 and the compare part)


def _bare_calls(obj) -> set[str]:
    """Public verbs an example calls by bare name without importing them itself."""
    verbs = {n for n in compkit.__all__ if callable(getattr(compkit, n, None))}
    found, imported = set(), set()
    for test in doctest.DocTestFinder(recurse=False).find(obj):
        for example in test.examples:
            try:
                tree = ast.parse(example.source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom | ast.Import):
                    imported |= {a.asname or a.name for a in node.names}
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    found.add(node.func.id)
    return (found & verbs) - imported


def test_public_examples_run_as_shown_after_import_compkit():
    bare = {n for n in compkit.__all__ if n != "__version__" and _bare_calls(getattr(compkit, n))}
    assert bare <= PENDING, sorted(bare - PENDING)
    assert _bare_calls(compkit) == set()
