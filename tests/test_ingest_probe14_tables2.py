"""Competency names with a level word in them; a competency's name given as a field (probe 14).

Probed (``/tmp/s14/tables``; the texts are their publishers', so the rows below are written for
the tests in the same shapes): the Police Integrated Competency Framework as a force publishes
it in Word, a heading per behaviour ("Strategic perspective", "Team working", "Openness to
change"), its description, then a table "Positive Indicators | Negative Indicators"; the
College of Policing's Competency and Values Framework, whose headings read "Competency: We are
emotionally aware"; Malaysia's capital market Industry Competency Framework (SIDC), whose
competencies print their name as a field over their table ("Competency Title: Strategic
Thinking", "Competency Type: Behavioural").

Measured before and after: the police document with "Strategic perspective" and "Team working"
read them as two levels of one competency named after the document's title (47 statements,
the four description paragraphs among them); now two competencies, each with its description,
43 of 43 indicators (21 and 22, effective and ineffective) at "All levels". Its "Teamworking"
spelt as one word was read right before: the level words "strategic" and "working" made the
difference. CVF's competencies were named "Competency: We are emotionally aware"; now "We are
emotionally aware". SIDC's table was read into one competency named after the file; now
"Strategic Thinking".
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.levelnames import level_score, names_activity


def _police(path, names):
    import docx

    document = docx.Document()
    document.add_heading("Competency Framework", 0)
    for name in names:
        document.add_heading(name, 1)
        document.add_paragraph(f"Shows {name.lower()} in all work.")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Positive Indicators"
        table.cell(0, 1).text = "Negative Indicators"
        for column, lines in enumerate(
            (["Plans ahead.", "Shares goals."], ["Does not plan.", "Ignores goals.", "Hides."])
        ):
            cell = table.cell(1, column)
            for k, line in enumerate(lines):
                paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                paragraph.style = "List Bullet"
                paragraph.text = line
    document.save(path)
    return path


@pytest.mark.parametrize(
    "names",
    [
        ["Strategic perspective", "Team working"],
        ["Strategic perspective"],
        ["Effective communication", "Working together", "Leading people"],
    ],
)
def test_behaviours_named_with_a_level_word_are_competencies_not_levels(tmp_path, names):
    got = compkit.ingest(_police(tmp_path / "icf.docx", names))
    comps = got.document["competencies"]
    assert [c["name"] for c in comps] == names
    assert [lv["name"] for lv in got.document["levels"]] == ["All levels"]
    for comp in comps:
        assert comp["description"] == f"Shows {comp['name'].lower()} in all work."
        polarity = [ind.get("polarity", "effective") for ind in comp["indicators"]]
        assert polarity == ["effective"] * 2 + ["ineffective"] * 3


@pytest.mark.parametrize(
    ("label", "activity"),
    [
        ("Strategic thinking", True),
        ("Team working", True),
        ("People management", True),
        ("Developing others", True),
        ("Executive presence", True),
        ("Senior Engineer", False),
        ("Senior management", False),
        ("Working knowledge", False),
        ("Basic understanding", False),
        ("Highly effective", False),
        ("Lead Practitioner", False),
        ("Entry level", False),
        ("Senior leadership", False),
    ],
)
def test_a_level_word_qualifying_what_is_done_names_no_level(label, activity):
    words = label.lower().split()
    assert names_activity(words) is activity
    assert (level_score(label) == 0.0) is activity


def test_a_heading_naming_its_kind_before_the_name_gives_the_name(tmp_path):
    import docx

    document = docx.Document()
    for comp in ("We are emotionally aware", "We take ownership"):
        document.add_heading(f"Competency: {comp}", 2)
        for level in ("Level 1", "Level 2"):
            document.add_heading(level, 3)
            document.add_paragraph(f"I act at {level}.", style="List Bullet")
    document.save(tmp_path / "cvf.docx")
    got = compkit.ingest(tmp_path / "cvf.docx")
    names = [c["name"] for c in got.document["competencies"]]
    assert names == ["We are emotionally aware", "We take ownership"]
    assert [lv["name"] for lv in got.document["levels"]] == ["Level 1", "Level 2"]


def test_a_competency_title_field_over_a_table_names_its_competency(tmp_path):
    import docx

    document = docx.Document()
    for name in ("Strategic Thinking", "Customer Focus"):
        document.add_paragraph(f"Competency Title: {name}")
        table = document.add_table(rows=2, cols=3)
        for k, level in enumerate(("Level 1 - Awareness", "Level 2 - Knowledge", "Level 3")):
            table.cell(0, k).text = level
            table.cell(1, k).text = f"Acts at step {k + 1}."
    document.save(tmp_path / "icf.docx")
    got = compkit.ingest(tmp_path / "icf.docx")
    comps = got.document["competencies"]
    assert [c["name"] for c in comps] == ["Strategic Thinking", "Customer Focus"]
    assert [len(c["indicators"]) for c in comps] == [3, 3]


def test_a_field_that_is_a_sentence_stays_text(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Planning", 1)
    document.add_paragraph("Skill: Plans all of the team's work.", style="List Bullet")
    document.add_paragraph("Skill: Reviews the plan.")
    document.save(tmp_path / "plan.docx")
    got = compkit.ingest(tmp_path / "plan.docx")
    (comp,) = got.document["competencies"]
    assert comp["name"] == "Planning"
    assert [i["text"] for i in comp["indicators"]] == [
        "Skill: Plans all of the team's work.",
        "Skill: Reviews the plan.",
    ]
