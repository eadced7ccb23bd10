"""Descriptions that survive a render: groups' (and, where listed, roles') read back (round 23, E3).

The framework under ``tests/data/authoring/probe23e3/`` is self-written: two groups with
descriptions (one of two paragraphs), values and roles with descriptions, four competencies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.authoring import documents as D
from compkit.testing.printing import in_place

HERE = Path(__file__).parent / "data" / "authoring" / "probe23e3"
FW = HERE / "described.yaml"


def _render(fw, fmt: str, layout: str, folder: Path) -> Path:
    path = folder / f"described.{fmt}"
    if fmt == "docx":
        path.write_bytes(D.render_docx(fw, layout=layout))
    else:
        path.write_text((D.render_markdown if fmt == "md" else D.render_html)(fw, layout=layout))
    return path


@pytest.mark.parametrize("layout", ["competency", "level"])
@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_group_descriptions_read_back(tmp_path, fmt, layout):
    fw = compkit.load(FW)
    back = compkit.ingest(_render(fw, fmt, layout, tmp_path)).framework
    assert {g.name: g.description for g in back.group_records} == {
        g.name: g.description for g in fw.group_records
    }
    assert in_place(fw, back) == len(fw.indicator_records)
    # a group's text is not run on into the competency listed above it
    assert {c.name: c.description for c in back.competency_records} == {
        c.name: c.description for c in fw.competency_records
    }


@pytest.mark.parametrize("layout", ["competency", "level"])
def test_group_description_printed_under_its_name(layout):
    text = D.render_markdown(FW, layout=layout)
    name = "Working on the water"
    said = "How we keep boats, moorings and crews safe."
    assert text.count(said) == 1  # once, by level too (not under every level)
    between = text[text.index(name) : text.index(said)]
    assert between.count("\n") == 2  # right under the group's name
    assert text.index(said) < text.index("Handling moorings")


def test_no_group_description_none_printed():
    """A group with no description gets no line: nothing is invented."""
    plain = D.render_markdown("tests/data/clustered.yaml", layout="competency")
    assert "## People\n\n### Domain 1: Leading others" in plain
