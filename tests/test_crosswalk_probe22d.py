"""An analyst's cross-walk day (twenty-second round): what a reviewer reads and what is recorded.

Each test here failed on the code before its fix: a pair accepted in the review workbook was
recorded with the method's flag ("no credible counterpart suggested", shown in the Note column
of a flagged statement's rows) as the reviewer's own note; the review widget never said that the
method found no credible counterpart for the statement on screen; the workbook's Read me called
that flag "the reviewer's note"; printed, the Read me's review choices began with their heading
alone at the foot of a page (FT → GDS: page 2, the list on page 3).
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

import compkit
from compkit.crosswalk import read_sssom, review_crosswalk
from compkit.crosswalk.review import NO_CREDIBLE, to_crosswalk
from compkit.crosswalk.workbookreview import read_review_workbook


@pytest.fixture(scope="module")
def flagged(tmp_path_factory):
    """A CiS → WSX cross-walk (model-free backend) whose first statement the method flagged."""
    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    s = s.assign(unmatched=s["unmatched"] | (s["subject_id"] == s["subject_id"].iloc[0]))
    folder = tmp_path_factory.mktemp("flagged")
    cw = to_crosswalk(s, subject="cis", object="wsx")
    path = compkit.write_sssom(cw, folder / "cw.sssom.tsv")
    return read_sssom(path), cw["subject_id"].iloc[0], folder


def _review(folder, subject, rank, review, note=None):
    """The cross-walk's workbook with one row of ``subject`` decided, as a reviewer saves it."""
    cw = read_sssom(folder / "cw.sssom.tsv")
    book = compkit.export_crosswalk(cw, folder / f"cw-{review}.xlsx", a="cis", b="wsx")
    wb = load_workbook(book)
    ws = wb["Pairs"]
    head = {c.value: c.column for c in ws[1]}
    for row in range(2, ws.max_row + 1):
        mine = f"cis:{ws.cell(row, head['CiS id']).value}" == subject
        if mine and ws.cell(row, head["Rank"]).value == rank:
            ws.cell(row, head["Review"]).value = review
            if note is not None:
                ws.cell(row, head["Note"]).value = note
    wb.save(book)
    return book


@pytest.mark.parametrize("review", ["accepted", "no counterpart"])
def test_the_methods_flag_left_in_the_note_is_not_recorded_as_the_reviewers(flagged, review):
    cw, subject, folder = flagged
    rows = cw[cw["subject_id"] == subject]
    assert set(rows["comment"]) == {NO_CREDIBLE}  # what the workbook shows in its Note column
    book = _review(folder, subject, 1, review)
    pairs = load_workbook(book)["Pairs"]
    note = next(c.column for c in pairs[1] if c.value == "Note")
    assert pairs.cell(2, note).value == NO_CREDIBLE  # the Note, left as the workbook showed it
    out = read_review_workbook(book, cw, reviewer="Ann", date="2026-12-05")
    decided = out[(out["subject_id"] == subject) & (out["review_status"] != "suggested")]
    assert len(decided) == 1 and decided["reviewer_label"].tolist() == ["Ann"]
    assert decided["comment"].fillna("").tolist() == [""]  # Ann wrote nothing


def test_a_note_the_reviewer_wrote_over_the_flag_is_kept(flagged):
    cw, subject, folder = flagged
    book = _review(folder, subject, 1, "accepted", note="the closest there is")
    out = read_review_workbook(book, cw, reviewer="Ann", date="2026-12-05")
    decided = out[(out["subject_id"] == subject) & (out["review_status"] == "accepted")]
    assert decided["comment"].tolist() == ["the closest there is"]


def test_the_widget_says_the_method_found_no_credible_counterpart(flagged, tmp_path):
    cw, subject, _ = flagged
    path = compkit.write_sssom(cw, tmp_path / "cw.sssom.tsv")
    w = review_crosswalk(path, "cis", "wsx", reviewer="Ann")
    assert w.current == subject
    assert "no credible counterpart" in w.subject.value
    w.ticks[0].value = True
    w.buttons["save"].click()  # the next statement was not flagged: its card says nothing
    assert w.current != subject and "no credible counterpart" not in w.subject.value
    w.buttons["back"].click()  # decided: the flag no longer stands for it
    assert w.current == subject and "no credible counterpart" not in w.subject.value


def test_the_read_me_says_the_flag_in_the_note_column_is_the_methods(flagged, tmp_path):
    cw, _, _ = flagged
    book = compkit.export_crosswalk(cw, tmp_path / "cw.xlsx", a="cis", b="wsx")
    readme = load_workbook(book)["Read me"]
    said = {r[0].value: r[1].value for r in readme.iter_rows() if r[0].value and r[1].value}
    assert said["Note"].startswith("the reviewer's note; ")  # was only that
    assert f"'{NO_CREDIBLE}' on a statement's undecided rows is the method's flag" in said["Note"]
    fully = cw.assign(comment="")  # nothing flagged: nothing to say
    book = compkit.export_crosswalk(fully, tmp_path / "none.xlsx", a="cis", b="wsx")
    readme = load_workbook(book)["Read me"]
    said = {r[0].value: r[1].value for r in readme.iter_rows() if r[0].value and r[1].value}
    assert said["Note"] == "the reviewer's note"


def test_the_read_mes_choices_start_a_page_rather_than_end_one(flagged, tmp_path):
    from compkit.crosswalk.workbookreview import CHOICES_TITLE

    cw, _, _ = flagged
    book = compkit.export_crosswalk(cw, tmp_path / "cw.xlsx", a="cis", b="wsx")
    readme = load_workbook(book)["Read me"]
    title = next(c.row for c in readme["A"] if c.value == CHOICES_TITLE)
    # its heading stood alone at the foot of page 2, its list on page 3 (FT → GDS)
    assert title - 1 in {b.id for b in readme.row_breaks.brk}
