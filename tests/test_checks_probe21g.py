"""Twenty-first probe round (G): the checker on frameworks nobody tuned it on.

Read by hand on four public frameworks new to the checker (a six-level full-stack engineering
framework and a three-level quality-analyst one in Monzo's progression format, a six-level
data analytics framework in the same format, and a six-grade consultancy growth framework).
Two findings were false and are mended here; the statements below are self-written in the
shapes that misled the checker.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from compkit.checks import check
from compkit.framework.build import from_dict
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def ladder(cells: dict[str, list[str]]):
    """A cumulative framework of one competency, ``cells`` mapping level ids to statements."""
    return framework_on(CLEAN, {"Craft": cells})


def codes(fw, code: str) -> list[tuple[str, str]]:
    frame = check(fw).to_frame()
    frame = frame[frame["code"] == code]
    return list(zip(frame["indicator_id"], frame["message"], strict=True))


def test_words_put_before_the_lower_statements_last_word_are_growth_not_a_restatement():
    # "in other engineers" a level below "across a whole squad of engineers": the higher
    # statement grows where it stands and adds nothing after the lower one's last word
    fw = ladder(
        {
            "one": ["Keeps a tidy desk and a calm manner."],
            "two": ["Teaches our coding conventions to other engineers."],
            "three": ["Teaches our coding conventions across a whole squad of engineers."],
        }
    )
    assert codes(fw, "C002") == []


def test_a_restatement_that_adds_after_the_lower_statement_is_still_found():
    fw = ladder(
        {
            "one": ["Keeps a tidy desk and a calm manner."],
            "two": ["Teaches our coding conventions to other engineers."],
            "three": [
                "Teaches our coding conventions to other engineers and writes the style guide."
            ],
        }
    )
    found = codes(fw, "C002")
    assert [i for i, _ in found] == ["craft-three-1"]
    assert "restates the Two statement 'Teaches our coding conventions" in found[0][1]


def test_a_lone_word_alike_further_on_is_still_chance_where_the_higher_one_goes_on():
    # the lower statement's last word is not the higher one's: words added after it are a
    # restatement that extends, as before
    fw = ladder(
        {
            "one": ["Keeps a tidy desk and a calm manner."],
            "two": ["Reviews pull requests from new engineers."],
            "three": [
                "Reviews pull requests from new and experienced engineers across the codebase."
            ],
        }
    )
    assert [i for i, _ in codes(fw, "C002")] == ["craft-three-1"]


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


def test_a_verb_compounded_with_self_and_written_open_is_the_holders_verb():
    fw = ladder({"one": [*THIRD, "Self learns new tools and seeks out people who can help."]})
    assert codes(fw, "T007") == []


def test_a_noun_compounded_with_self_still_breaks_a_third_person_voice():
    fw = ladder({"one": [*THIRD, "Self assessments of their own work against the plan."]})
    assert [i for i, _ in codes(fw, "T007")] == ["craft-one-9"]


def test_a_quotation_mark_closing_no_quotation_at_a_statements_end_is_a_stray():
    fw = ladder(
        {
            "one": [
                "Makes difficult decisions when necessary.'",
                "Never says 'we have always done it this way'",
                "Recognises their own values and others'",
                'Is described by others as "calm under pressure"',
            ]
        }
    )
    found = codes(fw, "T004")
    assert [i for i, _ in found] == ["craft-one-1"]
    assert found[0][1] == (
        "ends with a stray ' that closes no quotation: a slip of typing or conversion"
    )


SUMMARIES = [
    "Level one people are new to the work and learn the basics.",
    "A reliable contributor to their team.",
    "Our expectation is that everyone reaches this level.",
    "Scope: their own tasks.",
    "The scope of the work is small and well defined.",
    "In the past, this level was called junior.",
    "At one end of the range is the specialist.",
    "The other end is the generalist.",
    "Progression to the next level takes a year or two.",
    "They're trusted with small pieces of work.",
    "Plans their own work.",
]


def test_a_competency_written_as_prose_is_one_voice_finding_not_one_a_statement():
    # two competencies: the behaviours, and the level summaries the source lists as criteria
    doc = copy.deepcopy(CLEAN)
    doc["competencies"] = [
        {
            "id": "craft",
            "name": "Craft",
            "indicators": [
                {"id": f"craft-{k}", "level": "one", "text": t} for k, t in enumerate(THIRD * 5)
            ],
        },
        {
            "id": "summary",
            "name": "Summary",
            "indicators": [
                {"id": f"summary-{k}", "level": "two", "text": t} for k, t in enumerate(SUMMARIES)
            ],
        },
    ]
    doc.pop("roles", None)
    doc.pop("values", None)
    fw = from_dict(doc)
    found = codes(fw, "T007")
    assert [i for i, _ in found] == ["summary-0"]
    assert found[0][1].startswith(
        "'Level one people ...' and 9 more of the 11 statements of Summary break the "
        "framework's third-person"
    )
    assert "the competency reads as prose" in found[0][1]


def test_a_few_statements_breaking_the_voice_in_a_competency_are_each_a_finding():
    fw = ladder({"one": THIRD * 5, "two": SUMMARIES[:4]})
    assert [i for i, _ in codes(fw, "T007")] == [f"craft-two-{k}" for k in range(1, 5)]


def test_a_discipline_capitalised_as_a_department_is_a_name():
    texts = [
        "Shares technology news with the team.",
        "Chooses technology that fits the problem.",
        "Explains a technology choice to the team.",
    ]
    fw = ladder({"one": [*texts, "Is comfortable leading Technology as a discipline."]})
    assert codes(fw, "T008") == []
    fw = ladder({"one": [*texts, "Is comfortable leading Technology decisions."]})
    assert [i for i, _ in codes(fw, "T008")] == ["craft-one-4"]
