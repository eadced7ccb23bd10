"""Level names with a years note, lines of one long cell (probe 12).

Sources, rebuilt word for word as the workbooks and CSV files a user would have:

- Rent the Runway's engineering ladder (the public Google Sheet "Software Development/Leadership
  Ladder, multi-track, public", rows 2-7), transposed by hand: a column per level, headed as the
  sheet names its levels, "Engineer I (<1-2)" and "Engineer II (2-6+)" (years in the role);
- Nsairat/professional-skills ``cto-technical-leader/references/career-ladder-hiring.md``
  (levels 1-3, "Technical Skills" and "Behaviors"), transposed as a sheet with a column per level
  titled as the page titles it without "Level N:", "Junior Engineer (0-2 years)";
- UNICEF's competency definitions (Cluster | Competency | Definition and behavioural indicators,
  as reproduced at fdokumen.com), each competency's indicators a line each ending ";";
- the GSA Section 508 Program Manager Competency Guide (public domain, the corpus's
  ``gsa-508-pm``) as a long sheet, a row per competency and level and its key work behaviours a
  sentence a line;
- Rent the Runway's ladder made long (Level | Competency | Expectations), its paragraphs set
  apart by blank lines as the Google Sheet prints them;
- the HSE's stress management competency indicator tool (the corpus's
  ``hse-stress-competencies``) and the WHO Global Competency Model's "Knowing and managing
  yourself": a competency written once over rows that pair a positive with a negative behaviour,
  the shorter list's cells left blank.

Measured (``/tmp/s12/sheets``): the two ladders were refused ("no column names a level") unless
every level was typed again with ``--levels``; now read, 14 of 14 and 24 of 24 statements in their
cells. UNICEF's 33 indicators read as 6 statements, one per cell; now 33 of 33, each split recorded
with its line as printed. The HSE tool said 10 of its cells "blank: read as empty", 7 of them
cells of a list shorter than the other side's (now only Seeking advice's 3, which has no
negative behaviour at all).
"""

from __future__ import annotations

import csv

import pytest

import compkit
from compkit.framework import to_dict
from compkit.ingest.levelnames import level_score

openpyxl = pytest.importorskip("openpyxl")

RTR = {
    "Technical Skill": [
        "Broad knowledge of core CS concepts.\nFocus on growing as an engineer, learning existing "
        "tools, resources and processes",
        "Writes correct and clean code with guidance; consistently follows stated best practices"
        "\nParticipates in technical design of features with guidance",
    ],
    "Impact": [
        "Developing knowledge of a single component of our architecture",
        "Self-sufficient in at least one large area of the codebase (multiple services in a "
        "pillar, all frontend code related to a main funnel flow) with a high-level "
        "understanding of other components",
    ],
}
NSAIRAT = {
    "Technical Skills": [
        "Writes clean, tested code with review feedback\nLearns codebase and development workflow",
        "Designs and implements features independently\nWrites maintainable, well-tested code",
        "Makes sound technical trade-offs\nDebugs complex production issues",
    ],
    "Behaviors": [
        "Asks questions, seeks help appropriately\nReceptive to feedback, shows growth",
        "Takes ownership of deliverables\nHelps onboard new team members",
        "Leads projects from design to delivery\nBuilds relationships across teams",
    ],
}


def _wide(path, corner, levels, rows):
    book = openpyxl.Workbook()
    book.active.append([corner, *levels])
    for name, cells in rows.items():
        book.active.append([name, *cells])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("corner", "levels", "rows"),
    [
        ("Competency", ["Engineer I (<1-2)", "Engineer II (2-6+)"], RTR),
        (
            "Area",
            [
                "Junior Engineer (0-2 years)",
                "Software Engineer (2-4 years)",
                "Senior Engineer (4-7 years)",
            ],
            NSAIRAT,
        ),
    ],
)
def test_level_columns_named_with_the_years_they_take(tmp_path, corner, levels, rows):
    result = compkit.ingest(_wide(tmp_path / "ladder.xlsx", corner, levels, rows))
    fw = to_dict(result.framework)
    assert [lv["name"] for lv in fw["levels"]] == levels
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    for comp in fw["competencies"]:
        for k, level in enumerate(levels):
            said = [i["text"] for i in comp["indicators"] if names[i["level"]] == level]
            assert said == rows[comp["name"]][k].split("\n")


def test_a_years_note_is_read_past_not_taken_for_a_level():
    assert level_score("Engineer II (2-6+)") == level_score("Engineer II")
    assert level_score("Staff Engineer (7-10+ years)") > 0  # a title said in years
    assert level_score("Communication (1-2)") == 0  # a name and a number: no years said


UNICEF = {
    "Integrity": "Maintains high ethical standards;\ntakes clear ethical stands;\nkeeps promises;\n"
    "immediately addresses untrustworthy or dishonest behavior;\nresists pressure in "
    "decision-making from internal and external sources;\ndoes not abuse power or authority",
    "Diversity and Inclusion": "Treats all people with dignity and respect;\nshows respect and "
    "sensitivity towards gender, cultural and religious differences;\nchallenges prejudice, "
    "biases and intolerance in the workplace;\nencourages diversity wherever possible",
}
GSA = {
    ("Program Management", "Advanced"): "Establish and communicate a program vision and a "
    "roadmap toward program maturity.\nConvey the value of and justify the need for program "
    "resources.\nManage a portfolio to assess program health and prioritize the various "
    "projects within the program.",
    ("Program Management", "Beginner"): "Oversee the implementation of plans, procurements, "
    "risks, and deliverables of program elements.\nDevelop and track performance metrics and "
    "provide regular program-level status updates.",
}


def _csv(path, rows, delimiter=";"):
    """A CSV file as Excel saves one where the list separator is ";" (or as given)."""
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _cells(result) -> dict[tuple[str, str], list[dict]]:
    fw = to_dict(result.framework)
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    out: dict[tuple[str, str], list[dict]] = {}
    for comp in fw["competencies"]:
        for ind in comp["indicators"]:
            out.setdefault((comp["name"], names[ind["level"]]), []).append(ind)
    return out


def test_items_ending_in_semicolons_a_line_each_are_statements(tmp_path):
    rows = [["Cluster", "Competency", "Definition and behavioural indicators"]]
    rows += [["CORE VALUES", name, text] for name, text in UNICEF.items()]
    path = _csv(tmp_path / "unicef.csv", rows)
    result = compkit.ingest(path, text_from="Definition and behavioural indicators")
    cells = _cells(result)
    for name, text in UNICEF.items():
        read = cells[(name, "All levels")]
        lines = text.split("\n")
        assert [i["text"] for i in read] == [t.removesuffix(";") for t in lines]  # word for word
        assert all(i["repair"]["kind"] == "split-merged-statements" for i in read)
        assert f"its line 2, {lines[1]!r}, as printed (its closing ';'" in read[1]["repair"]["note"]
        assert "closing" not in read[-1]["repair"]["note"]  # the last item ends in no ";"
    repairs = [n.message for n in result.report.notes if n.kind == "repair"]
    assert len(repairs) == 2 and "6 lines, each ending ';' or a sentence" in repairs[0]


def test_sentences_a_line_each_and_paragraphs_are_statements(tmp_path):
    rows = [["Competency", "Level", "Key Work Behaviors"]]
    rows += [[c, lv, text] for (c, lv), text in GSA.items()]
    cells = _cells(compkit.ingest(_csv(tmp_path / "gsa.csv", rows)))
    for key, text in GSA.items():
        assert [i["text"] for i in cells[key]] == text.split("\n")
    book = openpyxl.Workbook()
    book.active.append(["Level", "Competency", "Expectations"])
    for k, level in enumerate(["Engineer I (<1-2)", "Engineer II (2-6+)"]):
        book.active.append(
            [level, "Technical Skill", RTR["Technical Skill"][k].replace("\n", "\n\n")]
        )
    book.save(tmp_path / "rtr.xlsx")
    result = compkit.ingest(tmp_path / "rtr.xlsx")
    cells = _cells(result)
    assert [i["text"] for i in cells[("Technical Skill", "Engineer II (2-6+)")]] == (
        RTR["Technical Skill"][1].split("\n")  # the first paragraph ends in no stop
    )
    assert "paragraphs set apart by blank lines" in " ".join(n.message for n in result.report.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Treats all people with dignity and\nrespect for their views",  # a wrapped line
        "Uses the team's tools, e.g.\nversion control and the build system.",
        "You can:\nplan your own work",  # a stem over one line
    ],
)
def test_lines_of_one_statement_stay_one(tmp_path, text):
    rows = [["Competency", "Level", "Statement"], ["Teamwork", "1", text]]
    path = _csv(tmp_path / "x.csv", rows, delimiter=",")
    (read,) = _cells(compkit.ingest(path)).values()
    assert len(read) == 1 and "repair" not in read[0]


#: (competency, [(positive, negative), ...]): HSE's "Managing workload" (its 4 and 2 behaviours)
#: and WHO's "Knowing and managing yourself" (3 and 2), as the pair tables print them
PAIRS = {
    "Managing workload and resources": [
        ("bringing in additional resource to handle workload", "delegating work unequally to team"),
        ("aware of team members’ ability", "creating unrealistic deadlines"),
        ("monitoring team workload", None),
        ("refusing to take on additional work when team is under pressure", None),
    ],
    "Knowing and managing yourself": [
        ("Works productively in an environment where clear information or direction is not "
         "always available", "Demonstrates helplessness when confronted with ambiguous situations"),
        ("Remains productive when under pressure",
         "Demonstrates a lack of emotional control during difficult situations"),
        ("Stays positive in the face of challenges and recovers quickly from setbacks", None),
    ],
    "Seeking advice": [("seeking advice from other managers", None)],
}  # fmt: skip


def test_the_shorter_side_of_a_name_written_once_is_no_empty_cell(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Competency", "Positive behaviour", "Negative behaviour"])
    for name, rows in PAIRS.items():
        for k, pair in enumerate(rows):
            book.active.append([name if k == 0 else None, *pair])
    book.save(tmp_path / "pairs.xlsx")
    result = compkit.ingest(tmp_path / "pairs.xlsx", blank_cells="undefined")
    fw = to_dict(result.framework)
    for comp in fw["competencies"]:
        sides = {p: [i["text"] for i in comp["indicators"] if i.get("polarity", "effective") == p] for p in
                 ("effective", "ineffective")}  # fmt: skip
        assert sides["effective"] == [p for p, _ in PAIRS[comp["name"]]]
        assert sides["ineffective"] == [n for _, n in PAIRS[comp["name"]] if n]
    blanks = [n.message for n in result.report.notes if "is blank" in n.message]
    assert blanks and all("Seeking advice" in m for m in blanks)  # no negative at all: said
    assert all("read as empty (the cell holds the other side's)" in m for m in blanks)
    assert not any(c.get("undefined") for c in fw["competencies"])  # each cell holds statements
