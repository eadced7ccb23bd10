"""The holder named or implied past an opening, for the voice of statements (rule T007).

Two readings :mod:`compkit.checks.voice` leaves to this module, both about the holder's own
third person: a subject pronoun that names the holder ("he/she checks ...", "he or she finds
...", "s/he briefs ..."), at the start or after a lead-in with no comma ("During visits to the
yard he/she asks ..."), as translated and American frameworks write; and a phrase opened by a
preposition and closed by no comma before the holder's verb ("In terms of safety adapts the
method ...", "At the end of each shift writes up the log"). Both are read only for statements
that read in no voice otherwise. A third: a verb compounded with a modifier and written open
("Reverse engineers malware samples and enumerates attack paths", "Reverse shadows trainees and
helps calibrate their feedback"), which reads as a bare verb ("Reverse") or a noun phrase
("Reverse engineers") though the holder's verb after "and" shows whose voice it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "he/she", "she/he", "s/he", "he or she", "she or he": the holder, as "Plans ..." is.
_PRONOUN = r"(?:[Hh]e\s?/\s?she|[Ss]he\s?/\s?he|[Ss]/he|[Hh]e or she|[Ss]he or he)"
#: A statement opening with the holder's pronoun, then a word in lower case.
HOLDER_PRONOUN = re.compile(rf"^{_PRONOUN}\s+[a-z]")
# The pronoun inside the first clause, after up to seven words with no comma.
_SUBJECT = re.compile(rf"^((?:[A-Za-z][\w'/&()-]*\s+){{1,7}}?){_PRONOUN}\s+([a-z][\w-]*)")
#: Words that end a first clause before the pronoun ("... and he/she", "... whether he/she").
_LINKS = frozenset("and or but so because yet then nor that which who whom whether if".split())  # noqa: SIM905
# Prepositions that open a phrase before the main clause.
_PREPOSITIONS = frozenset(
    """in on at by for from during through throughout under within across with without after
    before upon""".split()  # noqa: SIM905
)
# Words that may follow a verb: its object's or complement's first word ("adapts the method",
# "writes up the log", "reports to the board"); a plural noun ending a phrase is rarely
# followed by one of them without a comma, and a verb nearly always is.
_AFTER_VERB = frozenset(
    """the a an their his her its our your my to up on out with for in into about all any each
    every this that these those new own more other others them it clear""".split()  # noqa: SIM905
)
_THIRD = re.compile(r"^[a-z-]*[^sui'\W]s$")
# A capitalised word, a word in -s (not -ss, -us, -is) and the word after it; then, in the same
# sentence, "and" and a word in -s again, the second verb of the holder ("and enumerates").
_COMPOUND = re.compile(
    r"^[A-Z][a-z]+\s+([a-z]+[^sui'\W]s)\s+([a-z][\w-]*)\b[^.;:!?]*?\band\s+"
    r"(?:(?:also|then|often|always)\s+)?([a-z]+[^sui'\W]s)\b"
)
# Endings of nouns whose plural reads as a verb in the third person ("responsibilities"); not
# "-er" and "-or", which verbs share ("engineers", "mentors", "monitors").
_NOUN_ENDS = ("ment", "ness", "tion", "sion", "ance", "ence", "ity", "ship", "ist")


def pronoun_subject(head: str, *, not_verbs: frozenset[str]) -> bool:
    """Whether the holder's pronoun is the subject of a statement's first clause.

    Examples
    --------
    >>> nv = frozenset({"the", "of", "to"})
    >>> [pronoun_subject(t, not_verbs=nv) for t in ["During visits he/she asks why",
    ...     "Asks whether he/she needs help", "Plans and he or she acts", "Visits the he/she"]]
    [True, False, False, False]
    """
    m = _SUBJECT.match(head)
    if not m:
        return False
    before = m.group(1).lower().split()
    return not (_LINKS.intersection(before) or before[-1] in not_verbs or m.group(2) in not_verbs)


def verb_after_phrase(
    head: str, *, is_verb: Callable[[str], bool], not_verbs: frozenset[str]
) -> bool:
    """Whether a statement opens with a prepositional phrase, no comma, then the holder's verb.

    The verb is a word in the third person whose bare form is a verb, after a word that can
    end a phrase (not "of", "the", nor a word in -ing) and before one that can follow a verb
    ("the", "up", "to" ...): "In terms of safety adapts the method", not "In depth knowledge
    of lifting systems".

    Examples
    --------
    >>> ok = lambda w: w in {"adapt", "write", "system", "listen"}
    >>> nv = frozenset({"the", "of", "to", "with", "in"})
    >>> [verb_after_phrase(t, is_verb=ok, not_verbs=nv) for t in [
    ...     "In terms of safety adapts the method", "At the end of each shift writes up the log",
    ...     "In depth knowledge of lifting systems", "In meetings with managers listens to all",
    ...     "Plans the work"]]
    [True, True, False, True, False]
    """
    words = head.split()
    if len(words) < 4 or words[0].lower() not in _PREPOSITIONS:
        return False
    for k in range(2, min(len(words) - 1, 9)):
        word, prev = words[k], words[k - 1].lower().strip(",;()")
        nxt = words[k + 1].lower().strip(",;()")
        if not _THIRD.match(word) or prev in not_verbs or prev.endswith("ing"):
            continue
        if nxt not in _AFTER_VERB:
            continue
        base = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        bases = [base, word[:-2]] if word.endswith("es") else [base]
        if any(is_verb(b) for b in bases):
            return True
    return False


def _holder_verb(word: str, is_verb: Callable[[str], bool]) -> bool:
    """Whether ``word`` (in -s) is a verb in the third person, not a noun's plural."""
    base = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if base.endswith(_NOUN_ENDS):
        return False
    return is_verb(base) or (word.endswith("es") and is_verb(word[:-2]))


def compound_verb(head: str, *, is_verb: Callable[[str], bool], not_verbs: frozenset[str]) -> bool:
    """Whether a statement opens with a compound verb written open, the holder's by its "and".

    The first word is a modifier, the second the holder's verb in the third person, followed
    by its object (not a function word: "Regular updates and reports" is a list of nouns),
    and "and" later in the sentence joins a second verb of the same form: "Reverse engineers
    malware samples and enumerates attack paths".

    Examples
    --------
    >>> ok = lambda w: w in {"engineer", "enumerate", "shadow", "help", "update", "report"}
    >>> nv = frozenset({"and", "to", "the", "with"})
    >>> [compound_verb(t, is_verb=ok, not_verbs=nv) for t in [
    ...     "Reverse engineers malware samples and enumerates attack paths",
    ...     "Reverse shadows trainees and helps calibrate their feedback",
    ...     "Regular updates and reports to the board", "Regular updates to the board and reports",
    ...     "Reverse engineers malware samples. Writes and enumerates paths"]]
    [True, True, False, False, False]
    """
    m = _COMPOUND.match(head)
    if not m or m.group(2).lower() in not_verbs or head.split()[0].lower() in not_verbs:
        return False
    return _holder_verb(m.group(1), is_verb) and _holder_verb(m.group(3), is_verb)
