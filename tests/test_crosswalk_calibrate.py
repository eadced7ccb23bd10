"""Cross-walk scoring details: the no-counterpart model, relations, explanations, prior rounds."""

import numpy as np
import pandas as pd
import pytest

import compkit
from compkit.crosswalk import Weights, suggest
from compkit.crosswalk.calibrate import fit_no_match, flag_threshold, no_match_probability
from compkit.crosswalk.explain import explain
from compkit.crosswalk.signals import Signals, _signed
from compkit.crosswalk.suggest import relations


@pytest.fixture(scope="module")
def hybrid():
    return suggest("cis", "wsx", top=10)


@pytest.fixture(scope="module")
def lexical_signals():
    return Signals(compkit.load("cis"), compkit.load("wsx"), backends=())


# -- the no-counterpart model ------------------------------------------------------------------
def test_fit_no_match_recovers_a_known_logistic_model():
    rng = np.random.default_rng(0)
    x = rng.normal(3.0, 1.2, size=(4000, 1))
    y = rng.random(4000) < no_match_probability(x, (2.0, -1.5))
    intercept, slope = fit_no_match(x, y, l2=0.0)
    assert intercept == pytest.approx(2.0, abs=0.4)
    assert slope == pytest.approx(-1.5, abs=0.2)


def test_flag_threshold_flags_the_share_asked_of_subjects_with_a_counterpart():
    p = np.linspace(0.0, 1.0, 101)
    labels = np.zeros(101, dtype=bool)
    labels[::10] = True  # these have no counterpart: they do not set the threshold
    threshold = flag_threshold(p, labels, false_share=0.10)
    assert (p[~labels] > threshold).mean() == pytest.approx(0.10, abs=0.02)


def test_no_match_is_one_probability_per_subject_falling_as_the_best_candidate_rises(hybrid):
    assert (hybrid.groupby("subject_id")["no_match"].nunique() == 1).all()
    assert hybrid["no_match"].between(0.0, 1.0).all()
    first = hybrid[hybrid["rank"] == 1].sort_values("zscore")
    assert first["no_match"].is_monotonic_decreasing
    flagged = first["unmatched"]
    assert 0 < flagged.sum() < len(first) / 4
    assert (first.loc[flagged, "no_match"] >= Weights().flag).all()
    assert (first.loc[~flagged, "no_match"] <= Weights().flag).all()


# -- relations ---------------------------------------------------------------------------------
def test_relations_follow_the_thresholds_and_the_statements_shape():
    z = np.array([5.0, 5.0, 3.0, 3.0, 3.0, 1.0])
    lexical = np.array([0.9, 0.2, 0.2, 0.2, 0.2, 0.2])
    scope = np.zeros(6)
    clause = np.array([0, 0, 3, -3, 0, 3])
    w = Weights(close=4.0, related=2.0, bundle=2)
    assert relations(z, lexical, scope, clause, w).tolist() == [
        "skos:exactMatch",
        "skos:closeMatch",
        "skos:narrowMatch",  # the subject bundles more: its counterpart is narrower
        "skos:broadMatch",
        "skos:relatedMatch",
        "skos:relatedMatch",  # too weak for a shape to count
    ]
    never = Weights(close=4.0, related=float("inf"))
    assert set(relations(z, lexical, scope, clause, never)) == {
        "skos:exactMatch",
        "skos:closeMatch",
        "skos:relatedMatch",
    }


def test_default_relations_leave_broad_and_narrow_to_the_reviewer(hybrid):
    # chosen by cross-validation: the statements' shape did not tell broad from close
    assert set(hybrid["predicate_id"]) <= {
        "skos:exactMatch",
        "skos:closeMatch",
        "skos:relatedMatch",
    }
    assert (hybrid.loc[hybrid["predicate_id"] == "skos:closeMatch", "zscore"] >= 4.0 - 0.01).all()


# -- explanations ------------------------------------------------------------------------------
def test_shared_words_for_many_pairs_match_a_plain_set_intersection(lexical_signals):
    sig = lexical_signals
    ids, idf, _, vocab = sig._word_table()
    n, m = len(sig.sa.keys), len(sig.sb.keys)
    rows, cols = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)
    words = sig.shared_words(rows, cols)
    for r, c, got in zip(rows[::7], cols[::7], words[::7], strict=True):
        a = set(ids[r][ids[r] >= 0].tolist())
        b = [int(i) for i in ids[n + c] if i >= 0 and int(i) in a]
        b.sort(key=lambda i: -idf[i])
        assert [w for w in got if w] == [vocab[i] for i in b[:6]]


def test_explanations_read_as_shared_words_then_each_signals_share(hybrid):
    fa, fb = compkit.load("cis"), compkit.load("wsx")
    sig = Signals(fa, fb, backends=("minilm-onnx", "minilm-l3-onnx"))
    sig.prior = np.full((len(sig.sa.level_ids), len(sig.sb.level_ids)), 0.2)
    rows, cols = np.arange(0, 60, 3), np.arange(0, 150, 7.5).astype(int)
    w = Weights()
    got = explain(sig, rows, cols, w, "hybrid")
    parts = sig.pairs(rows, cols)
    words = sig.shared_words(rows, cols)
    for i, text in enumerate(got):
        listed = [x for x in words[i] if x]
        expected = [f"shared words: {', '.join(listed) if listed else 'none'}"]
        for name, label in [("semantic", "meaning"), ("lexical", "words"),
                            ("alignment", "word alignment"), ("competency", "competency"),
                            ("level_gap", "level gap"), ("level_prior", "level")]:  # fmt: skip
            share = _signed(w, name) * float(parts[name][i])
            if round(share, 2):
                expected.append(f"{label} {share:+.2f}")
        assert text == "; ".join(expected)
    assert hybrid["why"].str.startswith("shared words: ").all()


# -- the level prior, re-learned ---------------------------------------------------------------
def test_prior_rounds_only_matter_through_the_level_prior():
    cis, wsx = compkit.load("cis"), compkit.load("wsx")
    flat = [
        suggest(cis, wsx, top=5, weights=Weights(level_prior=0.0, prior_rounds=r)) for r in (1, 3)
    ]
    pd.testing.assert_frame_equal(*flat)
    rounds = [suggest(cis, wsx, top=5, weights=Weights(prior_rounds=r)) for r in (1, 2)]
    assert (rounds[0]["object_id"] != rounds[1]["object_id"]).any()
