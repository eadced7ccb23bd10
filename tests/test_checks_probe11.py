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
- **A statement that speaks to "you" is in the second person** (T007): in a framework written
  "You ...", a statement whose subject is someone else but that names the reader, or whose
  opening clause does, was said to break the voice. Etsy's engineering career ladder
  (competencies page, one sentence quoted, no licence stated): "Others often turn to you to
  make and communicate difficult decisions."; Skylight's digital transformer pathway (github
  skylight-hq/skylight.digital, one sentence quoted): "Teams and leaders view you as a trusted
  advisor ..."; InfraCloud's career ladder (github infracloudio/career-ladders, CC BY 4.0):
  "If you get blocked on something - you seek help. ..."; Bright's product design framework:
  "Even though you're not a manager full-time you have incredibly strong leadership ...".
  Over 595 frameworks of earlier probes, 40 such findings (9 statements), all wrong, are gone;
  an instruction ("Know your audience before you communicate.") and a fragment ("Writing
  blogs or case studies of the work done by you ...") still break the voice.
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


YOU = [
    "You seek out feedback from your peers.",
    "You help define and own big tasks.",
    "You inspire those around you.",
    "You are an excellent mentor in your team.",
    "You lead through influence.",
    "You unblock people outside your team.",
    "You own the customer impact of your projects.",
    "You understand the big picture.",
    "You're an effective teacher.",
    "You share knowledge freely.",
    "You communicate the long-term vision.",
    "You learn from your mistakes.",
]


@pytest.mark.parametrize(
    "addressed",
    [
        "Others often turn to you to make and communicate difficult decisions.",
        "Teams and leaders view you as a trusted advisor and actively solicit your advice.",
        "If you get blocked on something - you seek help.",
        "If your task is getting delayed due to technical difficulties, you communicate it.",
        "Even though you're not a manager full-time you have incredibly strong leadership and "
        "coaching abilities and use these to improve the performance of others",
    ],
)
def test_a_statement_that_speaks_to_the_reader_keeps_the_second_person(addressed):
    fw = framework_from_cells({"Collaboration": {"level-1": [*YOU, addressed]}}, levels=LEVELS)
    assert check(fw, select="T007").to_frame().empty


@pytest.mark.parametrize(
    "broken",
    [
        "Know your audience before you communicate.",
        "Writing blogs or case studies of the work done by you or helping do the same to a "
        "junior engineer.",
        "Along with experience using Adobe XD/ Figma or to turn your knowledge into real design "
        "work",
        "Helps your team grow.",
    ],
)
def test_an_instruction_or_a_fragment_naming_the_reader_still_breaks_the_voice(broken):
    fw = framework_from_cells({"Collaboration": {"level-1": [*YOU, broken]}}, levels=LEVELS)
    assert check(fw, select="T007").to_frame()["indicator_id"].tolist() == [
        "collaboration-level-1-13"
    ]
