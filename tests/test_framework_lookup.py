"""Finding competencies and roles by name, and combine() taking ids (seventeenth round)."""

import pytest

import compkit
from compkit.framework.lookup import bare_name

UNIDAYS = "tests/data/corpus/myunidays.yaml"


def test_a_name_dressed_with_an_emoji_is_found_by_its_words():
    fw = compkit.load(UNIDAYS)
    assert fw.competency("Attitude").name == "😀 Attitude"
    assert fw.role("1st line analyst").id == "1st-line-analyst"


def test_the_cli_finds_it_too(capsys):
    from compkit.cli import main

    assert main(["show", UNIDAYS, "--competency", "Attitude", "--format", "csv"]) == 0
    assert "Attitude" in capsys.readouterr().out


def test_a_name_still_unknown_is_refused_with_the_known_ones():
    fw = compkit.load(UNIDAYS)
    with pytest.raises(compkit.UsageError, match=r"unknown topic 'Attitudes'.*Attitude"):
        fw.competency("Attitudes")


def test_bare_name_keeps_inner_marks():
    assert bare_name("  Equality & Diversity ") == "equality & diversity"
    assert bare_name("★") == ""


def test_combine_takes_bundled_ids_and_paths():
    long = compkit.combine("cis", UNIDAYS)
    assert set(long["framework"]) == {"cis", compkit.load(UNIDAYS).id}
    with pytest.raises(compkit.UsageError, match="expected a framework"):
        compkit.combine(3)
