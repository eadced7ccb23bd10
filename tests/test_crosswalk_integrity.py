"""Cross-walk integrity: decisions honoured in full, mappings kept to their own frameworks, ids
and dates checked when a decision is recorded, and plain messages instead of raw exceptions."""

import numpy as np
import pandas as pd
import pytest

import compkit
from compkit.crosswalk import (
    NO_TERM,
    agreement,
    align_levels,
    decide,
    export_crosswalk,
    honour,
    level_matrix,
    merge,
    pending,
    read_sssom,
    review_crosswalk,
    suggest,
    to_crosswalk,
    unmatched,
    update,
    write_sssom,
)
from compkit.crosswalk.review import decide_statement
from compkit.errors import UsageError


@pytest.fixture(scope="module")
def raw():
    return suggest("cis", "wsx", top=5)


@pytest.fixture(scope="module")
def reviewed():
    return read_sssom("cis-wsx")


@pytest.fixture(scope="module")
def honoured(raw, reviewed):
    return honour(raw, reviewed)


@pytest.fixture(scope="module")
def cw(raw):
    return to_crosswalk(raw, subject="cis", object="wsx")


def bare(ids):
    return ids.str.split(":", n=1).str[-1]


# -- 1. honour: the reviewer's decisions win -----------------------------------------------------
def test_honour_is_what_suggest_reviewed_gives(reviewed, honoured):
    via_suggest = suggest("cis", "wsx", top=5, reviewed="cis-wsx")
    from compkit.crosswalk.suggest import _rejected_most

    spare = _rejected_most(reviewed)  # the candidates that fill in rejections
    deeper = suggest("cis", "wsx", top=5 + spare)
    pd.testing.assert_frame_equal(via_suggest, honour(deeper, "cis-wsx", a="cis", b="wsx", top=5))
    kept = (
        via_suggest["review_status"]
        .isin(["accepted", "changed"])
        .groupby(via_suggest["subject_id"])
        .sum()
    )
    most = via_suggest.groupby("subject_id")["rank"].max()
    assert (most <= np.maximum(5, kept.reindex(most.index))).all()  # accepted pairs always kept
    assert list(honoured.columns) == [*compkit.crosswalk.SUGGESTION_COLUMNS, "review_status"]


def test_the_reviewers_relation_wins_and_every_accepted_pair_appears(honoured, reviewed):
    positive = reviewed[reviewed["review_status"].isin(["accepted", "changed"])]
    expected = set(zip(bare(positive["subject_id"]), bare(positive["object_id"]),
                       positive["predicate_id"], positive["review_status"], strict=True))  # fmt: skip
    shown = set(zip(honoured["subject_id"], honoured["object_id"], honoured["predicate_id"],
                    honoured["review_status"], strict=True))  # fmt: skip
    assert expected <= shown, sorted(expected - shown)[:3]
    row = honoured[
        (honoured["subject_id"] == "people-l1-1")
        & (honoured["object_id"] == "qualities-supervisory-6")
    ].iloc[0]
    assert (row["predicate_id"], row["review_status"], row["in_set"]) == (
        "skos:narrowMatch",
        "changed",
        True,
    )


def test_pairs_the_method_did_not_rank_are_added_and_marked(raw, honoured):
    ranked = set(zip(raw["subject_id"], raw["object_id"], strict=True))
    added = honoured[(honoured["method"] == "reviewed") & (honoured["object_id"] != NO_TERM)]
    assert len(added) > 0
    assert not set(zip(added["subject_id"], added["object_id"], strict=True)) & ranked
    assert added["review_status"].isin(["accepted", "changed"]).all()
    assert added["why"].str.contains("did not rank").all()
    assert added["in_set"].all() and not added["unmatched"].any()
    assert added["subject_label"].notna().all() and added["object_label"].notna().all()


def test_rejected_pairs_go_and_ranks_have_no_gaps(honoured, reviewed):
    gone = reviewed[reviewed["predicate_modifier"] == "Not"]
    gone_keys = set(zip(bare(gone["subject_id"]), bare(gone["object_id"]), strict=True))
    assert not set(zip(honoured["subject_id"], honoured["object_id"], strict=True)) & gone_keys
    for subject, ranks in honoured.groupby("subject_id", sort=False)["rank"]:
        assert ranks.tolist() == list(range(1, len(ranks) + 1)), subject
    assert honoured["rank"].dtype.kind == "i"


def test_accepted_pairs_come_first(honoured):
    for _, rows in honoured.groupby("subject_id", sort=False):
        accepted = rows["review_status"].isin(["accepted", "changed"]).tolist()
        assert accepted == sorted(accepted, reverse=True)


def test_a_no_counterpart_decision_empties_the_suggested_set(honoured):
    rows = honoured[honoured["subject_id"] == "brilliant-l3-3"]
    first = rows.iloc[0]
    assert (first["object_id"], first["review_status"], first["method"]) == (
        NO_TERM,
        "no_match",
        "reviewed",
    )
    assert not rows["in_set"].any()
    assert rows["unmatched"].all()
    assert "brilliant-l3-3" in set(unmatched(honoured)["subject_id"])


def test_a_statement_decided_in_the_widget_as_no_counterpart_stays(raw, cw, tmp_path):
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv")
    w = review_crosswalk(path, "cis", "wsx", reviewer="Me")
    w.choose({})
    out = honour(raw, path)
    rows = out[out["subject_id"] == "people-l1-1"]
    assert rows[["rank", "object_id", "in_set", "unmatched", "review_status"]].values.tolist() == [
        [1, NO_TERM, False, True, "no_match"]
    ]
    again = to_crosswalk(out, subject="cis", object="wsx")
    assert NO_TERM in set(again["object_id"])


def test_top_keeps_accepted_pairs_and_fills_up_to_top(reviewed):
    deep = suggest("cis", "wsx", top=10)
    out = honour(deep, reviewed, top=5)
    assert out.groupby("subject_id").size().max() <= max(
        5, reviewed[reviewed["review_status"].isin(["accepted", "changed"])]
        .groupby("subject_id").size().max()
    )  # fmt: skip
    assert (out.groupby("subject_id").size() >= 5).mean() > 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [("wsx", "cis"), ("wsx", "wsx")],
)
def test_a_reviewed_crosswalk_of_other_frameworks_is_refused(a, b):
    with pytest.raises(UsageError, match=r"the reviewed cross-walk maps cis to wsx, but the "):
        suggest(a, b, top=2, reviewed="cis-wsx", method="lexical")
    with pytest.raises(UsageError, match=r"the reviewed cross-walk maps cis to wsx, but the "):
        honour(suggest("cis", "wsx", top=2, method="lexical"), "cis-wsx", a=a, b=b)


def test_a_crosswalk_of_other_frameworks_is_refused_when_they_are_named(raw, reviewed):
    with pytest.raises(UsageError, match="'cis:people-l1-1' is not a statement of WSX Mind"):
        honour(raw, reviewed, a="wsx", b="cis")


# -- 2. mappings belong to the frameworks given ------------------------------------------------
ORDER = r"these mappings run from cis to wsx: give the frameworks in the cross-walk's order"


@pytest.mark.parametrize("suffix", ["x.xlsx", "x.sssom.tsv", "x.csv"])
def test_export_refuses_frameworks_in_the_wrong_order(raw, tmp_path, suffix):
    with pytest.raises(UsageError, match=ORDER):
        export_crosswalk(raw, tmp_path / suffix, a="wsx", b="cis")
    assert not (tmp_path / suffix).exists()


@pytest.mark.parametrize("fn", [align_levels, level_matrix])
def test_levels_refuse_swapped_frameworks_and_no_mappings(raw, cw, fn):
    with pytest.raises(UsageError, match=r"subject_id 'people-l1-1' is not a statement of WSX"):
        fn(raw, "wsx", "cis")
    with pytest.raises(UsageError, match=ORDER):
        fn(cw, "wsx", "cis")
    with pytest.raises(UsageError, match=r"there are no mappings"):
        fn(raw.iloc[:0], "cis", "wsx")


def test_to_crosswalk_refuses_swapped_prefixes(raw):
    with pytest.raises(UsageError, match=r"\(subject='cis', object='wsx'\)"):
        to_crosswalk(raw, subject="wsx", object="cis")
    assert (
        to_crosswalk(raw, subject=compkit.load("cis"), object="wsx")["subject_id"]
        .iloc[0]
        .startswith("cis:")
    )


def test_the_widget_refuses_frameworks_not_of_the_file(cw, tmp_path):
    path = write_sssom(cw, tmp_path / "rt.sssom.tsv")
    with pytest.raises(UsageError, match=ORDER):
        review_crosswalk(path, "wsx", "cis", reviewer="Me")
    assert review_crosswalk(path, "cis", "wsx", reviewer="Me").current == "cis:people-l1-1"


def test_a_statement_of_neither_framework_is_named(raw):
    other = raw.assign(object_id=raw["object_id"].where(raw.index > 0, "no-such-statement"))
    with pytest.raises(UsageError, match=r"object_id 'no-such-statement' is not a statement of"):
        align_levels(other, "cis", "wsx")


# -- 3. decisions: ids resolved, unknown ids and bad dates refused -----------------------------
def test_bare_ids_get_the_crosswalks_prefixes_and_round_trip(cw, tmp_path):
    out = decide(cw, "people-l1-1", "qualities-supervisory-6", "accept", reviewer="Me",
                 date="2024-05-01")  # fmt: skip
    assert len(out) == len(cw)
    mine = out[out["reviewer_label"] == "Me"]
    assert mine[["subject_id", "object_id"]].values.tolist() == [
        ["cis:people-l1-1", "wsx:qualities-supervisory-6"]
    ]
    back = read_sssom(write_sssom(out, tmp_path / "d.sssom.tsv"))
    assert (back["reviewer_label"] == "Me").sum() == 1


def test_a_counterpart_the_method_missed_can_be_added(cw):
    out = decide(cw, "cis:people-l1-1", "work-core-9", "accept", reviewer="Me")
    assert "wsx:work-core-9" in set(out.loc[out["subject_id"] == "cis:people-l1-1", "object_id"])
    out = decide_statement(cw, "people-l1-1", {"work-core-9": None}, reviewer="Me")
    mine = out[out["subject_id"] == "cis:people-l1-1"]
    assert mine.loc[mine["object_id"] == "wsx:work-core-9", "review_status"].tolist() == [
        "accepted"
    ]


@pytest.mark.parametrize(
    ("subject", "obj", "message"),
    [
        ("cis:no-such", "wsx:work-core-9", r"subject 'cis:no-such' is not in the cross-walk"),
        ("wsx:people-l1-1", "wsx:work-core-9", r"subject 'wsx:people-l1-1' is not in the"),
        ("cis:people-l1-1", "wsx:no-such", r"object 'wsx:no-such' is not in the cross-walk nor"),
        ("cis:people-l1-1", "cis:people-l1-2", r"object 'cis:people-l1-2' is not in the"),
    ],
)
def test_unknown_ids_are_refused(cw, subject, obj, message):
    with pytest.raises(UsageError, match=message):
        decide(cw, subject, obj, "accept", reviewer="Me")


@pytest.mark.parametrize("date", ["yesterday", "2024-13-01", "01/05/2024", "2024-5-1"])
def test_dates_must_be_iso(cw, date):
    with pytest.raises(UsageError, match=rf"date '{date}' is not a date; expected ISO YYYY-MM-DD"):
        decide(cw, "cis:people-l1-1", "wsx:work-core-9", "accept", reviewer="Me", date=date)


def test_a_decision_without_an_object_is_refused(cw):
    with pytest.raises(UsageError, match=r"decision 'accept' needs the object it is about"):
        decide(cw, "cis:people-l1-1", None, "accept", reviewer="Me")
    out = decide(cw, "cis:people-l1-1", None, "no_match", reviewer="Me", date="2024-05-01")
    assert (out["review_status"] == "no_match").sum() == 1


# -- 4. update and merge: raw suggestions converted, reversed ones refused ---------------------
def test_update_converts_raw_suggestions(cw):
    decided = decide(cw, "cis:people-l1-1", "wsx:qualities-supervisory-6", "accept", reviewer="R")
    out = update(decided, suggest("cis", "wsx", top=3))
    assert out["review_status"].notna().all()
    assert not out.duplicated(["subject_id", "object_id"]).any()
    assert out["subject_id"].str.startswith("cis:").all()
    assert (out["review_status"] == "accepted").sum() == 1


def test_update_refuses_reversed_suggestions(cw):
    with pytest.raises(UsageError, match=r"the cross-walk maps cis to wsx, but the suggestions"):
        update(cw, suggest("wsx", "cis", top=2, method="lexical"))
    backwards = to_crosswalk(suggest("wsx", "cis", top=2, method="lexical"), subject="wsx",
                             object="cis")  # fmt: skip
    with pytest.raises(UsageError, match=r"the first runs from cis to wsx, the second from wsx"):
        update(cw, backwards)


def test_merge_and_agreement_want_two_crosswalks_of_the_same_frameworks(cw, raw):
    for fn in (merge, agreement):
        with pytest.raises(UsageError, match=r"no column 'review_status'; expected a cross-walk"):
            fn(cw, raw)
    backwards = to_crosswalk(suggest("wsx", "cis", top=1, method="lexical"), subject="wsx",
                             object="cis")  # fmt: skip
    with pytest.raises(UsageError, match=r"do not map the same frameworks"):
        merge(cw, backwards)


# -- 5. plain messages, not KeyError -------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: pending(s), r"pending: the mappings have no column 'review_status'"),
        (lambda s: agreement(read_sssom("cis-wsx"), s), r"agreement: .*'review_status'"),
        (lambda s: unmatched(pd.DataFrame({"a": [1]})), r"unmatched: .*'subject_id'"),
        (
            lambda s: to_crosswalk(pd.DataFrame({"x": [1]}), subject="cis", object="wsx"),
            r"to_crosswalk: the mappings have no column 'subject_id'.*expected suggestions",
        ),
        (lambda s: to_crosswalk(read_sssom("cis-wsx"), subject="cis", object="wsx"),
         r"a cross-walk already \(they have a mapping_justification column\)"),
    ],
)  # fmt: skip
def test_missing_columns_are_named(raw, call, message):
    with pytest.raises(UsageError, match=message):
        call(raw)


# -- 7. SSSOM round trips keep the header; no negative zero ------------------------------------
def test_a_read_frame_is_written_back_with_its_header(tmp_path):
    source = read_sssom("cis-wsx")
    out = read_sssom(write_sssom(source, tmp_path / "again.sssom.tsv"))
    for key in ("mapping_set_title", "mapping_set_id", "license", "subject_source"):
        assert out.attrs["sssom"][key] == source.attrs["sssom"][key], key
    assert "Children in Scotland" in out.attrs["sssom"]["mapping_set_title"]
    given = write_sssom(source, tmp_path / "titled.sssom.tsv", meta={"mapping_set_title": "Mine"})
    assert read_sssom(given).attrs["sssom"]["mapping_set_title"] == "Mine"


def test_negative_zero_is_written_as_zero(cw, tmp_path):
    frame = cw.head(2).assign(similarity_score=[-0.0, 0.5], match_score=[-0.0, 1.0])
    path = write_sssom(frame, tmp_path / "z.sssom.tsv")
    text = path.read_text(encoding="utf-8")
    assert "-0.0" not in text
    assert read_sssom(path)["similarity_score"].tolist() == [0.0, 0.5]
    lexical = to_crosswalk(suggest("cis", "wsx", top=3, method="lexical"), subject="cis",
                           object="wsx")  # fmt: skip
    assert not any(str(v) == "-0.0" for v in lexical["similarity_score"])


# -- 6. the workbook: review in words, no relation where none holds, prints clear --------------
@pytest.fixture(scope="module")
def workbook(reviewed, tmp_path_factory):
    from openpyxl import load_workbook

    path = tmp_path_factory.mktemp("wb") / "cw.xlsx"
    return load_workbook(export_crosswalk(reviewed, path, a="cis", b="wsx"))


def test_review_and_relation_cells_say_what_was_decided(workbook):
    ws = workbook["Pairs"]
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    review = [r[header.index("Review")] for r in rows]
    assert not any("(rejected)" in str(v) for v in review)
    assert "rejected" in review and "no counterpart" in review
    for r in rows:
        if r[header.index("Review")] in ("rejected", "no counterpart"):
            assert r[header.index("Relation")] is None, r
            assert r[header.index("Relation (SKOS)")] is None, r
    accepted = [r for r in rows if r[header.index("Review")] == "accepted"]
    assert all(r[header.index("Relation")].endswith("match") for r in accepted)


def test_pages_show_no_file_name_and_the_header_clears_the_body(workbook):
    for ws in workbook.worksheets:
        assert "&F" not in (ws.oddHeader.left.text or "") + (ws.oddHeader.center.text or "")
        assert ws.oddHeader.left.text == "Cross-walk CiS to WSX Mind"
        margins = ws.page_margins
        assert margins.top - margins.header >= 0.4  # a header line is about 0.2"
        assert margins.bottom - margins.footer >= 0.4


def test_numbers_are_rounded_and_the_creator_is_compkit(workbook):
    values = [c.value for row in workbook["Competencies"].iter_rows(min_row=2, min_col=2)
              for c in row]  # fmt: skip
    assert values and all(v == round(v, 3) and len(repr(v)) <= 6 for v in values)
    assert workbook.properties.creator == "compkit"
    assert workbook.properties.lastModifiedBy == "compkit"


def test_pairs_a_reviewer_rejected_are_replaced_by_the_next_candidates():
    s = suggest("cis", "wsx", top=5, reviewed="cis-wsx")
    assert (s.groupby("subject_id")["rank"].max() >= 5).all()  # rejections filled in
    for _, rows in s.groupby("subject_id"):
        assert rows["rank"].tolist() == list(range(1, len(rows) + 1))


def test_levels_align_from_suggestions_that_honour_a_review():
    # suggest(reviewed=...) gives decisions without SSSOM's predicate_modifier column
    found = compkit.suggest("cis", "wsx", method="lexical", reviewed="cis-wsx")
    aligned = compkit.align_levels(found, "cis", "wsx")
    assert aligned.set_index("level_name").loc["Level 1", "aligned_level_name"] == "Core"


def test_a_framework_with_no_stated_organisation_or_licence_is_not_given_one(tmp_path):
    from dataclasses import replace

    from compkit.crosswalk import suggest
    from compkit.crosswalk.export import export_crosswalk
    from compkit.crosswalk.pairs import pairs_table

    cis = replace(compkit.load("cis"), short_name="", organisation="(organisation not stated)")
    wsx = replace(compkit.load("wsx"), short_name="")
    s = suggest(cis, wsx, top=2)
    written = export_crosswalk(s, tmp_path / "x.sssom.tsv", a=cis, b=wsx)
    header = read_sssom(written).attrs["sssom"]
    assert header["mapping_set_title"] == (
        "Cross-walk of Competencies – Senior Officer roles to Staff Competency Framework (WSX Mind)"
    )
    assert header["license"] == "https://w3id.org/sssom/license/unspecified"
    table, _ = pairs_table(s, cis, wsx)
    assert "Competencies – Senior Officer roles statement" in table.columns
    assert "WSX Mind statement" in table.columns
    assert not any(c.startswith(("cis ", "wsx ")) for c in table.columns)
