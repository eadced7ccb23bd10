"""Twenty-first probe, sheets, CSV and Markdown: the twentieth round's leftovers and new shapes.

- A CSV naming each statement's competency by a code alone under a header saying nothing of
  competencies (the e-CF database export's "e_competence_guid": "A.01" … "E.09") was read as
  one competency named after the file; the column of codes is now the competency
  (:mod:`compkit.ingest.codecolumns`), a coarser column holding whole competencies their group.
- A workbook cell's sentence wrapped inside a capitalised name ("... to the Executive" over
  "Board and its auditors") was parted into two statements by the capital-and-no-joining-word
  rule; it is joined where the cell's other lines open with a verb form it cannot have
  (:mod:`compkit.ingest.namewraps`).
- A team's skills sheets saved as CSV (three real ones, licence unclear, measured in /tmp: 625
  of 625 statements right) have a contents block and a "CHANNEL:" line over the header; their
  shape is pinned.

Every fixture here is written for the test, its text our own.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import compkit
from compkit.testing.printing import ingested_cells as _cells


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


_CODED = [
    ["row_id", "statement_text", "tier", "parent", "bucket"],
    ["C01.1", "Listens without interrupting.", "1", "C01", "G1"],
    ["C01.2", "Adapts the message to the audience.", "2", "C01", "G1"],
    ["C01.3", "Leads difficult conversations with tact.", "3", "C01", "G1"],
    ["C02.1", "Writes plain notes for the file.", "1", "C02", "G1"],
    ["C02.3", "Edits the team's reports for sense.", "3", "C02", "G1"],
    ["P07.2", "Plans the team's work for the quarter.", "2", "P07", "G2"],
    ["P07.3", "Sets the plan for the year.", "3", "P07", "G2"],
    ["P07.3b", "Revises the plan when the budget moves.", "3", "P07", "G2"],
]


def test_a_column_of_codes_is_the_competency(tmp_path):
    path = _csv(tmp_path / "coded.csv", _CODED)
    result = compkit.ingest(path, text_from="statement_text")
    fw = result.framework
    assert list(fw.competencies["competency"]) == ["C01", "C02", "P07"]
    cells = _cells(result)
    assert cells[("P07", "level-3")] == [
        "Sets the plan for the year.",
        "Revises the plan when the budget moves.",
    ]
    assert sum(map(len, cells.values())) == 8
    assert sorted(fw.groups["group"]) == ["G1", "G2"]
    said = " ".join(result.report.to_frame()["message"])
    assert "column 'parent' read as the competency (column 'bucket' their group)" in said
    assert "8 rows name 3 codes ('C01', 'C02', 'P07', ...)" in said


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("score", ["1", "2", "3", "1", "3", "2", "3", "3"]),  # numbers: a score, no code
        ("grade_code", ["L1", "L2", "L3", "L1", "L3", "L2", "L3", "L3"]),  # the level again
        ("ref", [f"R{n}" for n in range(8)]),  # a row's own reference
    ],
)
def test_other_columns_of_codes_are_no_competency(tmp_path, name, column):
    rows = [["statement_text", "tier", name]] + [
        [r[1], r[2], c] for r, c in zip(_CODED[1:], column, strict=True)
    ]
    result = compkit.ingest(_csv(tmp_path / "plain.csv", rows), text_from="statement_text")
    assert list(result.framework.competencies["competency"]) == ["plain"]
    assert "read as the competency" not in " ".join(result.report.to_frame()["message"])


def _workbook(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_line_wrapped_inside_a_name_stays_in_its_statement(tmp_path):
    wrapped = (
        "Presents the annual plan to the Executive\nBoard and its auditors\n"
        "Reports progress to the Senior Leadership\nTeam each quarter\nAgrees budgets with Finance"
    )
    listed = "Creates new screens on Android\nMigrates old code to new patterns"
    path = _workbook(
        tmp_path / "wraps.xlsx",
        [
            ["Competency", "Level", "Behaviours"],
            ["Planning", "1", wrapped],
            ["Mobile", "1", listed],
        ],
    )
    cells = _cells(compkit.ingest(path))
    assert cells[("Planning", "level-1")] == [
        "Presents the annual plan to the Executive Board and its auditors",
        "Reports progress to the Senior Leadership Team each quarter",
        "Agrees budgets with Finance",
    ]
    assert cells[("Mobile", "level-1")] == listed.split("\n")


def test_a_skills_download_with_a_contents_block_reads_every_cell(tmp_path):
    """The shape of a team's skills sheets saved as CSV (Windows-1252): a contents block, a
    "CHANNEL:" line, then "Subdomain | Skill | Level | Description", names written once."""
    rows = [
        ["Contents", "", "", ""],
        ["Querying", "How data is asked for", "", ""],
        ["Pipelines", "How data moves", "", ""],
        ["", "", "", ""],
        ["CHANNEL: Data Work", "", "", ""],
        ["Subdomain", "Skill", "Level", "Description"],
        ["Querying", "SQL", "Beginner", "Writes a SELECT with a WHERE clause – alone"],
        ["", "", "Novice", "Joins two tables and groups the rows"],
        ["", "", "Competent", "Reads a query plan and adds an index"],
        ["", "Caching", "Beginner", "Knows where the cache sits"],
        ["", "", "Novice", "Sets a time to live on a cached answer"],
        ["Pipelines", "Scheduling", "Beginner", "Runs a job by hand"],
        ["", "", "Competent", "Schedules jobs with retries"],
    ]
    path = tmp_path / "skills.csv"
    with path.open("w", newline="", encoding="cp1252") as handle:
        csv.writer(handle).writerows(rows)
    result = compkit.ingest(path)
    fw = result.framework
    assert list(fw.competencies["competency"]) == ["SQL", "Caching", "Scheduling"]
    assert sorted(fw.groups["group"]) == ["Pipelines", "Querying"]
    assert list(fw.levels["level_name"]) == ["Beginner", "Novice", "Competent"]
    cells = _cells(result)
    assert cells[("SQL", "beginner")] == ["Writes a SELECT with a WHERE clause – alone"]
    assert sum(map(len, cells.values())) == 7
    said = " ".join(result.report.to_frame()["message"])
    assert "'CHANNEL: Data Work' (above the header row)" in said


def test_sheets_titled_framework_then_cluster_take_the_cluster_as_group(tmp_path):
    """A matrix split over a sheet per cluster, each titled "<framework>: <cluster>", levels
    undefined as "-" on one sheet and "N/A" on the other (the shape of e-CF's areas)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in {
        "Plan": [["Aligns plans with goals.", "-", "Sets the plan."]],
        "Build": [["N/A", "Builds the service.", "Leads the build."]],
    }.items():
        sheet = book.create_sheet(name)
        sheet.append([f"Team Skills Areas: {name.upper()}"])
        sheet.append([])
        sheet.append(["Skill", "Level 1", "Level 2", "Level 3"])
        sheet.append([f"{name} skill", *rows[0]])
    path = tmp_path / "areas.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    fw = result.framework
    assert sorted(fw.groups["group"]) == ["BUILD", "PLAN"]
    assert result.document["title"] == "Team Skills Areas"
    assert sum(map(len, _cells(result).values())) == 4
    said = " ".join(result.report.to_frame()["message"])
    assert "title 'Team Skills Areas': the words every sheet's title line opens with" in said
