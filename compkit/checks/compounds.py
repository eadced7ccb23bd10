"""Compounds written open and hyphenated: a modifier before a noun, or a noun (rule T009).

Compound modifiers take a hyphen before the noun they modify and none elsewhere: "high-quality
code" and "code that peers consider high quality." are one spelling in two places, and
"engineering wide improvements" is "engineering-wide improvements" missing its hyphen.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pandas as pd

#: Words after which a hyphenated compound is not a modifier before a noun ("decision-making
#: and …", "trade-offs between …").
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the and or but nor of to in on at for with by from as is are was were be been "
        "that which who whom whose when where while than so if into onto within across "
        "through via per between among about against without under over",
    )
)


#: Words that open a noun phrase: after one, an open compound not followed by a noun is the
#: noun ("for the long term", "over a long period"), not a modifier missing its hyphen.
_DETERMINERS = frozenset(
    re.findall(
        r"\w+",
        "a an the this that these those its their our your his her my each every any some no",
    )
)


def _uses(form: str, text: str) -> list[tuple[str, str]]:
    """The word before and what follows each use of ``form`` in ``text``.

    The words in lower case ("" before at a statement's start); after it, the next word, ""
    at a sentence's end or a clause's (a comma before a conjunction or a word in -ing: "at
    sector level, participating in ..."), "," before other punctuation.

    Examples
    --------
    >>> _uses("sector level", "Acts at sector level, participating in sector-level bodies.")
    [('at', '')]
    >>> _uses("high quality", "Writes high quality, tested code; values high quality.")
    [('writes', ','), ('values', '')]
    """
    words = r"\s+".join(map(re.escape, form.split()))
    pattern = (
        rf"(?:([A-Za-z']+)\W*?\s+)?(?<![\w-]){words}(?![\w-])['’\")\]]*\s*"
        r"(?:([A-Za-z]+)|([.;!?]|$|,\s+(?:[a-z]+ing|and|or|but|so|which|who|where|while)\b)|.)"
    )
    return [
        (
            (m.group(1) or "").lower(),
            m.group(2).lower() if m.group(2) else "" if m.group(3) is not None else ",",
        )
        for m in re.finditer(pattern, text, re.IGNORECASE)
    ]


def _all_after(uses: list[tuple[str, str]], words: frozenset[str]) -> bool:
    """Whether there are uses and each follows one of ``words``."""
    return bool(uses) and all(prev in words for prev, _ in uses)


def _noun_end(nxt: str) -> bool:
    """What follows a compound used as a noun: a sentence's end or a function word."""
    return nxt == "" or nxt in _FUNCTION_WORDS


def drop_predicative(split: pd.DataFrame, table: pd.DataFrame, texts: list[str]):
    """Split forms that stand as nouns where the hyphenated form is a modifier.

    Compound modifiers take a hyphen before the noun and none elsewhere: "high-quality code"
    and "code that peers consider high quality." (or "built for the long term and ...") are
    one spelling, used in two places. A split form counts as a noun when it ends its sentence
    or a function word follows it; a hyphenated one as a modifier when a word that is not a
    function word follows it. A split form is dropped when it stands as a noun and every
    hyphenated use is a modifier; or when it also follows a determiner ("for the long term
    and", not "the long term plan") and some hyphenated use is a modifier ("a long-term
    project"), even if another hyphenated use is a noun itself ("plan for long-term.").
    """
    if split.empty:
        return split
    hyphened = table[table["form"].str.contains("-", regex=False)]
    modifier: dict[str, list[bool]] = defaultdict(list)
    for key, form, row in zip(hyphened["key"], hyphened["form"], hyphened["row"], strict=True):
        # a plural ("trade-offs introduce ...") is a noun itself, not a modifier
        modifier[key] += [
            bool(nxt) and not _noun_end(nxt) and nxt != "," and not form.endswith("s")
            for _, nxt in _uses(form, texts[row])
        ]
    drop = []
    for key, form, row in zip(split["key"], split["form"], split["row"], strict=True):
        uses, mods = _uses(form, texts[row]), modifier.get(key, [])
        nouns = all(_noun_end(nxt) for _, nxt in uses)
        drop.append(
            nouns and bool(mods) and (all(mods) or (any(mods) and _all_after(uses, _DETERMINERS)))
        )
    return split[~np.array(drop, dtype=bool)]


def attributive_usual(variants: dict[str, list[str]], text_of: dict[str, str]) -> str | None:
    """The hyphenated form of a compound every use of which stands before a noun, or None.

    ``variants`` is rule T009's ``{form: [indicator ids]}`` of one word; ``text_of`` maps ids
    to statements. Where a compound written open and hyphenated only ever modifies a noun
    ("engineering wide improvements" three times, "engineering-wide initiatives" once; "well
    scoped scenarios", "well-scoped milestones"), the hyphen is right however often it is left
    out. A use at a sentence's end, before punctuation or a function word is a noun, and then
    the counts decide, as before.

    Examples
    --------
    >>> text_of = {"a": "Leads engineering wide improvements.", "b": "Runs engineering-wide work."}
    >>> attributive_usual({"engineering wide": ["a", "a"], "engineering-wide": ["b"]}, text_of)
    'engineering-wide'
    >>> text_of["a"] = "Takes part in decision making."
    >>> print(attributive_usual({"decision making": ["a"], "decision-making": ["b"]}, text_of))
    None
    """
    hyphened = [f for f in variants if "-" in f and " " not in f]
    if len(hyphened) != 1 or not all(("-" in f) != (" " in f) for f in variants):
        return None
    for form, idents in variants.items():
        for ident in dict.fromkeys(idents):
            for _, nxt in _uses(form, text_of[ident]):
                if not nxt or _noun_end(nxt) or nxt == ",":
                    return None
    return hyphened[0]
