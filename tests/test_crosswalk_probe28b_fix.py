"""Review of round 28, findings 3 and 4 (helper B).

A Rank cell typed as a year (2024) or a date (20240101) is said once and shortly, not as the
thousands (or millions) of ranks before it "deleted"; a cross-walk written with only some of
its rows keeps declaring the prefix its header's ``object_source`` names.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import compkit
from compkit.crosswalk import decide, read_sssom, write_sssom
from compkit.crosswalk.workbookranks import rank_slips
from compkit.crosswalk.workbookreview import read_review_workbook

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def under_review(tmp_path_factory):
    """Engineering Ladders → Medium's (a hyphenated id on each side): SSSOM, top 3, workbook."""
    a, b = CORPUS / "engineering-ladders-developer.yaml", CORPUS / "medium-snowflake.yaml"
    s = compkit.suggest(a, b, top=3, backend="hashing")
    folder = tmp_path_factory.mktemp("review")
    sssom = compkit.export_crosswalk(s, folder / "cw.sssom.tsv", a=a, b=b)
    book = compkit.export_crosswalk(read_sssom(sssom), folder / "cw.xlsx", a=a, b=b)
    return sssom, book


@pytest.mark.parametrize("typed", [(2024, 2025), (20240101, 20240102), (10**15, 10**15 + 1)])
def test_ranks_typed_as_years_or_dates_are_said_once_and_shortly(under_review, tmp_path, typed):
    """2024 and 2025 gave an 11 KB warning of 2,022 ranks "deleted"; 20240101 one of 191 MB."""
    from openpyxl import load_workbook

    sssom, book = under_review
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    column = {c.value: c.column for c in pairs[1]}
    assert [pairs.cell(r, column["Rank"]).value for r in (2, 3, 4)] == [1, 2, 3]
    pairs.cell(3, column["Rank"]).value, pairs.cell(4, column["Rank"]).value = typed
    wb.save(tmp_path / "cw.xlsx")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        read_review_workbook(tmp_path / "cw.xlsx", read_sssom(sssom), reviewer="R")
    said = [str(w.message).split("cw.xlsx: ", 1)[1] for w in seen]
    assert len(said) == 1, [s[:200] for s in said]
    assert len(said[0]) < 600, said[0][:300]
    assert said[0].startswith(
        f"sheet 'Pairs', rows 3, 4, column 'Rank': '{typed[0]}', '{typed[1]}' where the method "
        "ranked the pairs 2, 3 (statement "
    )
    assert "has no row" not in said[0]


def _rows(*ranks):
    return [
        (n, {"subject": "a", "object": f"o{n}", "Rank": str(r)}) for n, r in enumerate(ranks, 2)
    ]


def test_a_rank_past_the_rows_without_the_cross_walks_ranks_is_bounded_by_the_rows():
    """Without the cross-walk's ranks, the gaps are looked for up to the statement's rows."""
    said = rank_slips(_rows(1, 20240101, 20240102), "A statement")
    assert said == [
        "sheet 'Pairs', rows 3, 4, column 'Rank': '20240101', '20240102' where the method ranks "
        "the statement's pairs 1 to 3 (statement a, its rows ranked 1, 20240101, 20240102): a "
        "rank is the method's order of the candidates, not a decision, and typing over it "
        "records nothing; to say a pair is a poorer match than that, pick 'rejected' (or "
        "'unsure') in its Review column and say why in its Note"
    ]
    huge = rank_slips(_rows(1, "9" * 5000, 3), "A statement")  # no ValueError, no long line
    assert len(huge) == 1 and len(huge[0]) < 500 and "ranked the pair 2" in huge[0]
    huge = rank_slips(_rows(1, "9" * 5000, "8" * 40), "A statement")
    assert len(huge) == 1 and len(huge[0]) < 600 and huge[0].startswith("sheet 'Pairs', rows 3, 4")


def test_a_row_deleted_beside_ranks_the_cross_walk_holds_is_still_said():
    """A statement of 1, 3 (2 deleted) whose cross-walk ranks 1 to 3: the gap is said."""
    known = {("a", "o2"): 1, ("a", "o9"): 2, ("a", "o3"): 3}
    said = rank_slips(_rows(1, 3), "A statement", known)
    assert len(said) == 1 and said[0].startswith("sheet 'Pairs', row 3: rank 2 of statement a")


def test_a_pruned_cross_walk_declares_the_prefix_its_header_names(under_review, tmp_path):
    """Only the no-counterpart rows written: 'object_source: medium-snowflake:' was undeclared."""
    sssom, _ = under_review
    cw = read_sssom(sssom)
    cw = decide(cw, cw["subject_id"].iloc[0], None, "no_match", reviewer="R")
    kept = cw[cw["review_status"] == "no_match"]
    assert not kept["object_id"].str.startswith("medium-snowflake:").any()
    path = write_sssom(kept, tmp_path / "pruned.sssom.tsv")
    head = [line[2:] for line in path.read_text().splitlines() if line.startswith("#")]
    assert "object_source: 'medium_snowflake:'" in head
    assert "  medium_snowflake: https://w3id.org/compkit/medium-snowflake/" in head
    back = read_sssom(path)
    assert back.attrs["sssom"]["object_source"] == "medium-snowflake:"
    assert "medium-snowflake" in back.attrs["sssom"]["curie_map"]


def test_any_header_entry_holding_a_curie_keeps_its_prefix(under_review, tmp_path):
    """A prefix named by another header entry (a creator's ORCID) stays declared too."""
    sssom, _ = under_review
    cw = read_sssom(sssom)
    cw.attrs["sssom"] = {
        **cw.attrs["sssom"],
        "curie_map": {**cw.attrs["sssom"]["curie_map"], "orcid": "https://orcid.org/"},
        "creator_id": ["orcid:0000-0002-1825-0097"],
    }
    kept = cw[cw["object_id"].str.startswith("sssom:")]
    path = write_sssom(kept if len(kept) else cw.iloc[:1], tmp_path / "c.sssom.tsv")
    text = path.read_text()
    assert "  orcid: https://orcid.org/" in text and "orcid:0000-0002-1825-0097" in text
