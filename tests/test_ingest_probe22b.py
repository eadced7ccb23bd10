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
  is a level of its own where it stands (``ingest/sublevels.py``), reported;
- a Word table headed over two rows, bands merged over pairs of level columns ("Foundation"
  over "Discover" and "Explore", as EntreComp prints its progression tables), read the bands
  as the first columns' headers and the level names as statements: the two rows are one
  header, the bands reported (``ingest/bandheads.py``; EntreComp laid out in Word and saved
  as .odt 0 -> 443 of 443 in their cells, as its HTML already read);
- a grid of the levels' names by skill and job title ("Developing" where "Engineer 1" needs
  it, blank where a title needs none) beside a framework written outside tables was left
  unread, every cell reported unused: it is role profiles once the levels are known
  (``ingest/rolegrids.py``; WWT's career framework in Word and .odt 0 -> 8 roles, 51 needs).

The fixtures are self-written: a ladder in the guide's shape (levels as ``##`` headings,
highest first, a "Category | Criteria" table under each), progression tables in EntreComp's
(threads by row, levels by column, bands over the levels) and a title grid in WWT's.
"""

from __future__ import annotations

import pytest

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
LADDER_LEVELS = ["Engineer I", "Readiness check", "Engineer II", "Engineer III"]


@pytest.fixture(scope="module")
def ladder(tmp_path_factory):
    """LADDER ingested once, its levels checked (both tests below read it)."""
    path = tmp_path_factory.mktemp("ladder") / "ladder.md"
    path.write_text(LADDER, encoding="utf-8")
    result = compkit.ingest(path)
    assert [lv.name for lv in result.framework.level_records] == LADDER_LEVELS
    return result


def test_a_row_broken_inside_a_markdown_cell_is_joined(ladder):
    result = ladder
    fw = result.framework
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


def test_a_sub_heading_repeating_a_levels_competencies_is_a_level(ladder):
    # was: its three statements read into Engineer II, two statements in each cell
    result = ladder
    fw = result.framework
    by_id = {lv.id: lv.name for lv in fw.level_records}
    cells = {(by_id[i.level], i.text) for i in fw.indicator_records}
    assert ("Readiness check", "Raises risks before they block the work.") in cells
    assert ("Engineer II", "Weighs trade-offs and explains the choice.") in cells
    assert fw.counts().to_numpy().max() == 1  # one statement a cell
    notes = " ".join(e.message for e in result.report.notes)
    assert "('Readiness check' under 'Engineer II') read as a level of its own" in notes


def _banded_docx(path):
    """Self-written progression tables: bands merged over pairs of level columns."""
    from docx import Document

    doc = Document()
    doc.add_heading("Enterprise skills", 1)
    doc.add_paragraph("Two competences, each in 4 levels of proficiency.")
    competences = {
        "Planning": [
            (
                "Set goals",
                [
                    "I can name a goal.",
                    "",
                    "I can set goals for a team and check with each member that they are understood.",
                    "I can align goals.",
                ],
            ),
            ("Budget", ["I can count costs.", "I can draft a budget.", "", "I can plan funding."]),
        ],
        "Teamwork": [
            ("Reflect", ["I can say what went well.", "", "", "I can lead a review."]),
            ("Listen", ["I can listen to a peer.", "I can sum up a view.", "", ""]),
            (
                "Team up",
                [
                    "I can join a group.",
                    "",
                    "I can form a team whose members bring the skills that the venture needs to start.",
                    "I can grow a network.",
                ],
            ),
        ],
    }
    for competence, rows in competences.items():
        doc.add_heading(competence, 2)
        table = doc.add_table(rows=2 + len(rows), cols=5)
        table.cell(0, 0).merge(table.cell(1, 0)).text = "Thread"
        table.cell(0, 1).merge(table.cell(0, 2)).text = "Foundation"
        table.cell(0, 3).merge(table.cell(0, 4)).text = "Advanced"
        for k, name in enumerate(["Discover", "Explore", "Improve", "Expand"], 1):
            table.cell(1, k).text = name
        for r, (name, cells) in enumerate(rows, 2):
            table.cell(r, 0).text = name
            for k, text in enumerate(cells, 1):
                table.cell(r, k).text = text
    doc.save(path)


def test_a_word_header_with_bands_over_level_columns_is_one_header(tmp_path):
    # was: the bands ("Foundation", "Advanced") headed the first columns and the level names
    # were read as statements (EntreComp laid out in Word: 0 of 443 in place)
    path = tmp_path / "banded.docx"
    _banded_docx(path)
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Discover", "Explore", "Improve", "Expand"]
    by_id = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    cells = sorted((comps[i.competency], by_id[i.level], i.text) for i in fw.indicator_records)
    assert len(cells) == 13
    assert [c for c in cells if c[0] in ("Budget", "Set goals")] == [
        ("Budget", "Discover", "I can count costs."),
        ("Budget", "Expand", "I can plan funding."),
        ("Budget", "Explore", "I can draft a budget."),
        ("Set goals", "Discover", "I can name a goal."),
        ("Set goals", "Expand", "I can align goals."),
        (
            "Set goals",
            "Improve",
            "I can set goals for a team and check with each member that they are understood.",
        ),
    ]
    said = [e.message for e in result.report.notes if "name bands of columns" in e.message]
    assert len(said) == 1, said  # both tables' headers, said once with their count
    assert "('Foundation', 'Advanced' over 'Discover', 'Explore', 'Improve', ...)" in said[0]
    assert said[0].endswith("not columns (2 times)")


def _titles_docx(path):
    """Self-written: a grid of levels by skill and job title, then each skill's levels."""
    from docx import Document

    levels = {
        "Testing": {
            "Developing": ["Writes a unit test with help.", "Runs the suite before a change."],
            "Supporting": ["Chooses what to test in a feature.", "Fixes flaky tests it finds."],
            "Leading": ["Sets the testing approach for a product.", "Coaches others on tests."],
        },
        "Design": {
            "Developing": ["Reads the design of a service.", "Asks why a design was chosen."],
            "Supporting": ["Designs a feature within a service.", "Writes down the trade-offs."],
            "Leading": ["Designs services across teams.", "Reviews designs for the group."],
        },
    }
    grid = {
        "Testing": ["Developing", "Supporting", "Leading"],
        "Design": ["", "Developing", "Leading"],
    }
    doc = Document()
    doc.add_heading("Engineering Career Framework", 0)
    doc.add_heading("Skill level by job title", 1)
    table = doc.add_table(rows=3, cols=4)
    for k, title in enumerate(["Skill", "Engineer 1", "Engineer 2", "Architect"]):
        table.cell(0, k).text = title
    for r, (skill, needs) in enumerate(grid.items(), 1):
        table.cell(r, 0).text = skill
        for k, need in enumerate(needs, 1):
            table.cell(r, k).text = need
    doc.add_heading("Skills", 1)
    for skill, by_level in levels.items():
        doc.add_heading(skill, 2)
        for level, items in by_level.items():
            doc.add_heading(level, 3)
            for item in items:
                doc.add_paragraph(item, style="List Bullet")
    doc.save(path)


def test_a_grid_of_level_names_by_skill_and_title_is_role_profiles(tmp_path):
    # was: the framework read from the text outside the table, the grid's cells all reported
    # unused and the titles' needs lost (WWT's career framework in Word: 0 -> 8 roles, 51 needs)
    path = tmp_path / "titles.docx"
    _titles_docx(path)
    result = compkit.ingest(path)
    fw = result.framework
    assert len(fw.indicator_records) == 12
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    needs = {
        role.name: {comps[c]: levels[lv] for c, lv in role.requires} for role in fw.role_records
    }
    assert needs == {
        "Engineer 1": {"Testing": "Developing"},
        "Engineer 2": {"Testing": "Supporting", "Design": "Developing"},
        "Architect": {"Testing": "Leading", "Design": "Leading"},
    }
    notes = result.report.to_markdown()
    assert "read as role profiles (3 roles, 5 levels needed" in notes
    assert "'Supporting' is in no statement" not in notes
