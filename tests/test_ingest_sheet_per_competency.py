"""Ingest of workbooks with a sheet per competency and a row (or several) per level.

Mapping and assessment templates give each competency a sheet: a header "Level | Behaviour"
(more columns beside it: a headline, an evidence column to fill in), each level written once
over its rows or merged down them, the competency named by the sheet or by a title line above
the header. The fixtures are written here with openpyxl from the text of two public frameworks:

- NHS Leadership Academy, *Healthcare Leadership Model* (2013), dimension "Inspiring shared
  purpose", in the shape of the Academy's Excel mapping template (title lines, "What is it?"
  rows, then Level | What it looks like | Leadership behaviours | Evidence, level and headline
  cells merged down). Text from the template as quoted in the seventh ingest probe (scribd
  334749115, levels from leadershipacademy.nhs.uk); © NHS Leadership Academy, no licence stated:
  quoted briefly, word for word, to test that it is read faithfully.
- Government Digital Service, *The technologist's career path at GDS* (Open Government Licence
  v3.0), competencies "Building software as a team" and "Planning and estimating", word for word
  as in ``tests/data/corpus/gds-tech-career-path.yaml`` (source and licence in
  ``tests/data/corpus/README.md``), laid out as a workbook with a "Read me" sheet, a sheet per
  competency, Level | Indicator | Notes, the level written once (one sheet) or merged down (the
  other).
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

import compkit
from compkit.ingest.limits import IngestError

NHS = [
    ["Healthcare Leadership Model"],
    ["Inspiring shared purpose"],
    [
        "What is it?",
        "Valuing a service ethos; curious about how to improve services and patient care; "
        "behaving in a way that reflects the principles and values of the NHS",
    ],
    [
        "What is it not?",
        "Turning a blind eye\nUsing values to push a personal or tribal agenda",
    ],
    [],
    ["Level", "What it looks like", "Leadership behaviours", "Evidence"],
    [
        "Essential",
        "Staying true to NHS principles and values",
        "Do I act as a role model for belief in and commitment to the service?",
    ],
    [None, None, "Do I enable colleagues to see the wider meaning in what they do?"],
    [
        "Proficient",
        "Holding to principles and values under pressure",
        "Do I actively promote values of service in line with NHS principles?",
    ],
    [
        "Strong",
        "Taking personal risks to stand up for the shared purpose",
        "Do I support my team or colleagues when they challenge the way things are done?",
    ],
    [None, None, "Do I have the self-confidence to question the way things are done in my area "
     "of work?"],
    [
        "Exemplary",
        "Making courageous challenges for the benefit of the service",
        "Do I have the courage to challenge beyond my remit even when it may involve "
        "considerable personal risk?",
    ],
]  # fmt: skip

TEAM = [
    ("Junior level", "be familiar with the language and tools your team uses."),
    ("Junior level", "follow coding conventions/styleguides for your language"),
    ("Mid level", "share knowledge of tools and techniques with your wider team"),
    ("Senior level", "Support and coach more junior members of the team"),
]
PLANNING = [
    ("Mid level", "You estimate the complexity of various solutions to a story within a project."),
    ("Mid level", "You can identify when there is not enough information to estimate a story "
     "successfully."),
    ("Senior level", "You suggest ways to reduce/change the scope of stories and epics when it "
     "becomes clear that they have been scoped in a way that makes it hard to deliver."),
]  # fmt: skip


def _nhs(tmp_path, name="Inspiring shared purpose"):
    book = Workbook()
    sheet = book.active
    sheet.title = name
    for row in NHS:
        sheet.append(row)
    for first, last in ((7, 8), (10, 11)):  # level and headline merged down their rows
        sheet.merge_cells(f"A{first}:A{last}")
        sheet.merge_cells(f"B{first}:B{last}")
    path = tmp_path / "hlm-mapping.xlsx"
    book.save(path)
    return path


def _gds(tmp_path, *, top_down=False, title=None):
    """The GDS workbook; with ``title``, every sheet (named C1, C2) has title lines."""
    book = Workbook()
    cover = book.active
    cover.title = "Read me"
    cover.append(["The technologist's career path at GDS"])
    cover.append(["Use a sheet per competency. Rate each indicator in the Notes column."])
    for n, (name, rows) in enumerate((("Building software as a team", TEAM),
                                      ("Planning and estimating", PLANNING))):  # fmt: skip
        sheet = book.create_sheet(f"C{n + 1}" if title else name)
        for line in [title, name] if title else []:
            sheet.append([line])
        sheet.append(["Level", "Indicator", "Notes"])
        rows = sorted(rows, key=lambda r: r[0] != "Senior level") if top_down else rows
        for k, (level, text) in enumerate(rows):
            written = n or k == 0 or level != rows[k - 1][0]  # once over its rows, on sheet 1
            sheet.append([level if written else None, text, None])
        if n == 1:  # this sheet merges each level's cells down its rows, as people do
            first = sheet.max_row - len(rows) + 1
            for k in range(1, len(rows)):
                if rows[k][0] == rows[k - 1][0]:
                    sheet.merge_cells(f"A{first + k - 1}:A{first + k}")
    path = tmp_path / "gds-career-path.xlsx"
    book.save(path)
    return path


def _cells(result):
    frame = result.framework.indicators
    return list(zip(frame["competency"], frame["level_name"], frame["text"], strict=True))


def _messages(result):
    return " ".join(result.report.to_frame()["message"])


def test_nhs_mapping_template_reads_the_title_line_as_the_competency(tmp_path):
    result = compkit.ingest(_nhs(tmp_path, name="Sheet1"))
    fw = result.framework
    assert result.report.layout == "long"
    assert fw.title == "Healthcare Leadership Model"
    assert [c.name for c in fw.competency_records] == ["Inspiring shared purpose"]
    assert [lv.name for lv in fw.level_records] == [
        "Essential",
        "Proficient",
        "Strong",
        "Exemplary",
    ]
    isp = "Inspiring shared purpose"
    assert _cells(result) == [
        (isp, "Essential", NHS[6][2]),
        (isp, "Essential", NHS[7][2]),  # the level cell merged down: the level above
        (isp, "Proficient", NHS[8][2]),
        (isp, "Strong", NHS[9][2]),
        (isp, "Strong", NHS[10][2]),
        (isp, "Exemplary", NHS[11][2]),
    ]
    first = result.document["competencies"][0]["indicators"][0]
    assert first["source"] == {"sheet": "Sheet1", "cell": "C7"}
    said = _messages(result)
    assert "named by the title line above the header" in said
    assert "no competency column, so each sheet is a competency" in " ".join(result.report.reasons)
    assert "column 'What it looks like' (6 cells) not read" not in said  # merged: 4 cells
    # one text per level of the sheet's one ladder: the levels' descriptions (twenty-sixth
    # round; was "(4 cells) not read")
    assert "column 'What it looks like' read as the levels' descriptions" in said
    assert fw.level_records[0].description == NHS[6][1]
    assert "'What is it? | Valuing a service ethos" in said  # reported, not lost
    assert "'Healthcare Leadership Model' (above" not in said  # the title is read
    assert "2 rows with a blank level read as the level above them" in said


def test_the_probe_repro_and_the_levels_hint_read_alike(tmp_path):
    """The probe's repro: one sheet named for its competency, Level | Behaviour."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Inspiring shared purpose"
    for row in (["Level", "Behaviour"], ["Essential", "Do I act as a role model?"],
                ["Proficient", "Do I behave consistently?"]):  # fmt: skip
        sheet.append(row)
    path = tmp_path / "r7.xlsx"
    book.save(path)
    plain = compkit.ingest(path)
    hinted = compkit.ingest(path, levels=["Essential", "Proficient"])
    long = compkit.ingest(path, layout="long")
    for result in (plain, hinted, long):
        assert _cells(result) == [
            ("Inspiring shared purpose", "Essential", "Do I act as a role model?"),
            ("Inspiring shared purpose", "Proficient", "Do I behave consistently?"),
        ]
    assert "named by the sheet's name" in _messages(plain)


def test_gds_workbook_a_sheet_per_competency_and_a_read_me(tmp_path):
    result = compkit.ingest(_gds(tmp_path))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == [
        "Building software as a team",
        "Planning and estimating",
    ]
    assert [lv.name for lv in fw.level_records] == ["Junior level", "Mid level", "Senior level"]
    expected = [("Building software as a team", lv, t) for lv, t in TEAM] + [
        ("Planning and estimating", lv, t) for lv, t in PLANNING
    ]
    assert _cells(result) == expected
    said = _messages(result)
    assert "sheet 'Read me' not read as the framework" in said
    # one level written once over two rows, one merged down two rows
    assert "2 rows with a blank level read as the level above them" in said
    assert "levels ranked in order of first appearance" in said
    assert "Notes" not in said  # an empty column to fill in is nothing left unread


def test_levels_listed_top_down_take_the_order_given(tmp_path):
    path = _gds(tmp_path, top_down=True)
    seen = compkit.ingest(path).framework
    # met Senior, Junior, Mid: ranked by their words' seniority (was first appearance, Senior)
    assert [lv.name for lv in seen.level_records] == ["Junior level", "Mid level", "Senior level"]
    given = ["Junior level", "Mid level", "Senior level"]
    fw = compkit.ingest(path, levels=given).framework
    assert [lv.name for lv in fw.level_records] == given
    assert len(fw.indicator_records) == len(TEAM) + len(PLANNING)
    # a level given that heads no row is left out, reported, as in any long sheet
    more = compkit.ingest(path, levels=["Trainee", *given])
    assert [lv.name for lv in more.framework.level_records] == given
    assert "left out: Trainee" in _messages(more)


def test_a_title_every_sheet_repeats_is_the_frameworks_and_the_next_names_the_sheet(tmp_path):
    path = _gds(tmp_path, title="The technologist's career path at GDS")
    result = compkit.ingest(path)
    fw = result.framework
    assert fw.title == "The technologist's career path at GDS"
    assert [c.name for c in fw.competency_records] == [
        "Building software as a team",
        "Planning and estimating",
    ]
    assert len(fw.indicator_records) == len(TEAM) + len(PLANNING)
    assert "(above the header row)" not in _messages(result)


def test_level_columns_sheets_under_one_shared_title_stay_apart(tmp_path):
    """The level-columns reading names its sheets the same way (it once took the title)."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in {
        "Coding": [
            ["Novice", "Skilled", "Expert"],
            ["You write tests.", "You design.", "You lead."],
        ],
        "Teamwork": [["Novice", "Skilled", "Expert"], ["You share.", "You run a retro.", None]],
    }.items():
        sheet = book.create_sheet(name)
        sheet.append(["Acme engineering ladder"])
        for row in rows:
            sheet.append(row)
    path = tmp_path / "ladder.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert result.report.layout == "level-columns"
    assert [c.name for c in result.framework.competency_records] == ["Coding", "Teamwork"]
    assert len(result.framework.indicator_records) == 5
    assert result.framework.title == "Acme engineering ladder"
    assert "(above the header row)" not in _messages(result)


def test_a_csv_with_a_title_line_and_a_level_column(tmp_path):
    path = tmp_path / "planning.csv"
    lines = ["Planning and estimating", "Level,Indicator"]
    lines += [f'{lv},"{t}"' for lv, t in PLANNING]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = compkit.ingest(path)
    assert _cells(result) == [("Planning and estimating", lv, t) for lv, t in PLANNING]


def test_a_long_sheet_with_a_competency_column_is_read_as_before(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet.append(["Competency", "Level", "Behaviour"])
    for level, text in TEAM:
        sheet.append(["Building software as a team", level, text])
    notes = book.create_sheet("Notes")
    notes.append(["Written from the GDS career path."])
    path = tmp_path / "long.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert result.report.layout == "long"
    assert _cells(result) == [("Building software as a team", lv, t) for lv, t in TEAM]
    assert "each sheet is a competency" not in " ".join(result.report.reasons)


@pytest.mark.parametrize(
    ("header", "hint", "message"),
    [
        (
            ["Level", "What it looks like", "Evidence"],
            "text_from",
            "a level column ('Level') but no statement column; name the column that holds "
            "the statements with text_from",
        ),
        (
            ["Grade band", "Behaviour"],
            "level_from",
            "no column names a level; name the column that holds each row's level with "
            "level_from, or give levels=",
        ),
    ],
)
def test_refusals_name_a_hint_that_reads_the_sheet(tmp_path, header, hint, message):
    book = Workbook()
    sheet = book.active
    sheet.title = "Teamwork"
    sheet.append(header)
    sheet.append(["Essential", "Staying true to NHS principles and values", ""])
    path = tmp_path / "refused.xlsx"
    book.save(path)
    with pytest.raises(IngestError, match="header row 1") as caught:
        compkit.ingest(path)
    assert message in str(caught.value)
    given = {hint: "What it looks like" if hint == "text_from" else "Grade band"}
    assert compkit.ingest(path, **given).framework.indicator_records  # the hint named reads it


TEAM_CELLS = {  # GDS "Building software as a team": each level's list in one cell, as pasted
    "Junior level": [t for lv, t in TEAM if lv == "Junior level"],
    "Mid level": [t for lv, t in TEAM if lv == "Mid level"]
    + ["participate in support operations in hours or out of hours (as part of an on-call rota)"],
}


@pytest.mark.parametrize("competency_column", [False, True])
def test_a_cell_listing_a_levels_statements_is_a_statement_per_item(tmp_path, competency_column):
    book = Workbook()
    sheet = book.active
    sheet.title = "Building software as a team"
    sheet.append(["Competency"] * competency_column + ["Level", "Indicators"])
    for level, texts in TEAM_CELLS.items():
        cell = "You should:\n\n" + "\n".join(f"- {t}" for t in texts)
        sheet.append(["Building software as a team"] * competency_column + [level, cell])
    path = tmp_path / "cells.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert _cells(result) == [
        ("Building software as a team", lv, t) for lv, texts in TEAM_CELLS.items() for t in texts
    ]
    assert result.framework.stem == "You should:"
    assert "2 cells listing several items read as a statement per item" in _messages(result)


def test_a_summary_sheet_first_and_a_levels_sheet_give_way_and_order(tmp_path):
    """A rating summary (Competency | Level | Rating) ties with the competency sheets' headers."""
    from openpyxl import load_workbook

    path = _gds(tmp_path, top_down=True)
    book = load_workbook(path)
    summary = book.create_sheet("Summary", 0)
    summary.append(["Competency", "Level", "Rating"])
    summary.append(["Building software as a team", "Mid level", 3])
    levels = book.create_sheet("Levels")
    for row in (["Level", "Rank"], ["Junior level", 1], ["Mid level", 2], ["Senior level", 3]):
        levels.append(row)
    book.save(path)
    result = compkit.ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == [
        "Building software as a team",
        "Planning and estimating",
    ]
    assert [lv.name for lv in fw.level_records] == ["Junior level", "Mid level", "Senior level"]
    assert len(fw.indicator_records) == len(TEAM) + len(PLANNING)
    said = _messages(result)
    assert "sheet 'Summary' not read as the framework" in said
    assert "level order taken from sheet 'Levels'" in said
