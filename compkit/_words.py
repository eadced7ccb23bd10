"""Words in messages: counts with the right plural, lists joined for reading; a person's word.

One helper for every message compkit prints or raises, so none says "1 levels" or
"competencys"; and one test of whether a word names a person, as a role's name ends
(:func:`person_word`), for the readers of role tables and the checker's role titles alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: What to avoid, named as a warning (one of each; "s?" after it for the plural): a side's
#: label in ingest ("Red flags", "Pitfalls") and a CASE statement's ("Pitfall: ...").
WARNING_WORDS = r"red[- ]flag|anti-?pattern|pitfall|warning sign"

__all__ = ["WARNING_WORDS", "join", "person_word", "plural", "possessive", "some"]

_IRREGULAR = {"criterion": "criteria", "person": "people", "analysis": "analyses", "is": "are"}


def plural_form(word: str) -> str:
    """The plural of an English noun as compkit's messages use them.

    Examples
    --------
    >>> [plural_form(w) for w in ("level", "competency", "match", "key", "criterion", "day")]
    ['levels', 'competencies', 'matches', 'keys', 'criteria', 'days']
    >>> plural_form("axis"), plural_form("focus area"), plural_form("Basis")
    ('axes', 'focus areas', 'Bases')
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("is") and len(word) > 3:  # axis, basis, analysis: -es, not -ises
        return word[:-2] + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(count: int, word: str, many: str | None = None, *, number: bool = True) -> str:
    """``count`` and ``word``, in the plural unless the count is one.

    Parameters
    ----------
    count : int
        How many.
    word : str
        The singular; its last word is made plural (``"indicator id"`` -> ``"indicator ids"``).
    many : str, optional
        The plural, where the rule gets it wrong.
    number : bool
        Start with the count (default), or give the word alone.

    Examples
    --------
    >>> plural(1, "level"), plural(3, "level"), plural(2, "competency"), plural(0, "time")
    ('1 level', '3 levels', '2 competencies', '0 times')
    >>> plural(1234, "statement"), plural(2, "cluster", number=False)
    ('1,234 statements', 'clusters')
    """
    if count == 1:
        text = word
    elif many is not None:
        text = many
    else:
        head, _, last = word.rpartition(" ")
        text = (head + " " if head else "") + plural_form(last)
    return f"{count:,} {text}" if number else text


def join(items: Iterable[str], *, last: str = "and") -> str:
    """Join words for reading: ``a``, ``a and b``, ``a, b and c``.

    Examples
    --------
    >>> join(["CiS"]), join(["CiS", "WSX"]), join(["a", "b", "c"], last="or")
    ('CiS', 'CiS and WSX', 'a, b or c')
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def possessive(name: str) -> str:
    """A name's possessive: "CiS's", but "Engineering Ladders'" (a name ending in a plural s).

    Examples
    --------
    >>> possessive("CiS"), possessive("WSX Mind"), possessive("Engineering Ladders")
    ("CiS's", "WSX Mind's", "Engineering Ladders'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def some(items: Iterable[object], *, shown: int = 3, sep: str = ", ", quote: bool = True) -> str:
    """The first few items for a message, then "..." if there are more.

    Parameters
    ----------
    items : iterable
        What to show; strings are quoted with ``repr`` unless ``quote`` is false.
    shown : int
        How many to show before the ellipsis.
    sep : str
        What stands between them.
    quote : bool
        Quote each item (default) or print it as ``str`` does.

    Examples
    --------
    >>> some(["Lead", "Deliver"]), some(["a", "b", "c", "d"])
    ("'Lead', 'Deliver'", "'a', 'b', 'c', ...")
    >>> some([12, 30, 41, 57], quote=False), some("wxyz", shown=2, sep=" | ")
    ('12, 30, 41, ...', "'w' | 'x' | ...")
    """
    items = list(items)
    text = sep.join(repr(i) if quote else str(i) for i in items[:shown])
    return text + (f"{sep}..." if len(items) > shown else "")


#: a person's word ends so: "Contributors", "Analyst", "Technician", "Committee", "Lead"
_PERSON = re.compile(r"(?:er|or|ant|ent|[iy]st|ian|ee|ead|air)s?$", re.IGNORECASE)
#: ... but no person's word ends in "-ment" ("Project Management", "Stakeholder Engagement")
_THING = re.compile(r"ments?$", re.IGNORECASE)
#: words a skill's, a topic's or a thing's name may end in, shaped like a person's but naming none
_NOT_PERSON = frozenset(
    """behavior border character center centre chapter cluster color container content corner
    cover degree error event factor filter honor indicator incident intent layer letter list
    matter number order other paper parser power quarter register sector server talent thread
    vector""".split()  # noqa: SIM905
)


def person_word(word: str) -> bool:
    """Whether a word names a person, as a role's name ends: "Maintainers", "Lead", "Analyst".

    A person's word ends as an agent's does (-er, -or, -ant, -ent, -ist, -yst, -ian, and
    "Lead", "Head", "Chair"), in the singular or the plural, or as one a verb acts on does
    (-ee on a verb: "Employee", "Committee", "Mentee"; not "Three", "Coffee", "Degree"); not
    in "-ment", not a thing's word shaped so ("Behavior", "Error", "Content"), and not an
    adjective of rank: a Latin comparative ("Senior", "Junior", "Superior"), an English one
    ("Higher", "Older"), a word English has as an adjective only ("Inner", "Proficient"), an
    adjective in -ant or -ent ("Independent"), or one in -er whose noun English seldom writes
    in the plural ("Upper", "Former", "Latter"). A word in -er, -or, -ist or -ian that is a
    noun too names its person ("Designer", "Specialist", "Master"). Used by the reader of role
    tables (:mod:`compkit.ingest.roletables`) and by rule T004's role titles
    (:mod:`compkit.checks.strays`).

    Examples
    --------
    >>> [person_word(w) for w in ("Contributors", "Lead", "Committee", "Analyst", "Designer")]
    [True, True, True, True, True]
    >>> [person_word(w) for w in ("Management", "Behavior", "Senior", "Three", "Independent")]
    [False, False, False, False, False]
    >>> [person_word(w) for w in ("Upper", "Former", "Latter", "Master", "Elders")]
    [False, False, False, True, True]
    """
    word = word.casefold()
    single = word[:-1] if word.endswith("s") else word
    if not _PERSON.search(word) or _THING.search(word):
        return False
    if word in _NOT_PERSON or single in _NOT_PERSON:
        return False
    if single.endswith("ee"):
        return _acted_on(single[:-2])
    return not _rank_adjective(single) and not _rank_adjective(word)


@lru_cache(maxsize=1 << 10)
def _acted_on(stem: str) -> bool:
    """Whether ``stem`` + "-ee" is one a verb acts on: "employ", "committ", "ment" (mentor).

    >>> _acted_on("employ"), _acted_on("committ"), _acted_on("ment"), _acted_on("thr")
    (True, True, True, False)
    """
    from lemminflect import getAllLemmas

    if len(stem) < 3:
        return False
    verbs = (stem, stem + "e", stem[:-1], stem + "ate", stem + "or")  # train, retire, commit
    return any("VERB" in getAllLemmas(v) for v in verbs)


@lru_cache(maxsize=1 << 10)
def _rank_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective of rank or place rather than a person's noun.

    >>> _rank_adjective("senior"), _rank_adjective("older"), _rank_adjective("designer")
    (True, True, False)
    """
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    adjective = lemmas.get("ADJ", ())
    if not adjective:
        return False
    if "NOUN" not in lemmas or word.endswith(("ior", "ant", "ent")):
        return True
    if word in adjective and word.endswith("er"):
        # an adjective of place or order whose noun is rare: "upper", "former", "latter"
        # (English writes "uppers" and "formers" seldom), not "designer" nor "master"
        return _seldom_plural(word)
    return word not in adjective


#: A noun used in the plural less than this share as often as in the singular is seldom one:
#: "former" 0.001, "upper" 0.013; the people's nouns "manager" 0.08, "designer" 0.27.
_SELDOM_PLURAL = 0.05


def _seldom_plural(word: str) -> bool:
    """Whether ``word``'s plural is seldom written: an adjective, whose noun is a rare sense.

    A word the word list does not know is not judged so (a role's new word, "approver").

    >>> _seldom_plural("upper"), _seldom_plural("former"), _seldom_plural("designer")
    (True, True, False)
    """
    count = english_words().word_usage_frequency
    single = count(word)
    return single > 0 and count(word + "s") < _SELDOM_PLURAL * single


@lru_cache(maxsize=1)
def english_words():
    """The English word list of pyspellchecker, with frequencies (loaded once, shared).

    The checker's dictionary (:mod:`compkit.checks.dictionary`) reads the same list.

    >>> english_words().word_usage_frequency("the") > english_words().word_usage_frequency("of")
    True
    """
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)
