"""Acceptance probe 12: the public interfaces as the issues name them, run as a user would.

Fixtures are built in the tests from the two bundled frameworks (CiS and WSX Mind, in
``data/frameworks``): a workbook as Excel saves one with a drop-down list whose choices sit on
another sheet (an ``x14:dataValidation`` extension, which openpyxl warns it "will remove"), and
the command line's ``--debug`` given where a user types it, after the command.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
import zipfile

import openpyxl
import pytest

import compkit
from compkit.cli import main

# What Excel writes for a drop-down list whose choices are on another sheet (Excel 2010 and on).
_X14_VALIDATION = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f>'
    "</x14:formula1><xm:sqref>D2:D400</xm:sqref></x14:dataValidation></x14:dataValidations>"
    "</ext></extLst>"
)


def _excel_workbook_with_a_drop_down(framework_id: str, path):
    """A long sheet (Competency | Level | Behaviour | Self-rating) with a rating drop-down."""
    fw = compkit.load(framework_id)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Framework"
    sheet.append(["Competency", "Level", "Behaviour", "Self-rating"])
    for row in fw.indicators.itertuples():
        sheet.append([row.competency, row.level_name, row.text, ""])
    lists = book.create_sheet("Lists")
    for choice in ("Not yet", "Sometimes", "Always"):
        lists.append([choice])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", _X14_VALIDATION.encode() + b"</worksheet>")
            zout.writestr(item, data)
    return fw


@pytest.mark.parametrize("framework_id", ["cis", "wsx"])
def test_an_excel_drop_down_list_reads_without_a_library_warning(tmp_path, framework_id):
    book = tmp_path / f"{framework_id}.xlsx"
    fw = _excel_workbook_with_a_drop_down(framework_id, book)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as pytest runs here, and as a careful user's script may
        read = compkit.ingest(book, organisation=fw.organisation)
    assert sorted(read.framework.indicators["text"]) == sorted(fw.indicators["text"])


def test_the_command_line_shows_no_library_warning_unless_debug(tmp_path):
    book = tmp_path / "wsx.xlsx"
    _excel_workbook_with_a_drop_down("wsx", book)
    out = tmp_path / "wsx.yaml"
    command = [sys.executable, "-m", "compkit.cli", "ingest", str(book), "-o", str(out)]
    quiet = subprocess.run(command, capture_output=True, text=True, check=False)
    assert quiet.returncode == 0
    assert quiet.stderr.splitlines() == [
        line for line in quiet.stderr.splitlines() if line.startswith(("wrote ", "compkit: "))
    ]
    assert "site-packages" not in quiet.stderr and "UserWarning" not in quiet.stderr


def test_debug_works_after_the_command_as_users_type_it(monkeypatch, capsys):
    import compkit.cli as cli

    # bad input with --debug at the end: the same one-line error, exit 2 (was "unrecognized
    # arguments: --debug")
    assert main(["show", "cis", "--level", "Level 9", "--debug"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("compkit: error: unknown level 'Level 9'") and len(err.splitlines()) == 1

    def broken(args):
        raise KeyError("a bug")

    monkeypatch.setitem(cli.COMMANDS, "show", broken)
    assert main(["show", "wsx"]) == 3
    said = capsys.readouterr().err
    assert "Traceback" not in said and "run with --debug" in said
    assert main(["show", "wsx", "--debug"]) == 3  # as the message says: run with --debug
    assert "Traceback" in capsys.readouterr().err


def test_debug_stays_out_of_each_command_help(capsys):
    with pytest.raises(SystemExit):
        main(["show", "--help"])
    assert "--debug" not in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--debug" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("command", "framework_id"), [(["show"], "cis"), (["show"], "wsx"), (["check"], "cis")]
)
def test_a_console_that_cannot_show_curly_quotes_gets_them_escaped_not_a_crash(
    command, framework_id
):
    # Windows writes a redirected stdout in cp1252, a bare container in ASCII: CiS and WSX Mind
    # print their apostrophes curly ('organisation’s'), which such a console cannot encode; that
    # was "internal error (UnicodeEncodeError)", exit 3
    env = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "compkit.cli", *command, framework_id],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "internal error" not in done.stderr
    if command == ["show"]:
        assert "\\u2019" in done.stdout
