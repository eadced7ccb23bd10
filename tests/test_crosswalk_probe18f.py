"""The eighteenth probe of the cross-walk, helper F: an analyst's day on pairs nobody tuned on.

Found cross-walking GDS's career path to Engineering Ladders' developer ladder and Engineering
Ladders to Medium's Snowflake (tests/data/corpus), reviewing through the Python API and
printing the workbook with LibreOffice:

- a decision that adds a row (a pair the method missed, or "no counterpart") returned a
  cross-walk without its SSSOM header: the file written next lost its title and the licence the
  analyst had set (back to "unspecified"); so did ``update`` and ``merge``;
- a cross-walk cut short while being written (its last row half there, no line break at the
  end) was read as whole, the missing cells empty;
- the workbook's level alignment sheet gave each share of matches a column as wide as its
  header ("share of matches at Engineering Ladders D1 - Developer 1"): printed fitted to the
  page width, seven levels came out at under half size;
- the Competencies sheet printed 0.00 for a competency with no statements (six of GDS's nine
  carry only a description), as if their statements had been compared and found unlike.
"""

from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.cli import main
from compkit.crosswalk import decide, merge, read_sssom, to_crosswalk, update, write_sssom
from compkit.errors import CompkitWarning

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
GDS = str(CORPUS / "gds-tech-career-path.yaml")
LADDERS = str(CORPUS / "engineering-ladders-developer.yaml")
HEADER = {"mapping_set_title": "CiS to WSX, reviewed by F",
          "license": "https://creativecommons.org/licenses/by/4.0/"}  # fmt: skip


@pytest.fixture(scope="module")
def suggestions():
    return compkit.suggest("cis", "wsx", top=2, method="lexical")


@pytest.fixture
def crosswalk(suggestions, tmp_path):
    cw = to_crosswalk(suggestions, subject="cis", object="wsx")
    return read_sssom(write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=HEADER))


def _header(path) -> dict:
    return read_sssom(path).attrs["sssom"]


@pytest.mark.parametrize("how", ["no_match", "added", "accept"])
def test_a_decision_keeps_the_files_title_and_licence(crosswalk, tmp_path, how):
    subject = crosswalk.loc[0, "subject_id"]
    if how == "no_match":
        out = decide(crosswalk, subject, None, "no_match", reviewer="F")
    elif how == "added":  # a pair the method did not suggest
        taken = set(crosswalk.loc[crosswalk["subject_id"] == subject, "object_id"])
        other = next(f"wsx:{i}" for i in compkit.load("wsx").indicators["indicator_id"]
                     if f"wsx:{i}" not in taken)  # fmt: skip
        out = decide(crosswalk, subject, other, "accept", reviewer="F")
        assert len(out) == len(crosswalk) + 1
    else:
        out = decide(crosswalk, subject, crosswalk.loc[0, "object_id"], "accept", reviewer="F")
    header = _header(write_sssom(out, tmp_path / "decided.sssom.tsv"))
    assert {k: header[k] for k in HEADER} == HEADER


def test_update_and_merge_keep_the_header(crosswalk, suggestions, tmp_path):
    pair = tuple(crosswalk.loc[0, ["subject_id", "object_id"]])
    a = decide(crosswalk, *pair, "accept", reviewer="A")
    b = decide(crosswalk, *pair, "reject", reviewer="B")
    for name, out in (("updated", update(a, suggestions)), ("merged", merge(a, b))):
        header = _header(write_sssom(out, tmp_path / f"{name}.sssom.tsv"))
        assert {k: header[k] for k in HEADER} == HEADER, name


def test_a_half_written_crosswalk_is_refused_and_not_changed(crosswalk, tmp_path, capsys):
    whole = write_sssom(crosswalk, tmp_path / "whole.sssom.tsv").read_text(encoding="utf-8")
    rows = whole.splitlines(keepends=True)
    cells = rows[-1].split("\t")  # the last row cut in its 12th cell: the mandatory ones there
    cut = "".join(rows[:-1]) + "\t".join(cells[:11]) + "\t" + cells[11][:5]
    half = tmp_path / "half.sssom.tsv"
    half.write_text(cut, encoding="utf-8")
    with pytest.raises(compkit.CrosswalkError) as info:
        read_sssom(half)
    line = len(rows)
    message = str(info.value)
    assert f"{half}:{line}:" in message
    assert "ends inside its last row" in message and "written in full" in message
    out = tmp_path / "out.sssom.tsv"
    args = ["crosswalk", "cis", "wsx", "--method", "lexical", "--reviewed", str(half)]
    assert main([*args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ends inside its last row" in err
    assert not out.exists() and half.read_text(encoding="utf-8") == cut
    # a whole file with no line break after its last row is read as before
    half.write_text(whole.rstrip("\n"), encoding="utf-8")
    assert len(read_sssom(half)) == len(crosswalk)


@pytest.fixture(scope="module")
def gds_workbook(tmp_path_factory):
    with pytest.warns(CompkitWarning, match="against a small framework"):
        s = compkit.suggest(GDS, LADDERS, top=3, method="lexical")
    out = tmp_path_factory.mktemp("wb") / "gds-ladders.xlsx"
    return load_workbook(compkit.export_crosswalk(s, out, a=GDS, b=LADDERS))


def test_the_level_alignment_prints_at_a_legible_size(gds_workbook):
    ws = gds_workbook["Level alignment"]
    head = [c.value for c in ws[1]]
    assert sum(1 for h in head if h.startswith("Share of matches")) == 7
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
    # landscape A4 holds about 150 characters' width at full size: fitted to it, the sheet
    # printed at 47% before (a column as wide as each header); headers now wrap
    assert sum(widths) <= 150
    for cell, width in zip(ws[1], widths, strict=True):  # no word of a header is cut
        assert max(len(w) for w in cell.value.split()) + 2 <= width


def test_a_competency_with_no_statements_is_left_blank_not_zero(gds_workbook):
    ws = gds_workbook["Competencies"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert all(v is None for v in rows["Prioritising your time"])  # a description only
    assert all(isinstance(v, float) for v in rows["Building software as a team"])
    said = " ".join(str(c.value) for c in gds_workbook["Read me"]["B"] if c.value)
    assert "empty where a competency has no statements" in said


def _reviewed(crosswalk, path):
    pair = tuple(crosswalk.loc[0, ["subject_id", "object_id"]])
    cw = decide(crosswalk, *pair, "accept", reviewer="F. Analyst", date="2026-12-04")
    return write_sssom(cw, path)


def test_suggestions_are_not_written_over_a_reviewed_crosswalk(crosswalk, tmp_path, capsys):
    out = _reviewed(crosswalk, tmp_path / "reviewed.sssom.tsv")
    before = out.read_bytes()
    args = ["crosswalk", "cis", "wsx", "--method", "lexical", "--top", "2", "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "holds a reviewed cross-walk, 1 decision by F. Analyst, the last on 2026-12-04" in err
    assert f"--reviewed {out} as well" in err and "--force" in err
    assert out.read_bytes() == before
    assert main([*args, "--reviewed", str(out)]) == 0  # the decision kept
    kept = read_sssom(out)
    assert (kept["review_status"] == "accepted").sum() == 1
    assert main([*args, "--force"]) == 0  # replaced, as asked
    assert (read_sssom(out)["review_status"] == "suggested").all()
    assert main(args) == 0  # suggestions only: nothing of a review to lose
