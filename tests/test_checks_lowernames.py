"""T001 and a statement opening on a one-letter word: no name, so still a fragment."""

import copy
from pathlib import Path

import yaml

from compkit.checks import check
from compkit.framework.build import from_dict

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def _t001(text):
    doc = copy.deepcopy(CLEAN)
    doc["competencies"][0]["indicators"][1]["text"] = text
    found = check(from_dict(doc, validate=False), select=["T001"])
    return [f.indicator_id for f in found]


def test_a_fragment_opening_on_a_one_letter_word_is_found():
    assert _t001("a clear understanding of the records they keep.") == ["delivery-one-2"]


def test_a_statement_opening_on_a_lower_case_name_is_not():
    assert _t001("gitdm is kept up to date by them.") == []
