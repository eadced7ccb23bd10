"""Probe 22 E2: a by-level render's list of competencies read back as their descriptions.

Rendered by level, compkit says each competency's description and values once, in a list
before the levels, under the heading its marks name as the contents ("Themes in this
framework"). Read back, the statements came home but the list did not: FT's nine descriptions
joined the introduction (1 paragraph became 19), and where groups stand over the list (a
self-written rowing club's framework below) the group lines were read as a fourth level, with
five statements invented from the descriptions. The list's entries are now read as the
competencies they name under the levels (``compkit/ingest/describedlist.py``).
"""

from __future__ import annotations

import importlib

import pytest

import compkit
from compkit.authoring import render

FT = "tests/data/corpus/ft-engineering.yaml"

# A framework of our own words: groups, values, a description of two paragraphs, a competency
# with values and no description, one with neither, and one in no group among grouped ones.
HARBOUR = """\
schema_version: 1
id: harbourside
title: Harbourside Volunteer Framework
organisation: Harbourside Rowing Club
competency_term: strand
cumulative: true
introduction:
  - text: This framework describes what our volunteers do at each stage.
  - text: Use it when you plan a season.
levels:
  - {id: crew, name: Crew, rank: 1}
  - {id: cox, name: Cox, rank: 2}
  - {id: captain, name: Captain, rank: 3}
groups:
  - {id: water, name: On the water}
  - {id: shore, name: On the shore}
values:
  - {id: safety, name: Safety first}
  - {id: welcome, name: Everyone welcome}
competencies:
  - id: boat
    name: Boat handling
    group: water
    values: [safety]
    description: "Handles the club's boats with care in every weather.\\n\\nKnows when to stay ashore."
    indicators:
      - {id: boat-crew-1, level: crew, text: Carries a boat with three others.}
      - {id: boat-cox-1, level: cox, text: Steers a crew through the moorings.}
      - {id: boat-captain-1, level: captain, text: Decides whether crews go out.}
  - id: coaching
    name: Coaching
    group: water
    description: Helps newer rowers learn the stroke.
    indicators:
      - {id: coaching-crew-1, level: crew, text: Shows a novice how to hold an oar.}
      - {id: coaching-captain-1, level: captain, text: Plans the coaching for a season.}
  - id: hosting
    name: Hosting visitors
    group: shore
    values: [welcome, safety]
    indicators:
      - {id: hosting-crew-1, level: crew, text: Greets visitors at the boathouse door.}
      - {id: hosting-cox-1, level: cox, text: Shows visiting crews where to launch.}
  - id: upkeep
    name: Upkeep
    group: shore
    indicators:
      - {id: upkeep-crew-1, level: crew, text: Rinses the boats after an outing.}
      - {id: upkeep-captain-1, level: captain, text: Keeps the repair log.}
  - id: briefing
    name: Safety briefing
    description: Tells each crew the day's conditions.
    indicators:
      - {id: briefing-cox-1, level: cox, text: Reads the tide table aloud.}
"""

FORMATS = [".md", ".html", ".docx"]


def _cells(fw):
    names = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    return sorted((names[i.competency], levels[i.level], i.text) for i in fw.indicator_records)


def _said(fw):
    """Each competency's description, values and group, by name."""
    values = {v.id: v.name for v in fw.value_records}
    groups = {g.id: g.name for g in fw.group_records}
    return {
        c.name: (c.description, sorted(values[v] for v in c.values), groups.get(c.group))
        for c in fw.competency_records
    }


def _back(tmp_path, fw, suffix):
    path = render(fw, tmp_path / f"by-level{suffix}", layout="level")
    return compkit.ingest(path)


@pytest.fixture
def harbour(tmp_path):
    path = tmp_path / "harbour.yaml"
    path.write_text(HARBOUR, encoding="utf-8")
    return compkit.load(path)


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_list_before_the_levels_reads_back_as_descriptions_values_and_groups(
    tmp_path, harbour, suffix
):
    result = _back(tmp_path, harbour, suffix)
    back = result.framework
    assert [lv.name for lv in back.level_records] == ["Crew", "Cox", "Captain"]  # was 4 levels
    assert _cells(back) == _cells(harbour)  # was 14 to 17 statements, the descriptions among
    assert _said(back) == _said(harbour)
    assert [p.text for p in back.introduction] == [p.text for p in harbour.introduction]
    said = [n.message for n in result.report.notes]
    assert any(
        "'Strands in this framework' read as the descriptions and values of 4 strands" in m
        for m in said
    ), said


@pytest.mark.parametrize("suffix", FORMATS)
def test_only_a_heading_raised_under_the_levels_is_said_to_be_moved(tmp_path, harbour, suffix):
    notes = _back(tmp_path, harbour, suffix).report.notes
    moved = [n for n in notes if n.kind == "repair" and "at the rank of the others" in n.message]
    # the list's headings moved nothing: the one strand in no group, under the levels, did
    assert [n.message.split(" read as")[0] for n in moved] == ["'Safety briefing'"]
    where = int(moved[0].where.split()[1].rstrip(","))  # "line 63", "paragraph 32"
    assert where > 30, moved[0].where  # under the levels, not in the list up front


@pytest.mark.parametrize("suffix", FORMATS)
def test_ft_by_level_reads_back_its_nine_descriptions_and_one_introduction(tmp_path, suffix):
    fw = compkit.load(FT)
    back = _back(tmp_path, fw, suffix).framework
    assert _cells(back) == _cells(fw)
    assert _said(back) == _said(fw)  # 0 of 9 before; Word's 'Levels, lowest first' line apart
    assert [p.text for p in back.introduction] == [p.text for p in fw.introduction]  # was 19


def test_marks_of_another_layout_or_naming_no_competency_leave_the_regions_alone():
    from compkit.ingest.blocks import Document, Label, Para, Region

    read_described = importlib.import_module("compkit.ingest.describedlist").read_described
    top, level = Label("Themes in this framework", "##"), Label("Junior", "##")

    def doc(entry):
        return Document(
            [
                Region((top, Label(entry, "Theme N:", number=1)), [Para("Writes well.", {})]),
                Region((level, Label("Writing", "###", number=1)), [Para("- Writes.", {})]),
            ]
        )

    marks = {"layout": "level", "contents": "Themes in this framework", "levels": ["Junior"]}
    for kept, said in [
        (doc("Writing"), {**marks, "layout": "competency"}),  # by competency: the title page
        (doc("Reading"), marks),  # names no competency under the levels: its words unread
        (doc("Writing"), {**marks, "contents": ""}),  # no list marked
    ]:
        before = [r.labels for r in kept.regions]
        assert read_described(kept, said) == []
        assert [r.labels for r in kept.regions] == before
