"""Twenty-sixth round, helper B: the Reviewer column read back, and a take-review that changes
nothing leaving the cross-walk file as it was.

A workbook passed round a team comes back with a name typed in the Reviewer column of each row
its reviewer decided: that name is who decided the row, beating ``--reviewer`` (which names the
rows whose Reviewer cell is empty, and is needed only when some decided row names nobody).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compkit.cli import main
from compkit.crosswalk import read_sssom
from compkit.crosswalk.review import NO_CREDIBLE
from compkit.crosswalk.sssom import write_sssom
from compkit.crosswalk.workbooksettled import NOT_NEEDED

SHIPPED = "cis-wsx"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    """The shipped CiS → WSX cross-walk's review workbook: 426 decisions, 96 open rows."""
    out = tmp_path_factory.mktemp("wb") / "cw.xlsx"
    args = ["crosswalk", "cis", "wsx", "--backend", "hashing", "--reviewed", SHIPPED]
    assert main([*args, "-o", str(out)]) == 0
    return out


@pytest.fixture
def shipped(tmp_path):
    """A copy of the shipped SSSOM file, byte for byte."""
    from compkit.framework.io import data_dir

    path = tmp_path / "cis-wsx.sssom.tsv"
    shutil.copy(data_dir() / "crosswalks" / f"{SHIPPED}.sssom.tsv", path)
    return path


def _values(workbook) -> list[tuple]:
    book = load_workbook(workbook, read_only=True)
    try:
        return list(book["Pairs"].iter_rows(values_only=True))
    finally:
        book.close()


def _rows(workbook, review: str, note: str | None = None) -> list[int]:
    rows = _values(workbook)
    at = {h: k for k, h in enumerate(rows[0])}
    wanted = {review, NOT_NEEDED} if review == "not reviewed" else {review}  # both open
    return [
        n
        for n, r in enumerate(rows[1:], start=2)
        if r[at["Review"]] in wanted and (note is None or r[at["Note"]] == note)
    ]


def _edit(workbook, tmp_path, changes, name="edited.xlsx"):
    book = load_workbook(workbook)
    pairs = book["Pairs"]
    column = {cell.value: cell.column for cell in pairs[1]}
    for n, col, value in changes:
        pairs.cell(n, column[col]).value = value
    book.save(tmp_path / name)
    return tmp_path / name


def _ids(workbook, n):
    rows = _values(workbook)
    header, row = rows[0], rows[n - 1]
    return "cis:" + row[header.index("CiS id")], "wsx:" + row[header.index("WSX Mind id")]


def _take(files, capsys, *options):
    code = main(["take-review", *map(str, files), *options])
    return code, capsys.readouterr().err


def _pair(path, ids):
    cw = read_sssom(path)
    return cw[(cw.subject_id == ids[0]) & (cw.object_id == ids[1])].iloc[0]


def test_an_untouched_take_review_leaves_the_shipped_file_byte_for_byte(
    workbook, shipped, tmp_path, capsys
):
    """Rewritten before: its header lost ``mapping_tool`` and gained a slot, its categories
    became CURIEs and its ranks ``1`` for ``1.0``, though no decision changed."""
    before = shipped.read_bytes()
    code, err = _take([shipped, workbook], capsys, "--reviewer", "R")
    assert (code, err) == (0, f"nothing decided in the workbook: {shipped} left as it was\n")
    assert shipped.read_bytes() == before
    copy = tmp_path / "copy.sssom.tsv"
    assert _take([shipped, workbook, "-o", copy], capsys, "--reviewer", "R")[0] == 0
    assert copy.read_bytes() == before


def test_a_workbook_taken_twice_records_nothing_the_second_time(workbook, tmp_path, capsys):
    """The second take recorded the method's flag ("no credible counterpart suggested"), which
    the decided row still showed, as the reviewer's note, and rewrote the file."""
    flagged = _rows(workbook, "not reviewed", NO_CREDIBLE)[0]
    edited = _edit(workbook, tmp_path, [(flagged, "Review", "rejected")])
    path = write_sssom(read_sssom(SHIPPED), tmp_path / "cw.sssom.tsv")
    assert _take([path, edited], capsys, "--reviewer", "R")[0] == 0
    assert _pair(path, _ids(edited, flagged)).comment == ""
    once = path.read_bytes()
    code, err = _take([path, edited], capsys, "--reviewer", "R")
    assert (code, path.read_bytes()) == (0, once)
    assert err.startswith("nothing decided in the workbook")


def test_a_name_typed_in_the_reviewer_column_is_who_decided(workbook, shipped, tmp_path, capsys):
    """Ignored before: every decision was recorded as the --reviewer's."""
    a, b, c = _rows(workbook, "not reviewed")[:3]
    edited = _edit(
        workbook,
        tmp_path,
        [
            (a, "Review", "accepted"),
            (a, "Reviewer", "B. Bee"),
            (b, "Review", "rejected"),  # no name: --reviewer
            (c, "Review", "unsure"),
            (c, "Reviewer", " b.  BEE\n"),  # spelt as the first
        ],
    )
    code, err = _take([shipped, edited], capsys, "--reviewer", "A. Analyst")
    assert code == 0
    assert err.endswith("3 decided in the workbook by B. Bee (2), A. Analyst (1)\n")
    who = [_pair(shipped, _ids(edited, n)).reviewer_label for n in (a, b, c)]
    assert who == ["B. Bee", "A. Analyst", "B. Bee"]


def test_without_reviewer_every_decided_row_names_its_reviewer(workbook, shipped, tmp_path, capsys):
    """``--reviewer`` was required: a workbook whose rows name their reviewers was refused."""
    a, b = _rows(workbook, "not reviewed")[:2]
    named = _edit(workbook, tmp_path, [(a, "Review", "accepted"), (a, "Reviewer", "B. Bee")])
    assert _take([shipped, named], capsys)[0] == 0
    assert _pair(shipped, _ids(named, a)).reviewer_label == "B. Bee"
    before = shipped.read_bytes()
    unnamed = _edit(named, tmp_path, [(b, "Review", "rejected")], name="unnamed.xlsx")
    code, err = _take([shipped, unnamed], capsys)
    assert code == 2 and shipped.read_bytes() == before
    assert f"sheet 'Pairs', row {b}, column 'Reviewer': no reviewer for its decision" in err
    assert "or --reviewer NAME" in err


def test_a_name_typed_alone_on_a_decided_row_records_their_decision(
    workbook, shipped, tmp_path, capsys
):
    """Dropped before without a word; the earlier reviewer's decision stays in its history."""
    n = _rows(workbook, "rejected")[0]
    edited = _edit(workbook, tmp_path, [(n, "Reviewer", "B. Bee")])
    assert _take([shipped, edited], capsys, "--reviewer", "A. Analyst")[0] == 0
    row = _pair(shipped, _ids(edited, n))
    assert (row.reviewer_label, row.review_status) == ("B. Bee", "rejected")
    assert "compkit maintainers" in row.review_history
    left = _rows(workbook, "accepted")[0]  # decided anew, its Reviewer left as written
    edited = _edit(workbook, tmp_path, [(left, "Review", "unsure")], name="again.xlsx")
    assert _take([shipped, edited], capsys, "--reviewer", "A. Analyst")[0] == 0
    assert _pair(shipped, _ids(edited, left)).reviewer_label == "A. Analyst"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2026-12-04", "'2026-12-04' is a date, not a name"),
        ("#NAME?", "#NAME?, a formula's error, not a name"),
        (
            "B. Bee | C. Cee",
            "'B. Bee | C. Cee' holds '|', which separates reviewers in an SSSOM file",
        ),
        ("12", "'12' is no name (it has no letters)"),
    ],
)
def test_a_reviewer_cell_that_is_no_name_is_refused(
    workbook, shipped, tmp_path, capsys, typed, said
):
    """Recorded before as the --reviewer's decision, the cell unread."""
    n = _rows(workbook, "not reviewed")[0]
    edited = _edit(workbook, tmp_path, [(n, "Review", "accepted"), (n, "Reviewer", typed)])
    before = shipped.read_bytes()
    code, err = _take([shipped, edited], capsys, "--reviewer", "A. Analyst")
    assert (code, shipped.read_bytes()) == (2, before)
    assert f"sheet 'Pairs', row {n}, column 'Reviewer': {said}" in err


def test_a_name_on_a_row_left_not_reviewed_is_refused(workbook, shipped, tmp_path, capsys):
    """Dropped before without a word: nothing records a name without a decision."""
    n = _rows(workbook, "not reviewed")[0]
    edited = _edit(workbook, tmp_path, [(n, "Reviewer", "B. Bee")])
    code, err = _take([shipped, edited], capsys, "--reviewer", "A. Analyst")
    assert code == 2
    assert f"row {n}: its Reviewer to 'B. Bee' changed, but its Review is still" in err


def test_no_counterpart_said_on_every_row_of_a_statement_is_one_decision(
    workbook, tmp_path, capsys
):
    """Recorded once a row before, the earlier ones as a history of 'closeMatch' decisions,
    and again at every take of the same workbook (Medium → Monzo: an iOS statement's 5 rows)."""
    values = _values(workbook)
    at = {h: k for k, h in enumerate(values[0])}
    rows: dict[str, list[int]] = {}
    for n, r in enumerate(values[1:], start=2):
        rows.setdefault(r[at["CiS id"]], []).append(n)
    review = {n: values[n - 1][at["Review"]] for ns in rows.values() for n in ns}
    opened = ("not reviewed", NOT_NEEDED)
    mine = next(ns for ns in rows.values() if sum(review[n] in opened for n in ns) >= 2)
    open_only = [n for n in mine if review[n] in opened]
    said = [(n, "Review", "no counterpart") for n in open_only]  # its accepted ones rejected
    said += [(n, "Review", "rejected") for n in mine if review[n].startswith("accepted")]
    said += [(open_only[0], "Note", "a duty WSX leaves out"), (open_only[1], "Note", "")]
    edited = _edit(workbook, tmp_path, said)
    path = write_sssom(read_sssom(SHIPPED), tmp_path / "cw.sssom.tsv")
    assert _take([path, edited], capsys, "--reviewer", "R")[0] == 0
    cw = read_sssom(path)
    subject = _ids(edited, open_only[0])[0]
    none = cw[(cw.subject_id == subject) & (cw.review_status == "no_match")]
    assert len(none) == 1
    assert none[["comment", "review_history"]].fillna("").values.tolist() == [
        ["a duty WSX leaves out", ""]
    ]
    once = path.read_bytes()
    assert _take([path, edited], capsys, "--reviewer", "R")[0] == 0
    assert path.read_bytes() == once


def test_a_wide_competency_matrix_prints_legibly_over_pages(tmp_path):
    """Fitted to one page, USDS → GSA 508's 19 competencies printed at about five points."""
    from openpyxl.utils import get_column_letter

    corpus = Path(__file__).parent / "data" / "corpus"
    out = tmp_path / "usds-gsa.xlsx"
    a, b = corpus / "usds-sample-competencies.yaml", corpus / "gsa-508-pm.yaml"
    assert main(["crosswalk", str(a), str(b), "--backend", "hashing", "-o", str(out)]) == 0
    book = load_workbook(out)
    sheet = book["Competencies"]
    assert sheet.page_setup.fitToWidth == 2 and sheet.print_title_cols == "$A:$A"
    widths = [sheet.column_dimensions[get_column_letter(k)].width for k in range(2, 21)]
    assert sum(widths) > 180  # more than a page holds at the Pairs sheet's size
    assert book["Pairs"].page_setup.fitToWidth == 1  # the other sheets as they were
