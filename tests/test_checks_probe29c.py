"""Twenty-ninth probe round (C): one test of a person's word; "Have" and a word in -ed (T007).

Two tests of whether a word names a person stood in two layers: the reader of role tables
(``ingest.rolenames.person_word``: "Lead", "Chair", "Committee", plurals; no "-ment") and rule
T004's role titles (``checks.strays``: no plural, no "Lead", and no word English has as an
adjective, so no "Designer" or "Specialist"). One test, ``compkit._words.person_word``, serves
both. T007 read "Have managed conflict ..." as "Have" and an adjective (an instruction) because
English has an adjective "managed"; a word in -ed is now an adjective only before a noun of what
a person has ("Have limited insight", "Have advanced skills"). On a fresh sample of findings over
232 frameworks nobody judged, four false kinds, in the forms the sweep found: a name a
preposition takes ("deployment in Heroku", T004), "I" read as a heading run in ("I Influence
...", T008), a name in quotation marks ("Fatal Distraction", T008) and a participle opening a
lead-in ("Given enough time, I ...", T007). Statements are self-written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from compkit._words import person_word
from compkit.checks import check
from compkit.checks.strays import role_titles
from compkit.ingest.rolenames import person_word as role_table_person
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())
#: Instructions in the bare voice, enough that five breaks leave it at 80 %.
BARE = [f"Plan the work of week {k} with the team" for k in range(1, 21)]


def _messages(fw, code: str) -> list[str]:
    return [f.message for f in check(fw, select=code)]


# -- one test of a person's word ---------------------------------------------------------------


def test_the_reader_of_role_tables_and_the_checker_share_one_test():
    assert role_table_person is person_word


@pytest.mark.parametrize(
    "word",
    ["Contributors", "Lead", "Chair", "Committee", "Mentee", "Employees", "Designer", "Specialist"],
)
def test_a_persons_word_names_one(word):
    assert person_word(word)
    assert role_titles([word])  # a role the framework names is a term to T004


@pytest.mark.parametrize(
    "word", ["Senior", "Junior", "Higher", "Inner", "Independent", "Proficient", "Three", "Coffee"]
)
def test_a_rank_an_adjective_or_a_things_word_in_ee_names_none(word):
    assert not person_word(word)


def test_role_titles_take_plurals_leads_and_nouns_english_has_as_adjectives_too():
    names = ["Contributors", "Maintainers", "Tech Lead", "Product Designer", "Senior Engineer"]
    assert sorted(role_titles(names)) == [
        "Contributor",
        "Designer",
        "Engineer",
        "Lead",
        "Maintainer",
    ]


def _roles(names: list[str], cells: dict) -> dict:
    doc = {k: v for k, v in CLEAN.items() if k not in ("roles", "values", "competencies")}
    doc["levels"] = [
        {"id": n.lower().replace(" ", "-"), "name": n, "rank": k} for k, n in enumerate(names, 1)
    ]
    return framework_on(doc, cells)


def test_a_role_a_level_names_ends_a_statement_as_a_term():
    fw = _roles(
        ["Contributors", "Maintainers", "Tech Lead", "Product Designer"],
        {
            "Craft": {
                "contributors": ["Gets each change approved by two Maintainers."],
                "maintainers": ["Mentors new Contributors."],
                "tech-lead": ["Agrees the quarter's plan with the Lead."],
                "product-designer": [
                    "Pairs on research with another Designer.",
                    "Plans the work with managers and service users Person",
                ],
            }
        },
    )
    assert _messages(fw, "T004") == [
        "ends with a capitalised 'Person' after 'users': a stray word left by document "
        "conversion, or a wrong capital"
    ]


def test_a_level_named_by_an_adjective_gives_no_title():
    assert not role_table_person("Independent")  # no role table's row either
    fw = _roles(
        ["Proficient", "Independent"],
        {"Craft": {"independent": ["Works through the week's tickets alone Independent"]}},
    )
    assert _messages(fw, "T004") == [
        "ends with a capitalised 'Independent' after 'alone': a stray word left by document "
        "conversion, or a wrong capital"
    ]


# -- T007: "Have" and a word in -ed ---------------------------------------------------------------

PERFECT = [
    "Have managed conflict within the team",
    "Have completed formal training in safeguarding",
    "Have applied research methods in practice",
    "Have used version control on a team project",
    "Have balanced budget for the service",
]
HAD = [
    "Have limited insight into changes in own area",
    "Have detailed technical knowledge of the platform",
    "Have advanced skills in statistics",
    "Have informed views on policy",
    "Have varied experience across the team's services",
]


def test_have_and_a_participle_before_its_object_needs_a_subject():
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, *PERFECT]}})
    found = [f.indicator_id for f in check(fw, select="T007")]
    assert found == [f"craft-one-{k}" for k in range(21, 26)]


def test_have_and_an_adjective_before_what_one_has_is_an_instruction():
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, *HAD]}})
    assert _messages(fw, "T007") == []


# -- precision on the widened sweep: three false kinds, in the forms the sweep found ------------


def test_a_name_a_preposition_takes_ends_a_statement():
    texts = [
        "I own its deployment in Heroku.",
        "I effectively leverage end-to-end tests via Cypress.",
        "L5s are recognized leaders in each area of expertise in Engineering.",
        "Meets weekly with Managers.",  # a plural there is a common noun's wrong capital
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T004") == [
        "ends with a capitalised 'Managers' after 'with': a stray word left by document "
        "conversion, or a wrong capital"
    ]


def test_a_wrong_capital_after_i_is_no_heading_run_in():
    texts = [
        "I Influence the business and technology direction. I align teams and orgs towards "
        "simple, coherent security goals.",
        "I influence the roadmap of my team.",
        "I influence the hiring plan.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T008") == [
        "'Influence' is capitalised mid-sentence, but is written in lower case elsewhere (2 times)"
    ]


def test_a_participle_opening_a_lead_in_is_no_bare_verb():
    first = [f"I plan the work of week {k} with the team" for k in range(1, 21)]
    texts = [*first, "Given enough time, I can be trusted to implement component libraries"]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T007") == []


def test_a_name_in_quotation_marks_is_a_name():
    texts = [
        "Fails to balance lead and coding work, as in \u201cFatal Distraction\u201d, repeatedly.",
        "Avoids distraction by planning the week.",
        "Keeps the team free of distraction.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T008") == []
