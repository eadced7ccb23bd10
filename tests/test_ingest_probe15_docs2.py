"""Fifteenth probe, documents: a job family's specialties and hiring rounds are no levels.

GitLab's Security Engineer job family (the GitLab handbook, CC BY-SA 4.0; fixture
``tests/data/ingest/probe15-docs/gitlab-security-engineer.md``, every heading in order, each
section shortened): its grades stand under "## Levels of Security Engineer roles", then its
specialties ("### Application Security" ...), an initiative's "### Project Expectations" and its
hiring rounds ("### Round 1") at the same rank. All 16 read as levels; a heading naming the levels
over some of them now sets the others aside (:mod:`compkit.ingest.ladderparents`).
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.blocks import Label, Para, Region
from compkit.ingest.ladderparents import beside_ladder

HERE = Path(__file__).parent / "data" / "ingest" / "probe15-docs"


def test_gitlab_security_specialties_and_hiring_rounds_are_no_levels():
    """16 levels (grades, specialties, 'Project Expectations', 'Round 1' ...): now the 5 grades."""
    result = compkit.ingest(HERE / "gitlab-security-engineer.md")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        f"{g} Security Engineer"
        for g in ("Intermediate", "Senior", "Staff", "Principal", "Distinguished")
    ]
    texts = {i.text for i in fw.indicator_records}
    assert "Triages/handles basic security issues" in texts
    assert "Support and evolve the bug bounty program." not in texts  # a specialty's: reported
    notes = " ".join(n.message for n in result.report.notes)
    assert "the text under 'Application Security' (3 sections, 5 paragraphs)" in notes
    assert "'### Screening call with Recruiter' is in no statement" in notes


def _page(sections: dict[str, list[str]]) -> list[Region]:
    return [
        Region((Label(parent, "##"), Label(name, "###")), [Para(f"- Does {name}.", {})])
        for parent, names in sections.items()
        for name in names
    ]


def test_a_heading_naming_levels_sets_same_rank_headings_elsewhere_aside():
    """Sourcegraph-like ladders and a lone "## Career levels" section are left alone."""
    grades = ["Junior Engineer", "Senior Engineer", "Staff Engineer"]
    tracks = {"Engineering levels": grades, "Hiring process": ["Round 1", "Round 2"]}
    assert beside_ladder(_page(tracks), "###") == {"Round 1", "Round 2"}
    # a level name stays a level wherever it stands
    managers = {"Levels": grades, "Management": ["Senior Engineering Manager", "Round 1"]}
    assert beside_ladder(_page(managers), "###") == {"Round 1"}
    # no heading names the levels, or only one section: nothing set aside
    assert beside_ladder(_page({"IC track": grades, "Hiring": ["Round 1"]}), "###") == set()
    assert beside_ladder(_page({"Career levels": grades}), "###") == set()
