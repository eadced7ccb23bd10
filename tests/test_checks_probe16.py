"""Sixteenth probe round: T009 on a spelling of the other English with nothing beside it.

An American form alone in British text ("organize" once, nothing else telling) passed, as
did a British one in American text that writes no -ize ("minimise" beside "behavior").
"""

from pathlib import Path

import pytest

from compkit.checks import check
from compkit.framework.build import from_dict
from compkit.ingest import ingest


def framework(statements, language):
    """A one-level framework of one competency holding the statements."""
    return from_dict(
        {
            "schema_version": 2,
            "id": "probe16",
            "title": "Probe 16",
            "organisation": "Riverside Trust",
            "language": language,
            "levels": [{"id": "one", "name": "One", "rank": 1}],
            "competencies": [
                {
                    "id": "c",
                    "name": "Delivery",
                    "indicators": [
                        {"id": f"c-{k}", "level": "one", "text": text}
                        for k, text in enumerate(statements, 1)
                    ],
                }
            ],
        }
    )


def t009(statements, language):
    return [
        (f.indicator_id, f.message) for f in check(framework(statements, language), select="T009")
    ]


def test_an_american_form_alone_in_british_text_is_one_finding():
    assert t009(["Helps organize events.", "Plans the team's work."], "en-GB") == [
        (
            "c-1",
            "'organize' is the American spelling, and no word in the framework is spelt the "
            "British way: in its English (en-GB) it is 'organise' (if the framework is "
            "American, declare its language)",
        )
    ]


def test_a_british_text_written_american_throughout_has_one_finding_not_one_a_word():
    found = t009(["Organizes events.", "Models the behavior.", "Leads the center."], "en-GB")
    assert len(found) == 1
    assert found[0][1].startswith(
        "'organizes' is the American spelling (also 'behavior', 'center')"
    )


def test_an_american_form_beside_british_ones_is_flagged_where_it_stands():
    found = t009(["Models the behavior the team values.", "Prioritises the work."], "en-GB")
    assert found == [
        (
            "c-1",
            "'behavior' is the American spelling; in the framework's English (en-GB) it is "
            "'behaviour'",
        )
    ]


@pytest.mark.parametrize(
    "statements",
    [
        ["Helps organize events.", "Models the behaviour."],  # Oxford spelling
        ["Travels to the Center for Data Ethics.", "Models the behaviour."],  # a name
        ["Writes a program that tracks supervision.", "Models the behaviour."],  # two words
        ["Reads the gas meter.", "Models the behaviour."],  # British too
    ],
)
def test_british_text_with_forms_british_english_shares_is_no_finding(statements):
    assert t009(statements, "en-GB") == []


def test_a_british_form_in_american_text_with_no_ize_is_found():
    found = t009(["Helps the team minimise risk.", "Models the behavior."], "en-US")
    assert found == [
        (
            "c-1",
            "'minimise' is the British spelling; in the framework's English (en-US) it is "
            "'minimize'",
        )
    ]


def test_a_british_form_alone_in_american_text_is_one_finding():
    found = t009(["Helps the team minimise risk.", "Plans the work."], "en-US")
    assert [m for _, m in found] == [
        "'minimise' is the British spelling, and no word in the framework is spelt the "
        "American way: in its English (en-US) it is 'minimize' (if the framework is British, "
        "declare its language)"
    ]


# -- T009: a compound before a noun takes its hyphen, however often it is left open -------


def test_a_compound_modifier_left_open_is_the_slip_even_when_commoner():
    found = t009(
        [
            "Leads engineering wide improvements.",
            "Drives engineering wide changes.",
            "Partners on engineering-wide initiatives.",
        ],
        "en-US",
    )
    assert found == [
        (
            f"c-{k}",
            "'engineering wide' is spelt 'engineering-wide' elsewhere in the framework "
            "(1 time); before a noun the compound takes its hyphen",
        )
        for k in (1, 2)
    ]


def test_a_tie_of_compound_modifiers_is_settled_by_the_hyphen():
    found = t009(["Designs well scoped components.", "Delivers well-scoped milestones."], "en-US")
    assert [m for _, m in found] == [
        "'well scoped' is spelt 'well-scoped' elsewhere in the framework (1 time); before a "
        "noun the compound takes its hyphen"
    ]


def test_a_compound_used_as_a_noun_is_left_to_the_counts():
    found = t009(
        ["Takes part in decision making.", "Joins decision making.", "Guides decision-making."],
        "en-US",
    )
    assert [m for _, m in found] == [
        "'decision-making' is spelt 'decision making' elsewhere in the framework (2 times)"
    ]


DATA = Path(__file__).parent / "data" / "checks" / "probe16"


@pytest.mark.parametrize(
    ("page", "flagged", "hyphened"),
    [
        ("dropbox-ic3-software-engineer.html", "well scoped", "well-scoped"),
        ("dropbox-ic5-staff-software-engineer.html", "business impacting", "business-impacting"),
    ],
)
def test_dropbox_compounds_before_a_noun_want_their_hyphen(page, flagged, hyphened):
    """Dropbox's career framework writes each once open and once hyphenated, before a noun."""
    fw = ingest(DATA / page).framework
    found = [f for f in check(fw, select="T009") if f.subject in (flagged, hyphened)]
    assert [(f.subject, f.message) for f in found] == [
        (
            flagged,
            f"'{flagged}' is spelt '{hyphened}' elsewhere in the framework (1 time); before a "
            "noun the compound takes its hyphen",
        )
    ]
