"""S001 and a level held apart: competencies defined at no level of the scale.

The UK Government's DDaT capability framework gives 22 leadership skills to one role each; its
skills download leaves their Awareness ... Expert cells blank and lists their statements in the
description, read at "All levels". That level asks nothing of the other competencies, nor they
of it: before, every other skill was told it had "no statements at All levels".
"""

import copy
from pathlib import Path

import pytest
import yaml

import compkit
from compkit.checks import check
from compkit.framework.build import from_dict

DATA = Path(__file__).parent / "data"
CLEAN = yaml.safe_load((DATA / "checks" / "clean.yaml").read_text())
LEAD = {
    "id": "leading",
    "name": "Leading others",
    "indicators": [
        {"id": "leading-all-1", "level": "all", "text": "Sets a clear direction for the team."}
    ],
}


def _doc(*, lead=True, other_at_all=False, name="All levels"):
    doc = copy.deepcopy(CLEAN)
    doc["levels"].append({"id": "all", "name": name, "rank": 4})
    if lead:
        doc["competencies"].append(copy.deepcopy(LEAD))
    if other_at_all:
        doc["competencies"][0]["indicators"].append(
            {"id": "delivery-all-1", "level": "all", "text": "Meets every deadline agreed."}
        )
    return doc


def _s001(doc):
    return [f.message for f in check(from_dict(doc, validate=False), select=["S001"])]


def test_a_level_of_competencies_at_no_other_asks_nothing_of_the_others():
    assert _s001(_doc()) == []


def test_a_level_shared_with_a_competency_at_other_levels_is_asked_of_all():
    found = _s001(_doc(other_at_all=True))
    assert any("Learning and growth has no statements at All levels" in m for m in found)
    assert any("Leading others has no statements at One" in m for m in found)


def test_an_empty_level_beside_the_others_is_still_each_competencys_gap():
    found = _s001(_doc(lead=False))
    assert any("no statements at All levels" in m for m in found)


@pytest.mark.parametrize("name", ["Four", "Level 4", "Senior"])
def test_a_graded_level_of_competencies_at_no_other_is_still_a_gap(name):
    # a sparse grid: a competency at its own level is no "all levels" (tests/test_ingest_declared_levels)
    found = _s001(_doc(name=name))
    assert any(f"Learning and growth has no statements at {name}" in m for m in found)
    assert any("Leading others has no statements at One" in m for m in found)


@pytest.mark.parametrize("name", ["All levels", "all grades", "Any level", "Every level"])
def test_a_level_named_for_all_is_held_apart(name):
    assert _s001(_doc(name=name)) == []


def test_ddat_skills_leadership_at_all_levels_leaves_no_skill_asked_for_it():
    fw = compkit.ingest(DATA / "probe26h" / "ddat-skills.csv").framework
    ind = fw.indicators
    # the level is there and held: the 22 leadership skills' statements, no other skill's
    at_all = ind[ind["level_name"] == "All levels"]
    assert at_all["competency_id"].nunique() == 22 and len(at_all) >= 22
    assert not set(at_all["competency_id"]) & set(
        ind.loc[ind["level_name"] != "All levels", "competency_id"]
    )
    found = [f for f in check(fw, select=["S001"])]
    assert not [f for f in found if "All levels" in f.message]
