"""Twenty-second probe round (G): the checker on frameworks nobody tuned it on.

Read by hand on four public frameworks new to the checker (Carvago's five-level competencies,
Sahaj's seven personas with their anti-patterns as ineffective statements, LMG's engineering and
cloud ladders of nine and six roles), and on the twenty-first round's leftovers ("deliver work
through", "Slack posts"). The false findings are mended here; every statement below is
self-written in the shape that misled the checker.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from compkit.checks import check
from compkit.framework.build import from_dict
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())

THIRD = [
    "Plans their own work.",
    "Keeps records up to date.",
    "Asks for feedback promptly.",
    "Shares what they learn.",
    "Writes clear notes.",
    "Reviews their own tests.",
    "Meets agreed deadlines.",
    "Helps new joiners settle in.",
]


def framework(competencies: dict[str, dict[str, list[str]]], negative=()):
    """A framework of ``{name: {level: [statements]}}``; the competencies (by name) and
    statements (by id) in ``negative`` are ineffective."""
    return framework_on(CLEAN, competencies, negative=negative)


def ladder(cells: dict[str, list[str]]):
    return framework({"Craft": cells})


def codes(fw, code: str) -> list[tuple[str, str]]:
    frame = check(fw).to_frame()
    frame = frame[frame["code"] == code]
    return list(zip(frame["indicator_id"], frame["message"], strict=True))


# T016: a statement cut short after "through"; a possessive standing for its noun is whole


def test_a_statement_ending_on_through_after_no_verb_it_completes_is_cut_off():
    fw = ladder({"one": ["Helps the group deliver projects through", "Sees hard tasks through"]})
    found = codes(fw, "T016")
    assert [i for i, _ in found] == ["craft-one-1"]
    assert "'... deliver projects through'" in found[0][1]


def test_a_possessive_after_a_contrast_stands_for_its_noun():
    fw = ladder(
        {
            "one": [
                "Builds tools that answer their own needs, not the group's",
                "Values the plan of a colleague more than their own manager's",
                "Identifies the needs of other people's",
            ]
        }
    )
    assert [i for i, _ in codes(fw, "T016")] == ["craft-one-3"]


# T008: a workplace tool named by a common word is a name, not a stray capital


def test_a_tool_named_by_a_common_word_in_a_list_is_no_stray_capital():
    fw = ladder(
        {
            "one": [
                "Shares what they know (short talks, Slack posts, templates).",
                "Contributes to team, Department system and local decisions.",
            ]
        }
    )
    assert [i for i, _ in codes(fw, "T008")] == ["craft-one-2"]


# S001: derailers listed apart ask for no effective statement


CELLS = {
    "one": ["Plans their own work."],
    "two": ["Plans the team's work."],
    "three": ["Sets plans."],
}
DERAILERS = {
    "one": ["Blaming others for delays"],
    "two": ["Hiding problems from the team"],
    "three": ["Setting plans nobody can meet"],
}


def test_a_competency_of_derailers_listed_apart_asks_for_no_effective_statement():
    fw = framework({"Delivery": CELLS, "Derailers": DERAILERS}, negative={"Derailers"})
    assert codes(fw, "S001") == []


def test_a_competency_without_effective_statements_beside_mixed_ones_is_still_a_gap():
    # where another competency holds ineffective statements beside effective ones, the
    # framework writes both sides cell by cell: a competency with no effective one lacks them
    fw = framework(
        {
            "Delivery": {**CELLS, "one": ["Plans their own work.", "Missing deadlines"]},
            "Derailers": DERAILERS,
        },
        negative={"Derailers", "delivery-one-2"},
    )
    found = check(fw, select="S001").to_frame()
    assert "Derailers has no effective statements at One, Two and Three" in set(found["message"])


# T007: ineffective statements keep a voice of their own; a first-person statement may open
# on others who act towards the writer


def test_ineffective_statements_are_read_against_their_own_voice():
    negatives = ["Blaming others for delays", "Hiding problems", "Missing deadlines"]
    fw = framework(
        {"Delivery": {"one": THIRD * 3}, "Derailers": {"one": negatives * 2}},
        negative={"Derailers"},
    )
    assert codes(fw, "T007") == []


def test_a_verbless_ineffective_statement_among_third_person_ones_still_breaks_their_voice():
    negatives = [
        "Misses deadlines.",
        "Hides problems.",
        "Blames others.",
        "Ignores feedback.",
        "Interrupts colleagues.",
        "Limited interest in the team.",
    ]
    fw = framework(
        {"Delivery": {"one": THIRD}, "Derailers": {"one": negatives}}, negative={"Derailers"}
    )
    found = codes(fw, "T007")
    assert [i for i, _ in found] == ["derailers-one-6"]
    assert "of ineffective statements)" in found[0][1]


def test_a_few_ineffective_statements_are_read_with_the_others():
    negatives = ["Misses deadlines.", "Limited interest in the team."]
    fw = framework(
        {"Delivery": {"one": THIRD}, "Derailers": {"one": negatives}}, negative={"Derailers"}
    )
    found = codes(fw, "T007")
    assert [i for i, _ in found] == ["derailers-one-2"]
    assert found[0][1].endswith("(90% of statements)")


FIRST = [
    "I plan my own work.",
    "I keep my records up to date.",
    "I ask for feedback promptly.",
    "I share what I learn.",
    "I write clear notes.",
    "I review my own tests.",
    "I meet agreed deadlines.",
    "I help new joiners settle in.",
]


def test_a_first_person_statement_opening_on_others_who_name_the_writer_keeps_the_voice():
    fw = ladder(
        {
            "one": [
                *FIRST,
                "Other colleagues are glad to have me in their group.",
                "People trust my judgement on hard calls.",
                "Every project has dull chores and I finish them cheerfully.",
                "Ask me anything about the build.",
            ]
        }
    )
    assert [i for i, _ in codes(fw, "T007")] == ["craft-one-12"]


# S001: a ladder's per-level sections read as competencies are said once


def test_a_ladder_of_per_level_sections_read_as_competencies_is_said_once():
    doc = copy.deepcopy(CLEAN)
    doc["levels"].append({"id": "four", "name": "Four", "rank": 4})
    fw_sections = {
        f"I do thing {k}": {level: [f"I plan piece {k} of my work."]}
        for k, level in enumerate(["one", "one", "two", "three", "four", "four"], 1)
    }
    doc["competencies"] = [
        {
            "id": f"s{k}",
            "name": name,
            "indicators": [
                {"id": f"s{k}-{lv}-1", "level": lv, "text": texts[0]} for lv, texts in cells.items()
            ],
        }
        for k, (name, cells) in enumerate(fw_sections.items(), 1)
    ]
    doc.pop("roles", None)
    doc.pop("values", None)
    found = check(from_dict(doc), select="S001").to_frame()
    assert len(found) == 1
    assert (
        found["message"]
        .iloc[0]
        .startswith(
            "6 of 6 competencies have statements at one level each (I do thing 1, I do thing 2, "
            "I do thing 3, ...), over 4 levels: each level lists its own sections"
        )
    )


def test_a_matrix_with_one_competency_at_one_level_keeps_its_finding():
    fw = framework(
        {
            "Delivery": {
                "one": ["Plans work."],
                "two": ["Plans team work."],
                "three": ["Sets plans."],
            },
            "Learning": {"one": ["Asks for feedback."], "two": ["Coaches."], "three": ["Builds."]},
            "Care": {"one": ["Listens to people."]},
        }
    )
    found = codes(fw, "S001")
    assert len(found) == 1
    assert found[0][1].startswith("Care has no statements at Two and Three")


# T010: "Your are" (a miss found reading Carvago's ladder by hand)


def test_your_for_you_before_are_is_a_confused_word():
    fw = ladder({"one": ["Your are able to plan the work.", "Your plans are clear."]})
    found = codes(fw, "T010")
    assert found == [
        (
            "craft-one-1",
            "\"Your are\" should read \"You are\" ('your' is the possessive; the subject is 'you')",
        )
    ]


# Three real ladders (tests/data/checks/probe22g/README.md): every finding judged, none false

PROBE = Path(__file__).parent / "data" / "checks" / "probe22g"


def test_every_finding_on_the_real_ladders_is_judged_and_none_is_false():
    import pandas as pd

    judged = pd.read_csv(PROBE / "judgements.csv", dtype=str, keep_default_na=False)
    assert set(judged["correct"]) <= {"true", "unclear"}
    key = ["code", "indicator_id", "competency_id", "level"]
    for name, rows in judged.groupby("file"):
        found = check(str(PROBE / name)).to_frame()[key].fillna("")
        assert sorted(map(tuple, found.values)) == sorted(map(tuple, rows[key].values)), name
    # 26 true since round 26: two C004 "repeats" were growth ("I am learning how to ..." below
    # "I can ...": changes_words reads the lower level's learning as a limit it sets)
    assert judged["correct"].value_counts().to_dict() == {"unclear": 26, "true": 26}
