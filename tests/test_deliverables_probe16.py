"""Sixteenth probe, deliverables on frameworks of other shapes: printed pages a client keeps.

The clustered fixture (six levels), HSE's negative indicators and the corpus frameworks with
undefined cells (GDS, eight-level FT) exported, reported and downloaded, then printed.
"""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

import openpyxl
import pytest

from compkit.authoring.workbook import read_workbook, write_workbook
from compkit.compare.report import report_html
from compkit.testing.printing import chromium_pdf

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"


def test_a_sheet_with_no_rows_is_hidden_and_not_printed(tmp_path):
    out = write_workbook(DATA / "clustered.yaml", tmp_path / "clustered.xlsx")
    wb = openpyxl.load_workbook(out)
    hidden = {ws.title for ws in wb if ws.sheet_state == "hidden"}
    # introduction and undefined hold headers alone; the hidden exported ids as before
    assert hidden == {"introduction", "undefined", "exported_ids"}
    assert wb["levels"].sheet_state == "visible"
    # LibreOffice prints a hidden sheet that has a print area: none is set on one
    assert all(not wb[name].print_area for name in ("introduction", "undefined"))
    said = [row[2] for row in wb["Read me"].iter_rows(values_only=True) if row[0] == "undefined"]
    assert "hidden" in said[0]
    assert "Unhide" in said[0]
    assert len(read_workbook(out).framework.indicators) == 16  # imports as before


def test_a_hidden_sheet_unhidden_and_filled_is_read(tmp_path):
    out = write_workbook(DATA / "clustered.yaml", tmp_path / "clustered.xlsx")
    wb = openpyxl.load_workbook(out)
    wb["introduction"].sheet_state = "visible"
    wb["introduction"].append(["A paragraph added by the author."])
    wb.save(out)
    texts = [p.text for p in read_workbook(out).framework.introduction]
    assert texts == ["A paragraph added by the author."]


@pytest.fixture(scope="module")
def ft_gds() -> str:
    return report_html(CORPUS / "ft-engineering.yaml", CORPUS / "gds-tech-career-path.yaml")


def test_a_sections_heading_and_words_are_laid_out_with_its_first_short_block(ft_gds):
    sections = re.findall(r"<section id=\"(?!summary)[^>]+>(.*?)</section>", ft_gds, re.S)
    assert len(sections) >= 10
    for body in sections:
        lead = re.match(r'<div class="lead( keep)?">(.*?)</div>', body, re.S)
        assert lead, body[:80]
        if not lead.group(1):  # a short first block: inside, printed whole with the heading
            assert "<table class=whole>" in lead.group(2) or "<figure" in lead.group(2)
    assert ".lead{break-inside:avoid-page" in ft_gds
    # a caption under a figure does not hold the next section's heading back
    assert "figcaption,.keep{break-after" not in ft_gds


def test_the_appendix_runs_on_however_few_its_rows(ft_gds):
    import pandas as pd

    from compkit.compare.report import _html_table
    from compkit.compare.report_model import Table

    rows = pd.DataFrame({"Statement": ["One.", "Two.", "Three."]})
    assert _html_table(Table("Short", rows)).startswith("<table class=whole>")
    # a listing of statements may break between rows (the clustered fixture's 16 tall rows
    # printed whole left the appendix heading alone on a page)
    assert _html_table(Table("Listing", rows, listing=True)).startswith("<table><caption>")
    appendix = ft_gds[ft_gds.rindex("<section id=") :]
    assert "Appendix" in appendix
    assert appendix.count("<table") == 2
    assert "<table class=whole>" not in appendix


def test_the_colophon_prints_in_the_page_foot_not_on_a_page_of_its_own(ft_gds):
    assert '@bottom-left{content:"Made with compkit' in ft_gds
    assert "footer{display:none}" in ft_gds


def test_printed_no_heading_stands_apart_from_its_table_and_no_page_holds_the_colophon_alone(
    tmp_path, ft_gds
):
    from pypdf import PdfReader

    page = tmp_path / "ft-gds.html"
    page.write_text(ft_gds, encoding="utf-8")
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("no Chromium to print with")
    plain = str.maketrans({"\ufb01": "fi", "\ufb02": "fl", "\u2019": "'"})
    texts = [" ".join(p.extract_text().translate(plain).split()) for p in PdfReader(pdf).pages]
    # the last page holds statements, not the colophon alone (was 'Made with compkit' only)
    last = re.sub(r"Made with compkit \S+|Page \d+ of \d+", "", texts[-1]).strip(" .")
    assert len(last) > 200
    apart = []
    for title, caption in (
        ("Undefined cells", "Cells not defined by the publisher"),  # neither has negatives
        ("Shape", "The two frameworks at a glance"),
        ("Competencies", "Competencies side by side"),
        ("How far expectations reach", "Share of each level's statements per scope"),
        ("Themes", "Themes each framework covers"),
    ):
        words = re.search(rf"<h2>{title}</h2>\n<p>(.{{20}})", ft_gds).group(1)
        words = html.unescape(words).replace("\u2019", "'")
        heading = next(i for i, t in enumerate(texts) if f"{title} {words}" in t)
        first = next(i for i, t in enumerate(texts) if caption in t)
        if heading != first:
            apart.append(title)
    assert apart == []  # was 5 of 5 on this pair


def test_the_dashboards_excel_download_reads_and_prints():
    from compkit.compare.dashboard import dashboard
    from compkit.framework.io import load

    fws = {
        fw.id: fw
        for fw in (
            load(CORPUS / "hse-stress-competencies.yaml"),
            load(CORPUS / "usds-sample-competencies.yaml"),
        )
    }
    board = dashboard(fws)
    board.search.value = "e"
    data = re.search(r"download='compkit-statements.xlsx' href='data:[^;]+;base64,([^']+)'",
                     board.download.value).group(1)  # fmt: skip
    ws = openpyxl.load_workbook(io.BytesIO(base64.b64decode(data)))["Statements"]
    assert [c.value for c in ws[1]] == ["Framework", "Competency", "Level", "Kind", "Statement"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["E"].width >= 60  # the statements, wrapped, not cut
    assert ws["E2"].alignment.wrap_text
    long = next(r for r in range(2, ws.max_row + 1) if len(ws.cell(r, 5).value) > 200)
    assert ws.row_dimensions[long].height >= 45  # as tall as its lines


def test_a_competency_undefined_at_several_levels_is_one_row_naming_them(ft_gds):
    table = ft_gds.split("<caption>Cells not defined by the publisher</caption>")[1]
    table = table.split("</table>")[0]
    assert '<th scope="col">Levels</th>' in table
    assert table.count("<tr>") == 1 + 6  # GDS's six undescribed competencies; was 18 rows
    assert "<td>Prioritising your time</td><td>Junior level, Mid level, Senior level</td>" in table
