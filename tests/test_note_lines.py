"""A statement's note over several lines keeps them through a render and back (authoring/_notes)."""

import warnings

import pytest

import compkit
import compkit.authoring as A
from compkit.authoring import set_note

NOTE = "Why this level: new starters learn by listening.\n\nEvidenced by: a record.\nSeen twice."


@pytest.fixture(scope="module")
def noted():
    fw = set_note("cis", "people-l1-3", NOTE)
    return set_note(fw, "people-l1-1", "One line.")


@pytest.mark.parametrize("suffix", ["md", "html", "docx"])
def test_a_notes_lines_and_paragraphs_come_back_from_a_render(noted, suffix, tmp_path):
    path = compkit.render(noted, tmp_path / f"noted.{suffix}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = compkit.ingest(path)
    back = found.framework if hasattr(found, "framework") else found
    notes = {i.text: i.note for i in back.indicator_records if i.note}
    # was: "... listening. Evidenced by: a record. Seen twice.", one line
    assert notes[noted.indicator("people-l1-3").text] == NOTE
    assert notes[noted.indicator("people-l1-1").text] == "One line."
    assert not any(t.endswith("\\") for t in back.indicators["text"])  # the break no word


def test_markdown_breaks_each_line_hard_and_keeps_the_list_tight(noted):
    text = A.render_markdown(noted)
    assert "listening.\\\n  \\\n  Evidenced by: a record.\\\n  Seen twice.\n\n### Level 2" in text


def test_a_workbook_keeps_the_notes_lines(noted, tmp_path):
    from compkit.authoring.exports import export

    path = export(noted, tmp_path / "noted.xlsx")
    assert compkit.import_file(path).framework.indicator("people-l1-3").note == NOTE


def test_the_redline_inserts_a_notes_lines_with_their_breaks(noted):
    import io

    import docx

    doc = docx.Document(io.BytesIO(A.render_redline("cis", noted)))
    para = next(p for p in doc.paragraphs if "new starters learn" in p._p.xml)
    # was: one break, before "Note:", and the note's lines run together
    assert para._p.xml.count("<w:br/>") == 1 + 3
