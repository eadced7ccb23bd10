"""Round 18 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- a grid's rows that hold only a name (competencies defined nowhere yet, their level cells
  blank) stand in the layout text as lines alone at the names' column, right over the next
  row: they were read as one name wrapping on into that row's ("Keeping records ...
  Estimating Handling requests ... Planning" holding Planning's statements), or, at a page's
  top, as headings that ended the table. The longer step between two rows than between two
  lines of one name now parts them (``pdfnamerows``): GDS's career path printed as a grid
  24 → 35 of 35 statements in their cell, with its header printed on every page or not, its
  six empty rows named right (two were one name).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.testing import cell_keys, framework_from_cells, grid_pdf, in_place

CORPUS = Path(__file__).parent / "data" / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

# self-written: rows with no statements yet between two rows that have them
EMPTY_ROWS = {
    "Sharing work": {
        "beginner": [
            "Keeps notes where the team can find them.",
            "Asks for a review before merging a change.",
        ],
        "intermediate": [
            "Runs the team's review rota when the lead is away.",
            "Shows newer colleagues how the team keeps its records.",
        ],
        "advanced": ["Sets how the team reviews work and writes it down."],
    },
    "Keeping records up to date for the whole team": {},
    "Estimating": {},
    "Handling requests from other teams": {},
    "Planning": {
        "beginner": [
            "Breaks a task into steps of a day or less.",
            "Says early when a step takes longer than planned.",
        ],
        "intermediate": [
            "Plans a fortnight's work for a pair.",
            "Spots work that depends on another team.",
        ],
        "advanced": ["Plans a quarter's work with the team and revisits it monthly."],
    },
}


def _unused(result) -> list[str]:
    return [m for m in result.report.to_frame()["message"] if "holds no statement" in m]


@needs_chromium
def test_rows_holding_only_a_name_stay_apart_from_the_row_under_them(tmp_path):
    # was 5 of 10: Planning's statements under "Keeping records ... Estimating ... Planning"
    source = framework_from_cells(EMPTY_ROWS, levels=("beginner", "intermediate", "advanced"))
    pdf = grid_pdf(source, tmp_path)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    result = compkit.ingest(pdf)
    fw = result.framework
    assert in_place(source, fw) == len(fw.indicator_records) == 10
    assert [c.name for c in fw.competency_records] == ["Sharing work", "Planning"]
    unused = _unused(result)
    for name in ("Keeping records up to date for the whole team", "Estimating"):
        assert any(f"'{name}' was read as a competency" in m for m in unused)


@needs_chromium
@pytest.mark.parametrize("thead", [False, True])
def test_gds_rows_with_no_statements_at_a_page_top_keep_the_table_open(tmp_path, thead):
    # GDS's career path (Open Government Licence): was 24 of 35 in their cell, the third
    # page's rows (four empty, then "Pair programming") read as headings and lines, under
    # the header printed again there (thead) or not
    source = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    pdf = grid_pdf(source, tmp_path, thead=thead)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    result = compkit.ingest(pdf)
    fw = result.framework
    assert in_place(source, fw) == len(fw.indicator_records) == 35
    assert not cell_keys(fw) - cell_keys(source)
    unused = _unused(result)
    for name in ("Prioritising your time", "Working independently", "Assessing performance"):
        assert any(f"'{name}' was read as a competency" in m for m in unused)
