"""Near-duplicate detection, vectorised: sparse word features, blocked products, word joins.

Statements become sets of stemmed content words (stop words dropped, possessives and common
suffixes stripped), so "I take responsibility for the quality of my own work" and "Takes
responsibility for the quality of their own work" share every feature. Two measures, from
sparse matrix products computed a block of rows at a time within a group (a competency), and
across groups only for the pairs in which one statement is wholly inside the other (found by
joining rare words, :mod:`compkit.checks._candidates`); never a full n x n matrix:

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

from ._candidates import subset_candidates

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
# Words of a script written without spaces (Japanese kana, Chinese and Japanese characters): a
# run of them is read as its overlapping pairs of characters, so two different Japanese
# statements share only the pairs they share (not one empty set of words each).
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"{_WORD.pattern}|[{_UNSPACED}]+")


def _words(text: str) -> list[str]:
    """A lower-cased statement's words, a run of unspaced script as its pairs of characters.

    Examples
    --------
    >>> _words("devopsの指標を作る")
    ['devops', 'の指', '指標', '標を', 'を作', '作る']
    """
    found = _TOKEN.findall(text)
    if all(w[0].isascii() for w in found):
        return found
    return [p for w in found for p in ([w] if w[0].isascii() else _pairs(w))]


def _pairs(run: str) -> list[str]:
    """A run of unspaced script as its overlapping pairs of characters (one alone as itself)."""
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


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
    return frozenset(stem(w) for w in _words(text.lower()) if w not in _STOP and len(w) > 1)


def ordered_tokens(text: str) -> tuple[str, ...]:
    """The stemmed content words of a statement, in order (repeats kept).

    Examples
    --------
    >>> ordered_tokens("Acts as a positive role model for innovation")
    ('acts', 'positive', 'role', 'model', 'innov')
    """
    return tuple(stem(w) for w in _words(text.lower()) if w not in _STOP and len(w) > 1)


def stemmed_words(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every statement's stemmed content words, in order, for many statements at once.

    Each distinct word is stemmed once (a library of 100,000 statements has a few tens of
    thousands), so this is the fast way to :func:`ordered_tokens` of many statements.

    Returns
    -------
    rows, codes : numpy.ndarray
        For each content word in order, its statement and the code of its stem.
    vocab : numpy.ndarray
        The stems, by code.

    Examples
    --------
    >>> rows, codes, vocab = stemmed_words(["Leads the team.", "Teams lead."])
    >>> rows.tolist(), vocab[codes].tolist()
    ([0, 0, 1, 1], ['lead', 'team', 'team', 'lead'])
    """
    return _stemmed_words(tuple(texts))


@lru_cache(maxsize=4)
def _stemmed_words(texts: tuple[str, ...]):
    """:func:`stemmed_words`, remembered: the rules ask for the same statements' words."""
    found = pd.Series(list(texts), dtype=object).str.lower().map(_words)
    lengths = found.map(len).to_numpy(dtype=np.int64)
    words = np.array([w for ws in found for w in ws], dtype=object)
    rows = np.repeat(np.arange(len(found)), lengths)
    codes, uniques = pd.factorize(words) if len(words) else (np.zeros(0, np.int64), [])
    stems = [None if w in _STOP or len(w) <= 1 else stem(w) for w in uniques]
    stem_codes, vocab = pd.factorize(pd.Series(stems, dtype=object), use_na_sentinel=True)
    mapped = stem_codes[codes] if len(codes) else np.zeros(0, np.int64)
    keep = mapped >= 0
    out = rows[keep], mapped[keep].astype(np.int64), np.asarray(vocab, dtype=object)
    for array in out:
        array.flags.writeable = False  # shared by every caller
    return out


def token_counts(texts: Sequence[str]) -> np.ndarray:
    """How many distinct stemmed content words each statement has (``len(tokens(t))``).

    Examples
    --------
    >>> token_counts(["Leads the team.", "Teams lead teams.", ""]).tolist()
    [2, 2, 0]
    """
    rows, codes, vocab = stemmed_words(texts)
    pairs = _distinct(rows * max(len(vocab), 1) + codes)
    return np.bincount(pairs // max(len(vocab), 1), minlength=len(texts)).astype(np.int64)


def _matrices(texts: Sequence[str]):
    """Binary and unit IDF-weighted word matrices (CSR, sorted indices) and word counts.

    Remembered for the last few lists of statements: treat them as read-only.
    """
    return _matrices_of(tuple(texts))


@lru_cache(maxsize=4)
def _matrices_of(texts: tuple[str, ...]):
    from scipy import sparse

    rows, cols, vocab = stemmed_words(texts)
    n, m = len(texts), max(len(vocab), 1)
    binary = sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, m))
    binary.data[:] = 1.0  # a word twice in a statement counts once
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1.0
    weighted = binary @ sparse.diags(idf.astype(np.float64))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ weighted
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    binary, unit = binary.tocsr(), unit.tocsr()
    binary.sort_indices()
    unit.sort_indices()
    return binary, unit, sizes


#: Most stored products one block may hold (about 16 bytes each): memory stays bounded even
#: when every statement shares words with every other.
_BLOCK_PRODUCTS = 20_000_000
#: Most rows in one block of the products within groups.
_BLOCK_ROWS = 1024
#: Most candidate pairs measured at once.
_CHUNK = 1_000_000
#: Across groups, a statement wholly inside another with at least this many content words is
#: kept whatever the cosine (a shorter one only if the pair reaches the threshold).
MIN_SUBSET = 4


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (by sorting: numpy's hashed ``unique`` is slow on millions)."""
    values = np.sort(values, kind="stable")
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def _row_dots(left, right) -> np.ndarray:
    """Row-wise dot products of two sparse matrices of the same shape."""
    return np.asarray(left.multiply(right).sum(axis=1)).ravel()


def _frame(i, j, cos, shared, sizes, keep=None) -> pd.DataFrame:
    contain_ij, contain_ji = shared / sizes[i], shared / sizes[j]
    if keep is None:
        keep = np.ones(len(i), dtype=bool)
    return pd.DataFrame(
        {
            "i": i[keep].astype(np.int64),
            "j": j[keep].astype(np.int64),
            "cosine": cos[keep],
            "contain_ij": contain_ij[keep],
            "contain_ji": contain_ji[keep],
        }
    )


def _within(binary, unit, sizes, codes: np.ndarray, threshold: float, contain: float):
    """Similar pairs inside each group: blocked products over the rows of the block's groups."""
    from tqdm.auto import tqdm

    n = binary.shape[0]
    order = np.argsort(codes, kind="stable")
    b, u, code = binary[order], unit[order], codes[order]
    group_start = np.searchsorted(code, code, side="left")
    group_end = np.searchsorted(code, code, side="right")
    df = np.asarray(b.sum(axis=0)).ravel()
    lengths = np.diff(b.indptr)
    # a row meets at most the rows of the block's window: the block and the rest of its last
    # group (or, at most, every row sharing one of its words)
    window = _BLOCK_ROWS + int((group_end - group_start).max(initial=0))
    bound = np.minimum(np.asarray(b @ df).ravel(), window * lengths)
    spans, start = [], 0
    while start < n:
        reach = np.cumsum(bound[start : start + _BLOCK_ROWS])
        stop = start + max(1, int(np.searchsorted(reach, _BLOCK_PRODUCTS, side="right")))
        spans.append((start, min(stop, n)))
        start = min(stop, n)
    found = []
    for start, stop in tqdm(spans, desc="similar pairs", unit="block", disable=len(spans) < 8):
        end = int(group_end[stop - 1])  # the pairs j >= start, in the block's groups
        cos = (u[start:stop] @ u[start:end].T).tocsr()
        shared = (b[start:stop] @ b[start:end].T).tocsr()
        # both are products of positive weights over the same words: one sparsity pattern, and
        # the same product algorithm lays it out in the same order (sort only if it did not)
        if not np.array_equal(cos.indices, shared.indices):
            cos.sort_indices()
            shared.sort_indices()
        i = np.repeat(np.arange(start, stop), np.diff(cos.indptr))
        j = cos.indices + start
        ci, cj = shared.data / sizes[order[i]], shared.data / sizes[order[j]]
        keep = (j > i) & (code[i] == code[j])
        keep &= (cos.data >= threshold) | (np.maximum(ci, cj) >= contain)
        oi, oj = order[i[keep]], order[j[keep]]
        lo, hi = np.minimum(oi, oj), np.maximum(oi, oj)
        found.append(_frame(lo, hi, cos.data[keep], shared.data[keep], sizes))
    return found


def _across(binary, unit, sizes, codes: np.ndarray, threshold: float):
    """Pairs of two groups in which one statement is wholly inside the other (see above)."""
    from tqdm.auto import tqdm

    n = binary.shape[0]
    seen = []
    for a, b in subset_candidates(binary, unit, threshold):
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        # ``a`` is the one that may be inside ``b``: it cannot have more words
        keep = (lo < hi) & (codes[lo] != codes[hi]) & (sizes[a] <= sizes[b])
        seen.append(_distinct(lo[keep] * n + hi[keep]))
    keys = _distinct(np.concatenate(seen)) if seen else np.zeros(0, dtype=np.int64)
    found = []
    chunks = range(0, len(keys), _CHUNK)
    for start in tqdm(chunks, desc="contained pairs", unit="chunk", disable=len(chunks) < 4):
        i, j = np.divmod(keys[start : start + _CHUNK], n)
        cos = _row_dots(unit[i], unit[j])
        shared = _row_dots(binary[i], binary[j])
        inner = np.minimum(sizes[i], sizes[j])  # the smaller one is the one inside
        keep = (shared >= inner) & ((cos >= threshold) | (inner >= MIN_SUBSET))
        found.append(_frame(i, j, cos, shared, sizes, keep))
    return found


def similar_pairs(
    texts: Sequence[str], *, threshold: float = NEAR, groups: Sequence | None = None
) -> pd.DataFrame:
    """Pairs ``i < j`` of statements whose cosine or containment reaches ``threshold``.

    With ``groups`` (a label per statement, e.g. its competency), pairs of one group are found
    as above, and pairs of two groups only where one statement's content words are all in the
    other and the pair reaches ``threshold`` or the inner statement has :data:`MIN_SUBSET`
    words or more. A library of 100,000 statements then takes seconds: the search within
    groups multiplies small blocks, and the one across groups joins each statement's two
    rarest words (:func:`~compkit.checks._candidates.subset_candidates`) instead of
    multiplying every statement by every other over their common words.

    Parameters
    ----------
    texts : sequence of str
        The statements.
    threshold : float
        Keep pairs whose cosine, or containment either way, is at least this (0 < t <= 1).
    groups : sequence, optional
        A label per statement; without it, every pair is compared as one group.

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
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be above 0 and at most 1, not {threshold!r}")
    binary, unit, sizes = _matrices(texts)
    contain = max(threshold, EXTENDS)
    if groups is None:
        codes = np.zeros(binary.shape[0], dtype=np.int64)
    else:
        codes = pd.factorize(pd.Series(list(groups), dtype=object))[0].astype(np.int64)
        if len(codes) != binary.shape[0]:
            raise ValueError(f"groups has {len(codes)} labels for {binary.shape[0]} statements")
    found = _within(binary, unit, np.maximum(sizes, 1), codes, threshold, contain)
    if groups is not None:
        found += _across(binary, unit, np.maximum(sizes, 1), codes, threshold)
    columns = ["i", "j", "cosine", "contain_ij", "contain_ji"]
    empty = pd.DataFrame({c: pd.Series(dtype="int64" if c in "ij" else "float64") for c in columns})
    out = pd.concat([empty, *found], ignore_index=True)
    return out.sort_values(["i", "j"], kind="stable").reset_index(drop=True)


def cosine_between(
    texts: Sequence[str], groups: Sequence, group_pairs, *, threshold: float = NEAR
) -> pd.DataFrame:
    """Pairs of statements of the given pairs of groups whose cosine reaches ``threshold``.

    For rules that ask how alike two competencies are as a whole: only the named pairs of
    groups are compared, a batch of groups at a time (never every statement by every other).

    Parameters
    ----------
    texts : sequence of str
        The statements.
    groups : sequence
        A label per statement.
    group_pairs : iterable of (label, label)
        The pairs of groups to compare.
    threshold : float
        The lowest cosine kept.

    Returns
    -------
    pandas.DataFrame
        Columns ``i``, ``j`` (``i`` in the first group of its pair) and ``cosine``.

    Examples
    --------
    >>> cosine_between(
    ...     ["Writes tests for web code.", "Writes tests for mobile code.", "Plans budgets."],
    ...     ["web", "mobile", "mobile"], [("web", "mobile")],
    ... ).round(2).to_dict("records")
    [{'i': 0, 'j': 1, 'cosine': 0.63}]
    """
    _, unit, _ = _matrices(texts)
    labels = pd.Series(list(groups), dtype=object)
    codes, uniques = pd.factorize(labels)
    index = {g: k for k, g in enumerate(uniques)}
    wanted = pd.DataFrame(
        [(index[a], index[b]) for a, b in group_pairs if a in index and b in index],
        columns=["a", "b"],
        dtype=np.int64,
    ).drop_duplicates()
    empty = pd.DataFrame({"i": [], "j": [], "cosine": []}).astype(
        {"i": "int64", "j": "int64", "cosine": "float64"}
    )
    if wanted.empty:
        return empty
    g = len(uniques)
    allowed = _distinct(wanted["a"].to_numpy() * g + wanted["b"].to_numpy())
    by_group = np.argsort(codes, kind="stable")  # statements, group by group
    bounds = np.searchsorted(codes[by_group], np.arange(g + 1))
    sizes = np.diff(bounds)

    def members(groups: np.ndarray) -> np.ndarray:
        count = sizes[groups]
        offset = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
        return by_group[np.repeat(bounds[groups], count) + offset]

    found = [empty]
    lefts = np.sort(wanted["a"].unique())
    batches = np.split(lefts, np.flatnonzero(np.diff(np.cumsum(sizes[lefts]) // 256)) + 1)
    a_of, b_of = allowed // g, allowed % g  # sorted by a
    for batch in batches:
        rows = members(batch)
        span = slice(*np.searchsorted(a_of, [batch[0], batch[-1] + 1]))
        cols = members(_distinct(b_of[span]))
        cos = (unit[rows] @ unit[cols].T).tocoo()
        i, j = rows[cos.row], cols[cos.col]
        key = codes[i] * g + codes[j]
        at = np.minimum(np.searchsorted(allowed, key), len(allowed) - 1)
        keep = (cos.data >= threshold) & (allowed[at] == key)
        found.append(pd.DataFrame({"i": i[keep], "j": j[keep], "cosine": cos.data[keep]}))
    return pd.concat(found, ignore_index=True)
