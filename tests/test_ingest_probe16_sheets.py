"""Sixteenth probe, sheets: "Competence" headers, a stem heading the statements, a KSAT list.

Fixtures in ``tests/data/ingest/probe16-sheets`` (sources and licences in its README.md):

- DigComp 2.1 (European Commission JRC, reuse authorised): five competences at eight levels as
  a publisher's workbook ("Competence area" merged down, "Competence", "Description", a band row
  over "Level 1" ... "Level 8") and as a long CSV whose statement column is headed by the
  statements' stem, "I can", and as a sheet per competence area repeating one header (only the
  first sheet was read). "Competence" named no competency: the workbook's descriptions were
  reported unread, and the CSV was refused.
- The DoD Cyber Workforce Framework's work role 622 (public domain): a KSAT list with no level
  column, its statements under "Description". It is refused with the hint that reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError
from compkit.testing.printing import ingested_cells as _cells

HERE = Path(__file__).parent / "data" / "ingest" / "probe16-sheets"
LEVELS = [f"Level {n}" for n in range(1, 9)]
NAMES = [
    "Browsing, searching and filtering data, information and digital content",
    "Evaluating data, information and digital content",
    "Managing data, information and digital content",
    "Interacting through digital technologies",
    "Netiquette",
]


@pytest.fixture(scope="module")
def wide():
    return compkit.ingest(HERE / "digcomp-levels.xlsx")


def test_competence_workbook_reads_descriptions_and_areas(wide):
    doc = wide.document
    assert [c["name"] for c in doc["competencies"]] == NAMES
    assert [lv["name"] for lv in doc["levels"]] == LEVELS
    assert all(
        c.get("description", "").startswith("The citizen is able to") for c in doc["competencies"]
    )
    assert [g["name"] for g in doc["groups"]] == [
        "Information and data literacy",
        "Communication and collaboration",
    ]
    assert len(wide.framework.indicator_records) == 96
    unread = [e.message for e in wide.report.notes if e.kind == "unused"]
    assert not any("Description" in m or "Competence area" in m for m in unread)


def test_competence_workbook_cells_in_place(wide):
    cells = _cells(wide)
    assert cells[("Netiquette", "level-1")] == [
        "differentiate simple behavioural norms and know-how while using digital technologies "
        "and interacting in digital environments.",
        "choose simple communication modes and strategies adapted to an audience and",
        "differentiate simple cultural and generational diversity aspects to consider in "
        "digital environments.",
    ]
    assert cells[(NAMES[0], "level-8")][-1] == "propose new ideas and processes to the field."


def test_long_csv_with_stem_header_reads_as_the_workbook(wide):
    result = compkit.ingest(HERE / "digcomp-long.csv")
    assert "text = 'I can'" in result.report.reasons[0]
    assert "competency = 'Competence'" in result.report.reasons[0]
    assert [c["name"] for c in result.document["competencies"]] == NAMES
    assert _cells(result) == _cells(wide)
    assert {c["group"] for c in result.document["competencies"]} == {
        "information-and-data-literacy",
        "communication-and-collaboration",
    }


@pytest.mark.parametrize("stem", ["You can:", "I can...", "The learner can"])
def test_stem_headers_name_the_statements(tmp_path, stem):
    path = tmp_path / "stems.csv"
    path.write_text(
        f"Skill,Level,{stem}\nListening,1,listen to others\nListening,2,ask questions\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    assert [i.text for i in result.framework.indicator_records] == [
        "listen to others",
        "ask questions",
    ]


def test_ksat_list_without_levels_is_refused_with_the_hint_that_reads_it():
    with pytest.raises(IngestError, match="'Description' lists several texts under one competency"):
        compkit.ingest(HERE / "dcwf-622.csv")
    result = compkit.ingest(HERE / "dcwf-622.csv", text_from="Description")
    assert result.report.reasons[0].endswith("competency = 'Competency', text = 'Description'")
    assert len(result.framework.indicator_records) == 15  # the 15 KSAs with a competency
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert sum(m.startswith("25 rows have a statement but no competency") for m in unused) == 1
    (core,) = [m for m in unused if "'Core/Additional'" in m]
    assert core == "column 'Core/Additional' (40 cells) not read"  # not "the same on every row"


def test_a_sheet_per_area_repeating_the_header_reads_as_one_table(wide):
    result = compkit.ingest(HERE / "digcomp-areas.xlsx")
    assert [c["name"] for c in result.document["competencies"]] == NAMES
    assert [c["group"] for c in result.document["competencies"]] == [
        *["information-and-data-literacy"] * 3,
        *["communication-and-collaboration"] * 2,
    ]
    assert [lv["name"] for lv in result.document["levels"]] == LEVELS  # headed "1" ... "8"
    assert _cells(result) == _cells(wide)
    messages = [n.message for n in result.report.notes]
    assert sum(m.startswith("level columns:") for m in messages) == 1  # said once, not per sheet
    assert any(m.startswith("2 sheets repeat one header") for m in messages)
    assert not any("not read as the framework" in m and "Communication" in m for m in messages)


def test_numbered_name_columns_are_refused_not_read_as_levels(tmp_path):
    lines = (HERE / "digcomp-long.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "dimensions.csv"  # DigComp's own words for its columns
    path.write_text(
        "\n".join(["Dimension 1,Dimension 2,Dimension 3,Example statement", *lines[1:]]),
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match=r"the columns read as levels \('Dimension 1'"):
        compkit.ingest(path)  # was 288 statements: area names and level numbers among them
    result = compkit.ingest(
        path,
        competency_from="Dimension 2",
        level_from="Dimension 3",
        text_from="Example statement",
    )
    assert len(result.framework.indicator_records) == 96


@pytest.mark.parametrize(
    "header",
    [
        "Competence area,Competence title,Proficiency level,Learning outcome",
        "Area,Competence,Proficiency,Examples of use",
        "Competence area,Competence,Level,Can do statement",
        "Competence area,Competence,Level (1-8),Performance criteria",
        "Competence area,Competence name,Level,What this looks like",
    ],
)
def test_long_csv_headers_in_publishers_words(tmp_path, wide, header):
    lines = (HERE / "digcomp-long.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "renamed.csv"
    path.write_text("\n".join([header, *lines[1:]]), encoding="utf-8")
    result = compkit.ingest(path)  # each was refused, or read 'Competence area' as competency
    assert [c["name"] for c in result.document["competencies"]] == NAMES
    assert _cells(result) == _cells(wide)


def test_long_rows_said_blank_are_undefined_not_statements(tmp_path):
    lines = (HERE / "digcomp-long.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "marks.csv"
    marks = [
        "Communication and collaboration,Netiquette,9,n/a",
        "Communication and collaboration,Netiquette,10,\u2014",
        "Communication and collaboration,Netiquette,11,Not applicable",
    ]
    path.write_text("\n".join([*lines, *marks]), encoding="utf-8")
    result = compkit.ingest(path)  # were three statements, as a wide sheet's cells never were
    assert len(result.framework.indicator_records) == 96
    (netiquette,) = [c for c in result.document["competencies"] if c["name"] == "Netiquette"]
    assert [u["note"] for u in netiquette["undefined"]] == ["n/a", "\u2014", "Not applicable"]
    messages = [n.message for n in result.report.notes if n.kind == "undefined"]
    assert messages[0] == "Netiquette, Level 9 reads 'n/a': recorded as undefined"


@pytest.mark.parametrize(
    "text",
    [
        "Item,Year 1,Year 2,Year 3\nLaptops,12000,4000,4000\nHosting,30000,32000,35000\n",
        "Skill,Junior,Senior\nTesting,1,3\nCoaching,0,2\n",  # target ratings, not statements
    ],
)
def test_level_columns_of_numbers_only_are_refused(tmp_path, text):
    path = tmp_path / "figures.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError, match="hold numbers only, no statements"):
        compkit.ingest(path)  # were read as statements: '12000', '4000', ...
