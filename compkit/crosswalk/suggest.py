"""Suggest, for every indicator of framework A, the indicators of framework B that say the same.

Three methods, all computed in blocks (see :mod:`compkit.crosswalk.topk`):

``lexical``
    TF-IDF cosine of the prepared statements (stemmed content words).
``embedding``
    Cosine of sentence embeddings of the prepared statements (default backend ``wordllama``,
    see :mod:`compkit.crosswalk.embeddings`).
``hybrid`` (default)
    Both, plus context: how close the two statements' competencies are (the cosine of the
    competencies' centroids), how far apart their levels stand on the two scales, and how far apart
    their scopes are (self, managed, team, organisation; see :func:`compkit.framework.text.scope`).

Each candidate gets a SKOS relation from its score (standardised against all pairs, so
thresholds do not depend on the model) and from the statements' shape: a statement bundling
more behaviours, or at a wider scope, is the broader one. A subject whose best candidate is
not credible is flagged ``unmatched``. Suggestions never read reviewed decisions unless asked
(``reviewed=``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._prepare import clauses, names_of, prepare
from .embeddings import DEFAULT_BACKEND, embed
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
]
SKOS = (
    "skos:exactMatch",
    "skos:closeMatch",
    "skos:broadMatch",
    "skos:narrowMatch",
    "skos:relatedMatch",
)


@dataclass(frozen=True)
class Weights:
    """Weights of the hybrid score and thresholds of relations.

    The hybrid score is ``semantic * cos_emb / sd_emb + (1 - semantic) * cos_tfidf / sd_tfidf +
    competency * comp - level * level_gap - scope * scope_gap``: both cosines are divided by
    their standard deviation over all pairs (estimated on a fixed sample), so the weights do
    not depend on the model; ``comp`` is the standardised similarity of the two competencies;
    the level gap is the distance of the two levels' positions on their scales (0 lowest, 1
    highest) and the scope gap that of the statements' scopes (0 self to 1 organisation).
    ``close`` and ``related`` are the z-scores (against all pairs) from which a candidate is a
    close or a related match; a subject whose best candidate is below ``credible`` is unmatched.
    Chosen on half of the evaluation set and checked on the other half (see
    ``benchmarks/bench_crosswalk_quality.py``).
    """

    semantic: float = 0.35
    competency: float = 0.5
    level: float = 1.5
    scope: float = 0.5
    close: float = 3.5
    related: float = 2.0
    credible: float = 2.0


@dataclass
class _Side:
    frame: pd.DataFrame
    keys: pd.Series
    position: np.ndarray
    scope: np.ndarray
    clauses: np.ndarray
    comp_codes: np.ndarray
    comp_ids: list[str]


def _side(fw) -> _Side:
    from ..framework.text import scope_rank

    ind = fw.indicators
    ranks = ind["level_rank"].to_numpy(dtype=np.float32)
    lo, hi = ranks.min(initial=1), ranks.max(initial=1)
    comp_ids = list(fw.competency_ids)
    return _Side(
        frame=ind,
        keys=prepare(ind["text"], names=names_of(fw)),
        position=(ranks - lo) / (hi - lo) if hi > lo else np.zeros_like(ranks),
        scope=scope_rank(ind["text"]).to_numpy(dtype=np.float32) / 3.0,
        clauses=clauses(ind["text"]).to_numpy(),
        comp_codes=ind["competency_id"].map({c: i for i, c in enumerate(comp_ids)}).to_numpy(),
        comp_ids=comp_ids,
    )


def _centroids(vectors: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    sums = np.zeros((n, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, codes, vectors)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def competency_similarity(sa: _Side, sb: _Side, va: np.ndarray, vb: np.ndarray) -> np.ndarray:
    """Cosine of competency centroids, standardised over all competency pairs."""
    ca = _centroids(va, sa.comp_codes, len(sa.comp_ids))
    cb = _centroids(vb, sb.comp_codes, len(sb.comp_ids))
    sim = ca @ cb.T
    sd = sim.std()
    return (sim - sim.mean()) / sd if sd > 0 else np.zeros_like(sim)


def _vectors(method: str, sa: _Side, sb: _Side, backend: str, cache_dir):
    """Semantic and lexical row vectors of both sides, as the method needs them."""
    sem = lex = None
    if method in ("embedding", "hybrid"):
        both = embed(pd.concat([sa.keys, sb.keys]).tolist(), backend=backend, cache_dir=cache_dir)
        sem = both[: len(sa.keys)], both[len(sa.keys) :]
    if method in ("lexical", "hybrid"):
        from .lexical import tfidf

        lex = tuple(tfidf(sa.keys.tolist(), sb.keys.tolist()))
    return sem, lex


def suggest(
    a,
    b,
    *,
    top: int = 5,
    method: str = "hybrid",
    backend: str = DEFAULT_BACKEND,
    weights: Weights | None = None,
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
    backend : str
        Embedding backend for ``embedding`` and ``hybrid`` (see
        :data:`compkit.crosswalk.embeddings.BACKENDS`).
    weights : Weights, optional
        Hybrid weights and relation thresholds.
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
        :data:`SUGGESTION_COLUMNS`, ``top`` rows per subject, best first (``rank`` 1).

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
    w = weights or Weights()
    sa, sb = _side(fa), _side(fb)
    sem, lex = _vectors(method, sa, sb, backend, cache_dir)
    k = min(top, len(sb.frame))
    first, second = (sem, lex) if sem is not None else (lex, None)
    lead_w, lex_w = 1.0, 0.0
    comp = None
    if method == "hybrid":
        lead_w = w.semantic / _spread(*sem)
        lex_w = (1.0 - w.semantic) / _spread(*lex)
        comp = competency_similarity(sa, sb, *sem)
    stats = np.zeros(3)

    def extra(rows: slice, scores: np.ndarray) -> np.ndarray:
        if comp is not None:
            scores *= lead_w
            scores += lex_w * (second[0][rows] @ second[1].T).toarray().astype(np.float32)
            scores += w.competency * comp[sa.comp_codes[rows]][:, sb.comp_codes]
            scores -= w.level * np.abs(sa.position[rows, None] - sb.position[None, :])
            scores -= w.scope * np.abs(sa.scope[rows, None] - sb.scope[None, :])
        stats[:] += (
            scores.size,
            scores.sum(dtype=np.float64),
            np.square(scores, dtype=np.float64).sum(),
        )
        return scores

    cols, vals = topk(first[0], first[1], k, block=block, extra=extra, progress=progress)
    n, mean = stats[0], stats[1] / max(stats[0], 1)
    sd = float(np.sqrt(max(stats[2] / max(n, 1) - mean**2, 1e-12)))
    return _frame(
        fa, sa, sb, cols, vals, (vals - mean) / sd, sem, lex, w, method, backend, reviewed
    )


def _spread(left, right, sample: int = 512) -> float:
    """Standard deviation of the cosines of a fixed, evenly spaced sample of pairs."""
    ia = np.unique(np.linspace(0, left.shape[0] - 1, min(sample, left.shape[0])).astype(int))
    ib = np.unique(np.linspace(0, right.shape[0] - 1, min(sample, right.shape[0])).astype(int))
    sims = left[ia] @ right[ib].T
    sims = sims.toarray() if hasattr(sims, "toarray") else np.asarray(sims)
    sd = float(np.std(sims))
    return sd if sd > 1e-6 else 1.0


def _pair_cosines(pair, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    if pair is None:
        return np.full(rows.shape, np.nan, dtype=np.float32)
    left, right = pair[0][rows], pair[1][cols]
    if hasattr(left, "multiply"):
        return np.asarray(left.multiply(right).sum(axis=1)).ravel().astype(np.float32)
    return np.einsum("ij,ij->i", left, right).astype(np.float32)


def _frame(fa, sa, sb, cols, vals, z, sem, lex, w, method, backend, reviewed) -> pd.DataFrame:
    n, k = cols.shape
    rows = np.repeat(np.arange(n), k)
    flat = cols.ravel()
    A, B = sa.frame, sb.frame
    lexical = _pair_cosines(lex, rows, flat)
    unmatched = np.repeat(z[:, 0] < w.credible, k) if k else np.zeros(0, bool)
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
                z.ravel(),
                lexical,
                sa.scope[rows] - sb.scope[flat],
                sa.clauses[rows] - sb.clauses[flat],
                w,
            ),
            "score": vals.ravel().round(4),
            "zscore": z.ravel().round(3),
            "semantic": _pair_cosines(sem, rows, flat).round(4),
            "lexical": lexical.round(4),
            "unmatched": unmatched,
            "method": method if method == "lexical" else f"{method}:{backend}",
        },
        columns=SUGGESTION_COLUMNS,
    )
    if reviewed is not None:
        from .review import honour

        out = honour(out, reviewed)
    return out


def _relations(z, lexical, scope_gap, clause_gap, w: Weights) -> np.ndarray:
    """SKOS relation of each candidate from its z-score and the two statements' shape."""
    lexical = np.nan_to_num(lexical, nan=0.0)
    wider_subject = (scope_gap >= 0.5) | (clause_gap >= 2)
    wider_object = (scope_gap <= -0.5) | (clause_gap <= -2)
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
