"""What a statement that breaks the framework's voice reads as, in words, for rule T007.

A finding that only says "breaks the framework's voice" leaves the author to work out how: this
module names it where it can ("is in the first person", "opens with '-ing' and
has no verb of its own"), and, for a passive whose "is" was left out ("Known for ...", "Sought
out for ...") among the holder's verbs, the one-word fix.
"""

from __future__ import annotations

import re

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
