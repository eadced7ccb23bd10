"""How a framework's statements are written — one reading for every sentence that says so.

The first and third person shares come from :func:`compkit.compare.tables.compare_overview`;
the second person and instructions from the checker's finer reading (rule T007). The report's
summary and the headline table both say a framework's voice from :func:`reading`, so they
cannot disagree.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from .._words import possessive
from ._prose import NO_EFFECTIVE, pct

if TYPE_CHECKING:
    from ..framework.model import Framework

#: How each single voice is described, with an example of its statements. Instructions are
#: shown by the verb their frameworks open with most (:func:`like`): any verb quoted as theirs
#: would send a reader looking for it.
LIKE = {
    "first": ("in the first person", "start 'I ...'"),
    "third": ("in the third person", "read like 'Manages ...'"),
    "second": ("in the second person", "start 'You ...'"),
    "bare": ("as instructions", "start with a verb"),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def like(main: str, *fws: Framework) -> str:
    """How statements of the voice ``main`` read, by the example of ``fws`` for instructions.

    Examples
    --------
    >>> import compkit
    >>> like("first", compkit.load("cis")), like("bare")
    ("start 'I ...'", 'start with a verb')

    A framework written as instructions is shown by its own commonest verb ("start with a verb,
    such as 'Take ...'" for the Civil Service's "Take ownership of problems ...").
    """
    phrase = LIKE[main][1]
    if main != "bare":
        return phrase
    firsts: Counter = Counter()
    for fw in fws:
        _finer(fw)
        firsts.update(_FIRST_VERBS.get(fw, ()))
    return f"{phrase}, such as '{firsts.most_common(1)[0][0]} ...'" if firsts else phrase


def reading(fw: Framework, over: pd.DataFrame) -> tuple[str | None, dict[str, float]]:
    """The voice of 80 % or more of the statements (a key of :data:`LIKE`), and every share (%).

    ``None`` for a mix, ``""`` (and no shares) when no statement is effective.
    """
    first = float(over.loc["first person (%)", fw.id])
    third = float(over.loc["third person (%)", fw.id])
    if pd.isna(first) or pd.isna(third):
        return "", {}
    shares = {"first": first, "third": third, **_finer(fw)}
    if "second person (%)" in over.index:  # the table's own figure, so prose and table agree
        shares["second"] = float(over.loc["second person (%)", fw.id])
    main = max(shares, key=shares.get)
    return (main if shares[main] >= 80 else None), shares


#: The finer reading of each framework, read once (a report says the voice in its summary and
#: in its key figures; a framework is immutable, and forgotten with it).
_FINER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: The first words of each framework's instructions, in framework order.
_FIRST_VERBS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _finer(fw: Framework) -> dict[str, float]:
    """Shares (%) of the second person and of instructions (the checker's reading, rule T007)."""
    from ..checks.voice import voice as voice_of

    if fw not in _FINER:
        ind = fw.indicators
        texts = ind.loc[ind["polarity"] != "ineffective", "text"]
        read = voice_of(texts)
        fine = read.value_counts(normalize=True)
        _FIRST_VERBS[fw] = [
            m.group().capitalize()
            for m in map(_WORD.search, texts[read == "bare"].str.lstrip("*_ "))
            if m
        ]
        _FINER[fw] = {
            "second": 100 * fine.get("second", 0.0),
            "bare": 100 * fine.get("bare", 0.0),
        }
    return _FINER[fw]


def voice(fw: Framework, over: pd.DataFrame, known=None) -> str:
    """How ``fw`` is written, in words: "in the first person (95% of statements start 'I ...')".

    ``known`` is its :func:`reading` when the caller has it already.
    """
    main, shares = known or reading(fw, over)
    if main == "":
        return NO_EFFECTIVE
    if main is not None:
        of = "" if main == "third" else " of statements"
        return f"{LIKE[main][0]} ({pct(shares[main])}{of} {like(main, fw)})"
    words = {"first": "first person", "third": "third person", "second": "second person"}
    said = [(v, words.get(k, "instructions")) for k, v in shares.items()]
    said += [(max(100.0 - sum(shares.values()), 0.0), "in other forms")]
    return "in a mix of voices (" + ", ".join(f"{pct(v)} {w}" for v, w in said if v) + ")"


def voices(fa: Framework, fb: Framework, over: pd.DataFrame) -> str:
    """One sentence on the two frameworks' voices; "Both are written ..." when they share one."""
    ra, rb = reading(fa, over), reading(fb, over)
    if ra[0] and ra[0] == rb[0]:
        return (
            f"Both are written {LIKE[ra[0]][0]} ({pct(ra[1][ra[0]])} of {possessive(fa.label)} "
            f"statements and {pct(rb[1][rb[0]])} of {possessive(fb.label)} "
            f"{like(ra[0], fa, fb)})."
        )
    if ra[0] == "" or rb[0] == "":  # one has no effective statement: each said apart
        return (
            "; ".join(
                f"{fw.label}: {NO_EFFECTIVE}"
                if r[0] == ""
                else f"{fw.label} is written {voice(fw, over, r)}"
                for fw, r in ((fa, ra), (fb, rb))
            )
            + "."
        )
    return f"{fa.label} is written {voice(fa, over, ra)}, {fb.label} {voice(fb, over, rb)}."
