"""A rung no word list knows between two level columns; a group column named for what it groups.

Probed (probe 14, tables; rows written for the tests in the same shapes): the NSW Public Sector
Capability Framework (NSW Public Service Commission, CC BY 4.0) as a workbook, a row per
capability, its group ("Capability group": Personal Attributes, Relationships, Results, ...)
in a cell merged down the group's rows, and a column per level: "Foundational | Intermediate |
Adept | Advanced | Highly Advanced". Measured before and after (``/tmp/s14/tables``): four
levels read, "Adept" (a level of every NSW capability set) reported as a column not read and
its statements lost (19 of 24 statements), the groups reported unused; now five levels, 24 of
24, each capability in its group. The same sheet with a column "Notes" between two levels
keeps it apart.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.tables import find_columns

_NSW = ["Foundational", "Intermediate", "Adept", "Advanced", "Highly Advanced"]


def _sheet(path, head, rows, merge=None):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def _rows(groups, levels):
    out = []
    for group, comps in groups:
        for k, comp in enumerate(comps):
            cells = [f"Shows {comp.lower()} at step {j}." for j in range(1, len(levels) + 1)]
            out.append([group if k == 0 else None, comp, *cells])
    return out


def test_a_rung_between_two_level_columns_is_a_level_and_groups_merged_down_are_read(tmp_path):
    groups = [("Personal Attributes", ["Act with Integrity", "Manage Self"]), ("Results", ["Plan"])]
    path = _sheet(
        tmp_path / "nsw.xlsx",
        ["Capability group", "Capability", *_NSW],
        _rows(groups, _NSW),
        merge="A2:A3",
    )
    got = compkit.ingest(path)
    doc = got.document
    assert [lv["name"] for lv in sorted(doc["levels"], key=lambda lv: lv["rank"])] == _NSW
    assert [g["name"] for g in doc["groups"]] == ["Personal Attributes", "Results"]
    assert [(c["name"], c["group"]) for c in doc["competencies"]] == [
        ("Act with Integrity", "personal-attributes"),
        ("Manage Self", "personal-attributes"),
        ("Plan", "results"),
    ]
    assert sum(len(c["indicators"]) for c in doc["competencies"]) == 15
    assert not [n for n in got.report.notes if n.kind == "unused"]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Capability group", "group"),
        ("Competency cluster", "group"),
        ("Skill category", "group"),
        ("Cluster name", "group"),
        ("Capability", "competency"),
    ],
)
def test_a_group_column_may_name_what_it_groups(header, role):
    cols = find_columns([header, "Name", "Foundational", "Advanced"], {})
    assert cols.get(role) == 0


def test_a_kind_of_column_between_two_level_columns_stays_apart(tmp_path):
    head = ["Capability", "Foundational", "Notes", "Advanced"]
    rows = [["Plan", "Plans a day.", "Seen in reviews.", "Plans a year."]]
    got = compkit.ingest(_sheet(tmp_path / "notes.xlsx", head, rows))
    assert [lv["name"] for lv in got.document["levels"]] == ["Foundational", "Advanced"]
    assert any("'Notes'" in n.message for n in got.report.notes if n.kind == "unused")
