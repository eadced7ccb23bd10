"""Twentieth probe round (C): the checker on frameworks nobody tuned it on.

Read by hand on four public frameworks new to the project (a six-level engineering ladder in
American English, a four-level core-competency dictionary, a five-level second-person skill
scale with a "Focus is on ..." line at each level, and a second-person "How do you prove it?"
competency set); the statements below are self-written in their shapes.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from compkit.checks import check
from compkit.framework.build import from_dict

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def framework(texts: list[str]):
    """A framework of one competency at level one holding ``texts``."""
    doc = copy.deepcopy(CLEAN)
    doc["competencies"] = [
        {
            "id": "craft",
            "name": "Craft",
            "indicators": [
                {"id": f"craft-{k}", "level": "one", "text": t} for k, t in enumerate(texts, 1)
            ],
        }
    ]
    doc.pop("roles", None)
    doc.pop("values", None)
    return from_dict(doc)


SECOND = [
    "You book a room for each meeting you run.",
    "You keep the agenda to the time agreed.",
    "You write notes that others can act on.",
    "You know how to search the team's chat.",
    "You set a reminder to close a channel once it is quiet.",
    "You can explain branching to a new starter.",
]


def voice_breaks(texts: list[str]) -> dict[str, str]:
    report = check(framework(texts), select=["T007"])
    return {f.indicator_id: f.message for f in report}


def test_quoted_words_of_someone_else_are_not_the_writer_speaking():
    # "People come to you and say things like, "I did this merge ..."": the "I" is the
    # colleague's, quoted; the statement speaks to the reader as the others do
    said = 'People come to you and say things like, "I am stuck in a tangle", and you untangle it.'
    assert voice_breaks([*SECOND, said]) == {}
    # the writer speaking outside quotation marks still breaks the voice
    found = voice_breaks([*SECOND, "People come to you and we expect you to help them."])
    assert list(found) == ["craft-7"]


def test_a_plural_subject_with_the_readers_clause_is_in_the_second_person():
    # "Channels you create have a purpose set": the subject is "channels you create", not a
    # verb "Channels"; the reader is the one who creates them
    assert voice_breaks([*SECOND, "Channels you create have a purpose set."]) == {}
    assert voice_breaks([*SECOND, "Reports you write are read by the board."]) == {}
    # a verb with the reader as its object stays the holder's voice ("Helps you ...")
    found = voice_breaks([*SECOND, "Helps you plan the week ahead with the team."])
    assert "third person" in found["craft-7"]
