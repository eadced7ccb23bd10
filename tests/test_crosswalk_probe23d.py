"""The cross-walk's deliverables and workflow (twenty-third round): printed, reviewed, read back.

Each test here failed on the code before its fix; the module docstring of each test says what
was wrong. Frameworks are the bundled ones (model-free backend, fast) or self-written fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.crosswalk._wraplines import header_lines


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A CiS → WSX workbook whose first statement the method flagged "no counterpart"."""
    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    first = s["subject_id"].iloc[0]
    s = s.assign(unmatched=s["subject_id"].eq(first))
    folder = tmp_path_factory.mktemp("book")
    return load_workbook(compkit.export_crosswalk(s, folder / "cw.xlsx", a="cis", b="wsx"))


def test_a_short_header_prints_on_one_line(book):
    """The "No counterpart" sheet's header row printed two lines tall: "CiS competency" and
    "CiS level" were given columns just too narrow for their names in bold."""
    for name in ("No counterpart", "Competencies"):
        ws = book[name]
        for cell in ws[1]:
            width = ws.column_dimensions[cell.column_letter].width
            if len(cell.value) <= 20:  # a short name is given the room for one line
                assert header_lines(cell.value, width) == 1, (name, cell.value, width)
    ws = book["No counterpart"]
    assert ws.row_dimensions[1].height == 18  # one line


@pytest.fixture(scope="module")
def under_review(tmp_path_factory):
    """A CiS → WSX cross-walk (SSSOM) and its review workbook, as a reviewer receives them."""
    from compkit.crosswalk import read_sssom

    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    s = s.assign(unmatched=s["subject_id"].eq(s["subject_id"].iloc[0]))  # the method's flag
    folder = tmp_path_factory.mktemp("review")
    sssom = compkit.export_crosswalk(s, folder / "cw.sssom.tsv", a="cis", b="wsx")
    book = compkit.export_crosswalk(read_sssom(sssom), folder / "cw.xlsx", a="cis", b="wsx")
    return sssom, book


def _reviewed(under_review, tmp_path, edit):
    """Copies of the cross-walk and workbook, the workbook edited by ``edit(sheet, column)``."""
    import shutil

    sssom, book = under_review
    files = [shutil.copy(sssom, tmp_path / "cw.sssom.tsv"), tmp_path / "cw.xlsx"]
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    column = {c.value: c.column for c in pairs[1]}
    edit(pairs, column)
    wb.save(files[1])
    return files


def _take(files, capsys):
    from compkit.cli import main

    before = files[0].read_bytes()
    code = main(["take-review", str(files[0]), str(files[1]), "--reviewer", "R. Viewer"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code:
        assert files[0].read_bytes() == before  # refused: nothing written
    return code, err


def test_a_decision_typed_in_other_capitals_or_spaces_is_read(under_review, tmp_path, capsys):
    """'Accepted' (a spreadsheet capitalises a typed word), ' REJECTED ', 'No counterpart' and
    'Close Match' were refused as not the drop-down's values, though they mean one each."""

    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "Accepted"
        pairs.cell(3, column["Review"]).value = " REJECTED "
        pairs.cell(4, column["Review"]).value = "accepted"
        pairs.cell(4, column["Relation"]).value = "Related  Match"

    files = _reviewed(under_review, tmp_path, edit)
    assert _take(files, capsys) == (0, f"wrote {files[0]}: 124 pairs, 3 decided in the workbook "
                                       "by R. Viewer\n")  # fmt: skip
    cw = compkit.read_sssom(files[0])
    decided = cw[cw["reviewer_label"] == "R. Viewer"]
    assert sorted(decided["review_status"]) == ["accepted", "changed", "rejected"]
    assert "skos:relatedMatch" in set(decided["predicate_id"])


def test_a_misspelt_decision_is_refused_with_the_closest_value(under_review, tmp_path, capsys):
    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "acepted"

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2, column 'Review': 'acepted' is not one of the drop-down's " in err
    assert "(did you mean 'accepted'?)" in err  # was only the list of every value


def test_an_edited_id_is_refused_not_recorded_on_another_statement(under_review, tmp_path, capsys):
    """An id changed to another statement's recorded a decision on a pair the reviewer never
    read (a new row added, accepted, exit 0)."""

    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "accepted"
        other = pairs.cell(pairs.max_row, column["CiS id"]).value
        assert other != pairs.cell(2, column["CiS id"]).value
        pairs.cell(2, column["CiS id"]).value = other

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2, column 'CiS id': " in err
    assert "but the row's 'CiS statement' is " in err and "was the id edited?" in err


def test_an_unknown_id_is_refused_in_the_workbooks_words(under_review, tmp_path, capsys):
    """An id naming no statement was refused in the Python API's words ("decide: ... give the
    object framework (b=..., a Framework or its file)")."""

    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "rejected"
        pairs.cell(2, column["WSX Mind id"]).value += "9"

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2: its 'WSX Mind id' " in err and "b=" not in err
    assert "is not the id of a statement in the cross-walk (did you mean " in err


def test_a_pair_decided_differently_on_two_rows_is_refused(under_review, tmp_path, capsys):
    """A row copied and decided again: the last decision won, silently."""

    def edit(pairs, column):
        pairs.cell(2, column["Review"]).value = "accepted"
        pairs.append([c.value for c in pairs[2]])
        pairs.cell(pairs.max_row, column["Review"]).value = "rejected"
        pairs.append([c.value for c in pairs[2]])  # the same decision twice: no harm

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', rows 2 and 126 decide the same pair (" in err
    assert "rows 2 and 127" not in err


def test_a_deleted_row_leaves_its_pair_as_it_was(under_review, tmp_path, capsys):
    def edit(pairs, column):
        pairs.cell(3, column["Review"]).value = "rejected"
        pairs.delete_rows(2)

    files = _reviewed(under_review, tmp_path, edit)
    assert _take(files, capsys)[0] == 0
    cw = compkit.read_sssom(files[0])
    assert len(cw) == 124 and (cw["review_status"] != "suggested").sum() == 1


OTHER_TOOL = Path(__file__).parent / "data" / "crosswalk" / "probe23" / "other-tool.sssom.tsv"


def test_another_tools_sssom_file_is_read_with_its_own_columns(tmp_path):
    """A line of prose opening the header ("# Mappings exported by ...") stopped the file:
    "the metadata header (lines starting '#') is not valid YAML", though its table was whole."""
    from compkit.crosswalk import read_sssom, write_sssom

    cw = read_sssom(OTHER_TOOL)
    assert cw["subject_id"].tolist() == ["cis:people-l1-1", "cis:people-l1-2", "cis:people-l1-3"]
    assert cw["review_status"].tolist() == ["suggested", "accepted", "suggested"]
    assert cw.attrs["sssom"]["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert cw.attrs["sssom"]["curie_map"]["orcid"] == "https://orcid.org/"
    again = read_sssom(write_sssom(cw, tmp_path / "again.sssom.tsv"))  # its columns kept
    for col in ("confidence", "author_id", "mapping_provider", "subject_match_field"):
        assert again[col].tolist() == cw[col].tolist(), col
    assert again.attrs["sssom"]["mapping_set_description"].startswith("A hand-curated set")


def test_another_tools_file_reviews_on_in_a_workbook(tmp_path, capsys):
    """Its one manual mapping is kept as a decision; the workbook offers the rest to review."""
    from compkit.cli import main

    out = tmp_path / "cw.xlsx"
    argv = ["crosswalk", "cis", "wsx", "--reviewed", str(OTHER_TOOL), "-o", str(out)]
    assert main([*argv, "--top", "2", "--backend", "hashing"]) == 0
    assert "the reviewed cross-walk's 1 decision, kept" in capsys.readouterr().err


def test_a_header_that_is_no_yaml_at_all_is_still_refused(tmp_path):
    from compkit.crosswalk import read_sssom
    from compkit.errors import CrosswalkError

    bad = tmp_path / "bad.sssom.tsv"
    text = OTHER_TOOL.read_text(encoding="utf-8").replace("#license: https", "#license: [https")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CrosswalkError, match=r"the metadata header .* is not valid YAML"):
        read_sssom(bad)


def test_a_header_stands_over_its_numbers(book):
    """The Competencies sheet's headers stood at the left of their cells, the numbers below them
    at the right: printed, each name stood nearer the column before it than its own numbers."""
    ws = book["Competencies"]
    for cell in ws[1][1:]:
        assert cell.alignment.horizontal == ws.cell(2, cell.column).alignment.horizontal, cell
        assert cell.alignment.horizontal == "right"
    assert ws["A1"].alignment.horizontal is None  # names: at the left
    shares = book["Level alignment"]
    assert shares["B1"].alignment.horizontal == shares["B2"].alignment.horizontal == "center"


def test_the_no_counterpart_statement_is_its_widest_column(book):
    """A level's or competency's long name took as much room as the statement, which wrapped
    into five lines beside it (LMG: "Architect & Principal Architect", 33 characters)."""
    ws = book["No counterpart"]
    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert widths["CiS statement"] == max(widths.values()) >= 50


def test_a_reviewed_crosswalks_csv_names_competencies_and_levels(tmp_path):
    """The CSV of suggestions named competencies and levels; that of the reviewed cross-walk an
    analyst hands on held only their ids ("people", "l1")."""
    import pandas as pd

    out = compkit.export_crosswalk(compkit.read_sssom("cis-wsx"), tmp_path / "cw.csv",
                                   a="cis", b="wsx")  # fmt: skip
    frame = pd.read_csv(out)
    first = frame.iloc[0]
    assert (first["subject_category"], first["subject_level"]) == ("people", "l1")
    assert first["subject_competency_name"] == "Supporting our people"
    assert first["subject_level_name"] == "Level 1"
    named = frame[frame["object_id"] != "sssom:NoTermFound"]
    assert named[["object_competency_name", "object_level_name"]].notna().all().all()
    none = frame[frame["object_id"] == "sssom:NoTermFound"]
    assert len(none) == 3 and none["object_competency_name"].isna().all()


def test_a_statement_given_a_counterpart_and_none_is_refused(under_review, tmp_path, capsys):
    """Accepted on one row and "no counterpart" on another (rows of one statement): both were
    recorded, the cross-walk saying the statement has a counterpart and has none."""

    def edit(pairs, column):
        assert pairs.cell(2, column["CiS id"]).value == pairs.cell(3, column["CiS id"]).value
        pairs.cell(2, column["Review"]).value = "accepted"
        pairs.cell(3, column["Review"]).value = "no counterpart"

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', rows 2 and 3 say statement " in err
    assert "(row 2 accepted, row 3 no counterpart); expected one or the other" in err


def test_a_relation_or_note_changed_on_an_undecided_row_is_not_lost(under_review, tmp_path, capsys):
    """A relation picked, or a note written, on a row whose Review still said "not reviewed"
    was dropped without a word (exit 0, "0 decided")."""

    def edit(pairs, column):
        pairs.cell(2, column["Relation"]).value = "exact match"
        pairs.cell(3, column["Note"]).value = "same duty, other words"

    code, err = _take(_reviewed(under_review, tmp_path, edit), capsys)
    assert code == 2
    assert "sheet 'Pairs', row 2: its Relation to 'exact match' changed, but its Review " in err
    assert "row 3: its Note to 'same duty, other words' changed" in err
    assert "expected a decision in the Review column" in err


def test_an_untouched_workbook_records_nothing(under_review, tmp_path, capsys):
    """The method's own flag in the Note column is no change of the reviewer's."""

    def edit(pairs, column):
        assert pairs.cell(2, column["Note"]).value == "no credible counterpart suggested"

    files = _reviewed(under_review, tmp_path, edit)
    assert _take(files, capsys) == (0, "nothing decided in the workbook: "
                                       f"{files[0]} left as it was\n")  # fmt: skip
