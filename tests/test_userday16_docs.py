"""A user's day on documents compkit had not seen (sixteenth round): a framework whose
ineffective behaviours are listed once per competency, for every grade, is read with them at a
last level "All levels" (Edinburgh Napier's Behavioural Competency Framework, as Word): the
report's key figures read its top level as that level, with no effective statement."""

import pytest

import compkit
from compkit.compare.headlines import headline_differences
from compkit.compare.tables import compare_overview

SIDES = """\
schema_version: 2
id: sides
title: Grades And Sides
organisation: Probe University
competency_term: competency
cumulative: false
language: en-GB
levels:
  - {id: g1, name: Grades 1-3, rank: 1}
  - {id: g2, name: Grades 4-6, rank: 2}
  - {id: all, name: All levels, rank: 3}
competencies:
  - id: c1
    name: Leading by Example
    indicators:
      - {id: c1-1, level: g1, text: "Treat individuals with dignity and respect"}
      - {id: c1-2, level: g1, text: "Give praise and credit to others"}
      - {id: c1-3, level: g2, text: "Lead and represent the University inside and outside"}
      - {id: c1-4, level: g2, text: "Champion institutional messages across the University"}
      - {id: c1-5, level: g2, text: "Champion the team within the department"}
      - {id: c1-6, level: g2, text: "Resolve and remove barriers to effective team working"}
      - {id: c1-n1, level: all, text: "Put personal agenda ahead of the team", polarity: ineffective}
      - {id: c1-n2, level: all, text: "Take credit for others actions", polarity: ineffective}
"""


@pytest.fixture
def sides(tmp_path):
    path = tmp_path / "sides.yaml"
    path.write_text(SIDES, encoding="utf-8")
    return compkit.load(path)


def test_key_figures_read_the_top_level_that_holds_statements(sides):
    """Growth, reach at the top and what a top-level holder must show skip a last level of
    ineffective statements only (were 0.0, 0% and 0, against the summary's 50% at the top)."""
    t = headline_differences(sides, "cis").set_index("measure")
    assert t.loc["statements at the top level / at the lowest", "sides"] == 2.0
    top = t.loc["top-level statements reaching the organisation or sector (%)", "sides"]
    assert top == 50.0
    assert (
        "at the top level 50% (Probe University)"
        in t.loc["top-level statements reaching the organisation or sector (%)", "finding"]
    )
    over = compare_overview(sides, "cis")
    assert over.loc["statements a top-level holder must show", "sides"] == 4


def test_a_level_of_ineffective_statements_only_asks_for_no_effective_one(tmp_path):
    """S001 reads a side list at 'All levels' as each competency's ineffective side: no 'no
    effective statements at All levels', no 'Only 2 of 8 cells have ineffective statements';
    a competency without its side list, and an empty grade, are still found."""
    extra = """\
  - id: c2
    name: Analysis
    indicators:
      - {id: c2-1, level: g1, text: "Gather the facts before deciding"}
      - {id: c2-n1, level: all, text: "Jump to conclusions", polarity: ineffective}
  - id: c3
    name: Planning
    indicators:
      - {id: c3-1, level: g1, text: "Plan own work"}
      - {id: c3-2, level: g2, text: "Plan the team's work"}
"""
    path = tmp_path / "sides.yaml"
    path.write_text(SIDES + extra, encoding="utf-8")
    found = compkit.check(compkit.load(path), select="S001").to_frame()
    assert sorted(found["message"]) == [
        "Analysis has no statements at Grades 4-6",
        "Planning has no ineffective statements at All levels",
    ]
