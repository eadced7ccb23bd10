"""Spelling rules (T): misspellings, one word spelt two ways, doubled words, confused words.

The dictionary is pyspellchecker's English word list (shipped inside the PyPI package, with word
frequencies), read in the framework's ``language``: an ``en-GB`` framework's British spellings
(-ise, -yse, -our, -tre, -mme, -ence, -lled, ...) are correct, and so are an ``en-US``
framework's American ones; no rule suggests the other language's form. Word lists are in
:mod:`compkit.checks.words`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache
from itertools import pairwise

import pandas as pd

from .._words import plural
from .context import Context
from .registry import rule
from .words import CONFUSED, DOUBLE_OK, GB_DISTINCT, GB_TO_US, VOCABULARY

#: A known word this rare, next to a one-letter edit this many times commoner, is a typo.
RARE, COMMONER = 1.5e-7, 100
#: An unknown word is a typo only next to a word at least this common (else a coinage).
COMMON = 1e-6
#: A word the framework uses in this many statements or more is its own vocabulary (T005).
OWN_WORD = 2

_WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
_COMPOUND = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+(\1)\b", re.IGNORECASE)
_INFLECTIONS = ("s", "es", "d", "ed", "ing", "r", "er", "ers")


@cache
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


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
    forms = {p.sub(r, word) for p, r in GB_TO_US} - {word}
    whole = word
    for p, r in GB_TO_US:
        whole = p.sub(r, whole)
    return forms | ({whole} - {word})


def _american(word: str) -> str:
    """The American form of a word, or the word (for grouping spellings of one word)."""
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
    """Whether a word is a common known word with a regular inflection ("backfills")."""
    sp = _speller()
    for end in ("s", "es", "d", "ed", "ing"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            for b in (base, base + "e"):
                if b in VOCABULARY or sp.word_usage_frequency(b) >= RARE:
                    return True
    return word.endswith("ies") and known(word[:-3] + "y")


def _compound(word: str) -> bool:
    """Whether an unknown word is two known words written as one ("styleguides")."""
    return any(
        known(word[:k]) and (known(word[k:]) or _base_known(word[k:]))
        for k in range(3, len(word) - 2)
    )


@lru_cache(maxsize=1 << 16)
def likely_typo(word: str, language: str = "en-GB") -> str | None:
    """A correction when ``word`` is unknown, or a rare word next to a far commoner one.

    Returns None for a correct word. Spelling variants of the other English are accepted, and
    a suggestion is in the given ``language``. An unknown word with no common word one letter
    away is taken for a coinage or a name ("golang", "cruftification"), not a typo.

    Examples
    --------
    >>> [likely_typo(w) for w in ["organisation", "favourably", "Wiling", "acurate", "Leverages"]]
    [None, None, 'willing', 'accurate', None]
    >>> likely_typo("organization", "en-US"), likely_typo("colour", "en-US")
    (None, None)
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
        nearby = {n for n in nearby if not _inflection(w, n) and not _inflection(n, w)}
        best = max(nearby, key=sp.word_usage_frequency, default=None)
        if best and sp.word_usage_frequency(best) >= COMMONER * max(freq, 1e-12):
            return best
        return None
    if _base_known(w) or _compound(w):
        return None
    # a typo sits one letter from a common word; a word far from any is a coinage or a name
    fix = sp.correction(w) or ""
    if language.startswith("en-GB") and (not fix or fix == w):
        # a British word one letter away ("behavour" -> "behaviour"), by its American form
        gb = {c: _american(c) for c in sp.edit_distance_1(w)}
        gb = {c: us for c, us in gb.items() if us != c and us in sp}
        fix = max(gb, key=lambda c: sp.word_usage_frequency(gb[c]), default="")
        return fix if fix and sp.word_usage_frequency(gb[fix]) >= COMMON else None
    if not fix or fix == w or sp.word_usage_frequency(fix) < COMMON:
        return None
    return _british_form(fix) if language.startswith("en-GB") else fix


_US_TO_GB = (("or", "our"), ("iz", "is"), ("yz", "ys"), ("ter", "tre"), ("og", "ogue"))


def _british_form(word: str) -> str:
    """The British spelling of an American form ("behavior" -> "behaviour"), or the word."""
    for us, gb in _US_TO_GB:
        for m in re.finditer(us, word):
            form = word[: m.start()] + gb + word[m.end() :]
            if word in american_forms(form):
                return form
    return word


def _own_words(ctx: Context) -> set[str]:
    """Words the framework uses in ``OWN_WORD`` statements or more (its own vocabulary)."""
    words = ctx.indicators["text"].str.lower().str.findall(_WORD.pattern).map(set)
    counts = pd.Series([w for ws in words for w in ws]).value_counts()
    return set(counts[counts >= OWN_WORD].index)


@rule("T005", "misspelling", "warning")
def misspelling(ctx: Context):
    """A word is misspelt.

    **What it does.** Checks every word against an English dictionary that ships with the
    package (pyspellchecker) and a list of workplace and technology terms it lacks ("roadmap",
    "lifecycle"), in the framework's ``language``: spelling variants (British -ise, -our, -tre,
    -mme or American -ize, -or, -er) are not misspellings, and a suggestion is in the
    framework's own English. Regular inflections of known words ("backfills"), the
    framework's proper nouns, words with inner capitals ("iOS"), words it uses in two
    statements or more, and ``rules: {allow_words: [...]}`` are accepted. A real but rare
    word (frequency < 1.5e-7) one letter away from a word 100 times commoner, and not an
    inflection of it, is flagged too ("Wiling" for "Willing"). Real words in the wrong place
    are rule T010's; one word spelt two ways is rule T009's.

    **Why it matters.** Typos undermine a document that sets standards for staff.

    **Example.** "Wiling to lead the team".

    **Fix.** Correct the word, or add it to ``allow_words`` if it is a name or a term of art.
    """
    proper = ctx.proper_nouns
    own = _own_words(ctx)
    seen: dict[str, str | None] = {}
    for r in ctx.indicators.itertuples(index=False):
        done: set[str] = set()
        for i, m in enumerate(_WORD.finditer(r.text)):
            word = m.group(0)
            lower = word.lower()
            if (
                word in proper
                or (i > 0 and word[0].isupper())
                or any(c.isupper() for c in word[1:])
                or len(word) < 3
                or lower in own
                or lower in done
            ):
                continue
            if lower not in seen:
                seen[lower] = likely_typo(word, ctx.fw.language)
            fix = seen[lower]
            if fix is not None:
                done.add(lower)
                hint = f"; did you mean '{fix}'?" if fix and fix != lower else ""
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": word,
                    "message": f"'{word}' looks misspelt{hint}",
                }


@rule("T013", "doubled-word", "warning")
def doubled_word(ctx: Context):
    """A word is written twice in a row ("to to develop").

    **What it does.** Finds a word repeated straight after itself, in any case, except the
    few doubles that are grammatical ("that that", "had had").

    **Why it matters.** A doubled word is a typing slip that a spell-checker passes, and a
    reader stumbles on it.

    **Example.** "You can estimate how long it will take to to develop a feature".

    **Fix.** Delete one of the two.
    """
    for r in ctx.indicators.itertuples(index=False):
        for m in _DOUBLED.finditer(r.text):
            if m.group(1).lower() not in DOUBLE_OK:
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": m.group(0),
                    "message": f"'{m.group(0)}': the word '{m.group(1)}' is written twice",
                }


def _british(form: str) -> bool:
    """Whether a form is the British one of its spellings (-ise, -our, -tre, judgement)."""
    return _american(form) != form


@lru_cache(maxsize=1 << 16)
def _variant_key(form: str, language: str) -> str:
    """One key for the spellings of a word: no hyphens or spaces, American, 'judgment'.

    In en-GB text, words whose British forms are two words (programme, program) keep apart.
    """
    joined = form.replace("-", "").replace(" ", "")
    if language.startswith("en-GB") and GB_DISTINCT.search(joined):
        return joined
    return _american(joined)


def _forms(texts: list[tuple[str, str]], language: str) -> dict[str, dict[str, list[str]]]:
    """``{key: {form: [indicator ids in order]}}`` over single, hyphenated and split words."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    split_pairs: list[tuple[str, str, str]] = []
    for ident, text in texts:
        words = [w.lower().removesuffix("'s") for w in _COMPOUND.findall(text)]
        for w in words:
            found[_variant_key(w, language)][w].append(ident)
        split_pairs += [(ident, a, b) for a, b in pairwise(words)]
    joined = {k for k, forms in found.items() if any("-" in f for f in forms)}
    for ident, a, b in split_pairs:
        if (key := _variant_key(a + b, language)) in joined and "-" not in a + b:
            found[key][f"{a} {b}"].append(ident)
    return found


@rule("T009", "inconsistent-spelling", "warning")
def inconsistent_spelling(ctx: Context):
    """One word is spelt two ways in the framework.

    **What it does.** Groups the words of all statements by a spelling key (hyphens and spaces
    dropped, -ise/-ize, -our/-or, -tre/-ter and judgement/judgment made one), and flags each
    statement that uses a less common form of a word spelt more than one way ("Pro-actively"
    where "Proactively" is the usual form; on a tie, the form of the framework's ``language``
    is the usual one, then the form used first). In en-GB text, "programme" and "program"
    (and "licence" and "license") are two words, not two spellings.

    **Why it matters.** Mixed spellings read as careless, and break search and comparison
    across the framework.

    **Example.** "Pro-actively develops links" with "Proactively works" elsewhere; "good
    judgement" and "their judgment".

    **Fix.** Use the framework's usual spelling everywhere.
    """
    ind = ctx.indicators
    language = ctx.fw.language
    forms = _forms(list(zip(ind["indicator_id"], ind["text"], strict=True)), language)
    order = {ident: k for k, ident in enumerate(ind["indicator_id"])}
    gb = language.startswith("en-GB")
    for variants in forms.values():
        if len(variants) < 2:
            continue
        # the usual form: most occurrences, then the framework's English, then the first used
        usual = min(
            variants,
            key=lambda f: (-len(variants[f]), _british(f) != gb, order[variants[f][0]]),
        )
        n = plural(len(variants[usual]), "time")
        for form, idents in variants.items():
            if form == usual:
                continue
            for ident in dict.fromkeys(idents):
                yield {
                    "indicator_id": ident,
                    "subject": form,
                    "message": f"'{form}' is spelt '{usual}' elsewhere in the framework ({n})",
                }


@rule("T010", "confused-word", "warning")
def confused_word(ctx: Context):
    """A commonly confused word or phrase: a real word in the wrong place.

    **What it does.** Matches a short, documented list of confusions that a dictionary cannot
    see and that are wrong in any framework, in British or American English: "thrives to"
    (strives to), "has to why" (as to why), "in to account" (into account), the noun
    "practise" after a determiner or adjective (practice), "other's" not after
    each/one/an/the/every (others'), a plural possessive without its apostrophe ("service
    users views"), "could of" (could have), "it's own" (its own), "there own" (their own),
    "each others" (each other's) and "per say" (per se).

    **Why it matters.** These slips survive spell-checkers and change or blur the meaning.

    **Example.** "Thrives to be creative in their work".

    **Fix.** Use the suggested wording.
    """
    for r in ctx.indicators.itertuples(index=False):
        for pattern, repl, why in CONFUSED:
            for m in pattern.finditer(r.text):
                fix = m.expand(repl)
                fix = fix[0].upper() + fix[1:] if m.group(0)[0].isupper() else fix
                yield {
                    "indicator_id": r.indicator_id,
                    "subject": m.group(0),
                    "message": f'"{m.group(0)}" should read "{fix}" ({why})',
                }
