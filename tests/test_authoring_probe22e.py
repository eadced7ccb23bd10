"""Probe 22 E: an author's leftovers and day (descriptions by level, the role table's words).

Rendered by level, a framework's competencies lost their descriptions (FT's nine themes each
describe themselves; the by-level document printed none); the Word role table sized its columns
at 0.2 cm a character, so "Communication" (two m's) broke in two where LibreOffice sets DejaVu
Sans for a missing Calibri.
"""

from __future__ import annotations

import html
import io

import pytest

import compkit
from compkit.authoring import render_docx, render_html, render_markdown
from compkit.authoring._layout import choose_layout

FT = "tests/data/corpus/ft-engineering.yaml"
UNIDAYS = "tests/data/corpus/myunidays.yaml"


def _ft():
    return compkit.load(FT)


def _docx_text(data: bytes) -> list[str]:
    import docx

    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_a_by_level_document_says_each_competencys_description_once_before_the_levels():
    fw = _ft()
    assert choose_layout(fw) == "level"
    text = render_markdown(fw)
    intro = text.index("## Themes in this framework")
    first_level = text.index(f"## {fw.level_records[0].name}")
    assert intro < first_level
    for comp in fw.competency_records:
        assert comp.description
        said = text.count(comp.description)
        assert said == 1, (comp.name, said)  # was 0: the by-level layout left it out
        assert intro < text.index(comp.description) < first_level
    assert "**Theme 1: Planning and Organising**" in text  # headed as under every level
    page = render_html(fw)
    assert page.count('<section class="contents">') == 1
    assert all(page.count(html.escape(c.description)) == 1 for c in fw.competency_records)
    paras = _docx_text(render_docx(fw))
    where = {p: k for k, p in reversed(list(enumerate(paras)))}
    assert all(where[c.description] < where["Introduction"] for c in fw.competency_records)
    assert where["Theme 9: Technical"] < where["Introduction"]


def test_a_by_competency_document_and_one_with_nothing_to_describe_are_as_before():
    text = render_markdown("cis")  # by competency: each under its heading, no list up front
    assert "in this framework" not in text
    wsx = render_markdown("wsx")  # by level, but WSX Mind's clusters describe nothing
    assert "Clusters in this framework" not in wsx
    paras = _docx_text(render_docx("wsx"))  # its title page lists the names, as before
    assert paras[paras.index("Clusters in this framework") + 1].startswith("Cluster 1: ")


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_a_by_level_render_with_descriptions_reads_back_every_statement_in_its_cell(
    tmp_path, suffix
):
    fw = _ft()
    path = compkit.authoring.render(fw, tmp_path / f"ft{suffix}")
    back = compkit.ingest(path).framework
    assert [lv.name for lv in back.level_records] == [lv.name for lv in fw.level_records]
    assert [c.name for c in back.competency_records] == [c.name for c in fw.competency_records]

    def cells(f):
        names = {c.id: c.name for c in f.competency_records}
        levels = {lv.id: lv.name for lv in f.level_records}
        return sorted((names[i.competency], levels[i.level], i.text) for i in f.indicator_records)

    assert cells(back) == cells(fw)


def test_the_word_role_table_gives_a_word_of_wide_letters_room_in_dejavu_sans_bold(tmp_path):
    """UNiDAYS' 'Communication' broke as 'Communicatio | n' in LibreOffice without Calibri."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = Document(compkit.authoring.render(UNIDAYS, tmp_path / "uni.docx"))
    table = doc.tables[-1]  # the role profiles
    head = [cell.text for cell in table.rows[0].cells]
    grid = [int(g.get(qn("w:w"))) * 635 for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    width = dict(zip(head, grid, strict=True))
    name = next(h for h in head if h.endswith("Communication"))
    # "Communication" in DejaVu Sans Bold at 9 pt is 2.78 cm (its advances: 8.76 em), and a
    # cell's margins take 0.38 cm: at 0.2 cm a character the column had 3.0 cm
    assert width[name] >= Cm(2.78 + 0.38), width[name] / 360000


GSA = "tests/data/corpus/gsa-508-pm.yaml"


def test_a_new_rows_level_name_from_before_a_rename_is_said_to_be_one(tmp_path):
    """An author adds a row picking "Advanced", then renames the level "Expert" on its sheet."""
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook(GSA, tmp_path / "gsa.xlsx")
    wb = load_workbook(book)
    ind = wb["indicators"]
    header = [c.value for c in ind[1]]
    row = {"competency_name": "Testing", "level_name": "Advanced", "text": "Sets the method."}
    ind.append([row.get(h) for h in header])
    levels = wb["levels"]
    at = next(r for r in range(2, levels.max_row + 1) if levels.cell(r, 2).value == "Advanced")
    levels.cell(at, 2).value = "Expert"
    wb.save(book)
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.import_file(book)
    assert (  # was: unknown level 'Advanced'; expected a level's id or name (...)
        f"row {ind.max_row}, column 'level_name': level 'Advanced' was renamed 'Expert' on the "
        "levels sheet; write its new name or its id, advanced"
    ) in str(caught.value)


def _tracked(p) -> tuple[str, str, str]:
    """A paragraph's text kept, deleted and inserted (Word's tracked changes)."""
    from docx.oxml.ns import qn

    def text(runs) -> str:
        return "".join(t.text or "" for r in runs for t in r.iter(qn("w:t"), qn("w:delText")))

    el = p._p
    kept = text(el.findall(qn("w:r")))
    gone = text(r for d in el.findall(qn("w:del")) for r in d.findall(qn("w:r")))
    added = text(r for i in el.findall(qn("w:ins")) for r in i.findall(qn("w:r")))
    return kept, gone, added


def test_the_redline_tracks_a_new_or_removed_competencys_level_headings_with_it(tmp_path):
    """Under a competency added (or removed) the level headings came (or went) with it.

    With a level renamed, a new competency's "Advanced" heading read as renamed there
    ("Advanced" struck, "Expert" inserted): Reject All left a level heading under nothing, and
    a removed competency's headings stayed after Accept All.
    """
    import docx
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook(GSA, tmp_path / "gsa.xlsx")
    wb = load_workbook(book)
    ind = wb["indicators"]
    header = [c.value for c in ind[1]]
    for r in range(ind.max_row, 1, -1):  # Customer Service removed, rows and all
        if ind.cell(r, header.index("competency") + 1).value == "customer-service":
            ind.delete_rows(r)
    row = {"competency_name": "Compliance", "level_name": "Expert", "text": "Audits the program."}
    ind.append([row.get(h) for h in header])
    comps = wb["competencies"]
    at = next(
        r for r in range(2, comps.max_row + 1) if comps.cell(r, 1).value == "customer-service"
    )
    comps.delete_rows(at)
    comps.append([None, "Compliance"])
    levels = wb["levels"]
    at = next(r for r in range(2, levels.max_row + 1) if levels.cell(r, 2).value == "Advanced")
    levels.cell(at, 2).value = "Expert"
    wb.save(book)
    new = compkit.import_file(book).framework
    doc = docx.Document(io.BytesIO(compkit.authoring.render_redline(GSA, new)))
    heads = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
    names = [_tracked(p) for p in heads]
    testing = names.index(("Testing", "", ""))
    assert names[testing + 3] == ("", "Advanced", "Expert")  # a kept one: renamed, as before
    added = names.index(("", "", "Compliance"))
    assert names[added + 1] == ("", "", "Expert")  # was ("", "Advanced", "Expert")
    removed = names.index(("", "Customer Service", ""))
    assert names[removed + 1 : removed + 4] == [  # were kept: ("Beginner", "", "") ...
        ("", "Beginner", ""),
        ("", "Intermediate", ""),
        ("", "Advanced", ""),
    ]


def test_the_redline_of_a_cell_emptied_says_none_as_the_new_version_does(tmp_path):
    """Every statement of a cell deleted: Accept All left its level heading over nothing."""
    import docx

    new = compkit.load(GSA)
    for k in (1, 2, 3):
        new = compkit.authoring.remove_indicator(new, f"customer-service-intermediate-{k}")
    assert "*(none)*" in render_markdown(new).split("Customer Service")[1]  # the render's words
    doc = docx.Document(io.BytesIO(compkit.authoring.render_redline(GSA, new)))
    paras = doc.paragraphs
    comp = next(k for k, p in enumerate(paras) if _tracked(p) == ("Customer Service", "", ""))
    level = next(k for k in range(comp, len(paras)) if paras[k].text == "Intermediate")
    shown = [_tracked(p) for p in paras[level + 1 : level + 5]]
    assert [gone != "" for _, gone, _ in shown[:3]] == [True, True, True]
    assert shown[3] == ("", "", "(none)")  # was the next level's heading: "Advanced"
