"""New rows in the authoring workbook, given as its Read me says: names, ids or a level's rank.

The Read me sheet tells an author to leave a new statement's id empty and to pick its
competency and level by name (or type an id, or a level's rank); the import resolves them and
gives the statement the next free id of its competency and level (``people-l2-3``).
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring.workbook import from_tables, read_workbook, to_tables
from compkit.cli import main
from compkit.errors import WorkbookError

TEXT = "I mentor new staff."


def _with_row(competency, level, text=TEXT):
    """The cis authoring tables with one new statement (empty id) appended."""
    tables = to_tables("cis")
    frame = tables["indicators"]
    frame.loc[len(frame)] = {"id": None, "competency": competency, "level": level, "text": text}
    return tables


@pytest.mark.parametrize(
    ("competency", "level"),
    [
        ("Supporting our people", "Level 2"),  # names, as picked from the lists
        ("people", "Level 2"),
        ("supporting OUR people ", "l2"),  # a name in any case, spaces around
        ("people", "l2"),  # ids
        ("Supporting our people", 2),  # a level's rank, as a number
        ("people", "2"),  # ... or as text
    ],
)
def test_a_new_row_by_name_id_or_rank_gets_the_next_free_id(competency, level):
    result = from_tables(_with_row(competency, level))
    assert result.added == ("people-l2-3",)
    new = result.framework.indicator("people-l2-3")
    assert (new.competency, new.level, new.text) == ("people", "l2", TEXT)


def test_two_new_rows_in_one_place_get_consecutive_ids():
    tables = _with_row("Supporting our people", "Level 2")
    frame = tables["indicators"]
    frame.loc[len(frame)] = {"id": None, "competency": "people", "level": 2, "text": "Another."}
    assert from_tables(tables).added == ("people-l2-3", "people-l2-4")


def test_an_unknown_name_is_said_on_its_own_cell_not_as_a_bad_id():
    with pytest.raises(WorkbookError) as caught:
        from_tables(_with_row("Supporting our peple", "Level 2"))
    message = str(caught.value)
    assert "column 'competency': unknown competency 'Supporting our peple'" in message
    assert "is not valid here" not in message


def test_a_level_by_rank_in_the_requirements_sheet():
    tables = to_tables("cis")
    requirements = tables["requirements"]
    ranks = {lv.id: lv.rank for lv in compkit.load("cis").level_records}
    requirements["level"] = [ranks[lv] for lv in requirements["level"]]
    assert from_tables(tables).framework.roles.equals(compkit.load("cis").roles)


def _append_row(book, values: dict) -> None:
    wb = load_workbook(book)
    sheet = wb["indicators"]
    header = [c.value for c in sheet[1]]
    sheet.append([values.get(column) for column in header])
    wb.save(book)


def test_the_workbook_round_trip_with_names_as_the_read_me_says(tmp_path, capsys):
    book, out = tmp_path / "base.xlsx", tmp_path / "new.yaml"
    assert main(["export", "cis", "-o", str(book)]) == 0
    _append_row(book, {"competency": "Supporting our people", "level": "Level 2", "text": TEXT})
    assert main(["import", str(book), "-o", str(out)]) == 0
    assert "1 new (people-l2-3)" in capsys.readouterr().err
    new = compkit.load(out).indicator("people-l2-3")
    assert (new.competency, new.level, new.text) == ("people", "l2", TEXT)


def test_a_deleted_id_is_not_given_to_a_new_row(tmp_path):
    book = compkit.authoring.exports.export("cis", tmp_path / "base.xlsx")
    wb = load_workbook(book)
    sheet = wb["indicators"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "people-l2-2")
    sheet.delete_rows(row[0].row)
    wb.save(book)
    _append_row(book, {"competency": "Supporting our people", "level": "Level 2", "text": TEXT})
    result = read_workbook(book)
    assert (result.added, result.deleted) == (("people-l2-3",), ("people-l2-2",))
