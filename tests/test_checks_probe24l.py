"""Twenty-fourth round, helper L: S009, a gap in the levels' ranks found and what it means.

Levels ranked 1, 2 and 4 are read in order everywhere but in a cross-walk, which places levels
by rank (``crosswalk/signals.side``): the level after the gap stands two steps above the one
before. The checker says so, at the level after the gap; ranks with no gap, in any order in the
file, and every framework file of the repository give no finding.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import compkit
from compkit.authoring.case import from_case
from compkit.authoring.yamledit import write_yaml
from compkit.checks import check, file_lines
from compkit.crosswalk.signals import side
from compkit.framework.io import bundled

DATA = Path(__file__).parent / "data"


def ranked(fw, *ranks):
    """``fw`` with its levels, in their order, ranked ``ranks``."""
    levels = tuple(replace(lv, rank=r) for lv, r in zip(fw.level_records, ranks, strict=True))
    return replace(fw, level_records=levels)


def test_a_gap_is_found_at_the_level_after_it_saying_what_a_cross_walk_makes_of_it():
    cis = ranked(compkit.load("cis"), 1, 2, 4, 5)
    (finding,) = check(cis, select="S009")
    assert (finding.code, finding.name, finding.level) == ("S009", "level-rank-gap", "l3")
    assert finding.message == (
        "the level ranks skip 3 (they are 1, 2, 4 and 5): 'Level 3' is read as the level "
        "after 'Level 2'; a cross-walk measures how far apart levels are by their ranks, so it "
        "places 'Level 3' 2 steps above 'Level 2', not one. If no level is missing, rank them "
        "1 to 4"
    )
    # what the message says is what the cross-walk does: 'Level 3' two steps above 'Level 2'
    where = side(cis)
    at = dict(zip(where.frame["level"], where.position, strict=True))
    assert np.isclose(at["l3"] - at["l2"], 2 * (at["l2"] - at["l1"]))


def test_a_framework_whose_ranks_start_above_1_is_told_rank_1_names_no_level():
    (finding,) = check(ranked(compkit.load("wsx"), 2, 3, 4, 5, 6), select="S")
    assert finding.code == "S009" and finding.level == compkit.load("wsx").level_ids[0]
    assert "skip 1 (they are 2 to 6)" in finding.message
    assert "rank 1 names no level. If no level is missing, rank them 1 to 5" in finding.message


def test_every_gap_is_named_in_one_finding():
    (finding,) = check(ranked(compkit.load("wsx"), 1, 3, 4, 6, 7), select="S009")
    assert finding.level == "skilled"  # at the first gap
    assert "skip 2 and 5 (they are 1, 3, 4, 6 and 7)" in finding.message
    assert "places 'Skilled' 2 steps above 'Core', not one" in finding.message


@pytest.mark.parametrize("ranks", [(1, 2, 3, 4), (4, 3, 2, 1), (2, 1, 4, 3)])
def test_ranks_with_no_gap_in_any_order_give_no_finding(ranks):
    assert len(check(ranked(compkit.load("cis"), *ranks), select="S009")) == 0


def test_no_framework_file_of_the_repository_has_a_gap():
    paths = [*bundled().values(), *sorted((DATA / "corpus").glob("*.yaml"))]
    paths = [p for p in paths if p.name != "manifest.yaml"]
    assert len(paths) >= 11
    assert not [p for p in paths if len(check(p, select="S009"))]


def test_the_finding_points_at_the_level_in_the_file(tmp_path):
    path = tmp_path / "gapped.yaml"
    write_yaml(ranked(compkit.load("cis"), 1, 2, 4, 5), path)
    fw = compkit.load(path)
    line = int(file_lines(check(fw, select="S009"), fw)["line"].iloc[0])
    assert path.read_text().splitlines()[line - 1].strip() in {"- id: l3", "id: l3"}


def test_a_case_package_numbering_its_levels_1_and_3_is_read_with_a_gap_and_told():
    # another tool's package exporting some levels of its scale: listEnumeration 1 and 3
    package = json.loads((DATA / "authoring" / "foreign-case.json").read_text())
    level = next(item for item in package["CFItems"] if item.get("listEnumeration") == "2")
    level["listEnumeration"] = "3"
    fw = from_case(package)
    assert [lv.rank for lv in fw.level_records] == [1, 3]
    (finding,) = check(fw, select="S009")
    assert finding.level == "advanced"
    assert "places 'Advanced' 2 steps above 'Foundation', not one" in finding.message
