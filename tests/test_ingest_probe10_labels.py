"""Tenth probe, labels: level headings among other headings of the same rank, pinned on excerpts.

The excerpts are cut from Markdown files published on GitHub, word for word (a few lines of
each; short quotes for testing, under each repository's terms as published):

- bordenet/bloginator, ``docs/examples/software_engineer_career_ladder.md``: one heading rank
  holds "### Level 1: Software Engineer (0-2 years)" ... "### Level 6: ..." beside advice
  sections ("### Promotion Process", "### For Leadership"), and "## Individual Contributor
  Track (Levels 1-3)" over the first three levels.
- jayzes/engineering-leader-thought-partner, ``templates/career-ladder.md``: "## L1: Software
  Engineer I" ... "## L3: ...", then a closing "## Promotion Process" over "### Promotion
  criteria".
"""

from __future__ import annotations

from compkit.ingest import ingest
from compkit.ingest.levelnames import level_run
from compkit.testing import cells_by_name

BORDENET = """\
# Software Engineer Career Ladder

## Overview and Philosophy

### Level Progression Framework

- **Level 1**: Entry-level engineer (0-2 years experience)
- **Senior**: Senior engineer (5-8 years experience)

## Individual Contributor Track (Levels 1-3)

### Level 1: Software Engineer (0-2 years)

**Key Expectations:**
- Complete assigned tasks with clear requirements
- Learn and apply team coding standards

### Level 2: Software Engineer II (2-5 years)

**Key Expectations:**
- Own feature development from design through deployment

### Level 3: Senior Software Engineer (5-8 years)

**Key Expectations:**
- Set technical direction for multi-sprint projects

## Senior Individual Contributor Track (Levels 4-6)

### Level 4: Staff Software Engineer (8-12 years)

**Key Expectations:**
- Define technical strategy for multiple teams or major systems

## Evaluation and Advancement

### Promotion Process

**Process Steps:**
1. Engineer and manager align on readiness
2. Engineer prepares self-assessment with impact evidence

### Common Pitfalls

**Avoid These Mistakes:**
- Neglecting communication and collaboration skills
"""

JAYZES = """\
# Engineering Career Ladder

## L1: Software Engineer I

### Technical Skills
- Writes clean, readable code

### Collaboration
- Asks for help when stuck

## L2: Software Engineer II

### Technical Skills
- Designs and implements features independently

### Collaboration
- Reviews code thoughtfully

## L3: Senior Software Engineer

### Technical Skills
- Leads technical design for complex projects

### Collaboration
- Mentors junior engineers

## Promotion Process

1. **Self-assessment**: Engineer documents their work against next level

### Promotion criteria
- Already operating at next level for 6+ months
- Peer feedback supports the assessment
"""


def _read(tmp_path, text: str, name: str = "ladder.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    result.framework  # noqa: B018 -- it validates
    return result.document, result.report


def _messages(report) -> list[str]:
    return report.to_frame()["message"].tolist()


def test_a_run_of_numbered_level_headings_among_other_headings():
    assert level_run(["Overview", "L1: A", "L2: B", "L3: C", "Promotion Process"]) == [
        "L1: A",
        "L2: B",
        "L3: C",
    ]
    assert level_run(["Level 1: A", "Level 2: B"]) == []  # two are no run
    assert level_run(["Level 1: A", "Level 3: B", "Level 4: C"]) == []  # a number missing
    assert level_run(["Level 1: A", "Scope", "Level 2: B", "Level 3: C"]) == []  # broken


def test_level_headings_among_advice_headings_are_the_levels(tmp_path):
    doc, report = _read(tmp_path, BORDENET)
    assert [lv["name"] for lv in doc["levels"]] == [
        "Level 1: Software Engineer (0-2 years)",
        "Level 2: Software Engineer II (2-5 years)",
        "Level 3: Senior Software Engineer (5-8 years)",
        "Level 4: Staff Software Engineer (8-12 years)",
    ]
    # the tracks group levels: no competency of theirs; the ladder is one competency
    assert [c["name"] for c in doc["competencies"]] == ["Software Engineer Career Ladder"]
    cells = cells_by_name(doc)
    assert cells["Software Engineer Career Ladder", "Level 1: Software Engineer (0-2 years)"] == [
        "Complete assigned tasks with clear requirements",
        "Learn and apply team coding standards",
    ]
    texts = {t for cell in cells_by_name(doc).values() for t in cell}
    assert "Neglecting communication and collaboration skills" not in texts
    assert "Engineer and manager align on readiness" not in texts
    said = " ".join(_messages(report))
    assert "'Promotion Process'" in said and "'Common Pitfalls'" in said


def test_a_closing_section_after_the_coded_levels_is_no_level(tmp_path):
    doc, report = _read(tmp_path, JAYZES)
    assert [lv["name"] for lv in doc["levels"]] == [
        "L1: Software Engineer I",
        "L2: Software Engineer II",
        "L3: Senior Software Engineer",
    ]
    assert [c["name"] for c in doc["competencies"]] == ["Technical Skills", "Collaboration"]
    assert cells_by_name(doc)["Collaboration", "L3: Senior Software Engineer"] == [
        "Mentors junior engineers"
    ]
    texts = {t for cell in cells_by_name(doc).values() for t in cell}
    assert "Peer feedback supports the assessment" not in texts
    assert any("'Promotion Process'" in m for m in _messages(report))


# The Queensland Government's Executive success profile (forgov.qld.gov.au, Workforce
# Capability Success Profile; CC BY 4.0), its page's text as a browser copies it: each
# leadership competency over "Sub-competencies" and "Behavioural indicators".
QLD_EXECUTIVE = """\
Executive - Success Profile

Vision

Leads strategically with vision

Sub-competencies

  \u2022 Strategic thinking
  \u2022 Strategic leadership

Behavioural indicators

  \u2022 Communicates a clear and compelling vision for the organisation that is meaningful to others
  \u2022 Is future-oriented in analysis, thought and action

Navigates complex, ambiguous and political environments

Sub-competencies

  \u2022 Senior official experience
  \u2022 Navigating politics

Behavioural indicators

  \u2022 Accurately reads situations, including key power relationships and group dynamics
"""

# The GSA's Section 508 Program Manager Competency Guide (GSA/Section508.gov, public domain),
# two of its 19 competencies as the page's HTML in Markdown: "Core Competencies", "Key Work
# Behaviors" (a table by level) and "Training and Development Activities" under each.
_GSA_COMP = """\
<h3>{name}</h3>
<h4>Core Competencies</h4>
<ul><li>{knowledge}</li></ul>
<h4>Key Work Behaviors</h4>
<table>
<thead><tr><th>Beginner</th><th>Intermediate</th><th>Advanced</th></tr></thead>
<tbody><tr><td><ul><li>{b}</li></ul></td><td><ul><li>{i}</li></ul></td>\
<td><ul><li>{a}</li></ul></td></tr></tbody>
</table>
<h4>Training and Development Activities</h4>
<ul><li>{course}</li></ul>
"""
GSA_TWO = (
    "# Section 508 Program Manager Competency Guide\n\n"
    + _GSA_COMP.format(
        name="Acquisition Strategy",
        knowledge="Knowledge of test procedures and protocols to assess product accessibility.",
        b="Conduct market research.",
        i="Formulate strategy for incorporating Section 508 requirements across the "
        "acquisition lifecycle.",
        a="Coordinate across Chief Information Officer (CIO), legal, acquisition, budget and "
        "IT offices.",
        course="Requirements management",
    )
    + _GSA_COMP.format(
        name="Change Management",
        knowledge="Knowledge of change management principles, strategies, and techniques.",
        b="Update relevant plans and communicate approved changes to Section 508 program "
        "activities.",
        i="Identify the impacts of change on business processes.",
        a="Review and approve technology products and services for conformance to the "
        "Section 508 standards.",
        course="Organizational change management",
    )
)


def test_section_words_under_each_of_two_competencies_name_no_competency(tmp_path):
    doc, report = _read(tmp_path, QLD_EXECUTIVE, "executive.txt")
    assert [c["name"] for c in doc["competencies"]] == [
        "Leads strategically with vision",
        "Navigates complex, ambiguous and political environments",
    ]
    cells = cells_by_name(doc)
    assert cells["Leads strategically with vision", "All levels"] == [
        "Communicates a clear and compelling vision for the organisation that is meaningful to "
        "others",
        "Is future-oriented in analysis, thought and action",
    ]
    # the sub-competencies' names are no behaviours: set aside, and said so
    assert "Strategic thinking" not in {t for cell in cells.values() for t in cell}
    assert any("'Sub-competencies'" in m for m in _messages(report))


def test_a_section_heading_by_level_under_each_of_two_competencies(tmp_path):
    doc, _ = _read(tmp_path, GSA_TWO)
    assert [c["name"] for c in doc["competencies"]] == ["Acquisition Strategy", "Change Management"]
    assert [lv["name"] for lv in doc["levels"]] == ["Beginner", "Intermediate", "Advanced"]
    cells = cells_by_name(doc)
    assert cells["Change Management", "Intermediate"] == [
        "Identify the impacts of change on business processes."
    ]
    assert "Requirements management" not in {t for cell in cells.values() for t in cell}


def test_section_words_alone_do_not_make_a_section():
    # one competency over its indicators: nothing repeats, the label stays a competency
    from compkit.ingest.blocks import Label, Para, Region
    from compkit.ingest.labels import classify

    region = Region(
        (Label("Teamwork", "h2", key="a"), Label("Behavioural indicators", "h3", key="b")),
        [Para("Shares information.", {}, bullet=True, key="c")],
    )
    assert classify([region]).kinds.get("h3") == "competency"


def test_only_a_section_that_names_behaviours_holds_statements():
    # "Behavioural indicators" under each competency holds its statements; "Sub-competencies"
    # and a report's "Negative indicators" column (compkit's own compare report) hold none
    from compkit.ingest.blocks import Label, Para, Region
    from compkit.ingest.labels import classify

    def region(comp, section, in_table=False):
        labels = (Label(comp, "h2", key=comp), Label(section, "h3", key=comp + section))
        return Region(labels, [Para("Shares.", {}, bullet=True, key="p")], in_table=in_table)

    sections = ["Sub-competencies", "Behavioural indicators", "Negative indicators"]
    decision = classify([region(c, s) for c in ("Teamwork", "Vision") for s in sections])
    assert decision.kinds["h3"] == "other"
    assert decision.holding == {"Behavioural indicators"}


def test_a_run_of_level_rows_in_a_figures_table_is_no_level_heading():
    # compkit's own compare report: a table's rows "Statements", "Level 1", "Level 2", ...
    from compkit.ingest.blocks import Label, Para, Region
    from compkit.ingest.labels import classify

    rows = [
        "Statements",
        "Statements per competency and level (mean)",
        "First-person statements (%)",
        "Questions (%)",
        "Level 1",
        "Level 2",
        "Level 3",
    ]
    cells = [
        Region(
            (Label("Key figures", "h2", key="h"), Label(row, "row header", key=row)),
            [Para("12", {}, key=row + "p")],
            in_table=True,
        )
        for row in rows
    ]
    assert "level" not in classify(cells).kinds.values()


def test_a_level_heading_going_on_from_the_run_stays_a_level():
    # CiS's levels with the top one named ("Level 4 (Head of Service)"), and as a Word
    # redline prints it ("Level 4Level 4 ..."): the fourth level, not advice set aside
    from compkit.ingest.blocks import Label, Para, Region
    from compkit.ingest.labels import classify

    for top in ("Level 4 (Head of Service)", "Level 4Level 4 (Head of Service)"):
        regions = [
            Region(
                (Label(comp, "h2", key=comp), Label(level, "h3", key=comp + level)),
                [Para("I lead the work.", {}, bullet=True, key=comp + level + "p")],
            )
            for comp in ("Leadership", "Partnerships")
            for level in ("Level 1", "Level 2", "Level 3", top)
        ]
        decision = classify(regions)
        assert decision.kinds["h3"] == "level"
        assert not decision.aside


def test_section_headings_over_a_tables_columns_hold_no_statements():
    # APS's ILS profile PDFs: "Capability | Description | Behavioural indicators" over each
    # capability's table, read line by line; the lines are a table's, not a list of statements
    from compkit.ingest.blocks import Label, Para, Region
    from compkit.ingest.labels import classify

    regions = [
        Region(
            (Label(cap, "h2", key=cap), Label(part, "h3", key=cap + part)),
            [Para("- Follows direction provided by", {}, key=cap + part + "p")],
        )
        for cap in ("Supports strategic direction", "Achieves results", "Communicates")
        for part in ("Capability", "Description", "Behavioural indicators")
    ]
    decision = classify(regions)
    assert decision.kinds["h3"] == "other"
    assert decision.holding == set()
