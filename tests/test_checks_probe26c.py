"""Round 26, helper C: the checker on frameworks nobody judged (an out-of-sample sweep).

Over 130 frameworks the repo gives outside the corpus (YAML and JSON under ``tests/data`` and
every probe fixture ingested), a sample of each rule's findings was read. The false ones had
causes these tests pin: bare verbs that end as "-s" or "-ing" do ("Focus on ...", "Bring
together ...") and a negated bare verb ("Not give ...") read as no voice (T007, the Civil
Service Competency Framework 2012's 23 false findings); two different Japanese statements
read as identical, their words unread (C003); "I am learning how to ..." grown into "I can
..." read as a repeat (C001, C004); the verb "own" read as the holder's own conduct (P001);
statements that state no reach read as the holder's own (P002); "mandated by Congress" and
departments listed in capitals read as stray capitals (T004, T008). Messages name
competencies, levels and roles, and quote statements, where they gave ids. Statements are
self-written, in the forms the sweep found.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from compkit.checks import check
from compkit.testing import framework_on

DATA = Path(__file__).parent / "data"
CLEAN = yaml.safe_load((DATA / "checks" / "clean.yaml").read_text())


def _found(fw, code: str) -> list[str]:
    """The texts of the statements rule ``code`` finds in ``fw``."""
    texts = fw.indicators.set_index("indicator_id")["text"]
    return [texts[i] for i in check(fw, select=code).to_frame()["indicator_id"] if i]


# -- T007: bare verbs that look like a third person or a gerund ---------------------------------

#: Instructions in the bare voice, as the Civil Service framework writes its indicators.
BARE = [f"Plan the work of week {k} with the team" for k in range(1, 31)]
#: Bare verbs the voice test read as no voice.
LOOK_ALIKE = [
    "Focus on the overall goal, not just the task",
    "Overly focus on task delivery at the expense of people",
    "Swiftly re-focus the team on new priorities",
    "Bring together views of stakeholders to see the whole picture",
    "Not give sufficient priority to quality",
    "Not manage resources against plan",
]


def test_bare_verbs_ending_as_a_third_person_or_gerund_keep_the_bare_voice():
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, *LOOK_ALIKE]}})
    assert _found(fw, "T007") == []
    # a third person among them still breaks the voice
    third = ["Focuses on the overall goal", "Is overly critical of colleagues", "Brings views"]
    fw = framework_on(CLEAN, {"Craft": {"one": [*BARE, *LOOK_ALIKE, *third]}})
    assert _found(fw, "T007") == third


# -- C003: statements in a script written without spaces -----------------------------------------

JAPANESE = {"language": "ja"}


def test_different_japanese_statements_are_no_duplicates():
    """Two statements sharing only a word in Latin letters ("DevOps") were read as identical."""
    texts = ["DevOpsの指標を作り自らのチームに適用する。", "DevOpsの組織はミッションを持つ。"]
    fw = framework_on({**CLEAN, **JAPANESE}, {"Craft": {"one": texts}})
    assert _found(fw, "C003") == []


def test_identical_japanese_statements_are_still_duplicates():
    texts = ["チームの計画を立てる。", "チームの計画を立てる。", "顧客と話す。"]
    fw = framework_on({**CLEAN, **JAPANESE}, {"Craft": {"one": texts}})
    assert _found(fw, "C003") == ["チームの計画を立てる。"]


# -- C001, C004: a statement learnt at a lower level is grown into -------------------------------


def test_learning_to_do_at_a_lower_level_grows_into_doing():
    lower = [
        "I am learning how to interpret and clarify technical and business requirements.",
        "I am becoming proficient with my tools and the core building blocks of our team.",
    ]
    higher = [
        "I can interpret and clarify technical and business requirements.",
        "I am proficient with my tools and the core building blocks of our team.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": lower, "two": higher}})
    assert _found(fw, "C001") == []
    fw = framework_on(CLEAN, {"Craft": {"one": lower}, "Delivery": {"two": higher}})
    assert _found(fw, "C004") == []
    # a repeat that keeps the learning is still a repeat
    fw = framework_on(CLEAN, {"Craft": {"one": lower, "two": [*higher, lower[0]]}})
    assert _found(fw, "C001") == [lower[0]]


# -- P001: the verb "own" ----------------------------------------------------------------------

#: Statements reaching the whole organisation, to set a level's typical reach.
WIDE = [f"Sets the organisation's strategy for area {k}" for k in range(1, 6)]


def test_the_verb_own_is_no_personal_conduct():
    owns = [
        "Has a high-level understanding of all the areas they own",
        "You own your area's structure",
        "Manages own workload",  # the holder's own: still found
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": ["Plans their week."], "three": [*WIDE, *owns]}})
    assert _found(fw, "P001") == ["Manages own workload"]


# -- P002: statements that state no reach --------------------------------------------------------


def _p002(cells: dict, negative=()) -> list[str]:
    return [f.message for f in check(framework_on(CLEAN, cells, negative=negative), select="P002")]


def test_a_level_stating_no_reach_does_not_narrow():
    """ "Sets the standards for ..." names no one: its reach is unknown, not the holder's own."""
    cells = {"Operations": {"two": WIDE[:2], "three": ["Sets the standards for availability"]}}
    assert _p002(cells) == []


def test_ineffective_statements_say_nothing_of_reach():
    cells = {"Operations": {"two": WIDE[:2], "three": [WIDE[2], "Focuses on own concerns only"]}}
    assert _p002(cells, negative=["operations-three-2"]) == []


def test_a_narrower_stated_reach_is_found_by_the_competencys_name():
    own = ["Reviews their own work with care", "Keeps own notes"]  # one is no level's reach
    cells = {"Operations": {"two": WIDE[:2], "three": own}}
    assert _p002(cells) == [
        "Operations: mean scope falls from 3.0 at Two to 0.0 at Three (0 self, 1 line-managed "
        "people, 2 team or service, 3 organisation)"
    ]


# -- T004, T008: names capitalised on purpose ----------------------------------------------------


def test_an_institution_named_without_an_article_is_no_stray_capital():
    fw = framework_on(CLEAN, {"Craft": {"one": ["Implements the procedures mandated by Congress"]}})
    assert _found(fw, "T004") == []
    # a common word capitalised last is still found
    fw = framework_on(CLEAN, {"Craft": {"one": ["Leads the hiring process for new Engineers"]}})
    assert _found(fw, "T004") == ["Leads the hiring process for new Engineers"]


def test_items_of_a_list_in_capitals_are_names_after_a_clause_and_in_title_case():
    """Departments listed after a semicolon, and names of two words ("Enterprise Services")."""
    plain = [f"Works with the product and design people on plan {k}." for k in range(3)]
    listed = [
        "Communicates across functions; works well with Product, Design, Analytics, etc.",
        "Joins one of Customer Products, FT Core, Enterprise Services and Security.",
    ]
    lower = ["Keeps security in mind.", "Keeps security tight."]
    fw = framework_on(CLEAN, {"Craft": {"one": [*plain, *listed, *lower]}})
    assert _found(fw, "T008") == []


# -- messages: names, not ids; the statement quoted ----------------------------------------------


def test_messages_name_competencies_levels_and_roles_and_quote_statements():
    doc = {**CLEAN, "roles": [{"id": "lead", "name": "Team lead", "requires": {"craft": "three"}}]}
    doc["competencies"] = [
        {
            "id": "craft",
            "name": "Craft",
            "levels": ["one", "two"],
            "indicators": [
                {"id": "craft-one-1", "level": "one", "text": "Lives our core values daily."},
                {"id": "craft-one-2", "level": "one", "text": "Plans the team’s work each week."},
                {"id": "craft-two-1", "level": "two", "text": "Plans the team’s work each week."},
            ],
        }
    ]
    doc.pop("values")
    from compkit.framework.build import from_dict

    fw = from_dict(doc, validate=False)
    said = {f.code: f.message for f in check(fw, select=["S005", "V002", "C001"])}
    assert said["S005"] == (
        "role 'Team lead' requires Craft at Three, a level it is not described at (One and Two)"
    )
    assert said["V002"].startswith("refers to its values 1 time ('Lives our core values daily.')")
    assert said["C001"].startswith("repeats the One statement 'Plans the team’s work each week.'")
