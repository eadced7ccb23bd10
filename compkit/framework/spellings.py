"""British and American spellings of one word: the patterns that turn one into the other.

Read by the spelling rules (:mod:`compkit.checks.spelling`, which check each form against a
dictionary) and by the cross-walk, which only needs the two spellings of a word to meet:
:func:`spelling_key` applies every pattern, so "organisation" and "organization",
"programme" and "program", "behaviour" and "behavior" give one key. A word that is not a
British form may be changed too ("promise" -> "promize"), but the same way on both sides, so
two statements still share it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["BRITISH_TO_AMERICAN", "spelling_key"]

#: British -> American spelling patterns, each applied on its own (a word may take one).
BRITISH_TO_AMERICAN: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"is(ation|ations|ational|e|es|ed|ing|er|ers)$", r"iz\1"),
        (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
        (
            r"^(col|behavi|fav|hon|lab|neighb|rum|hum|flav|harb|endeav|vig|sav|val|vap"
            r"|od|arm|clam|parl|splend|tum|rig|cand|ard|glam|demean|misbehavi|dishon|disfav)our",
            r"\1or",
        ),
        (r"tred$", "tered"),
        (r"tre(s)?$", r"ter\1"),
        (r"(?<=[a-z]{4})mme(s)?$", r"m\1"),
        (r"^(def|off|pret|lic)ence(s)?$", r"\1ense\2"),
        (
            r"^(travel|counsel|model|label|cancel|signal|level|channel|fuel|equal|marshal"
            r"|quarrel|tunnel|rival)l(ed|ing|er|ers|or|ors)$",
            r"\1\2",
        ),
        (r"^(fulfil|enrol|instal|distil)(ment|ments|s)?$", r"\1l\2"),
        (r"^(skil|wil)ful(ly)?$", r"\1lful\2"),
        (r"dgement(s)?$", r"dgment\1"),
        (r"ogue(s)?$", r"og\1"),
        # Greek and Latin digraphs and other word-level differences ("sceptical", "paediatric",
        # "oestrogen", "aluminium", "draught", "mould", "plough", "grey", "tyre", "pyjamas")
        (r"^scep", "skep"),
        (r"^(p|h|anh?|encyclop|orthop|leuk|anaesth)ae", r"\1e"),
        (r"^(oe|foe|manoe|diarrhoe)", lambda m: m.group(1).replace("oe", "e")),
        (r"^alumini(um)", r"alumin\1"),
        (r"^draught(s|y)?$", r"draft\1"),
        (r"^(m|sm)ould", r"\1old"),
        (r"^plough", "plow"),
        (r"^grey(s|ed|ing|er|est|ish|ness)?$", r"gray\1"),
        (r"^tyre(s)?$", r"tire\1"),
        (r"^pyjama", "pajama"),
    )
)


@lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """One key for the British and American spellings of a lower-case word.

    Examples
    --------
    >>> [spelling_key(w) for w in ("organisational", "organizational", "programmes", "team")]
    ['organizational', 'organizational', 'programs', 'team']
    """
    for pattern, repl in BRITISH_TO_AMERICAN:
        word = pattern.sub(repl, word)
    return word
