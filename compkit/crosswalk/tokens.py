"""Contextual token vectors: each token of a statement as a transformer reads it in context.

What the ``tokens`` signal of :mod:`compkit.crosswalk.signals` aligns (BERTScore-style): a word
is compared as it is used in its statement ("leads a team" against "leads to"), not as a word
alone. Only the ONNX transformer backends of :mod:`compkit.crosswalk.embeddings` give them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import UsageError
from .embeddings import _CACHE, EmbeddingBackendError, _key, _model
from .lexical import STOP_WORDS

__all__ = ["TokenAlignment", "token_vectors"]

_TOKEN_CACHE: dict[str, dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]] = {}
#: Texts whose token vectors stay in memory (about 15 KB each), per backend.
_TOKEN_CACHE_LIMIT = 50_000
#: Content tokens a statement keeps (the rest are left out of the alignment).
_MAX_TOKENS = 40


def token_vectors(
    texts: Sequence[str], *, backend: str = "minilm-onnx", progress: bool | None = None
) -> list[tuple[np.ndarray, np.ndarray, tuple[str, ...]]]:
    """The contextual vector of every token of each text (a transformer's last hidden state).

    What a token-alignment score (BERTScore-style) compares: each token's vector in the
    context of its statement, not a word's vector alone. Kept in memory per text (up to
    :data:`_TOKEN_CACHE_LIMIT` texts); the same run also gives each text's sentence vector,
    which :func:`embed` then finds in its cache, so a text is run through the model once.

    Parameters
    ----------
    texts : sequence of str
        The statements.
    backend : str
        A transformer backend run by onnxruntime (``minilm-onnx`` or ``minilm-l3-onnx``).
    progress : bool, optional
        Show a tqdm progress bar (default: when there are more than 20,000 texts to run).

    Returns
    -------
    list of tuple
        Per text: ``(vectors, ids, words)``: the L2-normalised float16 vectors of its tokens
        (``[CLS]`` and ``[SEP]`` left out), their vocabulary ids, and the whole word (lower
        case) each token belongs to.

    Raises
    ------
    EmbeddingBackendError
        When the backend is not installed, or gives no token vectors.

    Examples
    --------
    >>> vectors, ids, words = token_vectors(["Listens to others"])[0]
    >>> vectors.shape, words
    ((4, 384), ('listens', 'listens', 'to', 'others'))
    """
    model = _model(backend)
    if not hasattr(model, "tokens"):
        raise EmbeddingBackendError(
            f"embedding backend {backend!r} gives no token vectors; the ONNX transformer "
            "backends do: minilm-onnx, minilm-l3-onnx"
        )
    if isinstance(texts, str | bytes):
        raise UsageError(
            "texts must be a list of statements, not a single string: token_vectors([text])"
        )
    texts = [str(t) for t in texts]
    cache = _TOKEN_CACHE.setdefault(backend, {})
    pooled = _CACHE.setdefault(backend, {})
    keys = [_key(t) for t in texts]
    by_key = dict(zip(keys, texts, strict=True))
    todo = [k for k in dict.fromkeys(keys) if k not in cache]
    if len(cache) + len(todo) > _TOKEN_CACHE_LIMIT:
        cache.clear()
        todo = list(dict.fromkeys(keys))
    show = len(todo) > 20_000 if progress is None else progress
    from tqdm.auto import tqdm

    with tqdm(total=len(todo), desc=f"token vectors ({backend})", disable=not show) as bar:
        for start in range(0, len(todo), 1024):
            chunk = todo[start : start + 1024]
            done = model.tokens([by_key[k] for k in chunk])
            for key, (vectors, ids, words, sentence) in zip(chunk, done, strict=True):
                cache[key] = (_unit(vectors).astype(np.float16), ids, tuple(words))
                pooled.setdefault(key, _unit(sentence[None, :])[0])
            bar.update(len(chunk))
    out = [cache[k] for k in keys]
    if len(cache) > _TOKEN_CACHE_LIMIT:  # one call asked for more than the cache holds
        cache.clear()
    return out


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


class TokenAlignment:
    """Soft alignment of the content tokens of statements, any pairs of them (BERTScore-style).

    Each content token (stop words and punctuation left out) of one statement is matched to its
    most similar token of the other, weighted by its IDF over all the statements given; the
    score of a pair is the mean of that recall and the same precision the other way.

    Parameters
    ----------
    texts : list of str
        Every statement (both frameworks'), addressed by position.
    backend : str
        The transformer whose token vectors are aligned.

    Examples
    --------
    >>> align = TokenAlignment(["Listens to others", "Listens to colleagues", "Sets budgets"])
    >>> scores = align(np.array([0, 0]), np.array([1, 2]))
    >>> bool(scores[0] > scores[1])
    True
    """

    def __init__(self, texts, *, backend: str = "minilm-onnx", progress: bool | None = None):
        per = token_vectors(texts, backend=backend, progress=progress)
        picks = [
            [i for i, w in enumerate(words) if len(w) > 1 and w.isalnum() and w not in STOP_WORDS][
                :_MAX_TOKENS
            ]
            for _, _, words in per
        ]
        sizes = np.fromiter((len(p) for p in picks), dtype=np.int64, count=len(picks))
        width = max(int(sizes.max(initial=0)), 1)
        dim = per[0][0].shape[1] if per else 384
        flat = np.zeros((int(sizes.sum()) + 1, dim), dtype=np.float16)  # a zero row last
        index = np.full((len(per), width), -1, dtype=np.int64)
        vocab = np.full((len(per), width), -1, dtype=np.int64)
        at = 0
        for r, ((vectors, ids, _), pick) in enumerate(zip(per, picks, strict=True)):
            flat[at : at + len(pick)] = vectors[pick]
            index[r, : len(pick)] = np.arange(at, at + len(pick))
            vocab[r, : len(pick)] = ids[pick]
            at += len(pick)
        index[index < 0] = len(flat) - 1
        present = vocab >= 0
        size = int(vocab.max(initial=0)) + 1
        rows = np.nonzero(present)[0]
        once = np.unique(rows * size + vocab[present]) % size  # each id once per statement
        df = np.bincount(once, minlength=size)
        idf = np.log((1.0 + len(per)) / (1.0 + df)) + 1.0
        self.vectors, self.index = flat, index
        self.weight = np.where(present, idf[np.where(present, vocab, 0)], 0.0).astype(np.float32)

    def __call__(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """The alignment of each pair of statements ``(left[i], right[i])`` (positions)."""
        flat, index, weight = self.vectors, self.index, self.weight
        out = np.zeros(len(left), dtype=np.float32)
        for start in range(0, len(left), 512):
            ia, ib = left[start : start + 512], right[start : start + 512]
            va = flat[index[ia]].astype(np.float32)  # (p, L, d)
            vb = flat[index[ib]].astype(np.float32)
            wa, wb = weight[ia], weight[ib]
            sims = np.matmul(va, vb.transpose(0, 2, 1))
            sims = np.where((wb > 0)[:, None, :] & (wa > 0)[:, :, None], sims, -1.0)
            recall = (sims.max(axis=2) * wa).sum(axis=1) / np.maximum(wa.sum(axis=1), 1e-6)
            precision = (sims.max(axis=1) * wb).sum(axis=1) / np.maximum(wb.sum(axis=1), 1e-6)
            out[start : start + 512] = 0.5 * (recall + precision)
        return out
