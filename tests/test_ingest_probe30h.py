"""Probe 30 (H): sheets and data files of frameworks nobody had read.

tech-roles-library keeps each role's levels in an object keyed by codes, each level naming its
own number (``"levelNumber": 1``); two of its 78 roles write L1 last, so the data's order put
the trainee above the chief. The number now places each level
(:func:`compkit.ingest.datalevels.level_numbers`), and the file's ``role`` is its title. A data
record's note keys are the words of the one table of note headers
(:data:`compkit.ingest.notecolumns.NOTE_WORD`), written in camelCase or snake_case too.
Fixtures under ``tests/data/probe30h`` (see its README).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from compkit.errors import CompkitError
from compkit.ingest import ingest

DATA = Path(__file__).parent / "data" / "probe30h"


def _said(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_a_levels_own_number_places_it_whatever_the_datas_order():
    path = DATA / "embedded-systems-engineer.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert list(data["levels"])[-1] == "ESE-L1"  # the source writes L1 last
    result = ingest(path)
    levels = result.framework.levels["level_name"].tolist()
    by_number = sorted(data["levels"].values(), key=lambda level: level["levelNumber"])
    assert levels == [level["level"] for level in by_number]
    assert levels[0] == "L1 - Embedded Trainee"
    said = _said(result)
    assert any(m.startswith("level order taken from the levels' own 'levelNumber'") for m in said)
    unread = next(m for m in said if m.startswith("the data not read"))
    assert "levelNumber" not in unread and "role" not in unread
    # every statement where the source has it
    rows = result.framework.indicators
    got = Counter(zip(rows["level_name"], rows["text"], strict=True))
    keys = ("coreCompetencies", "complementaryCompetencies", "indicators")
    expected = Counter(
        (level["level"], text)
        for level in data["levels"].values()
        for k in keys
        for text in level[k]
    )
    assert got == expected


def test_a_data_files_role_is_its_title():
    result = ingest(DATA / "embedded-systems-engineer.json")
    assert result.framework.title == "Embedded Systems Engineer"  # not the file's name


def test_a_records_note_keys_are_the_note_headers_words_in_any_case():
    result = ingest(DATA / "key-points.yml")
    rows = result.framework.indicators.set_index("text")["note"].to_dict()
    assert rows == {
        "Follows the runbook when an alert fires.": "Knows where the runbook lives",
        "Leads the response to an incident on their service.": (
            "https://example.org/incident-guide"
        ),
        "Answers a customer's ticket within a day.": "",
        "Writes the reply template others use.": "",
    }
    unread = next(m for m in _said(result) if m.startswith("the data not read"))
    assert unread == "the data not read: example_count"  # a count is no note


def test_a_header_repeated_beside_each_level_is_a_rating_not_the_competency_column():
    # "Area | IC1 | Competence | Skills | IC2 | Competence | Skills": a product design
    # template's layout (brnduarte/skillmatrix, no licence: kept out), self-written here
    result = ingest(DATA / "rated-levels.csv")
    rows = result.framework.indicators
    assert rows["competency"].unique().tolist() == [
        "Decision making",
        "Collaboration",
        "Communication",
    ]
    assert rows["level_name"].unique().tolist() == ["IC1", "IC2", "IC3"]
    assert not rows["text"].str.contains(r"^\d - ").any()  # no rating read as a statement
    said = _said(result)
    assert said.count("column 'Competence' (3 cells) not read") == 3  # each rating said


def test_a_level_objects_headline_beside_its_behaviours_is_kept_in_the_description():
    # a competency dictionary's shape (Team-HR/ihris, no licence: kept out; 24 competencies,
    # 120 headlines unread before), self-written here
    result = ingest(DATA / "level-headlines.json")
    comps = result.framework.competencies.set_index("competency")["description"]
    assert comps["Adaptability"].split("\n\n") == [
        "Adjusting to new information and changing situations.",
        "Level 1: Notices how change will affect their work.",
        "Level 2: Adapts their own work to a change.",
    ]
    rows = result.framework.indicators
    assert len(rows) == 6  # the behaviours alone are the statements
    assert not rows["text"].str.contains("Notices how change").any()
    unread = next(m for m in _said(result) if m.startswith("the data not read"))
    assert unread == "the data not read: id (2 values)"


def test_a_tree_of_competency_names_is_refused_saying_what_it_holds():
    # Karmayogi Bharat's competency areas, themes and sub-themes (KB-iGOT/cbp-ai-service's
    # data/competencies.json, no licence: kept out), self-written here
    with pytest.raises(CompkitError) as caught:
        ingest(DATA / "areas-themes.json")
    message = str(caught.value)
    assert "a tree of 6 competency names ('Self-Analysis', 'Self Confidence', " in message
    assert "3 ('Self-Awareness', 'Communication', 'Digital Fluency') under 2 " in message
    assert "no statements or levels" in message


def test_competencies_with_one_description_and_the_levels_roles_require_are_refused_so():
    # a consultancy's matrix as JSON (JordiCarrascoCapgemini/syniti-consultant-eval, no
    # licence: kept out; its .xlsx is refused as a matrix of numbers), self-written here
    with pytest.raises(CompkitError) as caught:
        ingest(DATA / "role-levels.json")
    message = str(caught.value)
    assert "a list of 2 competencies ('Data collection', 'Data transformation')" in message
    assert "each with one description ('desc')" in message
    assert "the level each of 'C1', 'C2', 'C3' requires under 'exp' (role profiles)" in message
