"""Near-duplicate detection, vectorised: sparse word features and blocked similarity products.

Statements become sets of stemmed content words (stop words dropped, possessives and common
suffixes stripped), so "I take responsibility for the quality of my own work" and "Takes
responsibility for the quality of their own work" share every feature. Two measures, both from
sparse matrix products computed a block of rows at a time (never a full n x n matrix):

- **cosine** of IDF-weighted binary vectors: overall sameness, robust to word order and to
  small rewordings; ``>= REPEAT`` (0.85) is a repeat, ``>= NEAR`` (0.6) a near-duplicate.
- **containment** ``|A & B| / |A|``: how much of statement A is inside B. A lower-level statement
  contained ``>= EXTENDS`` (0.85) in a longer higher-level one is restated and extended there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

#: Cosine at or above which two statements are the same statement (plain repeat).
REPEAT = 0.85
#: Cosine at or above which two statements are near-duplicates.
NEAR = 0.6
#: Containment at or above which a statement is restated inside another (and extended).
EXTENDS = 0.85

_STOP = frozenset(
    """a about above after all also am an and any are as at be been being both but by can
    could do does doing for from had has have having he her here hers him his how i if in into
    is it its itself me more most my myself no nor not of on once only or other others our ours
    ourselves own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours able i'm where appropriate""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z][a-z'-]*")
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ness",
    "ies",
    "ied",
    "es",
    "ed",
    "ly",
    "s",
)


def stem(word: str) -> str:
    """A light stemmer: enough to match "takes"/"take", "developing"/"develop".

    Examples
    --------
    >>> [stem(w) for w in ["takes", "developing", "responsibilities", "organisational"]]
    ['take', 'develop', 'responsibilit', 'organis']
    """
    word = word.removesuffix("'s").removesuffix("'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> frozenset[str]:
    """The set of stemmed content words of a statement (cached: statements recur)."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)


def ordered_tokens(text: str) -> tuple[str, ...]:
    """The stemmed content words of a statement, in order (repeats kept).

    Examples
    --------
    >>> ordered_tokens("Acts as a positive role model for innovation")
    ('acts', 'positive', 'role', 'model', 'innov')
    """
    return tuple(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)


def _matrices(texts: Sequence[str]):
    from scipy import sparse

    sets = [tokens(t) for t in texts]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for tok in s:
            rows.append(i)
            cols.append(vocab.setdefault(tok, len(vocab)))
    n, m = len(sets), max(len(vocab), 1)
    binary = sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, m))
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1.0
    weighted = binary @ sparse.diags(idf.astype(np.float64))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ weighted
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    return binary.tocsr(), unit.tocsr(), sizes


#: Most stored products one block may hold (about 16 bytes each): memory stays bounded even
#: when every statement shares words with every other.
_BLOCK_PRODUCTS = 20_000_000


def _blocks(binary, block: int) -> list[tuple[int, int]]:
    """Row spans of at most ``block`` rows whose products stay under :data:`_BLOCK_PRODUCTS`.

    A row's products are bounded by the summed document frequencies of its words, so rows of
    common words get smaller blocks; the pairs found are the same whatever the spans.
    """
    n = binary.shape[0]
    df = np.asarray(binary.sum(axis=0)).ravel()
    bound = np.asarray(binary @ df).ravel()
    spans, start = [], 0
    while start < n:
        reach = np.cumsum(bound[start : start + block])
        stop = start + max(1, int(np.searchsorted(reach, _BLOCK_PRODUCTS, side="right")))
        spans.append((start, min(stop, n)))
        start = min(stop, n)
    return spans


def similar_pairs(
    texts: Sequence[str], *, threshold: float = NEAR, block: int = 1024
) -> pd.DataFrame:
    """Pairs ``i < j`` of statements whose cosine or containment reaches ``threshold``.

    Parameters
    ----------
    texts : sequence of str
        The statements.
    threshold : float
        Keep pairs whose cosine, or containment either way, is at least this.
    block : int
        Rows per block of the sparse product (memory stays ~ block x n).

    Returns
    -------
    pandas.DataFrame
        Columns ``i``, ``j``, ``cosine``, ``contain_ij`` (share of i inside j), ``contain_ji``.

    Examples
    --------
    >>> similar_pairs([
    ...     "I am aware of my team's budget and financial targets.",
    ...     "I am aware of my team's budget and financial targets. I contribute to them.",
    ...     "I look for new ideas.",
    ... ]).round(2).to_dict("records")
    [{'i': 0, 'j': 1, 'cosine': 0.86, 'contain_ij': 1.0, 'contain_ji': 0.83}]
    """
    from tqdm.auto import tqdm

    binary, unit, sizes = _matrices(texts)
    sizes = np.maximum(sizes, 1)
    found = []
    spans = _blocks(binary, block)
    for start, stop in tqdm(spans, desc="similar pairs", unit="block", disable=len(spans) < 8):
        # only the pairs j >= start can have j > i: the product skips the rows above the block
        cos = (unit[start:stop] @ unit[start:].T).tocsr()
        shared = (binary[start:stop] @ binary[start:].T).tocsr()
        # both are products of positive weights over the same words: one sparsity pattern, and
        # the same product algorithm lays it out in the same order (sort only if it did not)
        if not np.array_equal(cos.indices, shared.indices):
            cos.sort_indices()
            shared.sort_indices()
        i = np.repeat(np.arange(start, stop), np.diff(cos.indptr))
        j = cos.indices + start
        contain_ij = shared.data / sizes[i]
        contain_ji = shared.data / sizes[j]
        keep = (j > i) & (
            (cos.data >= threshold)
            | (np.maximum(contain_ij, contain_ji) >= max(threshold, EXTENDS))
        )
        found.append(
            pd.DataFrame(
                {
                    "i": i[keep],
                    "j": j[keep].astype(np.int64),
                    "cosine": cos.data[keep],
                    "contain_ij": contain_ij[keep],
                    "contain_ji": contain_ji[keep],
                }
            )
        )
    columns = ["i", "j", "cosine", "contain_ij", "contain_ji"]
    empty = pd.DataFrame({c: pd.Series(dtype="int64" if c in "ij" else "float64") for c in columns})
    out = pd.concat([empty, *found], ignore_index=True)
    return out.sort_values(["i", "j"], kind="stable").reset_index(drop=True)
