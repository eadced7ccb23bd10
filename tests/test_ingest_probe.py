"""Ingest of shapes found when probing real public frameworks, each on a self-written fixture.

Every fixture below is our own wording, shaped like a published framework that ingest misread:
Markdown whose levels are bold list items over nested lists, Markdown nested lists under a
lead-in ending in a colon, a competency's one-line summary under its heading, and a job ladder
whose only headings are its levels.
"""

from __future__ import annotations

import compkit


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _cells(result) -> list[tuple[str, str, str]]:
    return [
        (c["name"], i["level"], i["text"])
        for c in result.document["competencies"]
        for i in c["indicators"]
    ]


LEVELS_AS_LIST_ITEMS = """\
# Competencies

Our model has three levels; read them as a guide.

## Shipping

Planning and delivering work.

- **Novice**
  - You break a task into steps.
  - You ask for a review before merging.
- **Proficient**
  - You plan a sprint's work with your team.
  - You release in small increments.
- **Expert**
  - You remove blockers for several teams.

## Learning

Growing your knowledge.

- **Novice**
  - You read the team's documentation.
- **Proficient**
  - You share what you learn in a weekly note.
- **Expert**
  - You run a study group across the company.
"""


def test_bold_list_items_over_nested_lists_are_levels(tmp_path):
    result = _ingest(tmp_path, "levels.md", LEVELS_AS_LIST_ITEMS)
    assert result.framework.counts().sum().sum() == 8
    assert [lv["name"] for lv in result.document["levels"]] == ["Novice", "Proficient", "Expert"]
    assert [c["name"] for c in result.document["competencies"]] == ["Shipping", "Learning"]
    assert _cells(result)[:3] == [
        ("Shipping", "novice", "You break a task into steps."),
        ("Shipping", "novice", "You ask for a review before merging."),
        ("Shipping", "proficient", "You plan a sprint's work with your team."),
    ]
    assert len(_cells(result)) == 8
    assert result.document["competencies"][0].get("description") == "Planning and delivering work."
    assert "Novice" not in {text for _, _, text in _cells(result)}


NESTED_UNDER_COLON = """\
# Test Design

Test cases, test analysis, checklists

## Trainee
- Writes a test case from a template
- Can tell apart:
  - unit and integration tests
  - manual and automated checks
- Asks for help early

## Senior
- Reviews the test cases of others
- Picks a technique by risk
"""


def test_nested_list_under_a_colon_is_one_statement(tmp_path):
    result = _ingest(tmp_path, "design.md", NESTED_UNDER_COLON)
    cells = _cells(result)
    assert cells == [
        ("Test Design", "trainee", "Writes a test case from a template"),
        (
            "Test Design",
            "trainee",
            "Can tell apart: unit and integration tests manual and automated checks",
        ),
        ("Test Design", "trainee", "Asks for help early"),
        ("Test Design", "senior", "Reviews the test cases of others"),
        ("Test Design", "senior", "Picks a technique by risk"),
    ]
    joined = result.document["competencies"][0]["indicators"][1]
    assert joined["source"]["lines"] == [7, 8, 9]
    assert "nested list" in joined["repair"]["note"]
    assert result.document["competencies"][0].get("description") == (
        "Test cases, test analysis, checklists"
    )


LADDER = """\
# Analyst I

Answers routine questions from the data with guidance.

Keeps their notebooks tidy and shares them.

# Analyst II

Answers open questions from the data on their own.

# Senior Analyst

Chooses the questions worth answering for a product area.

Coaches other analysts.

# Staff Analyst

Sets the methods analysts across the company use.

# Distinguished Analyst

Shapes how the industry measures products.
"""


def test_a_ladder_whose_headings_are_levels_is_one_competency(tmp_path):
    result = _ingest(tmp_path, "ladder.md", LADDER)
    fw = result.framework
    assert [lv["name"] for lv in result.document["levels"]] == [
        "Analyst I",
        "Analyst II",
        "Senior Analyst",
        "Staff Analyst",
        "Distinguished Analyst",
    ]
    assert len(result.document["competencies"]) == 1
    assert len(_cells(result)) == 7
    assert fw.counts().sum().sum() == 7
    messages = " ".join(result.report.to_frame()["message"])
    assert "one competency" in messages


def test_a_sheet_per_competency_with_statements_down_each_level(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheets = {
        "Coding": [
            ["Novice", "Score", "Skilled", "Score", "Expert", "Score"],
            [None] * 6,
            [
                "You write small, tested changes.",
                1,
                "You design a module.",
                0,
                "You set code norms.",
                0,
            ],
            ["You read the style guide.", 0, "You review others' code.", 0, None, None],
        ],
        "Teamwork": [
            ["Novice", "Score", "Skilled", "Score", "Expert", "Score"],
            ["You share your progress daily.", 0, "You run a retro.", 0, "You mend rifts.", 0],
        ],
        "Summary": [["Competency", "Weight"], ["Coding", 0.5], ["Teamwork", 0.5]],
    }
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "assessment.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert result.report.layout == "level-columns"
    assert [lv["name"] for lv in result.document["levels"]] == ["Novice", "Skilled", "Expert"]
    assert _cells(result) == [
        ("Coding", "novice", "You write small, tested changes."),
        ("Coding", "novice", "You read the style guide."),
        ("Coding", "skilled", "You design a module."),
        ("Coding", "skilled", "You review others' code."),
        ("Coding", "expert", "You set code norms."),
        ("Teamwork", "novice", "You share your progress daily."),
        ("Teamwork", "skilled", "You run a retro."),
        ("Teamwork", "expert", "You mend rifts."),
    ]
    first = result.document["competencies"][0]["indicators"][0]
    assert first["source"] == {"sheet": "Coding", "cell": "A3"}
    messages = " ".join(result.report.to_frame()["message"])
    assert "sheet 'Summary' not read as the framework" in messages
    assert "column 'Score'" in messages


def test_numbered_level_headers_with_summary_and_result_rows(tmp_path):
    from openpyxl import Workbook

    rows = [
        [None, "Planning"],
        [None, "Estimating and ordering work."],
        [None],
        [None, "1/ Rookie", None, "2/ Regular", None, "3/ Veteran"],
        [None, "Needs guidance.", None, "Works alone.", None, "Guides others."],
        [None],
        [None, "You size a ticket.", "No", "You plan a sprint.", "No", "You plan a quarter.", "No"],
        [None, "You flag risks.", "No", "You cut scope.", "No", None, None],
        [None],
        [None, "Level result", "Not yet", "Level result", "Not yet", "Level result", "Not yet"],
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "Planning"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "numbered.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    levels = result.document["levels"]
    assert [lv["name"] for lv in levels] == ["1/ Rookie", "2/ Regular", "3/ Veteran"]
    assert levels[0]["description"] == "Needs guidance."
    assert _cells(result) == [
        ("Planning", "1-rookie", "You size a ticket."),
        ("Planning", "1-rookie", "You flag risks."),
        ("Planning", "2-regular", "You plan a sprint."),
        ("Planning", "2-regular", "You cut scope."),
        ("Planning", "3-veteran", "You plan a quarter."),
    ]
    messages = " ".join(result.report.to_frame()["message"])
    assert "'Level result | Not yet" in messages
