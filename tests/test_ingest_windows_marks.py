"""C1 control characters standing for Windows-1252 marks (U+0092 for ’) are read as those marks.

Text saved from Windows in its own encoding and read back as Latin-1 somewhere on its way (a
CMS export, a copy through an old tool) keeps U+0092 where the author typed ’. compkit used to
refuse the whole file over one such character; it now reads the mark the character stands for
and says so in the ingest report.
"""

from pathlib import Path

import openpyxl
import pytest

import compkit

MD = (
    "# Team framework\n\n## Communication\n\n### Level 1\n\n"
    "- Shares the team\x92s news clearly\n- Listens to others \x96 and asks questions\n\n"
    "### Level 2\n\n- Leads the team\x92s meetings\n- Chairs \x93open\x94 reviews\n"
)
WANT = [
    "Shares the team’s news clearly",
    "Listens to others – and asks questions",
    "Leads the team’s meetings",
    "Chairs “open” reviews",
]


def _repairs(result) -> list[str]:
    return [n.message for n in result.report.notes if n.kind == "repair"]


def _texts(result) -> list[str]:
    return [i.text for i in result.framework.indicator_records]


def test_markdown_with_windows_marks_reads_them_and_says_so(tmp_path: Path):
    path = tmp_path / "team.md"
    path.write_text(MD, encoding="utf-8")
    result = compkit.ingest(path)
    assert _texts(result) == WANT
    (said,) = _repairs(result)
    assert "U+0092 as '’'" in said and "U+0096 as '–'" in said and "U+0093 as '“'" in said
    out = tmp_path / "team.yaml"
    result.write(out)
    assert [i.text for i in compkit.load(out).indicator_records] == WANT  # a valid file


def test_a_workbook_cell_with_a_windows_mark(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Competency", "Level 1", "Level 2"])
    sheet.append(["Communication", "Shares the team\x92s news", "Leads the team\x92s meetings"])
    sheet.append(["Delivery", "Plans the week\x85", "Plans the quarter"])
    book.save(tmp_path / "grid.xlsx")
    result = compkit.ingest(tmp_path / "grid.xlsx")
    assert sorted(_texts(result)) == sorted(
        [
            "Shares the team’s news",
            "Leads the team’s meetings",
            "Plans the week…",
            "Plans the quarter",
        ]
    )
    assert len(_repairs(result)) == 1


def test_clean_text_has_no_repair_note(tmp_path: Path):
    path = tmp_path / "team.md"
    path.write_text(MD.translate({0x92: "’", 0x96: "–", 0x93: "“", 0x94: "”"}), encoding="utf-8")
    result = compkit.ingest(path)
    assert _texts(result) == WANT
    assert not [m for m in _repairs(result) if "Windows-1252" in m]


@pytest.mark.parametrize("char", ["\x81", "\x8d", "\x9d"])
def test_bytes_windows_leaves_undefined_are_dropped(tmp_path: Path, char: str):
    path = tmp_path / "team.md"
    path.write_text(MD.replace("clearly", f"clearly{char}"), encoding="utf-8")
    result = compkit.ingest(path)
    assert _texts(result)[0] == "Shares the team’s news clearly"
    assert f"U+{ord(char):04X} dropped (Windows-1252 has no mark for it)" in _repairs(result)[0]
