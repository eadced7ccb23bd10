"""carry_forward keeps the method's no-counterpart flag apart from any note (authoring/carry.py)."""

import warnings

import pandas as pd

import compkit
from compkit.authoring.carry import carry_forward
from compkit.authoring.edits import remove_indicator, set_text
from compkit.crosswalk.review import NO_CREDIBLE

FLAGGED = pd.DataFrame(
    {
        "subject_id": ["cis:people-l1-1", "cis:people-l1-1", "cis:people-l1-2"],
        "predicate_id": ["skos:relatedMatch"] * 3,
        "object_id": ["wsx:qualities-core-1", "wsx:qualities-core-2", "wsx:qualities-core-3"],
        "mapping_justification": ["semapv:SemanticSimilarityThresholdMatching"] * 3,
        "review_status": ["suggested", "suggested", "accepted"],
        "reviewer_label": ["", "", "Jo"],
        "comment": [NO_CREDIBLE, NO_CREDIBLE, "same duty"],
    }
)


def test_a_reworded_statements_open_rows_keep_the_flag_alone():
    old = compkit.load("cis")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        new = set_text(old, "people-l1-1", "I see how my role serves the organisation.")
        new = set_text(new, "people-l1-2", "I work well with my colleagues, reworded.")
    out = carry_forward(FLAGGED, old, new, side="subject")
    assert out["comment"].tolist()[:2] == [NO_CREDIBLE, NO_CREDIBLE]
    assert out["carry_note"].tolist()[:2] == ["reworded", "reworded"]
    assert out["comment"].iloc[2] == (
        "carried forward: re-review (reworded); was accepted by Jo. same duty"
    )


def test_a_removed_statements_flagged_rows_say_only_why_they_retire():
    old = compkit.load("cis")
    out = carry_forward(FLAGGED, old, remove_indicator(old, "people-l1-1"), side="subject")
    assert out["carry"].tolist()[:2] == ["retired", "retired"]
    assert not out["comment"].iloc[0].endswith(NO_CREDIBLE)
    assert out["comment"].iloc[0].startswith("carried forward: retired")


def test_a_decided_row_still_carrying_the_flag_goes_back_to_review():
    """Round 30 review #9: a row accepted by Jo whose comment still reads the flag (a hand-edited
    SSSOM, a workbook handed back) was left accepted after its statement was reworded, its
    ``carry`` column saying re-review while the widget would never ask again."""
    rows = FLAGGED.assign(review_status=["accepted", "suggested", "accepted"])
    rows["reviewer_label"] = ["Jo", "", "Jo"]
    old = compkit.load("cis")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        new = set_text(old, "people-l1-1", "I see how my role serves the organisation.")
    out = carry_forward(rows, old, new, side="subject")
    assert out["review_status"].tolist()[:2] == ["suggested", "suggested"]
    assert out["reviewer_label"].iloc[0] == ""
    assert out["comment"].iloc[0] == "carried forward: re-review (reworded); was accepted by Jo"
    assert out["comment"].iloc[1] == NO_CREDIBLE  # the open row: the flag alone, as before
