"""A statement's note: what the source sets beside it that is not the statement itself.

The note travels from the reader (``Para.note``) through the draft (``Statement.note``) into the
framework (``Indicator.note``), its file (``note:``, schema version 2) and its table (column
``note``); a bad note is one clear message; checks and texts read the statement alone.
"""

import dataclasses

import pytest
import yaml

import compkit
from compkit.framework.build import from_dict
from compkit.framework.frames import INDICATOR_COLUMNS
from compkit.ingest.blocks import Para
from compkit.ingest.draft import Draft, Statement
from compkit.ingest.report import IngestReport

WHY = "Why this level: novices follow rules; see Dreyfus (1980)."


def _noted(fw, note=WHY):
    inds = list(fw.indicator_records)
    inds[0] = dataclasses.replace(inds[0], note=note)
    return dataclasses.replace(fw, indicator_records=tuple(inds), schema_version=1)


def test_a_note_survives_the_file_word_for_word_and_asks_for_version_2(tmp_path):
    fw = _noted(compkit.load("cis"))
    out = tmp_path / "fw.yaml"
    compkit.write_yaml(fw, out)
    text = out.read_text(encoding="utf-8")
    assert "schema_version: 2" in text and f"note: {WHY!r}".replace("'", '"') in text
    back = compkit.load(out)
    assert back.indicator_records[0].note == WHY
    assert [i.note for i in back.indicator_records[1:]] == [""] * 61
    assert back.indicator_records[0].text == fw.indicator_records[0].text


def test_a_framework_without_notes_writes_no_note_key(tmp_path):
    out = tmp_path / "fw.yaml"
    compkit.write_yaml(compkit.load("cis"), out)
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1
    assert not [i for c in doc["competencies"] for i in c["indicators"] if "note" in i]


def test_the_table_has_a_note_column():
    fw = _noted(compkit.load("cis"))
    assert INDICATOR_COLUMNS[-1] == "note"
    assert fw.indicators["note"].tolist()[:2] == [WHY, ""]


@pytest.mark.parametrize(
    ("value", "said"),
    [(3, "note: expected a string, got a whole number 3"), ("", "note: empty; expected")],
)
def test_a_bad_note_is_one_clear_message_with_its_line(tmp_path, value, said):
    out = tmp_path / "fw.yaml"
    compkit.write_yaml(_noted(compkit.load("cis")), out)
    text = out.read_text(encoding="utf-8")
    written = f"note: {WHY!r}".replace("'", '"')
    assert written in text
    out.write_text(text.replace(written, f"note: {value!r}"), "utf-8")
    with pytest.raises(compkit.FrameworkFileError) as err:
        compkit.load(out)
    line = next(n for n, s in enumerate(out.read_text().splitlines(), 1) if "note: " in s)
    assert f"fw.yaml:{line}:" in str(err.value) and said in str(err.value)


def test_the_draft_carries_a_statements_note_into_the_framework():
    draft = Draft(IngestReport("f.docx", "headings-lists"))
    c, lv = draft.competency("Delivery"), draft.level("Novice")
    draft.statement(Statement(c, lv, "Writes working code.", note=WHY))
    draft.statement(Statement(c, lv, "Debugs own changes."))
    doc = draft.to_document(id="x", title="X", organisation="Y", source={})
    fw = from_dict(doc)
    assert [(i.text, i.note) for i in fw.indicator_records] == [
        ("Writes working code.", WHY),
        ("Debugs own changes.", ""),
    ]


def test_a_paragraph_has_no_note_unless_a_reader_sets_one():
    assert Para("Writes working code.", {}).note == ""


def test_the_checker_reads_the_statement_not_its_note():
    fw = compkit.load("cis")
    noisy = _noted(fw, "why why this this level level: teh reason.")
    assert len(compkit.check(noisy)) == len(compkit.check(fw))


def test_the_graph_gives_each_statement_its_note():
    g = compkit.to_graph(_noted(compkit.load("cis")))
    notes = [d["note"] for _, d in g.nodes(data=True) if d["type"] == "indicator"]
    assert notes[0] == WHY and set(notes[1:]) == {""}
