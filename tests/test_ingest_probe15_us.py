"""Fifteenth probe, US public-sector pages: DOL's tiers are groups, DOI's "Definition" column.

Fixtures in ``tests/data/ingest/probe15-docs`` (sources and licences in its README.md):

- the Fundamentals of Health Care model (HPN with the US Department of Labor's ETA): its
  "Tier 5 - Industry Sector Competencies" heading read as a level. The DOL's Competency Model
  Clearinghouse builds every model as tiers of a pyramid, each a group of competencies named
  after its area ("Tier 1 - Personal Effectiveness Competencies" ... "Tier 9 - Management
  Competencies"); a tier named only by its number ("Tier 2") stays a level.
- the US Department of the Interior's competency table: its "Definition" column was reported
  unused; it is each competency's description.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import compkit
from compkit.ingest.levelnames import level_score, names_group

HERE = Path(__file__).parent / "data" / "ingest" / "probe15-docs"

#: the tiers of the DOL's building-blocks models, as the Clearinghouse names them
DOL_TIERS = [
    "Tier 1 – Personal Effectiveness Competencies",
    "Tier 2 – Academic Competencies",
    "Tier 3 – Workplace Competencies",
    "Tier 4 – Industry-Wide Technical Competencies",
    "Tier 5 - Industry Sector Competencies",
    "Tier 9 – Management Competencies",
]


@pytest.mark.parametrize("name", DOL_TIERS)
def test_a_tier_named_after_its_competencies_groups_them(name):
    assert names_group(name)
    assert level_score(name) == 0.0


@pytest.mark.parametrize(
    "name", ["Tier 2", "Tier 2 Competencies", "Tier 2 - Senior Engineer", "Level 2 Competencies"]
)
def test_a_tier_of_a_ladder_stays_a_level(name):
    assert not names_group(name)
    assert level_score(name) >= 0.6


def test_the_health_care_models_tier_is_a_group_not_a_level():
    result = compkit.ingest(HERE / "hpn-health-care-competencies.html")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["All levels"]
    groups = [g["name"] for g in result.document["groups"]]
    assert groups == ["Tier 5 - Industry Sector Competencies"]
    assert len(fw.indicators) == 29  # the work functions and their technical content, as before


def test_a_ladders_tiers_stay_levels(tmp_path):
    text = "# Ladder\n\n" + "".join(
        f"## Tier {n} - {name}\n\n### Delivery\n\n- {does}\n\n"
        for n, name, does in [
            (1, "Associate", "Delivers tasks with guidance."),
            (2, "Engineer", "Delivers features on their own."),
            (3, "Senior Engineer", "Delivers projects across teams."),
        ]
    )
    (tmp_path / "ladder.md").write_text(text, encoding="utf-8")
    fw = compkit.ingest(tmp_path / "ladder.md").framework
    assert [lv.name for lv in fw.level_records] == [
        "Tier 1 - Associate",
        "Tier 2 - Engineer",
        "Tier 3 - Senior Engineer",
    ]


def test_the_interior_tables_definition_column_is_each_competencys_description(tmp_path):
    page = (HERE / "doi-ibc-competencies.html").read_text(encoding="utf-8")
    page = page.replace("<th>Definition</th>", "<th>Definition</th><th>Behaviours</th>")
    page = re.sub(r"(<tr><td>([^<]*)</td><td>[^<]*</td>)", r"\1<td>Acts on \2.</td>", page)
    (tmp_path / "doi.html").write_text(page, encoding="utf-8")  # its grade lines alone: refused
    result = compkit.ingest(tmp_path / "doi.html")
    fw = result.framework
    first = fw.competency_records[0]
    assert first.name == "Analytical Thinking"
    assert first.description.startswith("Able to breakdown raw information")
    assert all(c.description for c in fw.competency_records)
    unused = [n.message for n in result.report.notes if n.kind == "unused"]
    assert all(m.startswith("role 'GS-") for m in unused)  # levels this page never describes
