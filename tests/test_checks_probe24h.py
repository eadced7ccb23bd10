"""Twenty-fourth probe round (H): the checker on frameworks not in English, and new ones.

Since the twenty-third round the rules that read English are held back on a framework whose
``language`` is not English (:mod:`compkit.checks.tongues`). T013 (a word written twice) still
ran with English's list of grammatical doubles, so a French framework in the first person
plural was told "'Nous nous': the word 'Nous' is written twice", and German and Dutch relative
pronouns after their article ("das Team, das das Projekt leitet", "zorgt dat dat gebeurt") were
slips too; and it read Latin letters without accents only, so "à à" and "été été" passed. Every
statement below is self-written.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from compkit.checks import check
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def doubled(language: str, statements: list[str]) -> list[str]:
    """T013's subjects on one competency at level one, in ``language``."""
    base = copy.deepcopy(CLEAN)
    base["language"] = language
    fw = framework_on(base, {"Craft": {"one": statements}})
    return [f.subject for f in check(fw, select=["T013"])]


@pytest.mark.parametrize(
    ("language", "statement"),
    [
        ("fr", "Nous nous assurons que chacun connaît son rôle."),
        ("fr-CA", "Vous vous engagez à partager l’information avec l’équipe."),
        ("de", "Hilft dem Team, das das Projekt leitet."),
        ("de-AT", "Unterstützt Kolleginnen, die die Aufgabe zum ersten Mal übernehmen."),
        ("de", "Fragt nach, wenn sie sie nicht versteht."),
        ("nl", "Zorgt dat dat wat is afgesproken ook gebeurt."),
        ("nl-BE", "Helpt collega's die die hulp nodig hebben."),
    ],
)
def test_a_double_the_languages_grammar_writes_is_no_slip(language, statement):
    assert doubled(language, [statement]) == []


def test_a_slip_in_another_language_is_found_accents_and_all():
    found = doubled(
        "fr",
        [
            "Partage les les informations utiles avec l’équipe.",
            "Anime des ateliers à à distance.",
            "A été été formé aux outils de l’équipe.",
        ],
    )
    assert found == ["les les", "à à", "été été"]
    assert doubled("nl", ["Deelt kennis met het het team.", "Zorgt dat dat gebeurt."]) == [
        "het het"
    ]
    # German's doubles are grammar where they open a clause, after a comma or a conjunction
    # (the Swiss ICT modules' "im Bereich der der Informationssicherheit" is a slip)
    german = [
        "Kennt Stellen im Bereich der der Informationssicherheit.",
        "Hilft dem Team, das das Projekt leitet.",
        "Fragt nach, wenn sie sie nicht versteht.",
    ]
    assert doubled("de", german) == ["der der"]


def test_english_keeps_its_own_doubles_and_finds_accented_ones():
    # "die die" is German or Dutch grammar, not English's; "that that" is English's
    found = doubled(
        "en-GB",
        [
            "Helps people who die die less alone.",
            "Checks that that works.",
            "Runs a naïve naïve review of the plan.",
        ],
    )
    assert found == ["die die", "naïve naïve"]


# A framework author's day on frameworks new to the checker: the Cyber Security Competency
# Framework (GPL-3.0) and Medium's snowflake (corpus) each had a compound verb written open
# read as a noun ("Reverse engineers malware ..."); the cyber framework's named techniques in
# title case ("Cross-Site Scripting", "Policy as Code") were capitals mid-sentence, and "at
# sector level," beside "sector-level bodies" an inconsistent spelling; USDS's statement of
# four sentences, one negative, was counted as saying what the holder does not do.

HOLDER = [
    "Plans the team's work for the quarter.",
    "Reviews designs with the architects.",
    "Writes clear incident reports.",
    "Explains the policy behind each control.",
    "Builds cross-team detection rules.",
    "Leads the response to an incident.",
]


def found(statements: list[str], code: str, cells=None) -> list[tuple[str, str]]:
    fw = framework_on(CLEAN, cells or {"Craft": {"one": statements}})
    return [(f.indicator_id, f.subject) for f in check(fw, select=[code])]


@pytest.mark.parametrize(
    "statement",
    [
        "Reverse engineers malware samples and enumerates attack paths.",
        "Reverse shadows trainees and helps calibrate their feedback.",
    ],
)
def test_a_compound_verb_written_open_is_the_holders_voice(statement):
    # a list of nouns, and a bare verb ("Reverse the order"), still break the voice
    odd = ["Regular updates and reports to the board.", "Reverse the order and checks it."]
    assert [i for i, _ in found([*HOLDER, statement, *odd], "T007")] == [
        "craft-one-8",
        "craft-one-9",
    ]


def test_a_name_in_title_case_is_no_capital_mid_sentence():
    statements = [
        *HOLDER,
        "Identifies attacks such as SQL Injection and Cross-Site Scripting.",
        "Describes the concept of Policy as Code with examples.",
        "Applies Security by Design to each new service.",
        "Keeps the policy register and the code review cross-checked.",
        "Updates the security policy and the design notes each year.",
        "Raises a Concern with the team lead.",
        "Shares each concern with the team.",
    ]
    assert found(statements, "T008") == [("craft-one-12", "Concern")]


def test_a_compound_closing_a_clause_before_a_participle_takes_no_hyphen():
    statements = [
        *HOLDER,
        "Shapes supplier security policy at sector level, participating in industry bodies.",
        "Shares sector-level threat intelligence.",
        "Leads sector-level working groups.",
        "Writes high quality, tested code.",
        "Keeps code high-quality and readable.",
        "Reviews high-quality designs.",
    ]
    # the modifier before a comma and another modifier still misses its hyphen
    assert found(statements, "T009") == [("craft-one-10", "high quality")]


def test_one_negative_sentence_among_a_statements_positive_ones_is_no_negative_statement():
    cells = {
        "Remote work": {"one": ["Is uncomfortable working remotely. Does not set up equipment."]},
        "Engineering": {"one": ["Has never worked with engineers. Unable to describe their work."]},
        "Content": {
            "one": [
                "Understood the value of well-organised content. Participated in projects as a "
                "collaborator. No evidence of making decisions in project work. Showed solid "
                "organisational skills."
            ]
        },
    }
    assert [i for i, _ in found([], "S006", cells)] == [
        "remote-work-one-1",
        "engineering-one-1",
    ]


def test_two_words_are_a_behaviour_in_a_language_that_compounds_or_elides():
    # the Swiss ICT modules (CC BY-SA): "Anwenderschulung durchführen", "Documenter
    # l'application" say in two words what English says in three; one word is still too few
    base = copy.deepcopy(CLEAN)
    for language, statements in {
        "de-CH": ["Anwenderschulung durchführen.", "Kommunikation."],
        "fr-CH": ["Documenter l’application.", "Communication."],
    }.items():
        base["language"] = language
        # among longer statements: a framework of short phrases is measured against its own
        fw = framework_on(base, {"Craft": {"one": [*HOLDER * 4, *statements]}})
        assert [f.indicator_id for f in check(fw, select=["T003"])] == ["craft-one-26"]
