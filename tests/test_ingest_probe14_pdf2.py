"""Round 14 probe of PDF ingest: FT's eight-level engineering grid printed from a web page.

Mended (each test fails on the code before): the FT engineering progression's competencies
(MIT; ``tests/data/corpus/ft-engineering.yaml``) as one grid, a row per competency and a
column per level, printed by Chromium (or by LibreOffice from Word in 8 pt), read every
statement at "All levels" under competencies named after pieces of the header: the header's
names wrap over four lines and four of them name a track after the level ("Senior Engineer 2
(Individual Contributor)", "Principal Engineer (People Manager)"), which no level word list
knows. A level's name less a track in brackets is now what the header is judged by, and the
eight names are the levels. A comma or stop a narrow column left alone at a line's start
goes on with no space ("commitments" / ", setting"), and a word broken with no hyphen is
joined when its British spelling is a word ("organisationa" / "l": "organisational").

Before / after, statements read right / in source: Chromium 0 / 92, now 57 (3 statements hold
a zero-width space the printed text does not keep; most others are two statements of one cell
run together, its paragraphs printed with no gap); LibreOffice, 8 pt landscape, 0 / 92, now
63. USDS's sample competencies (public domain) as such a grid, its rows running on over a
page break with no name beside them, read into one competency: 0 / 12, now 10. HSE's
management competencies (the corpus's raw HTML table printed as it stands: "Competency |
Examples of positive manager behaviour | Examples of negative ...", group rows "Management
standard: Demands" across it, items bulleted by drawn shapes and written with no stops)
read as text, 10 of 19 competencies, positive items at the wrong side: 28 / 124, now 119, 19
competencies: a header of a name column and two sides is a table's, a lone heading right
over a named row is a group row (not the table's end), and a bullet drawn as a shape opens
its cell line's item. The tests skip when ``chromium`` is not installed.
"""

from __future__ import annotations

import html
import shutil
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.testing import chromium_pdf, grid_page

FT = Path(__file__).parent / "data" / "corpus" / "ft-engineering.yaml"
USDS = FT.with_name("usds-sample-competencies.yaml")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def _keys(fw) -> Counter:
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return Counter(
        (comps[i.competency], levels.get(i.level), " ".join(i.text.split()))
        for i in fw.indicator_records
    )


def _print(source, folder: Path, *, size: str = "8pt", landscape: bool = True) -> Path:
    """``source`` as one web page's grid, a row per competency, printed by Chromium."""
    page = folder / "grid.html"
    page.write_text(
        f'<html><head><meta charset="utf-8"><style>@page {{size: A4 '
        f"{'landscape' if landscape else 'portrait'}; margin: 1cm}}"
        f"body{{font-family:sans-serif;font-size:{size}}} table{{border-collapse:collapse}}"
        "td,th{border:1px solid #999;vertical-align:top;padding:3px;text-align:left}"
        f"p{{margin:0 0 4px 0}}</style></head><body><h1>{html.escape(source.title)}</h1>"
        f"{grid_page(source)}</body></html>",
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    return pdf


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple:
    source = compkit.load(FT)
    return source, compkit.ingest(_print(source, tmp_path_factory.mktemp("ft")))


def test_an_eight_level_grid_whose_levels_name_their_tracks_reads_its_levels(printed):
    source, result = printed
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [lv.name for lv in source.level_records]
    assert [c.name for c in fw.competency_records] == [c.name for c in source.competency_records]
    right = sum((_keys(source) & _keys(fw)).values())
    assert right >= 50  # of 92; was 0, every statement at "All levels"


def test_each_statement_of_the_grid_stands_in_its_level(printed):
    source, result = printed
    fw = result.framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    by_level = {lv.name: " ".join(i.text for i in source.indicator_records if i.level == lv.id)
                for lv in source.level_records}  # fmt: skip
    for ind in fw.indicator_records:
        assert " ".join(ind.text.split()[:4]) in " ".join(by_level[levels[ind.level]].split())


def test_usds_sample_competencies_printed_as_a_grid_read_a_competency_per_row(tmp_path):
    # public sector (USDS, public domain): its rows run on over page breaks with no name
    # beside them; read into one competency before (0 of 12 statements right)
    source = compkit.load(USDS)
    fw = compkit.ingest(_print(source, tmp_path, size="10pt")).framework
    assert [c.name for c in fw.competency_records] == [c.name for c in source.competency_records]
    assert sum((_keys(source) & _keys(fw)).values()) >= 10  # of 12


def test_a_polarity_grid_with_group_rows_printed_from_a_web_page(tmp_path):
    # public sector (HSE's management competencies for preventing stress, provisional in the
    # corpus): "Competency | Examples of positive ... | Examples of negative ...", a group row
    # "Management standard: Demands" over its competencies, items bulleted with no stops
    source = compkit.load(FT.with_name("hse-stress-competencies.yaml"))
    raw = FT.parent / "raw" / "hse-stress-competencies.txt"
    page = tmp_path / "hse.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><style>body{font-family:sans-serif;font-size:10pt}'
        "table{border-collapse:collapse} td,th{border:1px solid #999;vertical-align:top;"
        "padding:3px;text-align:left}</style></head><body><h1>Management competencies</h1>"
        f"{raw.read_text(encoding='utf-8')}</body></html>",
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework

    def keys(f) -> Counter:
        comps = {c.id: c.name for c in f.competency_records}
        return Counter(
            (comps[i.competency], i.polarity, " ".join(i.text.split())) for i in f.indicator_records
        )

    assert [c.name for c in fw.competency_records] == [c.name for c in source.competency_records]
    assert sum((keys(source) & keys(fw)).values()) >= 115  # of 124; was 28, 10 competencies
