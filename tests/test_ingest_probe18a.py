"""Round 18 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- a grid's rows that hold only a name (competencies defined nowhere yet, their level cells
  blank) stand in the layout text as lines alone at the names' column, right over the next
  row: they were read as one name wrapping on into that row's ("Keeping records ...
  Estimating Handling requests ... Planning" holding Planning's statements), or, at a page's
  top, as headings that ended the table. The longer step between two rows than between two
  lines of one name now parts them (``pdfnamerows``): GDS's career path printed as a grid
  24 → 35 of 35 statements in their cell, with its header printed on every page or not, its
  six empty rows named right (two were one name);
- in a Word table printed by LibreOffice (a wrapped line keeps its end space), a line ending
  with none a quarter short of its column ends its item even where the next item's first
  word would not have fitted in the room left ("keep notes for your team" / "understandable
  commit messages ..."; ``pdfwraps.short``): self-written lower-case items 0 → 12 of 14 in
  their cell, GDS as a Word grid 15 → 20 of 35;
- a cell's bold title over its text ("Checks Own Work" over "Reviews own work ...": a level's
  name over its description, in a table with a row per level) ran on into the text when
  the title was one line and the text wrapped back under it; a line whose weight differs
  from the line above's now opens a paragraph (``pdfbold``; the weight of each piece of text
  read from the runs pypdf visits), so the PDF reads as the Word file does (a self-written
  six-level table: one title ran on, now none; Public Impact's "Concern for Order" laid out
  by hand as a Word table, kept in /tmp: titles apart from their text 3 → 6 of 6).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.testing import (
    cell_keys,
    framework_from_cells,
    grid_pdf,
    in_place,
    word_grid,
    word_to_pdf,
)

CORPUS = Path(__file__).parent / "data" / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# self-written: rows with no statements yet between two rows that have them
EMPTY_ROWS = {
    "Sharing work": {
        "beginner": [
            "Keeps notes where the team can find them.",
            "Asks for a review before merging a change.",
        ],
        "intermediate": [
            "Runs the team's review rota when the lead is away.",
            "Shows newer colleagues how the team keeps its records.",
        ],
        "advanced": ["Sets how the team reviews work and writes it down."],
    },
    "Keeping records up to date for the whole team": {},
    "Estimating": {},
    "Handling requests from other teams": {},
    "Planning": {
        "beginner": [
            "Breaks a task into steps of a day or less.",
            "Says early when a step takes longer than planned.",
        ],
        "intermediate": [
            "Plans a fortnight's work for a pair.",
            "Spots work that depends on another team.",
        ],
        "advanced": ["Plans a quarter's work with the team and revisits it monthly."],
    },
}


def _unused(result) -> list[str]:
    return [m for m in result.report.to_frame()["message"] if "holds no statement" in m]


@needs_chromium
def test_rows_holding_only_a_name_stay_apart_from_the_row_under_them(tmp_path):
    # was 5 of 10: Planning's statements under "Keeping records ... Estimating ... Planning"
    source = framework_from_cells(EMPTY_ROWS, levels=("beginner", "intermediate", "advanced"))
    pdf = grid_pdf(source, tmp_path)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    result = compkit.ingest(pdf)
    fw = result.framework
    assert in_place(source, fw) == len(fw.indicator_records) == 10
    assert [c.name for c in fw.competency_records] == ["Sharing work", "Planning"]
    unused = _unused(result)
    for name in ("Keeping records up to date for the whole team", "Estimating"):
        assert any(f"'{name}' was read as a competency" in m for m in unused)


@needs_chromium
@pytest.mark.parametrize("thead", [False, True])
def test_gds_rows_with_no_statements_at_a_page_top_keep_the_table_open(tmp_path, thead):
    # GDS's career path (Open Government Licence): was 24 of 35 in their cell, the third
    # page's rows (four empty, then "Pair programming") read as headings and lines, under
    # the header printed again there (thead) or not
    source = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    pdf = grid_pdf(source, tmp_path, thead=thead)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    result = compkit.ingest(pdf)
    fw = result.framework
    assert in_place(source, fw) == len(fw.indicator_records) == 35
    assert not cell_keys(fw) - cell_keys(source)
    unused = _unused(result)
    for name in ("Prioritising your time", "Working independently", "Assessing performance"):
        assert any(f"'{name}' was read as a competency" in m for m in unused)


# self-written: items in lower case with no stop, each line's next word too long for the room
LOWER_ITEMS = {
    "Sharing work": {
        "beginner": [
            "keep notes for your team",
            "understandable commit messages for every change you make to shared code",
            "ask for a review early",
            "responsibilities for the release written down before the release starts",
        ],
        "intermediate": [
            "run the review rota",
            "documentation for the services the team owns kept current and easy to find",
        ],
        "advanced": ["set how the team reviews work", "recommendations on tooling for the team"],
    },
    "Planning": {
        "beginner": [
            "break a task into steps",
            "estimates for each step shared with the team before the work begins",
        ],
        "intermediate": ["plan a fortnight of work", "dependencies on other teams raised early"],
        "advanced": ["plan a quarter with the team", "commitments reviewed with the team monthly"],
    },
}


@needs_soffice
@pytest.mark.parametrize("name", ["lower", "gds"])
def test_a_word_grid_line_ending_bare_well_short_of_its_column_ends_its_item(tmp_path, name):
    # LibreOffice keeps a wrapped line's end space; a line ending bare a quarter short of its
    # column ended its item, though the next item's first word would not have fitted there:
    # "keep notes for your team" / "understandable commit ..." were read as one (self-written
    # 0 → 12 of 14 in their cell; GDS as a Word grid printed by LibreOffice 15 → 20 of 35)
    if name == "lower":
        source = framework_from_cells(LOWER_ITEMS, levels=("beginner", "intermediate", "advanced"))
    else:
        source = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    pdf = word_to_pdf(word_grid(source, tmp_path / f"{name}.docx"))
    fw = compkit.ingest(pdf).framework
    assert in_place(source, fw) >= (12 if name == "lower" else 20)


@needs_soffice
def test_a_narrow_column_line_of_wide_letters_goes_on_into_lower_case(tmp_path):
    # kept: Medium's 5-level grid from Word, "Empowers team" (wide letters filling its narrow
    # column, no end space) over "members to develop themselves" in a cell whose items open
    # in capitals is one statement
    source = compkit.load(CORPUS / "medium-snowflake.yaml")
    pdf = word_to_pdf(word_grid(source, tmp_path / "medium.docx"))
    fw = compkit.ingest(pdf).framework
    texts = {" ".join(i.text.split()) for i in fw.indicator_records}
    assert "Empowers team members to develop themselves" in texts
    assert "Empowers team" not in texts


# self-written: a row per level (0 to 5), each description cell a bold title over its text
TITLED = [
    ("0", "Leaves Records Unkept", "Does not keep notes of the work, even when asked to."),
    ("1", "Keeps Own Notes", "Writes down what was done and where it was left each day."),
    ("2", "Files Work", "Files every note where the team can find it."),
    (
        "3",
        "Checks the Team's Records",
        "Reads the team's records weekly and fixes what is out of date.",
    ),
    (
        "4",
        "Improves the Record System",
        "Changes how records are kept when the team keeps missing them.",
    ),
    ("5", "Sets Standards", "Sets the record-keeping standard for the whole service."),
]


def _titled_docx(path: Path) -> Path:
    import docx

    word = docx.Document()
    word.add_heading("Record keeping", 1)
    table = word.add_table(rows=1, cols=3)
    table.style = word.styles["Table Grid"]
    for cell, head in zip(
        table.rows[0].cells, ["Level", "General Description", "Zone"], strict=True
    ):
        cell.text = head
    for level, title, text in TITLED:
        cells = table.add_row().cells
        cells[0].text = level
        cells[1].text = title
        cells[1].paragraphs[0].runs[0].bold = True
        cells[1].add_paragraph(text)
        cells[2].text = "Below the bar" if level in "012" else "At or above the bar"
    word.save(path)
    return path


@needs_soffice
def test_a_bold_title_over_its_text_in_a_pdf_cell_is_a_paragraph_of_its_own(tmp_path):
    # was: a one-line bold title ran on into the text under it ("Files Work Files every
    # note ...") where the text wrapped back under it; now the PDF reads as the Word file
    word = _titled_docx(tmp_path / "titled.docx")
    pdf = word_to_pdf(word)
    assert cell_keys(compkit.ingest(pdf).framework) == cell_keys(compkit.ingest(word).framework)
