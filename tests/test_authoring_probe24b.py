"""Values' and roles' descriptions printed in every render, in tables of their own (round 24, B).

The framework under ``tests/data/probe24b/`` is self-written: values and roles with
descriptions (one of two paragraphs), a value no competency expresses, a value and a role
without one. A render prints a ``Value | Description`` table (under "Values", or by level with
the list of competencies) and a ``Role | Description`` table under "Role profiles", before the
levels each role requires; read back without compkit's marks (a
re-typed document) they give no statement where the competencies stand under groups (round 23's
framework); reading them back into the roles' and values' fields is
``test_ingest_probe24b.py``'s (:mod:`compkit.ingest.describedtables`). A
framework without such descriptions renders as before (no table, no mark).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import compkit
from compkit.authoring import documents as D
from compkit.ingest import ingest  # the function, however compkit.ingest is bound
from compkit.testing.printing import in_place

FW = Path(__file__).parent / "data" / "probe24b" / "described.yaml"
HARBOUR = Path(__file__).parent / "data" / "authoring" / "probe23e3" / "described.yaml"


def _render(fw, fmt: str, layout: str, folder: Path, *, marks: bool = True) -> Path:
    path = folder / f"described.{fmt}"
    return compkit.render(fw, path, to=fmt, layout=layout, marks=marks)


def _words(path: Path) -> str:
    if path.suffix != ".docx":
        return path.read_text(encoding="utf-8")
    import docx

    doc = docx.Document(io.BytesIO(path.read_bytes()))
    return "\n".join(" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows)


@pytest.mark.parametrize("layout", ["competency", "level"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_descriptions_printed_in_tables(tmp_path, fmt, layout):
    text = _words(_render(compkit.load(FW), fmt, layout, tmp_path))
    if fmt == "md":
        assert "| Value | Description |" in text and "| Role | Description |" in text
        assert "| Thrift |" not in text and "| Relief Master |  |" not in text
        assert "| Candour | We say what we saw, early. A near miss is reported" in text
    elif fmt == "html":
        assert '<table class="values">' in text
        assert '<th scope="col">Role</th><th scope="col">Description</th>' in text
        assert "<td><p>Runs the deck on each crossing.</p><p>Stands in for the master.</p>" in text
    else:
        assert "Value | Description" in text and "Role | Description" in text
        assert "Welcome | Every passenger is greeted by name where we can." in text
        assert "First Mate | Runs the deck on each crossing.\nStands in for the master." in text


@pytest.mark.parametrize("layout", ["competency", "level"])
@pytest.mark.parametrize("marks", [True, False])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_description_tables_hold_no_statement(tmp_path, fmt, marks, layout):
    """Round 23's framework (its groups hold the competencies): no description a statement."""
    fw = compkit.load(HARBOUR)
    path = _render(fw, fmt, layout, tmp_path, marks=marks)
    back = ingest(path).framework
    assert "Crews the launches and keeps the quay tidy." in _words(path)
    assert sorted(i.text for i in back.indicator_records) == sorted(
        i.text for i in fw.indicator_records
    )
    if marks:
        assert in_place(fw, back) == len(fw.indicator_records)
        assert {lv.name for lv in back.level_records} == {lv.name for lv in fw.level_records}


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_no_descriptions_no_tables(tmp_path, fmt):
    """WSX Mind's values and roles have no descriptions: no table, no mark naming one."""
    text = _words(_render(compkit.load("wsx"), fmt, "competency", tmp_path))
    assert "Value | Description" not in text and "Role | Description" not in text
    assert '<table class="values">' not in text and '"values"' not in text


def test_values_table_up_front_by_level(tmp_path):
    """By level, the values' table closes the list of competencies (no heading at a level's
    rank); by competency it stands under its own heading, which the marks name."""
    fw = compkit.load(HARBOUR)
    by_level = D.render_markdown(fw, layout="level")
    assert "## Values" not in by_level
    assert by_level.index("| Value | Description |") < by_level.index("## Entry")
    assert "## Values" in D.render_markdown(fw, layout="competency")
    assert D._roles(fw, "competency")["values"] == "Values"
    assert D._roles(fw, "level")["values"] == ""
    assert D._roles(compkit.load("cis"))["values"] == ""
