"""Round 20 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- a competency dictionary in the layout of OPM's proficiency tables, printed to PDF (a line
  "Keeping Records - Keeps ..." over a table "Proficiency Level | Proficiency Level
  Definition | Proficiency Level Illustrations", a row per level, one competency a page):
  no header was found (the first header wrapped, "Proficiency" over "Level", or every header
  wrapped after the same two words), and the 13 illustrations and 20 definitions were read
  as 42 and 36 statements in one cell. The headers now name a column of levels
  (``pdfheads.by_row``), the line above each table is the table's competency
  (``ingest/pdfcaptions.py``, as Word reads it), the definitions are the levels'
  descriptions, each said once however many tables repeat them (``ingest/levelcolumns.py``,
  in Word and web pages too): 13 of 13 statements in their cell from Chromium's print and
  from LibreOffice's;
- a proficiency scale printed as a table "Score | Proficiency Level | Description" (the NIH
  Proficiency Scale's shape): "Description", a bold header cell taken for a dictionary's part
  label and set aside, kept its font heading with no text, and the ingest was refused with
  "competency 'c': missing required key 'name'" (``pdfparts.dictionary_parts``);
- a note under a list whose last item fills one line ("Developmental opportunities for this
  competency are available from ...", NIH's competencies dictionary printed from its pages)
  was read as that item's wrapped line; a line left of the item's bullet or below a gap opens
  a paragraph (``ingest/pdfitemends.py``): 17 → 18 of 18 key behaviours whole.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.testing import chromium_pdf, fixture_script

DATA = Path(__file__).parent / "data" / "ingest" / "probe20-pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

# the self-written dictionary's cells (make_opm.py): competency -> level number -> statements
OPM = {
    "Keeping Records": {
        5: [
            "Sets the record-keeping standard for the whole service",
            "Audits records across several teams and reports the gaps to the board",
        ],
        4: ["Changes how records are kept when the team keeps missing them"],
        3: [
            "Reads the team's records weekly and fixes what is out of date",
            "Trains new staff in the filing system",
        ],
        2: ["Files every note where the team can find it"],
        1: ["Writes down what was done and where it was left each day"],
    },
    "Planning Work": {
        5: ["Plans a year of work across several teams and keeps the plan current"],
        4: [
            "Plans a quarter of work with the team and revisits it monthly",
            "Spots work that depends on other teams before it starts",
        ],
        3: ["Plans a fortnight of work for a pair"],
        2: ["Breaks a task into steps of a day or less"],
        1: ["Says early when a step takes longer than planned"],
    },
}


def _cells(fw) -> set[tuple[str, int, str]]:
    comps = {c.id: c.name for c in fw.competency_records}
    ranks = {lv.id: lv.rank for lv in fw.level_records}
    return {(comps[i.competency], ranks[i.level], i.text) for i in fw.indicator_records}


@pytest.mark.parametrize("name", ["opm-chromium.pdf", "opm-word.pdf"])
def test_an_opm_proficiency_table_in_a_pdf_reads_its_caption_and_its_levels(name):
    # was: 42 (Chromium) and 36 (LibreOffice) statements in one cell, the definitions among them
    result = compkit.ingest(DATA / name)
    fw = result.framework
    want = {(c, n, t) for c, levels in OPM.items() for n, ts in levels.items() for t in ts}
    assert _cells(fw) == want
    described = {c.name: c.description for c in fw.competency_records}
    assert described["Keeping Records"].startswith("Keeps the team's records complete")
    # the caption's wrapped line is read (its description), not reported as unused
    assert "unused" not in set(result.report.to_frame()["kind"])
    levels = {lv.name: lv.description for lv in fw.level_records}
    # each level's definition said once, not once per table
    assert levels["Level 2 - Basic"] == (
        "Applies the competency in somewhat difficult situations\n\nRequires frequent guidance"
    )


@pytest.mark.parametrize("name", ["opm.docx", "opm.html"])
def test_the_definitions_every_table_repeats_are_each_levels_description_once(tmp_path, name):
    # was: each level's definition written once per competency's table into its description
    fixture_script(DATA / "make_opm.py").main(tmp_path)
    fw = compkit.ingest(tmp_path / name).framework
    assert len(fw.indicator_records) == 13
    levels = {lv.name: lv.description for lv in fw.level_records}
    assert levels["Level 5 - Expert"] == (
        "Applies the competency in exceptionally difficult situations\n\n"
        "Serves as a key resource and advises others"
    )


# self-written: a proficiency scale as a table "Score | Proficiency Level | Description", the
# NIH Proficiency Scale's shape (a score column before the level's name, a name in brackets)
SCALE = [
    ("1", "Basic", "(first steps)", "You know the words and the main ideas used in this area of "
     "work, and where to read more.", ["Focus is on learning."]),
    ("2", "Working", "(some practice)", "You do routine tasks in this area with help from a "
     "colleague, and you say when you are unsure.", ["You ask when unsure."]),
    ("3", "Skilled", "(on your own)", "You do most tasks in this area without help, and you "
     "check your own work before you share it.", ["You help newer staff."]),
]  # fmt: skip


@needs_chromium
def test_a_part_label_set_aside_leaves_no_nameless_heading(tmp_path):
    # was: "Description", a bold header cell read as a dictionary's part label and set aside,
    # kept its font heading with no text: a competency with no name, and the ingest refused
    # with "competency 'c': missing required key 'name'"
    rows = "".join(
        f"<tr><td>{s}</td><td>{n}<br>{q}</td><td><p>{d}</p><ul>"
        + "".join(f"<li>{b}</li>" for b in bs)
        + "</ul></td></tr>"
        for s, n, q, d, bs in SCALE
    )
    page = tmp_path / "scale.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>body{font-family:serif;font-size:11pt}"
        "table{border-collapse:collapse} td,th{border:1px solid #000;vertical-align:top;"
        "padding:4px} td:first-child{width:8%} td:nth-child(2){width:20%}</style></head><body><h2>Team Proficiency Scale</h2><p>The scale measures how well "
        "a person applies a skill at work, in three steps.</p><table><tr><th>Score</th>"
        f"<th>Proficiency Level</th><th>Description</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert all(c.name for c in fw.competency_records)
    texts = " ".join(i.text for i in fw.indicator_records)
    assert "You help newer staff." in texts


@needs_chromium
def test_a_note_under_a_list_is_not_its_last_items_wrapped_line(tmp_path):
    # was: "Training for this skill is listed on the intranet." under a list whose last item
    # fills one line read as that item's wrapped line: "Names the experts. Training for ..."
    # (NIH's competencies dictionary printed from its pages: 1 of 18 key behaviours so spoilt)
    body = "<h1>Skills dictionary</h1>"
    for name, items in (
        ("Research Knowledge", ["Reads the new papers in the field each month.", "Names experts."]),
        ("Data Handling", ["Keeps data sets tidy and documented.", "Backs up data."]),
    ):
        body += f"<h2>{name}</h2><h3>Key Behaviors</h3><ul>"
        body += "".join(f"<li>{t}</li>" for t in items)
        body += "</ul><p>Training for this skill is listed on the intranet.</p>"
    page = tmp_path / "dictionary.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>body{font-family:sans-serif;font-size:11pt}"
        f"</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    texts = [i.text for i in compkit.ingest(pdf).framework.indicator_records]
    assert "Names experts." in texts
    assert "Backs up data." in texts
    assert not any("Training" in t and not t.startswith("Training") for t in texts)
