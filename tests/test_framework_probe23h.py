"""The public Python API as a notebook user meets it (twenty-third round, helper H).

``counts()`` stays indexed by ids, which ``.loc`` and joins with ``indicators`` use; a reader
asks for the names with ``names=True``. Pinned on the bundled frameworks and a self-written
framework whose names and ids differ.
"""

from __future__ import annotations

import pandas as pd
import pytest

import compkit

#: Ids that say little and names that say it all, with a cell left undefined.
YAML = """\
schema_version: 2
id: terse
title: Terse Ids
organisation: Self-written
cumulative: true
levels:
  - {id: l1, name: Getting started, rank: 1}
  - {id: l2, name: Leading others, rank: 2}
competencies:
  - id: c1
    name: Planning the week
    undefined: [{level: l2, note: not defined by the publisher}]
    indicators:
      - {id: c1-1, level: l1, text: "Lists the tasks for the week."}
  - id: c2
    name: Talking to clients
    indicators:
      - {id: c2-1, level: l1, text: "Answers a client's email the same day."}
      - {id: c2-2, level: l2, text: "Leads the monthly call with a client."}
      - {id: c2-3, level: l2, text: "Explains a delay before it happens."}
"""


@pytest.fixture
def terse(tmp_path):
    path = tmp_path / "terse.yaml"
    path.write_text(YAML, encoding="utf-8")
    return compkit.load(path)


def test_counts_by_name_label_rows_and_columns_by_name(terse):
    table = terse.counts(names=True)
    assert table.index.tolist() == ["Planning the week", "Talking to clients"]
    assert table.columns.tolist() == ["Getting started", "Leading others"]
    assert (table.index.name, table.columns.name) == ("Competency", "Level")
    assert table.loc["Talking to clients", "Leading others"] == 2
    assert table.loc["Planning the week", "Leading others"] is pd.NA  # undefined, not 0


def test_counts_by_name_holds_the_same_numbers_in_the_same_order():
    for name in ("cis", "wsx"):
        fw = compkit.load(name)
        for polarity in ("effective", "all"):
            by_id = fw.counts(polarity=polarity)
            by_name = fw.counts(polarity=polarity, names=True)
            assert by_name.to_numpy().tolist() == by_id.to_numpy().tolist()
            assert by_name.index.tolist() == [c.name for c in fw.competency_records]


def test_counts_stay_indexed_by_ids_for_callers(terse):
    table = terse.counts()
    assert table.index.tolist() == ["c1", "c2"]
    assert (table.index.name, table.columns.name) == ("competency_id", "level")
    assert compkit.load("cis").counts().loc["people", "l3"] == 2


def test_counts_by_name_use_the_frameworks_own_word():
    wsx = compkit.load("wsx")
    assert wsx.counts(names=True).index.name == wsx.competency_term.capitalize()


def test_an_unreadable_framework_file_says_what_to_do(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "terse.yaml"
    path.write_text(YAML, encoding="utf-8")
    real = Path.read_bytes

    def refuse(self):
        if self == path:  # as chmod 000 refuses a user who is not root
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(compkit.CompkitError) as raised:
        compkit.load(path)
    assert str(raised.value) == (
        f"{path}: cannot read the file (permission denied); expected a file you may read: "
        "ask its owner for read access, or give a copy you can read"
    )


def test_a_rank_no_level_holds_names_the_ranks_there_are(tmp_path):
    """Ranks are an order: a level removed leaves a gap (1, 2, 4), which lookups name."""
    path = tmp_path / "gap.yaml"
    gap = YAML.replace("rank: 2}", "rank: 4}").replace(
        "levels:\n", "levels:\n  - {id: l0, name: Shadowing, rank: 2}\n"
    )
    path.write_text(gap, encoding="utf-8")
    fw = compkit.load(path)
    assert fw.level(4).name == "Leading others"
    with pytest.raises(compkit.UsageError, match="its levels rank 1, 2 and 4; expected one of"):
        fw.level(3)


def test_every_public_name_shows_an_example_to_run():
    import inspect

    missing = [
        name
        for name in compkit.__all__
        if not name.startswith("__")
        and ">>> " not in (inspect.getdoc(getattr(compkit, name)) or "")
    ]
    assert missing == []


def test_an_unreadable_workbook_is_said_so_in_python_too(tmp_path, monkeypatch):
    """``compkit.import_file`` raised PermissionError ("[Errno 13] ...") where the CLI spoke."""
    import io
    import os

    workbook = tmp_path / "terse.xlsx"
    compkit.authoring.exports.export(compkit.load("cis"), workbook, to="workbook")
    real = io.open

    def refuse(file, *args, **kwargs):  # as chmod 000 refuses a user who is not root
        if isinstance(file, str | os.PathLike) and os.fspath(file) == str(workbook):
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(compkit.CompkitError) as raised:
        compkit.import_file(workbook)
    assert str(raised.value) == (
        f"{workbook}: cannot read the file (permission denied); expected a file you may read: "
        "ask its owner for read access, or give a copy you can read"
    )


@pytest.mark.parametrize(
    "where",
    ["    name: Talking to clients\n", "  - id: c2\n"],  # before a key; before a list item
)
def test_a_tab_in_the_indentation_is_named_with_its_fix(tmp_path, where):
    path = tmp_path / "terse.yaml"
    tabbed = "\t" + where.lstrip(" ")
    text = YAML.replace(where, tabbed, 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as raised:
        compkit.load(path)
    (problem,) = raised.value.problems
    assert problem.line == text.splitlines().index(tabbed.rstrip("\n")) + 1
    assert problem.message == (
        "malformed YAML, column 1: a tab character in the indentation; expected spaces (YAML "
        "indents with spaces only: indent the line as the lines around it are)"
    )


def test_a_misspelt_list_key_is_named_once_not_at_every_reference(tmp_path):
    path = tmp_path / "terse.yaml"
    path.write_text(YAML.replace("levels:\n", "levles:\n", 1), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as raised:
        compkit.load(path)
    said = [p.message for p in raised.value.problems]
    assert said[0] == "missing required key 'levels'"
    assert said[1].startswith("unknown key 'levles'; expected one of: schema_version, id,")
    assert said[1].endswith("; did you mean 'levels'?")
    assert len(said) == 2  # not also "unknown level 'l1' ... declared levels: none" per statement


def test_a_misspelt_values_key_is_one_problem():
    from compkit.framework import data_dir

    text = (data_dir() / "frameworks" / "cis.yaml").read_text(encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as raised:
        compkit.framework.io.from_text(text.replace("\nvalues:\n", "\nvaleus:\n", 1))
    (problem,) = raised.value.problems
    assert problem.message.endswith("; did you mean 'values'?")
