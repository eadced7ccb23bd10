"""A value added, renamed, removed or described otherwise shows in the tracked-changes document
(round 24, B). An author's revision of GDS's career path added a described value: ``compkit
diff`` listed it, and the Word document of tracked changes said nothing of it.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

import compkit
from compkit.authoring.redline import render_redline

GDS = Path(__file__).parent / "data" / "corpus" / "gds-tech-career-path.yaml"


def _marks(old, new) -> tuple[list[str], list[str], list[str]]:
    doc = docx.Document(io.BytesIO(render_redline(old, new)))
    body = doc.element.body
    ins = [t.text for t in body.xpath(".//w:ins/w:r/w:t")]
    dels = [t.text for t in body.xpath(".//w:del/w:r/w:delText")]
    return ins, dels, [p.text for p in doc.paragraphs]


def test_an_added_value_is_inserted_with_its_description():
    doc = compkit.framework.to_dict(GDS)
    doc["values"] = [{"id": "openness", "name": "Openness", "description": "We work in the open."}]
    doc["competencies"][0]["values"] = ["openness"]
    ins, dels, _ = _marks(GDS, compkit.framework.build.from_dict(doc))
    assert ins[-3:] == ["Values", "Openness", "We work in the open."]
    assert not dels


def test_a_value_renamed_and_one_removed_are_tracked():
    cis = compkit.load("cis")
    gone = cis.value_records[1]
    doc = compkit.framework.to_dict("cis")
    doc["values"][0]["name"] = "Open, fair and honest"
    del doc["values"][1]
    for comp in doc["competencies"]:
        comp["values"] = [v for v in comp.get("values", []) if v != gone.id]
    ins, dels, _ = _marks("cis", compkit.framework.build.from_dict(doc))
    assert ins == ["Open, fair and honest"]
    assert dels == [cis.value_records[0].name, gone.name]


def test_no_value_changed_no_values_section():
    _, _, paragraphs = _marks("cis", "cis")
    assert "Values" not in paragraphs
