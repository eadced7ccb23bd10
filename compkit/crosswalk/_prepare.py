"""Prepare statements for matching: the behaviour, without the framework's own phrasing.

Two frameworks phrase the same behaviour differently: "I take responsibility for my own
wellbeing" against "Takes responsibility for their wellbeing", "WSX Mind's values" against "our
organisation's values". Before comparing, the voice stem ("I am able to", "Is able to",
"Where appropriate,") is dropped, first-person and third-person pronouns are made neutral, and
the framework's own names become "the organisation". The statements themselves are never
changed: this is a matching key only. :func:`lemmatise` then reduces every word to its dictionary
form ("manages", "managing", "managed" -> "manage"; "budgets" -> "budget"), so first and third
person, singular and plural meet in every signal (embeddings, TF-IDF, word alignment).
"""

from __future__ import annotations

import re

import pandas as pd

from ..framework.text import normalise

_STEM = re.compile(
    r"^\s*(?:(?:where appropriate|whenever possible|likewise|where possible|if needed),?\s+)*"
    r"(?:(?:i|we)\s+(?:will\s+|can\s+|am\s+|are\s+)?|(?:is|are)\s+|has\s+and\s+)?"
    r"(?:(?:able|willing|keen|confident|comfortable)\s+(?:to|in|using)\s+)?"
    r"(?:must\s+be\s+)?",
    re.IGNORECASE,
)
# Framing verbs at the start of a statement: the holder's stance, not the behaviour itself
# ("I take responsibility for leading ...", "I understand the importance of ...").
_FRAME = re.compile(
    r"^(?:(?:takes?|taking) (?:responsibility|accountability) for|(?:is |am |are )?responsible for|"
    r"(?:is |am |are )?aware (?:of|that)|understands? (?:that|how|the importance of|the need for)|"
    r"recognises? (?:how|that|when|where)|knows? when and how to|seeks? to|"
    r"(?:is |am |are )?committed to|looks? for (?:opportunities|ways) (?:to|where))\s+",
    re.IGNORECASE,
)
_PRONOUNS = {
    r"\b(?:my|our|their|his|her|one's)\b": "own",
    r"\b(?:myself|ourselves|themselves|oneself|himself|herself)\b": "self",
    r"\b(?:your)\b": "own",
    r"\b(?:yourself)\b": "self",
    r"\b(?:I|we|they|me|us|them|you)\b": "",
    r"\bI'm\b": "",
    r"\bown own\b": "own",
}


def org_names(*names: str) -> re.Pattern | None:
    """A pattern for the names a framework uses for its own organisation."""
    names = sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?:'s)?\b", re.IGNORECASE
    )


def prepare(texts: pd.Series, *, names: re.Pattern | None = None) -> pd.Series:
    """The matching key of each statement: stem dropped, pronouns neutral, names generic.

    Examples
    --------
    >>> import pandas as pd
    >>> prepare(pd.Series(["I am able to delegate tasks to my team.",
    ...                    "Is able to vary work methods in line with WSX Mind's policy"]),
    ...         names=org_names("WSX Mind")).tolist()
    ['delegate tasks to own team.', "vary work methods in line with the organisation's policy"]
    """
    s = texts.fillna("").astype(str).map(normalise)
    if names is not None:
        s = s.str.replace(names, "the organisation's", regex=True)
        s = s.str.replace(
            r"the organisation's(?=\s+(?:is|as|to|and|forward|externally)\b)",
            "the organisation",
            regex=True,
        )
        s = s.str.replace(r"the organisation's\s*$", "the organisation", regex=True)
    s = s.str.replace(_STEM, "", regex=True)
    s = s.str.replace(_FRAME, "", regex=True)
    for pattern, repl in _PRONOUNS.items():
        s = s.str.replace(pattern, repl, regex=True, case=False)
    return s.str.replace(r"\s+", " ", regex=True).str.strip(" ,")


def names_of(fw) -> re.Pattern | None:
    """The organisation names of a framework: its organisation, short name and id."""
    return org_names(fw.organisation, fw.short_name, fw.id if len(fw.id) > 2 else "")


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_LEMMAS: dict[str, str] = {}


def _lemma(word: str) -> str:
    low = word.lower().replace("’", "'")
    if low not in _LEMMAS:
        base = low.removesuffix("'s")
        try:
            from lemminflect import getAllLemmas
        except ImportError:  # pragma: no cover - lemminflect is a dependency
            _LEMMAS[low] = base
            return base
        found = getAllLemmas(base)
        for pos in ("VERB", "NOUN", "ADJ", "ADV", "AUX"):
            if found.get(pos):
                base = found[pos][0]
                break
        _LEMMAS[low] = base
    return _LEMMAS[low]


def lemmatise(texts: pd.Series) -> pd.Series:
    """Every word in its dictionary form, lower case (verbs first: "manages" -> "manage").

    Examples
    --------
    >>> import pandas as pd
    >>> lemmatise(pd.Series(["Manages budgets and leads teams", "managing the budget"])).tolist()
    ['manage budget and lead team', 'manage the budget']
    """
    return texts.fillna("").astype(str).str.replace(_WORD, lambda m: _lemma(m.group(0)), regex=True)


def clauses(texts: pd.Series) -> pd.Series:
    """How many behaviours a statement bundles: clauses split at ``and``, commas and stops."""
    parts = texts.fillna("").str.count(r"\band\b|[,;]|\.\s+\w") + 1
    return parts.astype("int64")


__all__ = ["clauses", "lemmatise", "names_of", "org_names", "prepare"]
