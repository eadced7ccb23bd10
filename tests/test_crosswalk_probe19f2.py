"""A ladder repeating one statement at several levels: its copies do not crowd the candidates."""

from pathlib import Path

import numpy as np
import pytest

import compkit
from compkit.crosswalk import SUGGESTION_COLUMNS
from compkit.crosswalk.copies import copies_last, text_ids
from compkit.errors import CompkitWarning

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def ladder_pair():
    a = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    b = compkit.load(CORPUS / "engineering-ladders-developer.yaml")  # 23 of 35 statements repeat
    with pytest.warns(CompkitWarning, match="small framework"):  # 35 statements
        return a, b, compkit.suggest(a, b, top=5)


def _text(s):
    return s["object_label"].map(lambda t: " ".join(t.split()).casefold().rstrip(" .;:!"))


def test_top_five_holds_each_text_once_while_distinct_candidates_remain(ladder_pair):
    _, b, s = ladder_pair
    distinct = b.indicators["text"].map(lambda t: " ".join(t.split()).casefold()).nunique()
    assert distinct >= 5
    s = s.assign(text=_text(s))
    # was 49 of the 175 slots copies of an earlier candidate's text, for 33 of 35 subjects
    assert not s.duplicated(["subject_id", "text"]).any()


def test_suggested_set_lists_a_text_once_and_also_at_names_the_other_levels(ladder_pair):
    _, b, s = ladder_pair
    assert list(s.columns) == SUGGESTION_COLUMNS and SUGGESTION_COLUMNS[-1] == "also_at"
    s = s.assign(text=_text(s))
    assert not s[s["in_set"]].duplicated(["subject_id", "text"]).any()
    ind = b.indicators.set_index("indicator_id")
    repeated = s["also_at"] != ""
    assert repeated.any() and (~repeated).any()
    row = s[repeated].iloc[0]
    same = ind[ind["text"] == row["object_label"]]
    others = same.drop(row["object_id"])
    assert len(others) >= 1
    for _, other in others.iterrows():
        assert other["level_name"] in row["also_at"]


def test_later_copies_stand_behind_distinct_candidates_when_too_few():
    ids = np.array([[4, 4, 4, 1], [2, 3, 2, 0]])
    valid = np.array([[1, 1, 1, 0], [1, 1, 1, 1]], bool)
    order, copy = copies_last(ids, valid)
    assert np.take_along_axis(ids, order, axis=1).tolist() == [[4, 4, 4, 1], [2, 3, 0, 2]]
    assert copy.tolist() == [[False, True, True, False], [False, False, False, True]]
    assert text_ids(["A b.", "a  B", "c"]).tolist() == [0, 0, 1]


def test_a_text_in_many_places_is_counted_not_listed():
    import pandas as pd

    from compkit.crosswalk.copies import NAMED_PLACES, also_at

    n = NAMED_PLACES + 3
    frame = pd.DataFrame({"competency": ["Craft"] * n, "level_name": [f"L{i}" for i in range(n)]})
    said = also_at(frame, np.zeros(n, np.int64))
    assert set(said) == {f"{n - 1} other places"}
