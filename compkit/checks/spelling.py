"""Spelling rules (T): misspellings, one word spelt two ways, commonly confused words.

The dictionary is pyspellchecker's English word list (shipped inside the PyPI package, with word
frequencies), read with British spellings (-ise, -yse, -our, -tre, -mme, -ence, -lled, ...) as
correct.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache
from itertools import pairwise

from .context import Context
from .registry import rule

#: Common words missing from the bundled dictionary.
EXTRA_WORDS = frozenset({"etc", "quo", "multi", "wellbeing", "equalities", "co", "pre", "re"})
#: A known word this rare, next to a one-letter edit this many times commoner, is a typo.
RARE, COMMONER = 1.5e-7, 100

_WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
_COMPOUND = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
_AMERICAN = [
    (re.compile(r"is(ation|ations|ational|e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|al|able)?$"), r"or\1"),
    (re.compile(r"tred$"), "tered"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{4})mme(s)?$"), r"m\1"),
    (re.compile(r"^(def|off|pret)ence(s)?$"), r"\1ense\2"),
    (
        re.compile(
            r"^(travel|counsel|model|label|cancel|signal|level|channel|fuel|equal|marshal"
            r"|quarrel|tunnel|rival)l(ed|ing|er|ers|or|ors)$"
        ),
        r"\1\2",
    ),
    (re.compile(r"^(fulfil|enrol|instal|distil)(ment|ments|s)?$"), r"\1l\2"),
    (re.compile(r"^(skil|wil)ful(ly)?$"), r"\1lful\2"),
    (re.compile(r"dgement(s)?$"), r"dgment\1"),
]
#: Commonly confused words: (pattern, replacement, why). Replacements use the match's groups.
CONFUSED: tuple[tuple[re.Pattern, str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), repl, why)
    for p, repl, why in (
        (r"\bthrive(s|d)? to\b", r"strive\1 to", "'thrive' takes no 'to'; 'strive to' is meant"),
        (r"\bhas to why\b", "as to why", "'as to why' is meant"),
        (r"\b(take|takes|taken|took|taking) in to account\b", r"\1 into account", "one word"),
        (
            r"\b(the|existing|good|best|current|reflective|professional|working|safe|inclusive"
            r"|our|their|my|its) practis(e|es)\b",
            r"\1 practic\2",
            "in British English 'practice' is the noun and 'practise' the verb",
        ),
        (
            r"(?<!\beach )(?<!\bone )(?<!\ban )(?<!\bthe )\bother's\b",
            "others'",
            "a plural possessive: the views of others",
        ),
        (
            r"\b(users|members|others|colleagues|carers|families|partners|clients|patients)"
            r" (views|feelings|needs|wishes|rights|experiences|voices|ideas|opinions|choices)\b",
            r"\1' \2",
            "a plural possessive needs its apostrophe",
        ),
    )
)


@cache
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _american(word: str) -> str:
    """The American form of a British spelling (-ise, -our, -tre, -mme, -lled, ...), or the word."""
    for pattern, repl in _AMERICAN:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=1 << 16)
def likely_typo(word: str) -> str | None:
    """A correction when ``word`` is unknown, or a rare word next to a far commoner one.

    Returns None for a correct word, ``""`` for a misspelling with no suggestion.

    Examples
    --------
    >>> [likely_typo(w) for w in ["organisation", "practise", "Wiling", "acurate"]]
    [None, None, 'willing', 'accurate']
    """
    sp = _speller()
    w = word.lower().removesuffix("'s").removesuffix("'")
    if w in EXTRA_WORDS or w.isupper():
        return None
    american = _american(w)
    if american != w and american in sp:
        return None  # a British spelling
    if w not in sp:
        return sp.correction(w) or ""
    freq = sp.word_usage_frequency(w)
    if freq >= RARE:
        return None
    nearby = sp.known(sp.edit_distance_1(w)) - {w}
    best = max(nearby, key=sp.word_usage_frequency, default=None)
    if best and sp.word_usage_frequency(best) >= COMMONER * max(freq, 1e-12):
        return best
    return None


@rule("T005", "misspelling", "warning")
def misspelling(ctx: Context):
    """A word is misspelt.

    **What it does.** Checks every word against an English dictionary that ships with the
    package (pyspellchecker), reading British spellings (-ise, -our, -tre) as correct and
    allowing the framework's own proper nouns and ``rules: {allow_words: [...]}``. A real but
    rare word (frequency < 1.5e-7) one letter away from a word 100 times commoner is flagged
    too ("Wiling" for "Willing"). Real words in the wrong place are rule T010's.

    **Why it matters.** Typos undermine a document that sets standards for staff.

    **Example.** "Wiling to lead the team".

    **Fix.** Correct the word, or add it to ``allow_words`` if it is a name or a term of art.
    """
    proper = ctx.proper_nouns
    seen: dict[str, str | None] = {}
    for r in ctx.indicators.itertuples(index=False):
        for i, m in enumerate(_WORD.finditer(r.text)):
            word = m.group(0)
            if word in proper or (i > 0 and word[0].isupper()) or len(word) < 3:
                continue
            if word.lower() not in seen:
                seen[word.lower()] = likely_typo(word)
            fix = seen[word.lower()]
            if fix is not None:
                hint = f"; did you mean '{fix}'?" if fix and fix != word.lower() else ""
                yield {"indicator_id": r.indicator_id, "message": f"'{word}' looks misspelt{hint}"}


def _british(form: str) -> bool:
    """Whether a form is the British one of its spellings (-ise, -our, -tre, judgement)."""
    return _american(form) != form


@lru_cache(maxsize=1 << 16)
def _variant_key(form: str) -> str:
    """One key for the spellings of a word: no hyphens or spaces, American, 'judgment'."""
    joined = form.replace("-", "").replace(" ", "")
    return _american(joined)


def _forms(texts: list[tuple[str, str]]) -> dict[str, dict[str, list[str]]]:
    """``{key: {form: [indicator ids in order]}}`` over single, hyphenated and split words."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    split_pairs: list[tuple[str, str, str]] = []
    for ident, text in texts:
        words = [w.lower().removesuffix("'s") for w in _COMPOUND.findall(text)]
        for w in words:
            found[_variant_key(w)][w].append(ident)
        split_pairs += [(ident, a, b) for a, b in pairwise(words)]
    joined = {k for k, forms in found.items() if any("-" in f for f in forms)}
    for ident, a, b in split_pairs:
        if (key := _variant_key(a + b)) in joined and "-" not in a + b:
            found[key][f"{a} {b}"].append(ident)
    return found


@rule("T009", "inconsistent-spelling", "warning")
def inconsistent_spelling(ctx: Context):
    """One word is spelt two ways in the framework.

    **What it does.** Groups the words of all statements by a spelling key (hyphens and spaces
    dropped, -ise/-ize, -our/-or, -tre/-ter and judgement/judgment made one), and flags each
    statement that uses a less common form of a word spelt more than one way ("Pro-actively"
    where "Proactively" is the usual form; on a tie, the British form is the usual one, then
    the form used first).

    **Why it matters.** Mixed spellings read as careless, and break search and comparison
    across the framework.

    **Example.** "Pro-actively develops links" with "Proactively works" elsewhere; "good
    judgement" and "their judgment".

    **Fix.** Use the framework's usual spelling everywhere.
    """
    ind = ctx.indicators
    forms = _forms(list(zip(ind["indicator_id"], ind["text"], strict=True)))
    order = {ident: k for k, ident in enumerate(ind["indicator_id"])}
    for variants in forms.values():
        if len(variants) < 2:
            continue
        # the usual form: most occurrences, then British, then the one used first
        usual = min(
            variants,
            key=lambda f: (-len(variants[f]), not _british(f), order[variants[f][0]]),
        )
        for form, idents in variants.items():
            if form == usual:
                continue
            for ident in dict.fromkeys(idents):
                n = len(variants[usual])
                yield {
                    "indicator_id": ident,
                    "message": f"'{form}' is spelt '{usual}' elsewhere in the framework "
                    f"({n} time{'s' if n > 1 else ''})",
                }


@rule("T010", "confused-word", "warning")
def confused_word(ctx: Context):
    """A commonly confused word or phrase: a real word in the wrong place.

    **What it does.** Matches a short, documented list of confusions that a dictionary cannot
    see: "thrives to" (strives to), "has to why" (as to why), "in to account" (into
    account), the noun "practise" after a determiner or adjective (British "practice"),
    "other's" not after each/one/an/the (others'), and a plural possessive without its
    apostrophe ("service users views").

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
                    "message": f'"{m.group(0)}" should read "{fix}" ({why})',
                }
