"""Probe 19F: a reviewer who never opens Python reviews a cross-walk in its workbook.

The "Pairs" sheet of a cross-walk's workbook offers its decisions and relations as drop-downs
(the lists on the "Read me" sheet), and what the reviewer picked comes back into the cross-walk
(:func:`compkit.crosswalk.workbookreview.read_review_workbook`), a bad cell named.
"""

from __future__ import annotations

import shutil

import pytest

from compkit.crosswalk import export_crosswalk, read_sssom
from compkit.crosswalk.pairs import RELATION_WORDS, STATUS_WORDS
from compkit.crosswalk.workbookreview import read_review_workbook
from compkit.errors import CrosswalkError


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    cw = read_sssom("cis-wsx")
    path = export_crosswalk(cw, tmp_path_factory.mktemp("wb") / "cw.xlsx", a="cis", b="wsx")
    return cw, path


def _column(ws, name):
    return next(c.column_letter for c in ws[1] if c.value == name)


def _listed(wb, formula):
    sheet, cells = formula.rsplit("!", 1)
    first, last = cells.replace("$", "").split(":")
    return [c.value for (c,) in wb[sheet.strip("'")][f"{first}:{last}"]]


def test_review_and_relation_offer_their_values_as_dropdowns(book):
    from openpyxl import load_workbook

    _, path = book
    wb = load_workbook(path)
    pairs = wb["Pairs"]
    rules = {str(r.sqref): r for r in pairs.data_validations.dataValidation}
    for name, values in (("Review", STATUS_WORDS), ("Relation", RELATION_WORDS)):
        letter = _column(pairs, name)
        rule = rules[f"{letter}2:{letter}{pairs.max_row}"]
        assert rule.type == "list" and rule.showErrorMessage
        offered = list(values.values())
        if name == "Review":  # a settled statement's fresh candidate: "not needed" (probe 27b)
            offered.insert(1, "not needed, statement settled")
        assert _listed(wb, rule.formula1) == offered
    # the lists stand where a reader of the Read me sheet sees them, with what to do
    assert "Choices offered in the Pairs sheet's Review and Relation columns" in [
        c.value for c in wb["Read me"]["A"]
    ]
    assert any("compkit take-review" in str(c.value) for c in wb["Read me"]["A"])


def test_decisions_picked_in_the_workbook_come_back(book, tmp_path):
    from openpyxl import load_workbook

    cw, path = book
    edited = tmp_path / "reviewed.xlsx"
    shutil.copy(path, edited)
    wb = load_workbook(edited)
    pairs = wb["Pairs"]
    header = {c.value: c.column for c in pairs[1]}
    accepted = [r for r in range(2, pairs.max_row + 1)
                if pairs.cell(r, header["Review"]).value == "accepted"
                and pairs.cell(r, header["Relation"]).value != "narrower match"]  # fmt: skip
    reject, narrow, unsure = accepted[:3]
    pairs.cell(reject, header["Review"]).value = "rejected"
    pairs.cell(narrow, header["Review"]).value = "accepted"
    pairs.cell(narrow, header["Relation"]).value = "narrower match"
    pairs.cell(unsure, header["Review"]).value = "unsure"
    pairs.cell(unsure, header["Note"]).value = "ask the team"
    wb.save(edited)

    def pair(r):
        return (pairs.cell(r, header["CiS id"]).value, pairs.cell(r, header["WSX Mind id"]).value)

    out = read_review_workbook(edited, cw, reviewer="B. Reviewer", date="2026-12-04")
    got = out.assign(s=out.subject_id.str.split(":").str[1], o=out.object_id.str.split(":").str[1])
    got = got.set_index(["s", "o"])
    assert got.loc[pair(reject), "review_status"] == "rejected"
    assert got.loc[pair(narrow), ["review_status", "predicate_id"]].tolist() == [
        "changed",
        "skos:narrowMatch",
    ]
    assert got.loc[pair(unsure), ["review_status", "comment"]].tolist() == [
        "unsure",
        "ask the team",
    ]
    assert (got.loc[[pair(r) for r in (reject, narrow, unsure)], "reviewer_label"]
            == "B. Reviewer").all()  # fmt: skip
    # the rows left as they were keep their decisions, reviewer and date
    before = cw.set_index(["subject_id", "object_id"])
    after = out.set_index(["subject_id", "object_id"]).loc[before.index]
    same = (after["reviewer_label"] != "B. Reviewer").to_numpy()
    assert same.sum() == len(cw) - 3
    cols = ["review_status", "predicate_id", "reviewer_label", "mapping_date"]
    assert after[same][cols].fillna("").equals(before[same][cols].fillna(""))


def test_a_word_not_in_the_dropdown_is_refused_naming_its_cell(book, tmp_path):
    from openpyxl import load_workbook

    cw, path = book
    edited = tmp_path / "typo.xlsx"
    shutil.copy(path, edited)
    wb = load_workbook(edited)
    pairs = wb["Pairs"]
    pairs[f"{_column(pairs, 'Review')}5"].value = "acepted"
    wb.save(edited)
    with pytest.raises(CrosswalkError) as err:
        read_review_workbook(edited, cw, reviewer="B")
    message = str(err.value)
    assert f"{edited}: sheet 'Pairs', row 5, column 'Review': 'acepted' is not one" in message
    assert "'accepted, relation changed'" in message


def test_a_file_that_is_no_crosswalk_workbook_is_refused_in_one_line(book, tmp_path):
    cw, _ = book
    text = tmp_path / "cw.xlsx"
    text.write_text("subject_id\tobject_id\n", encoding="utf-8")
    with pytest.raises(CrosswalkError, match=r"cw\.xlsx: not a workbook compkit can read"):
        read_review_workbook(text, cw, reviewer="B")
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    with pytest.raises(CrosswalkError, match=r"other\.xlsx: no sheet 'Pairs' \(its sheets: "):
        read_review_workbook(other, cw, reviewer="B")


def test_take_review_records_the_workbook_in_the_file_or_refuses_in_one_line(
    book, tmp_path, capsys
):
    from openpyxl import load_workbook

    from compkit.cli import main
    from compkit.crosswalk import write_sssom

    cw, path = book
    sssom = write_sssom(cw, tmp_path / "cw.sssom.tsv")
    before = sssom.read_bytes()
    edited = tmp_path / "reviewed.xlsx"
    wb = load_workbook(path)
    pairs = wb["Pairs"]
    pairs[f"{_column(pairs, 'Review')}2"].value = "rejected"
    wb.save(edited)
    out = tmp_path / "out.sssom.tsv"
    assert main(["take-review", str(sssom), str(edited), "--reviewer", "B", "-o", str(out)]) == 0
    assert ", 1 decided in the workbook by B" in capsys.readouterr().err
    assert (read_sssom(out)["reviewer_label"] == "B").sum() == 1
    # a typo, or a workbook of another cross-walk: exit 2, one message, the file untouched
    pairs[f"{_column(pairs, 'Review')}2"].value = "nope"
    wb.save(edited)
    assert main(["take-review", str(sssom), str(edited), "--reviewer", "B"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("compkit: error: ") and "Traceback" not in err
    assert "'not reviewed', 'not needed, statement settled', 'accepted'" in err
    pairs[f"{_column(pairs, 'Review')}2"].value = "rejected"
    pairs[f"{_column(pairs, 'CiS id')}2"].value = "people-l9-9"
    wb.save(edited)
    assert main(["take-review", str(sssom), str(edited), "--reviewer", "B"]) == 2
    err = capsys.readouterr().err
    assert "sheet 'Pairs', row 2: " in err and "expected the workbook of this cross-walk" in err
    assert sssom.read_bytes() == before
