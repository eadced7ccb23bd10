"""Round 13 probe of PDF ingest: a grid whose level headers wrap in their narrow columns.

Mended (each test fails on the code before):

- a grid (a row per competency, a column per level) whose level names wrap over two or
  three lines ("Junior" over "Engineer"; "Associate" / "Software" / "Engineer") read the
  wrapped lines as a first row of statements ("Engineer" at every level) and every row into
  one competency, or found no table at all ("no competency framework found"); the header's
  lines are now joined column by column when the joined names are levels;
- a header of one title at its grades ("Engineer I | Engineer II | Senior Engineer | Staff
  Engineer"; "Software Engineer I" ... "Staff Software Engineer", Persado's ladder) or of
  "Level N" and a name ("Level 3 Senior Practitioner") named no levels: no table was read;
- a word the narrow column broke with no hyphen ("Competenc" over "y") is joined whole.

The statements are the bundled Children in Scotland framework's, set in Word tables
(python-docx) and printed by LibreOffice; the tests skip when ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT

import compkit
from compkit.testing import word_to_pdf

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)


def _grid(path: Path, head: list[str], *, landscape: bool = False) -> Counter:
    """A Word grid of CiS's short statements under ``head``: a row per competency, one a cell.

    Returns the statements as (competency, level, text), as the grid holds them.
    """
    fw = compkit.load("cis")
    d = docx.Document()
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    d.add_heading("Engineering competency matrix", level=1)
    d.add_paragraph("Each row is a competency; each column a level.")
    table = d.add_table(rows=1, cols=len(head))
    table.style = d.styles["Table Grid"]
    for cell, name in zip(table.rows[0].cells, head, strict=True):
        cell.text = name
    want: Counter = Counter()
    short = iter([i.text for i in fw.indicator_records if len(i.text) < 90])
    for comp in fw.competency_records[:3]:
        cells = table.add_row().cells
        cells[0].text = comp.name
        for cell, level in zip(cells[1:], head[1:], strict=True):
            text = next(short)
            cell.text = text
            want[(comp.name, level, " ".join(text.split()))] += 1
    d.save(path)
    return want


def _read(path: Path) -> tuple[list[str], Counter]:
    fw = compkit.ingest(path).framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    keys = Counter(
        (comps[s.competency], levels.get(s.level), " ".join(s.text.split()))
        for s in fw.indicator_records
    )
    return [lv.name for lv in fw.level_records], keys


HEADS = {
    "two-line": (["Competency", "Junior Engineer", "Mid-level Engineer", "Senior Engineer",
                  "Staff Engineer"], False),
    "three-line": (["Competency", "Associate Software Engineer", "Software Engineer",
                    "Senior Software Engineer", "Staff Software Engineer",
                    "Principal Software Engineer"], True),
    "graded": (["Competency", "Engineer I", "Engineer II", "Senior Engineer",
                "Staff Engineer"], False),
    "numbered": (["Area", "Level 1 Trainee", "Level 2 Practitioner",
                  "Level 3 Senior Practitioner", "Level 4 Expert", "Level 5 Leader"], True),
}  # fmt: skip


@needs_soffice
@pytest.mark.parametrize("name", sorted(HEADS))
def test_a_grid_whose_level_names_wrap_reads_a_row_per_competency(tmp_path, name):
    head, landscape = HEADS[name]
    word = tmp_path / f"{name}.docx"
    want = _grid(word, head, landscape=landscape)
    levels, got = _read(word_to_pdf(word))
    assert levels == head[1:]
    assert got == want


@needs_soffice
def test_a_wrapped_header_is_named_in_the_report(tmp_path):
    word = tmp_path / "grid.docx"
    _grid(word, HEADS["three-line"][0], landscape=True)
    report = compkit.ingest(word_to_pdf(word)).report.to_frame()
    said = " ".join(report["message"])
    assert "a table header's cells wrap over 3 lines" in said
    assert "'Associate Software Engineer'" in said
