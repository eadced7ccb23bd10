"""Probe 26 (H): spreadsheets, CSV and data files of frameworks never seen, and TOML.

TOML was not read (a known limit): some ladders are kept as TOML in their repositories. Ian
Kent's TOML of the UK Civil Service Competency Framework 2012 (``tests/data/probe26h``, see its
README), the file his JSON (``tests/data/probe25h``) was converted from, is the real case: 670
statements in ten competencies, three clusters, six levels, effective and ineffective. A TOML
file is read as the JSON it holds, each key on its TOML line (:mod:`compkit.ingest.datatoml`),
so it reads as the JSON reads and the report's lines are the TOML's. The reader's hook
is in ``ingest/textfile.py`` and ``ingest/limits.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from compkit.ingest import ingest
from compkit.ingest.datatoml import toml_as_json
from compkit.ingest.limits import IngestError

DATA = Path(__file__).parent / "data" / "probe26h"
CSCF_JSON = Path(__file__).parent / "data" / "probe25h" / "cscf-2012.json"


def _line_of(text: str, phrase: str) -> int:
    """The number of the first line holding ``phrase``."""
    return next(n for n, line in enumerate(text.split("\n"), 1) if phrase in line)


def test_toml_reads_as_the_same_data():
    text = (DATA / "cscf-2012.toml").read_text(encoding="utf-8")
    assert json.loads(toml_as_json("cscf-2012.toml", text)) == tomllib.loads(text)


def test_every_key_and_item_stands_on_its_toml_line():
    text = (DATA / "platform-ladder.toml").read_text(encoding="utf-8")
    out = toml_as_json("platform-ladder.toml", text).split("\n")
    source = text.split("\n")
    assert len(out) <= len(source)
    for phrase in (
        '"title"',
        '"Delivers well-scoped tasks with guidance"',
        '"Asks for help when blocked"',
        '"Engineer II"',
        "Unblocks others by",
        '"Resolves disagreements openly"',
        '"Collaboration"',
    ):
        json_line = next(n for n, line in enumerate(out) if phrase in line)
        toml_line = next(n for n, line in enumerate(source) if phrase.strip('"') in line)
        assert json_line == toml_line, phrase


def test_tables_arrays_of_tables_inline_tables_and_dates():
    text = (
        'title = "Ladder"\n'
        "published = 2026-11-30\n"
        "[meta]\n"
        'owner = { team = "People", "e-mail" = "people@example.org" }\n'
        "\n"
        "[[levels]]\n"
        'name = "L1"\n'
        "statements = [\n"
        '  "Learns the codebase",  # a comment\n'
        "  'Asks for reviews',\n"
        "]\n"
        "[[levels]]\n"
        'name = "L2"\n'
        '"statements" = ["Reviews others"]\n'
        "[levels.notes]\n"
        "text = '''Two\n"
        "lines'''\n"
    )
    out = toml_as_json("ladder.toml", text)
    data = json.loads(out)
    assert data == {
        "title": "Ladder",
        "published": "2026-11-30",
        "meta": {"owner": {"team": "People", "e-mail": "people@example.org"}},
        "levels": [
            {"name": "L1", "statements": ["Learns the codebase", "Asks for reviews"]},
            {"name": "L2", "statements": ["Reviews others"], "notes": {"text": "Two\nlines"}},
        ],
    }
    for phrase in ("Learns the codebase", "Asks for reviews", '"L2"', "text", "e-mail"):
        assert _line_of(out, phrase) == _line_of(text, phrase.strip('"')), phrase
    assert isinstance(tomllib.loads(text)["published"], dt.date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'title = "Ladder"\n\n[[levels]]\nname = "Junior\n',
            "ladder.toml: line 4, column 15: not valid TOML: a line break inside a one-line "
            "string (a closing quote missing?); expected a complete TOML document",
        ),
        (
            'title = "Ladder"\n[levels\nname = "x"\n',
            "ladder.toml: line 2, column 8: not valid TOML: expected ']' at the end of a table "
            "declaration; expected a complete TOML document",
        ),
        (
            "a = 1\na = 2\n",
            "ladder.toml: line 2, column 6: not valid TOML: a key given twice in one table; "
            "expected a complete TOML document",
        ),
    ],
)
def test_a_malformed_toml_file_is_refused_naming_its_line(text, expected):
    with pytest.raises(IngestError) as caught:
        toml_as_json("ladder.toml", text)
    assert str(caught.value).startswith(expected)
    assert "strings quoted and closed" in str(caught.value)


def _cells(result) -> Counter:
    rows = result.framework.indicators
    return Counter(
        zip(rows["competency"], rows["level_name"], rows["polarity"], rows["text"], strict=True)
    )


def test_cscf_as_toml_reads_as_its_json_reads():
    toml = ingest(DATA / "cscf-2012.toml")
    assert len(toml.framework.indicators) == 670
    assert _cells(toml) == _cells(ingest(CSCF_JSON))
    groups = sorted(g.name for g in toml.framework.group_records)
    assert groups == [
        "People Cluster - Engaging People",
        "Performance Cluster - Delivering Results",
        "Strategic Cluster - Setting Direction",
    ]
    assert "a text read as a TOML data file" in toml.report.to_markdown()


def test_cscf_as_toml_gives_the_toml_lines():
    rows = ingest(DATA / "cscf-2012.toml").framework.indicators
    text = (DATA / "cscf-2012.toml").read_text(encoding="utf-8").split("\n")
    found = rows[rows["text"] == "Look at issues from own viewpoint only"]
    line = int(found["source_lines"].iloc[0])
    assert text[line - 1].strip() == 'ineffective = """\\'
    assert text[line].strip() == "Look at issues from own viewpoint only\\"


def test_a_ladder_kept_as_toml_reads_by_its_level_names():
    rows = ingest(DATA / "platform-ladder.toml").framework.indicators
    assert Counter(zip(rows["competency"], rows["level_name"], strict=True)) == {
        ("Delivery", "Engineer I"): 2,
        ("Delivery", "Engineer II"): 1,
        ("Delivery", "Senior Engineer"): 2,
        ("Collaboration", "Engineer I"): 1,
        ("Collaboration", "Engineer II"): 1,
        ("Collaboration", "Senior Engineer"): 2,
    }
    assert "Unblocks others by breaking work into reviewable steps" in set(rows["text"])


def test_the_cli_refuses_a_malformed_toml_file_with_exit_2(tmp_path):
    path = tmp_path / "ladder.toml"
    path.write_text('title = "Ladder"\n[[levels]]\nname = "Junior\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "compkit", "ingest", str(path), "-o", str(tmp_path / "x.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "line 3, column 15: not valid TOML" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_toml_file_nested_thousands_deep_is_refused_not_crashed():
    text = "a = " + "[" * 3000 + "]" * 3000 + "\n"
    with pytest.raises(IngestError, match="nested too deeply to read"):
        toml_as_json("deep.toml", text)


# A skills map's layout file (self-written, in the shape of the ODI's skills-framework
# config CSVs, which state no licence): a name a row, its place in a grid of icons, its area.
_SKILLS_MAP = (
    "Title,Icon,Icon style,Row,Column,Area\n"
    "Finding data,search.png,,1,1,Basics\n"
    "Describing data,tag.png,left: 20%;,1,2,Basics\n"
    "Cleaning data,brush.png,,2,1,Handling\n"
    "Linking data,chain.png,,2,2,Handling\n"
    "Telling stories,book.png,,3,1,Communicating\n"
    "Managing change/risk,wheel.png,top: 10%;,3,2,Leading\n"
)


def test_a_list_of_names_placed_in_a_grid_is_no_sheet_of_ratings(tmp_path):
    path = tmp_path / "skills-map.csv"
    path.write_text(_SKILLS_MAP, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest(path)
    said = caught.value.reason
    assert said.startswith(
        "header row 1: a list of 6 names ('Title': 'Finding data', "
        "'Describing data', ...) in 4 groups ('Area': 'Basics', 'Handling', ...) with numbers "
        "beside them ('Row', 'Column'), and no column holds a statement, a description or a "
        "level: competencies' names alone"
    )
    assert "ratings" not in said


# The UK Government's DDaT capability framework's skills as a CSV download (see the README):
# "Skill Name | Skill Description | Awareness | Working | Practitioner | Expert | Roles that
# require Skill", every level cell "You can:" over "- " lines, some cells "This skill level is
# currently not defined.", 22 leadership skills with their statements in the description.
def _ddat_cells() -> Counter:
    import csv

    with (DATA / "ddat-skills.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    out: Counter = Counter()
    for row in rows[1:]:
        for level, cell in zip(rows[0][2:6], row[2:6], strict=True):
            for line in cell.split("\n"):
                if line.startswith("- "):
                    out[(row[0], level, " ".join(line[2:].split()))] += 1  # spaces as read
        if not any(row[2:6]):  # a leadership skill: "You can:" in the description, no level
            for line in row[1].split("\n")[1:]:
                if not line.startswith("- "):
                    break  # "Examples of leadership using this skill:": not read
                out[(row[0], "All levels", " ".join(line[2:].split()))] += 1
    return out


def test_ddat_skills_download_reads_every_statement_in_its_skill_and_level():
    result = ingest(DATA / "ddat-skills.csv")
    rows = result.framework.indicators
    read = Counter(zip(rows["competency"], rows["level_name"], rows["text"], strict=True))
    assert read == _ddat_cells()  # "You can" (its colon missing) is no statement
    assert len(rows) == 1874  # 1,804 at the four levels, 70 of 22 leadership skills
    notes = result.report.to_frame()
    said = notes.loc[notes["message"].str.contains("its colon missing"), "message"].tolist()
    assert said == [
        "cell D181 (User-centred content design, Working): 'You can' over its list read as the "
        "sheet's stem 'You can:' (its colon missing), not a statement"
    ]
    undefined = notes["message"].str.endswith(
        "reads 'This skill level is currently not defined.': recorded as undefined"
    )
    assert undefined.sum() == 60
    assert len(result.framework.role_records) == 47


def test_a_stem_without_its_colon_is_the_sheets_stem_only_where_others_open_with_it(tmp_path):
    stemmed = tmp_path / "stemmed.csv"
    stemmed.write_text(
        "Competency,Level 1,Level 2\n"
        'Listening,"I can:\n- hear others out","I can:\n- sum up a debate"\n'
        'Writing,"I can\n- write a note\n- spell","I can:\n- write a report"\n',
        encoding="utf-8",
    )
    rows = ingest(stemmed).framework.indicators
    assert rows["text"].tolist() == [
        "hear others out",
        "sum up a debate",
        "write a note",
        "spell",
        "write a report",
    ]
    plain = tmp_path / "plain.csv"  # no cell opens with a stem: the first line is a statement
    plain.write_text(
        "Competency,Level 1,Level 2\n"
        'Listening,"Hears others out\n- Asks questions","Sums up a debate"\n'
        'Writing,"Writes a note","Writes a report"\n',
        encoding="utf-8",
    )
    assert "Hears others out" in set(ingest(plain).framework.indicators["text"])


def test_a_ladders_columns_about_its_levels_are_the_levels_descriptions():
    result = ingest(DATA / "postman-oss-contributor.csv")
    levels = {lv.name: lv.description for lv in result.framework.level_records}
    assert len(result.framework.indicators) == 68
    assert levels["Open Source Contributor I"] == (
        "Experience: Typically requires a minimum of 2 years of professional experience."
    )
    assert levels["Senior Open Source Contributor"] == (
        "At this point, a person is mastering how effective they can be as an individual "
        "contributor.\n\nExperience: Typically requires a minimum of 6 years of professional "
        "experience."
    )
    notes = result.report.to_frame()
    assert not notes["message"].str.contains("descriptor for each competency").any()


def test_a_ladders_column_of_examples_is_not_its_levels_descriptions(tmp_path):
    path = tmp_path / "ladder.csv"
    path.write_text(
        "Level,Expectation,Summary,Example\n"
        "Junior,Writes tests for the code they change,Learns the craft with help,"
        "Added unit tests to the billing module\n"
        "Senior,Designs the test plan of a feature,Leads the work of a team,"
        "Planned the tests of the new checkout\n",
        encoding="utf-8",
    )
    result = ingest(path)
    levels = [lv.description for lv in result.framework.level_records]
    assert levels == ["Learns the craft with help", "Leads the work of a team"]
    notes = result.report.to_frame()
    # each row's example is its statement's note, word for word (since round 29; not read)
    assert notes["message"].str.startswith("column 'Example' read as the note").any()
    assert result.framework.indicators["note"].tolist() == [
        "Added unit tests to the billing module",
        "Planned the tests of the new checkout",
    ]


# Forward Impact's "Map" starter framework (Apache-2.0, see the README): a capability's skills
# as named objects, each keeping its description and its levels one object down, in
# "human": {"description": ..., "proficiencyDescriptions": {"awareness": ..., ...}}; a
# behaviour alone in its file with "maturityDescriptions" keyed by its own scale's words.
FI = DATA / "forwardimpact"


def test_skills_with_their_levels_one_object_down_are_read():
    result = ingest(FI / "capabilities" / "delivery.yaml")
    fw = result.framework
    rows = fw.indicators
    assert [c.name for c in fw.competency_records] == [
        "Task Completion",
        "Planning",
        "Data Integration",
    ]
    assert [lv.name for lv in fw.level_records] == [
        "awareness",
        "foundational",
        "working",
        "practitioner",
        "expert",
    ]
    assert len(rows) == 15
    first = rows.iloc[0]
    assert (first["competency"], first["level_name"], first["text"]) == (
        "Task Completion",
        "awareness",
        "You complete well-defined tasks with guidance, following established patterns and "
        "asking for help when needed.",
    )
    assert fw.competency_records[0].description.startswith("Completing work items reliably")
    assert "in its 'human' object" in result.report.to_markdown()


def test_a_behaviour_alone_keyed_by_its_maturity_scale_is_read():
    fw = ingest(FI / "behaviours" / "systems_thinking.yaml").framework
    assert [c.name for c in fw.competency_records] == ["Think in Systems"]
    assert [lv.name for lv in fw.level_records] == [
        "emerging",
        "developing",
        "practicing",
        "role_modeling",
        "exemplifying",
    ]
    assert fw.indicators["text"].iloc[-1] == (
        "Defines organizational systems architecture principles; recognized authority on "
        "complex systems"
    )


def test_a_data_file_kept_level_by_level_reads_each_levels_competencies(tmp_path):
    # Self-written, in the shape of Stride's open competency matrix (stride-so/matrix,
    # models/*.json; its README grants use "without limitation" but names no licence).
    data = {
        "themes": [
            {"title": "Collaboration", "skills": ["Teamwork", "Feedback"]},
            {"title": "Technology", "skills": ["Testing"]},
        ],
        "levels": [
            {
                "name": "Level 0",
                "titles": ["Junior Engineer"],
                "detail": "You are learning quickly.",
                "skills": [
                    {"name": "Teamwork", "body": "Helps teammates when asked."},
                    {"name": "Feedback", "body": "Asks peers for feedback and acts on it."},
                    {"name": "Testing", "body": "Writes unit tests for the code they change."},
                ],
            },
            {
                "name": "Level 1",
                "titles": ["Engineer"],
                "skills": [
                    {"name": "Teamwork", "body": "Organises pairing across the team."},
                    {"name": "Testing", "body": "Designs the test plan of a feature."},
                ],
            },
        ],
    }
    path = tmp_path / "matrix.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = ingest(path)
    rows = result.framework.indicators
    assert sorted(zip(rows["competency"], rows["level_name"], rows["text"], strict=True)) == [
        ("Feedback", "Level 0", "Asks peers for feedback and acts on it."),
        ("Teamwork", "Level 0", "Helps teammates when asked."),
        ("Teamwork", "Level 1", "Organises pairing across the team."),
        ("Testing", "Level 0", "Writes unit tests for the code they change."),
        ("Testing", "Level 1", "Designs the test plan of a feature."),
    ]
    groups = {c.name: c.group for c in result.framework.competency_records}
    assert groups == {
        "Teamwork": "collaboration",
        "Feedback": "collaboration",
        "Testing": "technology",
    }
    assert "Junior Engineer" not in set(rows["text"])  # a level's job titles: no statement
