"""Checker precision on frameworks nobody judged, second pass (twenty-seventh round, helper C).

A sweep of 156 frameworks outside the corpus (every fixture the repo ingests, the
twenty-sixth round's new ones among them) left four kinds of false finding: a word broken by a
hyphen with no space ("infor-mation", DigComp 2.1) read in pieces and its first piece taken for
a misspelling of "inform" (T005); level headings that differ only in their numbers ("GS-01-04 –
Level 2", "GS-05-06 – Level 3", the Department of the Interior's competency pages) read as
near-duplicates (C003); an opening sentence with a subject of its own ("The buck stops here.",
Skylight's security engineer ladder) taken for a break of the second-person voice (T007); and
one statement that names the team read as a level's whole reach, so that P002 said scope fell
(the LMG and Readify ladders, the CSCF 2012, DDaT's skills; 32 findings, none true). Statements
are self-written, in the forms the sweep found.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from compkit.checks import check
from compkit.testing import framework_on

DATA = Path(__file__).parent / "data"
CLEAN = yaml.safe_load((DATA / "checks" / "clean.yaml").read_text())


def _found(fw, code: str) -> list[str]:
    """The texts of the statements rule ``code`` finds in ``fw``."""
    texts = fw.indicators.set_index("indicator_id")["text"]
    return [texts[i] for i in check(fw, select=code).to_frame()["indicator_id"] if i]


def _messages(fw, code: str) -> list[str]:
    return [f.message for f in check(fw, select=code)]


# -- T005: a word broken by a hyphen with no space ------------------------------------------------


def test_a_word_broken_by_a_hyphen_is_read_whole():
    texts = [
        "Describes how to find data, infor-mation and content.",
        "Shares information with the team.",
        "Keeps information safe.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T005") == []
    # T009 still names the spelling the framework uses elsewhere
    assert _messages(fw, "T009") == [
        "'infor-mation' is spelt 'information' elsewhere in the framework (2 times)"
    ]
    # the pieces joined make no word: each is read as written
    fw = framework_on(CLEAN, {"Craft": {"one": ["Writes acurate-looking reports."]}})
    assert _messages(fw, "T005") == ["'acurate' looks misspelt; did you mean 'accurate'?"]


# -- C003: statements alike but for their numbers --------------------------------------------------


def test_headings_differing_in_their_numbers_are_no_duplicates():
    texts = ["GS-01-04 – Level 2", "GS-05-06 – Level 3", "GS-07-08 – Level 5"]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _found(fw, "C003") == []
    asks = ["Leads 2 reviews of the service a year.", "Leads 5 reviews of the service a year."]
    fw = framework_on(CLEAN, {"Craft": {"one": asks}})
    assert _found(fw, "C003") == []
    # the same numbers are still duplicates
    texts = ["Leads 2 reviews of the service a year.", "Leads 2 reviews of the service each year."]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _found(fw, "C003") == [texts[0]]


# -- T007: an opening sentence with a subject of its own ------------------------------------------

#: Statements in the second person, to set the framework's voice.
YOU = [f"You plan the work of week {k} with your team." for k in range(1, 21)]


def test_a_short_sentence_before_the_statement_keeps_its_voice():
    buck = "The buck stops here. You're involved in every project and critical to our success."
    fw = framework_on(CLEAN, {"Craft": {"one": [*YOU, buck]}})
    assert _found(fw, "T007") == []
    # a fragment or another voice before the statement still breaks it
    odd = [
        "Limited impact on the team's plans. You rarely share what you learn.",
        "Be curious. You ask questions about the work.",
        "Strong understanding of CSS. You build components to spec.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": [*YOU, *odd]}})
    assert _found(fw, "T007") == odd


# -- P002: one statement naming the team is no level's reach ---------------------------------------

#: Statements that state no reach (they count for nothing in P002).
PLAIN = ["I write good quality code.", "I ship my work to production."]


def test_one_statement_naming_the_team_is_no_levels_reach():
    lower = [*PLAIN, "I am not afraid to give my thoughts to the team."]
    higher = [*PLAIN, "I am a self-managing engineer.", "I take my own learning seriously."]
    fw = framework_on(CLEAN, {"Craft": {"one": lower, "two": higher}})
    assert _messages(fw, "P002") == []
    # a level reaching less far in two statements or more is still found
    lower = [*PLAIN, "I coach the whole team.", "I set the team's priorities."]
    higher = [*PLAIN, "I am a self-managing engineer.", "I take my own learning seriously."]
    fw = framework_on(CLEAN, {"Craft": {"one": lower, "two": higher}})
    assert _messages(fw, "P002") == [
        "Craft: mean scope falls from 2.0 at One to 0.0 at Two (0 self, 1 line-managed people, "
        "2 team or service, 3 organisation)"
    ]


# -- T007: "Have" and an adjective in -ed among bare verbs ----------------------------------------

#: Instructions in the bare voice, as the CSCF 2012 writes its ineffective indicators.
BARE = [f"Plan the work of week {k} with the team" for k in range(1, 21)]


def test_have_and_an_adjective_is_a_bare_verb():
    have = ["Have limited insight into changes in own area", "Have detailed knowledge of it"]
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, *have]}})
    assert _found(fw, "T007") == []
    # a present perfect still needs a subject
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, "Have managed a team of five"]}})
    assert _found(fw, "T007") == ["Have managed a team of five"]


# -- T005: "team work" as a subject and its verb -----------------------------------------------


def test_a_team_that_works_together_is_no_compound():
    said = "Explains how roles in a multidisciplinary team work together."
    fw = framework_on(CLEAN, {"Craft": {"one": [said]}})
    assert _messages(fw, "T005") == []
    fw = framework_on(CLEAN, {"Craft": {"one": ["Supports projects that raise team work rates."]}})
    assert _messages(fw, "T005") == ["'team work' is one word; did you mean 'teamwork'?"]


# -- C004: a level name opening with a vowel ------------------------------------------------------


def test_a_sentence_of_an_associate_statement():
    levels = [
        {"id": "one", "name": "Associate", "rank": 1},
        {"id": "two", "name": "Lead", "rank": 2},
    ]
    lower = "You know many methods well. You use analytic methods to answer stakeholder questions."
    fw = framework_on(
        {**CLEAN, "levels": levels},
        {"Analysis": {"one": [lower]}, "Delivery": {"two": [lower.split(". ")[1]]}},
    )
    assert "repeats sentence 2 of an Associate statement, 'You use" in _messages(fw, "C004")[0]


# -- T001: a name written in lower case opens the statement ---------------------------------------

#: Statements opening with a capital, to set the framework's pattern.
CAPITAL = [f"Reviews the pull requests of week {k}." for k in range(1, 21)]


def test_a_name_in_lower_case_is_no_fragment():
    names = [
        "gitdm is used by devstats to track contributions.",
        "openprofile.dev will replace gitdm in the future.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": [*CAPITAL, *names]}})
    assert _found(fw, "T001") == []
    # a line cut from the statement before it is still a fragment, and so is a slip
    cut = ["eligible for membership in related orgs.", "recieves feedback well."]
    fw = framework_on(CLEAN, {"Craft": {"one": [*CAPITAL, *cut]}})
    assert _found(fw, "T001") == cut


# -- T005: a British form the dictionary lacks ----------------------------------------------------


def test_the_british_speciality_is_no_misspelling():
    said = ["Shares the specialities of the team.", "Names a speciality of their own."]
    fw = framework_on(CLEAN, {"Craft": {"one": said}})
    assert _messages(fw, "T005") == []
