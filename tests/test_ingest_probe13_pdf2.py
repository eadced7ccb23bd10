"""Round 13 probe of PDF ingest: lists printed from web pages, their bullets drawn as shapes.

Mended (each test fails on the code before): a web browser printing a page ("Save as PDF",
Chromium's ``--print-to-pdf``) draws a list's bullets as small filled paths, not characters,
so the text layer holds no bullet and items without a full stop ran together in one
statement, or one item's wrapped line was read as the next item. The bullets are now found
among the page's drawn shapes and each item's line is read as a list item, its wrapped lines
at its hanging indent.

Before / after, statements read right / in source: the bundled Children in Scotland
framework 35 / 62, now 62; WSX Mind 0 / 153, now 153 (its items have no full stops); the
Royal Opera House's generic framework (MIT; ``tests/data/ingest/probe12-pdf/README.md``) in
CSS columns 48 / 72, now 72, its "(eg" item no longer cut at the line's end. The pages are
built in the test; the tests skip when ``chromium`` is not installed.
"""

from __future__ import annotations

import html
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.testing import chromium_pdf

DATA = Path(__file__).parent / "data" / "ingest"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def _print(tmp_path: Path, name: str, title: str, body: str, style: str = "") -> Path:
    """A web page printed to PDF by Chromium (skips the test when it prints nothing)."""
    page = tmp_path / f"{name}.html"
    page.write_text(
        f'<html><head><meta charset="utf-8"><style>body{{font-family:sans-serif;'
        f"font-size:11pt}}{style}</style></head><body><h1>{html.escape(title)}</h1>{body}"
        "</body></html>",
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    return pdf


def _keys(path: Path) -> Counter:
    fw = compkit.ingest(path).framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return Counter(
        (comps[s.competency], levels.get(s.level), " ".join(s.text.split()))
        for s in fw.indicator_records
    )


def _lists(by_name: dict) -> str:
    """``{competency: {level: [statements]}}`` as headings over bulleted lists."""
    return "".join(
        f"<h2>{html.escape(name)}</h2>"
        + "".join(
            f"<h3>{html.escape(level)}</h3><ul>"
            + "".join(f"<li>{html.escape(t)}</li>" for t in texts)
            + "</ul>"
            for level, texts in levels.items()
        )
        for name, levels in by_name.items()
    )


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_a_bundled_framework_printed_from_a_web_page_reads_item_by_item(tmp_path, name):
    fw = compkit.load(name)
    levels = {lv.id: lv.name for lv in fw.level_records}
    by_name: dict = {}
    for comp in fw.competency_records:
        cells = by_name.setdefault(comp.name, {})
        for ind in fw.indicator_records:
            if ind.competency == comp.id:
                cells.setdefault(levels[ind.level], []).append(ind.text)
    want = Counter(
        (c, lv, " ".join(t.split())) for c, cells in by_name.items() for lv, ts in cells.items()
        for t in ts
    )  # fmt: skip
    got = _keys(_print(tmp_path, name, fw.title, _lists(by_name)))
    assert got == want


def test_a_web_page_in_css_columns_reads_every_item_whole(tmp_path):
    roh = json.loads((DATA / "probe12-pdf" / "columns.json").read_text("utf-8"))["roh"]
    pdf = _print(
        tmp_path,
        "roh",
        "Progression at the ROH: Generic Framework",
        "<p>This is where all of the ROH's progression frameworks live.</p>"
        f'<div class="cols">{_lists(roh)}</div>',
        ".cols{column-count:2;column-gap:2em}h2{font-size:15pt}h3{font-size:12.5pt}",
    )
    want = Counter((c, lv, t) for c, cells in roh.items() for lv, ts in cells.items() for t in ts)
    assert _keys(pdf) == want


def test_the_report_says_bullets_were_drawn(tmp_path):
    pdf = _print(tmp_path, "one", "Framework", _lists({"Teamwork": {"Level 1": ["Listens"]}}))
    said = " ".join(compkit.ingest(pdf).report.to_frame()["message"])
    assert "1 list bullet drawn as a shape, not a character" in said
