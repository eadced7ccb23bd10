"""Ingest of spreadsheets and CSV downloads met in the eighteenth probe round (helper D).

Three shapes, each pinned on a fixture written here whose text is our own:

- a skills framework downloaded from a database, in the shape of Singapore's Skills Framework
  workbook (SkillsFuture: a sheet "TSC_CCS_K&A", a row per knowledge or ability item, headed
  "TSC_CCS Code | Sector | TSC_CCS Category | TSC_CCS Title | TSC_CCS Description | Proficiency
  Level | Proficiency Description | Knowledge / Ability Classification | Knowledge / Ability
  Items", and a sheet "Job Role_TCS_CCS" listing the level each job role needs of each skill,
  a row per role and skill). It was refused: "a level column but no statement column";
- role profiles beside a workbook with a sheet per competency (they were read beside one
  sheet of statements only, and passed over beside a sheet per competency);
- a CSV download with a row per component skill under a competency written on every row
  ("competency_name | name | description | progression_level_1_emerging ..."), in the
  shape of the XQ Institute's competencies data (xq-labs/xq-competencies,
  ``data/component_skills.csv``): the component skills were merged into their competency and
  the levels named by the identifiers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import compkit

# -- a database download: a row per item, headers in the publisher's own codes ----------------

_KA_HEAD = [
    "TSC_CCS Code",
    "Sector",
    "TSC_CCS Category",
    "TSC_CCS Title",
    "TSC_CCS Description",
    "Proficiency Level",
    "Proficiency Description",
    "Knowledge / Ability Classification",
    "Knowledge / Ability Items",
]
_SKILLS = {
    ("Garden Care", "Operations", "Looking after garden beds and lawns through the seasons"): {
        2: (
            "Carry out routine bed and lawn care to a set plan",
            [
                ("knowledge", "Common weeds of lawns and borders"),
                ("knowledge", "Safe use of hand tools"),
                ("ability", "Weed and edge beds to the plan"),
                ("ability", "Mow lawns at the set height"),
            ],
        ),
        3: (
            "Plan seasonal care for a garden's beds and lawns",
            [
                ("knowledge", "Seasonal growth of common plants"),
                ("ability", "Draw up a seasonal care plan"),
                ("ability", "Judge when a lawn needs feeding"),
            ],
        ),
        4: (
            "Review garden care plans across several sites",
            [
                ("knowledge", "Soil types and how they drain"),
                ("ability", "Compare care plans across sites"),
                ("ability", "Set standards for bed care"),
            ],
        ),
    },
    ("Tool Safety", "Safety", "Using and keeping powered garden tools safely"): {
        2: (
            "Use powered tools safely under guidance",
            [
                ("knowledge", "Parts of a hedge trimmer"),
                ("ability", "Check a tool before use"),
            ],
        ),
        3: (
            "Keep a team's powered tools safe to use",
            [
                ("knowledge", "Service intervals for powered tools"),
                ("ability", "Keep a tool log"),
                ("ability", "Take a faulty tool out of use"),
            ],
        ),
    },
}
_ROLES_HEAD = [
    "Sector",
    "Track",
    "Job Role",
    "TSC_CCS Title",
    "TSC_CCS Code",
    "TSC_CCS Type",
    "Proficiency Level",
]
_ROLES = [
    ["Gardening", "Grounds", "Gardener", "Garden Care", "GAR-CAP-2001-1.1", "tsc", 2],
    ["Gardening", "Grounds", "Gardener", "Tool Safety", "GAR-SAF-2002-1.1", "tsc", 2],
    ["Gardening", "Grounds", "Head Gardener", "Garden Care", "GAR-CAP-4001-1.1", "tsc", 4],
    ["Gardening", "Grounds", "Head Gardener", "Tool Safety", "GAR-SAF-3002-1.1", "tsc", 3],
    ["Gardening", "Grounds", "Head Gardener", "Pruning", "GAR-PRU-3003-1.1", "tsc", 3],
]


def _statements(doc: dict) -> list[tuple[str, str, str]]:
    return [
        (c["id"], i["level"], i["text"])
        for c in doc["competencies"]
        for i in c.get("indicators", [])
    ]


def _items() -> list[list]:
    rows = []
    for n, ((title, category, description), levels) in enumerate(_SKILLS.items(), 1):
        for level, (said, items) in levels.items():
            for kind, item in items:
                code = f"GAR-{category[:3].upper()}-{level}00{n}-1.1"
                rows.append(
                    [code, "Gardening", category, title, description, level, said, kind, item]
                )
    return rows


def _download(tmp_path: Path, *, roles: bool = True) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "TSC_CCS_K&A"
    for row in [_KA_HEAD, *_items()]:
        sheet.append(row)
    if roles:
        other = book.create_sheet("Job Role_TCS_CCS")
        for row in [_ROLES_HEAD, *_ROLES]:
            other.append(row)
    path = tmp_path / "skills-framework.xlsx"
    book.save(path)
    return path


def test_a_database_download_reads_its_items_under_their_skills(tmp_path):
    got = compkit.ingest(_download(tmp_path, roles=False))
    doc = got.document
    items = _statements(doc)
    want = [
        (title.lower().replace(" ", "-"), f"level-{level}", item)
        for (title, _, _), levels in _SKILLS.items()
        for level, (_, pairs) in levels.items()
        for _, item in pairs
    ]
    assert items == want  # 15 of 15, each in its skill and level, nothing else
    comps = {c["name"]: c for c in doc["competencies"]}
    assert comps["Garden Care"]["description"].startswith(
        "Looking after garden beds and lawns through the seasons\n\nLevel 2: "
    )
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert {groups[c["group"]] for c in doc["competencies"]} == {"Operations", "Safety"}
    said = got.report.to_markdown()
    assert "column 'Knowledge / Ability Items' read as the statements" in said
    assert "column 'TSC_CCS Title' read as the competencies" in said
    assert "column 'Proficiency Description' read as each competency's description" in said
    assert comps["Garden Care"]["description"].endswith(
        "Level 4: Review garden care plans across several sites"
    )
    assert "column 'Knowledge / Ability Classification' read as each statement's kind" in said


def test_a_list_of_role_profiles_beside_it_is_read(tmp_path):
    got = compkit.ingest(_download(tmp_path))
    roles = {r["name"]: r["requires"] for r in got.document["roles"]}
    assert roles == {
        "Gardener": {"garden-care": "level-2", "tool-safety": "level-2"},
        "Head Gardener": {"garden-care": "level-4", "tool-safety": "level-3"},
    }
    said = got.report.to_markdown()
    assert (
        "sheet 'Job Role_TCS_CCS' read as role profiles (a row per role and competency): "
        "2 roles × 2 competencies" in said
    )
    assert "1 row of the role profiles names no competency of the framework ('Pruning'" in said
    assert "sheet 'Job Role_TCS_CCS' not read as the framework" not in said


def test_the_download_keeps_its_cells_in_the_report(tmp_path):
    got = compkit.ingest(_download(tmp_path))
    first = got.document["competencies"][0]["indicators"][0]
    assert first["source"] == {
        "sheet": "TSC_CCS_K&A",
        "cell": "I2",
        "ref": "Knowledge / Ability Classification: knowledge",
    }


def test_a_level_column_and_no_sentences_is_still_refused(tmp_path):
    path = tmp_path / "ratings.csv"
    path.write_text("Employee,Skill,Proficiency Level\nAna,Testing,2\nBo,Testing,3\n")
    with pytest.raises(compkit.CompkitError, match="no statement column"):
        compkit.ingest(path)


# -- role profiles beside a sheet per competency -----------------------------------------------


def _per_competency(tmp_path: Path, roles: list[list]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, lines in (
        ("Testing", ["Writes unit tests for the code they change.", "Plans a service's tests."]),
        ("Hiring", ["Sits on interview panels.", "Designs the interview process."]),
    ):
        sheet = book.create_sheet(name)
        sheet.append(["Level", "Behaviour"])
        sheet.append(["Foundation", lines[0]])
        sheet.append(["Expert", lines[1]])
    other = book.create_sheet("Roles")
    for row in roles:
        other.append(row)
    path = tmp_path / "per-competency.xlsx"
    book.save(path)
    return path


def test_role_profiles_beside_a_sheet_per_competency(tmp_path):
    roles = [["Competency", "Developer", "Lead"], ["Testing", "Foundation", "Expert"]]
    roles.append(["Hiring", "-", "Expert"])
    got = compkit.ingest(_per_competency(tmp_path, roles))
    assert [c["name"] for c in got.document["competencies"]] == ["Testing", "Hiring"]
    assert {r["name"]: r["requires"] for r in got.document["roles"]} == {
        "Developer": {"testing": "foundation"},
        "Lead": {"testing": "expert", "hiring": "expert"},
    }
    said = got.report.to_markdown()
    assert "sheet 'Roles' read as role profiles (a column per role)" in said
    assert "sheet 'Roles' not read as the framework" not in said


def test_a_sheet_of_notes_beside_a_sheet_per_competency_is_still_said_unread(tmp_path):
    got = compkit.ingest(_per_competency(tmp_path, [["About"], ["Version 2, May"]]))
    assert not got.document.get("roles")
    assert "sheet 'Roles' not read as the framework" in got.report.to_markdown()


# -- a CSV download: a row per component skill, level columns headed by identifiers ------------

_XQ = (
    "id,competency_id,competency_name,name,description,example,"
    "progression_level_1_emerging,progression_level_2_developing,progression_level_3_proficient\n"
    'W.1.a,W.1,Wayfinding,Setting goals,"Learners set goals, big and small.",A plan for a term.,'
    'I can name a goal.,"I set a goal, and a date for it.",I set goals and review them.\n'
    "W.1.b,W.1,Wayfinding,Finding help,Learners find the people who can help.,A mentor list.,"
    "I can name who helps me.,I ask for help when stuck.,I build a network of helpers.\n"
    "C.2.a,C.2,Curiosity,Asking questions,Learners ask questions that open things up.,"
    "A question wall.,I ask a question.,I ask questions that go deeper.,"
    "I ask questions that change the task.\n"
)


def test_a_row_per_component_skill_reads_each_skill_under_its_competency(tmp_path):
    path = tmp_path / "component_skills.csv"
    path.write_text(_XQ, encoding="utf-8")
    got = compkit.ingest(path)
    doc = got.document
    assert [c["name"] for c in doc["competencies"]] == [
        "Setting goals",
        "Finding help",
        "Asking questions",
    ]
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert [groups[c["group"]] for c in doc["competencies"]] == [
        "Wayfinding",
        "Wayfinding",
        "Curiosity",
    ]
    assert [lv["name"] for lv in doc["levels"]] == [
        "Progression level 1 emerging",
        "Progression level 2 developing",
        "Progression level 3 proficient",
    ]
    texts = [(c, text) for c, _, text in _statements(doc)]
    assert texts[:3] == [
        ("setting-goals", "I can name a goal."),
        ("setting-goals", "I set a goal, and a date for it."),
        ("setting-goals", "I set goals and review them."),
    ]
    assert len(texts) == 9
    said = got.report.to_markdown()
    assert "column 'name' read as the competency" in said
    assert "column 'example' (3 cells) not read" in said


def test_level_names_given_as_a_hint_stay_as_given(tmp_path):
    path = tmp_path / "component_skills.csv"
    path.write_text(_XQ, encoding="utf-8")
    levels = ["progression_level_1_emerging", "progression_level_2_developing"]
    got = compkit.ingest(path, levels=levels)
    assert [lv["name"] for lv in got.document["levels"]] == levels


# -- level names merged over pairs of effective | ineffective columns --------------------------


def _sides_book(tmp_path: Path, band: list | None) -> Path:
    book = Workbook()
    sheet = book.active
    if band is not None:
        sheet.append(band)
    sheet.append(["Competency" if band is None else None, "Effective", "Ineffective"] * 1
                 + ["Effective", "Ineffective"])  # fmt: skip
    sheet.append(["Teamwork", "Shares what they know", "Keeps information to themselves",
                  "Builds links with other teams", "Works only with their own team"])  # fmt: skip
    sheet.append(["Delivery", "Finishes work on time", "Misses deadlines without warning",
                  "Plans a month of work", "Changes plans without telling anyone"])  # fmt: skip
    if band is not None:
        sheet.merge_cells("A1:A2")
        sheet.merge_cells("B1:C1")
        sheet.merge_cells("D1:E1")
    path = tmp_path / "sides.xlsx"
    book.save(path)
    return path


def test_level_names_over_pairs_of_sides_are_the_levels(tmp_path):
    got = compkit.ingest(_sides_book(tmp_path, ["Competency", "Level 1", None, "Level 2", None]))
    doc = got.document
    assert [lv["name"] for lv in doc["levels"]] == ["Level 1", "Level 2"]
    read = [
        (c["name"], i["level"], i.get("polarity", "effective"), i["text"])
        for c in doc["competencies"]
        for i in c["indicators"]
    ]
    assert read[:4] == [
        ("Teamwork", "level-1", "effective", "Shares what they know"),
        ("Teamwork", "level-1", "ineffective", "Keeps information to themselves"),
        ("Teamwork", "level-2", "effective", "Builds links with other teams"),
        ("Teamwork", "level-2", "ineffective", "Works only with their own team"),
    ]
    assert len(read) == 8
    said = got.report.to_markdown()
    assert "level names over the sides' columns ('Level 1', 'Level 2') read as the level" in said
    assert "above the header row" not in said


def test_sides_with_no_band_above_stay_at_all_levels(tmp_path):
    got = compkit.ingest(_sides_book(tmp_path, None))
    assert [lv["name"] for lv in got.document["levels"]] == ["All levels"]


# -- negative indicators: a side column in words, a side column beside the levels --------------


def test_a_column_of_side_words_marks_each_row_side(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Competency", "Proficiency level", "Indicator type", "Indicator"])
    for level in ("Foundation", "Expert"):
        sheet.append(["Teamwork", level, "Positive", f"Shares what they know at {level}"])
        sheet.append(["Teamwork", level, "Negative", f"Keeps information back at {level}"])
    path = tmp_path / "types.xlsx"
    book.save(path)
    got = compkit.ingest(path)
    sides = [i.get("polarity", "effective") for i in got.document["competencies"][0]["indicators"]]
    assert sides == ["effective", "ineffective"] * 2
    said = got.report.to_markdown()
    assert "column 'Indicator type' read as each statement's side" in said
    assert "column 'Indicator type' (4 cells) not read" not in said


def test_a_negative_indicators_column_beside_the_levels_is_read_at_all_levels(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Competency", "Level 1", "Level 2", "Negative indicators"])
    sheet.append(["Teamwork", "Shares what they know", "Builds links with other teams",
                  "Keeps information to themselves\nBlames others"])  # fmt: skip
    sheet.append(["Delivery", "Finishes work on time", "Plans a month of work", ""])
    path = tmp_path / "negatives.xlsx"
    book.save(path)
    got = compkit.ingest(path)
    doc = got.document
    assert [lv["name"] for lv in doc["levels"]] == ["Level 1", "Level 2", "All levels"]
    team = doc["competencies"][0]["indicators"]
    assert [(i["level"], i.get("polarity", "effective"), i["text"]) for i in team] == [
        ("level-1", "effective", "Shares what they know"),
        ("level-2", "effective", "Builds links with other teams"),
        ("all-levels", "ineffective", "Keeps information to themselves"),
        ("all-levels", "ineffective", "Blames others"),
    ]
    assert len(doc["competencies"][1]["indicators"]) == 2
    said = got.report.to_markdown()
    assert "column 'Negative indicators' read as ineffective statements" in said
    assert "not read" not in said


# -- a capability listed under each category it serves, a scale's lowest rung "New" -----------


def _categories(tmp_path: Path) -> Path:
    """A sheet per category, "Capability | New | Proficient | Expert" (Stats NZ's shape)."""
    sorting = ("Sort records", "- Sorts a list by one field.", "- Sorts by several fields.",
               "- Designs the sort order for a team.")  # fmt: skip
    joining = ("Join tables", "- Joins two tables on a key.", "- Checks a join for lost rows.",
               "- Advises others on joins.")  # fmt: skip
    cleaning = ("Clean records", "- Removes blank rows.", "- Finds duplicate records.",
                "- Sets the cleaning rules.")  # fmt: skip
    book = Workbook()
    book.remove(book.active)
    for name, rows in (("Describe", [sorting, joining]), ("Use", [sorting, cleaning])):
        sheet = book.create_sheet(name)
        sheet.append([f"Category: {name}"])
        sheet.append(["Capability", "New", "Proficient", "Expert"])
        for row in rows:
            sheet.append(list(row))
    path = tmp_path / "categories.xlsx"
    book.save(path)
    return path


def test_a_lowest_rung_left_of_one_word_levels_is_a_level(tmp_path):
    got = compkit.ingest(_categories(tmp_path))
    assert [lv["name"] for lv in got.document["levels"]] == ["New", "Proficient", "Expert"]
    assert "column 'New'" not in got.report.to_markdown()


def test_a_capability_repeated_under_a_second_category_is_read_once(tmp_path):
    got = compkit.ingest(_categories(tmp_path))
    read = _statements(got.document)
    assert len(read) == 9  # 3 capabilities × 3 levels, each once
    assert read[:3] == [
        ("sort-records", "new", "Sorts a list by one field."),
        ("sort-records", "proficient", "Sorts by several fields."),
        ("sort-records", "expert", "Designs the sort order for a team."),
    ]
    said = got.report.to_markdown()
    assert (
        "'Sort records' repeated on sheet 'Use' word for word as on sheet 'Describe' "
        "(3 statements): read once, in the group of its first sheet" in said
    )


def test_a_capability_that_differs_on_its_second_sheet_keeps_both(tmp_path):
    book = Workbook()
    book.remove(book.active)
    for name, text in (("Describe", "- Sorts a list."), ("Use", "- Sorts a list by date.")):
        sheet = book.create_sheet(name)
        sheet.append(["Capability", "Novice", "Expert"])
        sheet.append(["Sort records", text, "- Designs the sort order."])
    path = tmp_path / "differs.xlsx"
    book.save(path)
    got = compkit.ingest(path)
    assert len(_statements(got.document)) == 4
    assert "read once" not in got.report.to_markdown()


@pytest.mark.parametrize("kind", ["Purpose", "Notes"])
def test_a_kind_of_column_before_one_word_levels_is_no_level(tmp_path, kind):
    path = tmp_path / "kinds.csv"
    path.write_text(
        f"Capability,{kind},Proficient,Expert\n"
        "Sort records,To find things,Sorts by several fields.,Designs the sort order.\n",
        encoding="utf-8",
    )
    got = compkit.ingest(path)
    assert [lv["name"] for lv in got.document["levels"]] == ["Proficient", "Expert"]


# -- a workbook with a sheet per level ----------------------------------------------------------


def _ladder(tmp_path: Path, names: tuple[str, ...]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for n, name in enumerate(names, 1):
        sheet = book.create_sheet(name)
        sheet.append(["Competency", "Expectation"])
        sheet.append(["Testing", f"Tests work of scope {n}."])
        sheet.append(["Mentoring", f"Mentors people of scope {n}."])
    path = tmp_path / "ladder.xlsx"
    book.save(path)
    return path


def test_a_sheet_per_level_reads_each_sheet_at_its_level(tmp_path):
    got = compkit.ingest(_ladder(tmp_path, ("Junior", "Senior", "Staff")))
    doc = got.document
    assert [lv["name"] for lv in doc["levels"]] == ["Junior", "Senior", "Staff"]
    assert _statements(doc)[:3] == [
        ("testing", "junior", "Tests work of scope 1."),
        ("testing", "senior", "Tests work of scope 2."),
        ("testing", "staff", "Tests work of scope 3."),
    ]
    assert len(_statements(doc)) == 6
    said = got.report.to_markdown()
    assert "3 sheets repeat one header and are named as levels" in said
    assert "not read as the framework" not in said


def test_sheets_named_for_teams_are_not_levels(tmp_path):
    got = compkit.ingest(_ladder(tmp_path, ("Engineering", "Sales")))
    assert [lv["name"] for lv in got.document["levels"]] == ["All levels"]
    assert "sheet 'Sales' not read as the framework" in got.report.to_markdown()
