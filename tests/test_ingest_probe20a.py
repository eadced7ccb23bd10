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
  from LibreOffice's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.testing import fixture_script

DATA = Path(__file__).parent / "data" / "ingest" / "probe20-pdf"

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
    fw = compkit.ingest(DATA / name).framework
    want = {(c, n, t) for c, levels in OPM.items() for n, ts in levels.items() for t in ts}
    assert _cells(fw) == want
    described = {c.name: c.description for c in fw.competency_records}
    assert described["Keeping Records"].startswith("Keeps the team's records complete")
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
