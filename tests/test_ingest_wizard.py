"""The ingest wizard: read, correct a guess, read again, save; and in a real browser (notebook 07)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

import compkit
from compkit.framework import data_dir
from compkit.ingest.wizard import counts_table, findings_table, wizard

DATA = Path(__file__).parent / "data" / "ingest"
WSX_RAW = data_dir() / "raw" / "004_311b47c8518e2add.txt"


def test_the_wizard_reads_on_opening_and_shows_layout_counts_and_findings(tmp_path):
    wiz = wizard(WSX_RAW, out=tmp_path / "wsx.yaml")
    assert wiz.result.report.layout == "headings-lists"
    assert wiz.statements == 153
    assert "layout <b>headings-lists</b>" in wiz.info.value
    assert "levels from CAPITALS" in wiz.info.value
    assert "Managing Work" in wiz.counts.value and "managing-work" not in wiz.counts.value
    assert "<th>Severity</th>" in wiz.findings.value
    assert wiz.status.value == "<p>read 004_311b47c8518e2add.txt: 153 statements</p>"
    assert "CAPITALS" in wiz.level_from.options  # the slots the document has, as suggestions


def test_counts_by_name_with_undefined_cells_said_in_words():
    table = counts_table(compkit.ingest(DATA / "wide.xlsx"))
    assert list(table.columns) == ["Awareness", "Working", "Practitioner", "Expert"]
    assert table.loc["Data ethics"].tolist() == [1, "not defined", 1, 0]
    assert table.index.name == "Competency"


def test_findings_have_readable_headers_and_names():
    table = findings_table(compkit.ingest(WSX_RAW), limit=5)
    assert list(table.columns) == ["Severity", "Rule", "Competency", "Level", "Finding"]
    assert len(table) == 5
    assert set(table["Level"]) <= {"Core", "Skilled", "Supervisory", "Management", "Executive"}


def test_a_hint_then_read_again_then_save_writes_a_loadable_framework(tmp_path):
    source = tmp_path / "long.csv"
    source.write_bytes((DATA / "long.csv").read_bytes())
    wiz = wizard(source, out=tmp_path / "out" / "long.yaml")
    assert wiz.result.document.get("cumulative") is False
    assert "stem" not in wiz.hints()
    wiz.stem.value = "The holder:"
    wiz.cumulative.value = True
    wiz.language.value = "en-US"
    assert wiz.hints() == {"stem": "The holder:", "cumulative": True, "language": "en-US"}
    wiz.buttons["again"].click()
    assert "hints: stem='The holder:'" in wiz.status.value.replace("&#x27;", "'")
    assert wiz.result.document["cumulative"] is True
    wiz.buttons["save"].click()
    saved = tmp_path / "out" / "long.yaml"
    assert wiz.status.value == "<p>saved long.yaml and long.ingest.md</p>"
    assert (tmp_path / "out" / "long.ingest.md").exists()
    fw = compkit.load(saved)
    assert len(fw.indicators) == len(compkit.ingest(source).framework.indicators) == 6
    assert fw.stem == "The holder:" and fw.cumulative is True and fw.language == "en-US"
    assert {i.text for i in fw.indicator_records} == {
        i.text for i in compkit.ingest(source).framework.indicator_records
    }


def test_a_layout_hint_from_the_dropdown_is_applied():
    wiz = wizard(DATA / "outline.md")
    assert wiz.result.report.layout == "headings-lists"
    wiz.layout.value = "wide"  # not a layout for a text: refused in the status line
    wiz.buttons["again"].click()
    assert "is for spreadsheets and CSV" in wiz.status.value
    assert wiz.result.report.layout == "headings-lists"  # the last good read is kept


def test_errors_are_shown_in_the_status_line_not_raised(tmp_path):
    wiz = wizard()
    assert wiz.result is None
    wiz.buttons["save"].click()
    assert "read a document first" in wiz.status.value
    wiz.buttons["read"].click()
    assert "give the path of a document" in wiz.status.value
    wiz.path.value = str(tmp_path / "missing.docx")
    wiz.buttons["read"].click()
    assert "missing.docx: no such file" in wiz.status.value
    (tmp_path / "notes.txt").write_text("Nothing here looks like a framework.\n")
    wiz.path.value = str(tmp_path / "notes.txt")
    wiz.buttons["read"].click()
    assert "no competency framework found" in wiz.status.value
    assert not list(tmp_path.glob("*.yaml"))


def test_an_upload_is_saved_under_build_and_read(tmp_path):
    wiz = wizard(out=tmp_path / "build" / "fw.yaml")
    content = (DATA / "long.csv").read_bytes()
    wiz.upload.value = (
        {
            "name": "../client skills.csv",
            "type": "text/csv",
            "size": len(content),
            "last_modified": datetime.now(UTC),
            "content": memoryview(content),
        },
    )
    saved = tmp_path / "build" / "uploads" / "client skills.csv"
    assert saved.read_bytes() == content
    assert wiz.path.value == str(saved)
    assert wiz.statements == 6


@pytest.mark.slow
def test_the_wizard_saves_from_a_real_browser(lab_server, run_notebook, screenshot):
    """Notebook 07 ends with the wizard on the CiS text: give a stem, read again, save."""
    page = run_notebook("07-bring-your-own-framework.ipynb")
    out = lab_server.root.parent / "build" / "07" / "cis-ingested.yaml"
    assert not out.exists()
    wiz = page.locator(".compkit-wizard")
    wiz.wait_for()
    wiz.scroll_into_view_if_needed()
    assert "layout level-columns" in wiz.locator(".compkit-wizard-info").inner_text()
    counts = wiz.locator(".compkit-wizard-counts table")
    assert "Level 1" in counts.inner_text()
    wiz.locator(".compkit-wizard-findings table").wait_for()
    wiz.locator(".compkit-wizard-info").scroll_into_view_if_needed()
    screenshot(page, "07-ingest-wizard-read")
    wiz.locator("input[placeholder='e.g. \"You can:\"']").fill("The post holder:")
    wiz.locator("button.compkit-wizard-again").click()
    page.wait_for_function(
        "() => document.querySelector('.compkit-wizard-status').textContent"
        ".includes(\"hints: stem='The post holder:'\")"
    )
    wiz.locator("button.compkit-wizard-save").click()
    page.wait_for_function(
        "() => document.querySelector('.compkit-wizard-status').textContent"
        ".includes('saved cis-ingested.yaml and cis-ingested.ingest.md')"
    )
    wiz.locator(".compkit-wizard-status").scroll_into_view_if_needed()
    screenshot(page, "07-ingest-wizard-saved")  # the viewport: 1400 px wide
    fw = compkit.load(out)
    assert len(fw.indicators) == 62
    assert fw.stem == "The post holder:"
    assert out.with_suffix(".ingest.md").read_text(encoding="utf-8").startswith("# Ingest report")
    assert not [e for e in page.console_errors if "widget" in e.lower()]


@pytest.mark.parametrize("name", ["hidden-and-merged.ods", "hidden-and-merged.xlsx"])
def test_a_workbook_of_either_kind_offers_its_sheets(tmp_path, name):
    wiz = wizard(DATA / "probe19-ods" / name, out=tmp_path / "fw.yaml")
    assert wiz.statements > 0
    assert wiz.sheet.layout.display is None  # the sheet chooser shows for .ods as for .xlsx
    assert ".ods" in wiz.path.placeholder
