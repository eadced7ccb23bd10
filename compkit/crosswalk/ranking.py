"""The candidates of every subject: what :func:`compkit.suggest` ranks before it writes them.

The blocked top-k of the weighted score (:mod:`compkit.crosswalk.topk`), the level prior
learned from the ranking itself (align levels, re-rank, re-align until the candidates settle),
the re-ranking of the best ``Weights.depth`` candidates by the word and token alignments, and
the features of the no-counterpart model of each subject (:mod:`compkit.crosswalk.calibrate`):
the mean z of its five best candidates and, for frameworks of up to
:data:`TOKEN_FEATURE_LIMIT` statements together, the mean contextual token alignment of the
five best aligned among its candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from .calibrate import LEAD, no_match_features, size_adjusted
from .copies import also_at, copies_last, text_ids
from .signals import Signals, level_prior, token_backend
from .topk import topk

__all__ = ["TOKEN_FEATURE_LIMIT", "Ranking", "no_match_table", "rank"]

#: Statements (both frameworks together) up to which the no-counterpart model also reads the
#: contextual token alignment of each subject's candidates: token vectors and their alignment
#: take about 30 KB a statement in memory (300 MB at the limit) and add about a second per
#: 1,000 statements. Beyond it, the model on the scores alone.
TOKEN_FEATURE_LIMIT = 10_000


@dataclass
class Ranking:
    """Each subject's candidates, best first, with what the suggestions are written from."""

    sig: Signals
    #: ``n x k`` candidate positions in the object framework and their scores (-inf: none)
    cols: np.ndarray
    vals: np.ndarray
    #: mean and standard deviation of the score over every pair scored
    mean: float
    sd: float
    #: every signal of the candidates kept (flattened, row by row), for the explanations
    parts: dict
    #: ``n x 1`` (mean z of the best five) or ``n x 2`` (and their token alignment) features
    features: np.ndarray
    #: ``n x k``: the subject is also the candidate's best (no subject of ``fa`` scores higher
    #: with it in the weighted score, before the re-ranking), whatever ``keep`` is
    mutual: np.ndarray
    #: ``n x k``: an earlier candidate of the subject holds the same text (a ladder repeating
    #: a statement at several levels); such copies stand behind every distinct candidate
    copy: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))
    #: for each object statement, the other places its text stands ("" where none)
    also_at: np.ndarray = field(default_factory=lambda: np.zeros(0, object))


def rank(fa, fb, *, method, backends, w, keep, cross_polarity, block, cache_dir, progress):
    """Rank the candidates of every subject of ``fa`` in ``fb`` (see the module documentation).

    ``keep`` candidates per subject are kept; ``w`` are the method's weights; the other
    arguments are :func:`compkit.suggest`'s.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import Weights
    >>> r = rank(compkit.load("cis"), compkit.load("wsx"), method="hybrid",
    ...          backends=("minilm-onnx", "mpnet-q8"), w=Weights(), keep=3,
    ...          cross_polarity=False, block=1024, cache_dir=None, progress=False)
    >>> r.cols.shape, r.features.shape
    ((62, 3), (62, 2))
    """
    n_statements = len(fa.indicators) + len(fb.indicators)
    feature = method == "hybrid" and token_backend(backends) is not None
    feature &= n_statements <= TOKEN_FEATURE_LIMIT
    sig = Signals(
        fa,
        fb,
        backends=backends,
        cache_dir=cache_dir,
        progress=progress,
        tokens=w.tokens > 0 or feature,
    )
    m = len(sig.sb.keys)
    depth = min(m, max(keep, LEAD, w.depth if method == "hybrid" else 0))
    stats = np.zeros(3)
    best_of = np.full(m, -np.inf, dtype=np.float32)  # each object's best score over every subject

    def run(weights) -> tuple[np.ndarray, np.ndarray]:
        stats[:] = 0.0
        best_of[:] = -np.inf

        def extra(rows: slice, products: np.ndarray) -> np.ndarray:
            scores = sig.combine(rows, products, weights)
            if not cross_polarity:
                scores[sig.opposite(rows)] = -np.inf
            finite = np.isfinite(scores)
            np.fmax(best_of, scores.max(axis=0, initial=-np.inf, where=finite), out=best_of)
            stats[:] += (
                np.count_nonzero(finite),
                scores.sum(where=finite, dtype=np.float64),
                np.square(scores, where=finite, out=np.zeros_like(scores)).sum(dtype=np.float64),
            )
            return scores

        return topk(*sig.first, depth, block=block, extra=extra, progress=progress)

    if method == "hybrid" and w.level_prior and sig.sa.ranked and sig.sb.ranked:
        cols, _ = run(replace(w, level_prior=0.0))
        for _ in range(max(w.prior_rounds, 1)):  # align levels, re-rank, until settled
            sig.prior = level_prior(sig.sa, sig.sb, np.arange(len(cols)), cols[:, :10])
            previous = cols[:, :10]
            cols, vals = run(w)
            if np.array_equal(cols[:, :10], previous):
                break
    else:
        cols, vals = run(w)
    mutual = np.isfinite(vals) & (vals >= best_of[cols]) if m else np.zeros(cols.shape, bool)
    n_pairs, mean = stats[0], stats[1] / max(stats[0], 1)
    sd = float(np.sqrt(max(stats[2] / max(n_pairs, 1) - mean**2, 1e-12)))
    rows = np.repeat(np.arange(cols.shape[0]), cols.shape[1])
    parts = sig.pairs(rows, cols.ravel()) if method == "hybrid" else {}
    tokens = None
    if feature:  # the candidates' token alignment, before the re-ranking (it may leave them)
        tokens = np.where(np.isfinite(vals), parts["tokens"].reshape(cols.shape), np.nan)
    rerank = {k: getattr(w, k) for k in ("alignment", "tokens") if k in parts and getattr(w, k)}
    if method == "hybrid" and rerank:
        for name, weight in rerank.items():
            vals = vals + np.float32(weight) * parts[name].reshape(cols.shape)
        sd = float(np.sqrt(sd**2 + sum(v**2 for v in rerank.values())))
        vals = np.where(np.isfinite(vals), vals, -np.inf)
        order = np.argsort(-vals, axis=1, kind="stable")
        cols = np.take_along_axis(cols, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
        mutual = np.take_along_axis(mutual, order, axis=1)
        parts = {
            k: np.take_along_axis(v.reshape(order.shape), order, axis=1) for k, v in parts.items()
        }
    lead = (vals[:, :LEAD] - mean) / sd
    features = no_match_features(np.where(np.isfinite(lead), lead, np.nan), tokens=tokens)
    # read as against the evaluation sets' object frameworks, whatever the size of fb
    pool = np.bincount(sig.sb.polarity, minlength=2)[sig.sa.polarity] if not cross_polarity else m
    features = size_adjusted(features, pool)
    # the features read every candidate; the reviewer's list shows one text once, first
    ids = text_ids(sig.sb.frame["text"])
    order, copy = copies_last(ids[cols], np.isfinite(vals))
    cols, vals, mutual = (np.take_along_axis(x, order, axis=1) for x in (cols, vals, mutual))
    parts = {
        k: np.take_along_axis(v.reshape(order.shape), order, axis=1)[:, :keep].ravel()
        for k, v in parts.items()
    }
    return Ranking(
        sig, cols[:, :keep], vals[:, :keep], float(mean), sd, parts, features, mutual[:, :keep],
        copy[:, :keep], also_at(sig.sb.frame, ids),
    )  # fmt: skip


def no_match_table(fa, fb, w, backends, *, cross_polarity: bool = False):
    """The no-counterpart features of every subject of ``fa`` (what the model is fitted on).

    A DataFrame of :data:`~compkit.crosswalk.calibrate.NO_MATCH_FEATURES` (``lead_tokens``
    is NaN where token vectors are not read) and ``subject_id``;
    ``benchmarks/bench_crosswalk_quality.py`` fits
    :func:`~compkit.crosswalk.calibrate.fit_no_match` on it.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import Weights
    >>> from compkit.crosswalk.embeddings import DEFAULT_BACKENDS
    >>> t = no_match_table(compkit.load("cis"), compkit.load("wsx"), Weights(), DEFAULT_BACKENDS)
    >>> list(t.columns), len(t), bool(t["lead_tokens"].notna().all())
    (['lead_z', 'lead_tokens', 'subject_id'], 62, True)
    """
    import pandas as pd

    from .calibrate import NO_MATCH_FEATURES

    r = rank(fa, fb, method="hybrid", backends=backends, w=w, keep=LEAD,
             cross_polarity=cross_polarity, block=1024, cache_dir=None, progress=False)  # fmt: skip
    features = np.full((len(r.features), len(NO_MATCH_FEATURES)), np.nan)
    features[:, : r.features.shape[1]] = r.features
    table = pd.DataFrame(features, columns=list(NO_MATCH_FEATURES))
    return table.assign(subject_id=fa.indicators["indicator_id"].to_numpy())
