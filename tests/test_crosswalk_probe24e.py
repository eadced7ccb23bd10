"""The cross-walk's review and deliverables (twenty-fourth round): a reviewer's day.

Each test here failed on the code before its fix; its docstring says what was wrong. The
frameworks are the bundled ones and the corpus's (model-free backend, fast).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compkit.cli import main

CORPUS = Path(__file__).parent / "data" / "corpus"


def _run(args, capsys) -> tuple[int, str]:
    code = main(args)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.fixture(scope="module")
def other_settings(tmp_path_factory):
    """A CiS → WSX cross-walk (SSSOM, five candidates each, hybrid) and a workbook made from it
    with other settings (three candidates, lexical): relations and pairs the file does not hold.
    """
    folder = tmp_path_factory.mktemp("other")
    sssom, book = folder / "cw.sssom.tsv", folder / "cw.xlsx"
    assert main(["crosswalk", "cis", "wsx", "--backend", "hashing", "-o", str(sssom)]) == 0
    assert main(["crosswalk", "cis", "wsx", "--backend", "hashing", "--top", "3", "--method",
                 "lexical", "--reviewed", str(sssom), "-o", str(book)]) == 0  # fmt: skip
    return sssom, book


def _copies(pair, tmp_path, edit=None):
    sssom, book = pair
    files = [Path(shutil.copy(sssom, tmp_path / "cw.sssom.tsv")), tmp_path / "cw.xlsx"]
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    column = {c.value: c.column for c in pairs[1]}
    if edit:
        edit(pairs, column)
    wb.save(files[1])
    return files


def _kept(path: Path) -> set[tuple[str, str]]:
    """The ids of each pair of the file, as the sheet names them (bare)."""
    from compkit.crosswalk import read_sssom

    cw = read_sssom(path)
    return {
        (s.split(":")[1], o.split(":")[1]) for s, o in zip(cw.subject_id, cw.object_id, strict=True)
    }


def test_an_untouched_workbook_of_other_settings_records_nothing(other_settings, tmp_path, capsys):
    """Refused before: every row whose relation under the workbook's settings differed from the
    file's read as a relation the reviewer changed on a row left "not reviewed" (CiS → WSX, a
    lexical top 3 against a hybrid top 5: 15 rows refused, the workbook never opened)."""
    files = _copies(other_settings, tmp_path)
    before = files[0].read_bytes()
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert (code, err) == (0, f"nothing decided in the workbook: {files[0]} left as it was\n")
    assert files[0].read_bytes() == before

    def edit(pairs, column):  # what the row showed when written ("Relation (SKOS)") changed
        shown = pairs.cell(2, column["Relation"]).value
        pairs.cell(2, column["Relation"]).value = (
            "exact match" if shown != "exact match" else "broad match"
        )

    files = _copies(other_settings, tmp_path, edit)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2: its Relation to " in err and "but its Review is still" in err


def test_a_decision_on_a_pair_the_file_lacks_is_recorded(other_settings, tmp_path, capsys):
    """Refused before as an edited id ("is not the id of a statement in the cross-walk"): the
    workbook's own candidate, one the file's settings did not suggest, decided by the reviewer.
    """
    sssom, _ = other_settings
    known = _kept(sssom)
    objects = {o for _, o in known}
    rows = {}

    def edit(pairs, column):
        for r in range(2, pairs.max_row + 1):
            pair = (
                pairs.cell(r, column["CiS id"]).value,
                pairs.cell(r, column["WSX Mind id"]).value,
            )
            if pair not in known and "new" not in rows and pair[1] not in objects:
                rows["new"] = (r, pair)
                pairs.cell(r, column["Review"]).value = "accepted"
                pairs.cell(r, column["Note"]).value = "same duty"

    files = _copies(other_settings, tmp_path, edit)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert (code, err) == (0, f"wrote {files[0]}: 311 pairs, 1 decided in the workbook by R\n")
    from compkit.crosswalk import read_sssom

    cw = read_sssom(files[0])
    s, o = rows["new"][1]
    hit = cw[(cw.subject_id == f"cis:{s}") & (cw.object_id == f"wsx:{o}")]
    assert hit[["review_status", "comment", "reviewer_label"]].values.tolist() == [
        ["accepted", "same duty", "R"]
    ]
    assert hit["object_label"].iloc[0]  # the statement, word for word from WSX


@pytest.fixture(scope="module")
def corpus_pair(tmp_path_factory):
    """USDS → GDS (corpus files, no bundled framework): a top-1 file, a top-3 workbook."""
    folder = tmp_path_factory.mktemp("corpus")
    a, b = str(CORPUS / "usds-sample-competencies.yaml"), str(CORPUS / "gds-tech-career-path.yaml")
    sssom, book = folder / "cw.sssom.tsv", folder / "cw.xlsx"
    base = ["crosswalk", a, b, "--backend", "hashing"]
    assert main([*base, "--top", "1", "-o", str(sssom)]) == 0
    assert main([*base, "--top", "3", "--reviewed", str(sssom), "-o", str(book)]) == 0
    return sssom, book, b


def test_a_pair_whose_statement_the_file_lacks_needs_the_object_framework(
    corpus_pair, tmp_path, capsys
):
    """Refused before as an id edited by hand, with no way to record it: now the message says
    the workbook may be of other settings, and ``--object B`` records the decision."""
    sssom, book, b = corpus_pair
    known = _kept(sssom)
    objects = {o for _, o in known}

    def edit(pairs, column):
        ids = [h for h in column if str(h).endswith(" id")]
        for r in range(2, pairs.max_row + 1):
            _, o = (pairs.cell(r, column[i]).value for i in ids)
            if o not in objects:
                pairs.cell(r, column["Review"]).value = "rejected"
                return

    files = _copies((sssom, book), tmp_path, edit)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert code == 2
    assert "if the workbook was made with other settings than the cross-walk" in err
    assert "'compkit take-review ... --object B'" in err
    args = ["take-review", str(files[0]), str(files[1]), "--reviewer", "R", "--object", b]
    code, err = _run(args, capsys)
    assert code == 0 and "1 decided in the workbook by R" in err
    code, err = _run([*args[:-1], str(CORPUS / "ft-engineering.yaml")], capsys)
    assert code == 2
    assert "but the cross-walk's objects are statements of gds-tech-career-path" in err


def test_level_alignment_headers_read_as_words(tmp_path):
    """The headers "share of matches at …", "aligned … level" and "evidence" were headed in lower case
    beside every other sheet's capitalised headers."""
    import compkit

    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    ws = load_workbook(compkit.export_crosswalk(s, tmp_path / "cw.xlsx", a="cis", b="wsx"))[
        "Level alignment"
    ]
    heads = [c.value for c in ws[1]]
    assert heads[1] == "Share of matches at WSX Mind Core"
    assert heads[-2:] == ["Aligned WSX Mind level", "Evidence"]
    assert all(h[0].isupper() for h in heads)


@pytest.fixture(scope="module")
def ladder_book(tmp_path_factory):
    """CiS → Engineering Ladders: long level names ("D1 - Developer 1") over the shares."""
    import compkit
    from compkit.errors import CompkitWarning

    ladders = compkit.load(CORPUS / "engineering-ladders-developer.yaml")
    with pytest.warns(CompkitWarning, match="flagged unmatched"):  # a small framework
        s = compkit.suggest("cis", ladders, top=2, backend="hashing")
    path = tmp_path_factory.mktemp("ladder") / "cw.xlsx"
    return load_workbook(compkit.export_crosswalk(s, path, a="cis", b=ladders))


def test_a_header_row_is_as_tall_as_it_prints(ladder_book):
    """The Level alignment's header row was given 7 lines, and LibreOffice printed 5: bold
    letters were counted as wider than a digit, so "matches at" was thought not to fit in a
    column 13 wide (over 36 header rows of ten workbooks, 23 were reserved too tall)."""
    from compkit.crosswalk._wraplines import header_lines

    ws = ladder_book["Level alignment"]
    head = ws["B1"].value
    assert head == "Share of matches at Engineering Ladders D1 - Developer 1"
    assert header_lines(head, ws.column_dimensions["B"].width) == 5
    assert ws.row_dimensions[1].height == 15 * 5 + 3


def test_each_header_prints_in_the_lines_estimated(ladder_book, tmp_path):
    """Each header of every sheet, printed alone in its column by LibreOffice, takes the
    lines :func:`header_lines` gives it (before: 26 of 39 here, the others a line or two
    fewer)."""
    import shutil

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from pypdf import PdfReader

    from compkit.crosswalk._wraplines import header_lines
    from compkit.testing.printing import word_to_pdf

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    import subprocess

    fonts = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    if "Carlito" not in fonts and "Calibri" not in fonts:  # another font prints other widths
        pytest.skip("neither Calibri nor Carlito (fonts-crosextra-carlito) is installed")
    cells = {
        (c.value, ws.column_dimensions[c.column_letter].width)
        for ws in ladder_book.worksheets[1:]
        for c in ws[1]
    }
    cells = sorted(cells)
    probe = Workbook()
    first = probe.active
    for k, (text, width) in enumerate(cells):  # one header a page, as the workbook styles it
        ws = probe.create_sheet(f"h{k}")
        ws.column_dimensions["A"].width = width
        ws["A1"] = text
        ws["A1"].font = Font(name="Calibri", bold=True)
        ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[1].height = 300
    probe.remove(first)
    probe.save(tmp_path / "headers.xlsx")
    pages = PdfReader(word_to_pdf(tmp_path / "headers.xlsx")).pages
    printed = [len([x for x in p.extract_text().splitlines() if x.strip()]) for p in pages]
    estimated = [header_lines(text, width) for text, width in cells]
    assert printed == estimated


def test_the_csv_of_a_reviewed_crosswalk_says_who_decided_and_why(tmp_path, capsys):
    """``--reviewed X -o x.csv`` wrote each decision's status alone: the reviewer's note (why a
    relation was changed, why no counterpart), who decided and when were lost on the way."""
    import pandas as pd

    from compkit.crosswalk import read_sssom

    out = tmp_path / "x.csv"
    code, _ = _run(["crosswalk", "cis", "wsx", "--backend", "hashing", "--reviewed", "cis-wsx",
                    "-o", str(out)], capsys)  # fmt: skip
    assert code == 0
    frame = pd.read_csv(out)
    open_ = frame["review_status"].isin(["suggested", "not needed, statement settled"])
    decided = frame[~open_]  # a settled statement's fresh candidates are no decision either
    assert len(decided) and decided["reviewer_label"].notna().all()
    assert decided["mapping_date"].notna().all()
    assert frame.loc[open_, "reviewer_label"].isna().all()
    cw = read_sssom("cis-wsx")
    noted = cw[cw["review_status"].isin(["accepted", "changed"]) & cw["comment"].fillna("").ne("")]
    row = noted.iloc[0]  # a rejected pair is left out of the suggestions; an accepted one not
    bare = (row.subject_id.split(":")[1], row.object_id.removeprefix("wsx:"))
    hit = frame[(frame["subject_id"] == bare[0]) & (frame["object_id"] == bare[1])]
    assert hit["comment"].tolist() == [row.comment]


def test_a_decision_stands_clear_of_the_relation_beside_it(other_settings):
    """Printed, a relation filling its column ran into the decision beside it ("close match
    accepted," read as one phrase, EL → GDS page 5): the Review column is set in a character."""
    _, book = other_settings
    ws = load_workbook(book)["Pairs"]
    heads = [c.value for c in ws[1]]
    assert heads.index("Review") == heads.index("Relation") + 1
    review = ws[ws.cell(1, heads.index("Review") + 1).column_letter]
    assert {c.alignment.indent for c in review} == {1}
    assert all(c.alignment.wrap_text for c in review)


def test_a_relation_emptied_on_an_accepted_row_keeps_the_one_shown(
    other_settings, tmp_path, capsys
):
    """The Relation cell emptied (the Delete key) on a row marked "accepted" was refused in
    Python's terms ("decision 'change' needs the new relation (predicate=...)"); the reviewer
    accepted the relation the row showed. "accepted, relation changed" with none is refused
    naming the cell."""
    shown = {}

    def edit(pairs, column):
        shown["skos"] = pairs.cell(2, column["Relation (SKOS)"]).value
        shown["pair"] = (pairs.cell(2, column["CiS id"]).value,
                         pairs.cell(2, column["WSX Mind id"]).value)  # fmt: skip
        pairs.cell(2, column["Review"]).value = "accepted"
        pairs.cell(2, column["Relation"]).value = None

    files = _copies(other_settings, tmp_path, edit)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert (code, err) == (0, f"wrote {files[0]}: 310 pairs, 1 decided in the workbook by R\n")
    from compkit.crosswalk import read_sssom

    cw = read_sssom(files[0])
    s, o = shown["pair"]
    hit = cw[(cw.subject_id == f"cis:{s}") & (cw.object_id == f"wsx:{o}")]
    assert hit["predicate_id"].tolist() == [shown["skos"]]
    assert hit["review_status"].iloc[0] in ("accepted", "changed")

    def changed(pairs, column):
        pairs.cell(3, column["Review"]).value = "accepted, relation changed"
        pairs.cell(3, column["Relation"]).value = None

    files = _copies(other_settings, tmp_path, changed)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert code == 2
    assert (
        "sheet 'Pairs', row 3, column 'Relation': empty, but its Review is 'accepted, relation "
        "changed'; expected the relation it changes to"
    ) in err


def test_a_note_excel_took_for_a_formula_is_refused(other_settings, tmp_path, capsys):
    """A note typed "- too general" is a formula to Excel, saved as its error "#NAME?": it was
    recorded as the reviewer's note, "#NAME?", without a word."""

    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "rejected"
        pairs.cell(2, column["Note"]).value = "#NAME?"  # stored as an error cell, as Excel does
        assert pairs.cell(2, column["Note"]).data_type == "e"

    files = _copies(other_settings, tmp_path, edit)
    code, err = _run(["take-review", str(files[0]), str(files[1]), "--reviewer", "R"], capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2, column 'Note': #NAME?, a formula's error, not a note" in err
