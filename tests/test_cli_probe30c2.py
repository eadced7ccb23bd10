"""A hostile user's probe of the command line (round 30, helper C2).

Each command below ran, or stopped on a message naming compkit's insides; each now ends with
exit status 2 and one line saying what is wrong and what was expected, and writes nothing.
"""

import shutil
from pathlib import Path

import pytest

from compkit.cli import main

CROSSWALK = "data/crosswalks/cis-wsx.sssom.tsv"


def _run(capsys, *argv):
    status = main(list(argv))
    err = capsys.readouterr().err
    return status, err


@pytest.mark.parametrize(
    "argv",
    [
        ("carry", CROSSWALK, "wsx", "wsx"),
        ("take-review", "{tmp}/cw.sssom.tsv", "{tmp}/review.xlsx"),
    ],
)
def test_an_sssom_output_named_as_another_kind_of_file(tmp_path, capsys, argv):
    shutil.copy(CROSSWALK, tmp_path / "cw.sssom.tsv")
    (tmp_path / "review.xlsx").write_bytes(b"PK\x03\x04")  # refused after -o, if ever read
    argv = [a.format(tmp=tmp_path) for a in argv]
    status, err = _run(capsys, *argv, "-o", str(tmp_path / "cw.yaml"))
    assert status == 2
    assert err == (
        f"compkit: error: {tmp_path}/cw.yaml: the format SSSOM TSV contradicts the suffix "
        ".yaml; expected a file name ending in .tsv\n"
    )
    assert not (tmp_path / "cw.yaml").exists()


def test_carry_into_a_folder_says_it_is_a_folder(tmp_path, capsys):
    status, err = _run(capsys, "carry", CROSSWALK, "wsx", "wsx", "-o", str(tmp_path))
    assert status == 2
    assert err == f"compkit: error: {tmp_path}: is a folder; expected the path of a file to write\n"


def test_report_on_a_crosswalk_naming_an_unknown_statement(tmp_path, capsys):
    text = (
        Path(CROSSWALK)
        .read_text(encoding="utf-8")
        .replace("\ncis:people-l1-1\t", "\ncis:people-l1-99\t", 1)
    )
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text(text, encoding="utf-8")
    status, err = _run(
        capsys, "report", "cis", "wsx", "--crosswalk", str(bad), "-o", str(tmp_path / "r.md")
    )
    assert status == 2
    assert err.startswith(
        "compkit: error: crosswalk: subject_id 'cis:people-l1-99' is not a statement of CiS (cis)"
    )
    assert "align_levels" not in err
    assert not (tmp_path / "r.md").exists()
