"""Ingest, PDF: public frameworks laid out as publishers print them (twenty-ninth round).

Sthorm's data framework (MIT) printed with each criterion's examples under it, in italics and
led by "Example:": the examples were read as competencies ("Example: leads calls, does onsite
interviews") and as statements; they are now the statements' notes (``pdfnotes``), word for
word. Its topics' headings open with an emoji the fonts do not draw (LibreOffice's text layer
gives "✨"): "✨ Influence" was not read as a heading, its statements went to the topic before;
a heading opening with any pictograph now reads as one (``pdffonts``). GSA's Section 508 guide
(CC0) printed as a table a competency, its rows running on over page breaks under the header
repeated: an item the page break cut was read as two statements ("• Review and" /
"recommend the approval ..."); it is joined again (``pdfrunon``). The fixtures were printed
with Carlito and with DejaVu (``tests/data/probe29a/README.md``); reading them needs neither
font. Every test here fails on the code before.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pytest
import yaml

import compkit
from compkit.ingest.blocks import Para
from compkit.ingest.pdfnotes import attach_notes, item_notes
from compkit.ingest.pdfrunon import join_run_on
from compkit.ingest.textlines import text_document

DATA = Path(__file__).parent / "data"
HERE = DATA / "probe29a"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compkit.ingest(HERE / name)


def _plain(text: str) -> str:
    """A name without the pictures a font may not draw (emoji, their selectors and joiners)."""
    kept = "".join(c for c in text if unicodedata.category(c) not in ("So", "Sk", "Mn", "Cf"))
    return " ".join(kept.split())


def _sthorm() -> tuple[Counter, dict]:
    """Sthorm's statements as (topic, level, text) and each criterion's examples, as printed."""
    front = yaml.safe_load(
        (DATA / "probe27g" / "sthorm-data-framework.md").read_text().split("---")[1]
    )
    cells, notes = Counter(), {}
    for topic in front["topics"]:
        name = _plain(topic.get("title") or topic["name"].title())
        for block in topic["content"]:
            level = f"Level {block['level']}"
            for text in block.get("criteria") or []:
                cells[name, level, text] += 1
            for item in block.get("exampleCriteria") or []:
                cells[name, level, item["criteria"]] += 1
                notes[item["criteria"]] = " ".join(f"Example: {e}" for e in item["examples"])
    return cells, notes


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_sthorm_examples_are_their_statements_notes(font):
    result = _read(f"sthorm-data-examples-{font}.pdf")
    fw = result.framework
    names = {c.id: _plain(c.name) for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    got = Counter((names[i.competency], levels[i.level], i.text) for i in fw.indicator_records)
    cells, notes = _sthorm()
    assert got == cells  # 141 statements in their topic and level
    assert not any(n.startswith("Example") for n in names.values())
    assert {i.text: i.note for i in fw.indicator_records if i.note} == notes  # 29, word for word
    assert "kept as the item's note" in result.report.to_markdown()


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_sthorm_headings_opening_with_a_picture_read_as_topics(font):
    fw = _read(f"sthorm-data-examples-{font}.pdf").framework
    assert [_plain(c.name) for c in fw.competency_records] == [
        "Communication",
        "Impact",
        "Leadership",
        "Influence",
        "Mastery",
        "Mastery - Data Science",
        "Mastery - Data Analytics",
    ]


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_gsa_items_cut_by_a_page_break_read_whole(font):
    result = _read(f"gsa-508-numbered-tables-{font}.pdf")
    fw = result.framework
    corpus = compkit.load(DATA / "corpus" / "gsa-508-pm.yaml")
    want = Counter(i.text for i in corpus.indicator_records)
    got = Counter(i.text for i in fw.indicator_records)
    # Carlito wraps one lead-in right after "in support of:", its nested items read apart
    assert sum((want - got).values()) <= (1 if font == "carlito" else 0)
    assert "Review and recommend the approval or disapproval of funding requests." in got
    assert "recommend the approval or disapproval of funding requests." not in got
    assert {lv.name for lv in fw.level_records} == {"Beginner", "Intermediate", "Advanced"}
    assert "cut by a page break" in result.report.to_markdown()


def test_labelled_lines_stay_where_they_are_no_item_note():
    lines = [
        "Teamwork",
        "Example: a heading's note",  # under a heading: not an item's
        "• Evidence: listens first",  # an item opening with a label: a statement
        "• Shares",
        "Plans well. Example: a label inside a line",  # a paragraph, not a note
        "1. Leads",
        "Why this level: experts lead.",
        "Sources: SFIA.",
    ]
    where = [{"page": 1, "lines": [k]} for k in range(1, len(lines) + 1)]
    out, notes, said = item_notes(lines, where, {0})
    assert out[:6] == lines[:6] and out[6:] == ["", ""]
    assert notes == {(1, (6,)): "Why this level: experts lead. Sources: SFIA."}
    assert "'Why this level:', 'Sources:'" in said[0][1]
    doc = text_document(out, places=where, headings={0: "PDF heading"})
    assert attach_notes(doc, notes) == 1


def test_a_finished_item_over_a_page_break_stays_apart():
    def grid(page, *cells):
        head = [{"paras": [Para("Beginner", {})]}, {"paras": [Para("Advanced", {})]}]
        return [head, [{"paras": [Para(t, {"page": page}) for t in c]} for c in cells]]

    where = [{"page": 1, "lines": [1]}, {"page": 1, "lines": [20]}, {"page": 2, "lines": [1]}]
    tables = {0: grid(1, ["• Plans work."], ["Leads teams."]), 2: grid(2, ["Sets goals"], [])}
    assert join_run_on(["", "", ""], where, tables) == []  # a sentence ended; a new one starts
    assert [p.text for p in tables[2][1][0]["paras"]] == ["Sets goals"]
    # two tables on one page are two tables, whatever their items
    where[2] = {"page": 1, "lines": [30]}
    tables = {0: grid(1, ["• Review and"], []), 2: grid(1, ["approve funding."], [])}
    assert join_run_on(["", "", ""], where, tables) == []
