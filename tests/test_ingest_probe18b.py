"""Eighteenth round, web pages, Markdown and text: shapes found on real pages, self-written here.

- Divider headings: a Markdown ladder (hanfak's "Core Engineer Progression" on GitHub, no
  licence stated, so measured in /tmp only) parts its 28 competencies into three groups with
  empty headings of the competencies' own rank, "# --Engineering--", "# -- Customer --",
  "# -- People Culture --". They read as empty headings (three texts "in no statement, name or
  description") and the groups were lost. The fixtures below are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.dividers import divider_heading, divider_headings

DIVIDED = """\
# Delivery Ladder

# -- Craft --

# Testing
How we test.

## Level 1
- I write unit tests for my own changes
- I run the test suite before I ask for review

## Level 2
- I design tests that catch regressions early

# Code Review
## Level 1
- I review small changes with care

## Level 2
- I help others give useful reviews

# --People--

<!-- the people side of the ladder -->

# Mentoring
## Level 1
- I share what I learn with my team

## Level 2
- I coach a newer colleague through a project
"""


def _rows(fw):
    ind = fw.indicators
    return sorted(zip(ind.competency, ind.level, ind.polarity, ind.text, strict=True))


def test_divider_headings_group_the_competencies_below_them(tmp_path):
    path = tmp_path / "ladder.md"
    path.write_text(DIVIDED, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    groups = {g.id: g.name for g in fw.group_records}
    assert sorted(groups.values()) == ["Craft", "People"]
    assert {c.name: groups[c.group] for c in fw.competency_records} == {
        "Testing": "Craft",
        "Code Review": "Craft",
        "Mentoring": "People",
    }
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert fw.title == "Delivery Ladder"
    # every statement as without the dividers, in its cell
    plain = tmp_path / "plain.md"
    plain.write_text(
        "\n".join(line for line in DIVIDED.splitlines() if not divider_heading(line.lstrip("# "))),
        encoding="utf-8",
    )
    assert _rows(fw) == _rows(compkit.ingest(plain).framework)
    assert len(fw.indicators) == 7
    said = [m for m in result.report.to_frame()["message"]]
    assert not any("-- Craft --" in m and "in no statement" in m for m in said)
    assert any("2 divider headings ('-- Craft --', ...) read as groups" in m for m in said)
    # where each group's divider stands
    sources = {g.name: g.source for g in fw.group_records}
    assert sources["Craft"].lines == (3,)
    assert sources["People"].lines == (22,)


def test_a_lone_divider_or_one_holding_text_is_left_as_it_is():
    lone = ["# -- Craft --", "# Testing", "## Level 1", "- I test"]
    assert divider_headings(lone) == (lone, [])
    holding = ["# -- Craft --", "Our craft.", "# Testing", "# -- People --", "# Mentoring"]
    assert divider_headings(holding) == (holding, [])
    # bold or struck-through names are emphasis, not rules
    assert divider_heading("**Craft**") is None
    assert divider_heading("~~Craft~~") is None
    assert divider_heading("— People —") == "People"
    # dividers already over deeper headings group them as they stand
    deeper = ["# -- Craft --", "## Testing", "# -- People --", "## Mentoring"]
    assert divider_headings(deeper) == (deeper, [])


# A ladder by job level, its competencies bold lines over lists, a note under one list
# (the shape of Dwarves' engineering ladder, CC BY 4.0; the text here is written for the test)
NOTED = """\
# Support Ladder

### Associate

**Craft**

- Answers common tickets with a template
- Asks for help when a ticket is unclear

**Teamwork**

- Shares what they learn in stand-up

### Senior

**Craft**

- Handles escalations on their own
- Writes the templates others use

Note: most people take on some mentoring before they reach this level.

**Teamwork**

- Mentors an associate
- Runs the weekly review

NB: roughly the same scope as a team lead.
"""


def test_a_note_under_a_list_is_set_aside_not_read_as_a_statement(tmp_path):
    path = tmp_path / "noted.md"
    path.write_text(NOTED, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Associate", "Senior"]
    rows = _rows(fw)
    assert len(rows) == 7
    assert not any(text.startswith(("Note:", "NB:")) for *_, text in rows)
    assert ("Craft", "senior", "effective", "Writes the templates others use") in rows
    said = list(result.report.to_frame()["message"])
    assert (
        "'Note: most people take on some mentoring before they reach this level.' in the "
        'Senior "Craft" cell is a note, not a statement'
    ) in said
    assert any(m.startswith("'NB: roughly the same scope") for m in said)


def test_a_listed_note_and_a_lone_note_stay_as_printed():
    from compkit.ingest.blocks import Para
    from compkit.ingest.cellnotes import cell_notes

    listed = [Para("Note: keeps notes of decisions", {}, bullet=True), Para("Ships", {})]
    assert cell_notes(listed) == (listed, [])
    lone = [Para("Note: to be written.", {})]
    assert cell_notes(lone) == (lone, [])


TRACKS = """\
# Support Ladder

## Specialist track

### Associate

**Craft**

- Answers common tickets with a template

**Teamwork**

- Shares what they learn in stand-up

**Writing**

- Keeps the help pages current

### Senior

**Craft**

- Handles escalations on their own

**Teamwork**

- Mentors an associate

**Writing**

- Rewrites a help page a quarter

## Lead track

### Team Lead

**Craft**

- Reviews the hardest escalations

**Teamwork**

- Plans the team's rota


**Writing**

- Sets the help pages' style
"""


def test_track_headings_over_the_levels_are_no_groups_of_the_competencies(tmp_path):
    path = tmp_path / "tracks.md"
    path.write_text(TRACKS, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Associate", "Senior", "Team Lead"]
    assert {c.name: c.group for c in fw.competency_records} == dict.fromkeys(
        ["Craft", "Teamwork", "Writing"]
    )
    assert list(fw.group_records) == []
    assert len(fw.indicators) == 9
    said = list(result.report.to_frame()["message"])
    assert (
        "2 headings ('Specialist track', 'Lead track') stand over the same competencies "
        "('Craft', 'Teamwork', ...): they part the levels, not the competencies, and are read as "
        "no group"
    ) in said
    # groups that each hold their own competencies are groups still (see the dividers above)


DWARVES = (
    Path(__file__).parent / "data" / "ingest" / "probe18-text" / "dwarves-engineering-ladder.md"
)


def test_dwarves_job_ladder_reads_every_list_item_in_its_cell(tmp_path):
    # the ladder by job level, as the page prints it from "## IC track" on (its aspect tables
    # above are a second scale: see docs/history.md, eighteenth round)
    text = DWARVES.read_text(encoding="utf-8")
    ladder = text[text.index("## IC track") :]
    path = tmp_path / "ladder.md"
    path.write_text(ladder, encoding="utf-8")
    fw = compkit.ingest(path).framework
    items = [line[2:].strip() for line in ladder.splitlines() if line.startswith("- ")]
    assert len(items) == 97
    assert sorted(fw.indicators["text"]) == sorted(items)  # the two notes set aside
    assert [lv.name for lv in fw.level_records] == [
        "Junior Engineer",
        "Mid-level Engineer",
        "Senior Engineer",
        "Staff Engineer",
        "Principle Engineer",
        "Tech Lead",
        "Engineering Lead",
    ]
    assert {c.name: c.group for c in fw.competency_records} == dict.fromkeys(
        ["Technical", "Execution", "Influence", "Collaboration & communication"]
    )
    assert (
        "Influence",
        "tech-lead",
        "effective",
        "Contributes to the career development of others.",
    ) in _rows(fw)


def test_one_competency_named_in_two_groups_leaves_the_groups_be():
    from compkit.ingest.draft import Draft
    from compkit.ingest.report import IngestReport
    from compkit.ingest.trackgroups import ungroup_tracks

    draft = Draft(IngestReport("clusters.md"))
    seen: dict = {}
    clusters = {
        "Core": ["Communication", "Integrity", "Teamwork"],
        "Management": ["Communication", "Planning", "Delegating"],
    }
    for cluster, comps in clusters.items():
        for comp in comps:
            key = draft.competency(comp, group=cluster)
            seen.setdefault(key, {})[cluster.casefold()] = {"lines": [1]}
    assert ungroup_tracks(draft, seen) is None
    assert sorted(g.name for g in draft.groups.values()) == ["Core", "Management"]


def test_a_contents_list_of_links_to_the_page_is_no_introduction(tmp_path):
    page = (
        "# Delivery Ladder\n\nHow we grow.\n\n<!-- TOC -->\n\n- [Delivery Ladder](#delivery-ladder)\n"
        "- [-- Craft --](#-craft-)\n- [Testing](#testing)\n- [Code Review](#code-review)\n"
        "- [--People--](#--people--)\n- [Mentoring](#mentoring)\n\n<!-- /TOC -->\n\n"
        + DIVIDED.split("\n", 1)[1]
    )
    path = tmp_path / "toc.md"
    path.write_text(page, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [p.text for p in fw.introduction] == ["How we grow."]
    assert len(fw.indicators) == 7
    said = list(result.report.to_frame()["message"])
    assert "a table of contents (6 links to the page's own headings) set aside" in said
    # links to other pages are the page's text
    from compkit.ingest.mdcontents import contents_lists

    links = ["- [Guide](guide.md)", "- [Levels](https://example.org/levels)", "- [Roles](#roles)"]
    assert contents_lists(links) == (links, [])


DDAT = DWARVES.parent / "ddat-skills-a-to-z.html"


def test_a_web_page_is_said_to_be_read_as_a_page():
    result = compkit.ingest(DDAT)
    fw = result.framework
    said = list(result.report.to_frame()["message"])
    assert "the web page read as a browser shows it" in said
    assert "HTML in the Markdown read as a browser shows it" not in said
    # the GOV.UK skills page reads whole: 26 of 26 under their stem, one cell undefined
    assert len(fw.indicators) == 26
    assert [lv.name for lv in fw.level_records] == [
        "Awareness",
        "Working",
        "Practitioner",
        "Expert",
    ]
    assert fw.level_records[0].description == "Awareness is the first of 4 ascending skill levels"
    (undefined,) = [u for c in fw.competency_records for u in c.undefined]
    assert undefined.note == "This skill level is currently not defined."
