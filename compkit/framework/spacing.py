"""Whether a framework's statements are written in words a space parts, so words can be counted.

A language written without spaces between words (Japanese, Chinese, Thai) has no words to
count: "how many words" of a Japanese statement is how many runs of text lie between its few
spaces, a figure that measures nothing. Counting words asks :func:`counts_words` first; the
comparison report and :func:`compkit.framework.summary` give no median words for such a framework.
"""

from __future__ import annotations

__all__ = ["UNSPACED", "counts_words"]

#: Languages written without spaces between words (primary subtags): no words to count.
UNSPACED = frozenset({"ja", "zh", "th", "lo", "km", "my", "bo"})


def counts_words(fw) -> bool:
    """Whether ``fw``'s statements are written in words a space parts (not Japanese, Chinese).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> [counts_words(F(language=t)) for t in ("fr", "ja-JP", "zh_Hant", "")]
    [True, False, False, True]
    """
    primary = (fw.language or "en").replace("_", "-").split("-")[0].strip().lower()
    return primary not in UNSPACED
