"""Fifteenth probe: S001 weighs a framework's ineffective statements before calling cells empty.

One ineffective statement (perhaps misfiled) made every other cell "lack ineffective
statements": a finding for each competency. Now a framework with them in at least half its
cells (or a competency with them in half of its, two or more) hears of the gaps; one with
fewer hears one finding naming the few.
"""

import copy
from pathlib import Path

import yaml

from compkit.checks import check
from compkit.framework.build import from_dict
from compkit.framework.io import load

DATA = Path(__file__).resolve().parent / "data"
CLEAN = yaml.safe_load((DATA / "checks" / "clean.yaml").read_text())


def _with_negatives(*cells):
    doc = copy.deepcopy(CLEAN)
    comps = {c["id"]: c for c in doc["competencies"]}
    for n, (comp, level) in enumerate(cells):
        text = ["Ignores the deadlines agreed with the team.", "Blames others for mistakes."]
        comps[comp]["indicators"].append(
            {
                "id": f"{comp}-{level}-neg",
                "level": level,
                "text": text[n % 2],
                "polarity": "ineffective",
            }
        )
    return [f.message for f in check(from_dict(doc, validate=False), select="S001")]


def test_one_ineffective_statement_is_one_finding_naming_it():
    assert _with_negatives(("delivery", "one")) == [
        "Only 1 of 6 cells has ineffective statements: 'Ignores the deadlines agreed with the "
        "team.' (Delivering results at One); if the framework publishes them, the other cells "
        "lack them, else check these are filed as ineffective"
    ]


def test_a_framework_with_them_in_most_cells_hears_of_the_gaps():
    found = _with_negatives(("delivery", "one"), ("delivery", "two"), ("learning", "three"))
    assert found == [
        "Delivering results has no ineffective statements at Three",
        "Learning and growth has no ineffective statements at One and Two",
    ]


def test_a_competency_with_them_in_most_cells_hears_of_its_gaps_alone():
    doc_cells = [("delivery", "one"), ("delivery", "two")]
    assert _with_negatives(*doc_cells) == [
        "Delivering results has no ineffective statements at Three"
    ]


def test_the_clustered_fixture_gets_one_finding_not_three():
    found = check(load(DATA / "clustered.yaml"), select="S001")
    assert [(f.competency_id, f.level, f.indicator_id) for f in found] == [
        ("caring", "foundation", "caring-foundation-2")
    ]
    assert found.to_frame()["message"].str.startswith("Only 1 of 15 cells").all()
