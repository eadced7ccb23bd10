"""A source document given where a framework file is expected, and ingest arguments people mistype.

A first-time user's first try is ``compkit check our-framework.docx``: the answer is what to run
instead (``compkit ingest``), not Excel's CSV advice or a YAML parser's complaint about column
1387 (the seventh probe round found both).
"""

import docx
import openpyxl
import pytest

import compkit
from compkit.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _docx(path):
    d = docx.Document()
    d.add_heading("Customer focus", 1)
    d.add_paragraph("Listens to customers", style="List Bullet")
    d.save(path)
    return path


def _text(content):
    def make(path):
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content)
        return path

    return make


def _xlsx(path):
    wb = openpyxl.Workbook()
    wb.active.append(["Competency", "Level 1"])
    wb.active.append(["Customer focus", "Listens to customers"])
    wb.save(path)
    return path


SOURCES = {
    "framework.docx": (_docx, "a Word document"),
    "framework.xlsx": (_xlsx, "a spreadsheet"),
    "framework.pdf": (_text(b"%PDF-1.4\n%%EOF\n"), "a PDF"),
    "framework.md": (
        _text("# Customer focus\n\n- Listens to customers\n"),
        "a Markdown file",
    ),
    # a page whose front matter lists its levels (Skylight's career pathways, Jekyll)
    "framework-page.md": (
        _text(
            "---\ntitle: Product manager\nlevels:\n  - Associate\n  - Senior\n---\n\n"
            "A product manager at Skylight is responsible for strategy.\n\n"
            "### Associate\n\n- Listens to customers\n"
        ),
        "a Markdown file",
    ),
    "framework.html": (
        _text("<h1>Customer focus</h1><ul><li>Listens: a b</li></ul>"),
        "a web page",
    ),
    "framework.csv": (
        _text("Competency,Level 1\nCustomer focus,Listens to customers\n"),
        "a CSV file",
    ),
}


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("command", ["check", "show", "validate"])
def test_a_source_document_is_told_to_be_ingested(name, command, tmp_path, capsys):
    make, kind = SOURCES[name]
    path = make(tmp_path / name)
    code, out, err = run(capsys, command, str(path))
    assert code == 2 and not out
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{kind}, not a compkit framework file" in err
    assert f"compkit ingest {name} -o {name.split('.')[0]}.yaml" in err


def test_the_api_says_the_same(tmp_path):
    path = _docx(tmp_path / "ours.docx")
    with pytest.raises(
        compkit.FrameworkFileError, match=r"compkit ingest ours\.docx -o ours\.yaml"
    ):
        compkit.load(path)
    with pytest.raises(compkit.CompkitError, match="compkit ingest"):
        compkit.suggest(path, "cis")


def test_a_json_file_is_pointed_at_import_and_ingest(tmp_path, capsys):
    path = tmp_path / "export.json"
    path.write_text('{"items": [1, 2]}')
    code, _, err = run(capsys, "check", str(path))
    assert code == 2
    assert "compkit import export.json -o export.yaml' for a CASE package" in err


def test_a_framework_file_with_another_suffix_keeps_its_own_problems(tmp_path, capsys):
    """compkit YAML saved as .txt is a framework file with a problem, not a source document."""
    text = (compkit.framework.data_dir() / "frameworks" / "cis.yaml").read_text(encoding="utf-8")
    good = tmp_path / "cis.txt"
    good.write_text(text, encoding="utf-8")
    assert len(compkit.load(good).indicators) == 62
    bad = tmp_path / "bad.txt"
    bad.write_text(text.replace("levels:", "levls:", 1), encoding="utf-8")
    code, _, err = run(capsys, "check", str(bad))
    assert code == 2 and "compkit ingest" not in err and "levels" in err


def test_import_of_a_csv_download_points_at_ingest(tmp_path, capsys):
    path = SOURCES["framework.csv"][0](tmp_path / "framework.csv")
    code, _, err = run(capsys, "import", str(path), "-o", str(tmp_path / "x.yaml"))
    assert code == 2 and "use 'compkit ingest framework.csv'" in err


def test_comma_separated_levels_are_explained(tmp_path, capsys):
    path = tmp_path / "f.md"
    path.write_text("# Customer focus\n\n## Level 1\n\n- Listens\n\n## Level 2\n\n- Leads\n")
    code, _, err = run(capsys, "ingest", str(path), "--levels", "Basic,Advanced", "-o",
                       str(tmp_path / "f.yaml"))  # fmt: skip
    assert code == 2
    assert "the names go as separate arguments: --levels 'Basic' 'Advanced'" in err


def test_a_sheet_hint_on_a_document_is_refused(tmp_path, capsys):
    path = tmp_path / "f.md"
    path.write_text("# Customer focus\n\n## Level 1\n\n- Listens\n")
    code, _, err = run(capsys, "ingest", str(path), "--sheet", "Skills", "-o",
                       str(tmp_path / "f.yaml"))  # fmt: skip
    assert code == 2 and "names a workbook's sheet; this file has none" in err
    assert not (tmp_path / "f.yaml").exists()


def test_a_language_that_is_no_tag_is_refused_naming_the_file(tmp_path, capsys):
    path = tmp_path / "f.md"
    path.write_text("# Customer focus\n\n## Level 1\n\n- Listens\n")
    code, _, err = run(capsys, "ingest", str(path), "--language", "klingon", "-o",
                       str(tmp_path / "f.yaml"))  # fmt: skip
    assert code == 2
    assert "f.md: --language 'klingon' is not a language tag; expected a BCP 47 tag" in err
    code, _, _ = run(capsys, "ingest", str(path), "--language", "en-US", "-o",
                     str(tmp_path / "f.yaml"))  # fmt: skip
    assert code == 0


@pytest.mark.parametrize("name", ["skills.xlsx", "framework.docx", "levels.pdf"])
@pytest.mark.parametrize("command", ["render", "report", "diff"])
def test_an_empty_document_is_said_to_be_empty(tmp_path, capsys, name, command):
    """A file of no bytes named .xlsx was "a spreadsheet", sent to ingest, which refused it."""
    path = tmp_path / name
    path.touch()
    argv = {
        "render": ["render", str(path), "-o", str(tmp_path / "out.html")],
        "report": ["report", str(path), "cis", "-o", str(tmp_path / "out.html")],
        "diff": ["diff", "cis", str(path)],
    }[command]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert f"{name}: the file is empty (0 bytes), not yet a" in err
    assert "ingest " + name not in err
