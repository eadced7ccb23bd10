"""Round 23 (C2): the checker on a framework not written in English.

On pass Culture's French data skills matrix, read as British English, the checker said
"'effets' looks misspelt; did you mean 'effects'?" and "'catalog' is the American spelling":
97 findings over its 14 skill files, none of them a fault. The rules that read English are
listed in :mod:`compkit.checks.tongues`; they are held back on a framework whose language is
not English, and the report says which and why.
"""

from __future__ import annotations

import pytest

from compkit.checks import RULES
from compkit.checks.tongues import ENGLISH_RULES, held_back, not_run, skipped_note


def test_english_frameworks_lose_no_rule():
    for tag in ("en-GB", "en-US", "en", "EN_au", ""):
        assert not_run(tag) == {}


def test_a_french_framework_holds_back_the_english_rules_only():
    held = not_run("fr", set(RULES))
    assert set(held) == set(ENGLISH_RULES)
    # the rules that read structure, repeats and typography still run
    assert {"S001", "S003", "C001", "C003", "T002", "T013", "T015", "T017"}.isdisjoint(held)
    assert {"T001", "T003"}.isdisjoint(held)  # French has capitals and spaces


def test_a_japanese_framework_also_holds_back_the_rules_that_count_spaces():
    held = not_run("ja", set(RULES))
    assert {"T001", "T003"} <= set(held)
    assert held["T003"] == "counts words parted by spaces"


def test_every_rule_held_back_exists():
    assert set(ENGLISH_RULES) <= set(RULES)


@pytest.mark.parametrize(
    ("select", "kept"),
    [("T005", {"T005"}), (["misspelling", "T"], {"T005"}), ("T", set()), (None, set())],
)
def test_a_rule_named_in_select_runs_all_the_same(select, kept):
    held = held_back("nl", {"T005", "T009"}, select)
    assert set(held) == {"T005", "T009"} - kept


def test_the_note_names_each_rule_once_and_how_to_run_them():
    note = skipped_note("de", not_run("de"))
    assert note.startswith(f"language de is not English, so {len(ENGLISH_RULES)} rules were")
    assert all(note.count(code) == 1 for code in ENGLISH_RULES)
    assert "P001 and P002 (they read English words for scope)" in note
    assert note.endswith("declare the language English (language: en-GB), to run them")
    assert skipped_note("en-GB", {}) == ""
