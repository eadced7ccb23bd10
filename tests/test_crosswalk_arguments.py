"""Suggestions at the edges: bad arguments, empty and tiny frameworks, identical statements,
statements left out by polarity, opposite polarity, signs and spellings in what is shown."""

import warnings

import numpy as np
import pandas as pd
import pytest

import compkit
from compkit.crosswalk import Weights, embed, evaluate, read_gold, relation_confusion, suggest
from compkit.crosswalk.signals import Signals
from compkit.errors import CompkitWarning
from compkit.framework.model import Competency, Framework, Indicator, Level


def framework(fid, texts):
    """One competency, one level, the statements given (text, or (text, polarity))."""
    pairs = [(t, "effective") if isinstance(t, str) else t for t in texts]
    inds = tuple(
        Indicator(f"{fid}-{i}", "work", "l1", i + 1, text, polarity)
        for i, (text, polarity) in enumerate(pairs)
    )
    return Framework(
        fid, f"Test {fid}", f"Org {fid}", (Level("l1", "Level 1", 1),), (Competency("work", "Work"),),
        inds,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"block": -1}, "block must be at least 1, not -1"),
        ({"block": 0}, "block must be at least 1, not 0"),
        ({"block": "a"}, "block must be a whole number of at least 1, not 'a'"),
        ({"top": "5"}, "top must be a whole number of at least 1, not '5'"),
        ({"top": 2.5}, "top must be a whole number"),
        ({"top": None}, "top must be a whole number"),
        ({"top": True}, "top must be a whole number"),
        ({"backend": None}, "backend must be a backend name or a non-empty list"),
        ({"backend": 5}, "backend must be a backend name or a non-empty list"),
        ({"backend": ()}, "backend must be a backend name or a non-empty list"),
        ({"weights": {"semantic": 1}}, "weights must be a compkit.crosswalk.Weights, not dict"),
        ({"cross_polarity": "no"}, "cross_polarity must be True or False, not 'no'"),
        ({"reviewed": 5}, "reviewed must be the path of a reviewed cross-walk"),
    ],
)
def test_a_bad_argument_is_one_clear_message(kwargs, message):
    with pytest.raises(compkit.UsageError, match=message):
        suggest("cis", "wsx", **kwargs)


def test_a_framework_without_statements_is_refused():
    empty = Framework(
        "empty", "Empty", "Org", (Level("l1", "Level 1", 1),), (Competency("work", "Work"),), ()
    )
    with pytest.raises(compkit.UsageError, match="Org has no statements to match"):
        suggest(empty, "wsx")
    with pytest.raises(compkit.UsageError, match="no statements to match"):
        suggest("cis", empty)


@pytest.mark.filterwarnings("ignore:.*flagged unmatched")  # small frameworks (calibrate.py)
def test_statements_with_no_candidate_of_their_polarity_are_named_not_dropped_silently():
    a = framework("a", ["Listens to others", ("Interrupts others", "ineffective")])
    b = framework("b", ["Listens carefully to colleagues", "Sets the team budget"])
    with pytest.warns(
        CompkitWarning,
        match=r"1 of 2 statements of Org a have no candidate of their polarity in Org b, which "
        r"has no ineffective statement \(e\.g\. 'Interrupts others', a-1\)",
    ):
        s = suggest(a, b, top=2)
    assert set(s["subject_id"]) == {"a-0"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", CompkitWarning)  # no polarity warning when crossing
        warnings.filterwarnings("ignore", ".*flagged unmatched", CompkitWarning)
        crossed = suggest(a, b, top=2, cross_polarity=True)
    assert set(crossed["subject_id"]) == {"a-0", "a-1"}
    opposite = crossed[crossed["subject_polarity"] != crossed["object_polarity"]]
    assert set(opposite["predicate_id"]) == {"skos:relatedMatch"}  # never close or exact


def test_a_framework_against_itself_finds_each_statement_exactly():
    s = suggest("cis", "cis", top=3)
    first = s[s["rank"] == 1]
    same = first[first["subject_label"] == first["object_label"]]
    assert len(same) >= 0.9 * len(first)
    assert (same["predicate_id"] == "skos:exactMatch").all()
    assert not same["unmatched"].any() and same["in_set"].all()


def test_one_statement_against_itself_is_an_exact_match_with_meaning():
    one = framework("one", ["Listens to others and acts on what they hear"])
    s = suggest(one, one, top=1)
    row = s.iloc[0]
    assert row["predicate_id"] == "skos:exactMatch" and not row["unmatched"]
    assert row["semantic"] > 0.99  # too few statements to centre: the plain cosine
    assert "meaning" in row["why"]


def test_no_negative_zero_is_shown():
    s = suggest("cis", "wsx", top=153)
    for column in ("score", "zscore", "semantic", "lexical", "no_match"):
        values = s[column].to_numpy(dtype=float)
        assert not np.signbit(values[values == 0]).any(), column


def test_shared_words_meet_across_spellings():
    a = framework("a", ["Trusts their own judgement on risks"])
    b = framework("b", ["Uses good judgment when risks arise"])
    sig = Signals(a, b, backends=())
    words = [w for w in sig.shared_words(np.array([0]), np.array([0]))[0] if w]
    assert "judgment" in words and "risk" in words


def test_evaluation_helpers_say_what_they_need(tmp_path):
    with pytest.raises(compkit.UsageError, match="does not exist; expected a gold set"):
        read_gold(tmp_path / "missing.csv")
    with pytest.raises(compkit.UsageError, match="is a folder; expected a gold set"):
        read_gold(tmp_path)
    s = suggest("cis", "wsx", top=2)
    with pytest.raises(compkit.UsageError, match="gold set lacks column"):
        evaluate(s, pd.DataFrame({"a": [1]}))
    gold = pd.DataFrame({"subject_id": ["people-l1-1"], "object_id": ["x"]})
    with pytest.raises(compkit.UsageError, match="predicate_id"):
        relation_confusion(s, gold)
    with pytest.raises(compkit.UsageError, match="not a single string"):
        embed("hello world")


def test_weights_still_accept_a_copy_with_changes():
    s = suggest("cis", "wsx", top=2, weights=Weights(lexical=0.0), block=7)
    assert s["subject_id"].nunique() == 62


@pytest.mark.filterwarnings("ignore:.*flagged unmatched")  # small frameworks (calibrate.py)
def test_no_statement_of_a_common_polarity_is_an_error_before_any_work():
    a = framework("a", [("Interrupts others", "ineffective"), ("Ignores questions", "ineffective")])
    b = framework("b", ["Listens carefully to colleagues"])
    with pytest.raises(compkit.UsageError, match=r"2 of 2 statements of Org a .* nothing to match"):
        suggest(a, b, backend="no-such-backend")  # refused before the backend is even resolved
    assert set(suggest(a, b, cross_polarity=True)["subject_id"]) == {"a-0", "a-1"}
