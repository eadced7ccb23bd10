"""Nineteenth probe round (E2): ``compkit check`` in a CI pipeline and an editor.

A finding's ``source_lines`` point into the raw source the statements were read from; CI
annotations and editors need the framework file checked and the line in it. ``compkit check``
now gives both: ``file`` and ``line`` after the old CSV columns and JSON keys (a consumer of the
old JSON reads the same records), a ``path:line`` column opening the table, GitHub Actions
annotations (``--format github``), a Markdown table (``--format markdown``) and
``--fail-on {error,warning,info,never}``.
"""

import copy
import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

import compkit
from compkit.authoring import write_yaml
from compkit.checks import check
from compkit.checks.report import FINDING_COLUMNS
from compkit.cli import main
from compkit.cli.findings import github, located
from compkit.framework import data_dir
from compkit.framework.build import from_dict
from compkit.framework.export import csv_text

CLEAN_PATH = Path(__file__).parent / "data" / "checks" / "clean.yaml"
BUNDLED = {fid: str(data_dir() / "frameworks" / f"{fid}.yaml") for fid in ("cis", "wsx")}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def yaml_line(path, line):
    return Path(path).read_text(encoding="utf-8").splitlines()[line - 1]


def site_framework(tmp_path):
    """A self-written framework whose one instruction ("Act fast.") breaks the holder's voice."""
    levels = ["one", "two"]
    texts = {
        "one": ["Plans the work of the crew.", "Keeps the site log up to date."],
        "two": ["Checks every lift plan before it starts.", "Act fast."],
    }
    fw = from_dict(
        {
            "schema_version": 2,
            "id": "site",
            "title": "Site work",
            "organisation": "Harbour Works",
            "language": "en-GB",
            "levels": [{"id": lv, "name": lv.title(), "rank": k} for k, lv in enumerate(levels, 1)],
            "competencies": [
                {
                    "id": "site",
                    "name": "Site work",
                    "indicators": [
                        {"id": f"site-{lv}-{k}", "level": lv, "text": text}
                        for lv in levels
                        for k, text in enumerate(texts[lv], 1)
                    ],
                }
            ],
        }
    )
    path = tmp_path / "frameworks" / "site.yaml"
    path.parent.mkdir()
    write_yaml(fw, path)
    return path


@pytest.mark.parametrize("fid", ["cis", "wsx"])
def test_a_consumer_of_the_old_json_reads_the_same_records(fid, capsys):
    code, out, _ = run(capsys, "check", fid, "--format", "json")
    assert code == 0
    new = json.loads(out)
    # the old command wrote the report's frame as it was, key for key
    frame = check(fid).to_frame()
    old = json.loads(frame.to_json(orient="records", force_ascii=False, indent=1))
    assert [{k: r[k] for k in FINDING_COLUMNS} for r in new] == old
    assert all(list(r) == [*FINDING_COLUMNS, "file", "line", "related_line"] for r in new)
    assert {r["file"] for r in new} == {BUNDLED[fid]}  # the bundled YAML as the package has it
    for r in new:
        if r["indicator_id"]:
            assert yaml_line(r["file"], r["line"]).strip().startswith("text: ")
        else:  # the entry or field it is about (tests/test_checks_probe19e3.py)
            assert r["line"] > 0


def test_the_csv_keeps_its_old_columns_and_adds_file_and_line(capsys):
    code, out, _ = run(capsys, "check", "wsx", "--select", "T005", "--format", "csv")
    assert code == 0
    old = list(csv.reader(io.StringIO(csv_text(check("wsx", select="T005").to_frame()))))
    new = list(csv.reader(io.StringIO(out)))
    assert new[0] == [*old[0], "file", "line", "related_line"]
    ((*kept, file, line, related),) = new[1:]
    assert related == ""
    assert kept == old[1]
    assert file == BUNDLED["wsx"]
    assert "Wiling" in yaml_line(file, int(line))


def test_the_table_opens_each_finding_with_path_and_line(tmp_path, monkeypatch, capsys):
    path = site_framework(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", str(path), "--select", "T007")
    assert code == 0
    header, _, row, *under = out.splitlines()
    assert header.split()[:4] == ["path:line", "code", "severity", "statement"]
    spot = row.split()[0]
    assert spot.startswith("frameworks/site.yaml:")  # from the current folder, as editors link
    assert yaml_line(path, int(spot.split(":")[1])).strip() == "text: Act fast."
    assert row.split()[1:4] == ["T007", "warning", "site-two-2"]
    assert under[-1] == "    > Act fast."  # the message, then the statement, indented


def test_github_annotations_name_file_line_and_rule(tmp_path, capsys):
    code, out, _ = run(capsys, "check", "wsx", "--select", "T005", "--format", "github")
    assert code == 0
    (line,) = out.splitlines()
    props, message = line.removeprefix("::warning ").split("::")
    file, at, title = props.split(",")
    assert file == f"file={BUNDLED['wsx'].replace(':', '%3A')}"
    assert "Wiling" in yaml_line(BUNDLED["wsx"], int(at.removeprefix("line=")))
    assert title == "title=T005 misspelling"
    assert message == "'Wiling' looks misspelt; did you mean 'willing'?"
    # info findings are notices; one about a value is at the value's entry
    code, out, _ = run(capsys, "check", "cis", "--format", "github")
    kinds = {a.split(" ", 1)[0] for a in out.splitlines()}
    assert kinds == {"::warning", "::notice"}
    (whole,) = [a for a in out.splitlines() if "title=V003" in a]
    assert whole.startswith(f"::notice file={BUNDLED['cis']},line=72,title=V003 ")


def test_an_ingested_framework_not_yet_written_gets_no_file_and_no_line(tmp_path):
    # nothing to point at: no line is made up (source_lines still point into the source)
    source = tmp_path / "ladder.md"
    source.write_text(
        "# Site work\n\n## Level 1\n\n- Plans the work of the crew.\n- Act fast.\n\n"
        "## Level 2\n\n- Checks every lift plan before it starts.\n- Keeps the site log.\n",
        encoding="utf-8",
    )
    unsaved = compkit.ingest(source).framework
    assert unsaved.path is None
    frame = located(check(unsaved, select="T007"), unsaved)
    assert frame["file"].tolist() == [None]
    assert frame["line"].isna().all()
    assert github(frame).startswith("::warning title=T007 voice-breaks-pattern::")


def test_markdown_is_a_table_for_a_job_summary(capsys):
    code, out, _ = run(capsys, "check", "cis", "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("### compkit check: ") and lines[0].endswith("cis.yaml")
    assert lines[2] == "| Where | Rule | Severity | Statement | Finding |"
    assert len(lines) == 4 + 18  # heading, blank, header, rule, one row per finding
    assert (
        lines[4].startswith("| `") and "cis.yaml:138` | C002 restated-at-higher-level |" in lines[4]
    )
    assert pd.Series(lines[4:]).str.count(r"(?<!\\)\|").eq(6).all()  # no cell spills over
    code, out, _ = run(capsys, "check", "cis", "--select", "S005", "--format", "markdown")
    assert code == 0 and out.endswith("\n\nNo findings.\n")


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_sets_the_severity_that_fails_the_run(fail_on, expected, capsys):
    # CiS: 4 warnings, 14 info, no error
    assert run(capsys, "check", "cis", "--fail-on", fail_on)[0] == expected
    # T011 alone: info only
    info_only = run(capsys, "check", "cis", "--select", "T011", "--fail-on", fail_on)[0]
    assert info_only == (1 if fail_on == "info" else 0)


def test_fail_on_never_passes_a_framework_with_errors(tmp_path, capsys):
    doc = copy.deepcopy(yaml.safe_load(CLEAN_PATH.read_text()))
    doc["competencies"][1]["levels"] = ["one", "three"]  # a role needs a level not described
    doc["competencies"][1]["indicators"].pop(1)
    path = tmp_path / "fw.yaml"
    path.write_text(yaml.safe_dump(doc))
    assert run(capsys, "check", str(path))[0] == 1
    code, out, _ = run(capsys, "check", str(path), "--fail-on", "never", "--format", "github")
    assert code == 0
    assert out.startswith(f"::error file={str(path).replace(':', '%3A')},line=")


@pytest.mark.parametrize(
    ("option", "value", "choices"),
    [
        ("--fail-on", "warn", "'error', 'warning', 'info', 'never'"),
        ("--format", "gitlab", "'table', 'csv', 'json', 'github', 'markdown'"),
    ],
)
def test_a_bad_option_value_exits_2_with_one_line(option, value, choices, capsys):
    code, out, err = run(capsys, "check", "cis", option, value)
    assert code == 2 and not out
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"argument {option}: invalid choice: '{value}' (choose from {choices})" in err
