"""Probe 27 (H): spreadsheets, CSV and data files of frameworks never seen; two known limits.

The twenty-sixth round left two limits in data and sheets. Forward Impact's ``levels.yaml``
(Apache-2.0; ``tests/data/probe27h/forwardimpact``, see its README) keeps each level's texts in
one object keyed by competency (``expectations: {impactScope: ..., autonomyExpectation:
...}``), the level named by ``professionalTitle``: it was refused as holding no framework
(:mod:`compkit.ingest.datalevelmajor`). The DDaT skills download (``tests/data/probe26h``)
leaves the level cells of its 22 leadership skills blank and writes their "You can:" list in
the description column: they were left out (:mod:`compkit.ingest.sheetdescribed`).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from compkit.ingest import ingest
from compkit.ingest.limits import IngestError

DATA = Path(__file__).parent / "data" / "probe27h"
FI = DATA / "forwardimpact"
DDAT = Path(__file__).parent / "data" / "probe26h" / "ddat-skills.csv"


def _expectations(path: Path) -> Counter:
    """(competency key, level title, text) of every level's ``expectations`` in the file."""
    levels = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Counter(
        (key, level["professionalTitle"], " ".join(text.split()))
        for level in levels
        for key, text in level["expectations"].items()
    )


def test_forward_impact_levels_read_each_levels_expectations_by_competency():
    for name, levels in (
        ("levels.yaml", 2),
        ("example-levels.yaml", 3),
        ("example-grades.yaml", 5),
    ):
        result = ingest(FI / name)
        rows = result.framework.indicators
        names = {
            "impactScope": "Impact scope",
            "autonomyExpectation": "Autonomy expectation",
            "influenceScope": "Influence scope",
            "complexityHandled": "Complexity handled",
        }
        expected = Counter(
            {(names[k], lv, text): n for (k, lv, text), n in _expectations(FI / name).items()}
        )
        read = Counter(zip(rows["competency"], rows["level_name"], rows["text"], strict=True))
        assert read == expected
        assert len(rows) == 4 * levels
        said = "; ".join(result.report.reasons)
        assert "keyed by competency; names written from the keys: 'impactScope' -> " in said
        unread = result.report.to_frame()
        unread = unread.loc[unread["message"].str.startswith("the data not read:"), "message"]
        assert "managementTitle" in unread.iloc[0] and "qualificationSummary" in unread.iloc[0]


def test_a_list_of_competencies_keyed_by_level_is_still_read_by_competency(tmp_path):
    keyed_by_level = [
        {
            "name": "Testing",
            "expectations": {
                "Junior Engineer": "Writes unit tests with help",
                "Senior Engineer": "Sets the team's testing standards",
            },
        },
        {
            "name": "Delivery",
            "expectations": {
                "Junior Engineer": "Delivers small tasks on time",
                "Senior Engineer": "Leads projects across several teams",
            },
        },
    ]
    path = tmp_path / "skills.yaml"
    path.write_text(yaml.safe_dump(keyed_by_level), encoding="utf-8")
    levels = [
        {
            "jobTitle": "Engineer I",
            "expectations": {"scope": "Works on single tasks", "reach": "Helps their own team"},
        },
        {
            "jobTitle": "Engineer II",
            "expectations": {
                "scope": "Owns whole features alone",
                "reach": "Helps nearby teams too",
            },
        },
    ]
    other = tmp_path / "levels.yaml"
    other.write_text(yaml.safe_dump(levels), encoding="utf-8")
    rows = ingest(path).framework.indicators
    assert sorted(set(rows["competency"])) == ["Delivery", "Testing"]
    assert sorted(set(rows["level_name"])) == ["Junior Engineer", "Senior Engineer"]
    rows = ingest(other).framework.indicators  # refused before: named by a key in "title"
    assert sorted(zip(rows["competency"], rows["level_name"], strict=True)) == [
        ("Reach", "Engineer I"),
        ("Reach", "Engineer II"),
        ("Scope", "Engineer I"),
        ("Scope", "Engineer II"),
    ]


def _leadership() -> Counter:
    """The DDaT leadership skills' "You can:" items, each at "All levels"."""
    import csv

    with DDAT.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    out: Counter = Counter()
    for row in rows[1:]:
        if not any(row[2:6]):
            for line in row[1].split("\n")[1:]:
                if not line.startswith("- "):
                    break
                out[(row[0], "All levels", " ".join(line[2:].split()))] += 1
    return out


def test_ddat_leadership_skills_read_from_their_description_at_all_levels():
    result = ingest(DDAT)
    rows = result.framework.indicators
    rows = rows[rows["level_name"] == "All levels"]
    read = Counter(zip(rows["competency"], rows["level_name"], rows["text"], strict=True))
    assert read == _leadership()
    assert len(rows) == 70 and rows["competency"].nunique() == 22
    notes = result.report.to_frame()["message"]
    examples = notes[notes.str.contains("'Examples of leadership using this skill:' and")]
    assert len(examples) == 22
    assert notes.str.startswith("22 rows with every level cell blank").sum() == 1
    assert not notes.str.contains("holds no statement").any()


def test_a_description_is_read_as_statements_only_under_the_sheets_stem(tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text(
        "Skill,Description,Working,Expert\n"
        'Coding,Writing code,"You can:\n- write code","You can:\n- review code"\n'
        'Budgets,"Managing money:\n- plans spend",,\n'
        'Testing,Testing code,"You can:\n- write tests","You can:\n- plan tests"\n'
        'Strategy,"You can:\n- set direction\n- weigh options\nExamples:\n- a roadmap",,\n',
        encoding="utf-8",
    )
    result = ingest(path)
    rows = result.framework.indicators
    assert rows.loc[rows["competency"] == "Strategy", ["level_name", "text"]].values.tolist() == [
        ["All levels", "set direction"],
        ["All levels", "weigh options"],
    ]
    assert "Budgets" not in set(rows["competency"])  # no stem of the sheet: a description
    notes = result.report.to_frame()["message"]
    assert notes.str.contains("'Budgets' was read as a competency but holds no statement").any()
    assert not notes.str.contains("below the table").any()  # Strategy, the last row, is read
    frame = result.framework.competencies
    assert frame.loc[frame["competency"] == "Coding", "description"].tolist() == ["Writing code"]
    assert notes.str.contains(r"\(Strategy\): 'Examples:' and 1 line under it").any()


# The EDISON project's DARE competency checklist (Apache-2.0; see the README): ten blocks on
# the "Competencies" sheet, each a name row (a description beside it) over the levels' header
# "Proficiency level | Level 1: Basic/entry | ...", statements a row each under their level.
DARE = DATA / "dare-competency-checklist.xlsx"


def _dare_cells() -> Counter:
    import openpyxl

    book = openpyxl.load_workbook(DARE, read_only=True)  # closed below: a read-only book holds
    sheet = book["Competencies"]  # its file open, a ResourceWarning in a later test if left
    out: Counter = Counter()
    name, head = None, None
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    for row in rows:
        cells = [" ".join(str(c).split()) if c is not None else "" for c in row[:4]]
        if cells[0] == "Proficiency level":
            head = cells
        elif cells[0] and not any(cells[2:]):
            name, head = cells[0], None
        elif head and name:
            out.update((name, head[c], cells[c]) for c in range(1, 4) if cells[c])
    return out


def test_a_sheet_of_competency_blocks_reads_each_block_as_its_competency():
    result = ingest(DARE, sheet="Competencies")
    rows = result.framework.indicators
    read = Counter(zip(rows["competency"], rows["level_name"], rows["text"], strict=True))
    assert read == _dare_cells()
    assert len(rows) == 83 and rows["competency"].nunique() == 10
    frame = result.framework.competencies
    said = frame.set_index("competency")["description"]
    assert said["Statistical techniques"].startswith("General statistical analysis")
    assert said["Basic computational and data presentation skills"] == ""  # none beside it
    notes = result.report.to_frame()["message"]
    assert notes.str.startswith("10 blocks, each under its own name row, repeat the header").any()
    assert not notes.str.contains("band of levels").any()  # a block's rows: not its bands


def test_two_blocks_of_a_self_written_sheet_read_as_two_competencies(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["Coding", "Writing programs."],
        ["Proficiency level", "Level 1", "Level 2"],
        ["", "Writes code.", "Designs code."],
        [],
        ["Testing"],
        ["Proficiency level", "Level 1", "Level 2"],
        ["", "Runs tests.", "Plans tests."],
    ):
        sheet.append(row)
    path = tmp_path / "blocks.xlsx"
    book.save(path)
    rows = ingest(path).framework.indicators
    assert sorted(zip(rows["competency"], rows["level_name"], rows["text"], strict=True)) == [
        ("Coding", "Level 1", "Writes code."),
        ("Coding", "Level 2", "Designs code."),
        ("Testing", "Level 1", "Runs tests."),
        ("Testing", "Level 2", "Plans tests."),
    ]


# A competency model kept as data with its groups in a list ("areas", each listing its
# "facets" with a description) and a generic scale apart ("levels"), as the GRETA model for
# adult educators is kept in WolfgangFahl/dcm's examples (self-written here, same shape): the
# areas were read as levels ("levels listed one by one"), each facet's description a statement.
AREAS = """\
name: Teaching model
aspects:
- name: Professional practice
  areas:
  - name: Didactics and method
    facets:
    - name: Learning goals
      description: Sets and words learning goals with the group.
    - name: Methods and media
      description: Chooses methods and media that fit the goals.
  - name: Counselling
    facets:
    - name: Diagnosis
      description: Finds out what each learner already knows.
levels:
- name: know and understand
  level: 1
- name: apply
  level: 2
"""


def test_a_list_of_groups_is_not_read_as_a_list_of_levels(tmp_path):
    path = tmp_path / "areas.yaml"
    path.write_text(AREAS, encoding="utf-8")
    with pytest.raises(IngestError, match="no competency framework found in this data file"):
        ingest(path)  # was 3 statements at the levels 'Didactics and method', 'Counselling'
