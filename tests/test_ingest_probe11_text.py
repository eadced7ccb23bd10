"""Eleventh probe, plain text: paragraphs wrapped at a width, labelled parts, hints as typed.

Fixtures quote short excerpts of real public frameworks, word for word, in the shape a user
gets when they paste them into a text file (each source named at its fixture; the pages state
no licence, so only a few lines are quoted, for testing):

- A capability directory's "Teamwork" page (staging.acorn.works/capability-directory/teamwork):
  a level's prose paragraph of three sentences, printed to PDF and copied (lines wrapped at
  the page's width, no blank lines).
- A levelling site's "Teamwork" competency (leveling.arbini.dev/competencies/teamwork): a
  "Proficiency Levels" label over "Level 1" ... "Level 4", each a paragraph in second person.
- A US "Core Competencies" dictionary (as 360docs.net keeps it): each competency's name over
  "Definition: ...", "Key Behaviors" over glued bullets ("•Uses ..."), "Proficiency Levels"
  over items opening with a level's name ("–Expert: Models, ..."), pasted from Word with no
  blank lines.
- Wyoming Workforce Planning's "Written Communication" competency (a state page, saved as
  text): "Definition" on a line of its own over the paragraph it labels, "Behavioral
  Descriptions" over "Proficiency Level 5" ... "Proficiency Level 1".

SFIA's reference guide (© SFIA Foundation; read, not copied here) has the same wrapped prose:
a skill's level is several paragraphs, each a line or a few, wrapped at the column's width;
the self-written fixture below has its shape.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from compkit.cli import main
from compkit.ingest import ingest
from compkit.ingest.limits import IngestError
from compkit.testing import cells_by_name

_ACORN = """\
Skip to main content
Teamwork
Teamwork is the ability to collaborate effectively with diverse individuals to achieve
common goals. In a core capability context, it implies understanding strengths, adapting to
group dynamics, and fostering unity. Proficient teamwork results in efficient operations,
improved morale, and innovative solutions.
Level 1: Emerging
At a foundational level you are willing to work with others, listening to different ideas
and doing your part to help the team. You respect team roles and take guidance from more
experienced colleagues. This helps build trust and sets the groundwork for positive,
productive group work.
Level 2: Proficient
At a developing level you are starting to contribute to team discussions and share
information with others, even if you are still building confidence. You listen to team
members and try to support group decisions, but may need guidance to adapt your approach.
Your efforts help the team move forward and encourage a sense of inclusion.
"""


def _write(tmp_path, text: str, name: str = "framework.txt", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_a_prose_paragraph_wrapped_at_the_page_width_is_one_statement(tmp_path):
    cells = cells_by_name(ingest(_write(tmp_path, _ACORN)).document)
    paragraphs = _ACORN.split("Level 1: Emerging\n")[1].split("Level 2: Proficient\n")
    assert list(cells.values()) == [[_one_line(p)] for p in paragraphs]


def test_crlf_and_windows_1252_read_the_same(tmp_path):
    text = _ACORN.replace("\n", "\r\n")
    cells = cells_by_name(ingest(_write(tmp_path, text, encoding="cp1252")).document)
    assert [len(v) for v in cells.values()] == [1, 1]


# SFIA's shape (self-written): a full-width line ending with a stop runs on when the next
# line's first word would not have fitted; a line stopping short ends its paragraph.
_SFIA_SHAPE = """\
Data modelling DTMD

Level 3
Applies standard modelling techniques to the data of one
system, and explains the models to colleagues. Keeps the
models current as the services change.
Reviews the models of others against agreed standards.
Records the findings.

Level 4
Investigates the problems of a service with a range of
modelling techniques, and advises colleagues on the data
they hold.
Sets the standards.
"""


def test_a_full_width_line_runs_on_and_a_short_one_ends_its_paragraph(tmp_path):
    result = ingest(_write(tmp_path, _SFIA_SHAPE))
    cells = cells_by_name(result.document)
    assert cells[("Data modelling DTMD", "Level 3")] == [
        "Applies standard modelling techniques to the data of one system, and explains the "
        "models to colleagues. Keeps the models current as the services change.",
        "Reviews the models of others against agreed standards. Records the findings.",
    ]
    assert cells[("Data modelling DTMD", "Level 4")] == [
        "Investigates the problems of a service with a range of modelling techniques, and "
        "advises colleagues on the data they hold.",
        "Sets the standards.",
    ]
    messages = result.report.to_frame()["message"].tolist()
    assert any("wrapped at the text's line width (56 characters)" in m for m in messages)


_ARBINI = """\
Teamwork

Collaborating effectively with others to achieve common goals and objectives.

Proficiency Levels

Level 1

At Level 1, teamwork is about showing up, being dependable, and beginning to understand how your role contributes to shared goals. You're learning how to work within a group, how to communicate respectfully, and how to balance individual ownership with team needs.

Level 2

At Level 2, you're a consistently positive and collaborative contributor. You're starting to work more seamlessly with others—planning together, adjusting to changing needs, and balancing your own productivity with the team's priorities.
"""


def test_a_proficiency_levels_label_over_the_levels_names_no_competency(tmp_path):
    result = ingest(_write(tmp_path, _ARBINI))
    fw = result.document
    assert [c["name"] for c in fw["competencies"]] == ["Teamwork"]
    assert [lv["name"] for lv in fw["levels"]] == ["Level 1", "Level 2"]
    assert [len(v) for v in cells_by_name(fw).values()] == [1, 1]


_US_CORE = """\
Core Competencies
Written Communication
Definition: Express oneself clearly in business writing.
Key Behaviors
•Uses writing effectively to create simple documents
•Tailors writing style to audience
Proficiency Levels
–Expert: Models, leads, trains, and motivates multiple levels of personnel to be excellent in written communication.
–Intermediate: Usually uses writing effectively to advance business aims, creates complex documents that achieve desired results, tailors writing style to the audience, and organizes and
expresses complex ideas effectively; using graphics and other aids as needed.
–Awareness: Demonstrates a common knowledge or understanding in written communication, but may avoid or miss opportunities to communicate effectively in business writing.
Oral Communication
Definition: Delivers clear, effective communication and takes responsibility for understanding others. Key Behaviors:
•Organizes and expresses ideas clearly orally
Proficiency Levels
–Expert: Models, leads, trains, and motivates multiple levels of personnel to be excellent in written communication.
–Awareness: Demonstrates a common knowledge or understanding of oral communication, but may avoid or miss opportunities to deliver effective communication or take responsibility to understand others.
"""


def test_a_name_over_a_definition_line_and_levels_opening_items(tmp_path):
    result = ingest(_write(tmp_path, _US_CORE))
    fw = result.document
    assert [c["name"] for c in fw["competencies"]] == [
        "Written Communication",
        "Oral Communication",
    ]
    assert fw["competencies"][1]["description"].startswith(
        "Definition: Delivers clear, effective communication and takes responsibility for "
        "understanding others."
    )
    assert [lv["name"] for lv in fw["levels"]] == ["Awareness", "Intermediate", "Expert"]
    cells = cells_by_name(fw)
    assert cells[("Written Communication", "Intermediate")] == [
        "Usually uses writing effectively to advance business aims, creates complex documents "
        "that achieve desired results, tailors writing style to the audience, and organizes and "
        "expresses complex ideas effectively; using graphics and other aids as needed."
    ]
    texts = [t for v in cells.values() for t in v]
    assert not any(t.startswith(("Proficiency Levels", "Expert:", "–")) for t in texts)
    messages = result.report.to_frame()["message"].tolist()
    assert any("parts set aside ('Key Behaviors', 'Proficiency Levels'" in m for m in messages)


_WYOMING = """\
Written Communication

Definition

Ability to communicate ideas, thoughts, facts in writing.  Skill in using correct grammar, correct spelling, sentence and document structure, accepted document formatting, and special literary techniques to communicate a message in writing.

Behavioral Descriptions

Proficiency Level 2
  • Appropriately communicates most ideas.

  • Uses correct grammar and syntax in written communications.

Proficiency Level 1
  • Difficulty communicating ideas in writing.

  • Writes messages that are sometimes unclear.
"""


def test_a_definition_label_on_its_own_line_describes_the_name_above_it(tmp_path):
    fw = ingest(_write(tmp_path, _WYOMING)).document
    assert [c["name"] for c in fw["competencies"]] == ["Written Communication"]
    assert fw["competencies"][0]["description"].startswith("Ability to communicate ideas")
    assert [len(v) for v in cells_by_name(fw).values()] == [2, 2]


@pytest.mark.parametrize(
    ("hints", "said"),
    [
        ({"levels": "Senior"}, "levels='Senior' is one string; expected a list of level names"),
        ({"levels": []}, "levels=[] names no level"),
        ({"levels": [1, 2]}, "levels=[...] names 1, not a name"),
        ({"levels": ["Level 1", "level 1"]}, "levels=[...] names 'level 1' twice"),
        ({"stem": ""}, "stem= is empty; expected the words every statement completes"),
        ({"title": "  "}, "title= is empty"),
    ],
)
def test_a_bad_hint_is_refused_in_one_line_as_python_spells_it(tmp_path, hints, said):
    with pytest.raises(IngestError, match=r"^[^\n]*$") as caught:
        ingest(_write(tmp_path, _ACORN), **hints)
    assert said in str(caught.value)


def _cli(capsys, *args: str) -> SimpleNamespace:
    code = main(["ingest", *args])
    return SimpleNamespace(returncode=code, stderr=capsys.readouterr().err)


def test_the_command_line_names_the_options_as_typed(tmp_path, capsys):
    path = _write(tmp_path, _ACORN)
    out = str(tmp_path / "out.yaml")
    done = _cli(capsys, str(path), "-o", out, "--layout", "level-columns")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "--layout level-columns reads tables" in done.stderr
    assert "try --layout headings-lists" in done.stderr
    assert "layout '" not in done.stderr
    done = _cli(capsys, str(path), "-o", out, "--levels", "Nope")
    assert done.returncode == 2
    assert "the --levels given ('Nope') leave out" in done.stderr
    done = _cli(capsys, str(path), "-o", out, "--level-from", "nothing")
    assert "--level-from 'nothing' names no kind of label" in done.stderr
    assert "level_from" not in done.stderr


def test_a_wide_sheet_refusal_names_levels_as_the_command_line_types_it(tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Skill", "Description", "Notes"])
    book.active.append(["Listening", "Hears others out.", "Asks questions."])
    path = tmp_path / "skills.xlsx"
    book.save(path)
    done = _cli(capsys, str(path), "-o", str(tmp_path / "out.yaml"), "--layout", "level-columns")
    assert done.returncode == 2
    assert "levels=[" not in done.stderr
    assert "--levels NAME ..." in done.stderr


# The University of Florida's job competencies (teams-titles.hr.ufl.edu, "Written
# Communications"), a page saved as text: its bullets lost, a blank line between statements.
_UF = """\
unit logo

Written Communications

Knowledge of written communications issues and ability to produce a variety of business documents that demonstrate command of language, clarity of thought, and orderliness of presentation.

Behavior Statements

Proficiency Level 1 - Basic understanding

Writes documents that are correct in mechanics - spelling, grammar, punctuation, sentence structure.

Describes characteristics of skillful business or technical writing.

Proficiency Level 2 - Working experience

Produces written materials relevant to own work and department.

Edits out technical jargon when inappropriate.

Welcomes and uses feedback/editing assistance.

Interview Questions

  • What steps have you taken in the past year to evaluate and improve your presentation skills?

Titles with Shared Competencies
"""


def test_proficiency_level_headings_over_unmarked_statements(tmp_path):
    result = ingest(_write(tmp_path, _UF))
    fw = result.document
    assert [lv["name"] for lv in fw["levels"]] == [
        "Proficiency Level 1 - Basic understanding",
        "Proficiency Level 2 - Working experience",
    ]
    assert [c["name"] for c in fw["competencies"]] == ["Written Communications"]
    assert [len(v) for v in cells_by_name(fw).values()] == [2, 3]
    messages = result.report.to_frame()["message"].tolist()
    assert any(
        "'Interview Questions', 'Titles with Shared Competencies' set aside" in m for m in messages
    )
    assert "unit logo" not in str(fw)


def test_suggested_activities_after_the_levels_are_no_level(tmp_path):
    text = _WYOMING + (
        "\nSuggested Activities for Development\n"
        "  • Volunteer to summarize notes from meetings. Distribute the summaries to others and "
        "ask for feedback.\n"
    )
    fw = ingest(_write(tmp_path, text)).document
    assert sorted(lv["name"] for lv in fw["levels"]) == [
        "Proficiency Level 1",
        "Proficiency Level 2",
    ]
    assert "Volunteer" not in str(fw["competencies"])
