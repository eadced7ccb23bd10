"""Round 23 (C2): the checker on a framework not written in English.

On pass Culture's French data skills matrix, read as British English, the checker said
"'effets' looks misspelt; did you mean 'effects'?" and "'catalog' is the American spelling":
97 findings over its 14 skill files, none of them a fault. The rules that read English are
listed in :mod:`compkit.checks.tongues`; they are held back on a framework whose language is
not English, and the report says which and why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
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


# -- with the patches to compkit/checks/run.py, report.py and compkit/cli/checks.py --------

DSM = Path(__file__).parent / "data" / "ingest" / "probe23-sheets" / "dsm-programming.yaml"


@pytest.fixture(scope="module")
def french():
    return compkit.ingest(DSM).framework


def test_the_french_matrix_is_not_read_as_misspelt_english(french):
    assert french.language == "fr"
    as_english = compkit.check(compkit.ingest(DSM, language="en-GB").framework)
    assert "T005" in {f.code for f in as_english}  # 'effets': did you mean 'effects'?
    report = compkit.check(french)
    assert not {f.code for f in report} & set(ENGLISH_RULES)
    default = {c for c, r in RULES.items() if r.default}  # P002 is opt-in
    assert report.notes == (skipped_note("fr", not_run("fr", default)),)
    assert "note: language fr is not English" in repr(report)


def test_the_rules_a_user_selects_run_on_any_language(french):
    report = compkit.check(french, select="T005")
    assert {f.code for f in report} == {"T005"} and report.notes == ()


def test_an_english_framework_has_no_note():
    assert compkit.check(Path(__file__).parent / "data" / "clustered.yaml").notes == ()


def test_the_cli_says_once_which_rules_were_not_run(tmp_path, french, capsys):
    from compkit.cli import main

    path = tmp_path / "dsm.yaml"
    compkit.ingest(DSM).write(path)
    main(["check", str(path), "--fail-on", "never"])
    err = capsys.readouterr().err
    assert err.count("note: language fr is not English") == 1
