"""Twenty-fourth round, helper G: levels given by rank, ``show``'s table by name, rank gaps said.

A negative or zero rank (``--level -1``) is refused saying how ranks count, not read as rank 1;
a number that is one level's rank and another's name ("Level 4" ranked 5 after a gap) is
refused naming both; ``show``'s text table names competencies and levels (CSV and JSON keep
ids); ``validate`` and the notebook card say a gap in the ranks instead of passing it over.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

import compkit
from compkit.authoring.yamledit import write_yaml
from compkit.cli import main

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def gapped():
    """CiS with its levels ranked 1, 2, 4 and 5 (names 'Level 1' to 'Level 4' kept)."""
    cis = compkit.load("cis")
    ranks = {"l1": 1, "l2": 2, "l3": 4, "l4": 5}
    levels = tuple(replace(lv, rank=ranks[lv.id]) for lv in cis.level_records)
    return replace(cis, level_records=levels)


@pytest.fixture
def gapped_file(tmp_path, gapped):
    path = tmp_path / "gapped.yaml"
    write_yaml(gapped, path)
    return str(path)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("rank", ["-1", "0", " -2 "])
def test_a_rank_below_one_is_refused_saying_how_ranks_count(capsys, rank):
    code, out, err = run(capsys, "show", "cis", f"--level={rank}")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"compkit: error: unknown level {rank!r} in framework 'cis': its levels rank 1 to 4, "
        "counted from 1 (the lowest), so the highest is 4 ('Level 4'); expected one of: l1"
    )
    assert len(err.splitlines()) == 1


def test_python_refuses_a_negative_rank_too():
    cis = compkit.load("cis")
    with pytest.raises(compkit.UsageError, match="so the highest is 4"):
        cis.level(-1)
    with pytest.raises(compkit.UsageError, match="so the highest is 4"):
        cis.profile(level="-1")
    assert cis.level("+2").id == cis.level(2).id == "l2"


def test_a_number_naming_one_level_and_ranking_another_is_refused(gapped):
    with pytest.raises(compkit.UsageError) as caught:
        gapped.level(4)
    assert str(caught.value) == (
        "level '4' could be two levels in framework 'cis': rank 4 is l3 ('Level 3'), and l4 "
        "('Level 4') is ranked 5 (its levels rank 1, 2, 4 and 5); give the id or the name of "
        "the one you mean"
    )
    with pytest.raises(compkit.UsageError, match="'Level 3' \\(l3\\) is ranked 4: give its"):
        gapped.level(3)
    assert gapped.level("Level 4").id == gapped.level(5).id == "l4"
    assert gapped.level(2).id == "l2"


def test_a_rank_is_a_rank_where_names_are_not_numbers():
    ft = compkit.load(CORPUS / "ft-engineering.yaml")  # "Senior Engineer 2" is rank 4
    assert ft.level(2).name == "Engineer"
    assert ft.level(4).name == "Senior Engineer 2 (Individual Contributor)"


def test_validate_says_a_gap_in_the_ranks(capsys, gapped_file):
    code, out, _ = run(capsys, "validate", gapped_file)
    assert code == 0
    assert out.splitlines()[1] == (
        "  note: the level ranks skip 3 (they are 1, 2, 4 and 5): 'Level 3' is read as the "
        "level after 'Level 2'; if no level is missing, rank them 1 to 4"
    )
    code, out, _ = run(capsys, "validate", "cis", "wsx")
    assert code == 0 and "note:" not in out


def test_the_notebook_card_says_a_gap_in_the_ranks(gapped):
    assert "the level ranks skip 3 (they are 1, 2, 4 and 5)" in gapped._repr_html_()
    assert "skip" not in compkit.load("cis")._repr_html_()


def test_show_names_competencies_and_levels(capsys):
    code, out, _ = run(capsys, "show", "wsx", "--level", "skilled", "--competency", "Managing Work")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["Cluster", "Level", "No.", "Statement", "Id"]
    assert lines[2].startswith("Managing Work  Skilled  1    ")
    assert lines[2].rstrip().endswith("  work-skilled-1")
    # the data formats keep their ids
    code, out, _ = run(capsys, "show", "wsx", "--competency", "Managing Work", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(out)))
    assert (row["competency_id"], row["level"]) == ("work", "core")


def test_a_folder_one_may_not_write_in_is_named_as_the_fault(capsys, tmp_path, monkeypatch):
    import os

    from compkit import _atomic

    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "cis.csv"

    def refused(path, text):
        raise PermissionError(13, "Permission denied", str(path))

    real_access = os.access
    monkeypatch.setattr(_atomic, "write_text", refused)  # as a folder of mode 555 refuses
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(folder) else real_access(p, mode)
    )
    code, out, err = run(capsys, "export", "cis", "-o", str(target))
    assert (code, out) == (2, "")
    assert err == (
        f"compkit: error: {target}: cannot write in the folder {folder} (permission denied); "
        "expected a folder you may write in: give a path in another folder\n"
    )


def test_export_to_a_folder_says_it_is_a_folder(capsys, tmp_path):
    code, out, err = run(capsys, "export", "cis", "-o", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (
        f"compkit: error: -o {tmp_path}: is a folder; expected the file to write, e.g. "
        f"-o {tmp_path / 'framework.csv'} (a folder is written by --to tables: add it to "
        "write the CSV tables into it)\n"
    )
    assert run(capsys, "export", "cis", "--to", "tables", "-o", str(tmp_path))[0] == 0


def test_the_command_line_starts_without_loading_the_capabilities():
    """Ctrl-C while a command starts up is the command's (exit 130, one line), not a traceback.

    ``import compkit`` loaded every capability and pandas (2.5 s on a busy machine) before
    ``main`` could catch anything; now the verbs load on first use.
    """
    import subprocess
    import sys

    code = (
        "import sys, compkit.cli; print(sorted({'pandas', 'compkit.framework'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.home()
    )
    assert done.stdout.strip() == "[]"
    # the verb ingest stays the verb when its subpackage loads first (as Python binds it)
    code = "import compkit.ingest.api, compkit; print(callable(compkit.ingest))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.home()
    )
    assert done.stdout.strip() == "True"
    assert compkit.load("cis").id == "cis" and "load" in dir(compkit)
    assert compkit.authoring.yamledit.write_yaml is write_yaml
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        compkit.nope  # noqa: B018


def test_a_table_of_wide_letters_and_emoji_stays_aligned():
    """Columns after a name in Japanese or dressed with an emoji start where the header's do."""
    import pandas as pd

    from compkit.cli._common import format_table

    frame = pd.DataFrame(
        {
            "Competency": ["コミュニケーション", "😀 Attitude", "Plain"],
            "Level": ["👨‍🔧 Pr0", "b", "c"],
        }
    )
    lines = format_table(frame).splitlines()
    assert lines[0] == "Competency          Level"
    assert lines[2] == "コミュニケーション  👨‍🔧 Pr0"
    assert lines[3] == "😀 Attitude         b"
    assert lines[4] == "Plain               c"
