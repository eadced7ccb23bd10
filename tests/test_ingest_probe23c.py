"""Sheets, CSV and data files (round 23, C): what a user's day found.

- A data file listing one skill per job position, each with its own statements at the same
  level words (``{"name": "React", "positionId": 2, "basic": ...}``), read every position's
  statements into one competency (five at each level). Objects sharing a name that define a
  level twice are told apart by the key that sorts them (not an ``id``), and grouped by it;
  objects sharing a name at different levels stay one competency.
- pass Culture's data skills matrix (MIT; ``tests/data/ingest/probe23-sheets/``), a YAML file
  per category ("category: {id, name}" beside "skills: [...]"), each skill's behavioural
  indicators in an object keyed by level numbers and its own words per level
  (``level_descriptions``), was refused (0 of 1,091 statements over its 14 files). The
  indicators are read by level, the words per level kept in the skill's description, the
  category is the group, and a "skills" list holding one skill is read too (1,091 of 1,091).
- The EM Competency Matrix (MIT), a JSON file per competency ("name", then "L1" … "L6", each
  level an object ``{"summary": ..., "detail": ...}``), was refused: a file whose object is
  one named competency is read, each level's text parts a statement each (0 → 164 of 285; the
  other 121 stand in files naming no competency, still refused).
- Broken workbooks and CSV files (25 swept): a formula's error cell ("#REF!") was read as a
  statement; a date where a level's name stands (Excel's "1-2" turned into 2024-01-02) dropped
  its column from the header, or became a level of a long sheet; a CSV row split by a comma
  not quoted lost its text past the header silently. Each is refused in one line naming the
  cell (or line), what is there and what was expected, exit 2.

Every other fixture here is our own text, laid out in the shapes of the public files measured.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import openpyxl
import pytest

from compkit.cli import main
from compkit.ingest import ingest

DATA = Path(__file__).parent / "data" / "ingest" / "probe23-sheets"


def _skill(n, name, position, words):
    levels = ("basic", "low", "medium", "high", "expert")
    return {"id": n, "name": name, "positionId": position} | {
        lv: f"{words} at the {lv} stage." for lv in levels
    }


def _write(tmp_path, rows, name="skills.json"):
    path = tmp_path / name
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return path


def test_objects_sharing_a_name_at_the_same_levels_are_told_apart_by_their_position(tmp_path):
    rows = [
        _skill(1, "Git", 1, "Commits small changes"),
        _skill(2, "Testing", 1, "Writes unit tests"),
        _skill(3, "Git", 2, "Reviews the branches of others"),
        _skill(4, "Delivery", 2, "Plans the releases"),
    ]
    result = ingest(_write(tmp_path, rows))
    fw = result.framework
    names = [c.name for c in fw.competency_records]
    assert names == ["Git (position 1)", "Testing", "Git (position 2)", "Delivery"]
    assert [g.name for g in fw.group_records] == ["Position 1", "Position 2"]
    assert [c.group for c in fw.competency_records] == [
        "position-1", "position-1", "position-2", "position-2"
    ]  # fmt: skip
    counts = fw.indicators.groupby("competency_id").size()
    assert counts.to_dict() == {
        "delivery": 5, "git-position-1": 5, "git-position-2": 5, "testing": 5
    }  # fmt: skip
    messages = result.report.to_frame()["message"].tolist()
    said = next(m for m in messages if m.startswith("1 name given to more than one object"))
    assert "told apart by their 'positionId'" in said
    assert "'Git (position 1)', 'Git (position 2)'" in said
    assert any(m == "the data not read: id (4 values)" for m in messages)


def test_objects_sharing_a_name_at_other_levels_are_one_competency(tmp_path):
    rows = [
        {"id": 1, "name": "Git", "positionId": 1, "novice": "Commits small changes often.",
         "beginner": "Creates branches for features.", "intermediate": "Resolves merge conflicts."},
        {"id": 2, "name": "Git", "positionId": 2, "advanced": "Rewrites history with care.",
         "expert": "Designs the branching model.", "master": "Owns the repository policy."},
        {"id": 3, "name": "Testing", "positionId": 1, "novice": "Runs the test suite.",
         "beginner": "Writes unit tests alone.", "intermediate": "Writes integration tests."},
    ]  # fmt: skip
    result = ingest(_write(tmp_path, rows))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Git", "Testing"]
    assert (fw.indicators["competency_id"] == "git").sum() == 6
    messages = result.report.to_frame()["message"].tolist()
    assert any(
        m == "1 name given to more than one object ('Git' ×2): their levels apart, each name's "
        "statements read into one competency"
        for m in messages
    )


def test_objects_sharing_a_name_with_no_key_to_part_them_are_said_to_clash(tmp_path):
    rows = [_skill(1, "Git", 1, "Commits small changes"), _skill(2, "Git", 2, "Reviews code")]
    for row in rows:
        del row["positionId"]
    result = ingest(_write(tmp_path, rows))
    assert [c.name for c in result.framework.competency_records] == ["Git"]
    messages = result.report.to_frame()["message"].tolist()
    assert any(
        "defining the same levels twice ('basic', 'low', 'medium', ...): each name's statements "
        "read into one competency, as no key of theirs tells the objects apart" in m
        for m in messages
    )


def test_a_skills_matrix_keeping_indicators_under_level_numbers_is_read():
    result = ingest(DATA / "dsm-programming.yaml")
    fw = result.framework
    assert [g.name for g in fw.group_records] == ["Stack Data - Programmation"]
    assert [c.name for c in fw.competency_records] == [
        "Python (Data)", "Python Backend & APIs", "Connecteurs ETL"
    ]  # fmt: skip
    assert list(fw.levels["level_name"]) == [f"Level {n}" for n in range(1, 7)]
    counts = fw.indicators.groupby(["competency_id", "level_rank"]).size()
    assert counts["python-data"].tolist() == [4, 5, 5, 4, 4, 4]
    assert len(fw.indicators) == 72
    first = fw.indicator_records[0]
    assert first.text == "Je peux lire un CSV avec pandas et faire des filtres basiques"
    description = fw.competency_records[0].description.split("\n\n")
    assert description[:3] == [
        "Programmation Python pour le data (pandas, numpy, pyarrow, uv)",
        "Level 0: Aucune connaissance Python",
        "Level 1: J'écris des scripts basiques et j'utilise pandas simplement",
    ]
    assert len(description) == 8
    messages = result.report.to_frame()["message"].tolist()
    assert any(
        "in a 'behavioral_indicators' object under level keys (1 ... 6)" in m for m in messages
    )
    unread = next(m for m in messages if m.startswith("the data not read"))
    assert "level_descriptions" not in unread
    assert "name" not in unread.split(": ", 1)[1].split(", ")


def test_a_skills_list_holding_one_skill_is_read():
    fw = ingest(DATA / "dsm-visualization.yaml").framework
    assert [c.name for c in fw.competency_records] == ["Design de Dashboards & Outils BI"]
    assert [g.name for g in fw.group_records] == ["Visualisation"]
    assert len(fw.indicators) == 24


@pytest.mark.parametrize("key", ["indicators", "key_behaviours"])
def test_statements_keyed_by_level_words_under_a_statement_key(tmp_path, key):
    skills = [
        {"name": "Testing", key: {"beginner": ["Runs the test suite."],
                                  "expert": ["Designs the test strategy."]}},
        {"name": "Delivery", key: {"beginner": ["Ships small changes."],
                                   "expert": ["Plans the releases."]}},
    ]  # fmt: skip
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"skills": skills}), encoding="utf-8")
    fw = ingest(path).framework
    assert list(fw.levels["level_name"]) == ["beginner", "expert"]
    assert len(fw.indicators) == 4


def test_statements_under_a_statement_key_keyed_by_other_words_are_no_levels(tmp_path):
    skills = [
        {"name": "Testing", "indicators": {"positive": ["Runs the test suite."],
                                           "negative": ["Skips the tests."]}},
        {"name": "Delivery", "indicators": {"positive": ["Ships small changes."],
                                            "negative": ["Ships untested work."]}},
    ]  # fmt: skip
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"skills": skills}), encoding="utf-8")
    with pytest.raises(Exception, match="no competency framework found"):
        ingest(path)


def test_a_data_file_holding_one_competency_with_levels_in_parts_is_read(tmp_path):
    data = {
        "name": "Mentoring",
        "cited_from": "Our own words",
        "L1": {"summary": "Builds rapport with the mentee.", "detail": "Listens first."},
        "L2": {"summary": "Helps the mentee see the problem.", "detail": ""},
        "L3": {"summary": "Agrees clear goals with the mentee.", "detail": "Writes them down."},
    }
    path = tmp_path / "mentoring.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Mentoring"]
    assert list(fw.levels["level_name"]) == ["Level 1", "Level 2", "Level 3"]
    assert fw.indicators["text"].tolist() == [
        "Builds rapport with the mentee.", "Listens first.",
        "Helps the mentee see the problem.",
        "Agrees clear goals with the mentee.", "Writes them down.",
    ]  # fmt: skip
    assert fw.indicators["source_lines"].iloc[0] == "5"
    messages = result.report.to_frame()["message"].tolist()
    assert any("the data not read: cited_from" in m for m in messages)
    assert result.report.reasons[-1].endswith(
        "one competency ('Mentoring'), holding its statements under level keys ('L1' ... 'L3')"
    )


def _workbook(tmp_path, rows, name="skills.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Skills"
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


_WIDE = [
    ["Competency", "Level 1", "Level 2", "Level 3"],
    ["Communication", "Listens to others.", "Explains complex ideas.", "Shapes the message."],
    ["Delivery", "Completes tasks.", "Plans own work.", "Plans the team's work."],
]


def _refused(tmp_path, capsys, path):
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    return err


def test_a_formula_error_cell_is_refused_naming_the_cell(tmp_path, capsys):
    rows = [list(r) for r in _WIDE]
    rows[1][2] = "#REF!"
    err = _refused(tmp_path, capsys, _workbook(tmp_path, rows))
    assert "sheet 'Skills', cell C2 holds Excel's error #REF! (a formula that failed)" in err
    assert "paste them as values" in err


def test_a_date_in_the_header_where_a_level_stands_is_refused(tmp_path, capsys):
    rows = [list(r) for r in _WIDE]
    rows[0][2] = datetime.datetime(2024, 1, 2)
    err = _refused(tmp_path, capsys, _workbook(tmp_path, rows))
    assert "sheet 'Skills', cell C1 holds a date (2024-01-02) where a level's name" in err
    assert "beside 'Level 1', 'Level 3'" in err


def test_a_date_in_a_long_sheets_level_column_is_refused(tmp_path, capsys):
    rows = [
        ["Competency", "Level", "Behaviour"],
        ["Communication", 1, "Listens to others."],
        ["Communication", datetime.datetime(2024, 1, 2), "Explains complex ideas."],
    ]
    err = _refused(tmp_path, capsys, _workbook(tmp_path, rows))
    assert "cell B3 holds a date (2024-01-02) where a level's name was expected" in err


def test_a_date_in_another_column_is_read(tmp_path):
    rows = [[*r, "Reviewed"] if i == 0 else [*r, datetime.datetime(2024, 1, 2)]
            for i, r in enumerate(_WIDE)]  # fmt: skip
    assert len(ingest(_workbook(tmp_path, rows)).framework.indicators) == 6


def test_a_csv_row_split_by_a_comma_not_quoted_is_refused(tmp_path, capsys):
    path = tmp_path / "skills.csv"
    path.write_text(
        "Competency,Level 1,Level 2\n"
        "Communication,Listens to others, always.,Explains ideas.\n"
        "Delivery,Completes tasks.,Plans own work.\n",
        encoding="utf-8",
    )
    err = _refused(tmp_path, capsys, path)
    assert "line 2 has text in 1 cell past the header's 3 columns ('Explains ideas.')" in err
    assert "put each cell holding the delimiter in double quotes" in err


def test_a_csv_note_standing_past_the_header_alone_is_no_split_row(tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text(
        "Competency,Level 1,Level 2\n"
        "Communication,Listens to others.,Explains ideas.\n"
        "Delivery,Completes tasks.,Plans own work.\n"
        ",,,,Exported 2019-10-02\n",
        encoding="utf-8",
    )
    assert len(ingest(path).framework.indicators) == 4


def test_a_group_given_by_id_and_by_name_is_named(tmp_path):
    skills = [
        {"name": "SQL", "category": "analytics", "category_name": "Analytics",
         "level1": "Writes simple queries.", "level2": "Tunes slow queries."},
        {"name": "Airflow", "category": "engineering", "category_name": "Engineering",
         "level1": "Runs existing DAGs.", "level2": "Writes new DAGs."},
    ]  # fmt: skip
    path = tmp_path / "skills.json"
    path.write_text(json.dumps({"skills": skills}), encoding="utf-8")
    result = ingest(path)
    assert [g.name for g in result.framework.group_records] == ["Analytics", "Engineering"]
    unread = [m for m in result.report.to_frame()["message"] if m.startswith("the data not")]
    assert unread == ["the data not read: category (2 values)"]
