"""The command line as a user meets it (twenty-third round, helper H).

Every command's ``--help`` closes with examples that run as written, from a fresh folder, in
the order ``compkit.cli._examples.ORDER`` gives; a stray argument is said to be the command's.
"""

from __future__ import annotations

import shlex

import pytest

from compkit.cli import main
from compkit.cli._examples import EXAMPLES, ORDER


def _commands() -> list[str]:
    import argparse

    from compkit.cli import _build

    parser = _build()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_every_command_has_examples_in_its_help(capsys):
    commands = _commands()
    assert sorted(ORDER) == sorted(EXAMPLES) == sorted(commands)
    for command in commands:
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        shown = capsys.readouterr().out
        assert "\nexamples:\n" in shown, command
        for _, line in EXAMPLES[command]:
            assert f"\n  {line}\n" in shown + "\n", (command, line)


@pytest.mark.slow  # three cross-walks of CiS and WSX: about a minute on two cores
def test_every_example_runs_as_written(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for command in ORDER:
        for _, line in EXAMPLES[command]:
            words = shlex.split(line)
            assert words[:2] == ["compkit", command]
            status = main(words[1:])
            said = capsys.readouterr().err
            assert status in (0, 1), (line, said)
            assert "error" not in said, (line, said)
    assert (tmp_path / "build" / "cis-wsx-new.sssom.tsv").is_file()


def test_a_stray_argument_names_the_commands_help(capsys):
    assert main(["validate", "cis", "--strict"]) == 2
    said = capsys.readouterr().err.strip()
    assert (
        said == "compkit: error: unrecognized arguments: --strict (see 'compkit validate --help')"
    )


def test_ctrl_c_mid_write_says_no_file_was_left_half_written(tmp_path, monkeypatch, capsys):
    import os

    def pressed(*args, **kwargs):  # Ctrl-C as the finished file is renamed into place
        raise KeyboardInterrupt

    target = tmp_path / "cis.xlsx"
    target.write_bytes(b"the earlier export")
    monkeypatch.setattr(os, "replace", pressed)
    assert main(["export", "cis", "-o", str(target)]) == 130
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "Traceback" not in said
    assert said.startswith("compkit: interrupted (Ctrl-C); no file was left half-written")
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cis.xlsx"]


def test_a_mistyped_option_is_named_with_the_one_meant(capsys):
    assert main(["show", "cis", "--levle", "2"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == (
        "compkit: error: unrecognized arguments: --levle 2; did you mean --level? "
        "(see 'compkit show --help')"
    )


def test_an_output_folder_that_cannot_be_made_says_what_was_expected():
    import compkit.cli as cli

    said = cli._os_message(FileNotFoundError(2, "No such file or directory", "/proc/no/x.csv"))
    assert said == (
        "/proc/no/x.csv: No such file or directory; expected a path in a folder that exists, "
        "or one compkit may create"
    )
