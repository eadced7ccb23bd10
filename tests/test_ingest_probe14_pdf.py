"""Round 14 probe of PDF ingest: grids whose cells hold several statements and run over pages.

Mended (each test fails on the code before): a grid (a row per competency, a column per
level, a paragraph per statement) printed by LibreOffice read every statement into one
competency named after the document's title:

- the page after a break has no text in the competency column (a name stands once, at its
  row's top), so pypdf's layout text starts that page's columns further left and a level's
  text read as the competency column's; the page is now set in its header page's columns
  (``ingest/pdfalign.py``), and a row opens only with a name (the next page's first line
  with no name goes on with the row broken there);
- a name wrapped in title case in the narrow name column ("Demonstrating" / "Personal" /
  "Qualities") read as three paragraphs;
- a cell's paragraphs printed with no gap between them are told apart by the space a wrapped
  line keeps at its end in the PDF's text (``ingest/pdfwraps.py``): "... formal and
  informal." over "Report to ..." is one statement of two sentences, "... uses." over
  "follow coding ..." two, "WSX Mind’s" over "Equalities" over "Policy" one.

Before / after, statements read right / in source: WSX Mind 0 / 153, now 147; GSA's Section
508 PM guide 0 / 113, now 112; GDS's career path (9 of 26 competencies) 0 / 35, now 15 (its
lower-case items that fill their lines stay joined: the text cannot tell them apart). Every
cell's words now stand in its own cell. The grids are built in the test from the bundled
WSX framework and the corpus's GSA and GDS files; the tests skip without ``soffice``.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import compkit
from compkit.testing import word_grid, word_to_pdf

CORPUS = Path(__file__).parent / "data" / "corpus"
pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)
SOURCES = {
    "wsx": ("wsx", True),
    "gsa": (CORPUS / "gsa-508-pm.yaml", False),
    "gds": (CORPUS / "gds-tech-career-path.yaml", False),
}


def _grid(fw, path: Path, *, landscape: bool) -> Path:
    """A Word grid of ``fw``: a row per competency with statements, a paragraph per statement."""
    return word_to_pdf(word_grid(fw, path, landscape=landscape))


def _cells(fw) -> dict[tuple[str, str], list[str]]:
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    out: dict = defaultdict(list)
    for i in fw.indicator_records:
        out[(comps[i.competency], levels.get(i.level))].append(" ".join(i.text.split()))
    return out


@pytest.fixture(scope="module")
def grids(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("grids")
    out = {}
    for name, (source, landscape) in SOURCES.items():
        fw = compkit.load(source)
        out[name] = (fw, compkit.ingest(_grid(fw, folder / f"{name}.docx", landscape=landscape)))
    return out


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_grid_over_pages_reads_a_competency_per_row_and_each_cell_whole(grids, name):
    source, result = grids[name]
    fw = result.framework
    used = {i.competency for i in source.indicator_records}
    want = [c.name for c in source.competency_records if c.id in used]
    assert [c.name for c in fw.competency_records] == want
    assert [lv.name for lv in fw.level_records] == [lv.name for lv in source.level_records]
    got, expected = _cells(fw), _cells(source)
    assert set(got) == set(expected)
    for key, texts in expected.items():
        # every word of the cell, in order, in its own cell (a hyphen or a space at a line's
        # end may be mended otherwise than the source spells the word)
        assert re.sub(r"[\s-]", "", " ".join(got[key])) == re.sub(r"[\s-]", "", " ".join(texts))


def test_most_statements_of_the_grids_read_whole(grids):
    right = {}
    for name, (source, result) in grids.items():
        want = Counter(t for texts in _cells(source).values() for t in texts)
        got = Counter(t for texts in _cells(result.framework).values() for t in texts)
        right[name] = sum((want & got).values())
    assert right["wsx"] >= 145
    assert right["gsa"] >= 108
    assert right["gds"] >= 14


def test_a_line_ending_with_a_space_goes_on_and_one_short_of_its_column_ends(grids):
    got = {t for texts in _cells(grids["gsa"][1].framework).values() for t in texts}
    # two sentences, one paragraph: "... formal " / "and informal. " / "Report to ..."
    assert (
        "Identify all stakeholders, internal and external, formal and informal. Report to "
        "stakeholders formally and informally." in got
    )
    wsx = {t for texts in _cells(grids["wsx"][1].framework).values() for t in texts}
    assert (
        "Values, respects and promotes equality and diversity in work in-line with WSX "
        "Mind’s Equalities Policy" in wsx
    )
    assert not wsx & {"Mind’s", "Equalities", "Policy"}
    gds = _cells(grids["gds"][1].framework)
    # "uses." ends short of its column: the next line, in lower case, opens the next item
    assert gds[("Building software as a team", "Junior level")][0] == (
        "be familiar with the language and tools your team uses."
    )


def test_a_name_wrapped_in_its_narrow_column_is_one_name(grids):
    fw = grids["wsx"][1].framework
    assert fw.competency_records[0].name == "Demonstrating Personal Qualities"
    assert "Continually & Creatively Improving" in [c.name for c in fw.competency_records]
