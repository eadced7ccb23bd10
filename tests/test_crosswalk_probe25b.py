"""Twenty-fifth round, helper B: a reviewer's day with the cross-walk.

A rejected pair's note (the reviewer's reasons, what the next analyst needs) is carried into
the reviewed CSV, from the CLI and the Python API, without changing the rows an accepted-only
reader takes; and a reviewer's workbook, with the slips a reviewer makes, is taken back.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import compkit
from compkit.cli import main
from compkit.crosswalk import read_sssom

ARGS = ["crosswalk", "cis", "wsx", "--backend", "hashing", "--reviewed", "cis-wsx"]


@pytest.fixture(scope="module")
def cli_csv(tmp_path_factory):
    """CiS → WSX with the shipped review, as CSV from the CLI."""
    out = tmp_path_factory.mktemp("csv") / "cli.csv"
    assert main([*ARGS, "-o", str(out)]) == 0
    return out


def test_a_rejected_pairs_note_is_in_the_reviewed_csv(cli_csv):
    """Lost before: the CSV left every rejected pair out, and its note with it (204 notes)."""
    frame = pd.read_csv(cli_csv)
    cw = read_sssom("cis-wsx")
    rejected = cw[cw["review_status"] == "rejected"]
    said = frame[frame["review_status"] == "rejected"]
    assert len(said) == len(rejected) == 204
    row = rejected.iloc[0]
    hit = said[
        (said["subject_id"] == row.subject_id.split(":")[1])
        & (said["object_id"] == row.object_id.split(":")[1])
    ]
    assert hit[["comment", "reviewer_label", "mapping_date"]].values.tolist() == [
        [row.comment, row.reviewer_label, row.mapping_date]
    ]
    assert hit["object_competency_name"].notna().all()  # named as the other rows are
    assert not said["in_set"].any() and said["score"].isna().all()


def test_an_accepted_only_reader_reads_what_it_read(cli_csv):
    """The rows whose review_status is accepted or changed, or in_set, are the suggestions'
    alone, with the same column types; each rejected row follows its statement's rows."""
    from compkit.crosswalk.decidedrows import LEFT_OUT_WHY

    s = compkit.suggest("cis", "wsx", backend="hashing", reviewed="cis-wsx")
    frame = pd.read_csv(cli_csv)
    kept = frame[~frame["why"].isin(list(LEFT_OUT_WHY.values()))]
    assert len(kept) == len(s)
    assert set(frame["review_status"]) - set(kept["review_status"]) == {"rejected"}
    mine = frame[frame["review_status"].isin(["accepted", "changed"])]
    assert mine.reset_index(drop=True).equals(
        kept[kept["review_status"].isin(["accepted", "changed"])].reset_index(drop=True)
    )
    assert (
        frame.loc[frame["in_set"]]
        .reset_index(drop=True)
        .equals(kept.loc[kept["in_set"]].reset_index(drop=True))
    )
    assert frame.dtypes["in_set"].kind == "b" and frame.dtypes["rank"].kind == "i"
    ranks = frame.groupby("subject_id", sort=False)["rank"].apply(list)
    assert all(r == list(range(1, len(r) + 1)) for r in ranks)
    open_rank = frame[frame["review_status"] != "rejected"].groupby("subject_id")["rank"].max()
    shut_rank = frame[frame["review_status"] == "rejected"].groupby("subject_id")["rank"].min()
    assert (shut_rank > open_rank.reindex(shut_rank.index).fillna(0)).all()


def test_the_api_writes_the_csv_the_cli_writes(cli_csv, tmp_path):
    """``export_crosswalk`` had no reviewed=: the API's CSV had no reviewer, date or note."""
    s = compkit.suggest("cis", "wsx", backend="hashing", reviewed="cis-wsx")
    api = compkit.export_crosswalk(s, tmp_path / "api.csv", a="cis", b="wsx", reviewed="cis-wsx")
    assert api.read_bytes() == cli_csv.read_bytes()


def test_the_api_writes_the_reviewed_workbook_and_sssom(tmp_path):
    import openpyxl

    s = compkit.suggest("cis", "wsx", backend="hashing", reviewed="cis-wsx", top=2)
    book = compkit.export_crosswalk(s, tmp_path / "x.xlsx", a="cis", b="wsx", reviewed="cis-wsx")
    pairs = openpyxl.load_workbook(book)["Pairs"]
    head = [c.value for c in pairs[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True)) for r in pairs.iter_rows(2)]
    rejected = [r for r in rows if r["Review"] == "rejected"]
    assert len(rejected) == 204 and all(r["Note"] and r["Reviewer"] for r in rejected)
    tsv = compkit.export_crosswalk(s, tmp_path / "x.sssom.tsv", a="cis", b="wsx",
                                   reviewed="cis-wsx")  # fmt: skip
    back = read_sssom(tsv)
    assert (back["review_status"] == "rejected").sum() == 204
    assert back.loc[back["review_status"] == "rejected", "comment"].notna().all()


def test_reviewed_needs_both_frameworks(tmp_path):
    s = compkit.suggest("cis", "wsx", backend="hashing", top=1)
    with pytest.raises(compkit.UsageError, match=r"reviewed= needs both frameworks: a= and b="):
        compkit.export_crosswalk(s, tmp_path / "x.csv", reviewed="cis-wsx")


# A reviewer's slips in the workbook, taken back -----------------------------------------------
@pytest.fixture(scope="module")
def under_review(tmp_path_factory):
    """A CiS → WSX cross-walk (SSSOM, top 3) and its review workbook."""
    s = compkit.suggest("cis", "wsx", top=3, backend="hashing")
    folder = tmp_path_factory.mktemp("review")
    sssom = compkit.export_crosswalk(s, folder / "cw.sssom.tsv", a="cis", b="wsx")
    book = compkit.export_crosswalk(read_sssom(sssom), folder / "cw.xlsx", a="cis", b="wsx")
    return sssom, book


def _take(under_review, tmp_path, edit, capsys):
    """Row 2 accepted with a note, then ``edit(sheet, columns)``; take-review's exit, stderr,
    the cross-walk read back and whether its file is as it was."""
    import shutil

    from openpyxl import load_workbook

    sssom, book = under_review
    cw = shutil.copy(sssom, tmp_path / "cw.sssom.tsv")
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    column = {c.value: c.column for c in pairs[1]}
    pairs.cell(2, column["Review"]).value = "accepted"
    pairs.cell(2, column["Note"]).value = "same duty"
    edit(pairs, column)
    wb.save(tmp_path / "cw.xlsx")
    capsys.readouterr()
    code = main(["take-review", str(cw), str(tmp_path / "cw.xlsx"), "--reviewer", "R"])
    err = capsys.readouterr().err
    same = tmp_path.joinpath("cw.sssom.tsv").read_bytes() == sssom.read_bytes()
    return code, err, read_sssom(cw), same


def _row(cw, pairs, column, n):
    s, o = (pairs.cell(n, column[c]).value for c in ("CiS id", "WSX Mind id"))
    return cw[(cw.subject_id == f"cis:{s}") & (cw.object_id == f"wsx:{o}")].iloc[0]


@pytest.mark.parametrize("where", ["Relation", "Score", "Date", "Note"])
def test_a_decision_typed_in_another_column_is_refused(under_review, tmp_path, capsys, where):
    """Typed in the Relation, Score or Date column, "rejected" was dropped without a word (the
    workbook recorded as if untouched); in the Note, refused as a changed note."""

    def edit(pairs, column):
        pairs.cell(5, column[where]).value = "rejected"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert (
        f"sheet 'Pairs', row 5, column '{where}': 'rejected' is a decision, typed in the {where} "
        "column, and its Review is not reviewed; expected the decision in the Review column"
    ) in err


def test_a_relation_misspelt_on_a_row_left_open_is_refused(under_review, tmp_path, capsys):
    """ "exact mach" on a row left "not reviewed" was dropped without a word."""

    def edit(pairs, column):
        pairs.cell(5, column["Relation"]).value = "exact mach"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert "row 5, column 'Relation': 'exact mach' is not one of the drop-down's values " in err
    assert "(did you mean 'exact match'?)" in err


def test_a_relation_typed_as_its_skos_term_is_read(under_review, tmp_path, capsys):
    """The workbook's "Relation (SKOS)" column shows "skos:narrowMatch"; typed in Relation it
    was refused as no relation."""
    seen = {}

    def edit(pairs, column):
        pairs.cell(5, column["Review"]).value = "accepted"
        pairs.cell(5, column["Relation"]).value = "skos:narrowMatch"
        seen["pairs"], seen["column"] = pairs, column

    code, err, cw, _ = _take(under_review, tmp_path, edit, capsys)
    assert code == 0, err
    got = _row(cw, seen["pairs"], seen["column"], 5)
    assert (got.review_status, got.predicate_id) == ("changed", "skos:narrowMatch")


def test_a_relation_typed_in_the_review_column_is_said_so(under_review, tmp_path, capsys):
    def edit(pairs, column):
        pairs.cell(5, column["Review"]).value = "close match"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert "row 5, column 'Review': 'close match' is a relation, typed in the Review column" in err


def test_a_deleted_row_is_said(under_review, tmp_path, capsys):
    """A deleted row records nothing (its pair left as it was, the other decisions recorded),
    as before; but nothing was said, and a reviewer who deleted a row to reject it never knew."""

    def edit(pairs, column):
        pairs.delete_rows(3)  # the first statement's rank 2

    code, err, cw, _ = _take(under_review, tmp_path, edit, capsys)
    assert code == 0, err
    assert "cw.xlsx: sheet 'Pairs', row 3: rank 2 of statement 'I take responsibility" in err
    assert "(people-l1-1) has no row (its rows are ranked 1, 3): was a row deleted?" in err
    assert "a deleted row records nothing, its pair left as it was" in err
    assert (cw["reviewer_label"] == "R").sum() == 1


def test_a_notes_windows_line_break_is_one(under_review, tmp_path, capsys):
    """A note pasted with Windows line ends was recorded with "\\r\\n" inside it."""
    seen = {}

    def edit(pairs, column):
        pairs.cell(5, column["Review"]).value = "rejected"
        pairs.cell(5, column["Note"]).value = "too broad:\r\nit covers the team"
        seen["pairs"], seen["column"] = pairs, column

    code, err, cw, _ = _take(under_review, tmp_path, edit, capsys)
    assert code == 0, err
    assert _row(cw, seen["pairs"], seen["column"], 5).comment == "too broad:\nit covers the team"


@pytest.mark.parametrize(
    "typed", [dt.datetime(2026, 12, 3), "2026-12-03", "3 Dec 2026", "December 3, 2026"]
)
def test_the_date_typed_on_a_decided_row_is_the_decisions(under_review, tmp_path, capsys, typed):
    """The Date column was not read: a decision dated by its reviewer took the day
    take-review ran."""
    seen = {}

    def edit(pairs, column):
        pairs.cell(5, column["Review"]).value = "rejected"
        pairs.cell(5, column["Date"]).value = typed
        seen["pairs"], seen["column"] = pairs, column

    code, err, cw, _ = _take(under_review, tmp_path, edit, capsys)
    assert code == 0, err
    assert _row(cw, seen["pairs"], seen["column"], 5).mapping_date == "2026-12-03"
    assert _row(cw, seen["pairs"], seen["column"], 2).mapping_date == dt.date.today().isoformat()


def test_a_date_in_figures_only_is_refused(under_review, tmp_path, capsys):
    def edit(pairs, column):
        pairs.cell(5, column["Review"]).value = "rejected"
        pairs.cell(5, column["Date"]).value = "03/12/2026"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert (
        "row 5, column 'Date': '03/12/2026' is a date in figures only (3 December or 12 March?); "
        "expected the date of the decision as YYYY-MM-DD"
    ) in err


def test_a_date_on_a_row_left_open_is_refused(under_review, tmp_path, capsys):
    def edit(pairs, column):
        pairs.cell(5, column["Date"]).value = "3 Dec 2026"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert "row 5: its Date to '3 Dec 2026' changed, but its Review is still 'not reviewed'" in err


# The workbook's rows as tall as they print ------------------------------------------------
def test_each_row_is_as_tall_as_its_printed_cells(tmp_path):
    """Rows were sized by counting characters, in every column, the "Why suggested" column
    kept off paper too: of CiS → WSX's reviewed workbook's rows, most printed a line or more
    taller than their text (69 pages; now 62), none shorter. Each printed cell is printed
    alone in its column by LibreOffice; no row may be shorter than its tallest, and almost
    none taller."""
    import shutil
    import subprocess

    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import column_index_from_string, get_column_letter
    from openpyxl.worksheet.pagebreak import Break
    from pypdf import PdfReader

    from compkit.testing.printing import word_to_pdf

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    if "Carlito" not in fonts and "Calibri" not in fonts:  # another font prints other widths
        pytest.skip("neither Calibri nor Carlito (fonts-crosextra-carlito) is installed")
    cw = read_sssom("cis-wsx")
    book = compkit.export_crosswalk(cw.head(150), tmp_path / "cw.xlsx", a="cis", b="wsx")
    ws = load_workbook(book)["Pairs"]
    area = str(ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area)
    printed = column_index_from_string(area.split(":")[1].rstrip("0123456789").strip("$"))
    cells = {}
    for r in range(2, ws.max_row + 1):
        for k in range(1, printed + 1):
            cell = ws.cell(r, k)
            if isinstance(cell.value, str) and cell.value.strip():
                width = ws.column_dimensions[get_column_letter(k)].width
                cells.setdefault((cell.value, width, cell.alignment.indent or 0), []).append(r)
    # a sheet per column width, a cell a page, styled as in the workbook
    probe = Workbook()
    probe.remove(probe.active)
    order = []
    for width in sorted({w for _, w, _ in cells}):
        sheet = probe.create_sheet(f"w{len(probe.sheetnames)}")
        sheet.column_dimensions["A"].width = width
        for key in [c for c in cells if c[1] == width]:
            n = sheet.max_row + (sheet.max_row > 1 or sheet["A1"].value is not None)
            sheet.cell(n, 1).value = key[0]
            sheet.cell(n, 1).alignment = Alignment(wrap_text=True, vertical="top", indent=key[2])
            sheet.row_dimensions[n].height = 300
            sheet.row_breaks.append(Break(id=n))
            order.append(key)
    probe.save(tmp_path / "cells.xlsx")
    pages = PdfReader(word_to_pdf(tmp_path / "cells.xlsx")).pages
    assert len(pages) == len(order)
    lines = {
        key: len([x for x in page.extract_text().splitlines() if x.strip()])
        for key, page in zip(order, pages, strict=True)
    }
    need = dict.fromkeys(range(2, ws.max_row + 1), 1)
    for key, rows in cells.items():
        for r in rows:
            need[r] = max(need[r], lines[key])
    given = {r: round((ws.row_dimensions[r].height - 3) / 14) for r in need}
    short = [r for r in need if given[r] < need[r]]
    tall = [r for r in need if given[r] > need[r]]
    assert short == []
    # before: 68 of 150; 0 at a margin of 0.6, which left a rare cell a line short
    assert len(tall) <= len(need) // 20, (len(tall), len(need))


def test_a_pair_decided_twice_is_named_by_its_statements(under_review, tmp_path, capsys):
    """The message named the pair by ids alone ("(people-l1-1, work-core-9)")."""

    def edit(pairs, column):
        pairs.append([c.value for c in pairs[2]])
        pairs.cell(pairs.max_row, column["Review"]).value = "rejected"

    code, err, _, same = _take(under_review, tmp_path, edit, capsys)
    assert (code, same) == (2, True)
    assert "decide the same pair ('I take responsibility for my own wellbeing" in err
    assert "(people-l1-1), '" in err
