"""Sixteenth probe: frameworks kept as JSON/YAML data in flat records or keyed by name.

Real shapes: the FT's engineering job family (records naming a level id and a theme id, levels
and themes declared in lists; tests/data/corpus/raw), the FT's 2019 competencies (a top-level
list of records, levels by id with no list beside them), the Royal Opera House's generic
framework (topics keyed by name, ``Level 1`` … ``Level 6`` keys). Each comes back word for word.
Probed outside the suite, also word for word: e-CF 3.0's 41 competences keyed by name with a
``levels`` object (113 statements; arnokamphuis/ecf-explorer, no licence) and DigComp 2.1's
areas of competences with eight levels in order (96; tests/data/ingest/probe16-sheets).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from compkit.ingest import IngestError, ingest

DATA = Path(__file__).parent / "data"
HERE = DATA / "ingest" / "probe16-data"


def _cells(document: dict) -> list[tuple]:
    """(competency, level, text, numbers) of every statement ingested."""
    levels = {lv["id"]: lv["name"] for lv in document["levels"]}
    return sorted(
        (c["name"], levels[i["level"]], i["text"], tuple(i.get("source", {}).get("numbers", [])))
        for c in document["competencies"]
        for i in c.get("indicators", [])
    )


def _unused(result) -> str:
    return " ".join(n.message for n in result.report.notes if n.kind == "unused")


def test_ft_records_read_as_the_curated_corpus_file():
    result = ingest(DATA / "corpus" / "raw" / "ft-engineering.txt")
    gold = yaml.safe_load((DATA / "corpus" / "ft-engineering.yaml").read_text("utf-8"))
    assert _cells(result.document) == _cells(gold)  # 92, the Technical lists one per number
    assert len(_cells(result.document)) == 92
    assert [lv["name"] for lv in result.document["levels"]] == [lv["name"] for lv in gold["levels"]]
    described = {c["name"]: c.get("description") for c in result.document["competencies"]}
    assert described == {c["name"]: c["description"] for c in gold["competencies"]}
    assert result.document["title"] == "Engineering"
    assert "proficiency (72 values)" in _unused(result)  # the per-cell word is not modelled


def test_ft_2019_records_read_word_for_word():
    path = HERE / "ft-competencies-2019.yml"
    result = ingest(path)
    rows = yaml.safe_load(path.read_text("utf-8"))
    want = sorted((r["area"], r["level"], " ".join(r["summary"].split()), ()) for r in rows)
    assert _cells(result.document) == want
    assert len(want) == 81
    assert [lv["name"] for lv in result.document["levels"]] == [
        "junior-to-mid",
        "mid-to-senior1",
        "senior1-to-senior2",
    ]
    # the examples are each statement's note, a line each (since round 29; were not read)
    assert "examples" not in _unused(result)
    notes = [i.get("note", "") for c in result.document["competencies"] for i in c["indicators"]]
    assert sum(n.count("\n") + 1 for n in notes if n) == 96


def test_roh_topics_keyed_by_name_read_word_for_word():
    path = HERE / "roh-generic.json"
    result = ingest(path)
    topics = json.loads(path.read_text("utf-8"))
    want = sorted(
        (t, lv, s, ()) for t, levels in topics.items() for lv, ss in levels.items() for s in ss
    )
    assert _cells(result.document) == want
    assert len(want) == 72
    assert [lv["name"] for lv in result.document["levels"]] == [f"Level {n}" for n in range(1, 7)]


FLAT = [
    {
        "category": "People",
        "skill": "Coaching",
        "grade": "G1",
        "behaviour": "Shares what they know.",
    },
    {"category": "People", "skill": "Coaching", "grade": "G2", "behaviour": "Coaches colleagues."},
    {
        "category": "People",
        "skill": "Listening",
        "grade": "G1",
        "behaviour": "Lets callers finish.",
    },
    {"category": "Delivery", "skill": "Triage", "grade": "G1", "behaviour": "Logs every case."},
    {"category": "Delivery", "skill": "Triage", "grade": "G2", "behaviour": "Spots patterns."},
]


@pytest.mark.parametrize(
    ("level", "comp", "text"),
    [("grade", "skill", "behaviour"), ("band", "area", "criteria"), ("level", "theme", "text")],
)
def test_flat_records_by_other_field_names(tmp_path, level, comp, text):
    rows = [
        {"category": r["category"], comp: r["skill"], level: r["grade"], text: r["behaviour"]}
        for r in FLAT
    ]
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"title": "Support skills", "records": rows}), "utf-8")
    doc = ingest(path).document
    assert [(c, lv, t) for c, lv, t, _ in _cells(doc)] == sorted(
        (r["skill"], r["grade"], r["behaviour"]) for r in FLAT
    )
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert {c["name"]: groups[c["group"]] for c in doc["competencies"]} == {
        "Coaching": "People",
        "Listening": "People",
        "Triage": "Delivery",
    }


def test_keyed_by_name_with_level_keys(tmp_path):
    path = tmp_path / "keyed.yaml"
    path.write_text(
        "Coaching:\n  description: Helping others grow.\n  level1: Shares what they know.\n"
        "  level2: Coaches colleagues.\n  level3:\n    - Runs the coaching rota.\n"
        "    - Trains new coaches.\n"
        "Listening:\n  level1: Lets the caller finish.\n  level2: Summarises back.\n"
        "  level3: Teaches listening.\n",
        "utf-8",
    )
    doc = ingest(path).document
    assert [lv["name"] for lv in doc["levels"]] == ["Level 1", "Level 2", "Level 3"]
    assert len(_cells(doc)) == 7
    assert doc["competencies"][0]["description"] == "Helping others grow."


def test_named_groups_of_competencies_with_levels_in_order(tmp_path):
    areas = [
        {
            "name": "Information literacy",
            "competences": [
                {"name": "Searching", "levels": [["find data"], ["organise searches"]]},
                {"name": "Evaluating", "levels": [["detect credibility"], ["compare sources"]]},
            ],
        },
        {
            "name": "Communication",
            "competences": [{"name": "Netiquette", "levels": [["be aware of norms"], "adapt"]}],
        },
    ]
    path = tmp_path / "areas.json"
    path.write_text(json.dumps(areas), "utf-8")
    doc = ingest(path).document
    assert [lv["name"] for lv in doc["levels"]] == ["Level 1", "Level 2"]
    assert [(c, lv, t) for c, lv, t, _ in _cells(doc)] == sorted(
        (c["name"], f"Level {n}", t)
        for a in areas
        for c in a["competences"]
        for n, ts in enumerate(c["levels"], 1)
        for t in ([ts] if isinstance(ts, str) else ts)
    )
    groups = {g["id"]: g["name"] for g in doc["groups"]}
    assert [groups[c["group"]] for c in doc["competencies"]] == [
        "Information literacy",
        "Information literacy",
        "Communication",
    ]


@pytest.mark.parametrize(
    "data",
    [
        [{"name": "Item 1", "description": "A sample item.", "rating": 4}] * 3,  # no level
        {"A.1. Design": {"GAN": ["BA", "FE"]}, "B.1. Build": {"GRE": ["FE"]}},  # codes, no level
        [1, 2, 3],  # values in lists only, no key to name them by (was StopIteration, exit 3)
        [[1, 2], [3]],
    ],
)
def test_data_that_is_not_a_framework_is_refused_in_one_line(tmp_path, data):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(IngestError) as caught:
        ingest(path)
    message = str(caught.value)
    assert "\n" not in message
    assert re.search(
        r"data\.json: no competency framework found in this data file; expected", message
    )
    assert "records naming each statement's level" in message
