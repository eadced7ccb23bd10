"""Rating-scale levels, rubric columns, focus areas and role-like headers (probe 13, tables).

Probed locally (not copied here: the texts are under their publishers' copyright; the rows below
are written for the tests in the same shapes):

- teacher-evaluation rubrics as a district publishes them for download: Danielson's Framework
  for Teaching as a wide CSV ("Domain | Component | Unsatisfactory | Basic | Proficient |
  Distinguished"), and a long CSV whose rows are "Standard | Rubric row | Performance level |
  Descriptor", rated "Unsatisfactory", "Needs improvement", "Proficient", "Exemplary";
- AITSL's Australian Professional Standards for Teachers (Standard -> Focus area -> the career
  stages Graduate, Proficient, Highly Accomplished, Lead), 18 focus areas with their Graduate
  and Proficient descriptors as published (aitsl.edu.au), laid out as a wide CSV, a long CSV
  ("Domain | Standard | Focus area | Career stage | Descriptor") and a Word table per standard
  headed "Focus area | Graduate | Proficient";
- Persado's engineering job ladder (persado/persado.github.io,
  ``_posts/2019-12-17-engineering-job-ladder.md``): a column headed "Role and Competencies" and
  headings "Role Highlights" over statements.

Measured before and after (``/tmp/tables13``): the wide rubric read 9 of 12 statements, its
"Unsatisfactory" column "not read"; the long rubric was refused ("no column names a level");
AITSL as a long CSV read all 36 descriptors at "All levels" (its "Career stage" column unread)
and as Word 30 of 36 (the first standard's table lost: a focus area of 18 words is no short
label, so its "Focus area" column read as a level); Persado, headings or table, was refused on
a duplicate role id (every statement under "Role Highlights" read as a role's name). Now 12 of
12, 8 of 8, 36 of 36 in both; a Persado track in its table shape reads each row's level
("Level 1: Software Engineer") and the headings in its cells as competencies. The whole page
(three tracks, each under a "##" heading) now reads 172 of its 184 list items under its 5
competencies; its tracks' levels are read as one ladder by number ("Level 1" ... "Level 5",
each track's title kept), the summary table above them is reported, and the manager track's
"Level 3/4" row (12 items) is set aside, reported: left.
"""

from __future__ import annotations

import csv

import pytest

import compkit
from compkit.ingest.levelnames import level_score, special_column

RUBRIC = [
    ["Domain", "Component", "Unsatisfactory", "Basic", "Proficient", "Distinguished"],
    [
        "Planning and Preparation",
        "1a Knowing the content",
        "The teacher makes content errors.",
        "The teacher knows the main ideas of the subject.",
        "The teacher knows the subject and how its ideas relate.",
        "The teacher knows the subject and how it relates to others.",
    ],
    [
        "Planning and Preparation",
        "1b Knowing the students",
        "The teacher knows little of how students learn.",
        "The teacher says knowing how students learn matters.",
        "The teacher plans from how students learn.",
        "The teacher seeks out how each student learns.",
    ],
    [
        "Classroom Environment",
        "2a Respect and rapport",
        "Interactions in the classroom are mostly negative.",
        "Interactions are generally appropriate.",
        "Interactions are friendly and caring.",
        "Interactions are highly respectful.",
    ],
]

LONG = [
    ["Standard", "Rubric row", "Performance level", "Descriptor"],
    ["Instruction", "Lesson planning", "Unsatisfactory", "Plans lessons with no objectives."],
    ["Instruction", "Lesson planning", "Needs improvement", "Plans lessons with vague aims."],
    ["Instruction", "Lesson planning", "Proficient", "Plans lessons with clear objectives."],
    ["Instruction", "Lesson planning", "Exemplary", "Plans lessons students can explain."],
    ["Instruction", "Checking understanding", "Unsatisfactory", "Rarely checks understanding."],
    ["Instruction", "Checking understanding", "Needs improvement", "Checks only at the end."],
    ["Instruction", "Checking understanding", "Proficient", "Checks throughout the lesson."],
    ["Instruction", "Checking understanding", "Exemplary", "Checks and adjusts the lesson."],
]

FOCUS = [  # (standard, focus area, graduate, proficient), written for the tests
    (
        "Standard 1: Know students",
        "1.1 Development of students",
        "Know how students grow.",
        "Use what you know of how students grow.",
    ),
    (
        "Standard 1: Know students",
        "1.5 Differentiate teaching to meet the specific needs of "
        "students across the full range of their abilities and backgrounds",
        "Know ways to differentiate teaching.",
        "Plan differentiated teaching activities.",
    ),
    (
        "Standard 2: Know the content",
        "2.2 Content selection and organisation",
        "Organise content into a sequence.",
        "Organise content into coherent programs.",
    ),
]


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _levels(ingested):
    return [lv["name"] for lv in ingested.document["levels"]]


def _names(ingested, part):
    return [x["name"] for x in ingested.document.get(part, [])]


def _count(ingested):
    return int(ingested.report.counts.sum().sum())


def test_a_rating_scale_names_its_levels():
    assert level_score("Unsatisfactory") == level_score("Needs Improvement") == 0.8
    assert level_score("1 - Unsatisfactory") == 0.8
    # the scale's words alone, in other names, are no levels
    assert level_score("Continuous improvement") == 0.0
    assert level_score("Meeting expectations of users") == 0.0


def test_a_wide_rubric_reads_its_unsatisfactory_column(tmp_path):
    got = compkit.ingest(_csv(tmp_path / "rubric.csv", RUBRIC))
    assert _levels(got) == ["Unsatisfactory", "Basic", "Proficient", "Distinguished"]
    assert _count(got) == 12
    assert not [n for n in got.report.notes if n.kind == "unused"]


def test_a_long_rubric_reads_its_rubric_rows_and_performance_levels(tmp_path):
    got = compkit.ingest(_csv(tmp_path / "long.csv", LONG))
    assert _levels(got) == ["Unsatisfactory", "Needs improvement", "Proficient", "Exemplary"]
    assert _names(got, "competencies") == [
        "Lesson planning",
        "Checking understanding",
    ]
    assert _names(got, "groups") == ["Instruction"]
    assert _count(got) == 8


def test_focus_areas_under_their_standards_in_a_wide_csv(tmp_path):
    rows = [["Standard", "Focus area", "Graduate", "Proficient"], *map(list, FOCUS)]
    got = compkit.ingest(_csv(tmp_path / "standards.csv", rows))
    assert _levels(got) == ["Graduate", "Proficient"]
    assert _names(got, "groups") == [
        "Standard 1: Know students",
        "Standard 2: Know the content",
    ]
    assert _count(got) == 6


def test_a_long_csv_with_a_career_stage_column(tmp_path):
    rows = [["Standard", "Focus area", "Career stage", "Descriptor"]]
    for std, area, graduate, proficient in FOCUS:
        rows += [[std, area, "Graduate", graduate], [std, area, "Proficient", proficient]]
    got = compkit.ingest(_csv(tmp_path / "standards-long.csv", rows))
    assert _levels(got) == ["Graduate", "Proficient"]
    assert got.report.counts.to_numpy().tolist() == [[1, 1]] * 3


def test_a_word_table_headed_focus_area_keeps_a_long_focus_area(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Professional standards", 0)
    for std in dict.fromkeys(s for s, *_ in FOCUS):
        doc.add_heading(std, 1)
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(
            table.rows[0].cells, ["Focus area", "Graduate", "Proficient"], strict=True
        ):
            cell.text = text
        for s, *texts in FOCUS:
            if s == std:
                for cell, text in zip(table.add_row().cells, texts, strict=True):
                    cell.text = text
    doc.save(tmp_path / "standards.docx")
    got = compkit.ingest(tmp_path / "standards.docx")
    assert _levels(got) == ["Graduate", "Proficient"]
    assert _names(got, "competencies") == [area for _, area, *_ in FOCUS]
    assert _count(got) == 6


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Roles", "roles"),
        ("Job roles", "roles"),
        ("Role profiles", "roles"),
        ("Roles that require this skill", "roles"),
        ("Role Highlights", None),
        ("Role and Competencies", None),
    ],
)
def test_a_header_names_a_roles_column_only_whole(header, kind):
    assert special_column(header) == kind


def test_statements_under_role_highlights_are_no_role_names(tmp_path):
    # Persado's shape: a level per heading, "Role Highlights" and other sections under it
    levels = ["Software Engineer I", "Software Engineer II", "Senior Software Engineer"]
    text = ["# Engineering ladder", ""]
    for k, level in enumerate(levels):
        text += [f"## {level}", "", "### Role Highlights", ""]
        text += [f"- You build features of size {k + 1}.", f"- You fix bugs of kind {k + 1}."]
        text += ["", "### Communication", "", f"- You tell the team {k + 1} things.", ""]
    path = tmp_path / "ladder.md"
    path.write_text("\n".join(text), encoding="utf-8")
    got = compkit.ingest(path)
    assert not got.document.get("roles")
    assert got.framework.roles.empty
    assert _count(got) == 9


def _persado_row(n: int, title: str, years: str) -> str:
    return (
        f"<tr><td><h3>Level</h3><p>{n}</p><h3>Title</h3><p>{title}</p>"
        f"<h3>Experience</h3><p>{years}</p></td>\n<td><h3>Role Highlights</h3>\n"
        f"<ul><li>You build features of size {n}.</li><li>You fix bugs of kind {n}.</li></ul>\n"
        f"<h3>Communication</h3>\n<ul><li>You tell the team {n} things.</li></ul></td></tr>"
    )


def test_a_level_title_experience_cell_names_its_row_and_headings_part_the_cell(tmp_path):
    # Persado's shape: the left cell sets "Level", "Title", "Experience" over their values,
    # the right cell "Role Highlights" and "Communication" over their lists
    rows = [(1, "Software Engineer", "0-3 years"), (2, "Software Engineer", "2-6 years")]
    rows.append((3, "Senior Software Engineer", "5+ years"))
    body = "\n".join(_persado_row(*r) for r in rows)
    path = tmp_path / "ladder.md"
    path.write_text(
        "# Engineering job ladder\n\n<table><thead><tr><th>Level / Title / Experience</th>"
        f"<th>Role and Competencies</th></tr></thead>\n<tbody>\n{body}\n</tbody></table>\n",
        encoding="utf-8",
    )
    got = compkit.ingest(path)
    assert _levels(got) == [
        "Level 1: Software Engineer",
        "Level 2: Software Engineer",
        "Level 3: Senior Software Engineer",
    ]
    assert _names(got, "competencies") == ["Role Highlights", "Communication"]
    assert got.report.counts.to_numpy().tolist() == [[2, 2, 2], [1, 1, 1]]
    assert not got.document.get("roles")
    unused = " ".join(n.message for n in got.report.notes if n.kind == "unused")
    assert "'0-3 years'" in unused  # the experience is said, not lost


def test_a_scale_rated_effective_is_levels_not_two_sides(tmp_path):
    # New York's and Florida's teacher rubrics: "Ineffective | Developing | Effective | Highly
    # Effective" rate one scale; "Effective" beside them names no side of a behaviour
    rows = [
        ["Domain", "Indicator", "Ineffective", "Developing", "Effective", "Highly Effective"],
        [
            "Planning",
            "Lesson design",
            "Plans no lessons.",
            "Plans some lessons.",
            "Plans every lesson.",
            "Plans lessons with students.",
        ],
        [
            "Planning",
            "Assessment",
            "Sets no tests.",
            "Sets some tests.",
            "Sets fair tests.",
            "Sets tests students design.",
        ],
    ]
    got = compkit.ingest(_csv(tmp_path / "rubric.csv", rows))
    assert _levels(got) == ["Ineffective", "Developing", "Effective", "Highly Effective"]
    assert _names(got, "competencies") == ["Lesson design", "Assessment"]
    assert got.report.counts.to_numpy().tolist() == [[1, 1, 1, 1]] * 2


def test_two_side_columns_are_still_sides(tmp_path):
    rows = [
        ["Competency", "Effective", "Ineffective"],
        ["Teamwork", "Helps peers.", "Ignores peers."],
        ["Delivery", "Ships on time.", "Misses deadlines."],
    ]
    got = compkit.ingest(_csv(tmp_path / "sides.csv", rows))
    assert got.report.layout == "effective-ineffective"
    assert _count(got) == 4


def test_a_comments_column_beside_the_levels_is_no_level(tmp_path):
    # the programmer competency matrix's shape (a table per area, "Comments" after the levels,
    # most of its cells blank), written for the test as a Markdown pipe table
    path = tmp_path / "matrix.md"
    path.write_text(
        "# Programmer matrix\n\n## Computer science\n\n"
        "| | Level 0 | Level 1 | Level 2 | Comments |\n|---|---|---|---|---|\n"
        "| data structures | Knows arrays. | Uses lists. | Knows trees. | |\n"
        "| algorithms | Finds an average. | Sorts. | Uses graphs. | A rare find. |\n",
        encoding="utf-8",
    )
    got = compkit.ingest(path)
    assert _levels(got) == ["Level 0", "Level 1", "Level 2"]
    assert _count(got) == 6
    assert not [n for n in got.report.notes if n.kind == "undefined"]
    # the comment is the note of its row's statements (since the twenty-ninth round's notes;
    # it was reported unused), each of the three, said once
    notes = got.framework.indicators.groupby("competency")["note"].agg(set).to_dict()
    assert notes == {"algorithms": {"A rare find."}, "data structures": {""}}
    said = " ".join(n.message for n in got.report.notes)
    assert "'Comments' column read as the notes of the statements beside it" in said


def test_tracks_under_their_own_headings_keep_the_cell_headings_as_competencies(tmp_path):
    # Persado's whole page: a table per track under a "##" heading, the same headings in cells
    tracks = {
        "Individual Contributor Track": [(1, "Engineer", "0-3 years"), (2, "Engineer", "2-6")],
        "Reliability Track": [(1, "Reliability Engineer", "0-3"), (2, "Senior SRE", "4+")],
        "Manager Track": [(1, "Team Lead", "5+ years"), (2, "Director", "8+ years")],
    }
    text = "# Engineering job ladder\n\n"
    for track, rows in tracks.items():
        body = "\n".join(_persado_row(*r) for r in rows)
        text += (
            f"## {track}\n\n<table><thead><tr><th>Level / Title / Experience</th>"
            f"<th>Role and Competencies</th></tr></thead>\n<tbody>\n{body}\n</tbody></table>\n\n"
        )
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    got = compkit.ingest(path)
    assert _names(got, "competencies") == ["Role Highlights", "Communication"]
    assert _count(got) == 18
