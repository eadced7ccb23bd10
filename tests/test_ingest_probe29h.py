"""Probe 29 (H): spreadsheets and CSV; what the twenty-eighth round left, and a statement's note.

A long sheet's group column written on each of its rows ("Level | Area | Competency |
Behaviour", the area repeated down its rows, blank on the rows of no area) was left unread:
a blank cell was taken for the name above it, so "Scope" fell under two areas
(:func:`compkit.ingest.namecolumns.long_group`). A workbook with a sheet per level named
each level by its tab ("IC2"), the title line above the header ("IC2 Security Engineer") and
the paragraph under it reported as unread (:mod:`compkit.ingest.sheetheads`). A column of
evidence, examples or notes beside a long sheet's statements was reported as not read; it
is now each statement's ``note``, word for word (:mod:`compkit.ingest.longrows`). The
fixtures under ``tests/data/probe29h`` are self-written (see its README).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from compkit.ingest import ingest

DATA = Path(__file__).parent / "data" / "probe29h"


def _cells(result) -> Counter:
    rows = result.framework.indicators
    groups = [g if isinstance(g, str) and g else None for g in rows["group"]]
    return Counter(zip(groups, rows["competency"], rows["level_name"], rows["text"], strict=True))


def _said(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_a_long_sheets_group_written_on_each_row_leaves_a_blank_cell_under_no_group(
    tmp_path,
):
    import csv

    path = DATA / "area-every-row.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    result = ingest(path)
    assert _cells(result) == Counter(
        (r["Area"] or None, r["Competency"], r["Level"], r["Behaviour"]) for r in rows
    )
    groups = result.framework.competencies.set_index("competency")["group"]
    assert groups.to_dict() == {"Scope": "", "Code": "Craft", "Mentoring": "People"}
    assert (
        "column 'Area' read as the competencies' groups (a name over several competencies; a "
        "blank cell names no group: the name is written on each of its rows)" in _said(result)
    )
    # the merged reading comes first: a blank cell under a name repeats it where that puts
    # every competency under one group
    path = tmp_path / "merged.csv"
    path.write_text(
        "Level,Area,Competency,Behaviour\n"
        "1,Craft,Code,I write code that others can read.\n"
        "1,,Testing,I test the code I change.\n"
        "1,People,Mentoring,I ask for feedback and act on it.\n"
        "2,Craft,Code,I review my peers' code with care.\n"
        "2,,Testing,I design the tests of a feature.\n"
        "2,People,Mentoring,I help new joiners find their way.\n",
        encoding="utf-8",
    )
    result = ingest(path)
    groups = result.framework.competencies.set_index("competency")["group"]
    assert groups.to_dict() == {
        "Code": "Craft",
        "Testing": "Craft",
        "Mentoring": "People",
    }
    assert not any("a blank cell names no group" in m for m in _said(result))


def test_a_column_of_evidence_beside_the_statements_is_each_statements_note():
    result = ingest(DATA / "evidence.csv")
    rows = result.framework.indicators
    notes = dict(zip(rows["text"], rows["note"], strict=True))
    assert notes == {
        "Writes tests for the code they change": (
            "Evidence: Added unit tests to the billing module\n\nNotes: Ask for a pull request"
        ),
        "Designs the test plan of a feature": (
            "Evidence: Planned the tests of checkout\nacross three teams"
        ),
        "Sketches a component before building it": "",
        # a note beside a cell of two statements is each one's, as in a table in text
        "Leads the design review of a service": "Evidence: Ran the review of the payments service",
        "Records the decisions of the review": "Evidence: Ran the review of the payments service",
    }
    said = _said(result)
    assert (
        "columns 'Evidence', 'Notes' read as the note of the statement on its row, word for word "
        "(3 notes; a note beside several statements copied to each: 1 note over 2 statements)"
        in said
    )
    assert not any("is in no statement's note" in m for m in said)
    assert not any(m.startswith("column 'Evidence'") and "not read" in m for m in said)


def test_a_note_beside_a_cell_of_lines_is_each_lines_note(tmp_path):
    # a cell of lines without stops is a statement a line: the note beside it is each one's
    path = tmp_path / "lines.csv"
    path.write_text(
        "Competency,Level,Behaviour,Evidence\n"
        'Testing,Junior,"Writes unit tests\nRuns the suite before a merge",Billing tests\n'
        "Testing,Senior,Designs the test plan of a feature,Checkout plan\n",
        encoding="utf-8",
    )
    rows = ingest(path).framework.indicators
    assert rows["note"].tolist() == ["Billing tests", "Billing tests", "Checkout plan"]


def test_evidence_run_on_below_a_blank_statement_joins_the_note_above(tmp_path):
    # R's controw.csv: a row with nothing but evidence carries on the row above it
    path = tmp_path / "controw.csv"
    path.write_text(
        "Competency,Level,Behaviour,Evidence\n"
        "Testing,Junior,Writes tests for the code they change,Added unit tests to billing\n"
        ",,,Also added tests to search\n"
        "Testing,Senior,Designs the test plan of a feature,Planned checkout tests\n"
        "Design,Junior,Sketches a component before building it,\n"
        ",,,Sketched the login page\n",
        encoding="utf-8",
    )
    result = ingest(path)
    rows = result.framework.indicators
    assert dict(zip(rows["text"], rows["note"], strict=True)) == {
        "Writes tests for the code they change": (
            "Added unit tests to billing\nAlso added tests to search"
        ),
        "Designs the test plan of a feature": "Planned checkout tests",
        "Sketches a component before building it": "Sketched the login page",
    }
    said = _said(result)
    assert not any("passed over" in m for m in said)
    assert any("2 rows with a note alone read as more of the note above" in m for m in said)
    # a competency's heading row (a name, no statement) is still passed over, and its note
    # joins nothing
    path.write_text(
        "Competency,Level,Behaviour,Evidence\n"
        "Testing,Junior,Writes tests for the code they change,Added unit tests\n"
        "Design,,,Heading note\n"
        "Design,Junior,Sketches a component before building it,Sketched\n",
        encoding="utf-8",
    )
    rows = ingest(path).framework.indicators
    assert rows["note"].tolist() == ["Added unit tests", "Sketched"]


def test_a_single_note_column_keeps_its_cell_as_written_and_writes_it_to_the_yaml(
    tmp_path,
):
    path = tmp_path / "ladder.csv"
    path.write_text(
        "Level,Expectation,Example\n"
        "Junior,Writes tests for the code they change,Added unit tests to billing last quarter\n"
        "Senior,Designs the test plan of a feature,Planned the tests of the new checkout\n",
        encoding="utf-8",
    )
    result = ingest(path)
    assert result.framework.indicators["note"].tolist() == [
        "Added unit tests to billing last quarter",
        "Planned the tests of the new checkout",
    ]
    assert "note: Added unit tests to billing last quarter" in result.to_yaml()


def test_a_remark_repeated_down_a_competencys_rows_is_no_statements_note(tmp_path):
    # "Notes" saying one thing of a whole competency, row after row, is not said of each
    # statement: left to the columns read after the rows (reported, not a note)
    path = tmp_path / "remarks.csv"
    path.write_text(
        "Competency,Level,Behaviour,Notes\n"
        "Testing,1,Writes tests for the code they change,Under review\n"
        "Testing,2,Designs the test plan of a feature,Under review\n"
        "Design,1,Sketches a component before building it,Under review\n"
        "Design,2,Leads the design review of a service,Under review\n",
        encoding="utf-8",
    )
    result = ingest(path)
    assert set(result.framework.indicators["note"]) == {""}
    assert not any("read as the note" in m for m in _said(result))


def test_a_level_sheets_title_line_names_the_level_and_its_paragraph_describes_it(
    tmp_path,
):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for tab, title, summary, lines in [
        (
            "IC1",
            "IC1 Data Engineer",
            "I deliver well-scoped tasks with guidance.",
            ["a", "b"],
        ),
        ("IC2", "IC2 Data Engineer", "I deliver features on my own.", ["c"]),
        (
            "IC3",
            "IC3 Senior Data Engineer",
            "I lead projects across my team.",
            ["d", "e"],
        ),
    ]:
        sheet = book.create_sheet(tab)
        sheet.append([title])
        sheet.append([summary])
        sheet.append([])
        sheet.append(["Competency", "Behaviour"])
        for n, line in enumerate(lines):
            sheet.append(["Delivery" if n == 0 else "Craft", f"I do {line} at {tab}."])
    path = tmp_path / "by-level.xlsx"
    book.save(path)
    result = ingest(path)
    levels = result.framework.levels
    assert levels["level_name"].tolist() == [
        "IC1 Data Engineer",
        "IC2 Data Engineer",
        "IC3 Senior Data Engineer",
    ]
    assert levels["description"].tolist() == [
        "I deliver well-scoped tasks with guidance.",
        "I deliver features on my own.",
        "I lead projects across my team.",
    ]
    rows = result.framework.indicators
    assert rows["level_name"].tolist().count("IC3 Senior Data Engineer") == 2
    said = " ".join(_said(result))
    assert "named in full by the title line above the header" in said
    assert "(above the header row)" not in said
    # a title line naming no level leaves the tab its name
    book = openpyxl.Workbook()
    book.remove(book.active)
    for tab in ("Junior", "Senior"):
        sheet = book.create_sheet(tab)
        sheet.append(["Engineering ladder 2024"])
        sheet.append(["Competency", "Behaviour"])
        sheet.append(["Delivery", f"I deliver as a {tab.lower()} engineer does."])
    path = tmp_path / "ladder.xlsx"
    book.save(path)
    result = ingest(path)
    assert result.framework.levels["level_name"].tolist() == ["Junior", "Senior"]


def test_a_line_on_every_level_sheet_describes_no_level(tmp_path):
    # R's boiler.xlsx: "Confidential" and "Last reviewed" under each title line, the same on
    # every level sheet, describe no level: reported as unread, as before the title lines
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for tab, summary in (("IC1", "I deliver tasks with guidance."), ("IC2", "")):
        sheet = book.create_sheet(tab)
        sheet.append([f"{tab} Data Engineer"])
        sheet.append(["Confidential - for internal use only"])
        if summary:
            sheet.append([summary])
        sheet.append(["Last reviewed by the People team, March 2024"])
        sheet.append([])
        sheet.append(["Competency", "Behaviour"])
        sheet.append(["Delivery", f"I do a at {tab}."])
        sheet.append(["Craft", f"I do b at {tab}."])
    path = tmp_path / "boiler.xlsx"
    book.save(path)
    result = ingest(path)
    levels = result.framework.levels
    assert levels["level_name"].tolist() == ["IC1 Data Engineer", "IC2 Data Engineer"]
    assert levels["description"].fillna("").tolist() == ["I deliver tasks with guidance.", ""]
    said = _said(result)
    for line in ("Confidential - for internal use only", "Last reviewed by the People team"):
        assert sum(m.startswith(f"'{line}") and "(above the header row)" in m for m in said) == 2


# The Financial Times' Engineering Progression keeps each job family as data (MIT, see the
# README): a list of records, each a statement ("summary") naming its level and theme, with
# the "examples" beside it. The examples were reported as data not read (257 values in the
# legacy engineering family); they are each statement's note, a line per example.
FT = DATA / "ft"


def _ft_cells(path: Path) -> Counter:
    """(theme, level, summary, examples a line each) of every record of an FT job family."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    levels = {lv["id"]: lv["name"] for lv in data["levels"]}
    themes = {t["id"]: t["name"] for t in data["themes"]}
    return Counter(
        (
            themes[c["theme"]],
            levels[c["level"]],
            c["summary"].strip(),
            "\n".join(e.strip() for e in c.get("examples") or []),
        )
        for c in data["competencies"]
    )


def test_a_data_records_examples_are_its_statements_note():
    for name, records, noted in (
        ("operations.yml", 48, 48),
        ("engineering-v1.yml", 101, 84),
    ):
        result = ingest(FT / name)
        rows = result.framework.indicators
        read = Counter(
            zip(
                rows["competency"],
                rows["level_name"],
                rows["text"],
                rows["note"],
                strict=True,
            )
        )
        assert read == _ft_cells(FT / name)
        assert len(rows) == records
        said = _said(result)
        assert (
            f"the 'examples' of {noted} records read as their statements' notes, word for word "
            "(a line each)" in said
        )
        assert not any(m.startswith("the data not read") and "examples" in m for m in said)


def test_a_scales_level_numbers_beside_a_column_of_names_take_the_names(tmp_path):
    # DIRECT's scale (round 28's known limit) heads its level numbers "level" and their names
    # "name": the levels were "Level 0" ... "Level 4", the names reported unread. The rows here
    # are self-written in its shape. A file named for levels ("skill_level.csv") is a database's
    # table of levels and refused as a scale (tests/test_ingest_probe29h2.py); this one is not.
    path = tmp_path / "skills.csv"
    path.write_text(
        "name,description,level,short_description,focus\n"
        "Expert,Highly skilled and independent.,2,Leading the skill area,designing new things\n"
        "Working,Has the experience to work alone.,1,Works without help,applying practices\n"
        "None,No ability shown.,0,No ability,\n",
        encoding="utf-8",
    )
    result = ingest(path)
    levels = result.framework.levels
    assert levels["level_name"].tolist() == ["None", "Working", "Expert"]
    said = _said(result)
    assert "column 'name' read as the levels' names, ranked by the numbers of column 'level'" in (
        said
    )
    assert not any(m.startswith("column 'name'") and "not read" in m for m in said)
