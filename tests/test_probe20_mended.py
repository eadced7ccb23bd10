"""Mended after the twentieth probe round's reports (helper H read them on the public API)."""

import warnings
from pathlib import Path

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


def test_a_draft_numbers_an_added_statement_as_its_base_numbers_its_own(tmp_path):
    """HSE numbers its statements '<competency>-pos-N'; a draft's addition follows (not '-manager-1')."""
    hse = compkit.load("tests/data/corpus/hse-stress-competencies.yaml")
    row = {
        "subject_id": "cis:people-l1-2",
        "predicate_id": "skos:closeMatch",
        "object_id": "sssom:NoTermFound",
        "mapping_justification": "semapv:ManualMappingCuration",
        "review_status": "no_match",
        "reviewer_label": "Test Reviewer",
        "subject_level": "l1",
        "object_level": "",
    }
    drafted = compkit.draft(hse, "cis", pd.DataFrame([row]))
    added = drafted.proposals[drafted.proposals["action"] == "add"]
    (new_id,) = added["indicator_id"]
    comp = added["competency_id"].iloc[0]
    own = [i.id for i in hse.indicator_records if i.competency == comp]
    stem = own[0].rsplit("-", 1)[0]
    assert new_id.rsplit("-", 1)[0] in {i.rsplit("-", 1)[0] for i in own}, (new_id, stem)
    assert new_id not in own


def test_a_workbook_names_where_else_a_repeated_subject_stands(tmp_path):
    """Engineering Ladders repeats statements at several levels: as the subject side, each
    row of a repeated statement says where else it stands (its rows ask the same again)."""
    from openpyxl import load_workbook

    from compkit.crosswalk import export_crosswalk
    from compkit.errors import CompkitWarning

    corpus = Path(__file__).parent / "data" / "corpus"
    a = compkit.load(corpus / "engineering-ladders-developer.yaml")
    b = compkit.load(corpus / "hse-stress-competencies.yaml")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CompkitWarning)
        s = compkit.suggest(a, b, top=1)
    rows = list(load_workbook(export_crosswalk(s, tmp_path / "el.xlsx", a=a, b=b))["Pairs"].values)
    header, rows = list(rows[0]), rows[1:]
    also = header.index("Engineering Ladders also at")
    assert also == header.index("Engineering Ladders statement") + 1
    key = a.indicators["text"].str.split().str.join(" ").str.casefold()
    levels = a.indicators.groupby(key)["level_name"].agg(set)
    for r in rows:
        i = a.indicators.set_index("indicator_id").loc[r[header.index("Engineering Ladders id")]]
        others = levels[" ".join(i["text"].split()).casefold()] - {i["level_name"]}
        assert set((r[also] or "").split("; ")) - {""} == others
    assert sum(bool(r[also]) for r in rows) >= len(rows) // 4


def test_a_graph_of_no_framework_is_refused_as_combine_refuses():
    with pytest.raises(compkit.UsageError, match="at least one framework"):
        compkit.to_graph()
    with pytest.raises(compkit.UsageError, match="at least one framework"):
        compkit.combine()
