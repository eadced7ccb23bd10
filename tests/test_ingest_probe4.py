"""Ingest of shapes found on a fourth round of real public frameworks, on self-written fixtures.

Real Word, Excel and PDF frameworks (SFIA 8's workbook, the University of Auckland's research
management capability framework, ...) read through ``compkit ingest``; each defect found is
pinned here on a small fixture written by the test itself.
"""

from __future__ import annotations

import compkit


def _cells(result) -> list[tuple[str, str, str]]:
    frame = result.framework.indicators
    return list(zip(frame["competency_id"], frame["level"], frame["text"], strict=True))


# -- Excel's _xHHHH_ escapes -------------------------------------------------------------------


def test_excel_escaped_line_ends_are_not_read_into_statements(tmp_path):
    openpyxl = __import__("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Skills"
    sheet.append(["Skill", "Level 1", "Level 2"])
    sheet.append(
        [
            "Planning",
            "Plans own work._x000D_\nKeeps a to-do list._x000D_\n",
            "Plans the team's work._x000D_\nNames files like plan_x005F_x0041_v2.",
        ]
    )
    path = tmp_path / "skills.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert _cells(result) == [
        ("planning", "level-1", "Plans own work."),
        ("planning", "level-1", "Keeps a to-do list."),
        ("planning", "level-2", "Plans the team's work."),
        # Excel's escape of a literal '_x' stays the text the author typed
        ("planning", "level-2", "Names files like plan_x0041_v2."),
    ]
