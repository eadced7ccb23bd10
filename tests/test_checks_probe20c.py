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


def test_a_slip_in_a_level_or_competency_name_is_found():
    # "Intermediate prctitioner (practical application)" (a skill scale's level), and a
    # competency "Comunicating assumptions ..." (GDS's career path): names head every table
    doc = copy.deepcopy(CLEAN)
    doc["levels"][1]["name"] = "Intermediate prctitioner (practical application)"
    doc["competencies"][0]["name"] = "Comunicating plans"
    found = {(f.level, f.competency_id): f.message for f in check(from_dict(doc), select="T005")}
    assert found == {
        ("two", ""): "'prctitioner' in the level name 'Intermediate prctitioner (practical "
        "application)' looks misspelt; did you mean 'practitioner'?",
        ("", "delivery"): "'Comunicating' in the competency name 'Comunicating plans' looks "
        "misspelt; did you mean 'communicating'?",
    }


def test_names_of_terms_of_art_and_coinages_are_left():
    doc = copy.deepcopy(CLEAN)
    doc["levels"][0]["name"] = "n00b"
    doc["levels"][1]["name"] = "Play3r (DevOps)"
    doc["competencies"][0]["name"] = "Styleguides and runbooks"
    assert len(check(from_dict(doc), select="T005")) == 0


def test_a_slip_in_a_name_is_placed_at_its_entry(tmp_path):
    from compkit import load
    from compkit.checks import file_lines

    text = (Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text()
    path = tmp_path / "scale.yaml"
    path.write_text(
        text.replace("{id: two, name: Two,", "{id: two, name: Intermediate prctitioner,")
    )
    fw = load(path)
    table = file_lines(check(fw, select="T005"), fw)
    lines = path.read_text().splitlines()
    assert [lines[n - 1].strip() for n in table["line"]] == [
        "- {id: two, name: Intermediate prctitioner, rank: 2}"
    ]


IMPERATIVE = [
    "Own hiring for one role from sourcing to offer.",
    "Lead hiring for a team of several roles.",
    "Design interview process changes others adopt.",
    "Build a team that is diverse and stays.",
    "Coach new interviewers through their first panels.",
    "Plan the team's headcount with finance.",
    "Write role descriptions that candidates understand.",
]


def test_two_voices_with_neither_at_75_percent_are_one_finding():
    # a rubric in instructions (70%) and the third person (30%): T007 said nothing before
    third = [
        "Participates actively in interviews.",
        "Can state the criteria for a role.",
        "Notices patterns in what makes a good hire.",
    ]
    report = check(framework([*IMPERATIVE, *third]), select=["T007"])
    assert [(f.indicator_id, f.message) for f in report] == [
        (
            "craft-8",
            "'Participates actively in ...' is the first of 3 of 10 statements (30%) that read "
            "in the third person ('Plans ...', 'Can plan ...'), 7 (70%) in the imperative or "
            "bare verb ('Plan ...'): the framework mixes two voices; put them in one",
        )
    ]


def test_a_split_with_fragments_or_a_small_minority_is_not_two_voices():
    fragments = [
        "Deep expertise in hiring.",
        "Diverse team where everyone thrives.",
        "Strong judgement of candidates.",
    ]
    holder = [t.replace("Own ", "Owns ").replace("Lead ", "Leads ") for t in IMPERATIVE]
    assert len(check(framework([*holder[:2], *IMPERATIVE[2:], *fragments]), select="T007")) == 0
    # 8 of 10 in one voice: the other two are breaks of it, each its own finding, as before
    report = check(framework([*IMPERATIVE, "Write a scorecard.", *holder[:2]]), select="T007")
    assert [f.indicator_id for f in report] == ["craft-9", "craft-10"]
    assert all("mixes two voices" not in f.message for f in report)
