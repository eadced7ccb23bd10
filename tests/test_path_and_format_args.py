"""Path arguments and output formats: a wrong one is refused in one clear message.

A path argument that is not a path (None, a number) is a :class:`compkit.UsageError` naming the
argument, not pathlib's TypeError. An output whose suffix says another format than the one asked
for (CSV into ``x.xlsx``, YAML into ``out.docx``) is refused before anything is written, as
``compkit crosswalk`` does; a suffix that matches, a name with no file suffix, or a folder for
``tables`` is written. A
folder of tables gets a folder's usual permissions.
"""

from __future__ import annotations

import os
import stat

import pytest

import compkit
from compkit import UsageError
from compkit.authoring.exports import export
from compkit.cli import main

CSV = "competency,level,text\nListening,Core,I listen.\nListening,Senior,I coach others.\n"


# -- path arguments --------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 42])
@pytest.mark.parametrize(
    ("call", "what"),
    [
        (lambda p: compkit.render("cis", p), "path"),
        (lambda p: compkit.write_report("cis", "wsx", p), "path"),
        (lambda p: compkit.ingest(p), "path"),
        (lambda p: compkit.write_yaml(compkit.load("cis"), p if p is not None else 4.5), "path"),
        (lambda p: export("cis", p), "path"),
    ],
)
def test_a_path_argument_that_is_not_a_path_is_a_usage_error(call, what, bad):
    with pytest.raises(UsageError, match=rf"^{what} must be a file path \(str or os.PathLike\)"):
        call(bad)


def test_the_message_names_the_type():
    with pytest.raises(UsageError) as caught:
        compkit.render("cis", None)
    assert str(caught.value) == "path must be a file path (str or os.PathLike), not NoneType"


@pytest.mark.parametrize("bad", [None, 42])
def test_draft_names_what_a_crosswalk_may_be(bad):
    with pytest.raises(UsageError, match=r"crosswalk must be a cross-walk .*, not"):
        compkit.draft("cis", "wsx", bad)


def test_an_empty_path_is_refused():
    with pytest.raises(UsageError, match="path is an empty string"):
        compkit.render("cis", "")


# -- the format and the suffix ---------------------------------------------------------------


def _refused(capsys, *args: str) -> str:
    assert main(list(args)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize(
    ("args", "name", "message"),
    [
        (["export", "cis", "--to", "csv"], "x.xlsx", "the format csv contradicts the suffix "
         ".xlsx, which means xlsx; expected a file name ending in .csv, or the format xlsx"),
        (["export", "cis", "--to", "tables"], "t.csv", "the format tables writes a folder"),
        (["render", "cis", "--to", "docx"], "x.html", "the format docx contradicts the suffix "
         ".html, which means html; expected a file name ending in .docx"),
        (["diff", "cis", "wsx"], "x.pdf", "a change list cannot be written as .pdf; expected "
         "a name ending in .txt (a table), .csv, .md, .html or .docx"),
        (["diff", "cis", "wsx", "--format", "csv"], "x.md", "the format csv contradicts"),
        (["diff", "cis", "wsx", "--format", "table"], "x.pdf", "the format table contradicts "
         "the suffix .pdf; expected a file name ending in .txt"),
        (["report", "cis", "wsx", "--to", "docx"], "r.html", "the format docx contradicts"),
    ],
)  # fmt: skip
def test_the_cli_refuses_a_suffix_that_contradicts_the_format(
    capsys, tmp_path, args, name, message
):
    err = _refused(capsys, *args, "-o", str(tmp_path / name))
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / name).exists()


def test_import_refuses_to_write_yaml_into_a_workbook_name(capsys, tmp_path):
    book = export("cis", tmp_path / "cis.xlsx")
    err = _refused(capsys, "import", str(book), "-o", str(tmp_path / "new.xlsx"))
    assert "new.xlsx: 'compkit import' writes a framework file in YAML only, not .xlsx" in err
    assert "expected a name ending in .yaml or .yml" in err
    assert not (tmp_path / "new.xlsx").exists()


def test_ingest_refuses_to_write_yaml_into_a_word_name(capsys, tmp_path):
    source = tmp_path / "ok.csv"
    source.write_text(CSV, encoding="utf-8")
    err = _refused(capsys, "ingest", str(source), "-o", str(tmp_path / "out.docx"))
    assert "out.docx: 'compkit ingest' writes a framework file in YAML only, not .docx" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.csv"]
    result = compkit.ingest(source)
    with pytest.raises(UsageError, match=r"expected a file name ending in \.yaml or \.yml"):
        result.write(tmp_path / "out.docx")


@pytest.mark.parametrize(
    "call",
    [
        lambda d: export("cis", d / "x.xlsx", to="csv"),
        lambda d: export("cis", d / "x.csv", to="workbook"),
        lambda d: compkit.render("cis", d / "x.html", to="docx"),
        lambda d: compkit.write_report("cis", "wsx", d / "x.md", to="html"),
        lambda d: compkit.write_yaml("cis", d / "x.json"),
    ],
)
def test_the_python_functions_refuse_it_too(tmp_path, call):
    with pytest.raises(UsageError, match="contradicts the suffix"):
        call(tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "cis", "--to", "csv"], "x.CSV"),
        (["export", "cis", "--to", "csv"], "cis"),  # no suffix: the format asked for
        (["export", "cis", "--to", "json"], "cis.v2"),  # a suffix of no kind of file
        (["export", "cis", "--to", "workbook"], "w.xlsx"),
        (["export", "cis", "--to", "case"], "c.json"),
        (["export", "cis"], "y.graphml"),
        (["export", "cis", "--to", "tables"], "tables"),
        (["render", "cis", "--to", "html"], "x.htm"),
        (["render", "cis"], "x.md"),
        (["diff", "cis", "wsx"], "d.csv"),
        (["diff", "cis", "wsx", "--format", "table"], "d.txt"),
        (["diff", "cis", "wsx"], "changes"),  # the table, as before
    ],
)
def test_a_matching_suffix_is_written(capsys, tmp_path, args, name):
    assert main([*args, "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).exists()


def test_diff_takes_its_format_from_the_suffix(capsys, tmp_path):
    assert main(["diff", "cis", "wsx", "-o", str(tmp_path / "d.csv")]) == 0
    assert (tmp_path / "d.csv").read_text(encoding="utf-8").startswith("item,change,")
    assert main(["diff", "cis", "wsx"]) == 0  # standard output: the table, as before
    assert capsys.readouterr().out.lstrip().startswith("change")


# -- a folder of tables ----------------------------------------------------------------------


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


@pytest.mark.parametrize(("mask", "folder_mode"), [(0o022, 0o755), (0o002, 0o775)])
def test_a_folder_of_tables_has_a_folders_usual_permissions(tmp_path, umask, mask, folder_mode):
    umask(mask)
    out = export("cis", tmp_path / "tables", to="tables")
    assert stat.S_IMODE(out.stat().st_mode) == folder_mode
    modes = {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == {0o644}  # as a single file's write leaves it
