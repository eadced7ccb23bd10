"""Nineteenth round, web pages, Markdown and text: the eighteenth round's leftovers and new shapes.

- Dwarves' engineering ladder (CC BY 4.0, committed in ``probe18-text``) opens with a section per
  aspect ("### Technical": a paragraph and a table of the aspect's own maturity scale) at the
  rank of its job levels ("### Junior Engineer" ...), which name the aspects inside them as bold
  lines. Read whole, the eleven headings made one tier: the levels were read as competencies and
  the two track headings as the levels (104 statements in 7 × 2 cells).
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.aspectintros import introducing_headings

DATA = Path(__file__).parent / "data" / "ingest"
DWARVES = DATA / "probe18-text" / "dwarves-engineering-ladder.md"


def _rows(fw):
    ind = fw.indicators
    return sorted(zip(ind.competency, ind.level, ind.polarity, ind.text, strict=True))


def test_dwarves_full_page_reads_its_job_levels_as_levels():
    text = DWARVES.read_text(encoding="utf-8")
    result = compkit.ingest(DWARVES)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        "Junior Engineer",
        "Mid-level Engineer",
        "Senior Engineer",
        "Staff Engineer",
        "Principle Engineer",
        "Tech Lead",
        "Engineering Lead",
    ]
    assert [c.name for c in fw.competency_records] == [
        "Technical",
        "Execution",
        "Influence",
        "Collaboration & communication",
    ]
    ladder = text[text.index("## IC track") :]
    items = [line[2:].strip() for line in ladder.splitlines() if line.startswith("- ")]
    assert sorted(fw.indicators["text"]) == sorted(items)  # 97, every one once
    assert (
        "Influence",
        "tech-lead",
        "effective",
        "Contributes to the career development of others.",
    ) in _rows(fw)
    said = list(result.report.to_frame()["message"])
    assert (
        "4 headings ('Technical', 'Execution', ...) introduce the competencies named inside "
        "each level's section, at the levels' own rank: read as the page's introduction, not "
        "as labels"
    ) in said
    # the aspects' own maturity tables are a second scale: reported, not read as statements
    assert "'Adopt' is in no statement, name or description" in said
    # what the aspects' sections say stands in the introduction, word for word
    intro = [p.text for p in fw.introduction]
    assert any(t.startswith("This aspect focus on technical skills") for t in intro)


ASPECTS = """\
# Support Ladder

## Craft

What craft means here: the quality of each answer.

| Stage | What it looks like |
| --- | --- |
| Learn | Follows the templates |
| Shape | Writes the templates |

## Care

How we look after the people who write in.

## Associate

**Craft**

- Answers common tickets with a template
- Asks for help when a ticket is unclear

**Care**

- Thanks each customer by name

## Senior

**Craft**

- Handles escalations on their own

**Care**

- Calls back a customer who waited too long
"""


def test_sections_introducing_the_competencies_beside_the_levels_are_no_labels(tmp_path):
    path = tmp_path / "aspects.md"
    path.write_text(ASPECTS, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Associate", "Senior"]
    assert [c.name for c in fw.competency_records] == ["Craft", "Care"]
    assert len(fw.indicators) == 5
    assert ("Care", "senior", "effective", "Calls back a customer who waited too long") in _rows(fw)
    # every statement as without the introducing sections, in its cell
    plain = tmp_path / "plain.md"
    plain.write_text(ASPECTS[ASPECTS.index("## Associate") :], encoding="utf-8")
    assert _rows(fw) == _rows(compkit.ingest(plain).framework)


def test_a_heading_repeated_under_every_level_is_no_level():
    # "#### Analysis" is also named under each level's "Skills needed for this level": one name
    # repeated, no ladder of levels, so the introduction keeps its heading (read as before)
    lines = [
        "# Researcher",
        "### Required skills",
        "#### Analysis",
        "You turn data into findings.",
        "#### Methods",
        "You know the methods.",
        "### Associate",
        "#### Skills needed for this level",
        "##### Analysis",
        "You know about analysis.",
        "##### Methods",
        "You know some methods.",
        "### Senior",
        "#### Skills needed for this level",
        "##### Analysis",
        "You lead analysis.",
        "##### Methods",
        "You choose the methods.",
    ]
    assert introducing_headings(lines) == (lines, [])
    # one introducing heading alone is left as it stands
    lone = [
        "# L",
        "## Craft",
        "About craft.",
        "## A",
        "**Craft**",
        "- x",
        "## B",
        "**Craft**",
        "- y",
    ]
    assert introducing_headings(lone) == (lone, [])
    # a section holding a list of its own is a level or a competency, not an introduction
    listed = ["# L", "## Craft", "- Writes", "## Care", "- Listens", "## A", "**Craft**",
              "**Care**", "## B", "**Craft**", "**Care**"]  # fmt: skip
    assert introducing_headings(listed) == (listed, [])


# Levels as plain numbered lines under each competency, "0 - None" first (the shape of
# hanfak's core engineering ladder on GitHub, no licence stated; the text here is written
# for the test)
NUMBERED = """\
# Platform Ladder

# Observability
0 - None
1 - Understand
- Reads the dashboards for their own service
2 - Apply
- Adds metrics to a new endpoint
- Writes an alert with a runbook
3 - Teach
- Runs a tracing workshop for other teams

# Incident response
0 - None
1 - Understand
- Joins an incident call when paged
2 - Apply
- Leads the response to a minor incident
3 - Teach
- Trains new incident commanders
"""


def test_a_numbered_level_line_keeps_its_number_as_numbering_not_name(tmp_path):
    path = tmp_path / "numbered.md"
    path.write_text(NUMBERED, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [(lv.id, lv.name, lv.rank) for lv in fw.level_records] == [
        ("understand", "Understand", 1),
        ("apply", "Apply", 2),
        ("teach", "Teach", 3),
    ]
    assert [lv.source.numbers for lv in fw.level_records] == [(1,), (2,), (3,)]
    assert ("Observability", "apply", "effective", "Writes an alert with a runbook") in _rows(fw)
    assert len(fw.indicators) == 7
    said = list(result.report.to_frame()["message"])
    assert any(
        m.startswith("level lines '1 - Understand', '2 - Apply', '3 - Teach' name the levels")
        for m in said
    )


def test_numbered_level_lines_that_disagree_keep_their_printed_names(tmp_path):
    # a number that goes with two names is no numbering of one scale: names as printed
    text = NUMBERED.replace("2 - Apply\n- Leads", "2 - Lead\n- Leads")
    assert text != NUMBERED
    path = tmp_path / "mixed.md"
    path.write_text(text, encoding="utf-8")
    names = [lv.name for lv in compkit.ingest(path).framework.level_records]
    assert "1 - Understand" in names


def test_a_task_box_holding_a_no_break_space_is_a_blank_box(tmp_path):
    # Abtion's engineering manager ladder on GitHub (no licence stated, measured in /tmp only)
    # types one of its 34 boxes "- [\u00a0] ...": the box was kept in the statement, 33 of 34
    text = (
        "# Ladder\n\n## Level 1: Manager\n\n### Coaching\n\n- [ ] Holds weekly one-on-ones.\n"
        "- [\u00a0] Helps each report set a goal.\n\n### Hiring\n\n- [x] Interviews candidates.\n\n"
        "## Level 2: Senior Manager\n\n### Coaching\n\n- [ ] Coaches new managers.\n\n"
        "### Hiring\n\n- [ ] Plans headcount.\n"
    )
    path = tmp_path / "boxes.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert ("Coaching", "level-1-manager", "effective", "Helps each report set a goal.") in _rows(
        fw
    )
    assert not any("[" in t for t in fw.indicators["text"])
    assert len(fw.indicators) == 5


# A skills matrix on a web page, its level columns headed twice: "Level" spanning six columns
# over "L1" ... "L6" (self-written)
SPANNED = """\
<html><head><title>Engineering Matrix</title></head><body>
<h1>Engineering Matrix</h1>
<table>
<tr><th rowspan="2">Skill</th><th colspan="6">Level</th></tr>
<tr><th>L1</th><th>L2</th><th>L3</th><th>L4</th><th>L5</th><th>L6</th></tr>
<tr><td>Testing</td><td>Writes unit tests.</td><td>Writes integration tests.</td>
<td>Designs test plans.</td><td>Sets the team's test strategy.</td>
<td>Shapes testing across teams.</td><td>Defines the company's quality bar.</td></tr>
<tr><td>Delivery</td><td>Ships small tasks.</td><td>Ships features.</td><td>Ships projects.</td>
<td>Leads projects.</td><td>Leads programs.</td><td>Sets the roadmap.</td></tr>
</table></body></html>
"""


def test_a_word_spanning_the_level_columns_over_their_names_is_one_header(tmp_path):
    path = tmp_path / "matrix.html"
    path.write_text(SPANNED, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["L1", "L2", "L3", "L4", "L5", "L6"]
    assert [c.name for c in fw.competency_records] == ["Testing", "Delivery"]
    assert len(fw.indicators) == 12
    assert ("Delivery", "l6", "effective", "Sets the roadmap.") in _rows(fw)
    said = list(result.report.to_frame()["message"])
    assert (
        "a header over two rows ('Level' over 'L1', 'L2', 'L3', ...) read as one: 'Level' names "
        "the columns"
    ) in said
    # the same table in Markdown reads the same
    page = tmp_path / "matrix.md"
    page.write_text(SPANNED.split("<body>")[1].split("</body>")[0], encoding="utf-8")
    assert _rows(compkit.ingest(page).framework) == _rows(fw)


# A first-person ladder: each cell's two sides introduced by the holder's promise, "I will:"
# and "I won't:", as lines over their lists (self-written)
PROMISES = """\
# Team Behaviours

## Collaboration

### Level 1

I will:

- share my work early
- ask for help when stuck

I won't:

- hide problems from the team

### Level 2

I will:

- run a retro

I won't:

- blame others for missed deadlines

## Ownership

### Level 1

I will:

- finish what I start

I won't:

- leave tickets unassigned

### Level 2

I will:

- own a service end to end

I won't:

- ignore alerts on my service
"""


def test_i_will_and_i_wont_lines_in_a_cell_name_its_two_sides(tmp_path):
    path = tmp_path / "promises.md"
    path.write_text(PROMISES, encoding="utf-8")
    fw = compkit.ingest(path).framework
    rows = _rows(fw)
    assert len(rows) == 9
    assert ("Collaboration", "level-2", "ineffective", "blame others for missed deadlines") in rows
    assert ("Ownership", "level-1", "effective", "finish what I start") in rows
    assert sum(p == "ineffective" for _, _, p, _ in rows) == 4
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
