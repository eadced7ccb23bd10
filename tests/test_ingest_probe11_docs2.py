"""Eleventh probe, documents (second helper): level headings a word qualifies, scale headings.

Fixtures quote short excerpts of real public competency pages, word for word, as the web
pages a user saves (the pages state no licence, so only a few lines are quoted, for testing):

- The University of Florida's job competency "Teamwork" (teams-titles.hr.ufl.edu/
  job-competency/teamwork/): "Behavior Statements" over "Proficiency Level 1 - Basic
  understanding" ... each over its statements, then "Interview Questions".
- Wyoming Workforce Planning's "Written Communication" competency (a State of Wyoming page):
  "Definition", then "Behavioral Descriptions" over "Proficiency Level 5" ... "Proficiency
  Level 1", then "Suggested Activities for Development".
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_UF = """\
<html><head><title>Teamwork | Job Competency | UF Human Resources</title></head><body>
<h1>Teamwork</h1>
<p>Understanding of the necessity and value of teamwork; ability to work effectively as part of a team.</p>
<h2>Behavior Statements</h2>
<h3>Proficiency Level 1 - Basic understanding</h3>
<p>Explains the importance of a cohesive work effort.</p>
<p>Identifies characteristics of good teamwork.</p>
<h3>Proficiency Level 2 - Working experience</h3>
<p>Explains own role and responsibility within team.</p>
<p>Actively participates in team meetings.</p>
<h3>Proficiency Level 3 - Extensive experience</h3>
<p>Shows respect for differences and diversity.</p>
<h3>Proficiency Level 4 - Subject matter depth and breadth</h3>
<p>Promotes focus on team accomplishments, sharing credit.</p>
<h2>Interview Questions</h2>
<ul>
<li>How do you develop effective working relationships with each member of your team?</li>
</ul>
</body></html>
"""

_WYOMING = """\
<html><head><title>Written Communication</title></head><body>
<h1>Written Communication</h1>
<h2>Definition</h2>
<p>Ability to communicate ideas, thoughts, facts in writing.</p>
<h2>Behavioral Descriptions</h2>
<h3>Proficiency Level 5</h3>
<ul><li>Uses and applies advanced literary techniques.</li></ul>
<h3>Proficiency Level 4</h3>
<ul><li>Generates compelling written documents.</li><li>Adjusts words to add effect.</li></ul>
<h3>Proficiency Level 3</h3>
<ul><li>Writes clear and concise material.</li></ul>
<h3>Proficiency Level 2</h3>
<ul><li>Appropriately communicates most ideas.</li></ul>
<h3>Proficiency Level 1</h3>
<ul><li>Difficulty communicating ideas in writing.</li></ul>
<h2>Suggested Activities for Development</h2>
<ul><li>Volunteer to summarize notes from meetings.</li></ul>
</body></html>
"""


def _write(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_proficiency_level_headings_are_the_levels_of_the_page_competency(tmp_path):
    """UF: 'Proficiency Level 1 - Basic understanding' headings were read as competencies."""
    result = ingest(_write(tmp_path, _UF, "uf-teamwork.html"))
    cells = cells_by_name(result.document)
    assert [lv["name"] for lv in result.document["levels"]] == [
        "Proficiency Level 1 - Basic understanding",
        "Proficiency Level 2 - Working experience",
        "Proficiency Level 3 - Extensive experience",
        "Proficiency Level 4 - Subject matter depth and breadth",
    ]
    assert cells == {
        ("Teamwork", "Proficiency Level 1 - Basic understanding"): [
            "Explains the importance of a cohesive work effort.",
            "Identifies characteristics of good teamwork.",
        ],
        ("Teamwork", "Proficiency Level 2 - Working experience"): [
            "Explains own role and responsibility within team.",
            "Actively participates in team meetings.",
        ],
        ("Teamwork", "Proficiency Level 3 - Extensive experience"): [
            "Shows respect for differences and diversity."
        ],
        ("Teamwork", "Proficiency Level 4 - Subject matter depth and breadth"): [
            "Promotes focus on team accomplishments, sharing credit."
        ],
    }


def test_behavioral_descriptions_over_the_levels_names_no_competency(tmp_path):
    """Wyoming: the competency was named 'Behavioral Descriptions', the scale's heading."""
    result = ingest(_write(tmp_path, _WYOMING, "wyoming-written.html"))
    cells = cells_by_name(result.document)
    assert {c for c, _ in cells} == {"Written Communication"}
    assert cells["Written Communication", "Proficiency Level 4"] == [
        "Generates compelling written documents.",
        "Adjusts words to add effect.",
    ]
    assert sum(map(len, cells.values())) == 6


def _form(tmp_path, headers: list[str], columns: list[list[str]]):
    """A Word form: the competency's heading over a table with a column per header."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Core Competency 5: Communication", level=1)
    table = document.add_table(rows=2, cols=len(headers))
    for k, (head, items) in enumerate(zip(headers, columns, strict=True)):
        table.cell(0, k).text = head
        table.cell(1, k).text = items[0]
        for item in items[1:]:  # a paragraph each, as the form has them
            table.cell(1, k).add_paragraph(item)
    document.save(tmp_path / "form.docx")
    return tmp_path / "form.docx"


def test_a_column_beside_its_own_negation_holds_the_ineffective_side(tmp_path):
    """A staff appraisal form's 'Meets Competency | Does Not Meet Competency' (Communication):
    read as two competencies, every statement effective."""
    meets = ["Sends messages that are clear and concise", "Frequently listens"]
    lacks = ["Is not attentive or focused", "Frequently interrupts"]
    path = _form(tmp_path, ["Meets Competency", "Does Not Meet Competency"], [meets, lacks])
    comps = ingest(path).document["competencies"]
    assert [c["name"] for c in comps] == ["Core Competency 5: Communication"]
    sides = {s["text"]: s.get("polarity", "effective") for s in comps[0]["indicators"]}
    assert sides == dict.fromkeys(meets, "effective") | dict.fromkeys(lacks, "ineffective")


def test_a_rating_scale_with_does_not_meet_names_no_sides(tmp_path):
    """Indiana's State Form 52403 rates each competency 'Meets | Exceeds | Does Not Meet':
    three ratings, not a behaviour and its negation; nothing is read as ineffective."""
    columns = [["Keeps others informed"], ["Coaches others"], ["Withholds information"]]
    path = _form(tmp_path, ["Meets", "Exceeds", "Does Not Meet"], columns)
    statements = [s for c in ingest(path).document["competencies"] for s in c["indicators"]]
    assert statements and all(s.get("polarity", "effective") == "effective" for s in statements)
