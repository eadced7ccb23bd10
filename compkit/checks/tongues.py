"""Which rules hold for a framework not written in English, and the note that says so.

Many of the checker's rules read English: they spell words against English word lists (T005,
T009, T014), know English grammar, linking words and confusables (T006, T007, T010, T016), its
capitals (T004, T008), its negations (S006, S007), its words for scope (P001, P002) and for
values (V002). On a French or Japanese framework they do not find faults, they find French and
Japanese: "'effets' looks misspelt; did you mean 'effects'?". Those rules are not run on a
framework whose ``language`` is not English, and the report says once which and why.

The rules that read structure, ids, numbering, repeats and typography (S001-S005, S008, C001-
C004, P003, T002, T011-T013, T015, T017, V001, V003) run on any language. Scripts written
without spaces between words and without capitals (Japanese, Chinese, Thai ...) leave out two
more: T001 (a capital at the start) and T003 (counting words by spaces). T013 (a word written
twice) runs on any language, with the words each language's grammar writes twice
(:func:`double_allowed`: French "nous nous engageons", Dutch "zorgt dat dat gebeurt").
"""

from __future__ import annotations

import re

from ..framework.tongue import is_english
from .words import DOUBLE_OK

__all__ = [
    "ENGLISH_RULES",
    "UNSPACED_RULES",
    "double_allowed",
    "held_back",
    "is_english",
    "not_run",
    "skipped_note",
]

#: Rules that read English, with what they read.
ENGLISH_RULES = {
    "S006": "reads English negations",
    "S007": "reads English words for behaviours to avoid",
    "P001": "reads English words for scope",
    "P002": "reads English words for scope",
    "T004": "reads English capitals",
    "T005": "reads English word lists",
    "T006": "reads English linking words",
    "T007": "reads English grammar",
    "T008": "reads English capitals",
    "T009": "reads British and American spellings",
    "T010": "reads English confusables",
    "T014": "reads English word lists",
    "T016": "reads English function words",
    "V002": "reads English words for values",
}
#: Rules that count words by spaces or read capitals, which some scripts do not have.
UNSPACED_RULES = {"T001": "reads capital letters", "T003": "counts words parted by spaces"}
#: Languages written without capitals, most without spaces between words.
_UNSPACED = {"ja", "zh", "ko", "th", "lo", "km", "my", "ar", "fa", "ur", "he", "hi", "bn"}
#: Words a language's grammar writes twice in a row (rule T013), by language: a reflexive verb
#: in the first or second person plural ("nous nous engageons", "vous vous assurez"); a
#: conjunction or relative pronoun before the pronoun or article it matches ("zorgt dat dat
#: gebeurt", "collega's die die hulp nodig hebben"; German "das Team, das das Projekt leitet",
#: "wenn sie sie braucht"). English's are in ``words.DOUBLE_OK`` ("that that", "had had").
_DOUBLES = {
    "fr": frozenset({"nous", "vous"}),
    "de": frozenset({"der", "die", "das", "den", "dem", "sie"}),
    "nl": frozenset({"dat", "die"}),
}
#: Where German's doubles open a clause, as they must to be grammar: after the comma German
#: always sets before a relative clause, or after a conjunction ("im Bereich der der
#: Informationssicherheit" is a slip).
_CLAUSE_OPENS = {
    "de": re.compile(r"(?:,|\b(?:dass|wenn|weil|ob|als|da|damit|obwohl|falls|sodass))\s*$", re.I)
}


def not_run(language: str, codes=None) -> dict[str, str]:
    """The rules (of ``codes``, default all) that do not hold in ``language``, with why.

    Examples
    --------
    >>> not_run("en-GB")
    {}
    >>> sorted(not_run("fr", {"T005", "S001"}))
    ['T005']
    >>> not_run("ja", {"T003", "T005"})
    {'T003': 'counts words parted by spaces', 'T005': 'reads English word lists'}
    """
    if is_english(language):
        return {}
    found = dict(ENGLISH_RULES)
    if language.replace("_", "-").split("-")[0].lower() in _UNSPACED:
        found |= UNSPACED_RULES
    return {c: why for c, why in sorted(found.items()) if codes is None or c in codes}


def double_allowed(language: str, word: str, before: str = "") -> bool:
    """Whether ``word`` written twice after the text ``before`` is ``language``'s grammar.

    Rule T013 leaves such a double alone.

    Examples
    --------
    >>> double_allowed("fr-CA", "Nous"), double_allowed("fr", "les")
    (True, False)
    >>> double_allowed("en-GB", "that"), double_allowed("fr", "that"), double_allowed("ja", "")
    (True, False, False)
    >>> double_allowed("de", "das", "Hilft dem Team,"), double_allowed("de", "der", "im Bereich")
    (True, False)
    """
    word = word.lower()
    if is_english(language):
        return word in DOUBLE_OK
    tongue = language.replace("_", "-").split("-")[0].lower()
    if word not in _DOUBLES.get(tongue, ()):
        return False
    opens = _CLAUSE_OPENS.get(tongue)
    return opens is None or bool(opens.search(before))


def skipped_note(language: str, skipped: dict[str, str]) -> str:
    """One sentence for the report: the rules not run on a framework in ``language``, and why.

    Examples
    --------
    >>> print(skipped_note("fr", not_run("fr", {"T005", "T009", "T014", "T007"})))
    language fr is not English, so 4 rules were not run: T005 and T014 (they read English word \
lists), T007 (reads English grammar), T009 (reads British and American spellings); select them, \
or declare the language English (language: en-GB), to run them
    """
    if not skipped:
        return ""
    why: dict[str, list[str]] = {}
    for code, reason in skipped.items():
        why.setdefault(reason, []).append(code)
    shown = ", ".join(
        f"{codes[0]} ({reason})"
        if len(codes) == 1
        else f"{', '.join(codes[:-1])} and {codes[-1]} (they read {reason.split(' ', 1)[1]})"
        if reason.startswith("reads ")
        else f"{', '.join(codes[:-1])} and {codes[-1]} ({reason})"
        for reason, codes in why.items()
    )
    them = "rule was" if len(skipped) == 1 else "rules were"
    return (
        f"language {language} is not English, so {len(skipped)} {them} not run: {shown}; "
        "select them, or declare the language English (language: en-GB), to run them"
    )


def held_back(language: str, codes: set[str], select=None) -> dict[str, str]:
    """The rules of ``codes`` :func:`check <compkit.checks.check>` leaves out in ``language``.

    A rule ``select`` names by its code or name runs all the same: the user asked for it. A
    prefix ("T") does not name a rule.

    Examples
    --------
    >>> sorted(held_back("fr", {"T005", "T009", "S001"}))
    ['T005', 'T009']
    >>> sorted(held_back("fr", {"T005", "T009"}, select="T005 T"))
    ['T009']
    >>> held_back("en-US", {"T005"})
    {}
    """
    from .registry import RULES

    if isinstance(select, str):
        select = select.replace(",", " ").split()
    named = {str(s).strip() for s in select or () if isinstance(s, str)}
    asked = {c for c, r in RULES.items() if c in {n.upper() for n in named} or r.name in named}
    return not_run(language, codes - asked)
