"""The command line as a newcomer mistypes it (probe 20, task H).

Each test here failed on the code before its fix: ``compkit take-review`` given a text file or a
folder as its WORKBOOK stopped on an internal error (openpyxl's ``InvalidFileException``, exit
3), and given a missing or unreadable one quoted Python's ``[Errno 2] ...`` inside its message;
``--reviewer " "`` recorded decisions by a blank name; ``compkit check --select T011 --ignore
T011`` checked nothing and said "no findings" (exit 0).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compkit.cli import main


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder holding a text file, a sub-folder and a copy of no cross-walk yet."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "reviews").mkdir()
    return tmp_path


def _run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("workbook", "said"),
    [
        (
            "notes.txt",
            "notes.txt: a .txt file; expected the reviewed workbook (.xlsx) of a cross-walk, "
            "as 'compkit crosswalk A B --reviewed CROSSWALK -o FILE.xlsx' writes it",
        ),
        (
            "reviews",
            "reviews: is a folder; expected the reviewed workbook (.xlsx) of a cross-walk, "
            "as 'compkit crosswalk A B --reviewed CROSSWALK -o FILE.xlsx' writes it",
        ),
        (
            "gone.xlsx",
            "gone.xlsx: no such file; expected the reviewed workbook (.xlsx) of a cross-walk, "
            "as 'compkit crosswalk A B --reviewed CROSSWALK -o FILE.xlsx' writes it",
        ),
    ],
)
def test_take_review_refuses_a_workbook_it_cannot_read_in_one_line(capsys, folder, workbook, said):
    code, err = _run(
        capsys, "take-review", "cis-wsx", workbook, "--reviewer", "Me", "-o", "out.sssom.tsv"
    )
    assert (code, err) == (2, f"compkit: error: {said}\n")
    assert not (folder / "out.sssom.tsv").exists()


def test_take_review_says_when_its_two_files_are_the_other_way_round(capsys, folder):
    (folder / "cw.sssom.tsv").write_text("subject_id\n", encoding="utf-8")
    (folder / "cw.xlsx").write_bytes(b"PK")
    code, err = _run(capsys, "take-review", "cw.xlsx", "cw.sssom.tsv", "--reviewer", "Me")
    assert (code, err) == (
        2,
        "compkit: error: cw.xlsx and cw.sssom.tsv are the other way round; expected the "
        "cross-walk (SSSOM TSV) first, then the workbook: 'compkit take-review cw.sssom.tsv "
        "cw.xlsx --reviewer NAME'\n",
    )


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_take_review_names_an_unreadable_workbook_without_python_errno(capsys, folder):
    locked = folder / "locked.xlsx"
    locked.write_bytes(b"PK")
    locked.chmod(0)
    code, err = _run(capsys, "take-review", "cis-wsx", "locked.xlsx", "--reviewer", "Me")
    assert code == 2
    assert err == "compkit: error: locked.xlsx: cannot read the file: Permission denied\n"


def test_take_review_refuses_a_blank_reviewer(capsys, folder):
    code, err = _run(
        capsys, "take-review", "cis-wsx", "notes.txt", "--reviewer", " ", "-o", "out.sssom.tsv"
    )
    assert (code, err) == (
        2,
        "compkit: error: --reviewer is empty; expected who reviewed the workbook\n",
    )
    assert not Path("out.sssom.tsv").exists()


@pytest.mark.parametrize(
    ("select", "ignore"), [("T011", "T011"), ("T011,T012", "T01"), ("misspelling", "T005")]
)
def test_check_refuses_an_ignore_that_leaves_no_selected_rule(capsys, select, ignore):
    code, err = _run(capsys, "check", "cis", "--select", select, "--ignore", ignore)
    assert code == 2
    assert err == (
        f"compkit: error: --ignore {ignore} leaves none of the rules --select {select} chose; "
        "expected rules to check: leave out --ignore, or --select other rules\n"
    )


def test_check_with_an_ignore_inside_a_wider_select_still_runs(capsys):
    code, err = _run(capsys, "check", "cis", "--select", "T01", "--ignore", "T011")
    assert code == 0
    assert "T011" not in capsys.readouterr().out
    assert "finding" in err


def test_crosswalk_reviewed_with_no_decisions_yet_says_so(capsys, tmp_path):
    sssom, book = tmp_path / "cw.sssom.tsv", tmp_path / "cw.xlsx"
    assert main(["crosswalk", "cis", "wsx", "--method", "lexical", "-o", str(sssom)]) == 0
    capsys.readouterr()
    code, err = _run(
        capsys,
        *("crosswalk", "cis", "wsx", "--method", "lexical", "--top", "2"),
        *("--reviewed", str(sssom), "-o", str(book)),
    )
    assert code == 0, err
    assert err.startswith(
        f"wrote {book}: the cross-walk to review (no decisions yet), 124 new suggestions (all "
        "62 statements of CiS)"
    )
    assert "0 decisions" not in err


def test_export_to_yaml_says_where_the_framework_file_is(capsys, tmp_path):
    import compkit

    out = tmp_path / "wsx-draft.yaml"
    code, err = _run(capsys, "export", "wsx", "-o", str(out))
    assert code == 2
    assert err == (
        f"compkit: error: -o {out}: export writes csv, xlsx, json, graphml, tables or case, "
        f"not YAML; the framework file is YAML already: copy {compkit.load('wsx').path} to edit "
        f"a draft, or write an edited workbook back with 'compkit import FILE.xlsx -o {out}'\n"
    )
    assert not out.exists()
