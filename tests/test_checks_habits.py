"""The checker on the habits of real frameworks: what each rule must say once, or not at all.

Each test builds a tiny framework in code that has one habit seen in published frameworks
(boilerplate repeated in every competency, grades sharing a level's text, tech words, lead-ins,
lists of names), and asserts the rule's findings and the words of their messages.
"""

import pytest

from compkit.checks import check
from compkit.testing import framework_from_cells

framework = framework_from_cells


def found(fw, code):
    return [f for f in check(fw, select=code)]


# -- C003: one finding per set of the same statements at a level -----------------------------

BOILER = "Knows the basics of this area and why it matters, with little practice yet."
AREAS = ["Testing", "Security", "Delivery", "Design", "Monitoring", "Customer Focus and Value"]


def test_a_sentence_repeated_in_many_competencies_is_one_finding():
    cells = {a: {"one": [BOILER, f"Writes {a.lower()} notes for the team."]} for a in AREAS}
    (f,) = found(framework(cells), "C003")
    assert f.indicator_id == "testing-one-1" and f.related_id == "security-one-1"
    assert f.message == (
        "is identical to statements of 5 other competencies at One (similarity 1.00): "
        "Security; Delivery; Design; Monitoring; Customer Focus and Value"
    )


def test_near_duplicates_connected_are_one_finding_and_say_nearly():
    cells = {
        "Testing": {"one": ["Writes clear notes for the team."]},
        "Security": {"one": ["Writes clear notes for the whole team."]},
        "Design": {"one": ["Writes clear notes for the whole team every week."]},
    }
    (f,) = found(framework(cells), "C003")
    assert f.message.startswith("nearly duplicates statements of 2 other competencies at One")
    assert f.message.endswith("): Security; Design")
    assert "similarity 0." in f.message


def test_a_pair_names_the_other_competency_and_level():
    cells = {
        "Testing": {"two": ["Writes clear notes for the team."]},
        "Security": {"two": ["Writes clear notes for the team."]},
    }
    (f,) = found(framework(cells), "C003")
    assert f.message == "is identical to a statement of Security at Two (similarity 1.00)"
    cells = {"Testing": {"two": ["Writes clear notes for the team.", "Writes clear notes."]}}
    (f,) = found(framework(cells), "C003")
    assert f.message.startswith("nearly duplicates another statement of Testing at Two")


def test_statements_at_two_levels_are_separate_sets():
    cells = {a: {"one": [BOILER], "two": [f"Leads {a.lower()} reviews.", BOILER]} for a in AREAS}
    levels = sorted(f.level for f in found(framework(cells, cumulative=False), "C003"))
    assert levels == ["one", "two"]


# -- P003: a level that repeats the one below, only where levels are cumulative ----------------

GRADES = {
    "Delivery": {
        "one": ["Plans their own work and meets the deadlines agreed."],
        "two": ["Plans the work of the squad and keeps the roadmap current."],
        "three": ["Plans the work of the squad and keeps the roadmap current."],
    }
}


def test_a_level_that_adds_nothing_is_named_in_a_cumulative_framework():
    (f,) = found(framework(GRADES), "P003")
    assert f.message == (
        "Delivery at Three adds nothing over the lower levels: every statement repeats a "
        "lower level's"
    )


def test_grades_sharing_a_level_text_are_not_flagged_when_not_cumulative():
    assert found(framework(GRADES, cumulative=False), "P003") == []


# -- T005: slips of the hand, not abbreviations or rare words ----------------------------------


def misspelt(word, language="en-GB"):
    cells = {
        "Delivery": {
            "one": [f"Explains the {word} clearly to the people in the team.", "Plans work."]
        }
    }
    return [f.message for f in found(framework(cells, language=language), "T005")]


@pytest.mark.parametrize(
    "word", ["dev", "app", "repo", "async", "Unix", "influencers", "maintainers", "schema"]
)
def test_everyday_engineering_words_are_not_misspellings(word):
    assert misspelt(word) == []


@pytest.mark.parametrize(
    ("word", "fix"),
    [
        ("utomation", "automation"),
        ("releate", "relate"),
        ("accoring", "according"),
        ("signficantly", "significantly"),
        ("wiling", "willing"),
        ("seiously", "seriously"),
        ("behavour", "behaviour"),
        ("teh", "the"),
        ("wrok", "work"),
    ],
)
def test_slips_of_the_hand_are_misspellings(word, fix):
    assert misspelt(word) == [f"'{word}' looks misspelt; did you mean '{fix}'?"]


def test_a_word_changed_at_its_end_is_a_term_not_a_slip():
    from compkit.checks.dictionary import likely_typo

    assert [likely_typo(w) for w in ["dev", "repo", "parsed", "modal", "footer"]] == [None] * 5


# -- T009: one word spelt two ways, in the framework's own English ----------------------------


def spellings(texts, language):
    cells = {"Delivery": {"one": texts}}
    return [f.message for f in found(framework(cells, language=language), "T009")]


def test_the_declared_language_wins_over_the_majority():
    texts = [
        "Recognises the work of the team.",
        "Recognises good ideas from partners.",
        "Recognizes the risks of a plan.",
    ]
    assert (
        spellings(texts, "en-US")
        == [
            "'recognises' is spelt 'recognizes' elsewhere in the framework (1 time); "
            "'recognizes' is the en-US spelling"
        ]
        * 2
    )
    assert spellings(texts, "en-GB") == [
        "'recognizes' is spelt 'recognises' elsewhere in the framework (2 times)"
    ]


def test_the_noun_analyses_is_not_the_british_verb_in_american_text():
    texts = ["Analyzes the data.", "Reads the analyses of others.", "Writes analyses for the team."]
    assert spellings(texts, "en-US") == []
    # in British text the verb is spelt as the noun
    assert spellings(texts, "en-GB") == [
        "'analyzes' is spelt 'analyses' elsewhere in the framework (2 times)"
    ]


def test_a_phrasal_verb_is_not_a_spelling_of_its_noun():
    texts = [
        "Knows that some risks will not pay off.",
        "Weighs the pay-off of each risk.",
        "Follows up on commitments to others.",
        "Owns the follow-ups of each meeting.",
    ]
    assert spellings(texts, "en-US") == []


def test_oxford_spelling_is_british_and_american_spelling_is_not():
    oxford = ["Organizes the team.", "Organizes the rota.", "Organises the budget."]
    assert len(spellings(oxford, "en-GB")) == 1  # the usual form, either way
    american = ["Models good behavior.", "Challenges poor behavior.", "Praises good behaviour."]
    assert (
        spellings(american, "en-GB")
        == [
            "'behavior' is spelt 'behaviour' elsewhere in the framework (1 time); "
            "'behaviour' is the en-GB spelling"
        ]
        * 2
    )


# -- T007: lead-ins and adjectives of the holder keep the voice -------------------------------

THIRD = [
    "Plans the work of the team.",
    "Reviews the code of others.",
    "Shares knowledge with peers.",
    "Writes clear documentation.",
    "Tests each change before release.",
    "Supports new starters.",
    "Keeps the backlog in order.",
    "Raises risks early.",
]


@pytest.mark.parametrize(
    "opening",
    [
        "As needed, involves the right people in decisions.",
        "In meetings, listens carefully before responding.",
        "With guidance, plans small pieces of work.",
        "Well-versed in common design patterns.",
    ],
)
def test_lead_ins_and_holder_adjectives_keep_the_third_person(opening):
    cells = {"Delivery": {"one": [*THIRD, opening]}}
    assert found(framework(cells), "T007") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Help engineers to plan their work.",  # an imperative
        "In meetings, listen carefully before responding.",  # an imperative after the lead-in
        "Hands-on delivery, as well as leading on it.",  # no verb
    ],
)
def test_breaks_of_the_voice_are_still_found(opening):
    cells = {"Delivery": {"one": [*THIRD, opening]}}
    (f,) = found(framework(cells), "T007")
    assert "breaks the framework's third-person" in f.message


@pytest.mark.parametrize(
    "opening",
    [
        "When a release slips, tells the team why.",  # a clause closed by a comma
        "If the plan changes, updates it the same day.",
        "Not only leads, but shapes the team's plans.",
        "_Anticipates the needs of the team._",  # Markdown emphasis left on the statement
    ],
)
def test_subordinate_clauses_and_markup_keep_the_third_person(opening):
    cells = {"Delivery": {"one": [*THIRD, opening]}}
    assert found(framework(cells), "T007") == []


def test_a_clause_with_its_own_verb_does_not_hide_another_person():
    second = [f"You {t[0].lower()}{t[1:]}".replace("s ", " ", 1) for t in THIRD]
    cells = {"Delivery": {"one": [*second, "When something goes wrong, you fix it."]}}
    assert found(framework(cells), "T007") == []
    cells = {"Delivery": {"one": [*THIRD, "When something goes wrong, you fix it."]}}
    (f,) = found(framework(cells), "T007")
    assert "third-person" in f.message


def test_a_verb_and_its_object_before_a_comma_are_not_a_lead_in():
    import pandas as pd

    from compkit.checks.voice import voice

    texts = pd.Series(["Builds complex, reusable tools.", "Build complex, reusable tools."])
    assert voice(texts).tolist() == ["holder", "bare"]


# -- T004: a list of names is not a stray word -------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "stray"),
    [
        ("Understands disabilities such as Visual, Auditory, Motor and Cognitive", False),
        ("Uses tools such as Jira and Confluence", False),
        ("Uses tracking tools like Jira", False),
        ("Growing the Team", False),  # a heading in title case
        ("Plans work with managers, team members and service users Person", True),
        ("Takes action if values are Compromised", True),
        ("Plans work with the team and Person", True),
    ],
)
def test_a_list_of_names_ends_a_statement_and_a_stray_word_does_not(statement, stray):
    cells = {"Delivery": {"one": [statement, "Plans the work of the team."]}}
    assert bool(found(framework(cells), "T004")) is stray


# -- T011: the full stop of an abbreviation or inside emphasis ---------------------------------


@pytest.mark.parametrize(
    ("statement", "among_stops", "among_bare"),
    [
        ("Uses office tools such as spreadsheets, documents, etc.", False, False),
        ("_Mentors the engineers around them._", False, True),
        ('Says "no" when it matters."', False, True),
        ("_Mentors the engineers around them_", True, False),
        ("Mentors the engineers around them.", False, True),
    ],
)
def test_end_punctuation_sees_past_abbreviations_and_emphasis(statement, among_stops, among_bare):
    stops = {"Delivery": {"one": [*THIRD, statement]}}
    assert bool(found(framework(stops), "T011")) is among_stops
    bare = {"Delivery": {"one": [*(t.rstrip(".") for t in THIRD), statement]}}
    assert bool(found(framework(bare), "T011")) is among_bare


# -- T003: short against the framework's own style ---------------------------------------------


def test_a_framework_of_short_phrases_keeps_its_two_word_behaviours():
    phrases = ["taking sides", "admits mistakes", "acts fairly", "listens well"]
    longer = [f"Plans the work of team {k} every week." for k in range(10)]
    cells = {"Conduct": {"one": [*phrases, *longer]}}
    assert found(framework(cells), "T003") == []
    (f,) = found(framework({"Conduct": {"one": [*phrases, *longer, "Security"]}}), "T003")
    assert f.message == (
        "only 1 word: too short to describe a behaviour, even among this framework's short phrases"
    )
    # among long statements, a two-word one is a fragment
    cells = {"Conduct": {"one": ["taking sides", *longer]}}
    assert [f.message for f in found(framework(cells), "T003")] == [
        "only 2 words: too short to describe a behaviour"
    ]


# -- T008: capitals that spell out an acronym --------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "flagged"),
    [
        ("Follows SOLID, DRY and KISS (Keep it Simple) in every change.", False),
        ("Follows the Keep it Simple (KISS) principle in every change.", False),
        ("Follows SOLID (Keep it Simple) in every change.", True),  # not its initials
        ("Follows the simple rule and keeps it Simple in every change.", True),
    ],
)
def test_capitals_spelling_out_an_acronym_are_not_stray(statement, flagged):
    others = ["Keeps the design simple.", "Prefers simple code to clever code."]
    cells = {"Delivery": {"one": [statement, *others]}}
    assert bool(found(framework(cells), "T008")) is flagged


def test_an_opening_kept_with_a_wider_reach_is_how_levels_build():
    from compkit.checks import check
    from compkit.framework.build import from_dict

    opening = "You have successfully changed how the engineering team functions"
    doc = {
        "schema_version": 1,
        "id": "ladder",
        "title": "Ladder",
        "organisation": "Riverside Trust",
        "levels": [{"id": "l1", "name": "L1", "rank": 1}, {"id": "l2", "name": "L2", "rank": 2}],
        "competencies": [
            {
                "id": "c",
                "name": "Leadership",
                "indicators": [
                    # the clause the two share ends at the lower one's comma (a restatement);
                    # had it run on, "in a way others follow" would be parallel wording
                    {"id": "a", "level": "l1", "text": f"{opening}, to meet a critical need."},
                    {"id": "b", "level": "l2", "text": f"{opening} in a way others follow."},
                    {
                        "id": "c",
                        "level": "l2",
                        "text": f"{opening}, setting a best practice across the industry.",
                    },
                ],
            }
        ],
    }
    found = [(f.indicator_id, f.related_id) for f in check(from_dict(doc), select="C002")]
    assert found == [("b", "a")]
