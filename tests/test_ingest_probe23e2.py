"""Ingest faults found in the twenty-third round (helper E2).

- A level heading with words in brackets after its number ("Level 1 (Junior)") keeps them in
  its name: brackets qualify a level, they print no role beside it.
- Numbered items written in lower case with no full stops ("1. listen to colleagues",
  "2. explain decisions") stay apart: in a list written so, a lower-case start tells nothing.
- A table "Level | Level title | Behaviours" under a competency's heading reads a level a row
  (it broke with a KeyError when the numbers were dropped as a scale's scores).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data"
BEHAVIOURS = DATA / "authoring" / "behaviours.yaml"

BRACKETED = """# Writing Framework

## Topic 1: Writing

### Level 1 (Junior)

- Writes short notes for the team
- Asks for a review of their notes

### Level 2

- Writes clear design documents

## Topic 2: Testing

### Level 1 (Junior)

- Writes unit tests for their code

### Level 2

- Writes integration tests for a service
"""


def test_words_in_brackets_after_a_level_number_are_part_of_its_name(tmp_path):
    path = tmp_path / "bracketed.md"
    path.write_text(BRACKETED, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert list(fw.levels.level_name) == ["Level 1 (Junior)", "Level 2"]
    assert fw.roles.empty  # "(Junior)" was a role needing level 1 of both topics
    cells = fw.indicators.groupby(["competency", "level_name"]).size().to_dict()
    assert cells == {
        ("Writing", "Level 1 (Junior)"): 2,
        ("Writing", "Level 2"): 1,
        ("Testing", "Level 1 (Junior)"): 1,
        ("Testing", "Level 2"): 1,
    }


def test_a_role_printed_beside_some_level_headings_is_still_a_role(tmp_path):
    text = BRACKETED.replace("(Junior)", "— Officer")
    path = tmp_path / "marked.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert list(fw.levels.level_name) == ["Level 1", "Level 2"]
    assert list(fw.roles.role.unique()) == ["Officer"]


@pytest.mark.parametrize("ext", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_numbered_items_in_lower_case_stay_apart_when_read_back(tmp_path, ext, layout):
    fw = compkit.load(BEHAVIOURS)
    path = compkit.render(fw, tmp_path / f"behaviours.{ext}", layout=layout)
    back = compkit.ingest(path).framework
    want = {(r.competency, r.level_name, r.text, r.polarity) for r in fw.indicators.itertuples()}
    have = {(r.competency, r.level_name, r.text, r.polarity) for r in back.indicators.itertuples()}
    assert have == want


def test_a_numbered_item_broken_mid_sentence_is_still_joined(tmp_path):
    text = (
        "# Framework\n\n## Topic 1: Planning\n\n### Level 1\n\n"
        "1. plans their own work and\n2. asks for help when stuck\n3. keeps notes\n\n"
        "### Level 2\n\n1. Plans the work of others\n"
    )
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")
    texts = list(compkit.ingest(path).framework.indicators.text)
    assert texts == [
        "plans their own work and asks for help when stuck",
        "keeps notes",
        "Plans the work of others",
    ]


LEVEL_TITLES = """# Building framework

### Building

| Level | Level title | Behaviours |
| :---- | :---------- | :--------- |
| 1 | Starter | Builds small changes with help from a partner. |
| 2 | Maker | Builds whole features on their own. |
| 3 | Shaper | Builds services other teams depend on. |
"""


def test_a_table_of_level_numbers_beside_level_titles_reads_a_level_per_row(tmp_path):
    # "Level | Level title | Behaviours" under a competency's heading: the numbers are dropped
    # as a scale's scores and the titles name the levels (this broke with a KeyError)
    path = tmp_path / "titles.md"
    path.write_text(LEVEL_TITLES, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert list(fw.levels.level_name) == ["Starter", "Maker", "Shaper"]
    rows = fw.indicators[["competency", "level_name", "text"]].values.tolist()
    assert rows == [
        ["Building", "Starter", "Builds small changes with help from a partner."],
        ["Building", "Maker", "Builds whole features on their own."],
        ["Building", "Shaper", "Builds services other teams depend on."],
    ]
