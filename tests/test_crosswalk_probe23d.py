"""The cross-walk's deliverables and workflow (twenty-third round): printed, reviewed, read back.

Each test here failed on the code before its fix; the module docstring of each test says what
was wrong. Frameworks are the bundled ones (model-free backend, fast) or self-written fixtures.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

import compkit
from compkit.crosswalk._wraplines import header_lines


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A CiS → WSX workbook whose first statement the method flagged "no counterpart"."""
    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    first = s["subject_id"].iloc[0]
    s = s.assign(unmatched=s["subject_id"].eq(first))
    folder = tmp_path_factory.mktemp("book")
    return load_workbook(compkit.export_crosswalk(s, folder / "cw.xlsx", a="cis", b="wsx"))


def test_a_short_header_prints_on_one_line(book):
    """The "No counterpart" sheet's header row printed two lines tall: "CiS competency" and
    "CiS level" were given columns just too narrow for their names in bold."""
    for name in ("No counterpart", "Competencies"):
        ws = book[name]
        for cell in ws[1]:
            width = ws.column_dimensions[cell.column_letter].width
            if len(cell.value) <= 20:  # a short name is given the room for one line
                assert header_lines(cell.value, width) == 1, (name, cell.value, width)
    ws = book["No counterpart"]
    assert ws.row_dimensions[1].height == 18  # one line
