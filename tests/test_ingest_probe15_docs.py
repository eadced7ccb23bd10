"""Fifteenth probe, documents: a "Scope" column beside level rows is the levels' description.

Fixtures in ``tests/data/ingest/probe15-docs`` (sources and licences in its README.md):

- Teleport's SRE levels (gravitational/careers, Apache-2.0), as published (Markdown holding an
  HTML table) and rebuilt as a web page, a Word table, a workbook and a CSV: its "Scope" column
  says what each level is. A sheet read it as the levels' descriptions; Markdown, HTML and Word
  read it as an eleventh competency (65 statements, was 59 in a sheet).
- Readify's Development Roles (Readify/madskillz, CC BY-SA 4.0) and the US Department of the
  Interior's competency table (public domain): ladders the round's mends leave as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.framework import to_dict

HERE = Path(__file__).parent / "data" / "ingest" / "probe15-docs"
SCOPE = [
    "Takes direction from the team to configure, automate, and troubleshoot internal or "
    "production systems",
    "Delivers solutions to achieve team-level goals",
    "Independently identifies and delivers solutions across a product area or technical systems",
    "Delivers business impact by leading multi-phase or cross-team efforts",
    "Contributes to the multi-year and multi-team technical strategy and deliver it through "
    "direct implementation or broad technical leadership",
    "Delivers results against strategic company level business objectives",
]
SKILLS = [
    "Collaboration",
    "Skills Development",
    "Mentorship",
    "Communications",
    "On-call",
    "Security",
    "Operations",
    "Development and Automation",
    "Reliability",
    "Systems Engineering",
]


def _cells(result) -> set[tuple[str, str, str]]:
    doc = to_dict(result.framework)
    return {
        (c["name"], i["level"], i["text"]) for c in doc["competencies"] for i in c["indicators"]
    }


@pytest.mark.parametrize("suffix", ["md", "html", "docx", "csv", "xlsx"])
def test_teleport_scope_column_is_each_levels_description_in_every_file(suffix):
    """Markdown, HTML and Word read "Scope" as a competency (65 statements); now as a sheet."""
    result = compkit.ingest(HERE / f"teleport-sre.{suffix}")
    fw = result.framework
    assert [c.name for c in fw.competency_records] == SKILLS
    assert [lv.description for lv in fw.level_records] == SCOPE
    assert len(fw.indicators) == 59
    assert _cells(result) == _cells(compkit.ingest(HERE / "teleport-sre.xlsx"))


def test_teleport_scope_column_is_said_in_the_report():
    """The guess is reported once, naming the column."""
    notes = [n.message for n in compkit.ingest(HERE / "teleport-sre.html").report.notes]
    assert notes.count("the 'Scope' column read as each level's description") == 1


def test_a_scope_label_under_a_level_heading_stays_a_competency(tmp_path):
    """Only a table's column: "**Scope:**" under "### IC1" names a dimension of the ladder."""
    path = tmp_path / "ladder.md"
    path.write_text(
        "".join(
            f"### IC{n} - Engineer\n\n**Scope:** Features and small projects ({n}-3 months)\n\n"
            f"**Autonomy:**\n\n- Works with guidance {n}\n\n"
            for n in (1, 2, 3)
        ),
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert [c.name for c in fw.competency_records] == ["Scope", "Autonomy"]


def test_ladders_without_a_scope_column_or_a_levels_heading_read_as_before():
    """Readify's roles (no heading over them) and a table of competencies keep their reading."""
    readify = compkit.ingest(HERE / "readify-development.md").framework
    assert len(readify.level_records) == 6
    assert len(readify.indicators) == 149  # the 21 sentence headings are statements (probe23b)
    with pytest.raises(compkit.CompkitError, match="role profiles only, 3 roles"):
        compkit.ingest(HERE / "doi-ibc-competencies.html")  # grade lines alone (probe30g2)
