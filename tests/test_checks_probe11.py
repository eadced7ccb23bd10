"""The eleventh probe of the checker: defects found on real public frameworks, each pinned here.

- **A changed word is growth, not a repeat** (C001): a higher statement whose content words
  are all in a lower one was a repeat, though it changed a word the lower one also uses
  elsewhere, or a word the content words leave out. Bright's (croner-i) business analyst
  ladder (github croner-i-web/progression-framework, "frameworks/business analysis/
  ba-leader.md" @ 3d3ccc8e, MIT, Monzo's framework adapted; read as cumulative): "Completes
  the analysis activities with no support from other BAs." above "... for features with
  minimal support ..." and "... with high customer visibility and high business risk." above
  "... and medium business risk.": 2 findings, both wrong, now none. Bright's product design
  framework (same repository, frameworks/design/product-design.md @ dd98d1c5) repeats two
  Knowledge statements of Level 4 word for word at Level 5: still 2 findings and a P003.
- **A swapped word is parallel wording, not a restatement** (C002): a higher statement that
  keeps all but one or two of a lower one's content words and puts other words in their place
  restated it. Bright's business analyst ladder: "Communicates to a wider stakeholder group
  within business, IT and operational teams in BrightHR at management/board level." above
  "... at peer level." and "Completes analysis activities and deliverables required to
  deliver change for a product or process autonomously." above "Contributes to analysis
  activities ...": 2 findings, both wrong, now none. A word left out with nothing in its place
  (WSX's "ethics, in-line with the values" restated as "ethics and values, ...") and an
  opening restated before a different ending (WSX's "Act as a positive role model for
  innovation") are still restatements (the seeds' judgements).
"""

import pytest

from compkit import check
from compkit.testing import framework_from_cells

LEVELS = ("level-1", "level-2", "level-3", "level-4")


def _found(cells, code):
    fw = framework_from_cells(cells, levels=LEVELS)
    found = check(fw, select=code).to_frame()
    return found[["indicator_id", "related_id"]].to_dict("records")


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        (
            "Completes the analysis activities for features with minimal support from other BAs.",
            "Completes the analysis activities with no support from other BAs.",
        ),
        (
            "Independently creates acceptance criteria for business features with high "
            "customer visibility and medium business risk.",
            "Creates acceptance criteria for business features with high customer visibility "
            "and high business risk.",
        ),
    ],
)
def test_a_higher_statement_that_changes_a_word_is_no_repeat(lower, higher):
    cells = {"Mastery": {"level-2": [lower], "level-3": [higher]}}
    assert _found(cells, "C001") == []


def test_a_statement_repeated_word_for_word_is_still_a_repeat():
    mastered = (
        "You've mastered multiple design disciplines but you also know who the experts are "
        "and are able to delegate accordingly"
    )
    breadth = (
        "You have a very wide breadth of knowledge and you can easily switch context and pick "
        "up on new concepts"
    )
    cells = {"Knowledge": {"level-3": [mastered, breadth], "level-4": [mastered, breadth]}}
    assert _found(cells, "C001") == [
        {"indicator_id": "knowledge-level-4-1", "related_id": "knowledge-level-3-1"},
        {"indicator_id": "knowledge-level-4-2", "related_id": "knowledge-level-3-2"},
    ]
    assert len(_found(cells, "P003")) == 1


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        (
            "Communicates to a wider stakeholder group within business, IT and operational "
            "teams in BrightHR at peer level.",
            "Communicates to a wider stakeholder group within business, IT and operational "
            "teams in BrightHR at management/board level.",
        ),
        (
            "Contributes to analysis activities and deliverables required to deliver change for "
            "a product or process.",
            "Completes analysis activities and deliverables required to deliver change for a "
            "product or process autonomously.",
        ),
    ],
)
def test_a_higher_statement_that_swaps_a_word_is_no_restatement(lower, higher):
    cells = {"Communication": {"level-2": [lower], "level-3": [higher]}}
    assert _found(cells, "C002") == []


def test_a_word_left_out_with_nothing_in_its_place_is_still_a_restatement():
    lower = "Upholds personal and professional ethics, in-line with the values and culture"
    higher = (
        "Upholds personal and professional ethics and values, taking into account the values "
        "and respecting the culture, beliefs and abilities of individuals"
    )
    cells = {"Qualities": {"level-1": [lower], "level-2": [higher]}}
    assert _found(cells, "C002") == [
        {"indicator_id": "qualities-level-2-1", "related_id": "qualities-level-1-1"}
    ]


def test_an_opening_restated_before_a_different_ending_is_still_a_restatement():
    lower = "Act as a positive role model for innovation, creativity and change"
    higher = "Act as a positive role model for innovation and inspire others to follow"
    cells = {"Improving": {"level-1": [lower], "level-2": [higher]}}
    assert _found(cells, "C002") == [
        {"indicator_id": "improving-level-2-1", "related_id": "improving-level-1-1"}
    ]
