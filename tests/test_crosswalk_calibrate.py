"""Cross-walk scoring details: the no-counterpart model, relations, explanations, prior rounds."""

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import compkit
from compkit.crosswalk import Weights, suggest
from compkit.crosswalk.calibrate import (
    NO_MATCH_FEATURES,
    fit_no_match,
    flag_threshold,
    no_match_probability,
)
from compkit.crosswalk.embeddings import DEFAULT_BACKENDS, EmbeddingBackendError
from compkit.crosswalk.explain import explain
from compkit.crosswalk.lexical import STOP_WORDS, stem
from compkit.crosswalk.ranking import no_match_table
from compkit.crosswalk.signals import _WEAK, Signals, _signed
from compkit.crosswalk.suggest import relations
from compkit.crosswalk.tokens import token_vectors
from compkit.errors import CompkitWarning


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


def test_no_match_is_one_probability_per_subject_from_its_features(hybrid, cis, wsx):
    assert (hybrid.groupby("subject_id")["no_match"].nunique() == 1).all()
    assert hybrid["no_match"].between(0.0, 1.0).all()
    w = Weights()
    table = no_match_table(cis, wsx, w, DEFAULT_BACKENDS).set_index("subject_id")
    assert list(table.columns) == list(NO_MATCH_FEATURES) and table.notna().all().all()
    expected = pd.Series(no_match_probability(table.to_numpy(), w.no_match), table.index)
    first = hybrid[hybrid["rank"] == 1].set_index("subject_id")
    assert np.allclose(first["no_match"], expected.loc[first.index], atol=0.0005)
    assert w.no_match[1] < 0 and w.no_match[2] < 0  # falls as z and token alignment rise
    assert not first.loc[first["unmatched"], "in_set"].any()  # nothing suggested for those
    flagged = first["unmatched"]
    assert 0 < flagged.sum() < len(first) / 4
    assert (first.loc[flagged, "no_match"] >= w.flag).all()


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


def test_default_relations_follow_the_chosen_thresholds(hybrid):
    # chosen by cross-validation on the four sets: broad and narrow only for strong pairs
    # of different shape (FT -> Monzo's bundled cells brought 61 narrow gold pairs)
    w = Weights()
    z, predicate = hybrid["zscore"], hybrid["predicate_id"]
    assert (z[predicate == "skos:closeMatch"] >= w.close - 0.01).all()
    shaped = predicate.isin(["skos:broadMatch", "skos:narrowMatch"])
    assert shaped.any() and (z[shaped] >= w.related - 0.01).all()
    weak = z < min(w.close, w.related) - 0.01
    assert (predicate[weak] == "skos:relatedMatch").all()
    assert (predicate[(z < w.close - 0.01) & ~shaped] == "skos:relatedMatch").all()


# -- explanations ------------------------------------------------------------------------------
def test_shared_words_for_many_pairs_match_a_plain_intersection_of_stems(lexical_signals):
    sig = lexical_signals
    ids, idf, _, vocab = sig._word_table()
    n, m = len(sig.sa.keys), len(sig.sb.keys)
    rows, cols = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)
    words = sig.shared_words(rows, cols)
    for r, c, got in zip(rows[::7], cols[::7], words[::7], strict=True):
        a = {stem(vocab[i]) for i in ids[r] if i >= 0}  # what TF-IDF counts as one word
        b = [int(i) for i in ids[n + c] if i >= 0 and stem(vocab[i]) in a]
        b.sort(key=lambda i: (stem(vocab[i]) in _WEAK, -idf[i]))
        assert [w for w in got if w] == [vocab[i] for i in b[:6]]


def test_words_too_general_to_explain_a_match_come_last_and_are_never_hidden(lexical_signals):
    # CiS and WSX share "take" ("take opportunities to learn"): it explains little, but the
    # word score counts it, so a pair sharing only such words must not read "none"
    sig = lexical_signals
    ids, _, _, vocab = sig._word_table()
    n, m = len(sig.sa.keys), len(sig.sb.keys)
    rows, cols = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)
    weak = {i for i, w in enumerate(vocab) if stem(w) in _WEAK}
    in_both = weak & set(ids[:n].ravel()) & set(ids[n:].ravel())
    assert {vocab[i] for i in in_both} >= {"take"}
    words = sig.shared_words(rows, cols)
    is_weak = np.vectorize(lambda w: bool(w) and stem(w) in _WEAK)(words)
    is_word = words != ""
    # no informative word after a weak one in any pair's list
    later_word = np.logical_or.accumulate(is_weak, axis=1) & is_word & ~is_weak
    assert is_weak.any() and not later_word.any()
    only_weak = is_weak[:, 0]
    assert only_weak.any()  # pairs sharing only weak words name them


def test_explanations_read_as_shared_words_then_each_signals_share(hybrid):
    fa, fb = compkit.load("cis"), compkit.load("wsx")
    sig = Signals(fa, fb, backends=DEFAULT_BACKENDS)
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
                            ("alignment", "word alignment"), ("tokens", "token alignment"),
                            ("competency", "competency"),
                            ("level_gap", "level distance"), ("level_prior", "level alignment")]:  # fmt: skip
            share = _signed(w, name) * float(parts[name][i])
            if round(share, 2):
                expected.append(f"{label} {share:+.2f}")
        assert text == "; ".join(expected)
    assert hybrid["why"].str.startswith("shared words: ").all()


# -- the contextual token alignment ------------------------------------------------------------
@pytest.fixture(scope="module")
def ensemble_signals():
    return Signals(compkit.load("cis"), compkit.load("wsx"), backends=("minilm-onnx",))


def bertscore(a, b, df, n_docs):
    """One pair, the plain way: content tokens, IDF, best match both ways, mean of the two."""
    sides = []
    for vectors, ids, words in (a, b):
        keep = [
            i for i, w in enumerate(words) if len(w) > 1 and w.isalnum() and w not in STOP_WORDS
        ]
        idf = np.array([np.log((1 + n_docs) / (1 + df[ids[i]])) + 1 for i in keep])
        sides.append((vectors[keep].astype(np.float32), idf))
    (va, wa), (vb, wb) = sides
    sims = va @ vb.T
    return 0.5 * ((sims.max(1) * wa).sum() / wa.sum() + (sims.max(0) * wb).sum() / wb.sum())


def test_token_alignment_is_a_bertscore_of_contextual_tokens(ensemble_signals):
    sig = ensemble_signals
    keys = [*sig.sa.keys, *sig.sb.keys]
    per = token_vectors(keys, backend="minilm-onnx")
    df: dict = {}
    for _, ids, words in per:
        kept = {int(ids[i]) for i, w in enumerate(words)
                if len(w) > 1 and w.isalnum() and w not in STOP_WORDS}  # fmt: skip
        for t in kept:
            df[t] = df.get(t, 0) + 1
    rng = np.random.default_rng(3)
    rows = rng.integers(0, len(sig.sa.keys), 40)
    cols = rng.integers(0, len(sig.sb.keys), 40)
    got = sig._raw_tokens(rows, cols)
    n = len(sig.sa.keys)
    want = [bertscore(per[r], per[n + c], df, len(keys)) for r, c in zip(rows, cols, strict=True)]
    np.testing.assert_allclose(got, want, atol=2e-3)


def test_a_statement_aligns_best_with_itself_and_the_signal_is_standardised():
    cis = compkit.load("cis")
    sig = Signals(cis, cis, backends=("minilm-onnx",))
    n = len(sig.sa.keys)
    rows, cols = np.repeat(np.arange(n), n), np.tile(np.arange(n), n)
    raw = sig._raw_tokens(rows, cols).reshape(n, n)
    np.testing.assert_allclose(np.diag(raw), 1.0, atol=2e-3)
    assert (raw.argmax(axis=1) == np.arange(n)).mean() > 0.95  # repeated statements tie
    z = sig.tokens(rows, cols)
    assert abs(float(z.mean())) < 0.3 and 0.7 < float(z.std()) < 1.3


def test_token_alignment_needs_a_transformer_backend():
    with pytest.raises(EmbeddingBackendError, match="gives no token vectors"):
        token_vectors(["Listens to others"], backend="wordllama")
    sig = Signals(compkit.load("cis"), compkit.load("wsx"), backends=("wordllama",))
    assert "tokens" not in sig.pairs(np.arange(3), np.arange(3))


def test_a_token_weight_re_ranks_the_candidates_and_says_so():
    plain = suggest("cis", "wsx", top=5)
    weighted = suggest("cis", "wsx", top=5, weights=Weights(tokens=1.0))
    assert not plain["why"].str.contains("token alignment").any()  # shipped weight 0
    assert weighted["why"].str.contains("token alignment").any()
    assert (plain["object_id"] != weighted["object_id"]).any()
    assert set(plain["subject_id"]) == set(weighted["subject_id"])


# -- the level prior, re-learned ---------------------------------------------------------------
def test_prior_rounds_only_matter_through_the_level_prior():
    cis, wsx = compkit.load("cis"), compkit.load("wsx")
    flat = [
        suggest(cis, wsx, top=5, weights=Weights(level_prior=0.0, prior_rounds=r)) for r in (1, 3)
    ]
    pd.testing.assert_frame_equal(*flat)
    rounds = [suggest(cis, wsx, top=5, weights=Weights(prior_rounds=r)) for r in (1, 2)]
    assert (rounds[0]["object_id"] != rounds[1]["object_id"]).any()


def test_flags_against_a_small_framework_come_with_a_note_saying_why():
    """Against about ten statements most are flagged: the warning says the flag over-counts."""
    usds = compkit.load(Path(__file__).parent / "data" / "corpus" / "usds-sample-competencies.yaml")
    with pytest.warns(CompkitWarning, match=r"of the 62 statements of .* are flagged unmatched"):
        s = compkit.suggest("cis", usds, top=3)
    assert s["unmatched"].any()
    # counted over the statements matched: HSE's ineffective ones have no side in USDS
    hse = compkit.load(Path(__file__).parent / "data" / "corpus" / "hse-stress-competencies.yaml")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", ".*no candidate of their polarity", CompkitWarning)
        with pytest.warns(CompkitWarning, match=r"of the 67 statements of HSE matched against"):
            compkit.suggest(hse, usds, top=1)
    with warnings.catch_warnings():  # against a framework of the calibrated size: no note
        warnings.simplefilter("error", CompkitWarning)
        compkit.suggest("cis", "wsx", top=3)
