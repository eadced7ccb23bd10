"""The spelling dictionary: known words, British and American forms, likely typos.

pyspellchecker's English word list (shipped inside the PyPI package, with word frequencies; its
spellings are American) plus :data:`~compkit.checks.words.VOCABULARY`, read in a framework's
``language``. Used by the spelling rules and by the voice classifier (is "plans" a word?).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._words import english_words
from ..framework.spellings import BRITISH_TO_AMERICAN, spelling_key
from .words import GB_DISTINCT, JOINERS, VOCABULARY

#: A known word this rare, next to a one-letter edit this many times commoner, is a typo.
RARE, COMMONER = 1.5e-7, 100
#: An unknown word is a typo only next to a word at least this common (else a coinage)...
COMMON = 1e-6
#: ... or, for an unknown word this long, next to a known word (at least ``RARE``).
LONG = 8
#: A three-letter word is a slip only for one of the commonest words ("teh" for "the").
VERY_COMMON = 1e-3

_INFLECTIONS = ("s", "es", "d", "ed", "ing", "r", "er", "ers")


def _speller():
    """The English word list (pyspellchecker's) that :mod:`compkit._words` loads, once."""
    return english_words()


def known(word: str) -> bool:
    """Whether the dictionary (or the workplace vocabulary) knows ``word`` (lower case)."""
    return word in VOCABULARY or word in _speller()


def american_forms(word: str) -> set[str]:
    """The American forms a British spelling may have (each pattern on its own, then all).

    Examples
    --------
    >>> sorted(american_forms("favourably")), sorted(american_forms("organisational"))
    (['favorably'], ['organizational'])
    """
    forms = {p.sub(r, word) for p, r in BRITISH_TO_AMERICAN}
    return (forms | {spelling_key(word)}) - {word}


#: Regions whose English is spelt the American way (-or, -er, -ize, defense, program).
_AMERICAN_REGIONS = frozenset({"US", "PH"})
#: Regions whose English, British otherwise, writes "program" for every sense (a plan of work
#: as well as software): Australian and Canadian English.
_PROGRAM_REGIONS = frozenset({"AU", "CA"})


def _region(language: str) -> str:
    parts = language.replace("_", "-").split("-")
    return next((p.upper() for p in parts[1:] if len(p) == 2 or p.isdigit()), "")


@lru_cache(maxsize=64)
def british_spelling(language: str) -> bool:
    """Whether English in ``language`` is spelt the British way: -our, -tre, -ise allowed.

    Every English but American: British, Australian, New Zealand, Irish, South African,
    Indian and Canadian English write "behaviour", "centre", "licence" and "organise" (or,
    like Oxford spelling and Canada, "organize"); "en" with no region is read as compkit's
    default, British. Australian and Canadian English also write "program" for every sense,
    which is no American spelling there. Other languages: False.

    Examples
    --------
    >>> [british_spelling(t) for t in ("en-GB", "en-AU", "en-NZ", "en-CA", "en-IE", "en")]
    [True, True, True, True, True, True]
    >>> [british_spelling(t) for t in ("en-US", "en-Latn-US", "en-PH", "fr-FR", "")]
    [False, False, False, False, False]
    """
    if language.replace("_", "-").split("-")[0].lower() != "en":
        return False
    return _region(language) not in _AMERICAN_REGIONS


def two_words(word: str, language: str) -> bool:
    """Whether ``word``'s British and American forms are two words in ``language``.

    British English keeps "programme" (a plan of work) apart from "program" (software), and
    the noun "licence" from the verb "license"; Australian and Canadian English write
    "program" for both, so there "programme" is another spelling of it.

    Examples
    --------
    >>> two_words("programmes", "en-GB"), two_words("programmes", "en-AU")
    (True, False)
    >>> two_words("licence", "en-AU"), two_words("programmes", "en-US")
    (True, False)
    """
    if not british_spelling(language):
        return False
    found = GB_DISTINCT.search(word)
    return bool(found) and not (found[0].startswith("mme") and program_word(language))


def program_word(language: str) -> bool:
    """Whether ``language`` writes "program" for every sense (en-AU, en-CA), not "programme".

    Examples
    --------
    >>> program_word("en-AU"), program_word("en-CA"), program_word("en-GB")
    (True, True, False)
    """
    return british_spelling(language) and _region(language) in _PROGRAM_REGIONS


def american(word: str) -> str:
    """The American form of a word, or the word (for grouping spellings of one word).

    Examples
    --------
    >>> american("organisation"), american("programme"), american("team")
    ('organization', 'program', 'team')
    """
    for form in sorted(american_forms(word)):
        if known(form):
            return form
    return word


def _inflection(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` inflected (-s, -ed, -ing, -ies, ...)."""
    if base.endswith("y") and word in (base[:-1] + "ies", base[:-1] + "ied"):
        return True
    if base.endswith("e") and word == base[:-1] + "ing":
        return True
    return any(word == base + end for end in _INFLECTIONS)


def _base_frequency(word: str) -> float:
    """The frequency of the commonest word that ``word`` inflects (0 when none)."""
    sp = _speller()
    bases = [word[: -len(end)] for end in ("s", "es", "d", "ed", "ing") if word.endswith(end)]
    bases += [b + "e" for b in bases] + ([word[:-3] + "y"] if word.endswith("ies") else [])
    return max((sp.word_usage_frequency(b) for b in bases if len(b) >= 3), default=0.0)


def _base_known(word: str) -> bool:
    """Whether a word is a known word with a regular ending ("backfills", "influencers")."""
    sp = _speller()
    for end in ("s", "es", "d", "ed", "ing", "er", "ers"):
        short = 4 if end.startswith("er") else 3  # "influencer", not "manag-er"
        if word.endswith(end) and len(word) - len(end) >= short:
            base = word[: -len(end)]
            for b in (base, base + "e"):
                if b in VOCABULARY or sp.word_usage_frequency(b) >= RARE:
                    return True
    return word.endswith("ies") and known(word[:-3] + "y")


def _edit(word: str, fix: str) -> tuple[str, int]:
    """How ``word`` differs from ``fix`` by one edit: its kind and where.

    The kind is ``dropped`` (``word`` lacks a letter of ``fix``), ``extra`` (it has one more),
    ``swapped`` (two neighbours trade places) or ``changed``; the place is the index of the
    letter in the longer of the two (the first of a swapped pair).

    Examples
    --------
    >>> _edit("accoring", "according"), _edit("releate", "relate"), _edit("teh", "the")
    (('dropped', 5), ('extra', 3), ('swapped', 1))
    """
    k = next((i for i, (a, b) in enumerate(zip(word, fix, strict=False)) if a != b), None)
    k = min(len(word), len(fix)) if k is None else k
    if len(word) < len(fix):
        return "dropped", k
    if len(word) > len(fix):
        return "extra", k
    if word[k + 1 : k + 2] == fix[k : k + 1] and word[k : k + 1] == fix[k + 1 : k + 2]:
        return "swapped", k
    return "changed", k


def _plausible(word: str, fix: str) -> bool:
    """Whether ``word`` reads as a slip of the hand for ``fix``, not a word of its own.

    The common slips in a word of five letters or more: a letter dropped ("accoring"), two
    neighbours swapped (four letters are enough: "wrok"; three, for the commonest words:
    "teh"), and, inside a word of six letters
    or more, a letter more ("releate") or another letter; a letter doubled at the end
    ("untill") is one too. Not "dev" for "de", "repo" for "rep", "async" for "sync", "app"
    for "ape" or "json" for "jason": a short word, or a change at either end, is far more
    often an abbreviation or a term of art than a typo.
    """
    kind, at = _edit(word, fix)
    n = len(word)
    if kind == "swapped":  # in a three-letter word, only of the commonest ("teh", "adn")
        return n >= 4 or (n == 3 and _speller().word_usage_frequency(fix) >= VERY_COMMON)
    if kind == "dropped":
        return n >= 5
    if kind == "extra" and n >= 5 and at > 0 and word[at] == word[at - 1]:
        return True
    return n >= 6 and 0 < at < n - 1


def _slip(word: str, fix: str) -> bool:
    """Whether a real but rare word is a slip for ``fix``.

    A doubled letter dropped ("wiling" for "willing") or two neighbours swapped, in a word of
    five letters or more.
    """
    if len(word) < 5:
        return False
    kind, at = _edit(word, fix)
    if kind == "dropped":
        return fix[at] in (fix[at - 1 : at] + fix[at + 1 : at + 2])
    return kind == "swapped"


def _frequency(part: str) -> float:
    """How common a known word, or a known word with a regular ending, is (1 for vocabulary)."""
    if part in VOCABULARY or any(part.endswith(e) and part[: -len(e)] in VOCABULARY for e in "sd"):
        return 1.0
    return max(_speller().word_usage_frequency(part), _base_frequency(part))


def _compound(word: str) -> float:
    """How well an unknown word reads as two known words written as one ("styleguides").

    The frequency of the rarer part, for the split whose rarer part is commonest; 0 when the
    word does not split into two known words.

    Examples
    --------
    >>> _compound("styleguides") > 1e-5, _compound("maintenace") < 1e-7, _compound("teamz")
    (True, True, 0.0)
    """
    return max(
        (
            min(_frequency(word[:k]), _frequency(word[k:]))
            for k in range(3, len(word) - 2)
            if known(word[:k]) and (known(word[k:]) or _base_known(word[k:]))
        ),
        default=0.0,
    )


def _respelt(word: str, nearby: list[str]) -> str:
    """The dictionary's spelling of the inflection that ``word`` spells otherwise, or "".

    A word read as a known word and an ending ("commit" + "ing") is no word when the same
    ending on the same base is spelt otherwise one slip away: the last consonant doubled
    ("committing", "reoccurring") or not ("targeting"), or a final "e" dropped ("using").

    Examples
    --------
    >>> _respelt("commiting", ["commuting", "committing"]), _respelt("useing", ["using"])
    ('committing', 'using')
    >>> _respelt("sharding", ["sharing"])
    ''
    """
    for end in ("ing", "ed", "er", "ers", "est"):
        stem = word[: -len(end)]
        if not word.endswith(end) or len(stem) < 3:
            continue
        for fix in nearby:
            base = fix[: -len(end)]
            if not fix.endswith(end) or len(base) < 2:
                continue
            if stem in (base + base[-1], base + "e") or base == stem + stem[-1]:
                return fix
    return ""


@lru_cache(maxsize=1 << 16)
def likely_typo(word: str, language: str = "en-GB") -> str | None:
    """A correction when ``word`` is unknown, or a rare word next to a far commoner one.

    Returns None for a correct word. Spelling variants of the other English are accepted, and
    a suggestion is in the given ``language``. An unknown word with no common word one letter
    away is taken for a coinage or a name ("golang", "cruftification"), not a typo; so is one
    that reads as a known word with an ending ("backfills") or as two known words written as
    one ("styleguides"), unless the dictionary spells that ending otherwise ("commiting") or the
    word one slip away is far commoner than the rarer of the two ("maintenace": "tenace").

    Examples
    --------
    >>> [likely_typo(w) for w in ["organisation", "favourably", "Wiling", "acurate", "Leverages"]]
    [None, None, 'willing', 'accurate', None]
    >>> likely_typo("organization", "en-US"), likely_typo("colour", "en-US")
    (None, None)
    >>> likely_typo("commiting"), likely_typo("maintenace"), likely_typo("sharding")
    ('committing', 'maintenance', None)
    """
    sp = _speller()
    w = word.lower().removesuffix("'s").removesuffix("'")
    if known(w) or any(known(f) for f in american_forms(w)):
        freq = sp.word_usage_frequency(w) if w in sp else 1.0
        if freq >= RARE or w in VOCABULARY:
            return None
        # a rare inflection is as common as its base ("reuses" as "reuse")
        freq = max(freq, _base_frequency(w))
        nearby = sp.known(sp.edit_distance_1(w)) - {w}
        nearby = {
            n for n in nearby if not _inflection(w, n) and not _inflection(n, w) and _slip(w, n)
        }
        best = max(nearby, key=sp.word_usage_frequency, default=None)
        if best and sp.word_usage_frequency(best) >= COMMONER * max(freq, 1e-12):
            return best
        return None
    # a typo sits one slip from a common word; a word far from any is a coinage or a name
    nearby = {c for c in sp.known(sp.edit_distance_1(w)) if c != w and _plausible(w, c)}
    # a long word one slip from a known word is a typo even of a less common one ("utomation")
    floor = RARE if len(w) >= LONG else COMMON
    common = [c for c in nearby if sp.word_usage_frequency(c) >= floor]
    # the likeliest slip: a letter dropped, extra or swapped before one changed, then the
    # commonest word ("releate" is "relate" with an extra letter, not "release" changed)
    fix = max(
        common,
        key=lambda c: (_edit(w, c)[0] != "changed", sp.word_usage_frequency(c)),
        default="",
    )
    # a known word with an ending ("backfills"), or two known words ("styleguides"), is a
    # word, unless the dictionary spells that ending otherwise ("commiting") or the slip's word
    # is far commoner than the rarer of the two ("maintenace": "main" + "tenace")
    if respelt := _respelt(w, common):
        fix = respelt
    elif _base_known(w) or (
        (part := _compound(w)) and not (fix and sp.word_usage_frequency(fix) >= COMMONER * part)
    ):
        return None
    if british_spelling(language) and not fix:
        # a British word one slip away ("behavour" -> "behaviour"), by its American form
        gb = {c: american(c) for c in sp.edit_distance_1(w) if _plausible(w, c)}
        gb = {c: us for c, us in gb.items() if us != c and us in sp}
        fix = max(gb, key=lambda c: sp.word_usage_frequency(gb[c]), default="")
        return fix if fix and sp.word_usage_frequency(gb[fix]) >= COMMON else None
    if not fix:
        return None
    return _british_form(fix) if british_spelling(language) else fix


def run_together(word: str) -> str | None:
    """The two words that ``word`` runs together ("and constructive"), or None.

    A word the dictionary does not know is two words run together when it splits into a known
    word and a function word that never forms compounds (:data:`~compkit.checks.words.JOINERS`:
    "and", "the", "before", "with" ..., not the particles and prefixes "over", "out", "up",
    "back", "in" that do: "failover", "rollout", "backfills") -- "andconstructive",
    "othersbefore", "inthe" -- or, written in lower case with one capital inside, into a
    common word of six letters or more and a capitalised common word ("environmentExamples": a
    sentence or a heading joined on). A compound of two content words ("styleguides",
    "runbooks") is a coinage, not a slip; a name or an identifier starting with a capital
    ("PowerPoint", "DevOps") or with a short lower-case part ("iOS", "eLearning", "macOS",
    "camelCase", "firstName") is neither.

    Examples
    --------
    >>> [run_together(w) for w in ["andconstructive", "othersbefore", "environmentExamples"]]
    ['and constructive', 'others before', 'environment Examples']
    >>> [run_together(w) for w in ["styleguides", "failover", "eLearning", "camelCase", "and"]]
    [None, None, None, None, None]
    """
    if camel := _CAMEL.fullmatch(word):
        head, tail = camel.group(1), camel.group(2)
        joined = (head + tail).lower()
        parts = (head, tail.lower())
        if not _unknown(joined) or not all(_frequency(x) >= COMMON for x in parts):
            return None
        return f"{head} {tail}" if all(map(known, parts)) or _base_known(parts[1]) else None
    w = word.lower()
    if not w.isalpha() or not _unknown(w):
        return None
    splits = [
        (min(_frequency(w[:k]), _frequency(w[k:])), k)
        for k in range(2, len(w) - 1)
        if (w[:k] in JOINERS or w[k:] in JOINERS) and _word(w[:k]) and _word(w[k:])
    ]
    if not splits:
        return None
    k = max(splits)[1]
    return f"{word[:k]} {word[k:]}"


#: A word in lower case with one capital inside: a word of six letters or more, then a
#: capitalised one ("environmentExamples").
_CAMEL = re.compile(r"([a-z]{6,})([A-Z][a-z]{2,})")


def _unknown(w: str) -> bool:
    """Whether the dictionary knows ``w`` in no spelling and with no regular ending."""
    return not (known(w) or any(known(f) for f in american_forms(w)) or _base_known(w))


def _word(part: str) -> bool:
    """Whether a part of a run-together word is a word.

    A joiner, a short function word ("in"), or a known word of three letters or more.
    """
    if part in JOINERS or part in _SHORT:
        return True
    return len(part) >= 3 and (known(part) or _base_known(part))


#: Short function words that run into a joiner ("inthe", "onthe", "bythe").
_SHORT = frozenset(("as", "at", "by", "in", "is", "it", "of", "on", "to"))


_US_TO_GB = (("or", "our"), ("iz", "is"), ("yz", "ys"), ("ter", "tre"), ("og", "ogue"))


#: Endings before which British English writes -or- as American does: "rigorous", "humorous",
#: "honorary", "honorific", "coloration", "invigorate", "colorimeter" (Oxford).
_OR_KEPT = re.compile(r"our(?:i?ous|ary|ific|ation|ate|imet)")


def _british_form(word: str) -> str:
    """The British spelling of an American form ("behavior" -> "behaviour"), or the word."""
    for us, gb in _US_TO_GB:
        for m in re.finditer(us, word):
            form = word[: m.start()] + gb + word[m.end() :]
            if gb == "our" and _OR_KEPT.match(form, m.start()):
                continue
            if word in american_forms(form):
                return form
    return word
