"""The public interfaces the issues name, as a new user types them (probe 17, task A).

Each test here failed on the code before its fix: ``compkit ingest data.yaml`` refused its own
default output (the document itself) and pointed at ``--force``; ``ingest --help`` printed its
description and every layout on one line each, hundreds of characters long; ``compkit --help``
said only "list, show, validate and export" and gave no example; ``compkit rule --help`` showed
its argument as a lower-case ``code`` beside every other command's upper-case ones.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from compkit.cli import main

#: A YAML data file ingest reads (FT's competencies, front-matter layout; 81 statements).
DATA_FILE = Path(__file__).parent / "data" / "ingest" / "probe16-data" / "ft-competencies-2019.yml"


def _help(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


@pytest.fixture
def yaml_document(tmp_path, monkeypatch):
    """The data file as ``competencies.yaml`` in the current folder, as a user has it."""
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(DATA_FILE, tmp_path / "competencies.yaml")
    return tmp_path / "competencies.yaml"


def test_ingest_of_a_yaml_document_without_o_does_not_aim_at_the_document(capsys, yaml_document):
    before = yaml_document.read_bytes()
    code = main(["ingest", "competencies.yaml"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "wrote competencies.framework.yaml (81 statements" in err
    assert yaml_document.read_bytes() == before
    written = yaml_document.with_name("competencies.framework.yaml").read_text(encoding="utf-8")
    assert "competencies:" in written


def test_ingest_o_naming_the_document_read_is_refused_before_any_work(capsys, yaml_document):
    before = yaml_document.read_bytes()
    code = main(["ingest", "competencies.yaml", "-o", "./competencies.yaml", "--force"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "compkit: error: -o ./competencies.yaml: is the document being read "
        "(competencies.yaml); expected another file to write the framework to, e.g. "
        "-o competencies.framework.yaml\n"
    )
    assert yaml_document.read_bytes() == before
    assert sorted(p.name for p in yaml_document.parent.iterdir()) == ["competencies.yaml"]


def test_ingest_help_is_wrapped_and_lists_one_layout_a_paragraph(capsys):
    text = _help(capsys, "ingest")
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "[--layout LAYOUT]" in text
    assert "\nLayouts (--layout), detected when not given:\n  level-columns: " in text
    assert "\n  wide: spreadsheet or CSV: a row per competency, a column per level\n" in text
    assert "FILE's name ending in .framework.yaml when FILE is itself a .yaml" in " ".join(
        text.split()
    )


def test_top_level_help_names_every_job_and_its_examples_run(capsys):
    text = _help(capsys)
    flat = " ".join(text.split())
    for job in ("check", "compare", "cross-walk", "bring them in from Word"):
        assert job in flat
    assert max(len(line) for line in text.splitlines()) <= 100
    examples = [
        line.strip() for line in text.split("examples:")[1].splitlines() if "compkit " in line
    ]
    assert len(examples) == 5
    from compkit.cli import _build

    parser = _build()
    for example in examples:  # each parses: a command and options that exist
        args = parser.parse_args(shlex.split(example)[1:])
        assert args.command in {"show", "check", "ingest", "report", "crosswalk"}
    assert "exit status: 0 ok, 1 findings, 2 bad input, 3 internal error" in text


def test_rule_help_names_its_argument_as_the_others_do(capsys):
    assert _help(capsys, "rule").startswith("usage: compkit rule [-h] CODE\n")


def test_every_command_help_fits_a_terminal(capsys):
    # crosswalk's usage spelt out the ten backends on one line of 148 characters
    from compkit.cli import COMMANDS

    for command in ("", *COMMANDS):
        text = _help(capsys, *([command] if command else []))
        longest = max(text.splitlines(), key=len)
        assert len(longest) <= 100, f"compkit {command} --help: {longest!r}"
    text = _help(capsys, "crosswalk")
    assert "[--backend NAME]" in text
    flat = " ".join(text.split())
    assert "embedding backend: wordllama, minilm-onnx," in flat and "(default: ensemble" in flat


ZERO = """schema_version: 2
id: zero
title: Zero
organisation: Nobody
levels:
  - {id: l1, name: Level 1, rank: 1}
competencies:
  - {id: c1, name: Comp one, indicators: []}
"""


def test_crosswalk_of_a_framework_with_no_statements_names_the_file(capsys, tmp_path):
    # said "Nobody (zero) has no statements to match": neither the file nor which side
    zero = tmp_path / "zero.yaml"
    zero.write_text(ZERO, encoding="utf-8")
    for argv, side in (([str(zero), "cis"], "A"), (["cis", str(zero)], "B")):
        code = main(["crosswalk", *argv, "--method", "lexical"])
        err = capsys.readouterr().err
        assert code == 2
        assert err == (
            f"compkit: error: {zero}: Nobody (zero) has no statements to match; expected as "
            f"{side} a framework with at least one statement\n"
        )
