"""Ninth probe, plain text and the levels hint: shapes met on real frameworks, on small fixtures.

Each fixture is written here in the shape of a real public framework:

- The Australian Public Service Commission's Integrated Leadership System guide (Word, Crown
  copyright, CC BY 3.0 AU) prints its levels "APS 1" ... "APS 6" twice: as row headers of one
  small table of classifications, and as the column headers of every comparative table.
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest

docx = pytest.importorskip("docx")


def _statements(doc: dict) -> dict[tuple[str, str], list[str]]:
    levels = {lv["id"]: lv["name"] for lv in doc["levels"]}
    out: dict[tuple[str, str], list[str]] = {}
    for comp in doc["competencies"]:
        for s in comp.get("indicators", []):
            out.setdefault((comp["name"], levels[s["level"]]), []).append(s["text"])
    return out


def _table(doc, rows):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _guide(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Leadership pathway", style="Title")
    doc.add_paragraph("Classifications", style="Heading 1")
    _table(doc, [["Level", "Roles"], ["APS 1", "Entry roles."], ["APS 2", "Team members."]])
    doc.add_paragraph("Comparative view", style="Heading 1")
    _table(
        doc,
        [
            ["Capability", "APS 1", "APS 2"],
            ["Thinks ahead", "Plans own tasks.", "Plans the team's work."],
            ["Shares purpose", "Knows the team's goals.", "Explains the team's goals."],
            ["Finishes work", "Completes own tasks.", "Sees projects through."],
        ],
    )
    path = tmp_path / "guide.docx"
    doc.save(path)
    return path


def test_levels_named_find_the_columns_that_hold_the_statements(tmp_path):
    result = ingest(_guide(tmp_path), levels=["APS 1", "APS 2"])
    fw = result.document
    result.framework  # noqa: B018 -- it validates
    cells = _statements(fw)
    assert [lv["name"] for lv in fw["levels"]] == ["APS 1", "APS 2"]
    assert cells[("Thinks ahead", "APS 2")] == ["Plans the team's work."]
    assert cells[("Finishes work", "APS 1")] == ["Completes own tasks."]
    # the classifications table's "Roles" column names no level: left out and said, not
    # read into the level "above" it
    assert "Team members." not in [t for texts in cells.values() for t in texts]
    messages = result.report.to_frame()["message"].tolist()
    assert any("a table's header stands under no level" in m for m in messages)
    assert not any("stands 2 times" in m for m in messages)  # tables repeat their columns
