"""Tenth probe, documents: shapes met on real public career ladders, pinned on small excerpts.

The excerpts are cut from Markdown files published on GitHub, word for word (each a few lines of
a longer file; the figures on the whole files are in the commit messages):

- jayzes/engineering-leader-thought-partner, ``templates/career-ladder.md``: one heading per
  level written with the ladder's code before the title ("## L1: Software Engineer I", six
  levels), each over the same few sub-headings ("### Technical Skills", "### Collaboration").
- A Thai iOS team handbook on GitHub (its "Growth Framework for iOS Engineers (L1-L6)"): "## L1 -
  Junior iOS Engineer" over plain lines "Technical:", "Ownership:", each over its list.
- Nsairat/professional-skills, ``cto-technical-leader/references/career-ladder-hiring.md``:
  "### Level 1: Junior Engineer (0-2 years)" over "**Scope**: ..." typed on the line right
  above "**Technical Skills**:" and its list.
- matthewod11-stack/HRSkills, ``skills/career-path-planner/references/career-ladders.md``:
  "### IC1 - Junior Engineer" over blank-separated "**Scope:** ..." paragraphs (read before).

And from web pages (their text word for word, rebuilt as the page and as a Word file):

- The Brunei Institute of Leadership and Islamic Finance's soft-skill competencies
  (biicf.bn/soft-skill-competencies/resilience): a page per competency, its name over a
  "Proficiency Level" heading over the levels Basic ... Expert.
- Louisiana State Civil Service's competency model (jobs.civilservice.louisiana.gov, "Learning
  Actively", "Demonstrating Courage"): each competency over "Competency Behaviors: Specific,
  observable actions demonstrating the competency" over the levels Forming ... Exceptional.

And from Word tables:

- UCL's Core Behaviours Framework ("Leading By Example"): under "Effective behaviour at each
  level", a table headed "Self", "Team", "Institution", each cell one sentence.
- Washington State's HR core competencies ("Professional Behavior"): "Key Elements" beside
  "Distinguishing Behaviors", each key element a short sentence ("Builds self-awareness.").
- A UK university's "Behavioural Attributes Framework" ("Attribute 1: Communication"): a
  heading per level lettered and worded for the attribute ("Level A: Communicates persuasively
  with senior members of the University, ..."), over "Positive indicators" and their list.
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest
from compkit.ingest.labels import level_score
from compkit.testing import cells_by_name

docx = pytest.importorskip("docx")

CODED_LEVELS = """# Engineering Career Ladder

## Philosophy

This ladder describes expectations for sustained performance at each level.

## L1: Software Engineer I

### Scope
Individual tasks within defined projects.

### Technical Skills
- Delivers well-defined tasks with guidance
- Writes clean, readable code

### Collaboration
- Communicates progress and blockers clearly

## L2: Software Engineer II

### Scope
Features and small projects within a team.

### Technical Skills
- Owns features from design to deployment
- Makes sound technical decisions within scope

### Collaboration
- Communicates technical concepts clearly
"""

PLAIN_LEADS = """# iOS Engineering Levels

## L1 - Junior iOS Engineer
Technical:
- เข้าใจ Swift fundamentals
- ขอ help เมื่อ stuck

Ownership:
- Deliver well-defined stories

## L2 - iOS Engineer
Technical:
- Debug complex issues
- Write unit tests

Ownership:
- Proactively identify issues
"""

TYPED_TOGETHER = """# Engineering Career Ladder & Team Building

### Level 1: Junior Engineer (0-2 years)
**Scope**: Tasks and bug fixes under guidance
**Technical Skills**:
- Writes clean, tested code with review feedback
- Debugs issues with guidance

**Promotion Criteria**: Consistently delivers assigned work, needs less guidance over time

### Level 2: Software Engineer (2-4 years)
**Scope**: Features within a well-defined area
**Technical Skills**:
- Designs and implements features independently

**Promotion Criteria**: Delivers features reliably, starts influencing technical decisions
"""


def _read(tmp_path, text: str, name: str = "ladder.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    result.framework  # noqa: B018 -- it validates
    return result.document, result.report


def _messages(report) -> list[str]:
    return report.to_frame()["message"].tolist()


def test_a_ladder_code_before_a_title_names_a_level():
    assert level_score("L1: Software Engineer I") == 0.8
    assert level_score("IC2 - Engineer") == 0.8
    assert level_score("SWE-3: Senior") == 0.8
    assert level_score("Level A: Communicates persuasively with senior members.") == 0.8
    assert level_score("Level and beyond") == 0.6  # a level word only, no level's letter
    # a numbered competency is no level: the code needs a ladder's letters
    assert level_score("1: Communication") == 0.0
    assert level_score("C1: Craftsmanship") == 0.0


def test_levels_headed_by_their_code_over_repeated_skill_headings(tmp_path):
    doc, _ = _read(tmp_path, CODED_LEVELS)
    assert [lv["name"] for lv in doc["levels"]] == [
        "L1: Software Engineer I",
        "L2: Software Engineer II",
    ]
    cells = cells_by_name(doc)
    assert cells["Technical Skills", "L1: Software Engineer I"] == [
        "Delivers well-defined tasks with guidance",
        "Writes clean, readable code",
    ]
    assert cells["Collaboration", "L2: Software Engineer II"] == [
        "Communicates technical concepts clearly"
    ]
    assert cells["Scope", "L2: Software Engineer II"] == [
        "Features and small projects within a team."
    ]


def test_plain_names_with_a_colon_over_lists_under_each_level_are_competencies(tmp_path):
    doc, report = _read(tmp_path, PLAIN_LEADS)
    assert [c["name"] for c in doc["competencies"]] == ["Technical", "Ownership"]
    cells = cells_by_name(doc)
    assert cells["Technical", "L2 - iOS Engineer"] == ["Debug complex issues", "Write unit tests"]
    assert cells["Ownership", "L1 - Junior iOS Engineer"] == ["Deliver well-defined stories"]
    assert any("names followed by a colon stand alone over lists" in m for m in _messages(report))


def test_a_lone_stem_over_each_level_list_stays_a_stem(tmp_path):
    text = (
        "# Ladder\n\n## Level 1\nYou can:\n- Write tests\n- Ask for help\n\n"
        "## Level 2\nYou can:\n- Design services\n- Mentor others\n"
    )
    doc, _ = _read(tmp_path, text)  # one name a heading: a stem, not a competency
    assert doc["stem"] == "You can:"
    assert [c["name"] for c in doc["competencies"]] == ["Ladder"]
    assert len(doc["competencies"][0]["indicators"]) == 4


def test_bold_names_typed_on_consecutive_lines_each_head_their_own_text(tmp_path):
    doc, _ = _read(tmp_path, TYPED_TOGETHER)
    names = [c["name"] for c in doc["competencies"]]
    assert names == ["Scope", "Technical Skills", "Promotion Criteria"]
    cells = cells_by_name(doc)
    level_1 = "Level 1: Junior Engineer (0-2 years)"
    assert cells["Scope", level_1] == ["Tasks and bug fixes under guidance"]
    assert cells["Technical Skills", level_1] == [
        "Writes clean, tested code with review feedback",
        "Debugs issues with guidance",
    ]
    assert cells["Technical Skills", "Level 2: Software Engineer (2-4 years)"] == [
        "Designs and implements features independently"
    ]


RESILIENCE = """<html><head><title>Resilience | BIICF</title></head><body>
<nav><a href="/">Home</a> <a href="/soft-skill-competencies">Soft Skill Competencies</a></nav>
<h1>Resilience</h1>
<p>Handle disappointment and/or rejection while maintaining effectiveness.</p>
<h2>Proficiency Level</h2>
<h3>Basic</h3>
<ul><li>Pursue objectives with energy and persistence.</li>
<li>Set high personal standards for performance.</li></ul>
<h3>Intermediate</h3>
<ul><li>Measure progress against targets.</li></ul>
<h3>Advanced</h3>
<ul><li>Remain determined despite frequent obstacles.</li></ul>
</body></html>
"""

BEHAVIORS = "Competency Behaviors: Specific, observable actions demonstrating the competency"
LOUISIANA = {
    "Learning Actively": {
        "Forming": ["Avoids or ignores available development opportunities"],
        "Successful": [
            "Applies new learning to current responsibilities and demonstrates improvement"
        ],
    },
    "Demonstrating Courage": {
        "Forming": ["Struggles to take action when faced with discomfort or difficulty"],
        "Successful": ["Acknowledges and addresses challenges directly rather than avoiding them"],
    },
}


def test_a_proficiency_level_heading_over_the_levels_is_no_competency(tmp_path):
    doc, report = _read(tmp_path, RESILIENCE, "resilience.html")
    assert [c["name"] for c in doc["competencies"]] == ["Resilience"]
    assert doc["title"] == "Resilience"
    cells = cells_by_name(doc)
    assert cells["Resilience", "Intermediate"] == ["Measure progress against targets."]
    assert any("name their scale ('Proficiency Level')" in m for m in _messages(report))


def test_each_competency_over_its_behaviors_heading_stays_apart_in_word(tmp_path):
    path = tmp_path / "louisiana.docx"
    d = docx.Document()
    d.add_heading("Louisiana Competency Model", 0)
    for name, levels in LOUISIANA.items():
        d.add_heading(name, 1)
        d.add_heading(BEHAVIORS, 2)
        for level, items in levels.items():
            d.add_heading(level, 3)
            for item in items:
                d.add_paragraph(item, style="List Bullet")
    d.save(path)
    result = ingest(path, levels=["Forming", "Successful"])
    doc = result.document
    assert [c["name"] for c in doc["competencies"]] == list(LOUISIANA)
    cells = cells_by_name(doc)
    for name, levels in LOUISIANA.items():
        for level, items in levels.items():
            assert cells[name, level] == items


def test_a_competency_heading_over_the_levels_stays_the_competency(tmp_path):
    text = (
        "# Soft Skills\n\n## Resilience\n\n### Basic\n- Pursues objectives.\n\n"
        "### Advanced\n- Leads others through setbacks.\n\n## Teamwork\n\n### Basic\n"
        "- Shares information.\n\n### Advanced\n- Builds teams.\n"
    )
    doc, _ = _read(tmp_path, text)
    assert [c["name"] for c in doc["competencies"]] == ["Resilience", "Teamwork"]
    assert doc["title"] == "Soft Skills"


UCL_ROWS = [
    (
        "Display a high level of integrity and ethical behaviour.",
        "Lead the team in areas of expertise and personal responsibility.",
        "Lead and represent the Department inside and outside of UCL.",
    ),
    (
        "Treat individuals with dignity and respect.",
        "Champion the team within the Department.",
        "Lead and direct activities and teams to support the achievement of UCL’s strategic "
        "objectives.",
    ),
    (
        "Give praise and credit to others.",
        "Resolve and remove barriers to effective team working.",
        "Effect internal and external contacts for colleagues.",
    ),
]


def _table_doc(path, heading: str, header: list[str], rows: list[tuple]) -> None:
    d = docx.Document()
    d.add_heading(heading, 1)
    table = d.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            if isinstance(value, list):
                cell.text = value[0]
                for more in value[1:]:
                    cell.add_paragraph(more)
            else:
                cell.text = value
    d.save(path)


def test_a_table_of_sentences_under_names_has_no_row_names(tmp_path):
    path = tmp_path / "ucl.docx"
    _table_doc(path, "Leading By Example", ["Self", "Team", "Institution"], UCL_ROWS)
    result = ingest(path, levels=["Self", "Team", "Institution"])
    cells = cells_by_name(result.document)
    for k, level in enumerate(["Self", "Team", "Institution"]):
        assert cells["Leading By Example", level] == [row[k] for row in UCL_ROWS]


def test_short_sentences_beside_lists_still_name_the_rows(tmp_path):
    path = tmp_path / "behavior.docx"
    rows = [
        (
            "Builds self-awareness.",
            [
                "Maintains awareness of the alignment between personal and organizational values",
                "Demonstrates awareness of own emotional triggers, strengths and developmental "
                "needs, as well as the impact of own behavior on others",
            ],
        ),
        (
            "Maintains self-control.",
            [
                "Ensures own behavior, actions and decisions are aligned with the employer’s values "
                "as well as state ethics laws",
                "Speaks positively to employees about the goals of leadership; is supportive of "
                "management direction",
            ],
        ),
    ]
    _table_doc(path, "Professional Behavior", ["Key Elements", "Distinguishing Behaviors"], rows)
    doc = ingest(path).document
    texts = [i["text"] for c in doc["competencies"] for i in c.get("indicators", [])]
    assert "Builds self-awareness." not in texts
    assert len(texts) == 4


ATTRIBUTE = {
    "Level A: Communicates persuasively with senior members of the University, the relevant "
    "Committees, and with people at all levels across the University.": [
        "Communicates a compelling view of the future which provides direction for the University",
        "Responds convincingly and authoritatively to questions and concerns in particular from "
        "senior management colleagues",
    ],
    "Level B: Communicates effectively and appropriately with senior management, external "
    "partners and with people at all levels across the University.": [
        "Explains complex issues, in a way that is easy to understand.",
        "Delivers difficult messages sensitively.",
    ],
}


def test_lettered_levels_each_worded_for_one_competency(tmp_path):
    path = tmp_path / "attributes.docx"
    d = docx.Document()
    d.add_heading("Behavioural Attributes Framework", 0)
    d.add_heading("Attribute 1: Communication", 1)
    for level, items in ATTRIBUTE.items():
        d.add_heading(level, 2)
        d.add_paragraph().add_run("Positive indicators").bold = True
        for item in items:
            d.add_paragraph(item, style="List Bullet")
    d.save(path)
    result = ingest(path)
    doc = result.document
    assert [lv["name"] for lv in doc["levels"]] == ["Level A", "Level B"]
    assert [c["name"] for c in doc["competencies"]] == ["Communication"]
    cells = cells_by_name(doc)
    assert cells["Communication", "Level B"] == ATTRIBUTE[list(ATTRIBUTE)[1]]
    assert next(iter(ATTRIBUTE)) in doc["competencies"][0]["description"]  # kept, not lost


SCALE = {
    "Forming": "Struggles to demonstrate the competency; needs guidance and practice.",
    "Improving": "Shows growth and increasing confidence but not yet consistently independent",
    "Successful": "Demonstrates the competency independently and reliably in routine situations",
}


def test_the_scale_words_under_every_competency_describe_the_level(tmp_path):
    path = tmp_path / "louisiana.docx"
    d = docx.Document()
    d.add_heading("Louisiana Competency Model", 0)
    for name, levels in LOUISIANA.items():
        d.add_heading(name, 1)
        d.add_heading(BEHAVIORS, 2)
        for level, words in SCALE.items():
            d.add_heading(level, 3)
            d.add_paragraph(words)
            for item in levels.get(level, []):
                d.add_paragraph(item, style="List Bullet")
    d.save(path)
    result = ingest(path, levels=list(SCALE))
    doc = result.document
    assert [lv["name"] for lv in doc["levels"]] == list(SCALE)
    assert [lv["description"] for lv in doc["levels"]] == list(SCALE.values())
    cells = cells_by_name(doc)
    for name, levels in LOUISIANA.items():
        for level, items in levels.items():
            assert cells[name, level] == items  # the scale's words in no cell
    undefined = [(c["name"], u["level"]) for c in doc["competencies"] for u in c["undefined"]]
    assert undefined == [("Learning Actively", "improving"), ("Demonstrating Courage", "improving")]
    assert any("printed the same under one level" in m for m in _messages(result.report))
