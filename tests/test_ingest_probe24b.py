"""Tables of roles or values and their descriptions read back into their fields (round 24, B).

compkit's renders print a ``Value | Description`` table and a ``Role | Description`` table
(:mod:`compkit.authoring._named`); :mod:`compkit.ingest.describedtables` takes such a table
aside, before any other reading, and gives each description to its role or value. The
frameworks under ``tests/data/probe24b/`` (and round 23's, ``tests/data/authoring/probe23e3/``)
are self-written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.ingest import ingest  # the function, however compkit.ingest is bound
from compkit.testing.printing import in_place

DATA = Path(__file__).parent / "data"
FILES = [DATA / "probe24b" / "described.yaml", DATA / "authoring" / "probe23e3" / "described.yaml"]


def _said(records) -> dict[str, str]:
    return {r.name: " ".join(r.description.split()) for r in records if r.description}


@pytest.mark.parametrize("layout", ["competency", "level"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("path", FILES, ids=["quayside", "harbour"])
def test_descriptions_read_back(tmp_path, path, fmt, layout):
    fw = compkit.load(path)
    out = compkit.render(fw, tmp_path / f"x.{fmt}", to=fmt, layout=layout)
    back = ingest(out).framework
    assert _said(back.role_records) == _said(fw.role_records)
    assert _said(back.value_records) == _said(fw.value_records)
    assert in_place(fw, back) == len(fw.indicator_records) == len(back.indicator_records)
    assert [lv.name for lv in back.level_records] == [lv.name for lv in fw.level_records]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("path", FILES, ids=["quayside", "harbour"])
def test_no_statement_without_marks(tmp_path, path, fmt):
    fw = compkit.load(path)
    out = compkit.render(fw, tmp_path / f"x.{fmt}", to=fmt, marks=False)
    back = ingest(out).framework
    assert sorted(i.text for i in back.indicator_records) == sorted(
        i.text for i in fw.indicator_records
    )
    if fmt != "md":  # Markdown without marks: the level headings carry the roles' names
        assert _said(back.value_records) == _said(fw.value_records)


def test_a_source_table_of_values(tmp_path):
    """A source's own "Our values | Description" table: the values declared with their words."""
    text = "\n".join(
        [
            "# Crew Framework",
            "",
            "## Mooring",
            "",
            "### Crew",
            "",
            "- Ties a boat to a cleat.",
            "",
            "### Mate",
            "",
            "- Checks every line before a tide.",
            "",
            "## Our values",
            "",
            "| Value | Description |",
            "| --- | --- |",
            "| Care | We put the safety of passengers first. |",
            "| Candour | We say what we saw, early. |",
            "",
        ]
    )
    path = tmp_path / "crew.md"
    path.write_text(text, encoding="utf-8")
    back = ingest(path).framework
    assert _said(back.value_records) == {
        "Care": "We put the safety of passengers first.",
        "Candour": "We say what we saw, early.",
    }
    assert sorted(i.text for i in back.indicator_records) == [
        "Checks every line before a tide.",
        "Ties a boat to a cleat.",
    ]
