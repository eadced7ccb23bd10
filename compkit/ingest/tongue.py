"""Tell whether a framework is written in English, and if not, in which language.

Two readings, both light (no model, no new dependency):

* the script: letters of a non-Latin script (kana and kanji, hangul, Cyrillic, Arabic, Greek,
  Hebrew, Thai, Devanagari) that make up a third or more of a text's letters name the
  language (``ja``, ``zh``, ``ko``, ``ru``/``uk``, ``ar``/``fa``, ``el``, ``he``, ``th``,
  ``hi``);
* the little words: in Latin script, the function words a language cannot write a sentence
  without (French *les, des, et, pour*; German *und, der, mit*; Dutch *het, een, van*; Spanish
  *el, los, y, para*; Portuguese *os, um, não, com*; Italian *il, della, che, per*) are counted
  against English's (*the, and, of, to*). Words that are also English words (*a, in, on, die,
  also*) are left out of every list, so an English framework's own words never count for
  another language.

A text is not English only when another language's little words outnumber English's two to
one and there are at least :data:`_LEAST` of them: an English framework quoting a French title
stays English. The guess names the words it rests on, with a confidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["TongueGuess", "guess_tongue"]

#: Function words by language (lower case), none of them an English word.
_LITTLE = {
    "en": "the and of to for with is are that this by from their your its be or at it as "
    "they them which who what when has have been were not other others into",
    "fr": "le la les des du en et est une un pour dans sur avec par qui que aux ses sa leur "
    "leurs ce cette ces être sont au ou ne se il elle nous vous votre vos selon afin "
    "lors comme mais très",
    "de": "der das und ist nicht mit von zu dem des ein eine einer eines einen für auf "
    "sich oder werden wird sind bei nach über durch kann können zur zum im vom sowie auch "
    "ihre seine wie",
    "nl": "de het een en van niet met voor op te zijn wordt worden aan bij ook naar kan dat "
    "deze er als zich om hun je jouw jij wat welke zoals",
    "es": "el la los las de del y en que con por para una un es se su sus como más sobre "
    "entre según también",
    "pt": "de da das dos em nas nos que por para uma um se seu sua seus suas ao pelo pela "
    "não como mais sobre entre também é à",
    "it": "il lo la le gli di del della delle dei degli che con non sono nel nella un una "
    "alla si anche tra è",
}
_WORDS = {tag: frozenset(words.split()) for tag, words in _LITTLE.items()}
#: The fewest little words of another language that make a text not English.
_LEAST = 4
_TOKEN = re.compile(r"[^\W\d_]+")
#: Unicode name prefixes of a letter's script, and the language it names.
_SCRIPTS = (
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("HANGUL", "ko"),
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("GREEK", "el"),
    ("HEBREW", "he"),
    ("THAI", "th"),
    ("DEVANAGARI", "hi"),
)
_UKRAINIAN = set("іїєґІЇЄҐ")
_PERSIAN = set("پچژگکی")
#: The share of a text's letters in one script that makes it that script's language.
_SCRIPT_SHARE = 1 / 3


@dataclass(frozen=True)
class TongueGuess:
    """A language guessed from a text: a BCP 47 tag (``"en"`` for English), sure how, on what."""

    tag: str
    confidence: float
    words: dict[str, int] = field(default_factory=dict)
    script: str = ""  # the script named, when the guess rests on letters, not words

    @property
    def english(self) -> bool:
        """Whether the text is English (then :mod:`compkit.ingest.language` tells which)."""
        return self.tag == "en"

    def describe(self) -> str:
        """One sentence for the ingest report: the guess and what it rests on."""
        if self.script:
            why = f"{self.words.get(self.script, 0)} letters of the {self.script.lower()} script"
        else:
            top = sorted(self.words.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
            why = "its words " + ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in top)
        return (
            f"language {self.tag} guessed from {why}: not English, so the English-only checks "
            "will not run (give --language to override; language= in Python)"
        )


def _script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, _ in _SCRIPTS:
        if name.startswith(prefix):
            return prefix
    return "LATIN" if name.startswith("LATIN") else ""


def _by_script(text: str) -> TongueGuess | None:
    """The language a non-Latin script names, when a third of the letters are in it."""
    scripts = Counter(_script_of(ch) for ch in text if ch.isalpha())
    letters = sum(scripts.values())
    if not letters:
        return None
    found = {s: n for s, n in scripts.items() if s not in ("LATIN", "")}
    kana = found.get("HIRAGANA", 0) + found.get("KATAKANA", 0)
    if kana:  # Japanese writes kanji with kana; Chinese has no kana
        found = {"KANA": kana + found.pop("CJK", 0)} | {
            s: n for s, n in found.items() if s not in ("HIRAGANA", "KATAKANA")
        }
    if not found:
        return None
    script, n = max(found.items(), key=lambda kv: kv[1])
    if n < letters * _SCRIPT_SHARE:
        return None
    tag = "ja" if script == "KANA" else dict(_SCRIPTS)[script]
    if tag == "ru" and any(ch in _UKRAINIAN for ch in text):
        tag = "uk"
    if tag == "ar" and any(ch in _PERSIAN for ch in text):
        tag = "fa"
    shown = "KANA AND KANJI" if script == "KANA" else script
    confidence = round(min(0.95, 0.5 + n / letters / 2), 2)
    return TongueGuess(tag, confidence, {shown: n}, shown)


def guess_tongue(texts) -> TongueGuess:
    """Guess the language of ``texts`` (an iterable of strings): ``"en"`` or another's tag.

    Parameters
    ----------
    texts : iterable of str
        The framework's statements, names and descriptions.

    Returns
    -------
    TongueGuess
        ``tag`` is ``"en"`` unless the text is clearly in another language.

    Examples
    --------
    >>> guess_tongue(["Conçoit des tableaux de bord pour les équipes et les partage"]).tag
    'fr'
    >>> guess_tongue(["Leads the team and shares the plan with others"]).tag
    'en'
    >>> guess_tongue(["チームの目標を設定する"]).tag
    'ja'
    >>> guess_tongue(["Werkt samen met het team en deelt de kennis van een project"]).tag
    'nl'
    >>> guess_tongue(["Applies the 'savoir-faire' of the team"]).tag  # a French word or two
    'en'
    """
    texts = [t for t in texts if t]
    joined = "\n".join(texts)
    if (by_script := _by_script(joined)) is not None:
        return by_script
    tokens = [w.lower() for w in _TOKEN.findall(joined)]
    counts = {tag: Counter(w for w in tokens if w in words) for tag, words in _WORDS.items()}
    totals = {tag: sum(c.values()) for tag, c in counts.items()}
    english = totals.pop("en")
    if not totals:
        return TongueGuess("en", 0.5)
    best = max(totals, key=lambda t: (totals[t], t))
    mine = totals[best]
    if mine < _LEAST or mine < 2 * english:
        return TongueGuess("en", 0.5, dict(counts["en"]))
    # a little word of two languages ("de", "en", "que") tells neither: the guess is sure by
    # the words only its language writes, and by how little English stands beside them
    others = set().union(*(w for t, w in _WORDS.items() if t not in ("en", best)))
    own = sum(n for w, n in counts[best].items() if w not in others)
    confidence = 0.4 + 0.55 * min(1.0, own / 10) * (1 - english / mine)
    return TongueGuess(best, round(confidence, 2), dict(counts[best]))
