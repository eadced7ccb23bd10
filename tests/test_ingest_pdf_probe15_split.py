"""Round 15 probe of PDF grids: a named row split by a page break, its header repeated.

Mended (each test fails on the code before):

- a grid whose rows are named ("1.01 Written communication | <Beginner> | ... | <Expert>")
  and whose header row a browser repeats at each page's top (``<thead>``) read the part of a
  row that a page break carries over, under the repeated header, as a row of its own with a
  blank name; the whole table then lost its row names (APHL/CDC communication domain printed
  at 9pt: 9 competencies named after the group rows, 114 statements, a level "All levels";
  CiS, GSA and Monzo printed as grids: one competency, no statement in its place). Such a
  line (no text in the names' column, right after the page break and the header repeated or
  not) now goes on in the row above (``pdftables._runs_on``), and each cell's text joins
  over the break while its sentence is open (``pdfcells._over``: "... communicating the" /
  "impact of ..."; "planning" / "I have ..." stays two statements).

Kept: a row whose name stands on the next page's first line opens a row of its own.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.testing import cell_keys, chromium_pdf, fixture_script, grid_pdf, in_place

DATA = Path(__file__).parent / "data"
HERE = DATA / "ingest" / "probe15-groups"
ROOT = Path(__file__).parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LEVELS = ("beginner", "competent", "proficient", "expert")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


MAKE = fixture_script(HERE / "make_aphl.py")
ROWS = MAKE.rows()


def _chromium(page: Path) -> Path:
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    return pdf


@pytest.mark.parametrize("size", ["9pt", "11pt"])
def test_aphl_rows_split_by_page_breaks_keep_their_names(tmp_path, size):
    # printed as the round's PDF test prints it, but rows may break over pages; at 9pt was
    # 9 competencies named after group rows, 114 statements, a level "All levels"
    style = (
        f"@page{{size:letter landscape;margin:1.5cm}} body{{font-family:serif;font-size:{size}}}"
        "table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;"
        "vertical-align:top;padding:3px;text-align:left;width:20%}"
    )
    page = MAKE.write_html(tmp_path / "aphl.html", ROWS)
    page.write_text(
        page.read_text(encoding="utf-8").replace("<head>", f"<head><style>{style}</style>"),
        encoding="utf-8",
    )
    fw = compkit.ingest(_chromium(page)).framework
    assert [lv.name for lv in fw.level_records] == [lv.capitalize() for lv in LEVELS]
    names = [f"{r['subcompetency_value']} {r['subcompetency_text']}" for r in ROWS]
    assert [c.name for c in fw.competency_records] == names
    want = Counter(
        (f"{r['subcompetency_value']} {r['subcompetency_text']}", lv.capitalize(),
         re.sub(r"(\w)- (\w)", r"\1\2", " ".join(r[lv].split())))
        for r in ROWS for lv in LEVELS
    )  # fmt: skip
    assert cell_keys(fw) == want  # every statement cut by a page whole again


def _grid(source, folder: Path, *, thead: bool) -> Path:
    """``source`` as a grid, a row per competency, its header row repeated on each page."""
    pdf = grid_pdf(source, folder, thead=thead)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    return pdf


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "data" / "frameworks" / "cis.yaml",
        DATA / "corpus" / "gsa-508-pm.yaml",
        DATA / "corpus" / "monzo-backend.yaml",
    ],
    ids=["cis", "gsa", "monzo"],
)
def test_a_grid_whose_header_repeats_on_each_page_keeps_its_row_names(tmp_path, path):
    # each grid's rows break over 2-3 pages; was one competency, no statement in its place
    source = compkit.load(path)
    plain = compkit.ingest(_grid(source, tmp_path, thead=False)).framework
    fw = compkit.ingest(_grid(source, tmp_path, thead=True)).framework
    assert [c.name for c in fw.competency_records] == [c.name for c in source.competency_records]
    right = in_place(source, fw)
    assert right >= in_place(source, plain)  # as without the header
    assert right >= 0.7 * len(source.indicator_records)
