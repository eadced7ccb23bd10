"""Round 22 probe of documents' outlines: Word, .odt, web pages and Markdown (helper B).

Mended (each test fails on the code before):

- a Markdown table row broken inside its last cell ("Extreme tolerance for ambiguity" on one
  line, "balanced judgement. Seen as ... |" on the next) made a row of its own whose first
  column held a sentence: the level's whole table stopped reading as named rows, and the
  level was read as part of the introduction (learn-with-me's career guide lost its
  "Principal Engineer": 11 statements). The row is joined to the cell it carries on
  (``ingest/rowbreaks.py``), a repair said in the report;
- a sub-heading under a level ("### Readiness check" under "## Staff Engineer") over a table of
  the level's competencies again was read into the level above it, two statements a cell: it
  is a level of its own where it stands (``ingest/sublevels.py``), reported.

The fixtures are self-written, in the shape of the guide (levels as ``##`` headings, highest
first, a "Category | Criteria" table under each).
"""

from __future__ import annotations

import compkit

LADDER = """\
# Engineering Levels

## Engineer III

| Category | Criteria |
|----------|----------|
| **Scope** | You set the direction for several teams over a year. |
| **Delivery** | Delivers programmes that change how the company works. |
| **Judgement** | Comfortable with long ambiguity
and makes sound calls on incomplete information. Trusted by the leadership team to decide alone. |

## Engineer II

| Category | Criteria |
|----------|----------|
| **Scope** | You own a service and plan its next quarter. |
| **Delivery** | Delivers features end to end with the team. |
| **Judgement** | Weighs trade-offs and explains the choice. |

### Readiness check

| Category | Criteria |
|----------|----------|
| **Scope** | You break a project into tasks for yourself. |
| **Delivery** | Delivers a feature with some help. |
| **Judgement** | Raises risks before they block the work. |

## Engineer I

| Category | Criteria |
|----------|----------|
| **Scope** | You finish well defined tasks. |
| **Delivery** | Delivers user stories. |
| **Judgement** | Asks for help when blocked. |
"""


def test_a_row_broken_inside_a_markdown_cell_is_joined(tmp_path):
    path = tmp_path / "ladder.md"
    path.write_text(LADDER, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        "Engineer I",
        "Readiness check",
        "Engineer II",
        "Engineer III",
    ]
    assert [c.name for c in fw.competency_records] == ["Scope", "Delivery", "Judgement"]
    by_id = {lv.id: lv.name for lv in fw.level_records}
    cells = {(by_id[i.level], i.text) for i in fw.indicator_records}
    assert len(fw.indicator_records) == 12
    joined = (
        "Comfortable with long ambiguity and makes sound calls on incomplete information. "
        "Trusted by the leadership team to decide alone."
    )
    assert ("Engineer III", joined) in cells
    (lead,) = [i for i in fw.indicator_records if i.text == joined]
    assert lead.repair is not None
    notes = [e.message for e in result.report.notes if e.kind == "repair"]
    assert any("'Judgement' row's last cell goes on" in n and "lines 9, 10" in n for n in notes)
    assert not any("introduction" in e.message for e in result.report.notes)


def test_a_row_opening_a_new_sentence_is_no_continuation(tmp_path):
    # a row whose first cell opens in capitals is a row of its own, as before
    text = LADDER.replace("and makes sound calls on", "And makes sound calls on")
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert not any(
        i.text.startswith("Comfortable with long ambiguity and") for i in fw.indicator_records
    )


def test_a_sub_heading_repeating_a_levels_competencies_is_a_level(tmp_path):
    # was: its three statements read into Engineer II, two statements in each cell
    path = tmp_path / "ladder.md"
    path.write_text(LADDER, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        "Engineer I",
        "Readiness check",
        "Engineer II",
        "Engineer III",
    ]
    by_id = {lv.id: lv.name for lv in fw.level_records}
    cells = {(by_id[i.level], i.text) for i in fw.indicator_records}
    assert ("Readiness check", "Raises risks before they block the work.") in cells
    assert ("Engineer II", "Weighs trade-offs and explains the choice.") in cells
    assert fw.counts().to_numpy().max() == 1  # one statement a cell
    notes = " ".join(e.message for e in result.report.notes)
    assert "('Readiness check' under 'Engineer II') read as a level of its own" in notes


TAGLINES = """\
# Leadership Competencies

## COLLABORATION — Working across teams with trust

### Supervisor

- Shares plans with the team early.
- Asks other teams for their view.

### Director

- Builds partnerships across departments.

## RESULTS — Delivering what was promised

### Supervisor

- Sets clear goals for each quarter.

### Director

- Aligns programs with the agency's priorities.
"""


def test_a_capitals_name_keeps_its_tagline_as_its_description(tmp_path):
    # was: "COLLABORATION — Working across teams with trust" the competency's name
    path = tmp_path / "leaders.md"
    path.write_text(TAGLINES, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    comps = {c.name: c.description for c in fw.competency_records}
    assert comps == {
        "COLLABORATION": "Working across teams with trust",
        "RESULTS": "Delivering what was promised",
    }
    assert len(fw.indicator_records) == 5
    notes = " ".join(e.message for e in result.report.notes)
    assert "'COLLABORATION' is printed with a tagline after a dash" in notes


def test_a_dash_between_two_names_stays_in_the_name(tmp_path):
    text = TAGLINES.replace(
        "COLLABORATION — Working across teams with trust", "Relationship - External"
    ).replace("RESULTS — Delivering what was promised", "Team Contribution - People & Culture")
    path = tmp_path / "leaders.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    names = [c.name for c in fw.competency_records]
    assert names == ["Relationship - External", "Team Contribution - People & Culture"]
