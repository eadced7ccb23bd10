"""A long sheet of roles joined to skills, and a skills sheet with a roles column (probe 13).

Probed: the UK government's Digital and Data Profession Capability Framework (Crown copyright,
OGL v3.0) as two CSV files (joelparkerhenderson/navatrack ``priv/repo/seeds/``): its skills
("Skill Name | Skill Description | Awareness | Working | Practitioner | Expert | Roles that
require Skill", 188 rows, "You can:" over each cell's list) and its roles joined to skills (1,825
rows, a row per role level and skill).

Measured before and after (``/tmp/tables13``): the roles CSV read as a *wide* sheet with two
levels named "Skill Level" and "Skill Level Description" (6,788 statements, among them the level
names "Working", "Expert" read as statements); now a long sheet of 4 levels, ranked Awareness,
Working, Practitioner, Expert (the rows meet them in no order), 1,717 statements, each once:
1,223 rows that repeat a skill level's description for another role are read once and said,
28 "NOT IN USE" rows are no level. The skills CSV's "Roles that require Skill" column (188
cells) was not read; now 47 roles, each requiring its skills.

A sheet pairing "Positive indicators | Negative indicators" beside a "Level" column read each
row at its level but also made an empty level "All levels" and said the "Level" column was not
read; now neither.
"""

from __future__ import annotations

import csv
from pathlib import Path

import compkit
from compkit.ingest.tables import find_columns

DATA = Path(__file__).parent / "data" / "ingest" / "probe13-tables"


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_long_sheet_of_roles_and_skills_reads_each_statement_once():
    got = compkit.ingest(DATA / "ddat-roles.csv")
    assert got.report.layout == "long"
    assert [lv["name"] for lv in got.document["levels"]] == ["Working", "Practitioner", "Expert"]
    texts = [
        (comp["id"], ind["level"], ind["text"])
        for comp in got.document["competencies"]
        for ind in comp["indicators"]
    ]
    assert len(texts) == len(set(texts)) == 20
    said = [n.message for n in got.report.notes]
    assert any(m.startswith("1 row repeats a statement read above") for m in said)
    assert any(m.startswith("1 row marked 'NOT IN USE'") for m in said)
    assert "Capability building for digital, data and technology" not in [
        c["name"] for c in got.document["competencies"]
    ]


def test_skill_level_and_its_description_name_a_long_sheets_columns():
    head = ["Role", "Role Level", "Role Level Description", "Skill Name", "Skill Level"]
    head.append("Skill Level Description")
    assert find_columns(head, {}) == {"competency": 3, "level": 4, "text": 5, "roles": 0}
    # a wide sheet's "Level 1 description" columns stay its levels
    assert find_columns(["Skill", "Level 1 description", "Level 2 description"], {}) == {
        "competency": 0,
        "_levels": [1, 2],
        "_sure": False,
    }


def test_levels_met_in_no_order_are_ranked_by_their_words(tmp_path):
    rows = [["Skill", "Skill Level", "Skill Level Description"]]
    for level in ("Working", "Expert", "Awareness", "Practitioner"):
        rows.append(["Testing", level, f"Tests at the {level.lower()} level."])
    got = compkit.ingest(_csv(tmp_path / "skills.csv", rows))
    assert [lv["name"] for lv in got.document["levels"]] == [
        "Awareness",
        "Working",
        "Practitioner",
        "Expert",
    ]


def test_a_roles_that_require_skill_column_names_roles(tmp_path):
    rows = [
        ["Skill Name", "Awareness", "Working", "Roles that require Skill"],
        ["Accessibility", "Knows needs.", "Fixes issues.", "Frontend developer"],
        ["Analysis", "Knows methods.", "Analyses data.", "Business analyst, Service owner"],
    ]
    got = compkit.ingest(_csv(tmp_path / "skills.csv", rows))
    assert [r["name"] for r in got.document["roles"]] == [
        "Frontend developer",
        "Business analyst",
        "Service owner",
    ]


def test_a_level_column_beside_two_side_columns_leaves_no_empty_level(tmp_path):
    rows = [
        ["Competency", "Level", "Positive indicators", "Negative indicators"],
        ["Teamwork", "Level 1", "Shares information.", "Keeps information to self."],
        ["Teamwork", "Level 2", "Builds team spirit.", "Undermines team decisions."],
        ["Delivery", "Level 1", "Meets deadlines.", "Misses deadlines without warning."],
    ]
    got = compkit.ingest(_csv(tmp_path / "sides.csv", rows))
    assert got.report.layout == "effective-ineffective"
    assert [lv["name"] for lv in got.document["levels"]] == ["Level 1", "Level 2"]  # no "All"
    assert not [n for n in got.report.notes if "'Level'" in n.message and "not read" in n.message]
    sides = [i.get("polarity", "effective") for c in got.document["competencies"]
             for i in c["indicators"]]  # fmt: skip
    assert sides.count("ineffective") == 3
