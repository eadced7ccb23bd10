"""Ingest, PDF: a part's label run in under every heading stays a label (review of round 28).

A library printed from Word sets each competency as a heading over an italic "*Summary:* ..."
paragraph and its level items ("• Novice: ..."). The run-in names read for USDS's example
(``pdfparts.runin_names``) took each "Summary" for the competency and the headings for
sections' titles: one competency, "Summary", held all the statements. A name run in at two
lines or more, or naming a part ("Summary", "Definition"), is a label: the headings stay the
competencies. Every test here fails on the code before.
"""

from __future__ import annotations

import shutil
import warnings
from collections import Counter

import pytest

import compkit
from compkit.ingest.pdfparts import dictionary_parts, runin_names
from compkit.testing import word_to_pdf

_COMPS = {
    "Communication": (
        "Writes and speaks clearly to any audience.",
        [
            "Shares updates with the team when asked.",
            "Writes clear notes for the team.",
            "Presents plans to other teams.",
            "Shapes how the organisation communicates.",
        ],
    ),
    "Delivery": (
        "Gets the right things done on time.",
        [
            "Completes assigned tasks with help.",
            "Plans their own work for a sprint.",
            "Plans the work of a team.",
            "Sets delivery practice across teams.",
        ],
    ),
    "Teamwork": (
        "Works well with others toward shared goals.",
        [
            "Helps a teammate when asked.",
            "Pairs with others on hard problems.",
            "Builds trust across teams.",
            "Builds a culture of collaboration.",
        ],
    ),
}
_LEVELS = ["Novice", "Competent", "Advanced", "Expert"]


def _lines(label: str) -> tuple[list[str], list[dict], dict[int, str]]:
    lines = ["Sample competency library"]
    heads: dict[int, str] = {}
    for name, (said, items) in _COMPS.items():
        heads[len(lines)] = "PDF heading 1"
        lines += [name, f"{label}: {said}"]
        lines += [f"• {lv}: {text}" for lv, text in zip(_LEVELS, items, strict=True)]
    places = [{"page": 1, "lines": [k]} for k in range(1, len(lines) + 1)]
    return lines, places, heads


@pytest.mark.parametrize("label", ["Summary", "Key Points"])
def test_a_label_run_in_under_every_heading_leaves_the_headings_the_competencies(label):
    lines, places, heads = _lines(label)
    bolds = [{f"{label}:": True}]
    found = runin_names(lines, places, heads, {}, bolds)
    assert found == ({} if label == "Summary" else {k + 1: label for k in heads})
    out, _, _, told, notes, levels = dictionary_parts(lines, places, {}, heads, bolds)
    assert levels == _LEVELS
    assert [out[k] for k, slot in sorted(told.items()) if slot == "PDF heading 1"] == list(_COMPS)
    assert not any("bold or italics" in n[1] for n in notes)
    # the paragraphs keep their words as they stand
    assert sum(f"{label}: {said}" in out for said, _ in _COMPS.values()) == 3


def test_a_part_label_run_in_under_one_heading_is_no_competency():
    lines, places, heads = _lines("Summary")
    keep = len(lines[: lines.index("Delivery")])
    lines, places = lines[:keep], places[:keep]
    heads = {i: s for i, s in heads.items() if i < keep}
    assert runin_names(lines, places, heads, {}, [{"Summary:": True}]) == {}


def test_a_name_run_in_once_under_a_section_title_is_still_read():
    # USDS's case: one distinct name, run in over the levels' items under a section's title
    lines = ["Example:", "Writing: Writes well.", "• Meets: Notes.", "• Exceeds: Edits."]
    lines += ["Talking", "Speaks.", "• Meets: Talks.", "• Exceeds: Presents."]
    places = [{"page": 1, "lines": [k]} for k in range(1, 9)]
    bolds = [{"Writing:": True}]
    assert runin_names(lines, places, {0: "h1", 4: "h1"}, {}, bolds) == {1: "Writing"}


def test_a_printed_library_with_summary_run_in_under_each_heading(tmp_path):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    import docx

    doc = docx.Document()
    doc.add_heading("Sample competency library", 0)
    doc.add_paragraph("These competencies describe what we expect of staff at each level.")
    for name, (said, items) in _COMPS.items():
        doc.add_heading(name, 1)
        para = doc.add_paragraph()
        para.add_run("Summary:").italic = True
        para.add_run(" " + said)
        for lv, text in zip(_LEVELS, items, strict=True):
            doc.add_paragraph(f"{lv}: {text}", style="List Bullet")
    word = tmp_path / "runin_summary.docx"
    doc.save(word)
    word_to_pdf(word)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = compkit.ingest(tmp_path / "runin_summary.pdf")
    fw = result.framework
    assert [c.name for c in fw.competency_records] == list(_COMPS)
    assert [lv.name for lv in fw.level_records] == _LEVELS
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    cells = Counter((comps[i.competency], levels[i.level]) for i in fw.indicator_records)
    assert len(cells) == 12 and set(cells.values()) == {1}
    texts = {i.text for i in fw.indicator_records}
    assert texts == {t for _, items in _COMPS.values() for t in items}
    said = result.report.to_markdown()
    assert "is in no statement, name or description" not in said
