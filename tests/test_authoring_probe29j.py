"""A statement's note in the author's tools (twenty-ninth round, helper J).

A note (``Indicator.note``) is what a source sets beside a statement that is not the statement:
its reasons ("Why this level: ..."), evidence, sources, an example. Before this round a render
dropped it, an edit could not set it, and a changed note was no change to ``diff``, the change
log or the redline. Here: renders print it under its statement led by "Note:" (Word and HTML in
italics after a line break, Markdown on a line of the item's own); ``set_note`` sets or clears
it and ``set_text`` keeps it; ``diff`` calls a statement whose words stay and whose note
changed "note changed" (``old_statement_note``/``new_statement_note``), and one reworded or
moved "its note changed too"; the change log and the redline show the note's words apart.
"""

import io
import re

import pytest

import compkit
import compkit.authoring as A
from compkit.errors import CompkitWarning

WHY = "Why this level: new starters learn by listening."


@pytest.fixture(scope="module")
def noted():
    fw = A.set_note("cis", "people-l1-1", WHY)
    return A.set_note(fw, "people-l1-2", "Evidenced by: a record of feedback & <notes>.")


def test_markdown_prints_the_note_on_a_line_of_the_item(noted):
    text = A.render_markdown(noted)
    # was: the note nowhere; the statement's line closes in a hard break (a line of its own)
    assert "for myself.\\\n  *Note:* Why this level: new starters learn by listening.\n" in text
    assert "*Note:* Evidenced by: a record of feedback & \\<notes\\>." in text
    assert "Note:" not in A.render_markdown("cis")  # a framework without notes: none


def test_html_prints_the_note_after_a_line_break_in_grey(noted):
    page = A.render_html(noted)
    assert (
        'for myself.<br><em class="note">Note:</em><span class="note"> Why this level: new '
        "starters learn by listening.</span></li>" in page
    )
    assert ".note { color: #555;" in page


def test_word_prints_the_note_after_a_line_break_label_in_italics(noted):
    import docx

    doc = docx.Document(io.BytesIO(A.render_docx(noted)))
    paras = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    para = next(p for p in paras if "Why this level" in p.text)  # CiS: a table of levels
    assert para.text.endswith("for myself.\nNote: " + WHY)
    label = next(r for r in para.runs if r.text == "Note:")
    assert label.italic


def test_set_note_sets_and_clears_and_a_reword_keeps_it(noted):
    assert noted.indicator("people-l1-1").note == WHY
    reworded = A.set_text(noted, "people-l1-1", "I look after my own wellbeing.")
    assert reworded.indicator("people-l1-1").note == WHY
    assert A.set_note(noted, "people-l1-1", "  ").indicator("people-l1-1").note == ""
    with pytest.warns(CompkitWarning, match="nothing to change: people-l1-1 already"):
        A.set_note(noted, "people-l1-1", WHY)
    with pytest.raises(compkit.UsageError, match="set_note: expected the note as text"):
        A.set_note(noted, "people-l1-1", None)


def test_a_set_note_survives_the_file(noted, tmp_path):
    out = compkit.write_yaml(noted, tmp_path / "noted.yaml")
    assert compkit.load(out).indicator("people-l1-1").note == WHY


def test_diff_tells_a_changed_note_from_a_changed_statement(noted):
    new = A.set_note(noted, "people-l1-1", "Why this level: new starters listen first.")
    new = A.set_text(new, "people-l1-2", "I ask for help when I need it.")
    new = A.set_note(new, "people-l1-2", "Evidenced by: notes.")
    new = A.set_note(new, "people-l1-3", "Sources: CiS.")
    changes = compkit.diff(noted, new).set_index("old_id")
    # was: people-l1-1 and people-l1-3 unchanged (no row), people-l1-2 reworded with no remark
    assert changes.loc["people-l1-1", "change"] == "note changed"
    assert changes.loc["people-l1-1", "old_statement_note"] == WHY
    assert changes.loc["people-l1-3", "new_statement_note"] == "Sources: CiS."
    assert changes.loc["people-l1-2", "change"] == "reworded"
    assert changes.loc["people-l1-2", "note"] == "its note changed too"


def test_the_change_log_shows_the_notes_words_apart(noted):
    new = A.set_note(noted, "people-l1-1", "Why this level: new starters listen first.")
    log = A.render_changelog(compkit.diff(noted, new))
    assert "**1 statement with a changed note**" in log
    assert "## Note changed (statement kept) (1)" in log
    assert (
        "  - Note (not part of the statement): Why this level: new starters "
        "~~learn by listening.~~ **listen first.**" in log
    )
    page = A.render_changelog(compkit.diff(noted, new), to="html")
    assert '<span class="note"><em>Note (not part of the statement):</em> Why this' in page


def test_the_redline_tracks_the_note_apart_from_the_statement(noted):
    import docx

    new = A.set_note(noted, "people-l1-1", "")
    new = A.set_note(new, "people-l1-3", "Sources: CiS.")
    doc = docx.Document(io.BytesIO(A.render_redline(noted, new)))
    xml = {p.text[:30]: p._p.xml for p in doc.paragraphs if "Note:" in p._p.xml}
    gone = next(x for k, x in xml.items() if k.startswith("I take responsibility"))
    came = next(x for k, x in xml.items() if k.startswith("I recognise how my role"))
    # the statements kept in place (no deleted statement text), the notes struck or inserted
    assert re.search(r"<w:del [^>]*>\s*<w:r>\s*<w:rPr>\s*<w:i/>\s*</w:rPr>\s*<w:delText", gone)
    assert '<w:delText xml:space="preserve"> Why this level' in gone
    assert re.search(r"<w:ins [^>]*>\s*<w:r>\s*<w:rPr>\s*<w:i/>", came)
    assert "Sources: CiS." in came


def test_the_cli_diff_table_shows_a_notes_change(noted, tmp_path, capsys):
    from compkit.cli import main

    old = compkit.write_yaml(noted, tmp_path / "old.yaml")
    new = compkit.write_yaml(A.set_note(noted, "people-l1-1", ""), tmp_path / "new.yaml")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "note changed" in out and "(note: [-Why this level:" in out
    assert "1 statement with a changed note" in out
