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
    "other": ("in other forms", "are neither 'I ...', 'You ...', 'Manages ...' nor instructions"),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: How verb phrases in the holder's own words are described (:func:`own_words`).
OWN_WORDS = "in the first person with the 'I' left unsaid"


def like(main: str, *fws: Framework) -> str:
    """How statements of the voice ``main`` read, by the example of ``fws`` for instructions.

    Examples
    --------
    >>> import compkit
    >>> like("first", compkit.load("cis")), like("bare")
    ("start 'I ...'", 'start with a verb')

    A framework written as instructions is shown by its own commonest verb ("start with a verb,
    such as 'Take ...'" for the Civil Service's "Take ownership of problems ...").
    A framework of statements in none of those voices is shown by its commonest opening word
    ("the commonest opening is 'They ...'" for a ladder of paragraphs about "they").
    """
    phrase = LIKE[main][1]
    if main not in ("bare", "other"):
        return phrase
    firsts: Counter = Counter()
    for fw in fws:
        _finer(fw)
        firsts.update((_FIRST_VERBS if main == "bare" else _OTHER_WORDS).get(fw, ()))
    if not firsts:
        return phrase
    word = firsts.most_common(1)[0][0]
    return (
        f"{phrase}, such as '{word} ...'"
        if main == "bare"
        else (f"{phrase}; the commonest opening is '{word} ...'")
    )


def reading(fw: Framework, over: pd.DataFrame) -> tuple[str | None, dict[str, float]]:
    """The voice of 80 % or more of the statements (a key of :data:`LIKE`), and every share (%).

    ``None`` for a mix, ``""`` (and no shares) when no statement is effective. Statements in
    none of the voices ("They work ...", "Meaningful interactions ...") are the share
    ``other``, which can be the main one too.
    """
    first = float(over.loc["first person (%)", fw.id])
    third = float(over.loc["third person (%)", fw.id])
    if pd.isna(first) or pd.isna(third):
        return "", {}
    shares = {"first": first, "third": third, **_finer(fw)}
    if "second person (%)" in over.index:  # the table's own figure, so prose and table agree
        shares["second"] = float(over.loc["second person (%)", fw.id])
    shares["other"] = max(100.0 - sum(shares.values()), 0.0)
    main = max(shares, key=shares.get)
    return (main if shares[main] >= 80 else None), shares


def as_read(fw: Framework) -> pd.Series:
    """Each statement as a reader meets it: after the stem it completes, if any.

    A statement completing "You should:" ("be familiar with the tools") is written in the
    second person, as its reader sees it, not as an instruction.

    Examples
    --------
    >>> import compkit
    >>> as_read(compkit.load("cis")).iloc[0].startswith("I ")
    True
    """
    ind = fw.indicators
    cells = list(zip(ind["competency_id"], ind["level"], strict=True))
    stems = {c: fw.stem_for(*c) for c in dict.fromkeys(cells)}
    if not any(stems.values()):
        return ind["text"]
    lead = pd.Series([stems[c] for c in cells], index=ind.index, dtype=object)
    return (lead + " " + ind["text"].astype(str)).str.strip().where(lead != "", ind["text"])


#: The finer reading of each framework, read once (a report says the voice in its summary and
#: in its key figures; a framework is immutable, and forgotten with it).
_FINER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: The first words of each framework's instructions, in framework order.
_FIRST_VERBS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: The first words of each framework's statements in none of the voices, in framework order.
_OTHER_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: Each framework's first verb phrase naming the holder as "my", when its verb phrases are the
#: holder's own words (:func:`own_words`); "" when they are instructions.
_OWN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
#: The holder named in the first person inside a statement ("identify my information needs"),
#: and a reader addressed ("your search terms").
_MY = re.compile(r"\b(?:my|myself)\b", re.IGNORECASE)
_YOUR = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


def own_words(fw: Framework) -> str:
    """A verb phrase of ``fw`` in the holder's own words, if its verb phrases are such ("" if not).

    A statement opening with a bare verb is an instruction ("Take ownership of problems")
    unless it names the holder in the first person: "identify my information needs" completes
    an unsaid "I can", as DigComp 2.1 writes its levels. The verb phrases are read so when two
    or more of them say "my" (or "myself") and none says "you" or "your"; the first such
    phrase is returned, word for word, to show a reader.
    """
    _finer(fw)
    return _OWN[fw]


def _finer(fw: Framework) -> dict[str, float]:
    """Shares (%) of the second person and of instructions (the checker's reading, rule T007)."""
    from ..checks.voice import voice as voice_of
    from ..framework.text import voice as table_voice

    if fw not in _FINER:
        ind = fw.indicators
        texts = as_read(fw)[ind["polarity"] != "ineffective"]
        read = voice_of(texts)
        # a statement the overview table counts in a person ("apply searches ..." read as
        # "applies") is in that voice, not counted again: the shares add up to 100 at most
        read = read.where(~table_voice(texts).isin(["first", "second", "third"]), "counted")
        fine = read.value_counts(normalize=True)
        phrases = texts[read == "bare"]
        mine = phrases[phrases.str.contains(_MY)]
        _OWN[fw] = mine.iloc[0] if len(mine) >= 2 and not phrases.str.contains(_YOUR).any() else ""
        _FIRST_VERBS[fw] = [
            m.group().capitalize() for m in map(_WORD.search, phrases.str.lstrip("*_ ")) if m
        ]
        _OTHER_WORDS[fw] = [
            m.group().capitalize()
            for m in map(_WORD.search, texts[read == "other"].str.lstrip("*_ "))
            if m
        ]
        _FINER[fw] = {
            "second": 100 * fine.get("second", 0.0),
            "bare": 100 * fine.get("bare", 0.0),
        }
    return _FINER[fw]


def _doing(fw: Framework) -> str:
    """The commonest '-ing' opening when two thirds or more of the statements in no voice open so.

    HSE's management competencies list activities ("monitoring team workload", "dealing
    rationally with problems"): phrases of a kind a reader knows, not "other forms". An empty
    string when the statements in no voice are of mixed kinds (or there are none).
    """
    _finer(fw)
    firsts = _OTHER_WORDS.get(fw, ())
    doing = [w for w in firsts if len(w) > 4 and w.lower().endswith("ing")]
    if not firsts or 3 * len(doing) < 2 * len(firsts):
        return ""
    return Counter(doing).most_common(1)[0][0]


def voice(fw: Framework, over: pd.DataFrame, known=None) -> str:
    """How ``fw`` is written, in words: "in the first person (95% of statements start 'I ...')".

    ``known`` is its :func:`reading` when the caller has it already.
    """
    main, shares = known or reading(fw, over)
    if main == "":
        return NO_EFFECTIVE
    if main == "other" and (doing := _doing(fw)):
        return f"as '-ing' phrases ({pct(shares[main])} of statements, such as '{doing} ...')"
    own = own_words(fw)
    if main == "bare" and own:
        return f"{OWN_WORDS} ({pct(shares[main])} of statements start with a verb, as in '{own}')"
    if main is not None:
        of = "" if main == "third" else " of statements"
        return f"{LIKE[main][0]} ({pct(shares[main])}{of} {like(main, fw)})"
    words = {
        "first": "first person",
        "third": "third person",
        "second": "second person",
        "bare": "first person with the 'I' unsaid" if own else "instructions",
        "other": "in other forms",
    }
    if doing := _doing(fw):  # HSE's "monitoring team workload": a form of its own, named
        words["other"] = f"'-ing' phrases such as '{doing} ...'"
    said = [(v, words[k]) for k, v in shares.items()]
    return "in a mix of voices (" + ", ".join(f"{pct(v)} {w}" for v, w in said if v) + ")"


def voices(fa: Framework, fb: Framework, over: pd.DataFrame) -> str:
    """One sentence on the two frameworks' voices; "Both are written ..." when they share one."""
    ra, rb = reading(fa, over), reading(fb, over)
    if ra[0] and ra[0] == rb[0] and not (ra[0] == "bare" and (own_words(fa) or own_words(fb))):
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
