"""Review of round 28, findings 2 and 8 (helper G's fixes).

A skills table whose rows end in "-ment" ("Project Management") is no role ladder
(:mod:`compkit.ingest.roletables`), and front-matter topics whose shown titles collide keep
their identifiers rather than merging (:mod:`compkit.ingest.frontmatter`).
"""

from __future__ import annotations

import pytest

from compkit.errors import CompkitError
from compkit.ingest.api import ingest
from compkit.ingest.blocks import Document, Label, Region
from compkit.ingest.rolenames import person_word
from compkit.ingest.roletables import role_tables

_SKILLS = """# Engineering competencies

| Competency | Expectations | Responsibilities |
|---|---|---|
| Project Management | Plans work and tracks delivery | Owns the project plan |
| Stakeholder Engagement | Keeps stakeholders informed | Runs the steering meeting |
| People Development | Coaches peers | Runs one-to-ones |
"""


@pytest.mark.parametrize(
    "word",
    ["Contributors", "Maintainer", "Lead", "Analyst", "Chair", "Members", "Student", "Technician"],
)
def test_a_word_for_a_person_names_one(word):
    assert person_word(word)


@pytest.mark.parametrize(
    "word", ["Management", "Engagement", "Development", "Behavior", "Error", "Factors", "Content"]
)
def test_a_word_shaped_like_a_persons_names_none(word):
    assert not person_word(word)


def _cell(row: str, column: str) -> Region:
    labels = (Label(row, "row header"), Label(column, "column header"))
    return Region(labels, [], in_table=True)


def test_a_table_of_skills_by_what_each_asks_is_no_role_ladder():
    rows = ("Project Management", "Stakeholder Engagement", "People Development")
    doc = Document(regions=[_cell(r, c) for r in rows for c in ("Expectations", "Duties")])
    assert role_tables(doc) == []
    assert "level" not in doc.slots


def test_a_skills_table_is_not_read_with_its_skills_as_levels(tmp_path):
    path = tmp_path / "skills_table.md"
    path.write_text(_SKILLS, encoding="utf-8")
    with pytest.raises(CompkitError, match="no competency framework found"):
        ingest(path)


_TOPICS = """---
title: "Team framework"
topics:
  - name: "comms-written"
    title: "✍️ Communication"
    content:
      - level: 1
        criteria:
          - "Writes clear status updates"
      - level: 2
        criteria:
          - "Writes design documents for the team"
  - name: "comms-verbal"
    title: "🗣️ Communication"
    content:
      - level: 1
        criteria:
          - "Speaks up in stand-up"
      - level: 2
        criteria:
          - "Presents to other teams"
  - name: "craft"
    title: "🛠️ Craft"
    content:
      - level: 1
        criteria:
          - "Writes tested code"
      - level: 2
        criteria:
          - "Reviews others' code"
---
"""


def test_front_matter_topics_whose_titles_collide_keep_their_identifiers(tmp_path):
    path = tmp_path / "dup_titles.md"
    path.write_text(_TOPICS, encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert fw.competencies["competency"].tolist() == ["comms-written", "comms-verbal", "Craft"]
    grid = fw.indicators.groupby(["competency", "level_name"]).size()
    assert len(grid) == 6
    assert set(grid) == {1}
    written = fw.indicators.loc[fw.indicators["competency"] == "comms-written", "text"]
    assert written.tolist() == [
        "Writes clear status updates",
        "Writes design documents for the team",
    ]
    notes = "\n".join(n.message for n in result.report.notes)
    assert "'comms-written' ('Communication'), 'comms-verbal' ('Communication')" in notes
    assert "'Craft' for 'craft'" in notes
