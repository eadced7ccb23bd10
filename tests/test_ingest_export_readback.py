"""compkit's own CSV and XLSX exports read back by ``compkit.ingest``: notes are notes only.

An export's provenance columns (``source_lines``, ``source``, ``repair_note``: where each
statement stood in the document it was first read from) are no notes of the statements; a
sheet's column is a notes column when a note word ends its header ("Supporting evidence"),
not when it opens it ("Source lines").
"""

from __future__ import annotations

import pytest

import compkit
from compkit.authoring.edits import set_note
from compkit.authoring.exports import export


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_export_reads_back_with_its_notes_and_no_provenance_as_notes(tmp_path, suffix):
    noted = set_note("cis", "people-l1-3", "Why this level: new starters see their own role.")
    path = export(noted, tmp_path / f"cis.{suffix}")
    back = compkit.ingest(path).framework
    notes = {i.text: i.note for i in back.indicator_records if i.note}
    assert notes == {noted.indicator("people-l1-3").text: noted.indicator("people-l1-3").note}
    assert len(back.indicators) == len(noted.indicators)


def test_a_header_opening_on_a_note_word_names_no_notes_column(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Competency,Level,Behaviour,Source lines,Supporting evidence\n"
        "Testing,1,Writes unit tests.,3-4,Added tests to billing.\n"
        "Testing,2,Plans the tests of a service.,5,Planned checkout's tests.\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    notes = [i.note for i in result.framework.indicator_records]
    assert notes == ["Added tests to billing.", "Planned checkout's tests."]
    said = [n.message for n in result.report.notes]
    assert any(m.startswith("column 'Source lines'") and "not read" in m for m in said)
