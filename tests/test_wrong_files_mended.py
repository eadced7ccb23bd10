"""Python's own words no longer stand in a refusal (helper H2's leftovers, round 21)."""

from __future__ import annotations

import pytest

import compkit
from compkit.crosswalk.workbookreview import read_review_workbook


def test_a_csv_cell_over_the_limit_is_said_in_words(tmp_path):
    # was: "not readable as CSV (field larger than field limit (131068))"
    path = tmp_path / "huge.csv"
    path.write_text('Competency,Level 1,Level 2\nA,"' + "x" * 140_000 + '",b\n', encoding="utf-8")
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.ingest(path)
    message = str(caught.value)
    assert "a cell on row 2 holds more than 131,068 characters" in message
    assert "field limit" not in message


@pytest.mark.parametrize(
    ("make", "said"),
    [
        ("word", "it is a Word document"),
        ("damaged", "it is a damaged zip file"),
        ("text", "it is text or another kind of file, not a zip as an .xlsx is"),
    ],
)
def test_a_review_workbook_that_is_none_says_what_it_is(tmp_path, make, said):
    # was: "not a workbook compkit can read (File is not a zip file)" and the like
    path = tmp_path / "review.xlsx"
    if make == "word":
        docx = pytest.importorskip("docx")
        d = docx.Document()
        d.add_paragraph("Notes")
        d.save(path)
    elif make == "damaged":
        path.write_bytes(b"PK\x03\x04cut short")
    else:
        path.write_text("subject_id\tobject_id\n", encoding="utf-8")
    with pytest.raises(compkit.CompkitError) as caught:
        read_review_workbook(path, compkit.read_sssom("cis-wsx"), reviewer="A. Reviewer")
    assert said in str(caught.value)
    assert "File is not a zip file" not in str(caught.value)


@pytest.mark.parametrize("content", ["", "  \n"])
def test_an_empty_json_import_says_it_is_empty(tmp_path, content):
    # was: "not a JSON file (Expecting value: line 1 column 1 (char 0))"
    path = tmp_path / "package.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="the file is empty; expected a CASE package"):
        compkit.import_file(path)
