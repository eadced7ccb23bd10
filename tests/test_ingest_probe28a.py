"""Ingest, PDF: frameworks printed by others, read for the twenty-eighth round.

The U.S. Digital Service's sample competencies and proficiencies (2021 print, public domain;
the README of ``tests/data/probe28a``) open with a section "Example with four proficiency
levels:" (a heading) holding one competency whose name is run in, in italics, at its
paragraph ("*Analytical Ability*: Approaches problems ..."), over its four level items; the
library's competencies follow, each under a heading of its own. The section's title was read
as the competency's name; the run-in name directly over the levels' items now names it, the
heading over it read as a section's title (``pdfparts``). A page turned the other way by its
``/Rotate`` entry (270°, the text drawn a quarter turn anticlockwise) reads as upright: every
reader of the page (lines' places, plain text, fonts, its top and bottom) now reads an upright
copy (``pdflayout.upright_page``), where the layout text alone was read upright before. Every
test here fails on the code before.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.ingest.pdfparts import dictionary_parts

DATA = Path(__file__).parent / "data" / "probe28a"
INGEST = Path(__file__).parent / "data" / "ingest"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compkit.ingest(DATA / name)


def test_usds_proficiencies_name_the_example_by_its_run_in_name():
    result = _read("usds-sample-competencies-proficiencies-2021.pdf")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Novice", "Competent", "Advanced", "Expert"]
    names = [c.name for c in fw.competency_records]
    assert names[:2] == ["Analytical Ability", "Customer Service and Support"]
    assert len(names) == 13 and not any("Example" in n for n in names)
    per_cell = Counter((i.competency, i.level) for i in fw.indicator_records)
    assert len(per_cell) == 52 and set(per_cell.values()) == {1}
    first = fw.competency_records[0]
    assert first.description == (
        "Approaches problems quantitatively by defining and tracking key metrics to make "
        "data-driven decisions."
    )
    novice = next(i for i in fw.indicator_records if i.competency == first.id)
    assert novice.text.startswith("Unable to break down problems or only talks through")
    said = result.report.to_markdown()
    assert "1 paragraphs opening with a name in bold or italics" in said
    assert "'Example with four proficiency levels:'" in said
    # the section's own paragraph is kept, in the introduction
    intro = " ".join(p.text for p in fw.introduction)
    assert "Use four levels when doing job analysis" in intro


def test_a_heading_over_a_run_in_name_over_recurring_items_is_a_section_title():
    lines = [
        "Example:",
        "Why four.",
        "Writing: Writes well.",
        "• Meets: Notes.",
        "• Exceeds: Edits.",
    ]
    lines += ["Talking", "Speaks.", "• Meets: Talks.", "• Exceeds: Presents."]
    places = [{"page": 1, "lines": [k]} for k in range(1, 10)]
    heads = {0: "h1", 5: "h1"}
    out, _, _, told, notes, levels = dictionary_parts(
        lines, places, {}, heads, [{"Writing:": True}]
    )
    assert levels == ["Meets", "Exceeds"]
    named = [out[k] for k, slot in sorted(told.items()) if slot == "h1"]
    assert named == ["Writing", "Talking"]
    assert "Example:" in out and "'Example:'" in notes[0][1]
    # a run-in name with a paragraph between it and the items: the heading stays
    lines = ["Example:", "Writing: Writes well.", "Why four.", "• Meets: Notes."]
    lines += ["• Exceeds: Edits.", "Talking", "• Meets: Talks.", "• Exceeds: Presents."]
    places = [{"page": 1, "lines": [k]} for k in range(1, 9)]
    heads = {0: "h1", 5: "h1"}
    out, _, _, told, notes, levels = dictionary_parts(
        lines, places, {}, heads, [{"Writing:": True}]
    )
    assert levels == ["Meets", "Exceeds"]
    assert [out[k] for k, slot in sorted(told.items()) if slot == "h1"] == ["Example:", "Talking"]
    assert not any("run in" in n[1] or "bold or italics" in n[1] for n in notes)


def _cells(framework) -> Counter:
    """(competency, level, a cell's statements as one text), words only."""
    levels = {lv.id: lv.name for lv in framework.level_records}
    comps = {c.id: c.name for c in framework.competency_records}
    found: dict = {}
    for i in framework.indicator_records:
        found.setdefault((comps[i.competency], levels.get(i.level)), []).append(i.text)
    return Counter(
        tuple(re.sub(r"[^\w ]+", "", " ".join(k.split())).strip() for k in (*key, " ".join(t)))
        for key, t in found.items()
    )


def _turned_back(pdf: Path, out: Path) -> Path:
    """``pdf`` with every page's text drawn a quarter turn anticlockwise, the page turned 270°."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=pdf)
    for page in writer.pages:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        move = Transformation().translate(-float(box.left), -float(box.bottom))
        page.add_transformation(move.rotate(-90).translate(0, width))
        page.mediabox = RectangleObject((0, 0, height, width))
        if "/CropBox" in page:
            del page["/CropBox"]
        page.rotation = 270
    writer.write(out)
    return out


@pytest.mark.parametrize("name", ["probe23-pdf/matrix.pdf", "probe21-pdf/grid-centred.pdf"])
def test_a_table_on_a_page_turned_270_degrees_reads_as_upright(name, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        upright = compkit.ingest(INGEST / name).framework
        turned = compkit.ingest(_turned_back(INGEST / name, tmp_path / "turned.pdf")).framework
    assert len(turned.level_records) == len(upright.level_records) > 1
    assert _cells(turned) == _cells(upright)
