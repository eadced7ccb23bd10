"""The ``compkit crosswalk`` command: outputs, arguments refused before any work, notes."""

import importlib
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest

from compkit.cli import main
from compkit.crosswalk import SUGGESTION_COLUMNS, read_sssom
from compkit.crosswalk.export import NAME_COLUMNS

CORPUS = Path(__file__).parent / "data" / "corpus"
HSE = CORPUS / "hse-stress-competencies.yaml"
WARNINGS_ONLY = """\
schema_version: 2
id: warnings-only
title: Only warnings
organisation: Test
short_name: Warn
levels:
  - {id: one, name: One, rank: 1}
competencies:
  - id: talk
    name: Talking
    indicators:
      - {id: talk-neg-1, level: one, text: "interrupts colleagues in meetings",
         polarity: ineffective}
      - {id: talk-neg-2, level: one, text: "ignores questions from the team",
         polarity: ineffective}
"""


def run(capsys, *argv):
    code = main(["crosswalk", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def no_computation(monkeypatch):
    """Fail the test if the command starts computing suggestions (vectors, scores)."""

    def computed(*args, **kwargs):
        raise AssertionError("suggestions were computed before the argument was refused")

    module = importlib.import_module("compkit.crosswalk.ranking")
    monkeypatch.setattr(module, "Signals", computed)
    monkeypatch.setattr(module, "topk", computed)


def refused(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2, err
    assert out == ""
    assert err.startswith("compkit: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# 1. the same columns, in the same order, to standard output and to -o x.csv -------------------
def test_stdout_csv_is_the_file_of_o(capsys, tmp_path):
    target = tmp_path / "cw.csv"
    args = ("cis", "wsx", "--method", "lexical", "--top", "2")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    code, _, err = run(capsys, *args, "-o", str(target))
    assert code == 0, err
    assert out == target.read_bytes().decode("utf-8-sig")  # the file starts with a BOM
    frame = pd.read_csv(StringIO(out))
    # the library's order, on stdout as in the file, then names beside the ids
    assert list(frame.columns) == SUGGESTION_COLUMNS + NAME_COLUMNS
    first = frame.iloc[0]
    assert (first["subject_competency"], first["subject_competency_name"]) == (
        "people",
        "Supporting our people",
    )
    assert first["subject_level_name"] == "Level 1" and first["object_level_name"].strip()


# 2. an output that cannot be written is refused before the computation, in CLI terms ----------
def test_unknown_suffix_is_refused_before_computing(capsys, tmp_path, no_computation):
    err = refused(capsys, "cis", "wsx", "-o", str(tmp_path / "x.pdf"))
    assert "x.pdf: cannot tell the format from the file name" in err
    assert ".csv, .xlsx, .sssom.tsv or .tsv, or --format csv|xlsx|sssom" in err
    assert "to=" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_output_is_refused_before_computing(capsys, tmp_path, no_computation):
    err = refused(capsys, "cis", "wsx", "-o", str(tmp_path))
    assert f"-o {tmp_path}: is a folder; expected the file to write" in err
    err = refused(capsys, "cis", "wsx", "-o", str(tmp_path / "new") + "/")
    assert "is a folder" in err
    (tmp_path / "file").write_text("x")
    err = refused(capsys, "cis", "wsx", "-o", str(tmp_path / "file" / "cw.csv"))
    assert "is a file, not a folder" in err


def test_xlsx_to_standard_output_is_refused_before_computing(capsys, no_computation):
    err = refused(capsys, "cis", "wsx", "--format", "xlsx")
    assert err == "compkit: error: --format xlsx needs an output file (-o FILE.xlsx)\n"


# 3. a format that contradicts the suffix ------------------------------------------------------
@pytest.mark.parametrize(
    ("fmt", "name", "means"),
    [("csv", "x.xlsx", "xlsx"), ("sssom", "x.csv", "csv"), ("xlsx", "x.sssom.tsv", "sssom")],
)
def test_format_contradicting_the_suffix_is_refused(capsys, tmp_path, no_computation, fmt, name,
                                                    means):  # fmt: skip
    err = refused(capsys, "cis", "wsx", "--format", fmt, "-o", str(tmp_path / name))
    assert f"--format {fmt} contradicts -o {tmp_path / name}, whose suffix means {means}" in err
    assert f"or --format {means}" in err
    assert list(tmp_path.iterdir()) == []


def test_format_that_agrees_or_a_suffix_of_no_format_is_written(capsys, tmp_path):
    for argv in (["--format", "csv", "-o", "a.csv"], ["--format", "csv", "-o", "a.txt"]):
        *rest, name = argv
        code, _, err = run(capsys, "cis", "wsx", "--method", "lexical", "--top", "1", *rest,
                           str(tmp_path / name))  # fmt: skip
        assert code == 0, err
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert text.startswith("\ufeffsubject_id,subject_label,")  # BOM: spreadsheets read UTF-8


# 4. an empty framework argument -------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "side"), [("", "wsx", "A"), ("cis", "  ", "B")])
def test_empty_framework_argument(capsys, no_computation, a, b, side):
    err = refused(capsys, a, b)
    assert err == (
        f"compkit: error: an empty framework argument was given for {side}; expected a bundled "
        "framework id (cis, wsx) or the path of a framework YAML file\n"
    )


# 5. --reviewed and --block ------------------------------------------------------------------
def test_reviewed_leaves_rejected_pairs_out_and_shows_decisions(capsys):
    rejected = read_sssom("cis-wsx")
    rejected = rejected[rejected["review_status"] == "rejected"]
    rejected = set(zip(rejected["subject_id"].str.split(":").str[1],
                       rejected["object_id"].str.split(":").str[1], strict=True))  # fmt: skip
    args = ("cis", "wsx", "--method", "lexical", "--top", "3")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    plain = pd.read_csv(StringIO(out))
    assert set(zip(plain["subject_id"], plain["object_id"], strict=True)) & rejected
    code, out, err = run(capsys, *args, "--reviewed", "cis-wsx")
    assert code == 0, err
    honoured = pd.read_csv(StringIO(out))
    # kept, flagged unmatched; a rejected pair follows its statement's suggestions, marked so
    decided = honoured[~honoured["review_status"].isin(["no_match", "rejected"])]
    assert not set(zip(decided["subject_id"], decided["object_id"], strict=True)) & rejected
    said = honoured[honoured["review_status"] == "rejected"]
    assert set(zip(said["subject_id"], said["object_id"], strict=True)) == rejected
    assert not said["in_set"].any() and said["comment"].notna().all()
    assert honoured.loc[honoured["review_status"] == "no_match", "unmatched"].all()
    assert {"accepted", "changed"} <= set(honoured["review_status"])


def test_reviewed_that_cannot_be_used_is_refused_before_computing(capsys, tmp_path,
                                                                  no_computation):  # fmt: skip
    err = refused(capsys, "wsx", "cis", "--reviewed", "cis-wsx")
    assert "--reviewed cis-wsx: the reviewed cross-walk maps cis to wsx, but the frameworks " in err
    assert "'cis:people-l1-1' is not a statement of WSX Mind" in err
    assert "expected a cross-walk from WSX Mind to CiS, in that order" in err
    err = refused(capsys, "cis", "wsx", "--reviewed", str(tmp_path / "none.sssom.tsv"))
    assert "no such cross-walk file" in err
    err = refused(capsys, "cis", "wsx", "--reviewed", "")
    assert "--reviewed was given an empty file name" in err


def test_block_changes_memory_not_results(capsys):
    args = ("cis", "wsx", "--method", "lexical", "--top", "2")
    outs = []
    for block in ("1", "7", "1024"):
        code, out, err = run(capsys, *args, "--block", block)
        assert code == 0, err
        outs.append(out)
    assert outs[0] == outs[1] == outs[2]


@pytest.mark.parametrize("value", ["0", "-3", "many", "1.5"])
@pytest.mark.parametrize("option", ["--block", "--top"])
def test_block_and_top_must_be_whole_numbers_from_1(capsys, no_computation, option, value):
    err = refused(capsys, "cis", "wsx", option, value)
    assert f"argument {option}: expected a whole number of at least 1, not '{value}'" in err


def test_help_documents_reviewed_and_block(capsys):
    with pytest.raises(SystemExit):
        main(["crosswalk", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--reviewed FILE" in text and "pairs the reviewer rejected are left out of" in text
    assert "--block N" in text and "statements of A scored per block" in text


# 6. statements left out are said; nothing to write is an error ------------------------------
def test_statements_with_no_candidate_of_their_polarity_are_noted(capsys, tmp_path):
    target = tmp_path / "hse.csv"
    code, _, err = run(capsys, str(HSE), "wsx", "--method", "lexical", "-o", str(target))
    assert code == 0, err
    lines = err.splitlines()
    assert lines == [
        "compkit: note: 57 of 124 statements of HSE have no candidate of their polarity in "
        "WSX Mind, which has no ineffective statement (e.g. 'delegating work unequally to "
        "team', managing-workload-and-resources-neg-1): left out; cross_polarity=True "
        "(on the command line, --cross-polarity) matches across polarity",
        f"wrote {target}: 67 indicators, 335 suggestions (67 of 124 statements of HSE)",
    ]
    assert pd.read_csv(target)["subject_id"].nunique() == 67


def test_no_note_across_polarity(capsys, tmp_path):
    target = tmp_path / "hse.csv"
    code, _, err = run(capsys, str(HSE), "wsx", "--method", "lexical", "--cross-polarity",
                       "-o", str(target))  # fmt: skip
    assert code == 0, err
    assert err == f"wrote {target}: 124 indicators, 620 suggestions (all 124 statements of HSE)\n"


def test_nothing_of_a_common_polarity_is_an_error_and_writes_nothing(capsys, tmp_path,
                                                                     no_computation):  # fmt: skip
    a = tmp_path / "warnings.yaml"
    a.write_text(WARNINGS_ONLY, encoding="utf-8")
    for extra in ([], ["-o", str(tmp_path / "out.csv")]):
        err = refused(capsys, str(a), "wsx", "--method", "lexical", *extra)
        assert err == (
            "compkit: error: 2 of 2 statements of Warn have no candidate of their polarity in "
            "WSX Mind, which has no ineffective statement (e.g. 'interrupts colleagues in "
            "meetings', talk-neg-1): nothing to match; cross_polarity=True (on the command "
            "line, --cross-polarity) matches across polarity\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warnings.yaml"]


def test_warnings_only_across_polarity_is_written(capsys, tmp_path):
    a = tmp_path / "warnings.yaml"
    a.write_text(WARNINGS_ONLY, encoding="utf-8")
    code, out, err = run(capsys, str(a), "wsx", "--method", "lexical", "--top", "1",
                         "--cross-polarity")  # fmt: skip
    assert code == 0, err
    frame = pd.read_csv(StringIO(out))
    assert list(frame["subject_id"]) == ["talk-neg-1", "talk-neg-2"]


@pytest.mark.parametrize("suffix", [".sssom.tsv", ".xlsx"])
def test_reviewed_written_as_a_crosswalk_keeps_every_decision(capsys, tmp_path, suffix):
    out = tmp_path / f"cw{suffix}"
    code, _, err = run(capsys, "cis", "wsx", "--method", "lexical", "--top", "2",
                       "--reviewed", "cis-wsx", "-o", str(out))  # fmt: skip
    assert code == 0, err
    shipped = read_sssom("cis-wsx")
    decided = shipped[shipped["review_status"] != "suggested"]
    assert f"the reviewed cross-walk's {len(decided)} decisions, kept, and " in err
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        pairs = load_workbook(out)["Pairs"]
        header = [c.value for c in pairs[1]]
        rows = list(pairs.iter_rows(min_row=2, values_only=True))
        assert len(rows) > len(decided)
        assert {"rejected", "accepted", "no counterpart"} <= {
            r[header.index("Review")] for r in rows
        }
        return
    written = read_sssom(out)
    key = ["subject_id", "object_id"]
    both = decided.merge(written, on=key, how="left", suffixes=("", "_out"), indicator=True)
    assert (both["_merge"] == "both").all()
    for col in ("review_status", "predicate_id", "predicate_modifier", "reviewer_label",
                "mapping_date", "comment", "review_history"):  # fmt: skip
        assert both[col].fillna("").astype(str).eq(both[f"{col}_out"].fillna("")).all(), col
    assert (written["review_status"] == "suggested").any()  # undecided pairs suggested anew


def test_a_long_run_at_a_terminal_shows_progress(capsys, monkeypatch, tmp_path):
    # 5,000 statements took minutes to embed with no sign of life (the library's own bars
    # start at 20,000 texts): from PROGRESS_FROM statements, a terminal gets bars
    cli = importlib.import_module("compkit.cli.crosswalk")
    seen = []

    def suggest(*args, progress=None, **kwargs):
        seen.append(progress)
        return real(*args, progress=progress, **kwargs)

    module = importlib.import_module("compkit.crosswalk.suggest")
    real = module.suggest
    monkeypatch.setattr(module, "suggest", suggest)
    monkeypatch.setattr(cli, "PROGRESS_FROM", 100)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    out = tmp_path / "cw.csv"
    for a, b in (("cis", "wsx"), ("cis", "cis")):  # 215 and 124 statements
        code, _, err = run(capsys, a, b, "--method", "lexical", "--top", "1", "-o", str(out))
        assert code == 0, err
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    run(capsys, "cis", "wsx", "--method", "lexical", "--top", "1", "-o", str(out))
    assert seen == [True, True, None]
