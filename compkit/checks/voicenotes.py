"""What a statement that breaks the framework's voice reads as, in words, for rule T007.

A finding that only says "breaks the framework's voice" leaves the author to work out how: this
module names it where it can ("is in the first person", "opens with '-ing' and
has no verb of its own"), and, for a passive whose "is" was left out ("Known for ...", "Sought
out for ...") among the holder's verbs, the one-word fix.
"""

from __future__ import annotations

import re

import pandas as pd

# A past participle opening the statement, perhaps after an adverb in -ly: regular in -ed, or
# one of the irregular ones frameworks use for reputation ("Known for", "Sought out for");
# then a preposition or particle, as a passive has ("Identified gaps" is a past tense).
_PARTICIPLE = re.compile(
    r"^\s*(?:[A-Za-z]+ly\s+)?((?i:known|sought|seen|given|thrown|shown|taken|held|kept|"
    r"brought|thought|found|built|led|taught|driven|chosen|regarded|[a-z]{2,}ed))\b"
    r"(?=\s+(?:for|by|as|out|at|to|in|with|on|upon|into|after|among|across|within|from)\b)"
)
_GERUND = re.compile(r"^\s*(?:[A-Za-z]+ly\s+)?[A-Za-z]+ing\b")

#: How each voice a statement reads in is said.
# (not "bare": a noun whose plural is a word, "Team ships ...", reads as a bare verb too)
_SAID = {
    "holder": "reads in the third person",
    "first": "is in the first person",
    "second": "is in the second person",
}


def how(text: str, voice: str, pattern: str) -> str:
    """How a statement breaks the framework's voice, with " and " after it, or "".

    Parameters
    ----------
    text : str
        The statement.
    voice : str
        The voice it reads in (:data:`compkit.checks.voice.VOICES`).
    pattern : str
        The framework's voice.

    Examples
    --------
    >>> how("Known for their initiative.", "other", "holder")
    "is a passive with 'is' left out ('Is known for ...' keeps the voice) and "
    >>> how("I plan my week.", "first", "holder")
    'is in the first person and '
    >>> how("Leading large projects.", "other", "holder")
    "has no verb of its own (it opens with '-ing') and "
    >>> [how("Analytical mindset.", "other", "holder"), how("Identified gaps.", "other", "holder")]
    ['', '']
    """
    m = _PARTICIPLE.match(text)
    if m and pattern == "holder" and voice in ("other", "bare"):
        rest = " ".join(text[m.start(1) :].split()[:2]).rstrip(".,;:").lower()
        return f"is a passive with 'is' left out ('Is {rest} ...' keeps the voice) and "
    if voice == "other" and _GERUND.match(text):
        return "has no verb of its own (it opens with '-ing') and "
    return f"{_SAID[voice]} and " if voice in _SAID else ""


#: The voices a framework may be written in (not "other": fragments and noun phrases).
_REAL = ("first", "second", "holder", "bare")
#: Two voices holding together at least this share of statements, the smaller at least
#: :data:`MINOR_SHARE`, are a framework written in two voices (T007).
MIXED_SHARE = 0.9
MINOR_SHARE = 0.2


def mixed_voices(voices: pd.Series, texts: pd.Series) -> tuple[str, str, int] | None:
    """The minority voice of a framework written in two, where no voice holds 75 %.

    A framework whose statements are split between two voices ("Plan ..." and "Plans ...",
    "You plan ..." and "Plan ...") reads as two documents pasted together; one finding says
    so, placed at the first statement in the smaller voice. A split with fragments ("other")
    is not reported: those are noun phrases and gerunds, and a third of them is no voice.

    Parameters
    ----------
    voices : Series of str
        The voice of each statement that completes no stem.
    texts : Series of str
        The statements, aligned with ``voices``.

    Returns
    -------
    tuple of (str, str, int) or None
        The minority voice, the message's account of the split, and the position of its first
        statement; None when the statements are not split between two voices.

    Examples
    --------
    >>> v = pd.Series(["bare"] * 7 + ["holder"] * 3)
    >>> t = pd.Series([f"Plan item {k}" for k in range(7)] + ["Plans a", "Plans b", "Plans c"])
    >>> mixed_voices(v, t)[0], mixed_voices(v, t)[2]
    ('holder', 7)
    >>> print(mixed_voices(v, t)[1])  # doctest: +NORMALIZE_WHITESPACE
    3 of 10 statements (30%) that read in the third person ('Plans ...', 'Can plan ...'),
    7 (70%) in the imperative or bare verb ('Plan ...'): the framework mixes two voices
    >>> mixed_voices(pd.Series(["holder"] * 6 + ["other"] * 4), t) is None
    True
    """
    share = voices.value_counts(normalize=True)
    if len(share) < 2 or not set(share.index[:2]) <= set(_REAL):
        return None
    (major, minor), (big, small) = share.index[:2], share.iloc[:2]
    if big >= 0.75 or big + small < MIXED_SHARE or small < MINOR_SHARE:
        return None
    n, count = len(voices), voices.value_counts()
    said = {
        "first": "in the first person ('I ...')",
        "second": "in the second person ('You ...')",
        "holder": "in the third person ('Plans ...', 'Can plan ...')",
        "bare": "in the imperative or bare verb ('Plan ...')",
    }
    words = (
        f"{count[minor]} of {n} statements ({round(small * 100)}%) that read {said[minor]}, "
        f"{count[major]} ({round(big * 100)}%) {said[major]}: the framework mixes two voices"
    )
    first = int(voices.reset_index(drop=True).eq(minor).idxmax())
    return minor, words, first


#: A competency this many of whose statements break the voice, and at least ``PROSE_SHARE`` of
#: them, reads as prose (a level's summary published among the behaviours): one finding.
PROSE_LEAST = 10
PROSE_SHARE = 2 / 3


def prose_competencies(free: pd.DataFrame, odd: pd.Series) -> dict[str, tuple[int, int]]:
    """Competencies most of whose statements break the voice: ``{id: (breaking, statements)}``.

    Where ``PROSE_LEAST`` or more of a competency's statements that complete no stem break
    the framework's voice, and at least ``PROSE_SHARE`` of them, the competency is written
    otherwise (a level's summary in paragraphs: "Level 1 engineers are at the start of their
    career ..."), and rule T007 says so once, at its first such statement, not once each.

    Examples
    --------
    >>> free = pd.DataFrame({"competency_id": ["a"] * 12 + ["b"] * 12})
    >>> prose_competencies(free, pd.Series([True] * 10 + [False] * 2 + [True] * 7 + [False] * 5))
    {'a': (10, 12)}
    """
    counts = free.assign(odd=odd.to_numpy()).groupby("competency_id", sort=False)["odd"]
    found = {}
    for comp, n in counts.sum().items():
        total = int(counts.size()[comp])
        if n >= PROSE_LEAST and n >= PROSE_SHARE * total:
            found[comp] = (int(n), total)
    return found


def prose_findings(odd: pd.DataFrame, prose: dict[str, tuple[int, int]], said: str):
    """Rule T007's one finding per competency of :func:`prose_competencies`, at its first."""
    for comp, (n, total) in prose.items():
        r = odd[odd["competency_id"] == comp].iloc[0]
        opening = " ".join(r.text.split()[:3])
        yield {
            "indicator_id": r.indicator_id,
            "message": f"'{opening} ...' and {n - 1} more of the {total} statements of "
            f"{r.competency} break the {said}: the competency reads as prose, not as the "
            "holder's behaviours; rewrite it in the voice, or move it into descriptions",
        }
