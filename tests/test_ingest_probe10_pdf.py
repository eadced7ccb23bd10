"""Ingest, PDF: the tenth probe round's mends (level headers, running heads, list hyphens).

Found on PDFs printed by LibreOffice from publisher-like Word layouts of real frameworks:

- a level table whose header holds one level no word list knows ("Staff" between "Senior"
  and "Principal" in a data-science ladder and in GitLab's engineering career matrix;
  "Leadership" after "Foundation | Intermediate | Advanced" in a service competency): the
  table was not read, its cells came back as lines under one level (34 pieces at "Dimensions
  by level"; 30 at "All levels"; a one-page excerpt was refused), where the Word file reads
  right;
- a running header on a document whose table pages are landscape and the rest portrait
  stands at two heights, so it was not set aside: it cut every table row broken over a page
  in two (the data-science ladder: 10 cells read as 21 pieces, the header among them);
- a bullet wrapped at a hyphen came back with a space inside the word ("organization long-
  term", "non- engineers": GitLab's job family);
- a contents page's entries ("Impact 3", "Teamwork 4") were read as labels: a ladder with a
  heading per dimension over a heading per level read "Teamwork 4" as its one level and the
  levels as competencies (5 x 1; the Word file reads 2 x 5).

Text: GitLab's handbook (engineering career matrix, People Group Fullstack Engineering job
family), CC BY-SA 4.0, https://about.gitlab.com/handbook/ (as stored in the public
repository sshumaker/fhl, ``data/handbook/engineering/career-development/matrix/``), word for
word, a few items each. The LibreOffice tests skip when ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil

import pytest

import compkit
from compkit.ingest.pdfparas import furniture
from compkit.ingest.pdftables import find_tables
from compkit.testing import word_to_pdf

MATRIX = {
    "Intermediate": [
        "Considers quality, security, and performance of assigned tasks.",
        "Seeks guidance when blocked and iterates to a solution.",
    ],
    "Senior": [
        "Able to take on large issues with vague requirements.",
        "Acts as a Coach and Mentor to others.",
    ],
    "Staff": [
        "Advocates for quality and makes sure it is everyone's responsibility.",
        "Advocates for tech debt, customer issues, and high severity bugs.",
    ],
    "Principal": [
        "Has a broad skill-set with in-depth expertise in several areas.",
        "Addresses cross-team challenges related to customers, quality and security.",
    ],
}

JOB_FAMILY = [
    "Demonstrated ability to onboard and integrate with an organization long-term.",
    "Provide mentorship for Junior and Intermediate Engineers and non-engineers on the team "
    "to help them grow in their technical responsibilities and remove blockers to their "
    "autonomy.",
    "Ability to use GitLab.",
]


def _soffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    return soffice


def _print(doc, tmp_path, name):
    """Save a python-docx document and print it to PDF with LibreOffice."""
    word = tmp_path / f"{name}.docx"
    doc.save(word)
    word_to_pdf(word)
    return tmp_path / f"{name}.pdf"


def _landscape(section):
    from docx.enum.section import WD_ORIENT

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def _matrix_pdf(tmp_path, *, row_names: bool):
    """GitLab's matrix as a publisher prints it: a portrait cover, the table landscape."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph("Engineering Career Matrix", style="Title")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Contents")
    doc.add_paragraph("Engineering\t3")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _landscape(doc.add_section())
    for section in doc.sections:
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = "GitLab Engineering Career Matrix"
    doc.add_heading("Engineering", level=1)
    lead = 1 if row_names else 0
    table = doc.add_table(rows=2, cols=len(MATRIX) + lead)
    if row_names:
        table.cell(0, 0).text, table.cell(1, 0).text = "Competency", "Technical"
    for j, (level, items) in enumerate(MATRIX.items(), lead):
        table.cell(0, j).text = level
        cell = table.cell(1, j)
        cell.text = items[0]
        for item in items[1:]:
            cell.add_paragraph("")  # a blank paragraph parts the items, as publishers do
            cell.add_paragraph(item)
    return _print(doc, tmp_path, "matrix")


def _cells(result):
    fw = result.framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    return sorted((levels[i.level], i.text) for i in fw.indicator_records)


@pytest.mark.parametrize("row_names", [False, True])
def test_a_level_header_holding_one_name_no_word_list_knows(tmp_path, row_names):
    """'Staff' among known level names heads a level column; the table reads as in Word.

    Before: the table was not found; its 8 items came back as lines under one level.
    """
    result = compkit.ingest(_matrix_pdf(tmp_path, row_names=row_names))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == list(MATRIX)
    assert _cells(result) == sorted((lv, t) for lv, items in MATRIX.items() for t in items)
    assert len(fw.competency_records) == 1  # (named after the title: see the round's report)


def test_a_header_with_a_column_of_another_kind_is_not_read_as_levels():
    """One odd name among levels is a level only where no other kind of column is named."""
    rows = ["Foundation        Intermediate       Advanced         Notes", ""]
    rows += ["Listens well.     Coaches others.    Sets direction.  Seen in 2024"]
    _, grids, _ = find_tables(rows, 1, "p1")
    assert grids == {}
    head = "Foundation        Intermediate       Advanced         Leadership"
    _, grids, _ = find_tables([head, "", rows[2]], 1, "p1")
    assert [[p.text for p in cell["paras"]] for cell in grids[0][0]] == [
        ["Foundation"],
        ["Intermediate"],
        ["Advanced"],
        ["Leadership"],
    ]


def test_a_running_header_on_portrait_and_landscape_pages_is_set_aside():
    """The same header at the same distance from each page's top, on pages of two shapes.

    A portrait A4 page's top is 842 pt, a landscape page's 595 pt: the header's baseline is
    800 on one and 553 on the other. Before, only one height was a running header's.
    """
    lines, where, ys, bounds = [], [], [], {}
    for page in range(1, 6):
        top = 842.0 if page <= 2 else 595.0
        bounds[page] = (0.0, top)
        for k, (text, y) in enumerate(
            [("Engineering Career Matrix", top - 42), (f"Statement {page}.", top - 120)], 1
        ):
            lines.append(text)
            where.append({"page": page, "lines": [k]})
            ys.append(y)
    notes = furniture(lines, where, ys, set(), bounds=bounds)
    assert [t for t in lines if t] == [f"Statement {p}." for p in range(1, 6)]
    assert "a running header or footer on 5 of 5 pages set aside" in notes[0][1]
    lines = ["Engineering Career Matrix" if k % 2 == 0 else t for k, t in enumerate(lines)]
    furniture(lines, where, ys, set())  # no bounds: one height only, pages of one size
    assert lines.count("Engineering Career Matrix") == 5


def test_a_bullet_wrapped_at_a_hyphen_keeps_its_word_whole(tmp_path):
    """'long-' / 'term.' is 'long-term.', 'non-' / 'engineers' 'non-engineers' (no space)."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    for level, items in (("Junior", JOB_FAMILY), ("Intermediate", JOB_FAMILY[-1:])):
        doc.add_heading(level, level=1)
        doc.add_heading("Requirements", level=2)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
        for paragraph in doc.paragraphs:  # a size that breaks both lines at their hyphens
            for run in paragraph.runs:
                run.font.size = Pt(11)
    pdf = _print(doc, tmp_path, "family")
    from pypdf import PdfReader

    text = PdfReader(str(pdf)).pages[0].extract_text()
    if "long-\nterm" not in text:  # the printer's fonts broke the lines elsewhere
        pytest.skip("the lines did not break at the hyphen with this LibreOffice's fonts")
    texts = {i.text for i in compkit.ingest(pdf).framework.indicator_records}
    assert set(JOB_FAMILY) <= texts
    assert not any("- " in t for t in texts)


def test_a_contents_page_is_set_aside(tmp_path):
    """A contents page printed from Word: its entries name no level or competency."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph("Engineering Career Matrix", style="Title")
    doc.add_paragraph("Contents")
    for k, name in enumerate(["Engineering", "Quality"], 2):
        doc.add_paragraph(f"{name}\t{k}")
    for name, pair in (("Engineering", ("Senior", "Principal")), ("Quality", ("Staff",))):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(name, level=1)
        for level in pair:
            doc.add_heading(level, level=2)
            doc.add_paragraph(MATRIX[level][0])
    result = compkit.ingest(_print(doc, tmp_path, "contents"))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Engineering", "Quality"]
    assert {lv.name for lv in fw.level_records} == {"Senior", "Staff", "Principal"}
    assert len(fw.indicator_records) == 3
    said = [m for m in result.report.to_frame()["message"] if "table of contents" in m]
    assert said and "'Engineering 2'" in said[0]


def test_a_footer_naming_its_page_is_set_aside_on_a_one_page_excerpt():
    """'Behaviours | Page 1' at the foot of a one-page PDF is no statement; 'page 2' is kept.

    Before, a running footer was found on three pages or more only: a one-page excerpt (the
    Civil Service behaviours, a service competency) read its footer as a statement.
    """
    texts = ["Seeing the Big Picture", "Focus on overall goals.", "Behaviours | Page 1"]
    lines, where, ys = list(texts), [{"page": 1, "lines": [k]} for k in (1, 2, 3)], [700, 680, 40]
    notes = furniture(lines, where, ys, set())
    assert lines == [*texts[:2], ""]
    assert notes[0][1] == "a footer naming its page set aside: 'Behaviours | Page 1'"
    lines = [*texts[:2], "See the guide, page 2"]
    assert furniture(lines, where, ys, set()) == [] and lines[2] == "See the guide, page 2"


CS_LEVEL = (
    "Understand how your work and the work of your team supports wider objectives and meets "
    "the diverse needs of stakeholders. Keep up to date with the issues that affect your work "
    "area. Take a keen interest in expanding knowledge in areas related to your work. Focus on "
    "overall goals and not just specific tasks to meet priorities."
)


def test_a_paragraph_running_on_over_a_page_break_is_one_statement(tmp_path):
    """The Civil Service's 'Seeing the Big Picture' (Success Profiles, Open Government Licence
    v3.0) set low on its page: its paragraph runs on to the next page, under the running
    header. Before, it came back in two pieces ('... Take a keen interest in expanding' and
    'knowledge in areas related to your work. ...').
    """
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    for section in doc.sections:
        section.header.paragraphs[0].text = "Civil Service Behaviour Helper"
        section.footer.paragraphs[0].text = "Behaviours"
    doc.add_heading("Behaviours", level=1)
    for k, (name, text) in enumerate(
        [
            ("Seeing the Big Picture", CS_LEVEL),
            ("Changing and Improving", "Give feedback on changes in a constructive manner."),
        ]
    ):
        heading = doc.add_heading(name, level=2)
        heading.paragraph_format.space_before = Pt(560) if k == 0 else None
        heading.paragraph_format.page_break_before = k > 0
        doc.add_paragraph(text)
    pdf = _print(doc, tmp_path, "behaviours")
    from pypdf import PdfReader

    if len(PdfReader(str(pdf)).pages) != 3:  # the printer's fonts set the page otherwise
        pytest.skip("the paragraph did not run over the page break with this LibreOffice")
    texts = [i.text for i in compkit.ingest(pdf).framework.indicator_records]
    assert texts == [CS_LEVEL, "Give feedback on changes in a constructive manner."]
