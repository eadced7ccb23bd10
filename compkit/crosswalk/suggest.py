"""Suggest, for every indicator of framework A, the indicators of framework B that say the same.

Three methods, all computed in blocks (see :mod:`compkit.crosswalk.topk`) on the signals of
:mod:`compkit.crosswalk.signals` (lemmatised, voice-normalised matching keys; framework-centred
embeddings):

``lexical``
    TF-IDF cosine of the lemmatised content words.
``embedding``
    Cosine of framework-centred sentence embeddings, averaged over the backends (default: the
    ensemble of all-MiniLM-L6-v2 and paraphrase-MiniLM-L3-v2, see
    :mod:`compkit.crosswalk.embeddings`).
``hybrid`` (default)
    Both, plus context: competency prior, level gap, a level prior learned from a first ranking
    (where the matches of each level of A land in B), scope gap; then the best candidates are
    re-ranked with a soft word alignment.

Statements are matched within their polarity (effective with effective, ineffective with
ineffective) unless ``cross_polarity=True``. Each candidate gets a SKOS relation from its score
(standardised against all pairs, so thresholds do not depend on the model) and from the
statements' shape: a statement bundling more behaviours, or at a wider scope, is the broader
one. A subject whose best candidate is not credible is flagged ``unmatched``; the candidates
close enough to the best form the suggested set (``in_set``). ``why`` says, in words, what the
score rests on. Suggestions never read reviewed decisions unless asked (``reviewed=``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..errors import UsageError
from .embeddings import DEFAULT_BACKENDS, resolve_backends
from .signals import SIGNALS, Signals, level_prior
from .topk import topk

__all__ = ["METHODS", "SUGGESTION_COLUMNS", "Weights", "suggest"]

#: Suggestion methods.
METHODS = ("hybrid", "embedding", "lexical")
#: Columns of :func:`suggest`, one row per (subject, candidate).
SUGGESTION_COLUMNS = [
    "subject_id",
    "subject_label",
    "subject_competency",
    "subject_level",
    "rank",
    "object_id",
    "object_label",
    "object_competency",
    "object_level",
    "predicate_id",
    "score",
    "zscore",
    "semantic",
    "lexical",
    "unmatched",
    "method",
    "subject_polarity",
    "object_polarity",
    "in_set",
    "why",
]


@dataclass(frozen=True)
class Weights:
    """Weights of the hybrid score and thresholds of relations, chosen by cross-validation.

    The hybrid score is the weighted sum of the standardised signals of
    :mod:`compkit.crosswalk.signals`: ``semantic``, ``lexical``, ``alignment``, ``competency``
    and ``level_prior`` count for a pair, ``level_gap`` and ``scope_gap`` against it. ``close``
    and ``related`` are the z-scores (against all pairs) from which a candidate is a close or
    a related match; a statement with ``bundle`` more clauses than the other (or a scope wider
    by two steps) is the broader one; a subject whose best candidate is below ``credible`` is
    unmatched; a candidate within ``set_gap`` (in z) of the best, and at least ``member``, is in
    the suggested set. ``depth`` candidates per subject are re-ranked with the word alignment.
    Chosen by cross-validation over both evaluation sets (``benchmarks/bench_crosswalk_quality.py``
    prints the held-out figures).
    """

    semantic: float = 1.0
    lexical: float = 0.5
    alignment: float = 0.25
    competency: float = 0.25
    level_gap: float = 1.0
    level_prior: float = 2.0
    scope_gap: float = 0.0
    close: float = 3.3
    related: float = 2.0
    bundle: int = 3
    credible: float = 2.65
    member: float = 3.0
    set_gap: float = 0.5
    depth: int = 30


def _method_weights(method: str, w: Weights) -> Weights:
    if method == "hybrid":
        return w
    only = dict.fromkeys(SIGNALS, 0.0) | {"lexical" if method == "lexical" else "semantic": 1.0}
    return replace(w, **only)


def suggest(
    a,
    b,
    *,
    top: int = 5,
    method: str = "hybrid",
    backend: str | tuple[str, ...] = DEFAULT_BACKENDS,
    weights: Weights | None = None,
    cross_polarity: bool = False,
    reviewed=None,
    block: int = 1024,
    cache_dir: str | os.PathLike | None = None,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Rank, for every indicator of ``a``, the best candidates in ``b``.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        Subject and object frameworks.
    top : int
        Candidates per subject indicator.
    method : {"hybrid", "embedding", "lexical"}
        How to score pairs (see the module documentation).
    backend : str or tuple of str
        Embedding backend(s) for ``embedding`` and ``hybrid``: a name of
        :data:`compkit.crosswalk.embeddings.BACKENDS`, several (averaged), or ``"ensemble"``
        (the default: all-MiniLM-L6-v2 and paraphrase-MiniLM-L3-v2).
    weights : Weights, optional
        Hybrid weights and relation thresholds.
    cross_polarity : bool
        Also match effective statements with ineffective ones (by default each is matched only
        within its own polarity).
    reviewed : path or DataFrame, optional
        A cross-walk whose decisions to honour: pairs a reviewer rejected are left out, and a
        ``review_status`` column shows what was decided. Not read unless given.
    block : int
        Subject rows per block of the top-k computation.
    cache_dir : path, optional
        Keep embeddings on disk there too (e.g. ``build/cache``).
    progress : bool, optional
        Progress bars (default: on long runs only).

    Returns
    -------
    pandas.DataFrame
        :data:`SUGGESTION_COLUMNS`, ``top`` rows per subject, best first (``rank`` 1); fewer
        for a subject with fewer than ``top`` candidates of its polarity.

    Examples
    --------
    >>> import compkit
    >>> s = compkit.suggest("cis", "wsx", top=3)
    >>> len(s), s["subject_id"].nunique()
    (186, 62)
    >>> s.loc[s["subject_id"] == "creativity-l4-2", "object_id"].iloc[0]
    'improving-management-7'
    """
    from ..framework.io import load

    if method not in METHODS:
        raise UsageError(f"unknown method {method!r}; expected one of: {', '.join(METHODS)}")
    if top < 1:
        raise UsageError(f"top must be at least 1, not {top}")
    fa, fb = load(a), load(b)
    backends = () if method == "lexical" else resolve_backends(backend)
    sig = Signals(fa, fb, backends=backends, cache_dir=cache_dir, progress=progress)
    w = _method_weights(method, weights or Weights())
    m = len(sig.sb.keys)
    depth = min(m, max(top, w.depth) if method == "hybrid" else top)
    stats = np.zeros(3)

    def run(weights: Weights) -> tuple[np.ndarray, np.ndarray]:
        stats[:] = 0.0

        def extra(rows: slice, products: np.ndarray) -> np.ndarray:
            scores = sig.combine(rows, products, weights)
            if not cross_polarity:
                scores[sig.opposite(rows)] = -np.inf
            finite = scores[np.isfinite(scores)]
            stats[:] += (
                finite.size,
                finite.sum(dtype=np.float64),
                np.square(finite, dtype=np.float64).sum(),
            )
            return scores

        return topk(*sig.first, depth, block=block, extra=extra, progress=progress)

    if method == "hybrid" and w.level_prior:
        cols, _ = run(replace(w, level_prior=0.0))
        sig.prior = level_prior(sig.sa, sig.sb, np.arange(len(cols)), cols[:, :10])
    cols, vals = run(w)
    n_pairs, mean = stats[0], stats[1] / max(stats[0], 1)
    sd = float(np.sqrt(max(stats[2] / max(n_pairs, 1) - mean**2, 1e-12)))
    rows = np.repeat(np.arange(cols.shape[0]), cols.shape[1])
    parts = sig.pairs(rows, cols.ravel()) if method == "hybrid" else {}
    if method == "hybrid" and w.alignment:
        vals = vals + np.float32(w.alignment) * parts["alignment"].reshape(cols.shape)
        sd = float(np.sqrt(sd**2 + w.alignment**2))
        vals = np.where(np.isfinite(vals), vals, -np.inf)
        order = np.argsort(-vals, axis=1, kind="stable")
        cols = np.take_along_axis(cols, order, axis=1)
        vals = np.take_along_axis(vals, order, axis=1)
    cols, vals = cols[:, :top], vals[:, :top]
    return _frame(fa, fb, sig, cols, vals, mean, sd, w, method, backends, reviewed)


def _frame(fa, fb, sig, cols, vals, mean, sd, w, method, backends, reviewed) -> pd.DataFrame:
    n, k = cols.shape
    rows = np.repeat(np.arange(n), k)
    flat = cols.ravel()
    sa, sb = sig.sa, sig.sb
    A, B = sa.frame, sb.frame
    z = (vals - mean) / sd
    z = np.where(np.isfinite(z), z, np.nan)
    semantic, lexical = sig.cosines(rows, flat)
    best = np.nan_to_num(z[:, 0], nan=-np.inf) if k else np.zeros(0)
    unmatched = np.repeat(best < w.credible, k)
    zr = z.ravel()
    in_set = np.nan_to_num(zr, nan=-np.inf) >= np.maximum(w.member, np.repeat(best, k) - w.set_gap)
    in_set |= (np.tile(np.arange(k), n) == 0) & ~unmatched
    polarity = {0: "effective", 1: "ineffective"}
    out = pd.DataFrame(
        {
            "subject_id": A["indicator_id"].to_numpy()[rows],
            "subject_label": A["text"].to_numpy()[rows],
            "subject_competency": A["competency_id"].to_numpy()[rows],
            "subject_level": A["level"].to_numpy()[rows],
            "rank": np.tile(np.arange(1, k + 1), n),
            "object_id": B["indicator_id"].to_numpy()[flat],
            "object_label": B["text"].to_numpy()[flat],
            "object_competency": B["competency_id"].to_numpy()[flat],
            "object_level": B["level"].to_numpy()[flat],
            "predicate_id": _relations(
                np.nan_to_num(zr, nan=-np.inf),
                lexical,
                sa.scope[rows] - sb.scope[flat],
                sa.clauses[rows] - sb.clauses[flat],
                w,
            ),
            "score": np.round(np.where(np.isfinite(vals), vals, np.nan).ravel().astype(float), 3),
            "zscore": np.round(zr.astype(float), 2),
            "semantic": semantic.astype(float).round(3),
            "lexical": lexical.astype(float).round(3),
            "unmatched": unmatched,
            "method": method if method == "lexical" else f"{method}:{'+'.join(backends)}",
            "subject_polarity": pd.Series(sa.polarity[rows]).map(polarity).to_numpy(),
            "object_polarity": pd.Series(sb.polarity[flat]).map(polarity).to_numpy(),
            "in_set": in_set & np.isfinite(vals.ravel()),
            "why": explain(sig, rows, flat, w, method),
        },
        columns=SUGGESTION_COLUMNS,
    )
    out = out[np.isfinite(vals.ravel())].reset_index(drop=True)
    if reviewed is not None:
        from .review import honour

        out = honour(out, reviewed)
    return out


_SIGNAL_WORDS = {
    "semantic": "meaning",
    "lexical": "words",
    "alignment": "word alignment",
    "competency": "competency",
    "level_gap": "level gap",
    "level_prior": "level",
    "scope_gap": "scope gap",
}


def explain(sig: Signals, rows: np.ndarray, cols: np.ndarray, w: Weights, method: str) -> list[str]:
    """Why each pair scores as it does: shared words, then each signal's weighted share."""
    from .signals import _signed

    parts = sig.pairs(rows, cols)
    out = []
    for i, (r, c) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        words = sig.shared_words(r, c)
        bits = [f"shared words: {', '.join(words) if words else 'none'}"]
        for name, label in _SIGNAL_WORDS.items():
            weight = _signed(w, name) if method == "hybrid" else float(getattr(w, name))
            share = weight * float(parts[name][i]) if name in parts else 0.0
            if round(share, 2):
                bits.append(f"{label} {share:+.2f}")
        out.append("; ".join(bits))
    return out


def _relations(z, lexical, scope_gap, clause_gap, w: Weights) -> np.ndarray:
    """SKOS relation of each candidate from its z-score and the two statements' shape."""
    lexical = np.nan_to_num(lexical, nan=0.0)
    wider_subject = (scope_gap >= 0.6) | (clause_gap >= w.bundle)
    wider_object = (scope_gap <= -0.6) | (clause_gap <= -w.bundle)
    return np.select(
        [
            (z >= w.close) & (lexical >= 0.8) & (np.abs(clause_gap) < 2),
            (z >= w.related) & wider_subject & ~wider_object,
            (z >= w.related) & wider_object & ~wider_subject,
            z >= w.close,
        ],
        ["skos:exactMatch", "skos:narrowMatch", "skos:broadMatch", "skos:closeMatch"],
        default="skos:relatedMatch",
    )
