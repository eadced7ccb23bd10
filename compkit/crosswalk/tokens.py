"""Contextual token vectors: each token of a statement as a transformer reads it in context.

What the ``tokens`` signal of :mod:`compkit.crosswalk.signals` aligns (BERTScore-style): a word
is compared as it is used in its statement ("leads a team" against "leads to"), not as a word
alone. Only the ONNX transformer backends of :mod:`compkit.crosswalk.embeddings` give them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .embeddings import _CACHE, EmbeddingBackendError, _key, _model

__all__ = ["token_vectors"]

_TOKEN_CACHE: dict[str, dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]]] = {}
#: Texts whose token vectors stay in memory (about 15 KB each), per backend.
_TOKEN_CACHE_LIMIT = 50_000


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
