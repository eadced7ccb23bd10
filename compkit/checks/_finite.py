"""Whether a statement opens with a finite verb that needs a subject ("Have taught ...", "Are ...").

Rule T007 reads a framework's voice (:mod:`compkit.checks.voice`); an opening such as "Are
curious" or "Have taught a class" agrees with "you", "we" or "they" and has no imperative, so
it completes a subject a stem gives ("Engineers at this level:") and standing alone is no
instruction ("Be curious", "Have a plan" are). "Have" and a word in -ed is a present perfect
("Have managed conflict within the team", "Have completed formal training") unless the word
is an adjective before a noun of what a person has ("Have limited insight", "Have detailed
knowledge", "Have varied experience"): then "Have" is the bare verb, and the statement an
instruction.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

__all__ = ["finite", "had_noun"]

_ADVERBS = (
    r"(?:(?:already|always|never|often|also|recently|previously|successfully|consistently)\s+)?"
)
#: "Are", "Were", "Am", or "Have" and a participle: a regular one in -ed, or an irregular one.
_FINITE = re.compile(
    r"^(?:Are|Were|Am|(?:Have|Haven't)\s+" + _ADVERBS + r"(?:[a-z]+ed|"
    r"been|done|had|made|taught|built|led|shown|seen|written|given|taken|known|grown|brought|"
    r"thought|found|held|kept|run|won|spent|sent|met|begun|driven|chosen|spoken|become|come|"
    r"gone|got|gotten|understood|dealt|learnt|overseen|undertaken|fought|sought|bought|"
    r"drawn|read|set|put|mentored|owned)\b)"
)
#: "Have", a word in -ed, and the three words after it ("Have limited insight into changes").
_HAVE_ED = re.compile(r"^(?:Have|Haven't)\s+" + _ADVERBS + r"([a-z]+ed)((?:\s+[a-z][\w'-]*){1,3})")
#: Nouns of what a person has, as "have" takes them with no article: a capacity, a grasp, a
#: view ("Have knowledge of", "Have insight into", "Have experience in"), in the singular and
#: the plural. What one does and then has done ("conflict", "training", "research") is none.
_HAD = frozenset(
    """knowledge understanding insight insights experience experiences awareness expertise
    skill skills ability abilities appreciation grasp command competence competency
    competencies familiarity judgement judgment exposure background proficiency capability
    capabilities capacity confidence perspective perspectives view views opinion opinions
    know-how mastery""".split()  # noqa: SIM905
)
#: Words that open another phrase between the word in -ed and its noun ("Have managed the team").
_OPENS = frozenset(
    """the a an this that these those their his her its our my your them him me us it to with
    in on for at as by from and or up out of into across over under about""".split()  # noqa: SIM905
)


def had_noun(words: str) -> bool:
    """Whether ``words`` open on a noun of what one has, after at most two words describing it.

    >>> had_noun(" insight into it"), had_noun(" technical knowledge of"), had_noun(" conflict")
    (True, True, False)
    >>> had_noun(" the knowledge"), had_noun(" formal training in safeguarding")
    (False, False)
    """
    for word in words.split()[:3]:
        if word in _OPENS:
            return False
        if word in _HAD:
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _adjective_ed(word: str) -> bool:
    """Whether English has an adjective spelt ``word`` ("limited", "detailed")."""
    from lemminflect import getAllLemmas

    return "ADJ" in getAllLemmas(word)


def finite(head: pd.Series) -> pd.Series:
    """Whether each opening is a finite verb that needs a subject (see the module).

    Examples
    --------
    >>> heads = pd.Series(["Have limited insight into it", "Have managed conflict", "Are curious",
    ...                    "Have mentored interns", "Have detailed knowledge", "Have a plan"])
    >>> finite(heads).tolist()
    [False, True, True, True, False, False]
    """
    ed = head.str.extract(_HAVE_ED).dropna()
    key = ed[0] + "|" + ed[1]
    read = {k: _adjective_ed(k.split("|")[0]) and had_noun(k.split("|")[1]) for k in key.unique()}
    adjective = key[key.map(read).astype(bool)].index
    return head.str.contains(_FINITE) & ~head.index.isin(adjective)
