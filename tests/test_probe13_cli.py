"""Thirteenth probe round, CLI and validation: two levels of one name, files that are no
framework, and a spreadsheet that is not compkit's workbook given to ``compkit import``."""

from pathlib import Path

import pytest

import compkit
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict

DATA = Path(__file__).parent / "data"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def cis_text(old: str, new: str) -> str:
    text = compkit.framework.bundled()["cis"].read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


# -- two levels of one name ------------------------------------------------------------------


@pytest.mark.parametrize("second", ["Level 1", "level  1", " LEVEL 1"])
def test_two_levels_of_one_name_are_refused(tmp_path, second):
    path = tmp_path / "dup.yaml"
    path.write_text(cis_text("name: Level 2\n", f"name: '{second}'\n"), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as info:
        compkit.load(path)
    assert str(info.value) == (
        f"{path}:54: level 'l2': two levels named {second!r} (also level 'l1', levels[0]); each "
        "level needs its own name, as role profiles, workbooks and reports name levels by name: "
        "rename one or merge the two"
    )
    with pytest.raises(compkit.FrameworkFileError, match="two levels named"):
        compkit.check(path)


def test_two_levels_of_one_name_refused_in_python_and_at_the_command_line(tmp_path, capsys):
    doc = to_dict(compkit.load("wsx"))
    doc["levels"][3]["name"] = doc["levels"][1]["name"]
    with pytest.raises(compkit.FrameworkFileError, match="two levels named 'Skilled'"):
        from_dict(doc)
    path = tmp_path / "dup.yaml"
    path.write_text(cis_text("name: Level 3\n", "name: Level 1\n"), encoding="utf-8")
    for command in ("validate", "check", "show"):
        code, out, err = run(capsys, command, path)
        assert (code, out) == (2, "")
        assert err.startswith(f"compkit: error: {path}:57: level 'l3': two levels named 'Level 1'")
        assert len(err.splitlines()) == 1


def test_levels_of_distinct_names_pass(tmp_path, capsys):
    path = tmp_path / "ok.yaml"
    path.write_text(cis_text("name: Level 2\n", "name: Level 2 (senior)\n"), encoding="utf-8")
    assert compkit.load(path).level("l2").name == "Level 2 (senior)"
    assert run(capsys, "validate", path)[0] == 0


def test_an_unknown_level_lists_each_declared_level_once(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text(cis_text("  - id: l2\n", "  - id: l1\n"), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as info:
        compkit.load(path)
    assert "expected one of the declared levels: l1, l3, l4\n" in str(info.value)


# -- a file that is no framework -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keys"),
    [("a: 1\nb: [1, 2]\n", " (its keys: a, b)"), ("{}\n", ""), ("name: x\nlevels: [1]\n", "")],
)
def test_a_mapping_that_is_no_framework_is_said_in_one_line(tmp_path, capsys, text, keys):
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    keys = keys or (" (its keys: name, levels)" if "name" in text else "")
    code, _, err = run(capsys, "validate", path)
    assert code == 2
    assert err == (
        f"compkit: error: {path}:1: not a compkit framework file: it has no schema_version, "
        f"levels and competencies{keys}; expected a framework file as 'compkit ingest' writes "
        "from a Word, PDF, spreadsheet or web page, or 'compkit import' from compkit's workbook\n"
    )


def test_a_framework_with_a_schema_version_still_lists_each_problem(tmp_path):
    path = tmp_path / "part.yaml"
    path.write_text("schema_version: 1\nid: x\n", encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as info:
        compkit.load(path)
    assert len(str(info.value).splitlines()) == 4  # title, organisation, levels, competencies


# -- compkit import of another spreadsheet ---------------------------------------------------


def test_import_of_another_workbook_is_one_message(tmp_path, capsys):
    source = DATA / "ingest" / "wide.xlsx"
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "out.yaml")
    assert (code, out) == (2, "")
    assert err == (
        f"compkit: error: {source}: not compkit's workbook (its sheets: Read me, Skills; "
        "compkit's are framework, levels, competencies, indicators, ...): 'compkit import' reads "
        "what 'compkit export --to xlsx' wrote; to read a framework from another spreadsheet or "
        f"CSV use 'compkit ingest {source} -o wide.yaml'\n"
    )
    assert not (tmp_path / "out.yaml").exists()


def test_import_of_a_folder_of_other_csv_files_is_one_message(tmp_path, capsys):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "long.csv").write_bytes((DATA / "ingest" / "long.csv").read_bytes())
    code, _, err = run(capsys, "import", folder, "-o", tmp_path / "out.yaml")
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "not compkit's folder of CSV tables (its CSV files: long.csv;" in err
    assert f"use 'compkit ingest {folder / 'long.csv'} -o long.yaml'" in err


def test_import_of_a_workbook_missing_one_sheet_still_names_it(tmp_path, capsys):
    import openpyxl

    book = tmp_path / "cis.xlsx"
    compkit.authoring.workbook.write_workbook("cis", book)
    wb = openpyxl.load_workbook(book)
    del wb["levels"]
    wb.save(book)
    code, _, err = run(capsys, "import", book, "-o", tmp_path / "out.yaml")
    assert code == 2
    assert "sheet 'levels': missing sheet" in err
    assert "not compkit's" not in err


# -- the acceptance audit: bad files and arguments a user would type -------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "folder"
    folder.mkdir()
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(bytes(range(256)) * 8)
    return {"missing": tmp_path / "nope.yaml", "folder": folder, "empty": empty, "binary": binary}


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "{f}"],
        ["validate", "{f}"],
        ["check", "{f}"],
        ["export", "{f}", "--to", "csv", "-o", "{o}.csv"],
        ["render", "{f}", "-o", "{o}.docx"],
        ["diff", "cis", "{f}"],
        ["report", "cis", "{f}", "-o", "{o}.html"],
    ],
    ids=lambda argv: argv[0],
)
def test_every_framework_command_refuses_a_bad_file_in_one_line(tmp_path, capsys, argv):
    for kind, path in _bad_inputs(tmp_path).items():
        args = [a.format(f=path, o=tmp_path / "out") for a in argv]
        code, out, err = run(capsys, *args)
        assert (code, out) == (2, ""), (kind, err)
        assert err.startswith("compkit: error: ") and err.count("\n") == 1, (kind, err)
        assert "Traceback" not in err
        assert not list(tmp_path.glob("out*")), kind


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_not_read_for_ever(tmp_path, capsys):
    import os

    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "validate", pipe)
    assert code == 2
    assert err == (
        f"compkit: error: {pipe}: not a regular file (a pipe or a device); expected the path of "
        "a framework YAML file\n"
    )


@pytest.mark.parametrize(
    ("command", "kind", "first"), [("render", "document", "docx"), ("report", "report", "html")]
)
def test_a_document_written_to_a_folder_or_a_name_without_format_is_refused(
    tmp_path, capsys, command, kind, first
):
    frameworks = ["cis"] if command == "render" else ["cis", "wsx"]
    code, _, err = run(capsys, command, *frameworks, "-o", tmp_path)
    assert code == 2
    assert err == (
        f"compkit: error: -o {tmp_path}: is a folder; expected the {kind} file to write, e.g. "
        f"-o {tmp_path / kind}.{first}\n"
    )
    code, _, err = run(capsys, command, *frameworks, "-o", tmp_path / "out")
    assert code == 2
    assert err.startswith(
        f"compkit: error: -o {tmp_path / 'out'}: cannot tell the format from the file name; "
        "expected a name ending in ."
    )
    assert not (tmp_path / "out").exists()


def test_a_file_another_program_holds_is_said_with_what_to_do(capsys, monkeypatch):
    from compkit import cli

    def locked(args):
        raise PermissionError(13, "Permission denied", "framework.xlsx")

    monkeypatch.setitem(cli.COMMANDS, "list", locked)
    code, _, err = run(capsys, "list")
    assert code == 2
    assert err == (
        "compkit: error: framework.xlsx: Permission denied; close it in any program that has it "
        "open (Excel, Word), or check that you may read and write it\n"
    )
