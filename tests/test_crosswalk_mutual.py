"""A close match holds both ways: the subject must be the candidate's best too (``mutual``)."""

import numpy as np

import compkit
from compkit.crosswalk.suggest import SUGGESTION_COLUMNS


def test_mutual_is_each_objects_best_subject_over_every_pair():
    """With every candidate kept (lexical: no re-ranking), mutual is the column-wise best."""
    s = compkit.suggest("cis", "wsx", method="lexical", top=153)
    assert "mutual" in SUGGESTION_COLUMNS and s["mutual"].dtype == bool
    best = s.groupby("object_id")["score"].transform("max")
    expected = np.isclose(s["score"], best, rtol=0, atol=5e-4)  # scores are rounded to 3 places
    assert (s["mutual"] == expected).mean() > 0.99


def test_mutual_does_not_depend_on_how_many_candidates_are_asked_for():
    few = compkit.suggest("cis", "wsx", method="lexical", top=1)
    many = compkit.suggest("cis", "wsx", method="lexical", top=10)
    first = many[many["rank"] == 1].set_index("subject_id")["mutual"]
    assert few.set_index("subject_id")["mutual"].equals(first.loc[few["subject_id"]])


def test_every_close_match_is_mutual():
    s = compkit.suggest("cis", "wsx", top=5)
    close = s[s["predicate_id"] == "skos:closeMatch"]
    assert len(close) and close["mutual"].all()
    # a strong candidate whose best subject is another statement is at most related
    strong = s[(s["zscore"] >= 3.0) & ~s["mutual"] & ~s["unmatched"]]
    assert len(strong) and not strong["predicate_id"].isin(["skos:closeMatch"]).any()


def test_a_framework_against_itself_is_exact_and_mutual():
    s = compkit.suggest("cis", "cis", top=1)
    assert (s["predicate_id"] == "skos:exactMatch").all()
    assert s["mutual"].mean() > 0.9  # repeated statements may share a best


def test_the_workbook_says_each_others_best_on_screen_not_on_paper(tmp_path):
    from openpyxl import load_workbook

    s = compkit.suggest("cis", "wsx", top=3)
    out = compkit.export_crosswalk(s, tmp_path / "cw.xlsx", a="cis", b="wsx")
    pairs = load_workbook(out)["Pairs"]
    header = [c.value for c in pairs[1]]
    col = header.index("Each other's best")
    values = [r[col] for r in pairs.iter_rows(min_row=2, values_only=True)]
    assert set(values) == {"yes", "no"} and values.count("yes") == int(s["mutual"].sum())
    printed = str(pairs.print_area)
    last = printed.split(":")[-1].strip("$'0123456789").split("$")[0]
    from openpyxl.utils import column_index_from_string

    assert column_index_from_string(last) < col + 1  # kept to the right of the printed page


def test_the_explanation_says_each_others_best():
    s = compkit.suggest("cis", "wsx", top=3)
    said = s["why"].str.endswith("; each other's best")
    assert (said == s["mutual"]).all() and said.any() and not said.all()
