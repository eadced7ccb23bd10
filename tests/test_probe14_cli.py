"""Fourteenth probe round, CLI acceptance on corpus frameworks that are not the seeds.

Every command that writes a file reads its suffix the same way, in any case (``report -o
x.HTM`` was refused while ``render`` wrote it); an empty argument (a variable left unset in a
script) is one clear line and exit 2, not "': is a folder'", "path is an empty string; expected
a file path (str or os.PathLike)", the default file written, or every level shown.
"""

from pathlib import Path

import pytest

from compkit.cli import main

CORPUS = Path(__file__).parent / "data" / "corpus"
GSA = CORPUS / "gsa-508-pm.yaml"
USDS = CORPUS / "usds-sample-competencies.yaml"
LADDERS = CORPUS / "engineering-ladders-developer.yaml"
RAW = CORPUS / "raw" / "usds-sample-competencies.txt"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["report.HTM", "report.htm"])
def test_report_writes_htm_as_render_does(tmp_path, capsys, name):
    out = tmp_path / name
    code, _, err = run(capsys, "report", USDS, GSA, "-o", out)
    assert (code, err) == (0, f"wrote {out}\n")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_names_htm_among_the_suffixes_it_takes(tmp_path, capsys):
    code, _, err = run(capsys, "report", USDS, GSA, "-o", tmp_path / "report.pdf")
    assert code == 2
    assert err == (
        "compkit: error: unknown report format '.pdf'; expected one of: html, md, docx (or an "
        "output file ending in .html, .htm, .md, .markdown or .docx)\n"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("render", LADDERS, "-o", "doc.HTM"),
        ("render", USDS, "-o", "doc.DOCX"),
        ("export", GSA, "-o", "all.CSV"),
        ("export", LADDERS, "-o", "all.Json"),
        ("diff", USDS, LADDERS, "-o", "changes.HTM"),
        ("diff", GSA, GSA, "-o", "changes.MD"),
        ("render", USDS, "-o", "doc.markdown"),
        ("report", USDS, GSA, "-o", "report.Markdown"),
        ("diff", GSA, GSA, "-o", "changes.markdown"),
        ("import", GSA, "-o", "copy.YML"),
        ("ingest", RAW, "-o", "usds.YAML"),
    ],
)
def test_every_writer_reads_its_suffix_in_any_case(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *argv)
    assert code == 0
    # the first line but for a warning (diff of two unrelated frameworks: USDS, Ladders)
    said = [line for line in err.splitlines() if not line.startswith("compkit: warning:")]
    assert said[0].startswith(f"wrote {argv[-1]}")
    assert (tmp_path / argv[-1]).stat().st_size > 0


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ("show", ""),
            "ID|PATH is empty; expected a bundled framework id (cis, wsx) or the path "
            "of a framework YAML file",
        ),
        (
            ("diff", "", GSA),
            "OLD is empty; expected a bundled framework id (cis, wsx) or the "
            "path of a framework YAML file",
        ),
        (
            ("validate", GSA, " "),
            "PATH|ID is empty; expected a bundled framework id (cis, wsx) "
            "or the path of a framework YAML file",
        ),
        (("ingest", "", "-o", "x.yaml"), "FILE is empty; expected the document to read"),
        (
            ("import", "", "-o", "x.yaml"),
            "FILE is empty; expected the workbook, folder or JSON package",
        ),
        (("rule", ""), "CODE is empty; expected a rule code (T005) or name (misspelling)"),
        (("export", GSA, "-o", ""), "-o is empty; expected the name of a file"),
        (("ingest", RAW, "-o", ""), "-o is empty; expected the name of a file"),
        (("import", GSA, "-o", ""), "-o is empty; expected the name of a file"),
        (("report", USDS, GSA, "-o", ""), "-o is empty; expected the name of a file"),
        (
            ("report", USDS, GSA, "-o", "r.html", "--crosswalk", ""),
            "--crosswalk is empty; expected the name of a file",
        ),
        (("show", GSA, "--level", ""), "--level is empty; expected a level's id or name"),
        (
            ("show", LADDERS, "--competency", " "),
            "--competency is empty; expected a competency's id or name",
        ),
        (
            ("render", USDS, "-o", "x.docx", "--role", ""),
            "--role is empty; expected a role's id or name",
        ),
    ],
)
def test_an_empty_argument_is_one_clear_line(tmp_path, capsys, monkeypatch, argv, said):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", f"compkit: error: {said}\n")
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.parametrize("typed", ["voice breaks pattern", "Voice_Breaks_Pattern", "t007"])
def test_a_rule_is_found_by_its_name_as_typed(capsys, typed):
    code, out, _ = run(capsys, "rule", typed)
    assert code == 0
    assert out.startswith("T007 voice-breaks-pattern (warning, ")


def test_cumulative_alone_is_refused_not_ignored(capsys):
    code, out, err = run(capsys, "show", LADDERS, "--cumulative")
    assert (code, out) == (2, "")
    assert err == (
        "compkit: error: --cumulative adds the levels below a --level or a --role's levels; "
        "give one of them\n"
    )
    code, out, _ = run(capsys, "show", LADDERS, "--level", "D3 - Developer 3", "--cumulative")
    assert code == 0
    assert "d1" in out and "d4" not in out
