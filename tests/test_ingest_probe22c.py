"""Sheets, CSV, data files and Markdown (round 22, C): what a user's day found.

- An engineering skills matrix page (a generic scale "1 - Novice" … "5 - Expert" in lists, then
  skill × role tables of required levels, then notes) read as 60 junk statements in one
  competency named after the file; it is refused, naming the roles, the scale and the notes.
- A data file's levels left out were counted over the whole file: a manager track listing
  levels 3–4 only got levels 1–2 "not listed". They are counted per group (or track).
- A database's CSV download ("uuid | type | applicable_to | name | description | level_1 …")
  named every competency by its uuid, read "type" as polarity and left names and descriptions
  unread.
- A JSON data file keeping groups as keys ("department": {"company": [...]}, "roles": {...})
  and each level as an object ({"name": "Learning", "description": [...]}) was refused; one
  keeping a skill's levels under word keys ("basic" … "expert") too.

Every fixture here is our own text, laid out in the shapes of the public files measured.
"""

from __future__ import annotations

import csv
import json

import pytest

from compkit.ingest import IngestError, ingest

_SCALE = [
    ("1 - Starter", ["Knows the basic terms", "Works with close help"]),
    ("2 - Developing", ["Handles routine work", "Needs occasional help"]),
    ("3 - Capable", ["Works without help", "Guides newer colleagues"]),
    ("4 - Strong", ["Sets good practice", "Coaches the team"]),
    ("5 - Leading", ["Shapes the field", "Is sought out by peers"]),
]


def _matrix_page(tmp_path, *, notes=True):
    lines = ["# Platform Skills Grid", "", "## Scale", ""]
    for name, items in _SCALE:
        lines += [f"### {name}", *(f"- {t}" for t in items), ""]
    for table, skills in (
        ("Building", ["Coding", "Testing", "Reviewing"]),
        ("Running", ["Deploying", "Monitoring", "Incident Handling"]),
    ):
        lines += [f"### {table}", "", "| Skill | Junior | Mid | Senior |", "|---|---|---|---|"]
        lines += [
            f"| {s} | {1 + k % 2} | {2 + k % 2} | {3 + k % 3} |" for k, s in enumerate(skills)
        ]
        lines += [""]
    if notes:
        lines += ["## Growing", "", "### Junior to Mid", "- Own a small feature", "- Review code"]
    page = tmp_path / "grid.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return page


def test_a_scale_and_role_tables_alone_are_refused_naming_them(tmp_path):
    with pytest.raises(IngestError) as caught:
        ingest(_matrix_page(tmp_path))
    message = str(caught.value)
    assert "the document holds role profiles only, 3 roles (Junior, Mid, Senior)" in message
    assert "a level of 6 competencies (1, 2, 3, 4, 5)" in message
    assert "5 headings name the scale the roles' levels are numbers on ('1 - Starter' … " in message
    assert "'5 - Leading'), its lists describing each level, not a competency" in message
    assert "the others are notes ('Junior to Mid')" in message


def test_a_scale_and_role_tables_without_notes_are_refused_too(tmp_path):
    with pytest.raises(IngestError, match="the scale the roles' levels are numbers on"):
        ingest(_matrix_page(tmp_path, notes=False))


def test_role_tables_beside_competencies_with_statements_still_read(tmp_path):
    page = tmp_path / "framework.md"
    lines = ["# Grid", ""]
    for skill in ("Coding", "Testing", "Reviewing"):
        lines += [f"## {skill}", "", "### Level 1", f"- Does {skill.lower()} with help", ""]
        lines += ["### Level 2", f"- Does {skill.lower()} alone", ""]
    lines += ["## Roles", "", "| Skill | Junior | Senior |", "|---|---|---|"]
    lines += ["| Coding | Level 1 | Level 2 |", "| Testing | Level 1 | Level 2 |"]
    lines += ["| Reviewing | Level 1 | Level 2 |"]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fw = ingest(page).framework
    assert len(fw.indicators) == 6
    assert {r.name for r in fw.role_records} == {"Junior", "Senior"}


def _tracks(tmp_path, *, key="track", manager_gap=False):
    rows = []
    for comp, levels in (("Delivery", (1, 2, 3, 4)), ("Design", (1, 2, 3, 4))):
        rows += [(key, "Engineer", comp, n) for n in levels]
    for comp, levels in (("People", (3, 4)), ("Hiring", (4,) if manager_gap else (3, 4))):
        rows += [(key, "Manager", comp, n) for n in levels]
    data = [
        {k: track, "competency": comp, "level": n, "statement": f"{comp} work at level {n}."}
        for k, track, comp, n in rows
    ]
    path = tmp_path / "tracks.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("key", ["track", "group"])
def test_a_track_starting_higher_has_no_undefined_levels_below_it(tmp_path, key):
    result = ingest(_tracks(tmp_path, key=key))
    assert not set(result.framework.undefined_cells)
    assert {g.name for g in result.framework.group_records} == {"Engineer", "Manager"}


def test_a_level_left_out_within_a_track_is_still_undefined(tmp_path):
    result = ingest(_tracks(tmp_path, manager_gap=True))
    assert set(result.framework.undefined_cells) == {("hiring", "level-3")}


_LEVELS = {
    "Ownership": [
        ["Finishes tasks on time.", "Says early when work slips."],
        ["Sets goals for the team's work.", "Checks work against them."],
        ["Pushes through blockers.", "Improves how the team sets goals."],
    ],
    "Craft": [
        ["Follows the coding standards.", "Adds basic tests."],
        ["Writes modular, tested code.", "Reviews code with care."],
        ["Raises the standards of the team.", "Mentors others in the craft."],
    ],
    "Discovery": [["Surfaces insights from support."], ["Leads discovery in one area."], []],
}


def _download(tmp_path):
    path = tmp_path / "competence.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        head = ["uuid", "type", "applicable_to", "name", "description"]
        out.writerow([*head, "level_1", "level_2", "level_3"])
        for k, (name, levels) in enumerate(_LEVELS.items()):
            kind, who = ("core", "company") if k < 2 else ("functional", "Product Manager")
            row = [f"5f0c{k}a1e-77d2-4c1b-9e0a-00{k}", kind, who, name, f"What {name} means."]
            out.writerow(row + ["\n".join(cell) for cell in levels])
    return path


def test_a_download_led_by_uuids_names_competencies_by_their_name_column(tmp_path):
    result = ingest(_download(tmp_path))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Ownership", "Craft", "Discovery"]
    assert fw.competency_records[0].description == "What Ownership means."
    assert len(fw.indicators) == 14
    assert set(fw.indicators["polarity"]) == {"effective"}
    assert not [r for r in result.report.reasons if "polarity" in r]
    messages = result.report.to_frame()["message"].tolist()
    assert any(
        m.startswith("column 'name' read as the competency, 'description' its description; "
                     "column 'uuid' holds an id on each of its 3 rows ('5f0c0a1e-")
        for m in messages
    )  # fmt: skip


def _nested_groups(tmp_path):
    names = ["Learning", "Competent", "Mastering"]

    def comp(name):
        levels = {
            str(n): {"name": names[n - 1], "description": cell}
            for n, cell in enumerate(_LEVELS[name], 1)
            if cell
        }
        return {"name": name, "description": f"What {name} means.", "levels": levels}

    data = [
        {
            "department": {"company": [comp("Ownership")], "engineering": [comp("Craft")]},
            "roles": {"Product Manager": [comp("Discovery")]},
        }
    ]
    path = tmp_path / "framework.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_groups_keyed_by_name_and_levels_as_objects_are_read(tmp_path):
    result = ingest(_nested_groups(tmp_path))
    fw = result.framework
    assert list(fw.levels["level_name"]) == ["Learning", "Competent", "Mastering"]
    assert [g.name for g in fw.group_records] == ["company", "engineering", "Product Manager"]
    assert len(fw.indicators) == 14
    assert fw.competency_records[0].description == "What Ownership means."
    assert not [m for m in result.report.to_frame()["message"] if "not read" in m]


def test_level_words_as_keys_are_levels_and_names_given_twice_are_said(tmp_path):
    rows = [
        {"id": 1, "name": "Git", "positionId": 1, "basic": "Uses clone, add and commit.",
         "low": "Creates branches and merges them.", "medium": "Resolves merge conflicts alone.",
         "high": "Rewrites history with care.", "expert": "Designs the branching model."},
        {"id": 2, "name": "Testing", "positionId": 1, "basic": "Runs the existing test suite.",
         "low": "Writes unit tests for new code.", "medium": "Writes integration tests too.",
         "high": "Designs the test strategy.", "expert": "Sets testing standards for all."},
        {"id": 3, "name": "Git", "positionId": 2, "basic": "Commits small focused changes.",
         "low": "Reviews branches of others.", "medium": "Keeps the history clean.",
         "high": "Automates release tagging.", "expert": "Owns the repository policy."},
    ]  # fmt: skip
    path = tmp_path / "skills.json"
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert list(fw.levels["level_name"]) == ["basic", "low", "medium", "high", "expert"]
    assert len(fw.indicators) == 15
    messages = result.report.to_frame()["message"].tolist()
    assert any(m.startswith("1 name given to more than one object ('Git' ×2)") for m in messages)
    assert any(
        "the data not read: id (3 values)" in m for m in messages
    )  # positionId sorts (probe23c)


def test_keys_that_are_no_level_words_are_not_levels(tmp_path):
    rows = [
        {"name": "Git", "summary": "A version control tool used daily.",
         "example": "Commits small focused changes.", "notes": "Ask the platform team."},
        {"name": "Testing", "summary": "Checking software does what it should.",
         "example": "Writes unit tests for new code.", "notes": "See the handbook page."},
    ]  # fmt: skip
    path = tmp_path / "skills.json"
    path.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    with pytest.raises(IngestError) as err:  # a library (thirtieth round: said for what it is)
        ingest(path)
    assert "a list of 2 competencies ('Git', 'Testing'), each with one description" in str(
        err.value
    )
    assert "a competency or skills library, not a framework of statements" in str(err.value)


_SCALE_ROWS = [
    ("1", "Starter", "You work best with close supervision and criteria set by others."),
    ("2", "Able", "You solve routine problems on your own and ask for help on hard ones."),
    ("3", "Skilled", "You take on new problems alone and can judge good work from great work."),
    ("4", "Leading", "You lead others through complex work and are trusted across your field."),
]


def test_a_scale_alone_without_a_header_is_said_to_be_one(tmp_path):
    path = tmp_path / "levels.tsv"
    path.write_text("\n".join("\t".join(r) for r in _SCALE_ROWS) + "\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest(path)
    assert str(caught.value).endswith(
        "levels.tsv: a scale of 4 levels (1 Starter, 2 Able, 3 Skilled, 4 Leading), each "
        "described in a sentence or more, and no competency or statement: a scale describes "
        "the levels of a framework, not its behaviours; ingest the framework whose levels "
        "these are"
    )


def test_rows_of_names_and_prose_that_do_not_count_up_are_no_scale(tmp_path):
    rows = [(n, name, text) for (_, name, text), n in zip(_SCALE_ROWS, "1324", strict=True)]
    path = tmp_path / "levels.tsv"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no header row names a competency, level or"):
        ingest(path)


def test_levels_listed_as_named_objects_with_statements_as_objects_are_read(tmp_path):
    def level(name, texts, code):
        conditions = [{"text": t, "id": f"{code}_{k}"} for k, t in enumerate(texts, 1)]
        return {"name": name, "conditions": conditions}

    data = [
        {
            "name": name,
            "description": f"What {name} means.",
            "area": area,
            "levels": [
                level("Assists", ["Follows the steps given.", "Asks when unsure."], "a"),
                level("Applies", ["Works on routine tasks alone."], "b"),
                level("Masters", ["Handles hard cases.", "Guides others."], "c"),
            ],
        }
        for name, area in (("Analysis", "customer"), ("Testing", "solution"))
    ]
    path = tmp_path / "competencies.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert list(fw.levels["level_name"]) == ["Assists", "Applies", "Masters"]
    assert [g.name for g in fw.group_records] == ["customer", "solution"]
    assert len(fw.indicators) == 10
    assert "Follows the steps given." in set(fw.indicators["text"])
    messages = result.report.to_frame()["message"].tolist()
    assert "the data not read: id (10 values)" in messages
