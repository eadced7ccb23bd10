"""Theme suggestions for a reviewer: statements no keyword reached, ranked against each theme.

:func:`suggest_themes` ranks the themes of the vocabulary for each statement by TF-IDF cosine
with each theme's name, description and keywords. It only suggests: a reviewer records a decision
in ``data/themes/overrides.yaml``; nothing is applied automatically.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..errors import UsageError
from .themes import _vocab, assign_themes, unthemed

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["suggest_themes"]

_WORD = re.compile(r"[a-z]+")
_STOP = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "i",
    "in", "is", "it", "its", "my", "of", "on", "or", "our", "the", "their", "them", "these",
    "this", "to", "when", "where", "which", "who", "with", "will", "can", "own", "others",
    "other", "work",
})  # fmt: skip


def _tokens(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower()):
        if len(w) < 3 or w in _STOP:
            continue
        for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "ly", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.append(w)
    return out


def suggest_themes(
    *frameworks: Framework | str | os.PathLike,
    top: int = 3,
    only_unthemed: bool = True,
    vocabulary: str | os.PathLike | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rank themes for statements by TF-IDF cosine similarity: suggestions for a reviewer.

    Each theme is described by its name, description and the words of its keywords; each
    statement by its words (lower-cased, stop words dropped, common suffixes cut). Both become
    TF-IDF vectors over one vocabulary, and one matrix product scores every statement against
    every theme. Nothing is applied: good suggestions go into ``data/themes/overrides.yaml``.

    Parameters
    ----------
    top : int
        How many themes to suggest per statement.
    only_unthemed : bool
        Only the statements the keywords and overrides left without a theme (default), or all.

    Returns
    -------
    pandas.DataFrame
        ``framework, indicator_id, text, rank, theme_id, theme, score`` (cosine, 0 to 1);
        themes scoring 0 are not suggested.

    Examples
    --------
    >>> s = suggest_themes("cis", only_unthemed=False, top=1).set_index("indicator_id")
    >>> s.loc["sustainability-l1-2", "theme_id"]
    'finance'
    """
    from .tables import _load

    if top < 1:
        raise UsageError(f"top must be at least 1, not {top}")
    fws = _load(frameworks)
    vocab = _vocab(vocabulary)
    ind = pd.concat([fw.indicators for fw in fws], ignore_index=True)
    if only_unthemed:
        ind = unthemed(*fws, assignments=assign_themes(*fws, vocabulary=vocab))
    cols = ["framework", "indicator_id", "text", "rank", "theme_id", "theme", "score"]
    if ind.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    theme_text = (
        vocab["theme"]
        + " "
        + vocab["description"]
        + " "
        + vocab["keywords"].map(
            lambda ks: " ".join(re.sub(r"\\[a-zA-Z]|[^A-Za-z]+", " ", k) for k in ks)
        )
    )
    docs = pd.concat([ind["text"], theme_text], ignore_index=True).map(_tokens)
    long = docs.explode().dropna()
    counts = pd.crosstab(long.index, long.to_numpy()).reindex(range(len(docs)), fill_value=0)
    tf = counts.to_numpy(dtype=float)
    idf = np.log((1 + len(docs)) / (1 + (tf > 0).sum(axis=0))) + 1
    vec = tf * idf
    norm = np.linalg.norm(vec, axis=1, keepdims=True)
    vec = np.divide(vec, norm, out=np.zeros_like(vec), where=norm > 0)
    n = len(ind)
    scores = vec[:n] @ vec[n:].T
    k = min(top, len(vocab))
    best = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    rows = pd.DataFrame(
        {
            "framework": np.repeat(ind["framework"].to_numpy(), k),
            "indicator_id": np.repeat(ind["indicator_id"].to_numpy(), k),
            "text": np.repeat(ind["text"].to_numpy(), k),
            "rank": np.tile(np.arange(1, k + 1), n),
            "theme_id": vocab["theme_id"].to_numpy()[best.ravel()],
            "theme": vocab["theme"].to_numpy()[best.ravel()],
            "score": np.take_along_axis(scores, best, axis=1).ravel().round(3),
        }
    )
    return rows[rows["score"] > 0].reset_index(drop=True)[cols]
