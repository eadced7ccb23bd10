"""A framework remembers the ids of the statements removed from it, and never gives them again.

``retired_ids`` in the file (``docs/format.md``, "Retired ids"): compkit's edits add a dropped id
and number new statements past it, loading refuses a retired id still in use, and ``diff`` takes
ids at their word when the newer version's record accounts for the older one.
"""

import shutil
from pathlib import Path

import openpyxl
import pytest

import compkit
from compkit import diff
from compkit.authoring.edits import _edit, add_indicator, remove_indicator, set_text
from compkit.authoring.widget import editor
from compkit.authoring.workbook import read_tables, read_workbook, write_tables
from compkit.authoring.xlsx import write_workbook
from compkit.authoring.yamledit import write_yaml
from compkit.framework import bundled, from_dict, load, to_dict

MINI = Path(__file__).parent / "data" / "authoring" / "cis-wsx-mini.sssom.tsv"


def cell(fw, competency="people", level="l1"):
    return [i.id for i in fw.indicator_records if (i.competency, i.level) == (competency, level)]


def rows(table):
    table = table[table["item"] == "indicator"]
    old, new = table["old_id"].fillna(""), table["new_id"].fillna("")
    return sorted(zip(table["change"], old, new, strict=True))


def test_a_removed_id_is_retired_and_never_given_again():
    fw = remove_indicator("cis", "people-l1-3")  # the last of its cell
    assert fw.retired_ids == ("people-l1-3",)
    fw = add_indicator(fw, "people", "l1", "Keeps a tidy record of decisions made.")
    assert cell(fw) == ["people-l1-1", "people-l1-2", "people-l1-4"]  # was people-l1-3 again
    fw = remove_indicator(fw, "people-l1-4")
    fw = add_indicator(fw, "people", "l1", "Writes decisions down.")
    assert cell(fw) == ["people-l1-1", "people-l1-2", "people-l1-5"]
    assert fw.retired_ids == ("people-l1-3", "people-l1-4")


def test_an_edit_that_drops_an_id_retires_it():
    def rename(doc):
        doc["competencies"][0]["indicators"][0]["id"] = "people-first"

    fw = _edit(load("cis"), rename)
    assert fw.retired_ids == ("people-l1-1",)
    assert cell(add_indicator(fw, "people", "l1", "Writes decisions down.")) == [
        "people-first",
        "people-l1-2",
        "people-l1-3",
        "people-l1-4",
    ]


def test_a_retired_id_given_by_hand_is_refused_in_words():
    fw = remove_indicator("cis", "people-l1-3")
    with pytest.raises(compkit.UsageError) as caught:
        add_indicator(fw, "people", "l1", "Keeps a tidy record.", id="people-l1-3")
    assert str(caught.value) == (
        "add_indicator: the id 'people-l1-3' is retired (a statement removed from 'cis' had it; "
        "see retired_ids), and compkit gives no retired id to another statement, so a "
        "cross-walk naming it cannot come to mean a different one; leave id out to get a new "
        "id, or, to restore the removed statement itself, take the id off retired_ids in the "
        "framework file first"
    )


def test_the_record_is_saved_as_one_line_and_read_back(tmp_path):
    path = Path(shutil.copy(bundled()["cis"], tmp_path / "cis.yaml"))
    before = path.read_text(encoding="utf-8")
    write_yaml(remove_indicator(load(path), "people-l1-3"), path)
    after = path.read_text(encoding="utf-8")
    assert after.endswith("retired_ids: [people-l1-3]\n")
    assert [line for line in after.splitlines() if line not in before.splitlines()] == [
        "retired_ids: [people-l1-3]"
    ]
    back = load(path)
    assert back.retired_ids == ("people-l1-3",)
    assert cell(add_indicator(back, "people", "l1", "Writes decisions down."))[-1] == "people-l1-4"


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_a_file_without_the_key_loads_and_saves_unchanged(tmp_path, name):
    path = Path(shutil.copy(bundled()[name], tmp_path / f"{name}.yaml"))
    fw = load(path)
    assert fw.retired_ids is None
    assert "retired_ids" not in to_dict(fw)
    write_yaml(fw, path)
    assert path.read_bytes() == bundled()[name].read_bytes()
    # an edit that retires nothing keeps the record, but writes no empty key
    write_yaml(set_text(fw, fw.indicator_records[0].id, "I manage my own workload."), path)
    assert "retired_ids" not in path.read_text(encoding="utf-8")


def test_loading_refuses_a_retired_id_still_in_use(tmp_path):
    text = bundled()["cis"].read_text(encoding="utf-8") + "retired_ids: [gone-1, people-l1-3]\n"
    path = tmp_path / "cis.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as caught:
        load(path)
    line = len(text.splitlines())
    assert str(caught.value) == (
        f"{path}:{line}: the id 'people-l1-3' is listed as retired but the statement at "
        "competencies[0].indicators[2] still has it; expected retired ids to name statements "
        "no longer in the framework: give that statement a new id, or take the id off "
        "retired_ids if the statement is the one that had it"
    )


def test_diff_takes_ids_at_their_word_under_a_record():
    from compkit.authoring._reuse import ids_kept

    cis = load("cis")
    first = cell(cis)[0]
    # a wholly new text under a place-number id: with the record, the statement reworded
    revised = set_text(cis, first, "Keeps a tidy record of decisions made.")
    assert ids_kept(cis, revised)
    assert rows(diff(cis, revised)) == [("reworded", first, first)]
    # without it (a document edited by hand), judged by its words: another statement
    assert revised.retired_ids == ()
    by_hand = from_dict(to_dict(revised))
    assert by_hand.retired_ids is None and not ids_kept(cis, by_hand)
    assert rows(diff(cis, by_hand)) == [("added", "", first), ("removed", first, "")]


def test_an_id_retired_in_the_new_version_is_a_removal():
    from compkit.authoring._reuse import ids_kept

    cis = load("cis")
    text = cis.indicator("people-l1-3").text
    # removed, then its words added again: a new statement under a new id, not "id changed"
    revised = add_indicator(remove_indicator(cis, "people-l1-3"), "people", "l1", text)
    assert rows(diff(cis, revised)) == [
        ("added", "", "people-l1-4"),
        ("removed", "people-l1-3", ""),
    ]
    # a record that does not account for the old version is not taken at its word
    doc = to_dict(revised)
    doc["retired_ids"] = ["people-l4-2"]
    doc["competencies"][0]["indicators"] = [
        i for i in doc["competencies"][0]["indicators"] if i["id"] != "people-l4-2"
    ]
    assert not ids_kept(cis, from_dict(doc))  # people-l1-3 is gone but not retired there


def test_the_editors_log_and_its_changes_agree_on_an_update(tmp_path):
    ed = editor(shutil.copy(bundled()["wsx"], tmp_path / "wsx.yaml"))
    first = ed.statements.options[0][1]
    ed.statements.value = first
    ed.text.value = "Keeps a tidy record of decisions made."  # no word of the old statement
    ed.buttons["update"].click()
    assert [e["edit"] for e in ed.log] == [f"reworded {first}"]
    assert ed.changes()["change"].tolist() == ["reworded"]


def test_a_deleted_workbook_row_is_retired_and_the_record_travels(tmp_path):
    fw = remove_indicator("cis", "people-l1-3")
    path = write_workbook(fw, tmp_path / "cis.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["indicators"]
    ids = [c.value for c in sheet["A"]]
    sheet.delete_rows(ids.index("people-l1-2") + 1)
    sheet.append([None, "people", "People", "l1", "Level 1", "Writes decisions down."])
    book.save(path)
    back = read_workbook(path).framework
    assert back.retired_ids == ("people-l1-3", "people-l1-2")
    assert cell(back) == ["people-l1-1", "people-l1-4"]  # was people-l1-3 again
    assert read_tables(write_tables(fw, tmp_path / "tables")).framework.retired_ids == (
        "people-l1-3",
    )


def test_a_draft_numbers_its_additions_past_retired_ids():
    base = remove_indicator("wsx", "work-core-13")
    added = compkit.draft(base, "cis", MINI).proposals.query("action == 'add'")
    assert added["indicator_id"].tolist() == ["work-core-14", "work-skilled-7", "work-skilled-8"]
    # the old code numbered past the ids in use only: work-core-13 again


def test_writing_a_framework_without_the_record_over_its_file_keeps_the_file_record(tmp_path):
    """A workbook exported before the record, or a new reading of the source, drops no record."""
    path = Path(shutil.copy(bundled()["cis"], tmp_path / "cis.yaml"))
    write_yaml(remove_indicator(load(path), "people-l1-3"), path)
    assert load(path).retired_ids == ("people-l1-3",)
    write_yaml(load("cis"), path)  # the bundled CIS: no record, and people-l1-3 in use again
    assert not load(path).retired_ids
    write_yaml(remove_indicator(load(path), "people-l1-2"), path)
    plain = from_dict({k: v for k, v in to_dict(load(path)).items() if k != "retired_ids"})
    write_yaml(plain, path)
    assert load(path).retired_ids == ("people-l1-2",)
