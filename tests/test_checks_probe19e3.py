"""Nineteenth probe round (E3): every checker finding placed in its framework file.

``compkit.checks.file_lines`` placed findings about statements and competencies only; a
finding about a level's cell, a value, a role's requirement, a group, a role or the framework
as a whole had no line, though the loader's line map knows each. Now each is at the line of
the thing it is about, and a finding about two statements also gives the related statement's
line (``related_line``, a new column after the old ones). The fixtures under
``tests/data/checks/probe19e3/`` are self-written: one finding of each such kind.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from compkit import load
from compkit.checks import FINDING_COLUMNS, check, file_lines
from compkit.cli import main

HERE = Path(__file__).parent / "data" / "checks" / "probe19e3"


def placed(path: Path, **options):
    """The findings of the framework file at ``path``, each with the text of its line."""
    fw = load(path)
    table = file_lines(check(fw, **options), fw)
    lines = path.read_text(encoding="utf-8").splitlines()

    def at(n: int) -> str:
        return lines[n - 1].strip() if n > 0 else ""

    return table.assign(
        at=[at(n) for n in table["line"]], related_at=[at(n) for n in table["related_line"]]
    )


def test_each_finding_not_about_one_statement_is_at_the_entry_of_its_subject():
    table = placed(HERE / "harbour.yaml")
    got = {(r.code, r.subject): r.at for r in table.itertuples()}
    assert got == {
        # an empty cell: its competency, where levels: or undefined: would say so
        ("S001", ""): "- id: planning",
        # a cell's numbering: the cell's first statement
        ("S002", ""): "text: Listens to colleagues' views before deciding what to do.",
        # the framework as a whole: the field concerned
        ("S004", ""): "cumulative: false",
        # a role's requirement: its line under requires:, not the competency's entry
        ("S005", "lead-two"): "listening: l3",
        ("S008", "competency planning"): "- id: planning",
        ("S008", "group people"): "- {id: people, name: People}",
        ("S008", "role lead"): "- id: lead",
        ("C003", ""): "text: Plans the team's work for the week ahead with care.",
        # 3 straight apostrophes and 1 curly: at the curly one, the odd one out
        ("T012", "apostrophes"): "text: Helps the team hear each other\u2019s views in meetings.",
        ("V001", "brave"): "- {id: brave, name: BRAVE}",
        ("V003", "kind"): "- {id: kind, name: KIND}",
    }


def test_a_finding_about_two_statements_gives_the_related_statements_line():
    table = placed(HERE / "harbour.yaml", select="C003")
    (row,) = table.itertuples()
    assert row.related_id == "planning-l1-2"
    assert row.related_at == "text: Plans the team's work for the week ahead with great care."
    assert list(table.columns[: len(FINDING_COLUMNS) + 3]) == [
        *FINDING_COLUMNS,
        "file",
        "line",
        "related_line",
    ]
    # the bundled frameworks: every related statement at its own text
    for fid in ("cis", "wsx"):
        fw = load(fid)
        table = placed(fw.path)
        pairs = table[table["related_id"] != ""]
        assert len(pairs) and (pairs["related_line"] > 0).all()
        for r in pairs.itertuples():
            text = next(i.text for i in fw.indicator_records if i.id == r.related_id)
            assert r.related_at.startswith("text: ") and text.startswith(r.related_at[6:40])
    # a finding about one statement has none
    assert (table.loc[table["related_id"] == "", "related_line"] == 0).all()


def test_values_referred_to_are_at_the_values_key_or_at_no_line_without_one():
    # the file says values: [] -- the field concerned
    (wsx,) = placed(load("wsx").path, select="V002").itertuples()
    assert wsx.at.startswith("values: []")
    # no values: key at all: nothing to point at, and no line is made up
    (cove,) = placed(HERE / "cove.yaml", select="V002").itertuples()
    assert (cove.line, cove.file) == (0, str(HERE / "cove.yaml"))


def test_mixed_marks_point_at_the_rarer_kind_whichever_it_is():
    # WSX: 1 straight apostrophe among 15 curly ones
    (row,) = placed(load("wsx").path, select="T012").itertuples()
    assert "one's" in row.at and "\u2019" not in row.at


def test_a_side_of_a_cell_is_at_that_sides_first_statement(tmp_path):
    text = (HERE / "harbour.yaml").read_text(encoding="utf-8")
    # the listening cell at l1 gets an ineffective side numbered 1, 3 (the effective 1, 3 too)
    extra = (
        "      - id: listening-l1-neg-1\n        level: l1\n"
        "        text: Talks over colleagues in meetings.\n        polarity: ineffective\n"
        "        source: {numbers: [1]}\n"
        "      - id: listening-l1-neg-2\n        level: l1\n"
        "        text: Decides before hearing what others think.\n        polarity: ineffective\n"
        "        source: {numbers: [3]}\n"
    )
    anchor = "      - id: listening-l2-1\n"
    path = tmp_path / "sides.yaml"
    path.write_text(text.replace(anchor, extra + anchor), encoding="utf-8")
    table = placed(path, select="S002")
    got = {r.subject: r.at for r in table.itertuples()}
    assert got == {
        "effective": "text: Listens to colleagues' views before deciding what to do.",
        "ineffective": "text: Talks over colleagues in meetings.",
    }


def test_a_repeated_name_is_found_under_the_frameworks_own_term(tmp_path):
    text = (HERE / "harbour.yaml").read_text(encoding="utf-8")
    path = tmp_path / "capability.yaml"
    path.write_text(
        text.replace("cumulative: false\n", "cumulative: false\ncompetency_term: capability\n"),
        encoding="utf-8",
    )
    table = placed(path, select="S008")
    assert dict(zip(table["subject"], table["at"], strict=True))["capability planning"] == (
        "- id: planning"
    )


def test_a_framework_with_no_file_has_no_line_and_no_related_line():
    fw = load(HERE / "harbour.yaml")
    unsaved = replace(fw, path=None)
    table = file_lines(check(unsaved), unsaved)
    assert len(table) and (table[["line", "related_line"]] == 0).all().all()
    assert set(table["file"]) == {""}


def test_check_json_adds_related_line_after_the_old_keys(capsys):
    assert main(["check", str(HERE / "harbour.yaml"), "--format", "json"]) == 1
    records = json.loads(capsys.readouterr().out)
    assert all(list(r) == [*FINDING_COLUMNS, "file", "line", "related_line"] for r in records)
    # every finding of the fixture has a line; only the near-duplicate has a related one
    assert all(isinstance(r["line"], int) for r in records)
    assert [r["code"] for r in records if r["related_line"] is not None] == ["C003"]


@pytest.mark.parametrize(("fid", "code"), [("cis", "V003"), ("wsx", "T012")])
def test_github_annotations_of_the_framework_as_a_whole_now_have_a_line(fid, code, capsys):
    assert main(["check", fid, "--select", code, "--format", "github"]) == 0
    (annotation,) = capsys.readouterr().out.splitlines()
    assert ",line=" in annotation.split("::")[1]
