"""Round 28, helper G's patch to levelnames: "Engineer L2" and "M1 (= P2)" read as levels.

Fixtures in ``tests/data/probe28g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest
from compkit.ingest.levelnames import level_score

DATA = Path(__file__).parent / "data" / "probe28g"


@pytest.mark.parametrize("name", ["Engineer L2", "Software Engineer IC3", "M1 (= P2)", "L3 (= P4)"])
def test_a_holders_title_with_a_code_and_a_code_with_its_equal_are_levels(name):
    assert level_score(name) >= 0.8
    other = {"Engineer L2": "Impact L2", "M1 (= P2)": "Impact (= P2)"}.get(name, "Team L2")
    assert level_score(other) < 0.8


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("socialbakers-engineer-l2.md", "Engineer L2"),
        ("socialbakers-engineer-l3.md", "Engineer L3"),
    ],
)
def test_a_page_titled_by_its_level_reads_at_that_level(name, level):
    fw = ingest(DATA / name).framework
    assert fw.levels["level_name"].tolist() == [level]


def test_levels_named_in_bold_with_their_equal_read_as_levels():
    fw = ingest(DATA / "ocf-shaped-ladder.md").framework
    assert fw.levels["level_name"].tolist() == ["L1 (= P2)", "L2 (= P3)", "L3 (= P4)"]
    assert fw.competencies["competency"].tolist() == ["Release Planning", "Risk Management"]
    assert fw.indicators.groupby(["competency", "level_name"]).size().tolist() == [1] * 6
