"""Words read in the sense their neighbours give them: scope, voice and themes (probe 21, S2).

A digital-skills framework's "organisation, storage and retrieval" of files is arranging them,
not the organisation; its "search strategies" are a method, not the organisation's strategy;
"apply searches" is an instruction, not "applies"; "adapted to an audience" is tailoring, not
change; "your inclusion on the team" is being included, not equality work. The statements below
are written for these tests in the shape of such frameworks, not copied from one.
"""

import re

import pytest

from compkit.compare.themes import read_vocabulary
from compkit.framework.text import scope, voice


def _themes(text: str) -> set[str]:
    vocab = read_vocabulary()
    return {
        row.theme_id
        for row in vocab.itertuples()
        if any(re.search(k, text, re.IGNORECASE) for k in row.keywords)
    }


@pytest.mark.parametrize(
    "text",
    [
        "sort my files and folders for their easier organisation, storage and retrieval.",
        "carry out their organisation and processing in a shared drive.",
        "improve the organisation of data and documents in a folder tree.",
        "keep a tidy file organisation on a laptop.",
        "store, retrieval and organisation of notes in a simple app.",
    ],
)
def test_organisation_of_things_is_arranging_them_not_the_organisation(text):
    assert scope([text]).tolist() == ["self"]


@pytest.mark.parametrize(
    "text",
    [
        "name simple personal search strategies.",
        "change my searching strategy to find better sources,",
        "pick simple communication modes and strategies suited to a reader and",
        "use communication strategies in a chat with a customer",
        "try learning strategies that suit me",
        "use coping strategies when under pressure",
    ],
)
def test_a_strategy_of_method_is_no_organisational_strategy(text):
    assert scope([text]).tolist() == ["self"]
    assert "strategy" not in _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contributes to the organisation's strategy for growth", "org"),
        ("Sets the strategy for the engineering department", "org"),
        ("Works across the whole organisation on its structure", "org"),
        ("Understands how the organisation of the council affects residents", "org"),
        ("Leads the organisation through a restructure", "org"),
        ("Shapes the organisation's communication strategy", "org"),
        ("Informs the company strategy", "org"),
        ("Develops a communication strategy for the whole programme", "org"),
        ("Owns the learning strategy", "org"),
    ],
)
def test_the_organisation_and_its_strategy_still_reach_the_organisation(text, expected):
    assert scope([text]).tolist() == [expected]


def test_strategy_and_direction_keeps_the_organisations_strategy():
    assert "strategy" in _themes("Sets the strategy for the engineering department")
    assert "strategy" in _themes("Translates the product strategy into a roadmap")
    assert "strategy" in _themes("Thinks strategically about the next three years")
    assert "strategy" in _themes("Develops a communication strategy for the programme")
    assert "strategy" in _themes("Owns the learning strategy")


def test_verbs_ending_in_ly_are_no_adverbs():
    assert voice(
        [
            "apply searches to find data in a spreadsheet",
            "apply checks to data before sharing it",
            "Supply figures each month",
            "rely on colleagues' reviews",
            "Comply with data protection law",
            "Quickly applies checks",
            "Simply delivers",
            "Apply the house style",
        ]
    ).tolist() == ["other", "other", "other", "other", "other", "third", "third", "other"]


def test_tailoring_to_an_audience_is_no_change():
    assert "change" not in _themes("choose ways of writing adapted to an audience and")
    assert "change" not in _themes("adapt the most suitable tone in a chat to an audience")
    assert "change" not in _themes("Adapts the message to the audience")
    assert "change" not in _themes("adapt the most suitable channel for a given context.")
    assert "communication" in _themes("choose ways of writing adapted to an audience and")
    assert "change" in _themes("Adapts quickly to changing priorities")
    assert "change" in _themes("Adapts to new tools and ways of working")
    assert "change" in _themes("Helps the team adapt to a restructure")


def test_being_included_is_no_equality_work():
    assert "equality" not in _themes("Your inclusion on the team lowers the risk of silos")
    assert "equality" not in _themes("My inclusion in planning lets me give early advice")
    assert "equality" in _themes("Champions inclusion and diversity in hiring")
    assert "equality" in _themes("Promotes the inclusion of disabled colleagues")
    assert "equality" in _themes("Builds an inclusive team")


def test_taking_part_in_the_company_culture_is_membership():
    assert scope(["Follows team process. Active participant in our company culture"]).tolist() == [
        "self"
    ]
    assert scope(["Takes part in the organisation's culture"]).tolist() == ["self"]
    assert scope(["Shapes our company culture"]).tolist() == ["org"]


def test_the_holders_own_mentor_is_no_people_management():
    assert "people-management" not in _themes("Tell manager / mentor how the work stands.")
    assert "people-management" not in _themes("Asks their manager or mentor for advice")
    assert "people-management" in _themes("Mentors two junior engineers")
    assert "people-management" in _themes("Acts as a mentor to new starters")
