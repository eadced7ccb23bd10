"""Suggest, for every indicator of framework A, the indicators of framework B that say the same.

Three methods, all computed in blocks (see :mod:`compkit.crosswalk.topk`) on the signals of
:mod:`compkit.crosswalk.signals` (lemmatised, voice-normalised matching keys; framework-centred
embeddings):

``lexical``
    TF-IDF cosine of the lemmatised content words.
``embedding``
    Cosine of framework-centred sentence embeddings, averaged over the backends (default: the
    ensemble of all-MiniLM-L6-v2 and the 8-bit paraphrase-MiniLM-L3-v2 and all-mpnet-base-v2, see
    :mod:`compkit.crosswalk.embeddings`).
``hybrid`` (default)
    Both, plus context: competency prior, level gap, a level prior learned from the ranking
    itself (where the matches of each level of A land in B; align, re-rank, re-align until the
    candidates settle or ``Weights.prior_rounds`` is reached), scope gap; then the best
    candidates are re-ranked with soft alignments of their words and of their contextual
    token vectors.

Statements are matched within their polarity (effective with effective, ineffective with
ineffective) unless ``cross_polarity=True``. Each candidate gets a SKOS relation from its score
(standardised against all pairs, so thresholds do not depend on the model) and from the
statements' shape: a statement bundling more behaviours, or at a wider scope, is the broader
one; a close match (statements that could stand for each other) must hold both ways, so it
needs the subject to be the candidate's best too (``mutual``: no statement of A scores
higher with it). ``no_match`` is the probability that a subject has no counterpart at all,
calibrated on the evaluation sets from the mean z of its five best candidates and their
contextual token alignment (:mod:`compkit.crosswalk.calibrate`; the ranking itself is
:mod:`compkit.crosswalk.ranking`); above ``Weights.flag`` the subject is flagged
``unmatched``, unless its best candidate is an exact match (and an unmatched subject's candidates
are at most related, never close). The candidates close enough
to the best form the suggested set (``in_set``; empty for an ``unmatched`` subject). ``why``
says, in words, what the score rests on (:mod:`compkit.crosswalk.explain`). Suggestions never
read reviewed decisions unless asked (``reviewed=``).
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..errors import CompkitWarning, UsageError
from . import _vectorcache
from ._arguments import METHODS, check_arguments, reviewed_crosswalk, warn_polarity_gap
from .calibrate import no_match_probability, small_framework_note
from .embeddings import DEFAULT_BACKENDS, LARGE_BACKENDS, resolve_backends
from .english import encoders_note
from .explain import explain
from .ranking import Ranking, rank
from .signals import SIGNALS

__all__ = ["METHODS", "SUGGESTION_COLUMNS", "Weights", "relations", "suggest", "tuned_weights"]

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
    "no_match",
    "method",
    "subject_polarity",
    "object_polarity",
    "in_set",
    "mutual",
    "why",
    "also_at",
]


@dataclass(frozen=True)
class Weights:
    """Weights of the hybrid score and thresholds of relations, chosen by cross-validation.

    The hybrid score is the weighted sum of the standardised signals of
    :mod:`compkit.crosswalk.signals`: ``semantic``, ``lexical``, ``alignment``, ``tokens``,
    ``competency`` and ``level_prior`` count for a pair, ``level_gap`` and ``scope_gap``
    against it; the level prior is learned again from each ranking it changes, at most
    ``prior_rounds`` times. ``close`` is the z-score (against all pairs) from which a candidate
    is a close match (and only where the subject is also the candidate's best: ``mutual``);
    from ``related`` on, a statement with ``bundle`` more clauses than the
    other (or a scope wider by two steps) is the broader one (a ``related`` beyond any z-score
    leaves broad and narrow to the reviewer). ``no_match`` holds the coefficients of the
    no-counterpart model (intercept, the mean z of the best five candidates and the mean token
    alignment of the best five aligned; :mod:`compkit.crosswalk.calibrate`) and ``flag`` the
    probability above which a subject is unmatched; ``no_match_plain`` and ``flag_plain`` are
    the model on the mean z alone, for frameworks beyond
    :data:`~compkit.crosswalk.ranking.TOKEN_FEATURE_LIMIT` statements or backends without
    token vectors. A candidate within ``set_gap`` (in z) of the best, and at least ``member``, is
    in the suggested set. ``depth`` candidates per subject are re-ranked with the word and
    token alignments. Chosen by cross-validation over every evaluation set
    (``benchmarks/bench_crosswalk_quality.py`` prints the held-out figures).
    """

    semantic: float = 1.0
    lexical: float = 0.25
    alignment: float = 0.25
    tokens: float = 0.0
    competency: float = 0.25
    level_gap: float = 1.0
    level_prior: float = 2.0
    scope_gap: float = 0.0
    prior_rounds: int = 1
    close: float = 3.0
    related: float = 3.0
    bundle: int = 4
    no_match: tuple[float, ...] = (2.7187, -0.5713, -1.4644)
    flag: float = 0.269
    no_match_plain: tuple[float, float] = (2.557, -1.6637)
    flag_plain: float = 0.281
    member: float = 3.0
    set_gap: float = 0.5
    depth: int = 30


#: Weights chosen, by the same cross-validation, for an ensemble other than the default one
#: (``bench_crosswalk_quality.py --backends ensemble-large``: the pooled choice).
_LARGE = Weights(
    lexical=0.25,
    alignment=0.25,
    tokens=0.0,
    competency=0.25,
    level_gap=1.0,
    level_prior=2.0,
    prior_rounds=1,
    close=3.5,
    related=3.0,
    bundle=4,
    no_match=(2.5844, -0.5059, -1.4824),
    flag=0.279,
    no_match_plain=(2.3936, -1.6013),
    flag_plain=0.282,
)
_TUNED = {
    LARGE_BACKENDS: _LARGE,
    ("minilm-onnx", "mpnet-q8"): Weights(  # the default ensemble of 2026-12-03
        close=3.0,
        no_match=(2.5815, -0.439, -1.5787),
        flag=0.296,
        no_match_plain=(2.3895, -1.6187),
        flag_plain=0.260,
    ),
    ("minilm-onnx", "minilm-l3-onnx", "mpnet"): _LARGE,  # the float model: the same vectors
    ("minilm-onnx", "minilm-l3-onnx"): Weights(  # the default ensemble until 2026-12
        close=3.5,
        related=4.0,
        bundle=3,
        no_match=(2.5448, -0.4679, -1.5042),
        flag=0.284,
        no_match_plain=(2.3452, -1.5836),
        flag_plain=0.291,
    ),
}


def tuned_weights(backends: tuple[str, ...]) -> Weights:
    """The shipped weights for an ensemble of ``backends`` (the defaults for any other).

    Examples
    --------
    >>> tuned_weights(("minilm-onnx", "minilm-l3-onnx", "mpnet-q8")).close
    3.5
    >>> tuned_weights(("wordllama",)) == Weights()
    True
    """
    return _TUNED.get(tuple(backends), Weights())


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
        :data:`compkit.crosswalk.embeddings.BACKENDS`, several (averaged), ``"ensemble"``
        (the default: all-MiniLM-L6-v2 and the 8-bit paraphrase-MiniLM-L3-v2 and
        all-mpnet-base-v2) or ``"ensemble-large"`` (the same with paraphrase-MiniLM-L3-v2 in
        float, installed by hand: see
        :mod:`compkit.crosswalk.embeddings`).
    weights : Weights, optional
        Hybrid weights and relation thresholds (default: :func:`tuned_weights` of the
        backends).
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
    >>> top = s.loc[s["subject_id"] == "creativity-l4-2", "object_id"].tolist()
    >>> "improving-management-7" in top
    True
    """
    from ..framework.io import load

    check_arguments(
        method, top, block, backend, weights, cross_polarity, reviewed, weights_type=Weights
    )
    if cache_dir is not None:  # checked before anything is computed
        _vectorcache.disk_file(cache_dir, "")
    fa, fb = load(a), load(b)
    for fw in (fa, fb):
        if not len(fw.indicators):
            raise UsageError(f"{fw.label} has no statements to match")
    if reviewed is not None:  # read and checked before anything is computed
        reviewed = reviewed_crosswalk(reviewed, fa, fb)
    if not cross_polarity:
        warn_polarity_gap(fa, fb)
    if note := encoders_note(fa, fb):  # a framework not in English: said before the work
        warnings.warn(note, CompkitWarning, 2)
    backends = () if method == "lexical" else resolve_backends(backend)
    w = _method_weights(method, weights or tuned_weights(backends))
    spare = _rejected_most(reviewed)  # candidates to fill in for pairs a reviewer rejected
    r = rank(
        fa,
        fb,
        method=method,
        backends=backends,
        w=w,
        keep=top + spare,
        cross_polarity=cross_polarity,
        block=block,
        cache_dir=cache_dir,
        progress=progress,
    )
    out = _frame(fa, fb, r, w, method, backends)
    flagged = out.loc[out["unmatched"], "subject_id"].nunique()
    if flagged and (note := small_framework_note(fb.label, len(fb.indicators))):
        matched = out["subject_id"].nunique()  # those of the other polarity are left out
        said = (
            f"{flagged:,} of the {matched:,} statements of {fa.label} matched against {fb.label} "
            "are flagged unmatched"
        )
        warnings.warn(f"{said}: {note}", CompkitWarning, 2)
    if reviewed is not None:
        from .honour import honour

        out = honour(out, reviewed, a=fa, b=fb, top=top)
    return out


def _rejected_most(reviewed) -> int:
    """The most pairs a reviewer rejected for one statement (0 without a reviewed cross-walk)."""
    if reviewed is None or not len(reviewed):
        return 0
    status = reviewed["review_status"].fillna("")
    modifier = reviewed.get("predicate_modifier", pd.Series("", index=reviewed.index)).fillna("")
    rejected = reviewed[(status == "rejected") | (modifier == "Not")]
    return int(rejected.groupby("subject_id").size().max()) if len(rejected) else 0


def _frame(fa, fb, r: Ranking, w, method, backends):
    sig, cols, vals, mean, sd, parts = r.sig, r.cols, r.vals, r.mean, r.sd, r.parts
    n, k = cols.shape
    rows = np.repeat(np.arange(n), k)
    flat = cols.ravel()
    sa, sb = sig.sa, sig.sb
    A, B = sa.frame, sb.frame
    z = (vals - mean) / sd
    z = np.where(np.isfinite(z), z, np.nan)
    semantic, lexical = sig.cosines(rows, flat)
    best = z[:, 0] if k else np.full(n, np.nan)
    features = r.features
    coef, flag = (w.no_match, w.flag) if features.shape[1] > 1 else (w.no_match_plain, w.flag_plain)
    no_match = no_match_probability(np.nan_to_num(features, nan=0.0), coef)
    no_match = np.where(np.isfinite(features[:, 0]), no_match, 1.0)
    zr = z.ravel()
    identical = (sa.keys.to_numpy()[rows] == sb.keys.to_numpy()[flat]) & np.isfinite(vals.ravel())
    opposite = sa.polarity[rows] != sb.polarity[flat]
    predicates = relations(
        np.nan_to_num(zr, nan=-np.inf),
        lexical,
        sa.scope[rows] - sb.scope[flat],
        sa.clauses[rows] - sb.clauses[flat],
        w,
        identical=identical,
        opposite=opposite,
        mutual=r.mutual.ravel(),
    )
    # a statement whose best candidate is an exact match has a credible counterpart, whatever
    # its other candidates say; one flagged as having none has no close match either
    credible = predicates.reshape(n, k)[:, :1] == "skos:exactMatch"
    unmatched = np.repeat((no_match > flag) & ~credible.any(axis=1), k)
    predicates = np.where(
        unmatched & (predicates == "skos:closeMatch"), "skos:relatedMatch", predicates
    )
    in_set = np.nan_to_num(zr, nan=-np.inf) >= np.maximum(w.member, np.repeat(best, k) - w.set_gap)
    in_set |= np.tile(np.arange(k), n) == 0
    in_set &= ~unmatched  # a statement with no credible counterpart has an empty set
    in_set &= ~r.copy.ravel()  # a text repeated in b is listed once, at its best place
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
            "predicate_id": predicates,
            "score": _rounded(np.where(np.isfinite(vals), vals, np.nan).ravel(), 3),
            "zscore": _rounded(zr, 2),
            "semantic": _rounded(semantic, 3),
            "lexical": _rounded(lexical, 3),
            "unmatched": unmatched,
            "no_match": np.repeat(_rounded(no_match, 3), k),
            "method": method if method == "lexical" else f"{method}:{'+'.join(backends)}",
            "subject_polarity": pd.Series(sa.polarity[rows]).map(polarity).to_numpy(),
            "object_polarity": pd.Series(sb.polarity[flat]).map(polarity).to_numpy(),
            "in_set": in_set & np.isfinite(vals.ravel()),
            "mutual": r.mutual.ravel(),
            "why": _with_mutual(explain(sig, rows, flat, w, method, parts=parts or None), r),
            "also_at": r.also_at[flat] if len(flat) else np.zeros(0, object),
        },
        columns=SUGGESTION_COLUMNS,
    )
    return out[np.isfinite(vals.ravel())].reset_index(drop=True)


def _with_mutual(why, r: Ranking) -> np.ndarray:
    """The explanation, with "each other's best" where the subject is the candidate's best too."""
    why = pd.Series(why, dtype=object)
    mutual = r.mutual.ravel()
    return why.where(~mutual, why + "; each other's best").to_numpy()


def _rounded(values, decimals: int) -> np.ndarray:
    """Rounded floats, with no negative zero (``-0.0`` reads as a sign where there is none)."""
    return np.round(np.asarray(values, dtype=float), decimals) + 0.0


def relations(
    z, lexical, scope_gap, clause_gap, w: Weights, *, identical=None, opposite=None, mutual=None
) -> np.ndarray:
    """SKOS relation of each candidate from its z-score and the two statements' shape.

    Statements whose matching keys are the same are an exact match whatever the scores (a
    framework against itself, a statement carried over); statements of opposite polarity (an
    effective against an ineffective one, matched with ``cross_polarity=True``) are at most
    related: one says what the other warns against. A close match means the two could stand
    for each other, which holds both ways: where ``mutual`` is given, a candidate whose best
    subject is another statement is at most related.

    Examples
    --------
    >>> w = Weights()
    >>> relations(np.array([5.0, 5.0, 0.0, 5.0]), np.array([0.9, 0.2, 0.1, 0.2]),
    ...           np.zeros(4), np.zeros(4), w, identical=np.array([0, 0, 1, 0], bool),
    ...           opposite=np.array([0, 0, 0, 1], bool)).tolist()
    ['skos:exactMatch', 'skos:closeMatch', 'skos:exactMatch', 'skos:relatedMatch']
    >>> relations(np.array([5.0, 5.0]), np.array([0.2, 0.2]), np.zeros(2), np.zeros(2), w,
    ...           mutual=np.array([1, 0], bool)).tolist()
    ['skos:closeMatch', 'skos:relatedMatch']
    """
    lexical = np.nan_to_num(lexical, nan=0.0)
    mutual = np.ones(len(z), bool) if mutual is None else np.asarray(mutual, bool)
    identical = np.zeros(len(z), bool) if identical is None else np.asarray(identical, bool)
    opposite = np.zeros(len(z), bool) if opposite is None else np.asarray(opposite, bool)
    wider_subject = (scope_gap >= 0.6) | (clause_gap >= w.bundle)
    wider_object = (scope_gap <= -0.6) | (clause_gap <= -w.bundle)
    same = ~opposite
    return np.select(
        [
            identical & same,
            same & (z >= w.close) & (lexical >= 0.8) & (np.abs(clause_gap) < 2),
            same & (z >= w.related) & wider_subject & ~wider_object,
            same & (z >= w.related) & wider_object & ~wider_subject,
            same & (z >= w.close) & mutual,
        ],
        [
            "skos:exactMatch",
            "skos:exactMatch",
            "skos:narrowMatch",
            "skos:broadMatch",
            "skos:closeMatch",
        ],
        default="skos:relatedMatch",
    )
