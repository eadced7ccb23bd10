"""Ingest of spreadsheets, CSV downloads, web pages and Markdown met in the twentieth round (G).

Each shape is pinned on a fixture written here whose text is our own; the shapes are those of
public skills matrices (a role per row and a competency per column holding required levels, a
scale's legend under it; a team's ratings a person per row).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

import compkit
from compkit.ingest import IngestError
from compkit.ingest.rolematrix import matrix_refusal
from compkit.ingest.tables import Grid

_SKILLS = ["Bookkeeping", "Payroll", "Customer care", "Coaching"]
_LEVELS = ["Foundation", "Practitioner", "Expert"]


def _book(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


_ROLES_DOWN = [
    ["Role", *_SKILLS],
    ["Clerk", 1, 1, 2, 0],
    ["Supervisor", 2, 3, 3, 2],
    ["Manager", 3, 3, 3, 3],
    [],
    ["0 - Not needed"],
    ["1 - Knows the basics"],
    ["2 - Does it alone"],
    ["3 - Teaches others"],
]
_ROLES_ACROSS = [
    ["Competency", "Clerk", "Senior clerk", "Manager"],
    ["Bookkeeping", "Foundation", "Practitioner", "Expert"],
    ["Payroll", "Foundation", "Foundation", "Practitioner"],
    ["Customer care", "Practitioner", "Practitioner", "Expert"],
    ["Coaching", "", "Foundation", "Expert"],
]


def test_a_matrix_of_required_levels_by_number_is_said_for_what_it_is(tmp_path):
    """Roles down, competencies across, 0-3 and a legend: was "no header row names ..."."""
    path = _book(tmp_path / "roles.xlsx", {"Role matrix": _ROLES_DOWN})
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    message = str(err.value)
    assert "sheet 'Role matrix', header row 1: a matrix of required levels" in message
    assert "3 roles ('Clerk', 'Supervisor', 'Manager') down column 1" in message
    assert "4 competencies ('Bookkeeping', 'Payroll', 'Customer care', ...) across" in message
    assert (
        "the cells hold numbers only, no statements (0, 1, 2, 3; the scale under it: '0 - Not needed'"
        in message
    )
    assert "add this sheet to the workbook holding the framework's statements" in message
    assert "`compkit export FRAMEWORK -o FILE.xlsx`" in message


def test_a_matrix_of_required_level_names_is_not_read_as_statements(tmp_path):
    """Competencies down, roles across, level names: its cells were statements ("Expert")."""
    path = _book(tmp_path / "profiles.xlsx", {"Profiles": _ROLES_ACROSS})
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    message = str(err.value)
    assert "4 competencies ('Bookkeeping', 'Payroll', 'Customer care', ...) down" in message
    assert "3 roles ('Clerk', 'Senior clerk', 'Manager') across" in message
    assert (
        "the cells hold level names only, no statements (Expert, Foundation, Practitioner)"
        in message
    )


def test_the_advice_works_the_matrix_beside_statements_is_read_as_profiles(tmp_path):
    """What the refusal says to do: the same sheet beside the statements gives the profiles."""
    rows = [["Competency", "Level", "Statement"]]
    rows += [
        [c, lv, f"Shows {c.lower()} to the {lv.lower()} standard."]
        for c in _SKILLS
        for lv in _LEVELS
    ]
    for sheet, matrix in (("Role matrix", _ROLES_DOWN), ("Profiles", _ROLES_ACROSS)):
        path = _book(tmp_path / f"{sheet}.xlsx", {"Framework": rows, sheet: matrix})
        fw = compkit.ingest(path).framework
        assert len(fw.indicators) == 12
        roles = fw.roles.set_index(["role", "competency"])["level_name"].to_dict()
        if sheet == "Profiles":
            assert roles[("Senior clerk", "Bookkeeping")] == "Practitioner"
            assert ("Clerk", "Coaching") not in roles
        else:  # numbers by rank; 0 is "not needed"
            assert roles[("Supervisor", "Payroll")] == "Expert"
            assert ("Clerk", "Coaching") not in roles


def test_a_teams_ratings_download_is_said_to_be_no_framework(tmp_path):
    """People down, skills across (a CSV export): was "no header row names ..."."""
    path = tmp_path / "team.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Role", *_SKILLS[:3]])
        w.writerows([["A. Baker", "Clerk", 1, 2, 3], ["B. Cook", "Manager", 4, 3, 4]])
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    message = str(err.value)
    assert "a record of people's ratings, not a competency framework" in message
    assert "2 people ('A. Baker', 'B. Cook') down column 1" in message
    assert "3 skills ('Bookkeeping', 'Payroll', 'Customer care') across" in message


@pytest.mark.parametrize(
    "rows",
    [
        [["Skill", "Level 1", "Level 2"], ["Payroll", "Pays staff.", "Checks pay runs."]],
        [["Skill", "Junior", "Senior"], ["Payroll", "x", ""], ["Coaching", "x", "x"]],  # marks
        [["Item", "Year 1", "Year 2"], ["Rent", "1200", "1300"], ["Pay", "900", "950"]],
        [
            ["Competency", "Core", "Senior"],
            ["Payroll", "Pays staff", "Audits pay"],
            ["Coaching", "Listens well", "Grows coaches"],
        ],
    ],
)
def test_statements_marks_and_budgets_are_no_matrix_of_levels(rows):
    """Short statements each once, "x" at levels and large figures are left to other readers."""
    assert matrix_refusal(Grid("", rows)) is None


_LISTED = [
    ["job_level", "competency", "expected_score", "organization_id"],
    ["Associate", "Bookkeeping", "2.0", "1"],
    ["Associate", "Payroll", "1.5", "1"],
    ["Senior", "Bookkeeping", "3.0", "1"],
    ["Senior", "Payroll", "3.5", "1"],
]


def test_a_database_list_of_expected_scores_is_said_to_be_role_profiles(tmp_path):
    """A row per job level and competency with a score: was "no column names a level"."""
    path = tmp_path / "expectations.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(_LISTED)
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    message = str(err.value)
    assert "role profiles listed a row per role and competency, not statements" in message
    assert "2 roles in 'job_level' ('Associate', 'Senior')" in message
    assert "its 'expected_score' (1.5, 2.0, 3.0, 3.5) in 2 competencies of 'competency'" in message
    assert "head the roles' column 'Role' and add the list as a sheet" in message


def test_the_advice_works_the_list_headed_role_beside_statements_is_read(tmp_path):
    """What the refusal says to do: headed "Role", beside the statements, the whole levels read."""
    rows = [["Competency", "Level", "Statement"]]
    rows += [
        [c, f"Level {n}", f"Does {c.lower()} at level {n}."]
        for c in _SKILLS[:2]
        for n in (1, 2, 3, 4)
    ]
    listed = [["Role", *_LISTED[0][1:]], *_LISTED[1:]]
    fw = compkit.ingest(
        _book(tmp_path / "both.xlsx", {"Framework": rows, "Scores": listed})
    ).framework
    roles = fw.roles.set_index(["role", "competency"])["level_name"].to_dict()
    assert roles == {("Associate", "Bookkeeping"): "Level 2", ("Senior", "Bookkeeping"): "Level 3"}


# -- a sheet per competency whose statement column compkit's header words do not name ---------


def _ladder_sheets(tmp_path: Path) -> Path:
    """A sheet per competency, "Level | Attainment criteria", a level written once over its rows."""
    sheets = {}
    for name, about in (
        ("Testing", "Checking that software works."),
        ("Software managed infrastruc", "Using software to manage infrastructure with few hands"),
        ("Security", "Keeping systems and data safe."),
    ):
        title = "Software managed infrastructure" if name.startswith("Software") else name
        rows = [[title], [about], ["Level", "Attainment Criteria (non-exhaustive)"], ["0 - None"]]
        rows += [["1 - Understand", f"Knows why {title.lower()} matters to the team."]]
        rows += [["2 - Follow", f"Follows the team's {title.lower()} practice without help."]]
        rows += [[None, f"Asks for review of own {title.lower()} work."]]
        rows += [["3 - Practice", f"Improves the team's {title.lower()} practice over time."]]
        rows += [[None, f"Coaches others in {title.lower()} when they ask."]]
        rows += [["4 - Drive/Lead", f"Sets the direction of {title.lower()} for the department."]]
        sheets[name] = rows
    return _book(tmp_path / "ladder.xlsx", sheets)


def test_every_sheet_headed_as_the_best_one_is_read_with_its_columns(tmp_path):
    """The statement column found by content on one sheet is every such sheet's: was none read."""
    fw = compkit.ingest(_ladder_sheets(tmp_path)).framework
    assert len(fw.indicators) == 18
    assert fw.indicators.groupby("competency_id").size().to_dict() == {
        "security": 6, "software-managed-infrastructure": 6, "testing": 6,
    }  # fmt: skip
    assert fw.indicators.groupby("level_name").size().to_dict() == {
        "1 - Understand": 3, "2 - Follow": 6, "3 - Practice": 6, "4 - Drive/Lead": 3,
    }  # fmt: skip


def test_a_title_line_the_sheets_truncated_name_begins_names_the_competency(tmp_path):
    """Excel's sheet name cut short names the title line over a description with no period."""
    fw = compkit.ingest(_ladder_sheets(tmp_path)).framework
    row = fw.competencies.set_index("competency").loc["Software managed infrastructure"]
    assert row["description"] == "Using software to manage infrastructure with few hands"


def test_a_database_exports_finer_names_are_the_competencies_under_its_areas(tmp_path):
    """ "area | guid | e_competence | level | description": was 2 competencies named A and B."""
    path = tmp_path / "export.csv"
    rows = [["area", "guid", "e_competence", "level", "description"]]
    for area, comps in (("A", ("A.1 Planning", "A.2 Budgeting")), ("B", ("B.1 Building",))):
        for comp in comps:
            for n in (2, 3):
                code = f"{comp.split()[0]}.L{n}"
                rows.append([area, code, comp, str(n), f"Leads {comp.split()[1].lower()} at {n}."])
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    result = compkit.ingest(path)
    fw = result.framework
    assert list(fw.competencies["competency"]) == ["A.1 Planning", "A.2 Budgeting", "B.1 Building"]
    assert list(fw.groups["group"]) == ["A", "B"]
    assert len(fw.indicators) == 6
    said = result.report.to_frame()["message"]
    assert said.str.contains(
        "column 'e_competence' read as the competencies (3 names", regex=False
    ).any()
