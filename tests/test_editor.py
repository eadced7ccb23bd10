import shutil
from pathlib import Path

import pytest

import compkit
from compkit.authoring.edits import add_indicator, move_indicator, remove_indicator, set_text
from compkit.authoring.widget import editor

DATA = Path(__file__).parent / "data"


def ids(fw, competency, level):
    return [i.id for i in fw.indicator_records if i.competency == competency and i.level == level]


def test_edits_return_a_new_framework_and_keep_the_old(clustered):
    fw = set_text(clustered, "caring-lead-1", "Designs services with service users.")
    assert fw.indicator("caring-lead-1").text == "Designs services with service users."
    assert (
        clustered.indicator("caring-lead-1").text
        == "Designs services around what service users say."
    )
    assert fw.path == clustered.path


def test_add_remove_and_move(clustered):
    fw = add_indicator(
        clustered, "caring", "foundation", "Greets people.", after="caring-foundation-1"
    )
    assert ids(fw, "caring", "foundation") == [
        "caring-foundation-1",
        "caring-foundation-3",
        "caring-foundation-2",
    ]
    fw = add_indicator(fw, "Leading others", "Senior", "Delegates.", id="delegates")
    assert ids(fw, "leading", "senior") == ["leading-senior-1", "delegates"]
    fw = remove_indicator(fw, "caring-foundation-1")
    assert ids(fw, "caring", "foundation") == ["caring-foundation-3", "caring-foundation-2"]
    fw = move_indicator(fw, "caring-foundation-2", by=-1)
    assert ids(fw, "caring", "foundation") == ["caring-foundation-2", "caring-foundation-3"]
    fw = move_indicator(fw, "caring-foundation-2", by=5)
    assert ids(fw, "caring", "foundation") == ["caring-foundation-3", "caring-foundation-2"]
    fw = move_indicator(fw, "caring-foundation-2", competency="delivering", level="senior")
    assert ids(fw, "delivering", "senior") == ["delivering-senior-1", "caring-foundation-2"]


def test_bad_edits_are_refused_with_clear_messages(clustered):
    with pytest.raises(
        compkit.UsageError, match="unknown indicator 'nope' in framework 'clustered'"
    ):
        set_text(clustered, "nope", "x")
    with pytest.raises(compkit.UsageError, match="set_text: the statement is empty; expected"):
        set_text(clustered, "caring-lead-1", "  ")
    with pytest.raises(compkit.UsageError, match="unknown level 'chief'"):
        move_indicator(clustered, "caring-lead-1", level="chief")
    with pytest.raises(
        compkit.FrameworkFileError, match="level 'foundation' is not one of the levels"
    ):
        move_indicator(clustered, "caring-lead-1", competency="leading", level="foundation")


@pytest.fixture
def copy(tmp_path):
    return Path(shutil.copy(DATA / "clustered.yaml", tmp_path / "clustered.yaml"))


def test_the_widget_edits_and_saves_keeping_the_file_layout(copy):
    before = copy.read_text(encoding="utf-8")
    ed = editor(copy)
    assert (ed.competency.value, ed.level.value) == ("leading", "foundation")
    assert ed.statements.options == ()
    ed.competency.value, ed.level.value = "caring", "foundation"
    assert [v for _, v in ed.statements.options] == ["caring-foundation-1", "caring-foundation-2"]
    ed.statements.value = "caring-foundation-2"
    assert ed.text.value == "Dismisses what service users say."
    ed.text.value = "Ignores what service users say."
    ed.buttons["update"].click()
    ed.text.value = "Asks service users what matters to them."
    ed.buttons["add"].click()
    assert ed.statements.value == "caring-foundation-3"
    ed.buttons["up"].click()
    assert [v for _, v in ed.statements.options] == [
        "caring-foundation-1",
        "caring-foundation-3",
        "caring-foundation-2",
    ]
    assert "unsaved" in ed.status.value
    assert copy.read_text(encoding="utf-8") == before
    ed.buttons["save"].click()
    assert ed.status.value == "<p>saved to clustered.yaml</p>"
    after = copy.read_text(encoding="utf-8")
    assert after.startswith("# A purpose-made framework")
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert removed == [
        "      - {id: caring-foundation-2, level: foundation, text: Dismisses what service users "
        "say., polarity: ineffective}"
    ]
    assert added == [
        "      - {id: caring-foundation-3, level: foundation, text: Asks service users what "
        "matters to them.}",
        "      - {id: caring-foundation-2, level: foundation, text: Ignores what service users "
        "say., polarity: ineffective}",
    ]


def test_the_widget_moves_and_removes(copy):
    ed = editor(copy)
    ed.competency.value, ed.level.value = "delivering", "lead"
    ed.statements.value = "delivering-lead-1"
    ed.move_to.value = "level:director"
    ed.buttons["move"].click()
    assert ed.statements.options == ()
    ed.level.value = "director"
    assert [v for _, v in ed.statements.options] == ["delivering-director-1", "delivering-lead-1"]
    ed.statements.value = "delivering-director-1"
    ed.buttons["remove"].click()
    ed.save()
    fw = compkit.load(copy)
    assert ids(fw, "delivering", "director") == ["delivering-lead-1"]


def test_the_widget_shows_errors_instead_of_raising(copy):
    ed = editor(copy)
    ed.buttons["update"].click()
    assert "select a statement first" in ed.status.value
    ed.competency.value, ed.level.value = "caring", "lead"
    ed.statements.value = "caring-lead-1"
    ed.text.value = " "
    ed.buttons["update"].click()
    assert "the statement is empty; expected its words" in ed.status.value
    assert (
        compkit.load(copy).indicator("caring-lead-1").text
        == "Designs services around what service users say."
    )


def test_a_framework_without_a_file_is_saved_where_asked(tmp_path):
    fw = compkit.framework.build.from_dict(compkit.framework.to_dict("wsx"))
    ed = editor(fw, path=tmp_path / "wsx.yaml")
    assert ed.save() == tmp_path / "wsx.yaml"
    assert compkit.framework.to_dict(
        compkit.load(tmp_path / "wsx.yaml")
    ) == compkit.framework.to_dict("wsx")


@pytest.mark.slow
def test_the_editor_saves_an_edit_made_in_a_real_browser(lab_server, run_notebook, screenshot):
    """Notebook 05 ends with the editor on its draft: reword a statement, save, read the file."""
    page = run_notebook("05-draft-revised-framework.ipynb")
    draft_file = lab_server.root.parent / "build" / "05" / "wsx-draft.yaml"
    before = draft_file.read_text(encoding="utf-8")
    ed = page.locator(".compkit-editor")
    ed.wait_for()
    ed.scroll_into_view_if_needed()
    # the notebook chose the cluster and level from code: the widget shows them
    assert ed.locator(".compkit-editor-level select").input_value() is not None
    statements = ed.locator(".compkit-editor-statements select")
    first = statements.locator("option").first
    first.wait_for()
    assert first.inner_text().replace("\xa0", " ").startswith("1. Actively seeks feedback")
    statements.select_option(index=0)
    text = ed.locator(".compkit-editor-text textarea")
    page.wait_for_function(
        "() => document.querySelector('.compkit-editor-text textarea').value.length > 0"
    )
    new = "Actively seeks feedback from all stakeholders of WSX Mind, edited in a browser"
    text.fill(new)
    # the checker's findings follow the text as typed: the kernel has it
    page.wait_for_function(
        "() => document.querySelector('.compkit-editor-findings').textContent"
        f".includes('as typed ({len(new.split())} words)')"
    )
    ed.locator("button.compkit-editor-update").click()
    page.wait_for_function(
        "() => document.querySelector('.compkit-editor-status').textContent"
        ".includes('reworded qualities-executive-1 (unsaved)')"
    )
    ed.locator("button.compkit-editor-save").click()
    page.wait_for_function(
        "() => document.querySelector('.compkit-editor-status').textContent"
        ".includes('saved to wsx-draft.yaml')"
    )
    screenshot(ed, "05-editor-saved")
    after = draft_file.read_text(encoding="utf-8")
    assert compkit.load(draft_file).indicator("qualities-executive-1").text == new
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(removed) == 1 and removed[0].lstrip().startswith("text: Actively seeks feedback")
    assert added == [f"        text: {new}"]


def test_the_edit_log_follows_manual_edits(tmp_path):
    path = shutil.copy(compkit.framework.bundled()["wsx"], tmp_path / "wsx.yaml")
    ed = editor(path)
    assert ed.changes().empty and ed.log == []
    first = ed.statements.options[0][1]
    ed.statements.value = first
    ed.text.value = "Takes responsibility for own wellbeing."
    ed.buttons["update"].click()
    ed.buttons["remove"].click()
    log = ed.changes()
    assert sorted(log["change"]) == ["removed"]  # reworded, then removed: one change in the end
    assert [e["saved"] for e in ed.log] == ["no", "no"]
    ed.buttons["save"].click()
    assert [e["saved"] for e in ed.log] == ["yes", "yes"]
    assert ed.log[0]["edit"].startswith("reworded")


def test_the_widget_shows_sets_and_clears_a_note(copy):
    ed = editor(copy)
    ed.competency.value, ed.level.value = "caring", "lead"
    ed.statements.value = "caring-lead-1"
    assert ed.note.value == ""
    ed.note.value = "Why this level: leads see the whole service.\n\nSeen in: reviews."
    ed.buttons["update"].click()
    assert "set the note of caring-lead-1 (unsaved)" in ed.status.value
    ed.statements.value = None
    assert ed.note.value == ""  # a new statement starts with no note
    ed.statements.value = "caring-lead-1"
    assert ed.note.value.endswith("leads see the whole service.\n\nSeen in: reviews.")
    ed.text.value = "Designs services with service users."
    ed.buttons["update"].click()
    assert "reworded and set" not in ed.status.value and "reworded caring-lead-1" in ed.status.value
    ed.save()
    saved = compkit.load(copy).indicator("caring-lead-1")
    assert (saved.text, saved.note) == (
        "Designs services with service users.",
        "Why this level: leads see the whole service.\n\nSeen in: reviews.",
    )
    logged = ed.changes().iloc[0]
    assert (logged["change"], logged["note"]) == ("reworded", "its note changed too")
    ed.note.value = " "
    ed.buttons["update"].click()
    assert "cleared the note of caring-lead-1" in ed.status.value
    ed.buttons["update"].click()  # nothing typed anew: said, not logged
    assert "already" in ed.status.value and len(ed.log) == 3
    assert ed.framework.indicator("caring-lead-1").note == ""
