"""Twenty-ninth probe (J): a statement's note read back from compkit's own Word document.

A render prints a statement's note under it, after a line break, led by "Note:" in italics
(``authoring/_notes.py``). Read back, "Note:" was no label of a statement's reasons: the note
joined the statement's words ("... for myself. Note: Why this level: ..."). It is now set aside
as the statement's note, compkit's own label left out, word for word.
"""

import compkit
import compkit.authoring as A

WHY = "Why this level: new starters learn by listening."


def test_a_rendered_note_is_read_back_as_the_note(tmp_path):
    fw = A.set_note("cis", "people-l1-1", WHY)
    path = tmp_path / "noted.docx"
    A.render(fw, path)
    back = compkit.ingest(path).framework
    first = next(i for i in back.indicator_records if i.text.startswith("I take responsibility"))
    assert first.text == fw.indicator("people-l1-1").text  # was: the note in its words
    assert first.note == WHY
