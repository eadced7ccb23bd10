"""Blocked top-k: the k best columns of every row of a similarity, never the full matrix.

Rows of A are taken a block at a time; for each block the scores against all of B are computed
(a matrix product plus, for the hybrid method, context terms), the k best are selected, and the
block is dropped. Memory is one ``block x m`` score matrix, whatever ``n``.

Selection avoids a full ``argpartition`` of each row: the columns are cut into groups of 32, the
k-th largest group maximum is a lower bound of the row's k-th largest score (k groups reach it),
and only the few scores at or above it are sorted. One reduction and one comparison over the
block, instead of a selection per row.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

__all__ = ["select_topk", "topk"]

_GROUP = 32


def select_topk(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` largest scores of each row and their columns, best first.

    Ties are broken by the lower column index, so the result is deterministic.

    Examples
    --------
    >>> import numpy as np
    >>> s = np.array([[0.1, 0.9, 0.5, 0.9], [0.3, 0.2, 0.8, 0.0]], dtype=np.float32)
    >>> cols, vals = select_topk(s, 2)
    >>> cols.tolist(), vals.astype(float).round(1).tolist()
    ([[1, 3], [2, 0]], [[0.9, 0.9], [0.8, 0.3]])
    """
    n, m = scores.shape
    k = min(k, m)
    if n == 0 or k == 0:
        return np.zeros((n, k), dtype=np.int64), np.zeros((n, k), dtype=scores.dtype)
    whole = (m // _GROUP) * _GROUP
    if whole // _GROUP >= 2 * k:
        gmax = scores[:, :whole].reshape(n, -1, _GROUP).max(axis=2)
        if whole < m:
            gmax = np.concatenate([gmax, scores[:, whole:].max(axis=1, keepdims=True)], axis=1)
        if np.isnan(gmax).any():  # a NaN spreads to its group maximum: rank NaN last
            return select_topk(np.nan_to_num(scores, nan=-np.inf, neginf=-np.inf, posinf=np.inf), k)
        bound = np.partition(gmax, gmax.shape[1] - k, axis=1)[:, gmax.shape[1] - k]
        rows, cols = np.nonzero(scores >= bound[:, None])
    else:
        scores = np.nan_to_num(scores, nan=-np.inf, neginf=-np.inf, posinf=np.inf)
        rows, cols = np.divmod(np.arange(n * m), m)
    vals = scores[rows, cols]
    order = np.lexsort((cols, -vals, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.searchsorted(rows, np.arange(n))
    keep = (np.arange(len(rows)) - first[rows]) < k
    return cols[keep].reshape(n, k).astype(np.int64), vals[keep].reshape(n, k)


def topk(
    a: np.ndarray,
    b: np.ndarray,
    k: int,
    *,
    block: int = 1024,
    extra: Callable[[slice, np.ndarray], np.ndarray] | None = None,
    progress: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Top-``k`` columns of ``a @ b.T`` for every row, computed a block of rows at a time.

    Parameters
    ----------
    a, b : numpy.ndarray or scipy sparse matrix
        Row vectors (``n x d`` and ``m x d``); L2-normalised rows give cosine similarity.
    k : int
        Candidates per row (at most ``m``).
    block : int
        Rows of ``a`` per block: peak memory is about ``block x m`` scores.
    extra : callable, optional
        ``extra(rows, scores)`` returns the block's final scores (``scores`` are the block's
        products): how the hybrid method adds context without a full matrix.
    progress : bool, optional
        Show a tqdm progress bar (default: when ``n x m`` exceeds 50 million).

    Returns
    -------
    (columns, scores) : tuple of numpy.ndarray
        Both ``n x k``, best first.

    Examples
    --------
    >>> import numpy as np
    >>> a = np.eye(3, dtype=np.float32); b = np.eye(3, dtype=np.float32)[::-1]
    >>> topk(a, b, 1)[0].ravel().tolist()
    [2, 1, 0]
    """
    from tqdm.auto import tqdm

    n, m = a.shape[0], b.shape[0]
    k = min(k, m)
    cols = np.zeros((n, k), dtype=np.int64)
    vals = np.zeros((n, k), dtype=np.float32)
    bt = b.T
    show = n * m > 50_000_000 if progress is None else progress
    for start in tqdm(range(0, n, block), desc="top-k", unit="block", disable=not show):
        rows = slice(start, min(start + block, n))
        scores = a[rows] @ bt
        if hasattr(scores, "toarray"):
            scores = scores.toarray()
        scores = np.asarray(scores, dtype=np.float32)
        if extra is not None:
            scores = extra(rows, scores)
        cols[rows], vals[rows] = select_topk(scores, k)
    return cols, vals
