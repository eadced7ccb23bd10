"""Ingest of more shapes found on real public frameworks, each on a self-written fixture.

Every fixture below is our own wording: American and British text (the language guessed from
the spellings).
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.language import guess_language


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _notes(result, word: str) -> list:
    return [n for n in result.report.notes if word in n.message]


# -- the language, from the spellings ----------------------------------------------------------

AMERICAN = """\
Competency,Level,Behavior
Planning,1,Organizes their own work and analyzes the behavior of the program.
Planning,2,Prioritizes the work of the center and the organization.
Teamwork,1,Recognizes the labor of others and is honored to help.
Teamwork,2,Models the behaviors the organization values.
"""

BRITISH = AMERICAN.replace("Organizes", "Organises").replace("analyzes", "analyses")
BRITISH = BRITISH.replace("behavior", "behaviour").replace("program.", "programme.")
BRITISH = BRITISH.replace("Prioritizes", "Prioritises").replace("center", "centre")
BRITISH = BRITISH.replace("organization", "organisation").replace("Recognizes", "Recognises")
BRITISH = BRITISH.replace("labor", "labour").replace("honored", "honoured")


def test_american_text_is_read_as_en_us(tmp_path):
    result = _ingest(tmp_path, "us.csv", AMERICAN)
    assert result.document["language"] == "en-US"
    (note,) = _notes(result, "language")
    assert note.message.startswith("language en-US guessed from American spellings")
    assert "organization ×2" in note.message
    assert "give --language to override" in note.message
    assert note.confidence >= 0.8


def test_british_text_is_read_as_en_gb(tmp_path):
    result = _ingest(tmp_path, "gb.csv", BRITISH)
    assert result.document["language"] == "en-GB"
    (note,) = _notes(result, "language")
    assert "British spellings" in note.message
    assert "American none" in note.message


def test_the_language_hint_overrides_the_guess(tmp_path):
    result = _ingest(tmp_path, "us.csv", AMERICAN, language="en-GB")
    assert result.document["language"] == "en-GB"
    assert not _notes(result, "language en-")


def test_the_guess_feeds_the_checker(tmp_path):
    """An en-US framework's American spellings are not flagged against British ones."""
    result = _ingest(tmp_path, "us.csv", AMERICAN)
    report = compkit.check(result.framework)
    assert not any(f.code == "T005" and "behavior" in f.message.lower() for f in report.findings)


@pytest.mark.parametrize(
    ("texts", "tag", "oxford"),
    [
        (["Organizes the program and analyzes behavior in the center"], "en-US", False),
        (["Organises the programme and analyses behaviour in the centre"], "en-GB", False),
        (["Organizes work, analyses behaviour, visits the centre"], "en-GB", True),
        (["Fulfills every request; traveling to defense centers"], "en-US", False),
    ],
)
def test_spelling_families(texts, tag, oxford):
    guess = guess_language(texts)
    assert (guess.tag, guess.oxford) == (tag, oxford)


def test_words_spelt_alike_are_no_evidence():
    """-ise words of both Englishes, -or words with no -our form, and size are not evidence."""
    guess = guess_language(["Advise on the exercise; surprise the senior author; size up errors"])
    assert (guess.british, guess.american) == ({}, {})
    assert guess.confidence == 0.3
    assert "assumed" in guess.describe()


def test_mixed_spellings_are_a_low_confidence_guess():
    guess = guess_language(["Organises, recognises and utilises; organizes the behavior"])
    assert guess.mixed
    assert guess.confidence < 0.7
    assert "mixed spellings" in guess.describe()
