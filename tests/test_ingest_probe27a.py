"""Ingest, PDF: a library whose competencies are named in bold, run in at their paragraphs.

The U.S. Digital Service's 2019 print of its sample competencies (public domain, CC0; the
README of ``tests/data/probe27a``) sets no headings: each competency is a paragraph opening
with its name in bold and a colon ("**Analytical Ability**: Approaches problems ..."), over a
bullet per level opening with the level's name ("o Unfamiliar: ..."). It was refused (no
competency and level found); each name is now its competency's heading over the rest of its
paragraph (the description), read only where the items under such names recur as levels
(``pdfparts.runin_names``). The corpus laid out so (closed by a colon or a full stop) and
printed by LibreOffice in Carlito and in DejaVu Sans reads too. Every test here fails on the
code before.
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
