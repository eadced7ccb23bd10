"""Round 23 (C2): comparing and cross-walking frameworks not written in English.

The report read pass Culture's French matrices' voice, scope and themes by English words
("Soft skills stresses 'communication'", "the commonest opening is 'Je ...'") and printed
the figures as findings. :mod:`compkit.compare.tongues` writes the sentence that stands in
their place, and the note the cross-walk prints: its encoders read English.
"""

from __future__ import annotations

from types import SimpleNamespace

from compkit.compare.tongues import encoders_note, english_readings
from compkit.framework.tongue import is_english, language_name, not_in_english

FR = SimpleNamespace(label="Data analysis", language="fr")
JA = SimpleNamespace(label="Mentoring", language="ja")
EN = SimpleNamespace(label="WSX", language="en-GB")


def test_english_frameworks_get_no_note():
    assert english_readings([EN, EN]) == "" and encoders_note(EN, EN) == ""


def test_the_note_names_each_framework_and_its_language():
    note = english_readings([FR, JA])
    assert note.startswith(
        "Data analysis is written in French (fr) and Mentoring is written in Japanese (ja): "
        "their statements' voice, scope and themes are read by English words"
    )
    assert english_readings([EN, FR]).startswith("Data analysis is written in French (fr): its")


def test_the_cross_walk_note_says_the_encoders_read_english():
    note = encoders_note(EN, FR)
    assert note.startswith("Data analysis is written in French (fr): the cross-walk reads English")
    assert note.endswith("review every one")


def test_language_tags():
    assert [is_english(t) for t in ("en-US", "en_gb", "nl", "ja-JP")] == [True, True, False, False]
    assert language_name("nl-BE") == "Dutch (nl-BE)" and language_name("sw") == "sw"
    assert not_in_english([EN, FR, JA]) == [FR, JA]
