"""Why each suggestion scores as it does, in words: the shared words and each signal's share.

``shared words: budget, team; meaning +2.31; words +0.84; level alignment +0.62`` — the
content words (lemmas) the two statements share, rarest first, then every signal whose weighted
share of the score rounds to something other than zero ("level distance" is the penalty for
levels far apart in rank, "level alignment" the prior learned from how the levels align);
:func:`compkit.suggest` adds "each other's best" where no other subject scores higher with
the candidate (a close match must be).
Computed for all pairs at once (array operations on word ids and on numpy strings), so
explaining 200,000 suggestions costs about as much as scoring them.
"""

from __future__ import annotations

import numpy as np

from .signals import Signals, _signed

__all__ = ["explain"]

_SIGNAL_WORDS = {
    "semantic": "meaning",
    "lexical": "words",
    "alignment": "word alignment",
    "tokens": "token alignment",
    "competency": "competency",
    "level_gap": "level distance",
    "level_prior": "level alignment",
    "scope_gap": "scope gap",
}


def _strings(values) -> np.ndarray:
    return np.asarray(values, dtype=np.dtypes.StringDType())


def _signed_text(hundredths: np.ndarray) -> np.ndarray:
    """``+1.23`` / ``-0.40`` for values given in hundredths (integers), vectorised.

    Examples
    --------
    >>> _signed_text(np.array([123, -40, 5])).tolist()
    ['+1.23', '-0.40', '+0.05']
    """
    add = np.strings.add
    magnitude = np.abs(hundredths)
    sign = _strings(np.where(hundredths < 0, "-", "+"))
    units = _strings((magnitude // 100).astype(str))
    cents = np.strings.zfill(_strings((magnitude % 100).astype(str)), 2)
    return add(add(add(sign, units), "."), cents)


def explain(
    sig: Signals, rows: np.ndarray, cols: np.ndarray, w, method: str, *, parts=None
) -> list[str]:
    """Why each pair ``(rows[i], cols[i])`` scores as it does (see the module documentation).

    ``parts`` are the pairs' signals (:meth:`Signals.pairs`) when the caller has them already.
    """
    add = np.strings.add
    parts = sig.pairs(rows, cols) if parts is None else parts
    words = sig.shared_words(rows, cols)
    listed = _strings(words[:, 0]) if words.shape[1] else _strings(np.full(len(rows), ""))
    for k in range(1, words.shape[1]):
        word = _strings(words[:, k])
        listed = np.where(word != "", add(add(listed, ", "), word), listed)
    text = add("shared words: ", np.where(listed != "", listed, "none"))
    for name, label in _SIGNAL_WORDS.items():
        if name not in parts:
            continue
        weight = _signed(w, name) if method == "hybrid" else float(getattr(w, name))
        share = np.rint(weight * parts[name].astype(np.float64) * 100.0).astype(np.int64)
        piece = add(f"; {label} ", _signed_text(share))
        text = np.where(share != 0, add(text, piece), text)
    return text.tolist()
