"""Copies of one statement among a subject's candidates: one candidate, not five.

A ladder often repeats a statement word for word at several levels (or under several
competencies). Against it, a subject's best candidates fill with copies of one text, and the
reviewer sees one candidate several times and no alternative. Here, within each subject's
ranked candidates, the best-placed copy keeps its rank (the level prior chose its level) and
the later copies of the same text move behind every distinct candidate, keeping their order;
``also_at`` names, for an object statement, the other places in its framework where the same
text stands. The suggested set lists a text once.

Texts are the same when their :func:`~compkit.framework.text.normalise` keys are the same
once case and closing punctuation are set aside.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..framework.text import normalise

__all__ = ["also_at", "copies_last", "text_ids"]

#: A text standing in more places than this is said in a count ("40 other places"): naming
#: every place of every copy would take memory growing with the square of the copies.
NAMED_PLACES = 12


def _key(text: str) -> str:
    return normalise(str(text)).casefold().rstrip(" .;:!")


def text_ids(texts) -> np.ndarray:
    """An integer per statement, the same for statements whose texts are the same.

    Examples
    --------
    >>> text_ids(["Writes tests.", "writes  tests", "Reviews code."]).tolist()
    [0, 0, 1]
    """
    return pd.factorize(pd.Series(list(texts), dtype=object).map(_key))[0].astype(np.int64)


def copies_last(ids: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The order that puts each row's later copies of a text behind its distinct entries.

    Parameters
    ----------
    ids : numpy.ndarray
        ``n x k`` text ids (:func:`text_ids`) of each subject's candidates, best first.
    valid : numpy.ndarray
        ``n x k``: the candidate exists (a finite score); the others stay last.

    Returns
    -------
    (order, copy) : tuple of numpy.ndarray
        ``order`` (``n x k``) to apply with :func:`numpy.take_along_axis`; ``copy``, in the
        new order, marks the candidates whose text an earlier candidate of the row holds.

    Examples
    --------
    >>> ids = np.array([[7, 7, 3, 7, 5]])
    >>> order, copy = copies_last(ids, np.ones_like(ids, bool))
    >>> order.tolist(), copy.tolist()
    ([[0, 2, 4, 1, 3]], [[False, False, False, True, True]])
    """
    n, k = ids.shape
    rows = np.repeat(np.arange(n), k)
    seen = pd.DataFrame({"row": rows, "text": ids.ravel()}).duplicated().to_numpy()
    copy = seen.reshape(n, k) & valid
    rank = np.where(valid, copy.astype(np.int8), np.int8(2))
    order = np.argsort(rank, axis=1, kind="stable")
    return order, np.take_along_axis(copy, order, axis=1)


def also_at(frame: pd.DataFrame, ids: np.ndarray) -> np.ndarray:
    """For each statement of ``frame``, the other places its text stands ("" where none).

    A place is the level's name, with the competency's name before it where that differs from
    the statement's own competency ("Level 3; Delivery, Level 4"); a text standing in more
    than :data:`NAMED_PLACES` places is counted ("40 other places").

    Examples
    --------
    >>> f = pd.DataFrame({"competency": ["Craft", "Craft", "Craft", "Delivery"],
    ...                   "level_name": ["L1", "L2", "L1", "L3"]})
    >>> also_at(f, np.array([0, 0, 1, 0])).tolist()
    ['L2; Delivery, L3', 'L1; Delivery, L3', '', 'Craft, L1; Craft, L2']
    """
    m = len(ids)
    out = np.full(m, "", dtype=object)
    counts = np.bincount(ids, minlength=1) if m else np.zeros(1, np.int64)
    size = counts[ids] if m else np.zeros(0, np.int64)
    many = size > NAMED_PLACES
    out[many] = [f"{c - 1} other places" for c in size[many]]
    repeated = np.flatnonzero((size > 1) & ~many)
    if not len(repeated):
        return out
    comp = frame["competency"].astype(str).to_numpy()
    level = frame["level_name"].astype(str).to_numpy()
    left = pd.DataFrame({"i": repeated, "t": ids[repeated]})
    pairs = left.merge(left.rename(columns={"i": "j"}), on="t")
    pairs = pairs[pairs["i"] != pairs["j"]].sort_values(["i", "j"], kind="stable")
    i, j = pairs["i"].to_numpy(), pairs["j"].to_numpy()
    place = np.where(comp[i] == comp[j], level[j], pd.Series(comp[j]) + ", " + level[j])
    joined = pd.Series(place, index=i).groupby(level=0, sort=True).agg("; ".join)
    out[joined.index.to_numpy()] = joined.to_numpy()
    return out
