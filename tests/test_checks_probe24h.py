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
