"""Ninth probe of spreadsheet ingest: workbooks and CSV files rebuilt from public frameworks.

Sources (text copied word for word, only a few cells of each):

- Australian Public Service Commission, Integrated Leadership System (ILS) APS 1-6 comparative,
  apsc.gov.au, the row "Supports shared purpose and direction" under the band "Supports
  strategic direction" (Commonwealth of Australia; quoted in part as a test fixture).
- Local Government NSW, a position description from the Local Government Capability Framework
  (pdbuilder.lgnsw.org.au): its "Group and Capability | Level | Behavioural Indicators" table
  (quoted in part as a test fixture).
- Sarah Drasner, career-ladders (github.com/sdras/career-ladders, pages/engineering.vue at
  ae054cf), MIT licence: the Engineer I and Engineer II expectations.
- Medium's Snowflake (the corpus file ``medium-snowflake.yaml``, Apache-2.0) set out as a
  publisher's matrix: a band row per group of tracks.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from compkit.ingest import ingest, levelruns, pdftables
from compkit.testing import word_to_pdf

APS_CELLS = [
    "Understands and supports the organisation's vision, mission and business objectives. "
    "Follows direction provided by supervisor. Recognises how own work contributes to the "
    "achievement of team goals. Understands the reasons for decisions and recommendations.",
    "Understands and supports the organisation's vision, mission and business objectives. "
    "Follows direction provided by supervisor. Recognises how own work contributes to the "
    "achievement of team and section goals. Understands the reasons for decisions and "
    "recommendations.",
    "Understands and supports the organisation's vision, mission and business objectives. "
    "Follows direction provided by supervisor. Recognises how own work contributes to the "
    "achievement of organisational goals. Understands the reasons for decisions and "
    "recommendations.",
]

LGNSW = [
    (
        "Personal Attributes",
        "Manage Self",
        [
            "Demonstrates motivation to serve the community, make an impact and advance the "
            "organisation",
            "Models initiative and decisiveness",
        ],
    ),
    (
        "Personal Attributes",
        "Act with Integrity",
        [
            "Champions and acts as an advocate for the highest standards of ethical and "
            "professional behaviour",
            "Acts promptly and visibly in response to complex ethical and people issues",
        ],
    ),
]

SDRAS = {
    "Engineer I": [
        "Completes clearly-defined tasks or communicates when something is blocking.",
        "Communicates internally and externally in a respectful manner.",
    ],
    "Engineer II": [
        "Works on engineering initiatives that drive a larger featureset, while being careful "
        "to not create technical debt in the process.",
    ],
}


def _placed(doc: dict) -> set[tuple[str, str, str]]:
    """Every statement of a framework document as (competency name, level name, text)."""
    levels = {lv["id"]: lv["name"] for lv in doc["levels"]}
    return {
        (c["name"], levels[s["level"]], s["text"])
        for c in doc["competencies"]
        for s in c.get("indicators", ())
    }


def _groups(doc: dict) -> dict[str, str]:
    """The group's name of each competency."""
    names = {g["id"]: g["name"] for g in doc.get("groups", ())}
    return {c["name"]: names.get(c.get("group")) for c in doc["competencies"]}


def test_a_band_over_the_header_is_the_group_not_a_level(tmp_path):
    """APS ILS: a cluster's band merged across the table over "APS 1" ... is its group.

    The band's text filled the header's blank first cell and read as a level; the capability's
    name became a statement and the title line named the one competency.
    """
    book = Workbook()
    sheet = book.active
    sheet.title = "APS 1-6 comparative"
    sheet.append(["Integrated Leadership System (ILS) APS 1-6 comparative"])
    sheet.append(["Supports strategic direction"])
    sheet.merge_cells("A2:D2")
    sheet.append([None, "APS 1", "APS 2", "APS 3"])
    sheet.append(["Supports shared purpose and direction", *APS_CELLS])
    path = tmp_path / "aps.xlsx"
    book.save(path)
    got = ingest(path)
    fw = got.document
    assert [lv["name"] for lv in fw["levels"]] == ["APS 1", "APS 2", "APS 3"]
    assert _placed(fw) == {
        ("Supports shared purpose and direction", f"APS {n}", text)
        for n, text in enumerate(APS_CELLS, 1)
    }
    assert _groups(fw) == {"Supports shared purpose and direction": "Supports strategic direction"}
    assert fw["title"] == "Integrated Leadership System (ILS) APS 1-6 comparative"
    assert "band" in got.report.to_markdown()


def test_band_rows_between_blocks_group_the_rows_below(tmp_path):
    """Medium's Snowflake as a matrix with a band per group: 320 of 320 placed, 4 groups.

    Each band read as a competency with no statement (3 left out, 15 blank cells reported)
    and the groups were lost.
    """
    corpus = yaml.safe_load(
        (Path(__file__).parent / "data/corpus/medium-snowflake.yaml").read_text(encoding="utf-8")
    )
    names = {lv["id"]: lv["name"] for lv in corpus["levels"]}
    book = Workbook()
    sheet = book.active
    sheet.append([corpus["title"]])
    sheet.append([])
    for n, group in enumerate(corpus["groups"]):
        sheet.append([f"Group {group['name']}"])
        if n == 0:
            sheet.append(["Track", *names.values()])
        for comp in (c for c in corpus["competencies"] if c["group"] == group["id"]):
            cells = [
                "\n".join(s["text"] for s in comp["indicators"] if s["level"] == key)
                for key in names
            ]
            sheet.append([comp["name"], *cells])
    path = tmp_path / "snowflake.xlsx"
    book.save(path)
    fw = ingest(path).document
    want = {
        (c["name"], names[s["level"]], s["text"])
        for c in corpus["competencies"]
        for s in c["indicators"]
    }
    assert len(want) == 320
    assert _placed(fw) == want
    assert _groups(fw) == {c["name"]: f"Group {c['group'].upper()}" for c in corpus["competencies"]}


def test_a_row_naming_a_competency_with_blank_levels_stays_a_competency(tmp_path):
    """A last row with a name and blank level cells is no band: nothing follows it."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Skill", "Novice", "Expert"])
    sheet.append(["Listening", "Listens to others.", "Coaches others to listen."])
    sheet.append(["Writing"])
    path = tmp_path / "grid.xlsx"
    book.save(path)
    got = ingest(path)
    assert not got.document.get("groups")
    assert next(c["name"] for c in got.document["competencies"]) == "Listening"
    assert "band" not in got.report.to_markdown()


def test_group_and_capability_column_names_both(tmp_path):
    """LGNSW: "Group and Capability" holds the group over the capability, one a line.

    The header named no column role, so the sheet was one competency, "Capabilities".
    """
    book = Workbook()
    sheet = book.active
    sheet.title = "Capabilities"
    sheet.append(["Group and Capability", "Level", "Behavioural Indicators"])
    for group, comp, items in LGNSW:
        sheet.append([f"{group}\n{comp}", "Highly Advanced", "\n".join(f"- {i}" for i in items)])
    path = tmp_path / "pd.xlsx"
    book.save(path)
    got = ingest(path)
    fw = got.document
    assert _placed(fw) == {
        (comp, "Highly Advanced", text) for _, comp, items in LGNSW for text in items
    }
    assert _groups(fw) == {
        "Manage Self": "Personal Attributes",
        "Act with Integrity": "Personal Attributes",
    }
    assert "group's name (first line)" in got.report.to_markdown()


def test_group_and_capability_on_one_line_is_the_name(tmp_path):
    """A cell of one line under "Group and Capability" is the competency's whole name."""
    path = tmp_path / "pd.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["Group and Capability", "Level", "Behavioural Indicators"],
                ["Manage Self", "Adept", "Models initiative and decisiveness"],
            ]
        )
    fw = ingest(path).document
    assert _placed(fw) == {("Manage Self", "Adept", "Models initiative and decisiveness")}
    assert not fw.get("groups")


@pytest.mark.parametrize("header", ["Expectations", "Expectation"])
def test_an_expectations_column_holds_the_statements(tmp_path, header):
    """An engineering ladder's "Expectations" column is its statements (it was refused).

    Sarah Drasner's ladder, as Excel in a European locale saves it: a BOM and semicolons.
    """
    path = tmp_path / "ladder.csv"
    rows = [["Track", "Level", header]] + [
        ["Engineering", level, text] for level, texts in SDRAS.items() for text in texts
    ]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    fw = ingest(path).document
    assert _placed(fw) == {
        ("Engineering", level, text) for level, texts in SDRAS.items() for text in texts
    }


# --- PDF tables headed by numbered runs of a name: "APS 1" ... "APS 6", "EL1" ... "SES B3" ---

ELSES_HEAD = ["EL1", "EL2", "SES B1", "SES B2", "SES B3"]
ELSES_CELLS = [
    "Provides direction to others regarding the purpose and importance of their work. "
    "Illustrates the relationship between operational tasks and organisational goals. Sets "
    "work tasks that align with the strategic objectives and communicates expected outcomes.",
    "Translates the strategy into operational goals and creates a shared sense of purpose "
    "within the business unit. Engages others in the strategic direction of the work area, "
    "encourages their contribution and communicates expected outcomes.",
    "Develops the strategic direction for the business unit and creates a shared sense of "
    "purpose by demonstrating how elements of the strategy fit together and contribute to "
    "higher-level goals. Encourages others' input and communicates required actions and "
    "expected outcomes.",
    "Champions the organisation's vision and goals and promotes a shared commitment to the "
    "strategic direction. Helps create organisational strategies that are aligned with "
    "government objectives and likely future requirements.",
    "Champions the organisation's vision and goals and unifies business units with the "
    "strategic direction. Helps create organisational strategies that are aligned with "
    "government objectives and likely future requirements.",
]


def _table_pdf(path: Path, title: str, band: str, head: list[str], row: tuple) -> Path:
    """A comparative table as a user has it: Word, landscape, 8 pt cells, printed by LibreOffice.

    ``row`` is (the capability's name, its cells); the header's corner cell is blank.
    """

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_heading(title, 1)
    doc.add_paragraph(band).runs[0].bold = True
    table = doc.add_table(rows=2, cols=len(head) + 1)
    table.style = "Table Grid"
    for k, text in enumerate(["", *head]):
        table.cell(0, k).text = text
    for k, text in enumerate([row[0], *row[1]]):
        table.cell(1, k).text = text
    for cells in table.rows:
        for cell in cells.cells:
            for run in (r for para in cell.paragraphs for r in para.runs):
                run.font.size = Pt(8)
    word = path.with_suffix(".docx")
    doc.save(word)
    word_to_pdf(word)
    return path


@pytest.mark.parametrize(
    ("head", "row"),
    [
        (
            ["APS 1", "APS 2", "APS 3"],
            ("Supports shared purpose and direction", APS_CELLS),
        ),
        (ELSES_HEAD, ("Inspires a sense of purpose and direction", ELSES_CELLS)),
    ],
    ids=["aps-1-6", "el-ses"],
)
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_pdf_table_headed_by_numbered_names_reads_a_column_per_level(tmp_path, head, row):
    """APS ILS comparatives as PDF: "APS 1" ... and "EL1", "EL2", "SES B1" ... are levels.

    The header's names are no level words ("APS 1" scored 0.7, "EL1" 0), so the table was not
    found and the file refused ("no competency framework found").
    """
    path = _table_pdf(
        tmp_path / "comparative.pdf",
        "Integrated Leadership System (ILS) comparative",
        "Shapes strategic thinking",
        head,
        row,
    )
    got = ingest(path)
    fw = got.document
    assert [lv["name"] for lv in fw["levels"]] == head
    assert _placed(fw) == {(row[0], level, text) for level, text in zip(head, row[1], strict=True)}
    assert "numbered names heading its tables" in got.report.to_markdown()


#: pypdf's layout lines of the EL-SES table above as LibreOffice prints it (first lines).
ELSES_LAYOUT = [
    "Shapes strategic thinking",
    "",
    "                             EL1                          EL2                          "
    "SES B1                       SES B2                        SES B3",
    "Inspires a sense of          Provides direction to        Translates the               "
    "Develops the                 Champions the                 Champions the",
    "purpose and direction        others regarding the         strategy into                "
    "strategic direction for      organisation's vision         organisation's vision",
]


def test_numbered_runs_head_a_pdf_table_and_name_its_levels():
    """The header line alone is found, with the row names' column before it, and its names
    are given as the levels; a run with a gap, or of two, or of one letter, is no header."""
    _, tables, notes = pdftables.find_tables(ELSES_LAYOUT, 1, "p1")
    assert list(tables) == [2]
    assert levelruns.counted_levels(tables) == ELSES_HEAD
    assert "(EL1, EL2, SES B1, SES B2, SES B3)" in notes[-1][1]
    for head in ("Task 1    Task 3    Task 4", "Task 1    Task 2", "Q1    Q2    Q3"):
        lines = [head.replace("    ", " " * 20), ELSES_LAYOUT[3]]
        assert pdftables.find_tables(lines, 1, "p1")[1] == {}


def test_one_text_across_a_row_is_no_header():
    """Cells that wrap alike ("provided by supervisor." three times) are a row's line."""
    lines = ["Foundation          Practitioner          Expert", "Shares work.   Plans.  Leads."]
    same = "provided by supervisor.     " * 3
    assert pdftables.find_tables([same.rstrip(), *lines[1:]], 1, "p1")[1] == {}
    assert pdftables.find_tables(lines, 1, "p1")[1] != {}


@pytest.mark.parametrize("corner", ["", "Capability"])
def test_a_sheet_headed_by_numbered_runs_reads_a_column_per_level(tmp_path, corner):
    """APS ILS EL-SES comparative as a workbook: "EL1", "EL2", "SES B1" ... head the levels.

    "EL1" is no level word, so no column named a level and the sheet was refused.
    """
    book = Workbook()
    sheet = book.active
    sheet.append(["Integrated Leadership System (ILS) EL-SES comparative"])
    sheet.append(["Shapes strategic thinking"])
    sheet.append([corner, *ELSES_HEAD])
    sheet.append(["Inspires a sense of purpose and direction", *ELSES_CELLS])
    path = tmp_path / "el-ses.xlsx"
    book.save(path)
    fw = ingest(path).document
    assert [lv["name"] for lv in fw["levels"]] == ELSES_HEAD
    assert _placed(fw) == {
        ("Inspires a sense of purpose and direction", level, text)
        for level, text in zip(ELSES_HEAD, ELSES_CELLS, strict=True)
    }


def test_a_short_line_before_a_capital_that_would_have_fitted_ends_a_paragraph():
    """Medium's Snowflake in a Word table printed to PDF: each signal its own paragraph.

    A cell of statements with no stops, one paragraph each, ran together as one statement
    (0 of 80 read); a line ended short where the next word would have fitted was a break.
    The lines are pypdf's layout text of the Mobile track, Milestone 1 (LibreOffice, 8 pt).
    """
    from compkit.ingest.pdfcells import cell_grid

    cell = [
        "Works effectively",
        "within established",
        "iOS or Android",
        "architectures,",
        "following current best",
        "practices",
        "Delivers features",
        "requiring simple local",
        "modifications",
        "Adds simple actions",
        "that call server",
        "endpoints",
        "Reuses existing",
        "components",
    ]
    other = ["Develops new", "instances of existing", "architecture, or minor"]
    rows = [
        [[("Track", 0)], [("Milestone 1", 0)], [("Milestone 2", 0)]],
        [
            [("Mobile", 1)],
            [(t, n) for n, t in enumerate(cell, 1)],
            [(t, n) for n, t in enumerate(other, 1)],
        ],
    ]
    grid = cell_grid(rows, (lambda n: (1, n + 1), set()), "T", prose=True)
    assert [p.text for p in grid[1][1]["paras"]] == [
        "Works effectively within established iOS or Android architectures, following "
        "current best practices",
        "Delivers features requiring simple local modifications",
        "Adds simple actions that call server endpoints",
        "Reuses existing components",
    ]
    # a paragraph of sentences is kept whole: its lines end with a stop or run on
    aps = ["Understands and", "supports the", "organisation's", "vision, mission", "objectives."]
    rows[1][1] = [(t, n) for n, t in enumerate([*aps, "Follows direction"], 1)]
    grid = cell_grid(rows, (lambda n: (1, n + 1), set()), "T", prose=True)
    assert len(grid[1][1]["paras"]) == 1


@pytest.mark.parametrize("framework", ["sdras", "lgnsw"])
def test_a_sheet_saved_as_unicode_text_reads_as_its_table(tmp_path, framework):
    """Excel's "Unicode Text" (.txt: UTF-16, tabs) is the sheet, not a document of lines.

    It was read as text and refused ("no competency framework found").
    """
    if framework == "sdras":
        rows = [["Track", "Level", "Expectations"]] + [
            ["Engineering", level, text] for level, texts in SDRAS.items() for text in texts
        ]
        want = {("Engineering", lv, text) for lv, texts in SDRAS.items() for text in texts}
    else:
        rows = [["Group and Capability", "Level", "Behavioural Indicators"]] + [
            [f"{g}\n{c}", "Highly Advanced", "\n".join(f"- {i}" for i in items)]
            for g, c, items in LGNSW
        ]
        want = {(c, "Highly Advanced", text) for _, c, items in LGNSW for text in items}
    path = tmp_path / "export.txt"
    with path.open("w", newline="", encoding="utf-16") as f:
        csv.writer(f, delimiter="\t", lineterminator="\r\n").writerows(rows)
    assert _placed(ingest(path).document) == want


def test_a_text_file_with_a_tab_in_a_sentence_is_still_a_document(tmp_path):
    """A .txt document is read as lines: a tab inside its first line makes it no table."""
    path = tmp_path / "framework.txt"
    path.write_text(
        "Communication\tskills\n\nLevel 1\n\n- Listens to others.\n- Speaks clearly.\n\n"
        "Level 2\n\n- Coaches others to listen.\n",
        encoding="utf-8",
    )
    got = ingest(path)
    assert got.report.layout != "long"
