"""Round 21 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- a proficiency scale printed as a table "Score | Proficiency Level | Description", a row per
  level (the NIH Proficiency Scale's shape), read as one level: no header was found ("Score"
  names no column of levels), so Chromium's print read its rows as competencies at "All
  levels" and LibreOffice's named levels "(basic knowledge)" from a row's lines. A score
  column before a column of level names now heads a table with a row per level
  (``pdfheads.by_row``), whose score column Word's reader sets aside
  (``scalecolumns.score_column``); a score under a score opens the next row
  (``pdfheads.next_score``); a header cell opening with a lower-case word that names no
  level is a row's line, not a new header (``pdfheads.levels_header``);
- a web page's table printed by a browser centres its header cells: "Proficiency Level" and
  "Description" stood right of their columns' text, and each cell was read into the column
  before it. The columns start where the body's lines start (``ingest/pdfcentred.py``): the
  scale, and a grid printed with the browser's header style (14 of 14 in place, was 0:
  10 read, all under one competency).

The fixtures are self-written: the scale of the NIH scale's shape (``probe21-pdf/make_scale.py``)
and a small grid (``probe21-pdf/make_grid.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.testing import fixture_script

DATA = Path(__file__).parent / "data" / "ingest" / "probe21-pdf"
SCALE = fixture_script(DATA / "make_scale.py").SCALE
NAMES = [f"{n} {q}" if q else n for _, n, q, _, _ in SCALE]


@pytest.mark.parametrize("name", ["scale-chromium.pdf", "scale-word.pdf"])
def test_a_printed_score_scale_reads_a_level_per_row(name):
    # was: Chromium's print 1 level ("All levels"), the rows read as 5 competencies;
    # LibreOffice's 2 levels named "(basic knowledge)" and "understanding of basic"
    result = compkit.ingest(DATA / name)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == NAMES
    assert len(fw.competency_records) == 1
    by_level = {lv.id: lv.name for lv in fw.level_records}
    cells = sorted((by_level[i.level], i.text) for i in fw.indicator_records)
    want = sorted(
        (named, t) for named, (_, _, _, d, bs) in zip(NAMES, SCALE, strict=True) for t in [d, *bs]
    )
    assert cells == want
    notes = " ".join(e.message for e in result.report.notes)
    assert "'Score' column holds each level's score (N/A, 1, 2, 3, 4)" in notes
    assert "a column per competency" not in notes  # the columns are each level's properties


def test_a_centred_header_takes_its_columns_from_the_body():
    from compkit.ingest.pdfcentred import body_starts

    head = [(0, "Level"), (12, "Proficiency"), (50, "Description")]
    body = [
        "Basic    Knows the words   Learns the words, reads the guides.",
        "         and ideas         Asks when unsure.",
        "Expert   Sets the way      Leads the team.",
    ]
    assert body_starts(body, 0, head) == [0, 9, 27]
    # a left-aligned header (the body's text under each cell) keeps its starts
    left = [(0, "Level"), (9, "Proficiency"), (27, "Description")]
    assert body_starts(body, 0, left) == [0, 9, 27]


def test_a_lower_case_row_line_is_no_header():
    from compkit.ingest.pdfheads import levels_header

    assert not levels_header(["(basic knowledge)", "understanding of basic"])
    assert levels_header(["junior", "senior"])  # lower-case level names are still a header


def test_a_grid_printed_with_centred_headers_reads_each_cell_in_place():
    # was: 1 competency x 2 levels, 10 of 14 statements read, none in its cell (the row
    # names' column read as the first level's, each level's column as the one before it)
    grid = fixture_script(DATA / "make_grid.py")
    fw = compkit.ingest(DATA / "grid-centred.pdf").framework
    assert [lv.name for lv in fw.level_records] == grid.LEVELS
    names = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    cells = sorted((names[i.competency], levels[i.level], i.text) for i in fw.indicator_records)
    want = sorted(
        (comp, level, text)
        for comp, row in grid.GRID.items()
        for level, cell in zip(grid.LEVELS, row, strict=True)
        for text in cell
    )
    assert cells == want
