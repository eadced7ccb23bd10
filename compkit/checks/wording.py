"""How a higher-level statement's words differ from a lower one's: changed, swapped, kept.

The cumulation rules (:mod:`compkit.checks.cumulation`) call a higher statement a repeat or a
restatement of a lower one by their content words; a level that changes or swaps a word of
the lower statement ("with no support" for "with minimal support", "at board level" for "at
peer level"), or a number ("5 years" for "2 years"), is saying how it grows, and these tell
them so.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

import pandas as pd

from .similarity import EXTENDS, ordered_tokens, tokens

#: Stop words that change what a statement asks: "with no support" is not "with minimal
#: support", nor "all teams" "teams", though the content words are the same.
_QUALIFIERS = frozenset(
    ["no", "not", "nor", "never", "all", "any", "every", "more", "most", "only"]
)
_WORDS = re.compile(r"[a-z]+")


def changes_words(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text changes a word of the lower one, though it adds no new word.

    The higher text uses a content word more often than the lower ("high customer
    visibility and high business risk" for "... and medium business risk"), or holds a
    negation or quantity word the lower does not ("with no support" for "with minimal
    support"), or the other way round: a level that changes a word grows, it does not repeat.

    Examples
    --------
    >>> changes_words(
    ...     pd.Series(["Completes tasks with minimal support.", "high visibility, medium risk",
    ...                "Keeps up to date."]),
    ...     pd.Series(["Completes tasks with no support.", "high visibility, high risk",
    ...                "Keeps up to date."])).tolist()
    [True, True, False]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        more = Counter(ordered_tokens(b)) - Counter(ordered_tokens(a))
        marks = set(_WORDS.findall(a.lower())) ^ set(_WORDS.findall(b.lower()))
        found.append(bool(more) or bool(marks & _QUALIFIERS))
    return pd.Series(found, index=lower.index, dtype=bool)


def swaps_words(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text puts a new word where the lower one has a word it drops.

    The content words of the two, in order, are aligned: a lower word the higher text does
    not hold, standing where the higher one has other words ("Communicates ... at peer
    level" and "... at management/board level"; "Contributes to analysis activities" and
    "Completes analysis activities"), is swapped; one left out with nothing in its place
    ("ethics, in-line with the values" and "ethics and values") is not.

    Examples
    --------
    >>> lower = ["Briefs the wider team at peer level.", "Upholds ethics, in-line with values."]
    >>> higher = ["Briefs the wider team at board level.", "Upholds ethics and values, always."]
    >>> swaps_words(pd.Series(lower), pd.Series(higher)).tolist()
    [True, False]
    """
    found = []
    for a, b in zip(lower, higher, strict=True):
        left, right = ordered_tokens(a), ordered_tokens(b)
        blocks = SequenceMatcher(None, left, right, autojunk=False).get_opcodes()
        found.append(
            any(op == "replace" and set(left[i:j]) - set(right) for op, i, j, _, _ in blocks)
        )
    return pd.Series(found, index=lower.index, dtype=bool)


def parallel_wording(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each higher text is the lower one with a word swapped, and so says how it grows.

    It keeps ``EXTENDS`` of the lower text's content words and swaps one or more of the rest
    (:func:`swaps_words`): "Communicates to a wider stakeholder group ... at management/board
    level" a level above "... at peer level" is written in parallel, not restated.
    """
    kept = [
        len(tokens(a) & tokens(b)) / max(len(tokens(a)), 1)
        for a, b in zip(lower, higher, strict=True)
    ]
    near = pd.Series(kept, index=lower.index, dtype=float) >= EXTENDS
    return near & swaps_words(lower, higher)


#: A number and the word after it ("2 years", "GS-13", "3.5 days"): content words leave
#: numbers out, so statements alike but for their numbers would read as the same.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:\s*[%a-z]+)?")


def numbers_within(inner: pd.Series, outer: pd.Series) -> pd.Series:
    """Whether every number of each ``inner`` text, with its word, is in the ``outer`` text.

    "Requires a minimum of 5 years of professional experience" does not repeat "... 2 years
    ...", though every content word of one is in the other; nor is "longer than 3 years"
    inside "between 3 and 5 years".

    Examples
    --------
    >>> numbers_within(pd.Series(["5 years", "Leads", "3 years", "1 and 3 years"]),
    ...     pd.Series(["2 years", "Leads 2", "3 and 5 years", "3 years, 1 and"])).tolist()
    [False, True, False, True]
    """
    found = [
        set(_NUMBER.findall(a.lower())) <= set(_NUMBER.findall(b.lower()))
        for a, b in zip(inner, outer, strict=True)
    ]
    return pd.Series(found, index=inner.index, dtype=bool)
