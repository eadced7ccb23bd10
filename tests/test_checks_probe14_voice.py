"""The voice of statements that are neither instructions nor bare verbs (rule T007).

"Someone who takes ownership ..." describes the holder; "Are curious ..." and "Have taught ..."
are finite verbs that need a subject ("Engineers at this level ..."): none of them is an
instruction, though "someones", "ares" and "haves" are words the bare-verb test once accepted.
Completing a stem that gives the subject ("Candidates who:"), they read as the stem's voice.
"""

import pandas as pd
import pytest

from compkit.checks import check
from compkit.checks.voice import voice
from compkit.framework.build import from_dict

THIRD = [
    "Plans the work of the team.",
    "Reviews the code of others.",
    "Shares knowledge with peers.",
    "Writes clear documentation.",
    "Tests each change before release.",
    "Supports new starters.",
    "Keeps the backlog in order.",
    "Raises risks early.",
    "Listens to understand others.",
    "Asks questions to clarify expectations.",
]
IMPERATIVE = [
    "Plan the work of the team.",
    "Review the code of others.",
    "Share knowledge with peers.",
    "Write clear documentation.",
    "Test each change before release.",
    "Support new starters.",
    "Keep the backlog in order.",
    "Raise risks early.",
    "Listen to understand others.",
    "Ask questions to clarify expectations.",
]


def framework(statements, *, stem=""):
    """A framework of one competency with ``statements`` at one level (with ``stem``)."""
    inds = [{"id": f"s{k}", "level": "one", "text": t} for k, t in enumerate(statements, 1)]
    level = {"id": "one", "name": "One", "rank": 1}
    if stem:
        level["stem"] = stem
    doc = {
        "schema_version": 1,
        "id": "voice",
        "title": "Voice",
        "organisation": "Riverside Trust",
        "language": "en-GB",
        "levels": [level],
        "competencies": [{"id": "c", "name": "Delivery", "indicators": inds}],
    }
    return from_dict(doc, validate=False)


def flagged(statements, *, stem=""):
    """The statements T007 flags."""
    by_id = {f"s{k}": t for k, t in enumerate(statements, 1)}
    fw = framework(statements, stem=stem)
    return [by_id[f.indicator_id] for f in check(fw, select="T007")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Someone who takes ownership of their work.", "holder"),
        ("Somebody who listens before deciding.", "holder"),
        ("A person who brings others along.", "holder"),
        ("An engineer who mentors others.", "holder"),
        ("Someone with a passion for testing.", "other"),
        ("Are curious about how systems fail.", "other"),
        ("Have taught a course on testing.", "other"),
        ("Have been part of a release.", "other"),
        ("Have always delivered on time.", "other"),
        ("Have led a team of four.", "other"),
        # instructions stay instructions
        ("Have a plan for every release.", "bare"),
        ("Be curious about how systems fail.", "bare"),
        ("Plan the work.", "bare"),
    ],
)
def test_voice_of_descriptions_and_finite_verbs(text, expected):
    assert voice(pd.Series([text])).tolist() == [expected]


def test_someone_who_keeps_a_third_person_framework_voice():
    odd = ["Someone who takes ownership of their work.", "Somebody who listens first."]
    assert flagged(THIRD + odd) == []


def test_finite_verbs_break_an_imperative_framework():
    odd = ["Are curious about how systems fail.", "Have taught a course on testing."]
    assert flagged(IMPERATIVE + odd) == odd


def test_someone_who_breaks_an_imperative_framework():
    odd = ["Someone who takes ownership of their work."]
    assert flagged(IMPERATIVE + odd) == odd


def test_finite_verbs_complete_a_stem_that_names_the_subject():
    items = ["Have demonstrated expertise in testing.", "Are comfortable with ambiguity."]
    assert flagged(items, stem="Candidates who:") == []
