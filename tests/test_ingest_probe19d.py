"""Ingest of spreadsheets and CSV downloads met in the nineteenth probe round (helper D).

Each shape is pinned on a fixture written here whose text is our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import compkit
from compkit.ingest import marks
from compkit.ingest.blocks import Document, Label, Para, Region

# -- compkit's marks: levels shown at two heading ranks as often --------------------------------


def _region(*slots: tuple[str, str]) -> Region:
    return Region(tuple(Label(t, s) for t, s in slots), [Para("Writes plain letters.", {})])


def test_marked_levels_at_two_ranks_as_often_are_the_purer_deeper_ones():
    """A competency in no group set a rank up shows its levels at the grouped ones' rank."""
    doc = Document(
        [
            _region(("Domain 1: Writing", "##"), ("Foundation", "###")),
            _region(("Domain 1: Writing", "##"), ("Senior", "###")),
            _region(("People", "##"), ("Domain 2: Caring", "###"), ("Foundation", "####")),
            _region(("People", "##"), ("Domain 2: Caring", "###"), ("Senior", "####")),
        ]
    )
    marks.apply(doc, {"format": 1, "levels": ["Foundation", "Senior"]})
    assert doc.slots["level"] == "####"
    assert doc.level_names == ["Foundation", "Senior"]  # no 'Domain 2: Caring' among them


# -- a database download: each skill's description per level, and each item's kind -----------

_HEAD = [
    "Skill Code",
    "Skill Title",
    "Skill Description",
    "Proficiency Level",
    "Proficiency Description",
    "Knowledge / Ability Classification",
    "Knowledge / Ability Items",
]
_ROWS = [
    ["BAK-01-2", "Bread Making", "Making loaves from mixing to baking", 2,
     "Bake standard loaves to a set recipe", "knowledge", "Stages of dough proving"],
    ["BAK-01-2", "Bread Making", "Making loaves from mixing to baking", 2,
     "Bake standard loaves to a set recipe", "ability", "Shape a loaf for its tin"],
    ["BAK-01-3", "Bread Making", "Making loaves from mixing to baking", 3,
     "Adapt recipes to the flour in stock", "knowledge", "How flour strength changes a dough"],
    ["BAK-01-3", "Bread Making", "Making loaves from mixing to baking", 3,
     "Adapt recipes to the flour in stock", "ability", "Adjust water for a weaker flour"],
    ["BAK-02-2", "Oven Care", "Keeping deck ovens clean and safe", 2,
     "Clean an oven to the daily routine", "knowledge", "Parts of a deck oven"],
    ["BAK-02-2", "Oven Care", "Keeping deck ovens clean and safe", 2,
     "Clean an oven to the daily routine", "ability", "Scrape a deck without scoring it"],
    ["BAK-02-3", "Oven Care", "Keeping deck ovens clean and safe", 3,
     "Plan oven servicing for a bakery", "ability", "Keep an oven service log"],
    ["BAK-02-3", "Oven Care", "Keeping deck ovens clean and safe", 3,
     "Plan oven servicing for a bakery", "ability", "Book an engineer before a fault grows"],
]  # fmt: skip


def _bakery(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Skills"
    for row in [_HEAD, *_ROWS]:
        sheet.append(row)
    path = tmp_path / "bakery-skills.xlsx"
    book.save(path)
    return path


def test_each_skill_description_per_level_is_kept_in_its_description(tmp_path):
    got = compkit.ingest(_bakery(tmp_path))
    comps = {c["name"]: c for c in got.document["competencies"]}
    assert comps["Bread Making"]["description"] == (
        "Making loaves from mixing to baking\n\n"
        "Level 2: Bake standard loaves to a set recipe\n\n"
        "Level 3: Adapt recipes to the flour in stock"
    )
    assert comps["Oven Care"]["description"].endswith(
        "Level 2: Clean an oven to the daily routine\n\nLevel 3: Plan oven servicing for a bakery"
    )
    texts = [i["text"] for c in got.document["competencies"] for i in c["indicators"]]
    assert texts == [row[-1] for row in _ROWS]  # 8 of 8, and nothing else
    said = got.report.to_markdown()
    assert (
        "column 'Proficiency Description' read as each competency's description of its levels"
        in said
    )
    assert "'Proficiency Description' (8 cells) not read" not in said
    assert (  # "Skill Description" is matched as the statements by its header, then set right
        "column 'Knowledge / Ability Items' read as the statements (each row its own sentence), "
        "column 'Skill Description' as the competencies' descriptions" in said
    )


def test_each_item_kind_is_kept_in_its_source_note(tmp_path):
    got = compkit.ingest(_bakery(tmp_path))
    items = [i for c in got.document["competencies"] for i in c["indicators"]]
    assert [i["source"]["ref"] for i in items[:2]] == [
        "Knowledge / Ability Classification: knowledge",
        "Knowledge / Ability Classification: ability",
    ]
    assert items[0]["source"]["cell"] == "G2"
    said = got.report.to_markdown()
    assert (
        "column 'Knowledge / Ability Classification' read as each statement's kind "
        "('ability' 5, 'knowledge' 3)" in said
    )
    assert "column 'Skill Code' (8 cells) not read: it holds a code per competency and level" in (
        said
    )


def test_a_column_of_notes_is_no_kind(tmp_path):
    """Short labels under a header naming no kind, or one label alone, stay reported unread."""
    rows = [[*r[:5], "see guide" if k % 2 else "new", r[6]] for k, r in enumerate(_ROWS)]
    book = Workbook()
    sheet = book.active
    for row in [[*_HEAD[:5], "Notes", _HEAD[6]], *rows]:
        sheet.append(row)
    path = tmp_path / "notes.xlsx"
    book.save(path)
    got = compkit.ingest(path)
    items = [i for c in got.document["competencies"] for i in c["indicators"]]
    assert not any("ref" in i["source"] for i in items)
    assert "column 'Notes' (8 cells) not read" in got.report.to_markdown()


# -- a wide sheet: a domain merged down over its sub-competencies, named in a column of its own -


def _domains(tmp_path: Path, *, merged: bool) -> Path:
    """ "Domain | Subcompetency | Beginner | Competent | Proficient | Expert", domains merged."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Domain", "Subcompetency", "Beginner", "Competent", "Proficient", "Expert"])
    rows = [
        ("Speaking", "Briefings", "Gives a short briefing from notes", "Briefs a team on a change",
         "Briefs other teams on hard news", "Sets how the service gives briefings"),
        ("Speaking", "Meetings", "Takes part in team meetings", "Chairs a team meeting",
         "Chairs meetings across teams", "Sets the service's meeting rules"),
        ("Writing", "Letters", "Drafts a letter from a template", "Writes letters unaided",
         "Checks others' letters", "Owns the service's letter templates"),
        ("Writing", "Reports", "Adds figures to a report", "Writes a section of a report",
         "Writes a whole report", "Sets the report standards"),
    ]  # fmt: skip
    for k, row in enumerate(rows):
        sheet.append([row[0] if not merged or k % 2 == 0 else None, *row[1:]])
    if merged:
        sheet.merge_cells("A2:A3")
        sheet.merge_cells("A4:A5")
    path = tmp_path / "domains.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False])
def test_sub_competencies_beside_their_domain_are_the_competencies(tmp_path, merged):
    got = compkit.ingest(_domains(tmp_path, merged=merged))
    doc = got.document
    assert [lv["name"] for lv in doc["levels"]] == ["Beginner", "Competent", "Proficient", "Expert"]
    assert [c["name"] for c in doc["competencies"]] == [
        "Briefings",
        "Meetings",
        "Letters",
        "Reports",
    ]
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert [groups[c["group"]] for c in doc["competencies"]] == ["Speaking"] * 2 + ["Writing"] * 2
    texts = [i["text"] for c in doc["competencies"] for i in c["indicators"]]
    assert len(texts) == 16 and "Briefings" not in texts  # 16 of 16, no name as a statement


# -- an outline in columns: "competency_domain | competency | skill", one name a row ------------

DIRECT = Path(__file__).parent / "data" / "ingest" / "probe19-sheets" / "direct-skills.csv"


def test_an_outline_in_columns_is_refused_with_the_hint_that_reads_it():
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.ingest(DIRECT)
    said = str(caught.value)
    assert "'skill' lists several texts under one competency" in said
    assert "give text_from='skill' to read them at no level" in said
    assert "if 'skill' is the sheet's one level" not in said  # skills are no level


def test_an_outline_in_columns_reads_each_skill_under_its_competency_and_domain():
    got = compkit.ingest(DIRECT, text_from="skill")
    doc = got.document
    skills = [(c["name"], i["text"]) for c in doc["competencies"] for i in c["indicators"]]
    assert len(skills) == 164 and len(doc["competencies"]) == 20  # 164 of 164
    assert skills[0] == ("Data engineering", "Data modelling and design")
    assert skills[-1] == ("Teaching and learning", "Training material development")
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    by_group = {}
    for comp in doc["competencies"]:
        by_group.setdefault(groups[comp["group"]], []).append(comp["name"])
    assert list(by_group) == [
        "Information and data technologies",
        "Software design and development",
        "Computing infrastructures and systems",
        "Professional and people skills",
        "Leadership and management",
        "Domain expertise and research",
        "Communication",
    ]
    assert by_group["Communication"] == [
        "Verbal and written communication",
        "Community and outreach",
        "Teaching and learning",
    ]
