"""Round 23 (C2): a framework not written in English is tagged with its own language.

Ingest guessed every framework's language as British or American English; pass Culture's
French data skills matrix came out ``en-GB`` and the checker then read its French as English
misspellings. :mod:`compkit.ingest.tongue` tells the language by its script or its little words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.ingest.language import guess_language
from compkit.ingest.tongue import guess_tongue

DATA = Path(__file__).parent / "data" / "ingest"
LANG = DATA / "probe23-lang"


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("fr-grille.md", "fr"),
        ("de-raster.md", "de"),
        ("es-matriz.md", "es"),
        ("nl-matrix.md", "nl"),
        ("pt-matriz.md", "pt"),
        ("ja-matrix.md", "ja"),
    ],
)
def test_a_framework_in_another_language_gets_its_tag(name, tag):
    result = compkit.ingest(LANG / name)
    assert result.framework.language == tag
    said = [m for m in result.report.to_frame()["message"] if m.startswith("language ")]
    assert said and said[0].startswith(f"language {tag} guessed from ") and "not English" in said[0]


def test_pass_cultures_french_matrix_is_french_and_says_on_what():
    result = compkit.ingest(DATA / "probe23-sheets" / "dsm-programming.yaml")
    assert result.framework.language == "fr"
    frame = result.report.to_frame()
    row = frame[frame["message"].str.startswith("language fr")].iloc[0]
    assert "les ×40" in row["message"] and "des ×37" in row["message"]
    assert row["confidence"] >= 0.9


def test_language_given_still_wins():
    result = compkit.ingest(LANG / "fr-grille.md", language="fr-CA")
    assert result.framework.language == "fr-CA"


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("outline.md", "en-GB"),
        ("probe15-docs/teleport-sre.md", "en-US"),
        ("probe15-docs/readify-development.md", "en-GB"),
        ("cfo-0501-accountability.html", "en-US"),
    ],
)
def test_english_frameworks_keep_their_english(path, tag):
    assert compkit.ingest(DATA / path).framework.language == tag


def test_a_french_title_in_english_text_stays_english():
    texts = ["Applies the team's 'savoir-faire' de la maison", "Leads the work of others"] * 3
    assert guess_language(texts).tag == "en-GB"
    assert guess_tongue(texts).english


def test_little_words_shared_by_two_languages_tell_neither():
    # "de", "en" and "que" are French, Spanish, Dutch or Portuguese: the words only one
    # language writes decide, and the confidence says how many there were
    few = guess_tongue(["Beheer en monitoring met scripts en tooling en automatisering"])
    many = guess_tongue(["Werkt met het team en deelt de kennis van een project"] * 4)
    assert few.tag == many.tag == "nl"
    assert few.confidence < many.confidence


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Руководит командой и планирует работу", "ru"),
        ("Керує командою та планує роботу відділу, її цілі", "uk"),
        ("يقود الفريق ويخطط العمل", "ar"),
        ("팀을 이끌고 업무를 계획한다", "ko"),
        ("领导团队并计划工作", "zh"),
        ("チームを率いて仕事を計画する", "ja"),
    ],
)
def test_a_script_names_its_language(text, tag):
    assert guess_tongue([text, "SQL, Python"]).tag == tag
