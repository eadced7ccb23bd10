import csv
import io
import json
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest

from compkit.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "cis" in out and "wsx" in out and "153" in out


def test_show_filters_and_formats(capsys):
    code, out, _ = run(
        capsys, "show", "wsx", "--level", "Core", "--competency", "qualities", "--format", "csv"
    )
    assert code == 0
    table = pd.read_csv(StringIO(out))
    assert len(table) == 10 and set(table["level"]) == {"core"}
    code, out, _ = run(capsys, "show", "cis", "--role", "senior-officer", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 35
    code, out, _ = run(capsys, "show", "cis", "--level", "2", "--cumulative")
    assert code == 0 and "people-l1-1" in out and "people-l3-1" not in out


def test_show_a_path(capsys, clustered):
    code, out, _ = run(capsys, "show", str(clustered.path), "--level", "director")
    assert code == 0 and "leading-director-1" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["show", "nope"],
            "compkit: error: unknown framework 'nope'; expected a bundled id (cis, wsx)",
        ),
        (["show", "cis", "--level", "l7"], "compkit: error: unknown level 'l7' in framework 'cis'"),
        (
            ["show", "wsx", "--competency", "x"],
            "compkit: error: unknown cluster 'x' in framework 'wsx'",
        ),
        (
            ["show", "cis", "--format", "xml"],
            "compkit: error: argument --format: invalid choice: 'xml'",
        ),
        (["validate", "missing.yaml"], "compkit: error: missing.yaml: no such framework file"),
        (
            ["export", "cis", "--to", "pdf", "-o", "x.pdf"],
            "compkit: error: argument --to: invalid choice",
        ),
        (["frobnicate"], "compkit: error: argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_exits_2_with_one_message(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and out == ""


def test_validate(capsys, tmp_path, clustered_text):
    code, out, _ = run(capsys, "validate", "cis", "wsx")
    assert code == 0 and out.count("ok: ") == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text(clustered_text.replace("level: lead, text: Builds", "level: leed, text: Builds"))
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert f"{bad}:32: indicator 'leading-lead-1': unknown level 'leed'" in err
    code, out, err = run(capsys, "validate", str(bad), "cis", "nope.yaml", "wsx")
    assert code == 2 and out.count("ok: ") == 2  # a bad file does not stop the ones after it
    assert err.count("compkit: error: ") == 2 and "2 files of 4 failed" in err


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "graphml"])
def test_export(capsys, tmp_path, fmt):
    out = tmp_path / f"cis.{fmt}"
    code, _, err = run(capsys, "export", "cis", "--to", fmt, "-o", str(out))
    assert code == 0 and out.stat().st_size > 1000
    assert f"wrote {out}" in err


def test_export_to_an_unwritable_place(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "export", "cis", "-o", str(blocker / "sub" / "cis.csv"))
    assert code == 2 and err.startswith("compkit: error:") and "Traceback" not in err


def test_console_script_help_everywhere():
    exe = shutil.which("compkit", path=str(Path(sys.executable).parent))
    assert exe, "the compkit console script is installed beside the interpreter"
    for args in ([], ["list"], ["show"], ["validate"], ["export"]):
        done = subprocess.run([exe, *args, "--help"], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and "usage: compkit" in done.stdout
    done = subprocess.run(
        [exe, "show", "cis", "--level", "zz"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and done.stderr.startswith("compkit: error: unknown level 'zz'")


def test_python_dash_m_compkit_is_the_command():
    """``python -m compkit`` runs the CLI (as ``python -m compkit.cli`` does), exit codes alike."""
    done = subprocess.run(
        [sys.executable, "-m", "compkit", "show", "cis", "--level", "zz"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.startswith("compkit: error: unknown level 'zz'")
    done = subprocess.run(
        [sys.executable, "-m", "compkit", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "usage: compkit" in done.stdout


def test_an_internal_error_exits_3_without_a_traceback(monkeypatch, capsys):
    import compkit.cli as cli

    def broken(args):
        raise KeyError("a bug")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    assert main(["list"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("compkit: internal error (KeyError) - please report it")
    assert "Traceback" not in err
    assert main(["--debug", "list"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_terminal_output_shows_control_sequences_as_text(capsys):
    import pandas as pd

    from compkit.cli import format_table

    print(format_table(pd.DataFrame({"text": ["\x1b[2Jcleared?"]})))
    assert "\x1b" not in capsys.readouterr().out


def test_a_full_disk_is_one_clear_line(monkeypatch, capsys, tmp_path):
    from compkit import _atomic

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_atomic, "write_text", full)
    assert main(["export", "cis", "--to", "csv", "-o", str(tmp_path / "x.csv")]) == 2
    assert capsys.readouterr().err == "compkit: error: cannot write: No space left on device\n"


def test_show_prints_polarity_and_filters_by_it(capsys):
    hse = "tests/data/corpus/hse-stress-competencies.yaml"
    assert main(["show", hse, "--competency", "seeking-advice"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["Competency", "Level", "No.", "Polarity", "Statement", "Id"]
    assert table[2].startswith("Seeking advice  Manager  1    effective  seeks help")
    assert main(["show", hse, "--polarity", "ineffective", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 57 and {r["polarity"] for r in rows} == {"ineffective"}
    assert main(["show", hse, "--level", "manager", "--cumulative", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 67 and {r["polarity"] for r in rows} == {"effective"}
