"""Mended after the twentieth probe round's reports (helper H read them on the public API)."""

import pandas as pd
import pytest

import compkit
from compkit.ingest.report import IngestReport


def test_an_ingest_reports_undefined_cell_reads_undefined_not_na():
    counts = pd.DataFrame(
        {"Level 1": pd.array([2, pd.NA], dtype="Int64")}, index=pd.Index(["A", "B"], name="c")
    )
    text = IngestReport(file="x.docx", layout="level-columns", counts=counts).to_markdown()
    assert "| B | undefined |" in text
    assert "<NA>" not in text


def test_draft_with_a_frame_that_is_not_a_crosswalk_is_one_usage_error():
    with pytest.raises(compkit.UsageError, match="draft: the mappings have no column"):
        compkit.draft("cis", "wsx", crosswalk=pd.DataFrame({"x": [1]}))


def test_a_review_workbook_of_another_kind_is_one_crosswalk_error(tmp_path):
    from compkit.crosswalk import read_review_workbook

    crosswalk = compkit.suggest("cis", "wsx", top=1).head(3)
    book = tmp_path / "review.csv"
    book.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="not a workbook compkit can read"):
        read_review_workbook(book, crosswalk, reviewer="Ann")
