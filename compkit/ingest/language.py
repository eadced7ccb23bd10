"""Guess a framework's English, British or American, from the spellings its text uses.

Words spelt one way in British and another in American English are counted: organise and
organisation, analyse, behaviour, centre, programme, travelling, licence, defence on one side;
organize, analyze, behavior, center, program, traveling, defense, fulfill on the other. The
pairs are not listed here by document: a British form is a word whose American form (by the
spelling patterns, :data:`compkit.framework.spellings.BRITISH_TO_AMERICAN`) is a common word of
the checker's American word list while the word itself is rare there; an American form is a common
word that is the American form of such a British word. -ize on its own is weak evidence: Oxford
spelling (organization with behaviour, analyse, centre) is British. The guess comes with the
words it rests on and a confidence; ``language=`` overrides it.

A framework not written in English (:mod:`compkit.ingest.tongue` tells by its script or its
little words) gets its own language's tag ("fr", "ja", "nl") instead, with the words it rests on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .tongue import TongueGuess, guess_tongue

__all__ = ["LanguageGuess", "guess_language"]

#: The language assumed when the text has no telling spelling.
DEFAULT = "en-GB"
_WORD = re.compile(r"[A-Za-z]+")
#: -ize words whose -ise form is no British word (size, prize, seize, capsize, downsize).
_IZE = re.compile(r"^([a-z]{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$")
_NOT_IZE = re.compile(r"size[ds]?$|sizing$|^seiz|^priz")
#: Endings before which British English drops the u of -our as well (humorous, honorary).
_OUR_DROPS_U = re.compile(r"i?ous|ary|ific|ation|i[sz]|ate|ator")  # laboratory, collaborator
#: American forms whose British form the checker's patterns reach only by a word list.
_US_ONLY = {
    "center": "centre", "centers": "centres", "centered": "centred", "centering": "centring",
    "theater": "theatre", "theaters": "theatres", "fiber": "fibre", "fibers": "fibres",
    "liter": "litre", "liters": "litres", "caliber": "calibre", "somber": "sombre",
    "specter": "spectre", "luster": "lustre", "meager": "meagre", "saber": "sabre",
    "defense": "defence", "offense": "offence", "pretense": "pretence",
    "fulfill": "fulfil", "fulfills": "fulfils", "fulfillment": "fulfilment",
    "enroll": "enrol", "enrolls": "enrols", "enrollment": "enrolment",
    "skillful": "skilful", "willful": "wilful", "program": "programme", "programs": "programmes",
    "judgment": "judgement", "judgments": "judgements",
}  # fmt: skip
#: Forms that mean a different word in British English too (a computer program, a court's
#: judgment) and are the usual spelling in Australian and Canadian English, which spell the
#: British way otherwise: counted, as half a word, only beside other American spellings.
_WEAK = {"program", "programs", "judgment", "judgments"}
#: The American word list's frequency below which a British form is rare there, and from
#: which a word is known (the list's rarest words are seen about 3e-8).
_RARE, _KNOWN = 2e-7, 2e-8


@dataclass(frozen=True)
class LanguageGuess:
    """The English a text is written in, how sure the guess is, and the words it rests on."""

    tag: str
    confidence: float
    british: dict[str, int] = field(default_factory=dict)
    american: dict[str, int] = field(default_factory=dict)
    oxford: bool = False
    mixed: bool = False  # a fifth or more of the evidence is the other English
    uncounted: dict[str, int] = field(default_factory=dict)  # "programs" with no other American
    tongue: TongueGuess | None = None  # the other language the text is written in, if not English

    def describe(self) -> str:
        """One sentence for the ingest report: the guess and its evidence."""
        if self.tongue is not None:
            return self.tongue.describe()

        def shown(words: dict[str, int]) -> str:
            top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
            return ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in top) or "none"

        aside = (
            f"; not counted: {shown(self.uncounted)} (Australian and Canadian English spell "
            "them so too)"
            if self.uncounted
            else ""
        )
        if not self.british and not self.american:
            return (
                f"language {self.tag} assumed: no word is spelt differently in British and "
                f"American English{aside} (give --language; language= in Python)"
            )
        side = "American" if self.tag == "en-US" else "British"
        kind = (
            "Oxford spelling (-ize with British -our, -yse, -tre)"
            if self.oxford
            else f"mixed spellings, {side} the more frequent"
            if self.mixed
            else f"{side} spellings"
        )
        return (
            f"language {self.tag} guessed from {kind}: British {shown(self.british)}; "
            f"American {shown(self.american)}{aside} (give --language to override; language= "
            "in Python)"
        )


@lru_cache(maxsize=1 << 14)
def _british_of(word: str) -> tuple[str, str] | None:
    """(family, kind) when ``word`` is a British form: its American form and 'gb'."""
    from ..checks.dictionary import _speller, american

    sp = _speller()
    us = american(word)
    if us == word:
        return None
    mine, theirs = sp.word_usage_frequency(word), sp.word_usage_frequency(us)
    if theirs >= _KNOWN and (mine < _RARE or theirs > 2 * mine) and theirs > mine:
        return us, "gb"
    return None


@lru_cache(maxsize=1 << 14)
def _american_of(word: str) -> tuple[str, str] | None:
    """(British form, kind) when ``word`` is a common American form of one, else None.

    The kind is "ize" for -ize words (Oxford spelling has them too), else "us".
    """
    from ..checks.dictionary import _speller, american_forms

    sp = _speller()
    if word in _US_ONLY:
        return _US_ONLY[word], "us"
    mine = sp.word_usage_frequency(word)
    if mine < _KNOWN:
        return None
    candidates = []
    m = _IZE.match(word)
    if m and not _NOT_IZE.search(word):
        candidates.append((f"{m.group(1)}is{m.group(2)}", "ize"))
    for old, new, at in (("yz", "ys", 0), ("or", "our", 0), ("l", "ll", 1)):
        for k in re.finditer(old if not at else r"[aeiou]l(?=[eio])", word):
            if old == "or" and _OUR_DROPS_U.match(word, k.end()):
                continue  # humorous, glamorous, laborious, honorary: British spell them so too
            start = k.start() + at
            candidates.append((word[:start] + new + word[start + len(old) :], "us"))
    for gb, kind in candidates:
        theirs = sp.word_usage_frequency(gb)
        if word in american_forms(gb) and (theirs < _RARE or mine > 2 * theirs) and mine > theirs:
            return gb, kind
    return None


#: A British -ise spelling ("organised", "summarising"), which Oxford spelling writes -ize.
_ISE = re.compile(r"is(?:e[sdr]?|ers|ing|ations?)$")


def guess_language(texts, *, default: str = DEFAULT) -> LanguageGuess:
    """Guess en-GB or en-US from the spellings in ``texts`` (an iterable of strings).

    A text in another language gets that language's tag (:func:`~.tongue.guess_tongue`).

    Examples
    --------
    >>> guess_language(["Organizes the program center", "Analyzes behavior"]).tag
    'en-US'
    >>> guess_language(["Organises the programme", "Analyses behaviour"]).tag
    'en-GB'
    >>> g = guess_language(["Organizes work", "Analyses behaviour in the centre"])
    >>> g.tag, g.oxford
    ('en-GB', True)
    >>> guess_language(["Summarising", "Prioritizes and recognizes the organization"]).tag
    'en-US'
    >>> guess_language(["Leads the team"]).confidence
    0.3

    "program" is American only beside other American spellings: Australian text (AITSL's
    teaching standards) spells it so with British "organise".

    >>> g = guess_language(["Organise content into learning and teaching programs."])
    >>> g.tag, g.uncounted
    ('en-GB', {'programs': 1})
    >>> guess_language(["Organizes the program", "Analyzes behavior"]).american["program"]
    1
    >>> guess_language(["Knows sources such as NIST and MITRE", "Prioritizes the work"]).tag
    'en-US'
    >>> guess_language(["Met les données à disposition des équipes et les documente"]).tag
    'fr'
    """
    texts = [t for t in texts if t]
    if not (tongue := guess_tongue(texts)).english:
        return LanguageGuess(tongue.tag, tongue.confidence, tongue=tongue)
    counts = Counter(  # a word in capitals is a name or an acronym ("NIST and MITRE")
        w.lower() for text in texts for w in _WORD.findall(text or "") if not w.isupper()
    )
    british: Counter[str] = Counter()
    american: Counter[str] = Counter()
    weight = {"gb": 0.0, "us": 0.0, "ize": 0.0, "ise": 0.0}
    for word, n in counts.items():
        if len(word) < 4:
            continue
        if _british_of(word):
            british[word] += n
            weight["gb"] += n
            if _ISE.search(word):  # "summarising": Oxford spelling would write -ize
                weight["ise"] += n
        elif (found := _american_of(word)) is not None:
            american[word] += n
            if word not in _WEAK:
                weight[found[1]] += n
    weak = {w: n for w, n in american.items() if w in _WEAK}
    if weight["us"]:  # other American spellings: "program" is American here too
        weight["us"] += sum(weak.values()) / 2
    else:  # British or Oxford spelling, or none: Australian and Canadian "program"
        american = Counter({w: n for w, n in american.items() if w not in _WEAK})
    uncounted = {} if weight["us"] else weak
    gb, us = weight["gb"], weight["us"] + weight["ize"]
    if not gb and not us:
        return LanguageGuess(default, 0.3, uncounted=uncounted)
    oxford = gb > weight["ise"] and weight["us"] == 0 and weight["ize"] > 0
    tag = "en-GB" if oxford or gb >= us else "en-US"
    mine = gb if tag == "en-GB" else us
    # the share of the evidence on the winning side; Oxford spelling is a little less sure
    share = 0.8 if oxford else mine / (gb + us)
    sure = 1 - math.exp(-mine / 3)  # one word is weak evidence; five are strong
    confidence = round(max(0.35, min(0.95, share**2 * sure + 0.05)), 2)
    return LanguageGuess(
        tag, confidence, dict(british), dict(american), oxford, share < 0.8, uncounted
    )
