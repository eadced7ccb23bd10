"""Statements that state a condition of a level, not a behaviour of its holder (read by C001).

A contributor ladder lists, under each role, how one comes to hold it: "Nominated by a
maintainer", "With no objections from other maintainers", "Done through PR to update the
Community Configuration". Each role's entry repeats them, and rightly: being nominated to
Approver does not make one a Maintainer. Such a statement has no verb of the holder; it opens
with a past participle done to the holder by someone or through something ("Nominated by",
"Approved through", "Sponsored via"), or with a preposition ("With", "Without", "Upon",
"After", "Following", "Subject to"), or it is a name in title case ("Community
Configuration"). A repeat of one at a higher level is no repeat of an expectation.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

#: An opening past participle's agent or means: "Nominated by", "Done through".
_PASSIVE = re.compile(r"^([A-Z][a-z]+)\s+(?:by|through|via)\b")
#: A preposition opening a condition: "With no objections", "Upon approval".
_PREPOSITION = re.compile(r"^(?:With|Without|Upon|After|Following|Subject to)\b")
#: A word of four letters or more: a name in title case capitalises each.
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


@lru_cache(maxsize=1 << 12)
def participle(word: str) -> bool:
    """Whether ``word`` is a verb's past participle ("nominated", "done", "chosen").

    >>> participle("Nominated"), participle("Done"), participle("Follow"), participle("Speed")
    (True, True, False, False)
    """
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word.lower()).get("VERB", ())
    return any(word.lower() in getInflection(lemma, "VBN") for lemma in lemmas)


def conditions(texts: pd.Series, voices: pd.Series) -> pd.Series:
    """Which statements state a condition of the level: in no voice of the holder (``other``).

    Parameters
    ----------
    texts : Series of str
        The statements.
    voices : Series of str
        Their voices (:func:`compkit.checks.voice.voice`), on the same index.

    Returns
    -------
    Series of bool
        True where the statement opens with a participle and its agent or means ("Nominated
        by a maintainer") or with a preposition ("With no objections ...") and reads in no
        voice of the holder, or is a name in title case.

    Examples
    --------
    >>> texts = pd.Series(["Nominated by a maintainer", "With no objections from others",
    ...                    "Community Configuration", "Follow the code of conduct",
    ...                    "Led by example"])
    >>> conditions(texts, pd.Series(["other"] * 4 + ["holder"])).tolist()
    [True, True, True, False, False]
    """
    texts = texts.str.strip()
    opening = texts.str.extract(_PASSIVE, expand=False).fillna("")
    passive = opening.map(lambda w: bool(w) and participle(w)).astype(bool)
    named = texts.map(_titled).astype(bool)
    return ((voices == "other") & (passive | texts.str.contains(_PREPOSITION))) | named


def _titled(text: str) -> bool:
    """Whether ``text`` is a name in title case: two long words or more, each capitalised."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 2 and all(w[0].isupper() for w in words)
