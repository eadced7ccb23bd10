"""TF-IDF vectors of statements: the lexical baseline of the cross-walk (scipy sparse, no sklearn).

Words are lower-cased, stop words dropped, spelt one way (British and American spellings meet:
"organisation", "organization") and reduced by a light suffix stemmer, so "Manages", "managing"
and "management" meet; the vocabulary and inverse document frequencies are fitted on
both frameworks together, so a word common to both weighs little. Rows are L2-normalised:
their dot product is the cosine similarity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..framework.spellings import spelling_key

__all__ = ["STOP_WORDS", "stem", "tfidf", "tokens"]

#: Function words that carry no behaviour (plus the neutral words left by preparation).
STOP_WORDS = frozenset(
    """a about above across after all also am an and any are as at be been being both but
    by can could did do does doing each even for from further had has have having how
    however i if in into is it its itself just me more most must my no nor not of off on
    once only or other our ours out over own same self she should so some such than that
    the their them then there these they this those through to too under until up very was
    we were what when where whether which while who whom why will with within would you
    your e g i.e etc where appropriate possible organisation organisation's organization
    organization's""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z][a-z'-]*")
_SUFFIXES = (
    ("ational", "ate"),
    ("fulness", "ful"),
    ("iveness", "ive"),
    ("ization", "ize"),
    ("isation", "ise"),
    ("ations", "at"),
    ("ation", "at"),
    ("ivity", "iv"),
    ("ively", "iv"),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ingly", ""),
    ("ities", ""),
    ("ity", ""),
    ("ions", ""),
    ("ion", ""),
    ("ive", "iv"),
    ("ies", "y"),
    ("ing", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
    ("e", ""),
)


def stem(word: str) -> str:
    """Strip one common English suffix, keeping at least three letters, in one spelling.

    Examples
    --------
    >>> [stem(w) for w in ["manages", "managing", "management", "managed", "manage"]]
    ['manag', 'manag', 'manag', 'manag', 'manag']
    >>> stem("organisational") == stem("organizational"), stem("programmes") == stem("program")
    (True, True)
    """
    word = spelling_key(word.strip("'-").removesuffix("'s"))
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            if suffix != "e" and word.endswith("e") and len(word) > 3:
                word = word[:-1]
            return word
    return word


def tokens(text: str) -> list[str]:
    """Stemmed content words of a statement.

    Examples
    --------
    >>> tokens("I take responsibility for managing my team's budgets")
    ['tak', 'responsibil', 'manag', 'team', 'budget']
    """
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and len(w) > 1]


def tfidf(*corpora: Sequence[str]):
    """Fit TF-IDF on all ``corpora`` together; return one sparse matrix per corpus.

    Sublinear term frequency, smoothed IDF, L2-normalised rows (CSR, float32).

    Examples
    --------
    >>> a, b = tfidf(["manages the budget"], ["managing budgets", "listens to others"])
    >>> (a @ b.T).toarray().round(2).tolist()
    [[1.0, 0.0]]
    """
    from scipy import sparse

    docs = [[tokens(t) for t in corpus] for corpus in corpora]
    vocab: dict[str, int] = {}
    for corpus in docs:
        for words in corpus:
            for w in words:
                vocab.setdefault(w, len(vocab))
    n_docs = sum(len(c) for c in docs)
    matrices = []
    df = np.zeros(len(vocab), dtype=np.float64)
    for corpus in docs:
        rows, cols, vals = [], [], []
        for r, words in enumerate(corpus):
            ids, counts = np.unique([vocab[w] for w in words], return_counts=True)
            rows.extend([r] * len(ids))
            cols.extend(ids.tolist())
            vals.extend((1.0 + np.log(counts)).tolist())
        m = sparse.csr_matrix(
            (np.asarray(vals, dtype=np.float64), (np.asarray(rows, int), np.asarray(cols, int))),
            shape=(len(corpus), len(vocab)),
        )
        df += np.bincount(m.indices, minlength=len(vocab))
        matrices.append(m)
    idf = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0
    out = []
    for m in matrices:
        m = m.multiply(idf[None, :]).tocsr()
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1))).ravel()
        norms[norms == 0] = 1.0
        out.append(sparse.diags(1.0 / norms) @ m)
    return [m.astype(np.float32).tocsr() for m in out]
