"""Candidate pairs in which one statement's content words are all in the other.

Multiplying every statement by every other over their common words ("team", "work",
"develop") costs a billion products in a 100,000-statement library, nearly all for pairs that
are not alike. A statement A whose words are all in B has, in particular, its two rarest words
in B: so A's pair of rarest words (ranked by how many statements use them, rarest first, the
same order for every statement) is looked up among B's pairs of words, by sorting
(``searchsorted``), never pair by pair in Python. A one-word statement A is in B with cosine
``>= t`` only where B's weight on that word is ``>= t``. Statements of more than :data:`LONG`
words are compared by sparse products instead, so their many pairs of words are never listed.
"""

from __future__ import annotations

import numpy as np

#: Statements with more content words than this are compared by sparse products.
LONG = 64
#: Most candidate pairs expanded at once (memory stays bounded).
_CHUNK = 2_000_000


def _layout(binary):
    """Every statement's words ranked rarest first: ranks, start offsets and lengths."""
    n, m = binary.shape
    df = np.diff(binary.tocsc().indptr)
    rank = np.empty(m, dtype=np.int64)
    rank[np.argsort(df, kind="stable")] = np.arange(m)
    lengths = np.diff(binary.indptr)
    rows = np.repeat(np.arange(n), lengths)
    ranks = rank[binary.indices]
    order = np.lexsort((ranks, rows))
    starts = np.r_[0, np.cumsum(lengths)][:-1]
    return ranks[order], order, starts, lengths


def _word_pairs(rows: np.ndarray, ranks, starts, lengths, m: int):
    """``(row, key)`` of every pair of words of each row in ``rows`` (key ``a * m + b``)."""
    take = lengths[rows]
    per_word = np.repeat(take, take)
    first_row = np.repeat(rows, take)
    pos = np.arange(len(per_word)) - np.repeat(np.r_[0, np.cumsum(take)][:-1], take)
    later = per_word - 1 - pos  # how many words come after it
    first = np.repeat(starts[first_row] + pos, later)
    offset = np.arange(len(first)) - np.repeat(np.r_[0, np.cumsum(later)][:-1], later)
    return np.repeat(first_row, later), ranks[first] * m + ranks[first + 1 + offset]


def _join(left_rows, left_keys, right_rows, right_keys):
    """Chunks ``(i, j)`` of the rows whose keys are equal (a sort-merge join)."""
    order = np.argsort(right_keys, kind="stable")
    keys, rows = right_keys[order], right_rows[order]
    lo = np.searchsorted(keys, left_keys, side="left")
    counts = np.searchsorted(keys, left_keys, side="right") - lo
    keep = counts > 0
    left_rows, lo, counts = left_rows[keep], lo[keep], counts[keep]
    ends = np.cumsum(counts)
    start = 0
    while start < len(counts):
        stop = max(start + 1, int(np.searchsorted(ends, ends[start] - counts[start] + _CHUNK)))
        c = counts[start:stop]
        base = np.repeat(lo[start:stop], c)
        offset = np.arange(len(base)) - np.repeat(np.r_[0, np.cumsum(c)][:-1], c)
        yield np.repeat(left_rows[start:stop], c), rows[base + offset]
        start = stop


def subset_candidates(binary, unit, threshold: float):
    """Chunks ``(a, b)`` of pairs in which statement ``a`` may be wholly inside ``b``.

    Every pair whose ``a`` has two or more words all in ``b``, and every pair whose ``a`` has
    one word on which ``b`` weighs ``>= threshold``, is among them (with others; some more
    than once; a pair from a long statement either way round). Pairs found by the two rarest
    words are kept only where ``b`` is no shorter and holds ``a``'s third rarest word too.
    ``binary`` and ``unit`` are CSR matrices with one sparsity pattern and sorted indices.
    """
    from scipy import sparse

    n, m = binary.shape
    if n == 0 or binary.nnz == 0:
        return
    ranks, order, starts, lengths = _layout(binary)
    rows = np.repeat(np.arange(n), lengths)
    weights = unit.data[order]
    normal = np.flatnonzero((lengths > 0) & (lengths <= LONG))
    # one-word statements: the other must weigh >= threshold on the word
    one = lengths[rows] == 1
    heavy = (weights >= threshold * (1 - 1e-9)) & (lengths[rows] <= LONG)
    yield from _join(rows[one], ranks[one], rows[heavy], ranks[heavy])
    # two or more: their two rarest words among the other's pairs of words
    several = normal[lengths[normal] >= 2]
    first = starts[several]
    keys = ranks[first] * m + ranks[first + 1]
    r_b, k_b = _word_pairs(normal, ranks, starts, lengths, m)
    # every (statement, word) as one sorted key: is A's third rarest word in B too?
    held = rows * m + ranks
    for a, b in _join(several, keys, r_b, k_b):
        fits = lengths[a] <= lengths[b]
        a, b = a[fits], b[fits]
        third = np.where(lengths[a] >= 3, ranks[starts[a] + np.minimum(2, lengths[a] - 1)], -1)
        probe = b * m + third
        at = np.minimum(np.searchsorted(held, probe), len(held) - 1)
        keep = (third < 0) | (held[at] == probe)
        yield a[keep], b[keep]
    # long statements, on either side: sparse products against every statement
    long_rows = np.flatnonzero(lengths > LONG)
    if len(long_rows):
        full_t = binary.T.tocsr()
        for chunk in np.array_split(long_rows, max(1, len(long_rows) // 256)):
            hit = sparse.csr_matrix(binary[chunk] @ full_t).tocoo()
            rows, cols = chunk[hit.row], hit.col.astype(np.int64)
            yield rows, cols  # either may be the one inside
            yield cols, rows
