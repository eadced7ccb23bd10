"""The signals behind a cross-walk score, computed a block of subject rows at a time.

Every signal compares the *matching keys* of two statements: the statement with its voice stem
dropped, pronouns neutral and the organisation's names generic (:mod:`._prepare`), then
lemmatised. The statements themselves are never changed.

``semantic``
    Mean over the embedding backends of the cosine of **framework-centred** vectors: each
    framework's mean vector is subtracted before normalising, which removes what all of a
    framework's statements share (its voice, its house words) and leaves what tells them apart.
``lexical``
    Cosine of TF-IDF vectors of the lemmatised content words.
``alignment``
    Soft word alignment (BERTScore-style, on word vectors of the first backend, IDF-weighted):
    each content word of one statement is matched to its most similar word in the other, both
    ways. Computed for candidate pairs only (a re-ranking signal).
``tokens``
    Soft alignment of *contextual* token vectors (BERTScore-style): a MiniLM's last hidden
    state (the first of :data:`TOKEN_BACKENDS` in the ensemble) for every token of a
    statement's content words, IDF-weighted over the
    vocabulary ids of both frameworks, each token matched to its most similar token in the
    other statement, both ways (mean of the two). A word is compared as it is used in its
    statement ("leads a team" against "leads to"). Candidate pairs only, and only when
    one of those backends is in the ensemble. Its shipped weight is 0: chosen by the same
    cross-validation as the others, it lowered the held-out figures of CiS → WSX and did not
    lift UNiDAYS → WSX enough to make up for it (``bench_crosswalk_quality.py --tokens``).
``competency``
    Standardised cosine of the two statements' competency centroids.
``level_gap`` and ``level_prior``
    How far apart the two levels stand on their scales (0 lowest, 1 highest), and the share of
    the matches of A's level that land on B's level (learned from a first ranking, see
    :func:`level_prior`).
``scope_gap``
    How far apart the statements' scopes are (self, managed, team, organisation).

``semantic``, ``lexical``, ``alignment`` and ``tokens`` are standardised: divided by their
standard deviation over a fixed sample of pairs (the alignments also centred), so weights do not
depend on the model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._prepare import clauses, lemmatise, names_of, prepare
from .embeddings import embed
from .lexical import STOP_WORDS, stem
from .tokens import TokenAlignment

__all__ = ["SIGNALS", "TOKEN_BACKENDS", "Side", "Signals", "level_prior", "token_backend"]

#: Signal names, in the order of :class:`compkit.crosswalk.Weights`.
SIGNALS = (
    "semantic",
    "lexical",
    "alignment",
    "tokens",
    "competency",
    "level_gap",
    "level_prior",
    "scope_gap",
)
_POLARITY = {"effective": 0, "ineffective": 1}
_MAX_WORDS = 24
#: Words too general to explain a match, left out of the shared words shown (not the score).
_WEAK = frozenset(
    stem(w)
    for w in (
        *("something", "anything", "everything", "one", "way", "thing", "point"),
        *("may", "might", "make", "take", "mean", "get"),
    )
)
#: The backends whose contextual token vectors the ``tokens`` signal can align, by preference:
#: the first of them among an ensemble's backends is the one aligned.
TOKEN_BACKENDS = ("minilm-onnx", "minilm-l3-q8", "minilm-l3-onnx")


def token_backend(backends: tuple[str, ...]) -> str | None:
    """The backend among ``backends`` whose token vectors the ``tokens`` signal aligns.

    Examples
    --------
    >>> token_backend(("minilm-l3-q8", "mpnet-q8")), token_backend(("wordllama",))
    ('minilm-l3-q8', None)
    """
    return next((b for b in TOKEN_BACKENDS if b in backends), None)


@dataclass
class Side:
    """One framework prepared for matching: keys, positions, scopes, codes."""

    frame: pd.DataFrame
    keys: pd.Series
    position: np.ndarray
    scope: np.ndarray
    clauses: np.ndarray
    comp_codes: np.ndarray
    comp_ids: list[str]
    level_codes: np.ndarray
    level_ids: list[str]
    polarity: np.ndarray
    #: whether its statements stand at more than one level: a level gap or prior means nothing
    #: for a framework of one level (HSE's managers), and would pull it towards one end
    ranked: bool = True


def side(fw) -> Side:
    """Prepare one framework for matching."""
    from ..framework.text import scope_names, scope_rank

    ind = fw.indicators
    ranks = ind["level_rank"].to_numpy(dtype=np.float32)
    lo, hi = ranks.min(initial=1), ranks.max(initial=1)
    comp_ids = list(fw.competency_ids)
    level_ids = list(fw.level_ids)
    polarity = ind["polarity"] if "polarity" in ind.columns else pd.Series("effective", ind.index)
    return Side(
        frame=ind,
        keys=lemmatise(prepare(ind["text"], names=names_of(fw))),
        position=(ranks - lo) / (hi - lo) if hi > lo else np.zeros_like(ranks),
        ranked=bool(hi > lo),
        scope=scope_rank(ind["text"], scope_names(fw)).to_numpy(dtype=np.float32) / 3.0,
        clauses=clauses(ind["text"]).to_numpy(),
        comp_codes=ind["competency_id"].map({c: i for i, c in enumerate(comp_ids)}).to_numpy(),
        comp_ids=comp_ids,
        level_codes=ind["level"].map({lv: i for i, lv in enumerate(level_ids)}).to_numpy(),
        level_ids=level_ids,
        polarity=polarity.map(_POLARITY).fillna(0).to_numpy(dtype=np.int8),
    )


def _rowdot(left, right, rows: np.ndarray, cols: np.ndarray, chunk: int = 32768) -> np.ndarray:
    """``left[rows[i]] . right[cols[i]]`` for every i, a chunk of pairs at a time."""
    out = np.zeros(len(rows), dtype=np.float32)
    for start in range(0, len(rows), chunk):
        a, b = left[rows[start : start + chunk]], right[cols[start : start + chunk]]
        if hasattr(a, "multiply"):  # sparse rows
            out[start : start + chunk] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
        else:
            out[start : start + chunk] = np.einsum("ij,ij->i", a, b)
    return out


def _signed(weights, name: str) -> float:
    """The weight of a signal in the score: gaps count against a pair."""
    w = float(getattr(weights, name))
    return -w if name.endswith("_gap") else w


#: Fewer statements than this are not framework-centred: their mean is mostly themselves (one
#: statement minus its own mean is nothing at all).
MIN_CENTRED = 10


def _centred(vectors: np.ndarray) -> np.ndarray:
    """Vectors minus their framework's mean, renormalised (see ``semantic`` above).

    Examples
    --------
    >>> v = np.eye(3, dtype=np.float32)
    >>> bool(np.allclose(_centred(v), v))  # too few to centre
    True
    """
    if len(vectors) < MIN_CENTRED:
        return np.asarray(vectors, dtype=np.float32)
    out = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _sample(n: int, size: int = 512) -> np.ndarray:
    return np.unique(np.linspace(0, n - 1, min(size, n)).astype(int)) if n else np.zeros(0, int)


def _spread(left, right) -> float:
    """Standard deviation of the cosines of a fixed, evenly spaced sample of pairs."""
    sims = left[_sample(left.shape[0])] @ right[_sample(right.shape[0])].T
    sims = sims.toarray() if hasattr(sims, "toarray") else np.asarray(sims)
    return max(float(np.std(sims)), 0.02)  # floor: a handful of statements has no spread


def _centroids(vectors: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    sums = np.zeros((n, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, codes, vectors)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def level_prior(sa: Side, sb: Side, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Share of the candidates of each level of A that land on each level of B.

    ``cols`` are the ranked candidates of the subjects ``rows`` (best first); each counts
    ``1 / rank``, smoothed by one pseudo-count spread over B's levels.
    """
    na, nb = len(sa.level_ids), len(sb.level_ids)
    table = np.full((na, nb), 1.0 / max(nb, 1))
    if cols.size:
        weight = 1.0 / np.arange(1, cols.shape[1] + 1)
        la = np.repeat(sa.level_codes[rows], cols.shape[1])
        lb = sb.level_codes[cols.ravel()]
        np.add.at(table, (la, lb), np.tile(weight, len(rows)))
    return table / table.sum(axis=1, keepdims=True)


class Signals:
    """The signals of two frameworks, ready to score any block of subject rows.

    Parameters
    ----------
    fa, fb : Framework
        Subject and object frameworks.
    backends : tuple of str
        Embedding backends (empty for lexical signals only).
    cache_dir : path, optional
        Keep embeddings on disk there too.
    progress : bool, optional
        Progress bars (default: on long runs only).
    tokens : bool
        Prepare the ``tokens`` signal (when one of :data:`TOKEN_BACKENDS` is among the backends).
    """

    def __init__(
        self, fa, fb, *, backends: tuple[str, ...], cache_dir=None, progress=None, tokens=True
    ):
        from .lexical import tfidf

        self.sa, self.sb = side(fa), side(fb)
        n = len(self.sa.keys)
        keys = pd.concat([self.sa.keys, self.sb.keys]).tolist()
        self._tokens = None
        self._token_backend = token_backend(backends)
        self._with_tokens = bool(tokens) and self._token_backend is not None
        self._progress = progress
        if self._with_tokens:  # first: the same model run gives the sentence vectors
            self._raw_tokens(np.zeros(0, np.int64), np.zeros(0, np.int64))
        self.semantic = []
        for backend in backends:
            both = embed(keys, backend=backend, cache_dir=cache_dir, progress=progress)
            va, vb = _centred(both[:n]), _centred(both[n:])
            self.semantic.append((va, vb, 1.0 / (_spread(va, vb) * len(backends))))
        ta, tb = tfidf(self.sa.keys.tolist(), self.sb.keys.tolist())
        self.lexical = (ta, tb, 1.0 / _spread(ta, tb))
        self.competency = self._competency(backends, cache_dir)
        self.prior: np.ndarray | None = None
        self._words = None
        self._stats: dict[str, tuple[float, float]] = {}  # of the standardised pair signals
        self._backends = backends
        self._cache_dir = cache_dir

    def _competency(self, backends, cache_dir) -> np.ndarray:
        sa, sb = self.sa, self.sb
        if self.semantic:
            va, vb, _ = self.semantic[0]
        else:
            va, vb = self.lexical[0].toarray(), self.lexical[1].toarray()
        ca = _centroids(va, sa.comp_codes, len(sa.comp_ids))
        cb = _centroids(vb, sb.comp_codes, len(sb.comp_ids))
        sim = ca @ cb.T
        sd = sim.std()
        return (sim - sim.mean()) / sd if sd > 0 else np.zeros_like(sim)

    # -- block signals -------------------------------------------------------------------------
    @property
    def first(self):
        """The vectors whose product the blocked top-k computes (``a``, ``b``)."""
        return (self.semantic[0] if self.semantic else self.lexical)[:2]

    def _parts(self, rows: slice, products=None, skip=frozenset()):
        """Yield ``(name, block)`` one signal at a time (so a caller can add and drop each)."""
        sa, sb = self.sa, self.sb
        if self.semantic and "semantic" not in skip:
            sem = None
            for k, (va, vb, scale) in enumerate(self.semantic):
                prod = products if k == 0 and products is not None else va[rows] @ vb.T
                prod = np.asarray(prod, dtype=np.float32) * np.float32(scale)
                sem = prod if sem is None else sem + prod
            yield "semantic", sem
        if "lexical" not in skip:
            ta, tb, scale = self.lexical
            lex = products if not self.semantic and products is not None else ta[rows] @ tb.T
            lex = lex.toarray() if hasattr(lex, "toarray") else np.asarray(lex)
            yield "lexical", lex.astype(np.float32) * np.float32(scale)
        if "competency" not in skip:
            yield "competency", self.competency[sa.comp_codes[rows]][:, sb.comp_codes]
        if "level_gap" not in skip:
            yield (
                "level_gap",
                np.abs(sa.position[rows, None] - sb.position[None, :]) * (sa.ranked and sb.ranked),
            )
        if self.prior is not None and "level_prior" not in skip:
            yield "level_prior", self.prior[sa.level_codes[rows]][:, sb.level_codes]
        if "scope_gap" not in skip:
            yield "scope_gap", np.abs(sa.scope[rows, None] - sb.scope[None, :])

    def block(self, rows: slice, products=None) -> dict[str, np.ndarray]:
        """Every signal but ``alignment`` for the subjects ``rows`` against all of B.

        ``products`` is ``first[0][rows] @ first[1].T`` when the caller has it already.
        """
        return dict(self._parts(rows, products))

    def combine(self, rows: slice, products, weights) -> np.ndarray:
        """The weighted score of a block (alignment left out), one signal in memory at a time."""
        skip = frozenset(n for n in SIGNALS if not _signed(weights, n)) - {"lexical"}
        score = None
        for name, value in self._parts(rows, products, skip):
            w = _signed(weights, name)
            if score is None:
                score = np.zeros(value.shape, dtype=np.float32)
            if w:
                score += np.float32(w) * value
        return score

    def pairs(self, rows: np.ndarray, cols: np.ndarray) -> dict[str, np.ndarray]:
        """Every signal (standardised, as weighted) of the pairs ``(rows[i], cols[i])``."""
        sa, sb = self.sa, self.sb
        out = {}
        if self.semantic:
            out["semantic"] = sum(
                _rowdot(va, vb, rows, cols) * np.float32(scale) for va, vb, scale in self.semantic
            )
        ta, tb, scale = self.lexical
        out["lexical"] = _rowdot(ta, tb, rows, cols) * np.float32(scale)
        out["alignment"] = self.alignment(rows, cols)
        if self._with_tokens:
            out["tokens"] = self.tokens(rows, cols)
        out["competency"] = self.competency[sa.comp_codes[rows], sb.comp_codes[cols]]
        out["level_gap"] = np.abs(sa.position[rows] - sb.position[cols]) * (sa.ranked and sb.ranked)
        if self.prior is not None:
            out["level_prior"] = self.prior[sa.level_codes[rows], sb.level_codes[cols]]
        out["scope_gap"] = np.abs(sa.scope[rows] - sb.scope[cols])
        return out

    def cosines(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Plain cosines of the pairs: framework-centred embeddings (mean over backends), TF-IDF."""
        sem = np.full(len(rows), np.nan, dtype=np.float32)
        if self.semantic:
            sem = sum(_rowdot(va, vb, rows, cols) for va, vb, _ in self.semantic)
            sem = (sem / len(self.semantic)).astype(np.float32)
        ta, tb, _ = self.lexical
        return sem, _rowdot(ta, tb, rows, cols)

    def opposite(self, rows: slice) -> np.ndarray:
        """Pairs of opposite polarity (an effective against an ineffective statement)."""
        return self.sa.polarity[rows, None] != self.sb.polarity[None, :]

    # -- pair signals --------------------------------------------------------------------------
    def _word_table(self):
        if self._words is None:
            docs = [
                [w for w in k.split() if w not in STOP_WORDS and len(w) > 1]
                for k in pd.concat([self.sa.keys, self.sb.keys]).str.replace(
                    r"[^\w\s'-]", " ", regex=True
                )
            ]
            vocab = sorted({w for d in docs for w in d})
            index = {w: i for i, w in enumerate(vocab)}
            df = np.bincount([index[w] for d in docs for w in set(d)], minlength=len(vocab))
            idf = np.log((1.0 + len(docs)) / (1.0 + df)) + 1.0
            backend = self._backends[0] if self._backends else "hashing"
            vectors = embed(vocab, backend=backend, cache_dir=self._cache_dir)
            ids = np.full((len(docs), _MAX_WORDS), -1, dtype=np.int64)
            for r, d in enumerate(docs):
                d = list(dict.fromkeys(d))[:_MAX_WORDS]
                ids[r, : len(d)] = [index[w] for w in d]
            vectors = np.vstack([vectors, np.zeros((1, vectors.shape[1]), np.float32)])
            self._words = (ids, np.append(idf, 0.0).astype(np.float32), vectors, vocab)
            # words the TF-IDF counts as one (judgement, judgment): shared words compare these
            stems = [stem(w) for w in vocab]
            codes = {s: i for i, s in enumerate(dict.fromkeys(stems))}
            self._stems = np.array([*(codes[s] for s in stems), -1], dtype=np.int64)
        return self._words

    def _raw_alignment(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        ids, idf, vectors, _ = self._word_table()
        n = len(self.sa.keys)
        out = np.zeros(len(rows), dtype=np.float32)
        for start in range(0, len(rows), 2048):
            ia = ids[rows[start : start + 2048]]
            ib = ids[n + cols[start : start + 2048]]
            va, vb = vectors[ia], vectors[ib]  # (p, L, d); padding (-1) is the zero row
            sims = np.matmul(va, vb.transpose(0, 2, 1))  # batched BLAS, not einsum's loop
            wa, wb = idf[ia], idf[ib]
            recall = (sims.max(axis=2) * wa).sum(axis=1) / np.maximum(wa.sum(axis=1), 1e-6)
            precision = (sims.max(axis=1) * wb).sum(axis=1) / np.maximum(wb.sum(axis=1), 1e-6)
            out[start : start + 2048] = 0.5 * (recall + precision)
        return out

    def _standardised(self, raw, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """``raw`` of the pairs, centred and scaled by its values on a fixed 64 x 64 sample."""
        stats = self._stats.get(raw.__name__)
        if stats is None:
            ra, cb = np.meshgrid(_sample(len(self.sa.keys), 64), _sample(len(self.sb.keys), 64))
            ref = raw(ra.ravel(), cb.ravel())
            sd = float(ref.std())
            stats = self._stats[raw.__name__] = (float(ref.mean()), sd if sd > 1e-6 else 1.0)
        mean, sd = stats
        return (raw(rows, cols) - mean) / sd

    def alignment(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Standardised soft word alignment of the pairs ``(rows[i], cols[i])``."""
        return self._standardised(self._raw_alignment, rows, cols)

    def _raw_tokens(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if self._tokens is None:
            keys = pd.concat([self.sa.keys, self.sb.keys]).tolist()
            self._tokens = TokenAlignment(
                keys, backend=self._token_backend, progress=self._progress
            )
        return self._tokens(rows, len(self.sa.keys) + cols)

    def tokens(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Standardised contextual token alignment of the pairs ``(rows[i], cols[i])``."""
        return self._standardised(self._raw_tokens, rows, cols)

    def shared_words(self, rows: np.ndarray, cols: np.ndarray, *, limit: int = 6) -> np.ndarray:
        """Content words (lemmas) each pair shares, rarest first: ``len(rows) x limit`` strings.

        Words are shared when the TF-IDF counts them as one (the same stem: "judgement" and
        "judgment"); the object's spelling is shown. Words too general to explain a match
        ("something", "make", "take", "one") come after the others: the word score counts
        them, so a pair sharing only such words names them rather than "none".

        Computed for all pairs at once (a word-id comparison, no loop over pairs); ``""`` pads
        a pair that shares fewer than ``limit`` words.
        """
        ids, idf, _, vocab = self._word_table()
        stems = self._stems
        # weak words sort after every other (idf is below 100), padding never counts
        late = np.array([100.0 * (stem(w) in _WEAK) for w in vocab] + [np.inf])
        words = np.array([*vocab, ""], dtype=object)
        out = np.full((len(rows), limit), "", dtype=object)
        for start in range(0, len(rows), 8192):
            ia = ids[rows[start : start + 8192]]
            ib = ids[len(self.sa.keys) + cols[start : start + 8192]]
            shared = (stems[ib][:, :, None] == stems[ia][:, None, :]).any(axis=2)
            shared &= np.isfinite(late[ib])
            key = np.where(shared, late[ib] - idf[ib], np.inf)
            order = np.argsort(key, axis=1, kind="stable")
            order = order[:, :limit]
            found = np.take_along_axis(np.where(shared, ib, -1), order, axis=1)
            out[start : start + 8192, : found.shape[1]] = words[found]
        return out
