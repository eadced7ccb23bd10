"""Thirtieth probe round (C): one test of "asks the same" for C001, C002 and C003, and the
false findings a judged sample of the round-29 probe fixtures showed.

C003 had learnt that a verb "own" is a content word, that statements setting words in each
other's places ("low risk and high reversibility" / "high risk and low reversibility") ask
otherwise, and that who/what words and numbers matter; C001 and C002 asked the same question
(does one statement's content stand in the other, asking the same?) with part of the test.
Now all three call :func:`compkit.checks.wording.asks_the_same`, which also reads a term of
single letters ("A/B testing" is not "statistical testing"). The judged sample (303 findings
over 48 fixtures, seeded) showed T008 flagging a ladder's level named as a role ("the Member
becoming an Approver"), two examples after "e.g." ("(e.g. Product, Tech)"); T009 reading a
web address's words; T005 "mixin". A CASE statement closing on "(common misconception)" read
ineffective even where its holder addresses the misconception
(``tests/test_case_types_probe30c.py``). Statements are self-written, in the shapes of those
findings.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from compkit.checks import check
from compkit.checks.wording import asks_the_same
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def _codes(fw, code: str) -> list[str]:
    return [f.indicator_id for f in check(fw, select=code)]


def _ladder(one: list[str], two: list[str]):
    return framework_on(CLEAN, {"Leadership": {"one": one, "two": two}})


# -- C001 and C002 share C003's test ------------------------------------------------------------


def test_words_in_each_others_places_are_no_repeat_a_level_up():
    fw = _ladder(
        ["Makes technical calls of low risk and high reversibility"],
        ["Makes technical calls of high risk and low reversibility"],
    )
    assert _codes(fw, "C001") == []  # was "repeats ... and adds nothing"


def test_owning_is_no_repeat_of_delegating():
    fw = _ladder(
        ["You delegate technical decisions with high risk"],
        ["You own technical decisions with high risk"],
    )
    assert _codes(fw, "C001") == []


def test_words_in_each_others_places_are_no_restatement():
    fw = _ladder(
        ["Makes technical calls of low risk and high reversibility for the service"],
        ["Makes technical calls of high risk and low reversibility for the service and mentors"],
    )
    assert _codes(fw, "C002") == []  # was "restates ... (100% of the lower content words)"


def test_a_true_repeat_and_restatement_are_still_found():
    fw = _ladder(
        ["Keeps their technical documentation up to date for the team"],
        [
            "Keeps their technical documentation up to date for the team",
            "Keeps their technical documentation up to date for the team and reviews others'",
        ],
    )
    assert _codes(fw, "C001") and _codes(fw, "C002")


def test_a_term_of_single_letters_is_a_word():
    fw = framework_on(
        CLEAN,
        {
            "Data": {
                "two": ["Practical knowledge of statistical testing", "Knowledge of A/B testing"]
            }
        },
    )
    assert _codes(fw, "C003") == []
    same = asks_the_same(pd.Series(["Knows R&D budgets"]), pd.Series(["Knows R&D budgets well"]))
    assert same.tolist() == [True]


# -- T008, T009, T005 ---------------------------------------------------------------------------


def _ranked(names: list[str], texts: dict[str, list[str]]):
    doc = dict(CLEAN)
    doc["levels"] = [{"id": n.lower(), "name": n, "rank": k} for k, n in enumerate(names, 1)]
    doc["competencies"] = []
    doc.pop("roles", None)
    return framework_on(doc, {"Duties": {n.lower(): t for n, t in texts.items()}})


def test_a_level_named_as_a_role_is_no_stray_capital():
    fw = _ranked(
        ["Member", "Approver", "Maintainer"],
        {
            "Member": ["Reviews pull requests from a member of the community"],
            "Approver": ["Mentors the Member becoming an approver of the project"],
            "Maintainer": [
                "Meets all the Approver requirements",
                "Helps a member become a maintainer",
            ],
        },
    )
    assert _codes(fw, "T008") == []
    fw = _ranked(
        ["Member", "Approver", "Maintainer"],
        {
            "Approver": [
                "Acts as an approver for the docs",
                "Reviews work of Approver candidates weekly",
            ]
        },
    )
    assert _codes(fw, "T008")  # no article: still a capital mid-sentence


def test_two_examples_after_eg_are_a_list_of_names():
    fw = framework_on(
        CLEAN,
        {
            "Context": {
                "two": [
                    "Knows how their work applies to a squad (e.g. Product, Tech) in detail",
                    "Shares tech news with the product squad every week",
                ]
            }
        },
    )
    assert _codes(fw, "T008") == []


def test_a_web_address_spells_no_word():
    fw = framework_on(
        CLEAN,
        {
            "Craft": {
                "two": [
                    "Follows Idiomatic Rust (https://github.com/example/idiomatic-rust) in reviews",
                    "Writes idiomatic rust code for the service",
                ]
            }
        },
    )
    assert _codes(fw, "T009") == []


def test_a_web_address_without_its_scheme_spells_no_word():
    """Round 30 review #15: "github.com/example/idiomatic-rust" (the form the commit quoted)
    and "example.org/..." were still read as spellings; the words of the text itself are."""
    for address in ("github.com/example/idiomatic-rust", "docs.example.org/idiomatic-rust/"):
        texts = [f"Follows Idiomatic Rust ({address}) in reviews", "Writes idiomatic rust code"]
        assert _codes(framework_on(CLEAN, {"Craft": {"two": texts}}), "T009") == []
    texts = ["Writes idiomatic-rust code (see example.org/guide)", "Writes idiomatic rust code"]
    assert _codes(framework_on(CLEAN, {"Craft": {"two": texts}}), "T009") != []


def test_mixin_is_a_word():
    fw = framework_on(CLEAN, {"Craft": {"two": ["Creates new mixin repositories for the tool"]}})
    assert _codes(fw, "T005") == []


def test_an_institution_after_its_article_is_no_stray_word():
    fw = framework_on(
        CLEAN,
        {
            "Coaching": {
                "two": [
                    "Is sought out for coaching and mentorship by others in the Company.",
                    "Meets company goals and helps the team meet theirs.",
                ]
            }
        },
    )
    assert _codes(fw, "T004") == []
    fw = framework_on(CLEAN, {"Coaching": {"two": ["Meets the needs of service users Person."]}})
    assert _codes(fw, "T004")  # a stray word is still one
