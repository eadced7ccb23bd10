"""A sheet that lists, per competency, the levels it is defined at (ingest.declaredlevels).

Probe 11 read SFIA 8's workbook (``sfia-8_en_220221.xlsx``, © SFIA Foundation, read but not
copied here): a row per skill, a column per level ("Level 1 description" ... "Level 7
description") and, left of them, seven columns under one header "Levels" holding the levels each
skill has ("5", "6", "7" on Strategic planning's row). Its 352 blank cells at the levels left out
were read as empty, and the checker flagged each (S001). The fixtures below are self-written in
that shape, and in two others: one cell listing the levels ("Available levels": "2, 3"), and a
"Grades" column naming levels by name or as a range.
"""

from __future__ import annotations

import compkit


def _book(tmp_path, head, rows, name="skills.xlsx"):
    openpyxl = __import__("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Skills"
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _undefined(result) -> dict[tuple[str, str], str]:
    return {
        (c["id"], u["level"]): u["note"]
        for c in result.document["competencies"]
        for u in c.get("undefined", [])
    }


def _empty_cells(result) -> list[tuple[str, str]]:
    frame = compkit.check(result.framework, select=["S001"]).to_frame()
    return sorted(zip(frame["competency_id"], frame["level"], strict=True))


def test_sfia_shape_seven_level_columns_under_one_merged_header(tmp_path):
    head = ["#", "Levels", *[None] * 6, "Code", "Skill", "Overall description"]
    head += [f"Level {n} description" for n in range(1, 8)]
    plan = [None] * 4 + ["Plans a team's work.", "Sets plans for a unit.", "Leads planning."]
    code = [None, "Writes code.", "Designs modules.", "Leads design.", None, None, None]
    rows = [
        [1, None, None, None, None, 5, 6, 7, "PLAN", "Planning", "Planning.", *plan],
        [2, None, 2, 3, 4, None, None, None, "CODE", "Coding", "Coding.", *code],
        # a level listed but left blank is a real gap: still read as empty
        [3, 1, 2, None, None, None, None, None, "TEST", "Testing", "Testing.", "Runs tests."],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    undefined = _undefined(result)
    assert undefined[("planning", "level-1")] == "not listed in Levels: 5, 6, 7"
    assert {lv for c, lv in undefined if c == "planning"} == {f"level-{n}" for n in range(1, 5)}
    assert {lv for c, lv in undefined if c == "coding"} == {
        "level-1",
        *(f"level-{n}" for n in (5, 6, 7)),
    }
    assert ("testing", "level-2") not in undefined
    assert _empty_cells(result) == [("testing", "level-2")]
    guesses = [e.message for e in result.report.notes if e.kind == "guess"]
    assert any("'Levels' (B1, C1, D1, E1, F1, G1, H1) read as the levels" in g for g in guesses)
    assert any("13 blank cells not listed" in g for g in guesses)
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert not any("Levels" in u or "column 3 " in u for u in unused)
    assert any("'#'" in u for u in unused)  # row numbers are not a listing


def test_one_cell_listing_the_levels(tmp_path):
    head = ["Competency", "Available levels", "Foundation", "Practitioner", "Expert"]
    rows = [
        ["Listening", "2, 3", None, "Listens to others.", "Coaches others in listening."],
        ["Writing", "1,2,3", "Writes notes.", "Writes reports.", None],
        ["Budgeting", "3", None, None, "Owns a budget."],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    undefined = _undefined(result)
    assert undefined == {
        ("listening", "foundation"): "not listed in Available levels: 2, 3",
        ("budgeting", "foundation"): "not listed in Available levels: 3",
        ("budgeting", "practitioner"): "not listed in Available levels: 3",
    }
    assert _empty_cells(result) == [("writing", "expert")]


def test_grades_by_name_and_by_range(tmp_path):
    head = ["Skill", "Grades", "Grade 7", "Grade 8", "Grade 9", "Grade 10"]
    rows = [
        ["Analysis", "Grade 8 to Grade 10", None, "Analyses data.", "Leads analysis.", "Sets it."],
        ["Filing", "G7", "Files records.", None, None, None],
        ["Audit", "9-10", None, None, "Audits a unit.", "Audits the body."],
    ]
    rows[1][1] = "7, 8"
    result = compkit.ingest(_book(tmp_path, head, rows))
    undefined = _undefined(result)
    assert set(undefined) == {
        ("analysis", "grade-7"),
        ("filing", "grade-9"),
        ("filing", "grade-10"),
        ("audit", "grade-7"),
        ("audit", "grade-8"),
    }
    assert undefined[("audit", "grade-8")] == "not listed in Grades: 9-10"
    assert _empty_cells(result) == [("filing", "grade-8")]


def test_a_listing_that_leaves_out_a_level_with_statements_is_not_read(tmp_path):
    # "Typical" names one level on rows that define more: it says something else
    head = ["Competency", "Typical", "Level 1", "Level 2", "Level 3"]
    rows = [
        ["Listening", "2", None, "Listens to others.", "Coaches others."],
        ["Writing", "1", "Writes notes.", None, None],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    assert _undefined(result) == {}
    assert ("listening", "level-1") in _empty_cells(result)
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert any("'Typical'" in u for u in unused)


def test_a_column_of_other_words_is_not_a_listing(tmp_path):
    head = ["Competency", "Owner", "Level 1", "Level 2"]
    rows = [
        ["Listening", "HR", None, "Listens to others."],
        ["Writing", "Comms", "Writes notes.", "Writes reports."],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    assert _undefined(result) == {}
    assert _empty_cells(result) == [("listening", "level-1")]


def test_a_long_sheet_repeating_each_competency_s_levels(tmp_path):
    head = ["Competency", "Levels", "Level", "Indicator"]
    rows = [
        ["Listening", "1-2", "Level 1", "Listens to others."],
        ["Listening", "1-2", "Level 2", "Coaches others in listening."],
        ["Budgeting", "2, 3", "Level 2", "Keeps a budget."],
        ["Budgeting", "2, 3", "Level 3", "Owns a budget."],
        ["Writing", "1, 2, 3", "Level 1", "Writes notes."],
        ["Writing", "1, 2, 3", "Level 3", "Writes policy."],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    assert _undefined(result) == {
        ("listening", "level-3"): "not listed in Levels: 1-2",
        ("budgeting", "level-1"): "not listed in Levels: 2, 3",
    }
    assert _empty_cells(result) == [("writing", "level-2")]
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert not any("Levels" in u for u in unused)


def test_a_long_sheet_column_naming_each_row_s_own_level_is_not_a_listing(tmp_path):
    # "Step" gives each row's level again: it varies within a competency, so it lists nothing
    head = ["Competency", "Step", "Level", "Indicator"]
    rows = [
        ["Listening", "1", "Level 1", "Listens to others."],
        ["Listening", "2", "Level 2", "Coaches others in listening."],
        ["Budgeting", "2", "Level 2", "Keeps a budget."],
        ["Budgeting", "3", "Level 3", "Owns a budget."],
    ]
    result = compkit.ingest(_book(tmp_path, head, rows))
    assert _undefined(result) == {}
    assert _empty_cells(result) == [("budgeting", "level-1"), ("listening", "level-3")]
