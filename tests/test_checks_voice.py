"""T007 (voice-breaks-pattern): the subject of the main clause is found after a lead-in.

A statement in the framework's voice may open with a clause or a phrase before its subject
("If asked, I write ...", "When I encounter barriers, I ...", "In partnership with my manager
I ..."), or name its subject in a clause of its own ("Code modules I write exhibit ..."): it
does not break the voice. A statement whose main clause is in another voice still does.
"""

import pandas as pd
import pytest

from compkit.checks import check
from compkit.checks.voice import voice
from compkit.framework.build import from_dict


def framework(statements, *, name="Delivery"):
    """A framework of one competency ``name`` with ``statements`` at one level."""
    inds = [{"id": f"s{k}", "level": "one", "text": t} for k, t in enumerate(statements, 1)]
    doc = {
        "schema_version": 1,
        "id": "voice",
        "title": "Voice",
        "organisation": "Riverside Trust",
        "language": "en-GB",
        "levels": [{"id": "one", "name": "One", "rank": 1}],
        "competencies": [{"id": "c", "name": name, "indicators": inds}],
    }
    return from_dict(doc, validate=False)


def flagged(statements):
    """The statements T007 flags."""
    by_id = {f"s{k}": t for k, t in enumerate(statements, 1)}
    return [by_id[f.indicator_id] for f in check(framework(statements), select="T007")]


FIRST = [
    "I plan my work carefully.",
    "I ask questions to clarify expectations.",
    "I own my decisions and learn from my mistakes.",
    "I write and speak with clarity and focus.",
    "I share relevant information with my team.",
    "I listen to understand others.",
    "I review the code of my peers.",
    "I keep the backlog in order.",
    "I raise risks early.",
    "I support new starters.",
]
SECOND = [f"You {t[2:]}".replace(" my ", " your ") for t in FIRST]
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

FIRST_AFTER_A_LEAD_IN = [
    "If asked, I write crisp narratives to create understanding.",
    "When I encounter barriers, I unblock myself and my team.",
    "When I or my team encounter barriers, I unblock us by finding the root cause.",
    "When possible I use customer data to inform decisions, balancing value and cost.",
    "When necessary, I am able to introduce change into the organisation.",
    "If requested, I take part in calibration sessions.",
    "If there is a significant issue not being addressed, I start the conversation.",
    "With guidance from my manager, and Tech lead, I deliver high-quality work on time.",
    "Working with my manager, I use the strengths of the members of my team.",
    "In partnership with my manager I define my team's priorities.",
    "Code modules I write exhibit good separation of concerns.",
    "When possible, we share what we learn with other teams.",
]


@pytest.mark.parametrize("statement", FIRST_AFTER_A_LEAD_IN)
def test_a_first_person_statement_after_a_lead_in_keeps_the_voice(statement):
    assert flagged([*FIRST, statement]) == []


def test_the_main_clause_in_another_voice_still_breaks_it():
    statements = [
        "If asked, writes crisp narratives to create understanding.",
        "The expectations for code fluency do not go beyond this level, but we expect more.",
        "When possible, plan the work with the team.",
    ]
    assert flagged([*FIRST, *statements]) == statements


@pytest.mark.parametrize(
    "statement",
    [
        "Work you have done or that is based on your expertise has been successful.",
        "When a colleague asks you for help, you respond quickly.",
        "In meetings with senior stakeholders, you speak up for your team.",
        "If needed you escalate a risk to your manager.",
    ],
)
def test_a_second_person_statement_after_a_lead_in_keeps_the_voice(statement):
    assert flagged([*SECOND, statement]) == []


@pytest.mark.parametrize(
    "statement",
    [
        "With guidance from their manager and tech lead, delivers work on time.",
        "With guidance from their manager, and tech lead, delivers work on time.",
        "Working closely with product and design, plans the roadmap.",
    ],
)
def test_a_third_person_statement_after_a_long_lead_in_keeps_the_voice(statement):
    assert flagged([*THIRD, statement]) == []


@pytest.mark.parametrize(
    "statement",
    [
        "When asked, I explain my reasoning.",  # first person among third-person statements
        "With a strong grasp of delivery, quality and pace.",  # a list is not a main clause
        "With attention to detail, timeliness, accuracy.",
    ],
)
def test_a_lead_in_does_not_hide_a_break_of_the_third_person(statement):
    assert flagged([*THIRD, statement]) == [statement]


def test_a_pronoun_clause_is_read_in_the_frameworks_voice_only():
    # among instructions, "Use the tools you have" is an instruction, not the second person
    bare = [t.split(" ", 1)[1][0].upper() + t.split(" ", 1)[1][1:] for t in FIRST]
    texts = pd.Series([*bare, "Use the tools you have.", "Help people I work with."])
    assert voice(texts).tolist()[-2:] == ["bare", "bare"]
    texts = pd.Series([*SECOND, "Work you have done has been successful."])
    assert voice(texts).tolist()[-1] == "second"
    texts = pd.Series([*FIRST, "Code modules I write exhibit good separation of concerns."])
    assert voice(texts).tolist()[-1] == "first"


def test_instructions_in_verbs_ending_ly_ed_or_british_ise_are_instructions():
    said = voice(
        pd.Series(
            [
                "Apply the approach to new work.",
                "Prioritise work against the service's goals.",
                "Feed back on policy to the team.",
                "Exceed the standards the team sets.",
                "Rely on evidence when you decide.",
                "Carefully plan the week.",
            ]
        )
    ).tolist()
    assert said == ["bare"] * 6


def test_may_and_might_read_as_the_holder_not_a_break():
    said = voice(pd.Series(["May own a complex discipline.", "Might lead a small team."]))
    assert said.tolist() == [
        "holder",
        "holder",
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
]


@pytest.mark.parametrize(
    "statement",
    [
        # Cheshire East Council's behaviours (probe 10; cheshireeast.gov.uk, public page)
        "Always strive to be the best I can, asking for help if I need it.",
        "Just deliver something because that is what we have always done.",
        "Never leave a risk unspoken.",
        "Often check in with the people you support.",
        "Also share what went wrong.",
    ],
)
def test_an_instruction_behind_an_adverb_without_ly_keeps_the_voice(statement):
    assert voice(pd.Series(IMPERATIVE)).eq("bare").all()
    assert flagged([*IMPERATIVE, statement]) == []


def test_an_adverb_without_ly_does_not_hide_a_break_of_the_imperative():
    assert flagged([*IMPERATIVE, "Always strives to be the best they can."]) == [
        "Always strives to be the best they can."
    ]
    # ... nor of the third person, and "Even out" stays a verb
    said = voice(pd.Series(["Never blames others.", "Even out the workload."]))
    assert said.tolist() == ["holder", "bare"]
