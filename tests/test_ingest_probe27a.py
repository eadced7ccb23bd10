"""Ingest, PDF: a library whose competencies are named in bold, run in at their paragraphs.

The U.S. Digital Service's 2019 print of its sample competencies (public domain, CC0; the
README of ``tests/data/probe27a``) sets no headings: each competency is a paragraph opening
with its name in bold and a colon ("**Analytical Ability**: Approaches problems ..."), over a
bullet per level opening with the level's name ("o Unfamiliar: ..."). It was refused (no
competency and level found); each name is now its competency's heading over the rest of its
paragraph (the description), read only where the items under such names recur as levels
(``pdfparts.runin_names``). The corpus laid out so (closed by a colon or a full stop) and
printed by LibreOffice in Carlito and in DejaVu Sans reads too. And a table on a page turned by
its ``/Rotate`` entry (its text drawn sideways, as LaTeX sets a landscape table on a portrait
page) reads as the same table upright (``pdflayout``). Every test here fails on the code before.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.ingest.pdfparts import dictionary_parts

DATA = Path(__file__).parent / "data" / "probe27a"
CORPUS = Path(__file__).parent / "data" / "corpus"
INGEST = Path(__file__).parent / "data" / "ingest"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compkit.ingest(DATA / name)


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


def test_usds_2019_print_reads_its_thirteen_competencies_at_four_levels():
    result = _read("usds-sample-competencies-2019.pdf")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        "Unfamiliar",
        "Familiar",
        "Experienced",
        "Master",
    ]
    names = [c.name for c in fw.competency_records]
    assert names[:4] == [
        "Analytical Ability",
        "Stakeholder Engagement",
        "Superior EQ",
        "Team Building",
    ]
    assert names[-1] == "Product Design" and len(names) == 13
    per_cell = Counter((i.competency, i.level) for i in fw.indicator_records)
    assert len(per_cell) == 52 and set(per_cell.values()) == {1}
    first = fw.competency_records[0]
    assert first.description.startswith("Approaches problems quantitatively")
    assert first.description.endswith("to make data-driven decisions.")
    master = next(
        i for i in fw.indicator_records if i.competency == "team-building" and i.level == "master"
    )  # runs on over a page break
    assert master.text.startswith("Has both lead and built teams multiple times")
    assert master.text.endswith("up and down their chain of command.")
    said = result.report.to_markdown()
    assert "13 paragraphs opening with a name in bold" in said


@pytest.mark.parametrize(
    ("pdf", "source", "cells"),
    [
        ("usds-runin-carlito.pdf", "usds-sample-competencies", 12),  # "Name: ..."
        ("usds-runin-dejavu.pdf", "usds-sample-competencies", 12),
        ("ft-runin-stop-carlito.pdf", "ft-engineering", 72),  # "Name. ...", 8 levels
    ],
)
def test_corpus_laid_out_with_run_in_names_reads_every_cell(pdf, source, cells):
    fw = _read(pdf).framework
    src = compkit.load(CORPUS / f"{source}.yaml")
    want = _cells(src)
    assert len(want) == cells
    assert sum((want & _cells(fw)).values()) == cells
    assert [c.name for c in fw.competency_records] == [c.name for c in src.competency_records]


def test_bold_openers_over_items_that_are_no_levels_are_left_as_they_were():
    lines = ["Writing: Writes well.", "• Plans: Notes.", "• Edits: Drafts.", "Talking: Speaks."]
    lines += ["• Speaks: Talks.", "• Listens: Hears."]
    places = [{"page": 1, "lines": [k]} for k in range(1, 7)]
    bolds = [{"Writing": True, "Talking": True}]
    out, _, _, heads, notes, levels = dictionary_parts(lines, places, {}, {}, bolds)
    assert (out, heads, notes, levels) == (lines, {}, [], [])
    lines[4:] = ["• Plans: Talks.", "• Edits: Hears."]
    out, _, _, heads, notes, levels = dictionary_parts(lines, places, {}, {}, bolds)
    assert out[:6] == ["Writing", "Writes well.", "Plans", "– Notes.", "Edits", "– Drafts."]
    assert (
        levels == ["Plans", "Edits"] and "2 paragraphs opening with a name in bold" in notes[0][1]
    )


def _turned(pdf: Path, out: Path) -> Path:
    """``pdf`` with every page's text drawn a quarter turn round and the page turned back."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=pdf)
    for page in writer.pages:
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        move = Transformation().translate(-float(box.left), -float(box.bottom))
        page.add_transformation(move.rotate(90).translate(height, 0))
        page.mediabox = RectangleObject((0, 0, height, width))
        if "/CropBox" in page:
            del page["/CropBox"]
        page.rotation = 90
    writer.write(out)
    return out


@pytest.mark.parametrize(
    "name", ["levels-gsa.pdf", "probe23-pdf/matrix.pdf", "probe21-pdf/grid-centred.pdf"]
)
def test_a_table_on_a_turned_page_reads_as_upright(name, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        upright = compkit.ingest(INGEST / name).framework
        turned = compkit.ingest(_turned(INGEST / name, tmp_path / "turned.pdf")).framework
    assert _cells(turned) == _cells(upright)
    assert len(turned.indicator_records) == len(upright.indicator_records)
