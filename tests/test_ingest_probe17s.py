"""Seventeenth round, sheets: an evaluation grid kept as a long CSV, read with no hints.

``tests/data/ingest/probe17-sheets/evaluation-grid.csv`` is our own text in the shape of a public
career-path grid (its README says whose): "Level | Section | Subsection | Criteria | ... |
Description", a row per level and criterion, short criterion labels, and a subsection row per
level opening with the subsection's definition over the level's summary. compkit read it as
one competency named by the file, its two-word labels the statements ("Accuracy" at every
level), the Subsection and Description columns unread; with the columns named, the definition
still stood as a statement at every level. A workbook's sheet of role profiles (a row per
competency and a column per role, or the other way round, each cell a level by name or number)
was passed over as "not read as the framework"; it is now read as the roles' profiles.
"""

from __future__ import annotations

import csv
from pathlib import Path

from compkit.ingest import ingest

GRID = Path(__file__).parent / "data" / "ingest" / "probe17-sheets" / "evaluation-grid.csv"
LEVELS = ["associate-analyst", "analyst", "lead-analyst"]
DEFINITION = "The ability to keep data accurate, traceable and fit for its purpose."


def _competencies(doc: dict) -> dict[str, dict]:
    return {c["id"]: c for c in doc["competencies"]}


def _texts(doc: dict) -> list[str]:
    return [i["text"] for c in doc["competencies"] for i in c["indicators"]]


def test_no_hints_reads_subsections_as_competencies_and_sections_as_groups():
    doc = ingest(GRID).document
    comps = _competencies(doc)
    assert list(comps) == ["data-handling", "reporting", "coaching"]
    assert {c["id"]: c.get("group") for c in doc["competencies"]} == {
        "data-handling": "craft",
        "reporting": "craft",
        "coaching": "people",
    }
    assert [lv["id"] for lv in doc["levels"]] == LEVELS


def test_no_hints_reads_the_sentences_not_the_labels():
    got = ingest(GRID)
    texts = _texts(got.document)
    assert "You check every figure against its source before you share it." in texts
    assert not {"Accuracy", "Documentation", "Clarity", "Feedback"} & set(texts)
    said = got.report.to_markdown()
    assert "column 'Criteria' holds short labels" in said
    assert "the sentences read as the statements, the labels not read" in said


def test_every_criterion_sentence_is_read_in_its_cell():
    """Each criterion row's sentence, word for word, under its subsection and level."""
    with GRID.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["Criteria"] and r["Description"] != "N/A"]
    doc = ingest(GRID).document
    cells = {
        (c["name"], i["level"], i["text"]) for c in doc["competencies"] for i in c["indicators"]
    }
    levels = dict(zip(["Associate Analyst", "Analyst", "Lead Analyst"], LEVELS, strict=True))
    want = {(r["Subsection"], levels[r["Level"]], r["Description"]) for r in rows}
    assert len(want) == 16
    assert want <= cells


def test_definition_is_the_description_not_a_statement_at_every_level():
    got = ingest(GRID)
    comps = _competencies(got.document)
    assert comps["data-handling"]["description"] == DEFINITION
    assert DEFINITION not in _texts(got.document)
    summaries = [i["text"] for i in comps["data-handling"]["indicators"]]
    assert "Works with clean data sets under guidance." in summaries  # the level's own line
    note = comps["data-handling"]["indicators"][0]["repair"]["note"]
    assert note.startswith("Cell I3 holds 2 lines: its first, the competency's definition, is read")
    assert "3 competencies: the line opening its cells" in got.report.to_markdown()


def test_columns_named_by_hand_lift_the_definition_too():
    hinted = ingest(GRID, competency_from="Subsection", text_from="Description")
    assert DEFINITION not in _texts(hinted.document)
    assert sorted(_texts(hinted.document)) == sorted(_texts(ingest(GRID).document))


def test_a_level_with_only_the_definition_and_na_rows_is_undefined():
    doc = ingest(GRID).document
    coaching = _competencies(doc)["coaching"]
    assert {u["level"] for u in coaching.get("undefined", [])} == {"associate-analyst"}
    assert not [i for i in coaching["indicators"] if i["level"] == "associate-analyst"]


def test_na_rows_of_one_cell_are_not_counted_as_repeated_statements():
    said = ingest(GRID, competency_from="Subsection", text_from="Description").report.to_markdown()
    assert "repeat a statement read above" not in said
    assert "Coaching, Associate Analyst reads 'N/A': recorded as undefined" in said


def _write(tmp_path: Path, rows: list[list[str]], name: str = "sheet.csv") -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_statements_beside_a_definition_per_competency_stay_the_statements(tmp_path):
    """A statement column of sentences is no label column: the description stays a description."""
    rows = [["Competency", "Level", "Indicator", "Description"]]
    for comp, verb in (("Teamwork", "share"), ("Planning", "plan")):
        for n, lv in enumerate(("Level 1", "Level 2", "Level 3")):
            for k in (1, 2):
                rows.append(
                    [comp, lv, f"You {verb} work item {k} at stage {n} with the team.", comp + "."]
                )
    doc = ingest(_write(tmp_path, rows)).document
    assert len(_texts(doc)) == 12
    assert _competencies(doc)["teamwork"]["description"] == "Teamwork."


def test_a_short_line_at_every_level_stays_a_statement(tmp_path):
    """Only a sentence opening the cells is a definition: a short first statement is read."""
    rows = [["Competency", "Level", "Behaviour"]]
    for lv in ("Level 1", "Level 2", "Level 3"):
        rows.append(["Safety", lv, f"Follows safety rules.\nReports every hazard seen at {lv}."])
        rows.append(["Safety", lv, f"Checks the site's equipment each day at {lv}."])
    doc = ingest(_write(tmp_path, rows)).document
    assert _texts(doc).count("Follows safety rules.") == 3
    assert not _competencies(doc)["safety"].get("description")


def test_a_sentence_alone_in_its_cell_at_every_level_stays_a_statement(tmp_path):
    """A definition heads the level's own lines: a cell of one sentence is a statement."""
    rows = [["Competency", "Level", "Behaviour"]]
    for lv in ("Level 1", "Level 2", "Level 3"):
        rows.append(["Planning", lv, "Plans the work of the week with the whole team."])
        rows.append(["Planning", lv, f"Keeps a written plan for every task at {lv}."])
    doc = ingest(_write(tmp_path, rows)).document
    assert _texts(doc).count("Plans the work of the week with the whole team.") == 3


# -- a workbook's sheet of role profiles -------------------------------------------------------

_FRAMEWORK = [
    ("Testing", "Foundation", "Writes unit tests for the code they change."),
    ("Testing", "Practitioner", "Designs the test plan for a whole service."),
    ("Testing", "Expert", "Sets the testing strategy across several teams."),
    ("Hiring", "Foundation", "Takes part in interviews as a second interviewer."),
    ("Hiring", "Practitioner", "Leads interviews and writes the hiring decision."),
    ("Hiring", "Expert", "Designs the interview process for the department."),
    ("Planning", "Foundation", "Breaks their own work into tasks of a day or less."),
    ("Planning", "Practitioner", "Plans the work of a team for a quarter."),
    ("Planning", "Expert", "Plans the roadmap of several teams together."),
]


def _book(tmp_path: Path, roles: list[list], name: str = "Role profiles") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Framework"
    sheet.append(["Competency", "Level", "Behaviour"])
    for row in _FRAMEWORK:
        sheet.append(list(row))
    other = book.create_sheet(name)
    for row in roles:
        other.append(row)
    path = tmp_path / "framework.xlsx"
    book.save(path)
    return path


def _requires(doc: dict) -> dict[str, dict]:
    return {r["name"]: r["requires"] for r in doc.get("roles", [])}


def test_a_sheet_of_roles_by_competency_is_read_as_role_profiles(tmp_path):
    roles = [
        ["Competency", "Developer", "Senior Developer", "Engineering Manager"],
        ["Testing", "Foundation", "Practitioner", "Foundation"],
        ["Hiring", "", "Foundation", "Expert"],
        ["Planning", "Foundation", "Practitioner", "Expert"],
    ]
    got = ingest(_book(tmp_path, roles))
    assert _requires(got.document) == {
        "Developer": {"testing": "foundation", "planning": "foundation"},
        "Senior Developer": {
            "testing": "practitioner",
            "hiring": "foundation",
            "planning": "practitioner",
        },
        "Engineering Manager": {"testing": "foundation", "hiring": "expert", "planning": "expert"},
    }
    said = got.report.to_markdown()
    assert "sheet 'Role profiles' read as role profiles (a column per role): 3 roles" in said
    assert "sheet 'Role profiles' not read as the framework" not in said
    assert len(_texts(got.document)) == 9  # the framework's statements as before


def test_role_profiles_by_row_with_level_numbers(tmp_path):
    roles = [
        ["Role", "Testing", "Hiring", "Planning", "Notes"],
        ["Analyst", 1, "-", 1, "entry role"],
        ["Lead", 3, 2, 3, ""],
    ]
    got = ingest(_book(tmp_path, roles, name="Roles"))
    assert _requires(got.document) == {
        "Analyst": {"testing": "foundation", "planning": "foundation"},
        "Lead": {"testing": "expert", "hiring": "practitioner", "planning": "expert"},
    }
    assert "(a row per role)" in got.report.to_markdown()


def test_a_cell_naming_no_level_is_reported_not_guessed(tmp_path):
    roles = [
        ["Competency", "Developer", "Lead"],
        ["Testing", "Foundation", "Practitioner"],
        ["Hiring", "Foundation", "Advanced"],
        ["Planning", "Practitioner", "Expert"],
        ["Coaching", "Foundation", "Expert"],
    ]
    got = ingest(_book(tmp_path, roles))
    assert "hiring" not in _requires(got.document)["Lead"]
    said = got.report.to_markdown()
    assert "1 cell of the role profiles names no level of the framework ('Advanced' first)" in said
    assert "1 row of the role profiles names no competency of the framework ('Coaching'" in said


def test_a_summary_of_counts_is_no_role_profile(tmp_path):
    counts = [["Competency", "Statements", "Levels"], ["Testing", 3, 3], ["Hiring", 3, 3]]
    got = ingest(_book(tmp_path, counts, name="Summary"))
    assert not got.document.get("roles")
    assert "sheet 'Summary' not read as the framework" in got.report.to_markdown()
