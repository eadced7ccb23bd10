"""Sheets, CSV and data files (round 24, D): what a user's day found.

- A data file naming no competency was refused: a JSON or YAML file holding one competency's
  levels and nothing else (``{"L1": {"summary": ..., "detail": ...}, ...}``, as 17 of the EM
  Competency Matrix's 28 Japanese files, MIT, ``tests/data/probe24d/em-devops.json``), or a
  file-level title over records giving only a level and a text. Each is read as one competency,
  named by the data's own title (or, for a file with none, the file's name), and the report
  records the name as a repair saying where it came from (EM: 166 → 287 of 287 statements,
  with ``textfile`` passing the file's name: ``/tmp/s24/work/D/patches``).
- A public competence matrix (hudy93/performance-hub, no licence stated: measured in /tmp)
  sets each cluster's name merged down column A, the first merged up into the header row
  ("Technology (common foundation)", read as a level for its "foundation"), and its top rung
  "Staff Engineer" (no level word) after "Senior Engineer": the cluster names were statements
  of a level "Technology (common foundation)" and Staff Engineer's 42 statements were lost.
  The column is the rows' group and Staff Engineer a level (141 garbled → 171 statements);
  its JSON twin, the levels' statements keyed by the same names under "expectations", was
  refused (→ 84 of 84).
- An onboarding skills matrix (FocusedDiversity/capstone-skills-analysis, no licence stated)
  lists the level each skill needs on day 1 and day 90 ("Awareness", "Basic", "Proficient")
  beside notes: 60 level words were read as statements; it is refused saying what it is.

Every other fixture here is our own text, laid out in the shapes of the public files measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compkit.cli import main
from compkit.ingest import ingest
from compkit.ingest.frontmatter import read_front_matter

DATA = Path(__file__).parent / "data" / "probe24d"

TITLED = {
    "title": "Listening",
    "statements": [
        {"level": 1, "text": "Hears a speaker out before answering."},
        {"level": 1, "text": "Asks what a word means when unsure."},
        {"level": 2, "text": "Sums up what was said and checks it."},
        {"level": 3, "text": "Draws out the views of quiet members."},
    ],
}


def _messages(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_records_under_a_file_title_are_one_competency_named_by_it(tmp_path):
    path = tmp_path / "listening.json"
    path.write_text(json.dumps(TITLED, indent=1), encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Listening"]
    assert fw.indicators["text"].tolist() == [s["text"] for s in TITLED["statements"]]
    assert fw.indicators["level"].tolist() == ["level-1", "level-1", "level-2", "level-3"]
    repairs = result.report.to_frame().query("kind == 'repair'")["message"].tolist()
    assert repairs == [
        "competency 'Listening' named by the data's 'title' (the data names no competency)"
    ]
    assert not any(m.startswith("the data not read") for m in _messages(result))


def test_yaml_records_under_a_name(tmp_path):
    path = tmp_path / "feedback.yaml"
    path.write_text(
        "name: Giving feedback\n"
        "behaviours:\n"
        "  - level: Foundation\n"
        "    behaviour: Thanks people for their work.\n"
        "  - level: Foundation\n"
        "    behaviour: Says what went well, with an example.\n"
        "  - level: Advanced\n"
        "    behaviour: Gives hard feedback in private and soon.\n",
        encoding="utf-8",
    )
    result = ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Giving feedback"]
    assert [lv.name for lv in fw.level_records] == ["Foundation", "Advanced"]
    assert len(fw.indicators) == 3
    third = result.document["competencies"][0]["indicators"][2]
    assert third["source"] == {"lines": [8]}


def test_a_file_of_levels_alone_is_named_by_the_file_name():
    lines = (DATA / "em-devops.json").read_text(encoding="utf-8").split("\n")
    front = read_front_matter(lines, whole=True, file_name="em-devops")
    comps = {r.labels[0].text for r in front.regions}
    assert comps == {"Em devops"}
    assert len([p for r in front.regions for p in r.paras]) == 12
    assert front.level_names == [f"Level {n}" for n in range(1, 7)]
    assert front.notes[0][:2] == (
        "repair",
        "competency 'Em devops' named by the file's name (the data names no competency)",
    )
    assert (
        read_front_matter(lines, whole=True) is None
        or not read_front_matter(lines, whole=True).regions
    )  # no name to give it: nothing read, as before


@pytest.mark.parametrize(
    "data",
    [
        [{"level": 1, "text": "Only one record."}],  # one record is no list of statements
        {"title": "Notes", "items": [{"text": "No level here."}, {"text": "Nor here."}]},
    ],
)
def test_data_without_levels_is_still_refused(tmp_path, capsys, data):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "no competency framework found in this data file" in err
    assert not (tmp_path / "out.yaml").exists()


# A matrix laid out as a public one on GitHub (hudy93/performance-hub's Competence_Matrix.xlsx,
# no licence stated: measured in /tmp, not copied): each cluster's name merged down column A,
# the first merged up into the header row; "Staff Engineer" after "Senior Engineer", an
# unheaded column of an assessor's notes between them.
MATRIX = [
    ("Engineering (common foundation)", "Testing", "Writes unit tests.", "Designs test plans."),
    (None, "Tooling", "Uses the build tools.", "Improves the build."),
    (None, "Design", "Follows the patterns.", "Chooses the patterns."),
    ("Working with others", "Feedback", "Asks for feedback.", "Gives feedback kindly."),
    (None, "Mentoring", "Pairs with a peer.", "Coaches two engineers."),
]


def _matrix(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Matrix"
    ws.append([MATRIX[0][0], "Competency Area", "TAG", "Junior Engineer", "Senior Engineer",
               None, "Staff Engineer"])  # fmt: skip
    for n, (_, name, junior, senior) in enumerate(MATRIX, 2):
        staff = f"Sets the standard for {name.lower()} across teams."
        ws.append([None, name, "SKILL", junior, senior, "yes" if n % 2 else None, staff])
    ws["A5"] = MATRIX[3][0]
    ws.merge_cells("A1:A4")
    ws.merge_cells("A5:A6")
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    return path


def test_a_group_column_merged_down_and_a_top_rung_named_like_the_levels(tmp_path):
    result = ingest(_matrix(tmp_path))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [
        "Junior Engineer", "Senior Engineer", "Staff Engineer"
    ]  # fmt: skip
    groups = {c.name: c.group for c in fw.competency_records}
    assert groups == {
        "Testing": "engineering-common-foundation",
        "Tooling": "engineering-common-foundation",
        "Design": "engineering-common-foundation",
        "Feedback": "working-with-others",
        "Mentoring": "working-with-others",
    }
    assert len(fw.indicators) == 15
    texts = set(fw.indicators["text"])
    assert "Working with others" not in texts and "yes" not in texts
    messages = _messages(result)
    assert any(
        m.startswith("column 'Engineering (common foundation)', blank but") for m in messages
    )
    assert "column 6 (2 cells) not read" in messages


def test_statements_keyed_by_level_names_one_unknown_to_the_word_lists(tmp_path):
    rows = [
        {"id": n, "name": name, "category": "Technology", "expectations": {
            "Junior Engineer": f"Learns {name.lower()}.",
            "Intermediate Engineer": f"Practises {name.lower()}.",
            "Senior Engineer": f"Teaches {name.lower()}.",
            "Staff Engineer": f"Sets the bar for {name.lower()}.",
        }}
        for n, name in enumerate(["Testing", "Reviews"], 1)
    ]  # fmt: skip
    path = tmp_path / "competencies.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    fw = ingest(path).framework
    assert [lv.name for lv in fw.level_records][-1] == "Staff Engineer"
    assert len(fw.indicators) == 8
    assert [g.name for g in fw.group_records] == ["Technology"]


def test_a_sheet_of_required_level_names_beside_notes_is_refused_saying_so(tmp_path, capsys):
    # as an onboarding skills matrix on GitHub (no licence stated: measured in /tmp) keeps it
    rows = [
        ("Slack etiquette", "Communication", "Awareness", "Proficient", "Slide deck", "Low"),
        ("Time tracking", "Process", "Awareness", "Proficient", "How-to guide", "High"),
        ("Invoicing", "Administrative", "Awareness", "Proficient", "Template link", "High"),
        ("Video calls", "Communication", "Basic", "Proficient", "Slide deck", "Low"),
        ("Whiteboarding", "Communication", "Awareness", "Basic", "Slide deck", "Low"),
        ("Version control", "Technical", "Basic", "Proficient", "Assumed known", "Medium"),
    ]
    head = "Skill,Category,Proficiency Expected (Day 1),Proficiency Expected (90 Days),"
    head += "Current Training Method,Priority\n"
    path = tmp_path / "onboarding.csv"
    path.write_text(head + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "level columns ('Proficiency Expected (Day 1)', 'Proficiency Expected (90 Days)')" in err
    assert "hold level names only (Awareness, Basic, Proficient), no statements" in err
    assert not (tmp_path / "out.yaml").exists()


def test_a_data_file_of_names_alone_says_what_it_holds():
    # as a consultants' competency list on GitHub keeps it (no licence stated: measured in /tmp)
    text = (
        "# Competencies, by category\n"
        "Core Technical:\n  - Computer Hardware\n  - Fonts & Encoding\n"
        "Core:\n  - Mentoring\n  - Adult Education\n  - Interpersonal Skills\n"
    )
    front = read_front_matter(text.split("\n"), whole=True)
    assert not front.regions
    assert front.refusal.startswith(
        "a list of 5 competency names in 2 groups ('Core Technical', 'Core'), and no "
        "statements or levels"
    )
    lines = json.dumps({"title": "Notes", "items": ["Kept in Notion."]}).split("\n")
    assert read_front_matter(lines, whole=True).refusal == ""


def test_two_sheets_of_one_matrix_grouped_by_their_column_say_so(tmp_path):
    import openpyxl

    book = openpyxl.load_workbook(_matrix(tmp_path))
    book.copy_worksheet(book["Matrix"]).title = "Matrix v2"
    book["Matrix v2"]["D2"] = "Writes unit and contract tests."
    book.save(tmp_path / "two.xlsx")
    result = ingest(tmp_path / "two.xlsx")
    assert [g.name for g in result.framework.group_records] == [
        "Engineering (common foundation)", "Working with others"
    ]  # fmt: skip
    assert (
        "2 sheets repeat one header ('Matrix', 'Matrix v2'): read as one table, its rows "
        "grouped by the sheets' column of groups (the sheets' names in none)"
    ) in _messages(result)
