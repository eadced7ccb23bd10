"""A ladder whose levels are job titles, printed a section per level (probe 21, helper A2).

The shape of Canada's Key Leadership Competencies (2005): "Deputy Minister", "Director",
"Manager" each over the same competencies, one of them split into sub-parts. Nothing in the
names says which tier is the levels; what is said under them does (``tiertopics``), and the
sub-parts under some competencies only are no competencies (``raggedtiers``). The fixture is
self-written (``tests/data/ingest/probe21-titles/make_titles.py``).
"""

from __future__ import annotations

import html
import importlib
import shutil
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.ingest.blocks import Document, Label, Para, Region
from compkit.ingest.jobladder import job_ladder
from compkit.testing import chromium_pdf, fixture_script

DATA = Path(__file__).parent / "data" / "ingest" / "probe21-titles"
MAKE = fixture_script(DATA / "make_titles.py")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
tiers = importlib.import_module("compkit.ingest.tiers")
tiertopics = importlib.import_module("compkit.ingest.tiertopics")
raggedtiers = importlib.import_module("compkit.ingest.raggedtiers")


def _name(tagged: str) -> str:
    """The competency's name without its tagline (read as its description since round 22)."""
    return tagged.split(" \u2014 ")[0]


def _expected() -> Counter:
    return Counter(
        (_name(comp), level, text)
        for level, comps in MAKE.CELLS.items()
        for comp, parts in comps.items()
        for items in parts.values()
        for text in items
    )


def _cells(fw) -> Counter:
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return Counter((comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records)


def test_fixture_files_are_what_the_script_writes():
    assert (DATA / "titles.html").read_text(encoding="utf-8") == MAKE.html_page()
    assert (DATA / "titles.md").read_text(encoding="utf-8") == MAKE.markdown_page()


@pytest.mark.parametrize("name", ["titles.html", "titles.md"])
def test_job_titles_over_the_same_competencies_read_as_levels(name):
    result = compkit.ingest(DATA / name)
    fw = result.framework
    # levels in printed order, the side's words set aside; every statement in its cell
    assert [lv.name for lv in fw.level_records] == [
        "PERMANENT SECRETARY",
        "HEAD OF SERVICE",
        "TEAM LEADER",
    ]
    assert _cells(fw) == _expected()
    # the names in capitals, each tagline its competency's description, word for word
    assert [(c.name, c.description) for c in fw.competency_records] == [
        tuple(t.split(" \u2014 ")) for t in (MAKE.INTEGRITY, MAKE.FORESIGHT, MAKE.DELIVERY)
    ]
    # the report says why the job titles are the levels, and leaves the sub-parts unused
    report = result.report.to_markdown()
    assert "the '###' labels name their topics" in report
    assert "'Evidence' (3 times, the first here) is in no statement" in report


def test_the_same_ladder_printed_by_competency_still_reads_the_titles_as_levels(tmp_path):
    """The topics' evidence points the other way when the competencies are the outer tier."""
    body = "<h1>Leadership Competencies</h1>"
    comps = list(next(iter(MAKE.CELLS.values())))
    for comp in comps:
        body += f"<h2>{html.escape(comp)}</h2>"
        for level, by_comp in MAKE.CELLS.items():
            body += f"<h3>{level}</h3><ul>"
            items = [t for part in by_comp[comp].values() for t in part]
            body += "".join(f"<li>{html.escape(t)}</li>" for t in items) + "</ul>"
    page = tmp_path / "by-competency.html"
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    fw = compkit.ingest(page).framework
    assert [lv.name for lv in fw.level_records] == list(MAKE.CELLS)
    assert [c.name for c in fw.competency_records] == [_name(c) for c in comps]
    assert sum(_cells(fw).values()) == 24


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_page_printed_to_pdf_reads_the_same(tmp_path):
    page = tmp_path / "titles.html"
    page.write_text(MAKE.html_page(), encoding="utf-8")
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert [lv.name for lv in fw.level_records] == list(MAKE.CELLS)
    assert _cells(fw) == _expected()


def test_the_ladder_as_a_word_document_reads_the_same(tmp_path):
    from docx import Document as WordDocument

    doc = WordDocument()
    doc.add_heading("Leadership Competencies", 1)
    for level, comps in MAKE.CELLS.items():
        doc.add_heading(f"{level} - Effective Behaviours", 2)
        for comp, parts in comps.items():
            doc.add_heading(comp, 3)
            for part, items in parts.items():
                if part:
                    doc.add_paragraph().add_run(part).bold = True
                for text in items:
                    doc.add_paragraph(text, style="List Bullet")
    doc.save(tmp_path / "titles.docx")
    fw = compkit.ingest(tmp_path / "titles.docx").framework
    assert [lv.name for lv in fw.level_records] == list(MAKE.CELLS)
    assert _cells(fw) == _expected()


def _doc(cells: dict[tuple[str, str], str]) -> Document:
    return Document(
        [Region((Label(a, "h2"), Label(b, "h3")), [Para(t, {})]) for (a, b), t in cells.items()]
    )


def test_topic_tier_says_nothing_when_neither_tier_shares_its_words():
    doc = _doc(
        {
            ("Director", "Ethics"): "Models conduct",
            ("Manager", "Ethics"): "Explains rules",
            ("Director", "Planning"): "Sets budgets",
            ("Manager", "Planning"): "Schedules reviews",
        }
    )
    assert tiertopics.topic_tier(doc, "h2", "h3") is None


def test_topic_tier_finds_the_outer_tier_when_it_is_the_topics():
    doc = _doc(
        {
            ("Ethics", "Director"): "Models ethical conduct for the branch",
            ("Ethics", "Manager"): "Models ethical conduct for the unit",
            ("Planning", "Director"): "Sets multi-year budget priorities",
            ("Planning", "Manager"): "Schedules quarterly budget reviews",
        }
    )
    assert tiertopics.topic_tier(doc, "h2", "h3")[0] == "h2"


def test_joining_words_make_no_job_ladder():
    """Two taglines sharing "through" (one with "Strategic") are no ladder of ranks."""
    names = [
        "VALUES \u2014 Serving through integrity",
        "STRATEGIC THINKING \u2014 Innovating through ideas",
    ]
    assert not job_ladder(names, least=2)
    assert job_ladder(["Engineer", "Senior Engineer", "Principal Engineer"])


def _region(*labels: tuple[str, str]) -> Region:
    return Region(tuple(Label(t, s) for t, s in labels), [Para("Acts.", {})])


def test_sub_parts_under_every_competency_stay_the_competencies():
    """Only when some competency holds its statements directly are the sub-parts no tier."""
    regions = [
        _region((lv, "h2"), (c, "h3"), (p, "bold"))
        for lv in ("Director", "Manager")
        for c in ("Ethics", "Thinking")
        for p in ("Analysis", "Ideas")
    ]
    assert raggedtiers.ragged_parent(regions, "h2", "bold", ["h3", "bold"]) is None
    regions = [_region((lv, "h2"), ("Ethics", "h3")) for lv in ("Director", "Manager")]
    regions += [
        _region((lv, "h2"), ("Thinking", "h3"), (p, "bold"))
        for lv in ("Director", "Manager")
        for p in ("Analysis", "Ideas")
    ]
    assert raggedtiers.ragged_parent(regions, "h2", "bold", ["h3", "bold"]) == "h3"
    # a heading over the sub-parts under one level only repeats nothing: no tier
    assert (
        raggedtiers.ragged_parent(regions[:1] + regions[2:4], "h2", "bold", ["h3", "bold"]) is None
    )


def test_one_word_shared_by_chance_is_no_topic():
    """ "Shares information" beside "Keeps information to themselves": one word, no tell."""
    doc = _doc(
        {
            ("Teamwork", "Above the line"): "Shares information with colleagues",
            ("Teamwork", "Below the line"): "Keeps information to themselves",
            ("Integrity", "Above the line"): "Keeps promises",
            ("Integrity", "Below the line"): "Blames others",
        }
    )
    assert tiertopics.topic_tier(doc, "h2", "h3") is None
