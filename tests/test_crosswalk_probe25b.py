"""Twenty-fifth round, helper B: a reviewer's day with the cross-walk.

A rejected pair's note (the reviewer's reasons, what the next analyst needs) is carried into
the reviewed CSV, from the CLI and the Python API, without changing the rows an accepted-only
reader takes; and a reviewer's workbook, with the slips a reviewer makes, is taken back.
"""

from __future__ import annotations

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
