"""Level names with a years note, lines of one long cell (probe 12).

Sources, rebuilt word for word as the workbooks and CSV files a user would have:

- Rent the Runway's engineering ladder (the public Google Sheet "Software Development/Leadership
  Ladder, multi-track, public", rows 2-7), transposed by hand: a column per level, headed as the
  sheet names its levels, "Engineer I (<1-2)" and "Engineer II (2-6+)" (years in the role);
- Nsairat/professional-skills ``cto-technical-leader/references/career-ladder-hiring.md``
  (levels 1-3, "Technical Skills" and "Behaviors"), transposed as a sheet with a column per level
  titled as the page titles it without "Level N:", "Junior Engineer (0-2 years)";

Measured (``/tmp/s12/sheets``): both were refused ("no column names a level") unless every level
was typed again with ``--levels``; now read, 14 of 14 and 24 of 24 statements in their cells.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.framework import to_dict
from compkit.ingest.levelnames import level_score

openpyxl = pytest.importorskip("openpyxl")

RTR = {
    "Technical Skill": [
        "Broad knowledge of core CS concepts.\nFocus on growing as an engineer, learning existing "
        "tools, resources and processes",
        "Writes correct and clean code with guidance; consistently follows stated best practices"
        "\nParticipates in technical design of features with guidance",
    ],
    "Impact": [
        "Developing knowledge of a single component of our architecture",
        "Self-sufficient in at least one large area of the codebase (multiple services in a "
        "pillar, all frontend code related to a main funnel flow) with a high-level "
        "understanding of other components",
    ],
}
NSAIRAT = {
    "Technical Skills": [
        "Writes clean, tested code with review feedback\nLearns codebase and development workflow",
        "Designs and implements features independently\nWrites maintainable, well-tested code",
        "Makes sound technical trade-offs\nDebugs complex production issues",
    ],
    "Behaviors": [
        "Asks questions, seeks help appropriately\nReceptive to feedback, shows growth",
        "Takes ownership of deliverables\nHelps onboard new team members",
        "Leads projects from design to delivery\nBuilds relationships across teams",
    ],
}


def _wide(path, corner, levels, rows):
    book = openpyxl.Workbook()
    book.active.append([corner, *levels])
    for name, cells in rows.items():
        book.active.append([name, *cells])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("corner", "levels", "rows"),
    [
        ("Competency", ["Engineer I (<1-2)", "Engineer II (2-6+)"], RTR),
        (
            "Area",
            [
                "Junior Engineer (0-2 years)",
                "Software Engineer (2-4 years)",
                "Senior Engineer (4-7 years)",
            ],
            NSAIRAT,
        ),
    ],
)
def test_level_columns_named_with_the_years_they_take(tmp_path, corner, levels, rows):
    result = compkit.ingest(_wide(tmp_path / "ladder.xlsx", corner, levels, rows))
    fw = to_dict(result.framework)
    assert [lv["name"] for lv in fw["levels"]] == levels
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    for comp in fw["competencies"]:
        for k, level in enumerate(levels):
            said = [i["text"] for i in comp["indicators"] if names[i["level"]] == level]
            assert said == rows[comp["name"]][k].split("\n")


def test_a_years_note_is_read_past_not_taken_for_a_level():
    assert level_score("Engineer II (2-6+)") == level_score("Engineer II")
    assert level_score("Staff Engineer (7-10+ years)") > 0  # a title said in years
    assert level_score("Communication (1-2)") == 0  # a name and a number: no years said
