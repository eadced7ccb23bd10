"""The ``levels`` and ``polarity`` hints inside the PDF reader: the user's names, whatever words.

A PDF table's header is found by its cells' words (:mod:`compkit.ingest.pdfheads`): a row of
names no word list knows ("Spark | Kindle | Flame | Blaze") reads as no header, and its cells
run together as lines. The user who names the levels (``levels=[...]``, ``--levels``) tells
what the words cannot: :func:`levels_given` holds the names while a PDF is read, and a header
row of two or more of them, in the order given, heads a table (:func:`given_header`). So
with the label of the ineffective side (``polarity="Need Indicators"``): :func:`side_of`
reads it as that side wherever the PDF reader asks a label's polarity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .blocks import clean
from .labels import polarity_of

__all__ = ["given_count", "given_header", "levels_given", "side_of"]

_GIVEN: ContextVar[tuple[str, ...]] = ContextVar("pdf_levels_given", default=())
_SIDE: ContextVar[str] = ContextVar("pdf_side_given", default="")


@contextmanager
def levels_given(levels: list[str] | None, negative: str | None = None) -> Iterator[None]:
    """Hold the level names and ineffective side's label the user gave while a PDF is read.

    None given: the reader goes as before.

    Examples
    --------
    >>> with levels_given(["Spark", "Kindle"]):
    ...     given_header(["Spark", "Kindle"])
    True
    >>> given_header(["Spark", "Kindle"])
    False
    """
    names = tuple(dict.fromkeys(_key(n) for n in levels or () if isinstance(n, str) and _key(n)))
    token, side = _GIVEN.set(names), _SIDE.set(_key(negative) if negative else "")
    try:
        yield
    finally:
        _GIVEN.reset(token)
        _SIDE.reset(side)


def _key(text: str) -> str:
    return " ".join(clean(text).split()).casefold()


def given_header(texts: list[str]) -> bool:
    """Whether a header's cells are two or more of the levels given, in the order given.

    >>> with levels_given(["Spark", "Kindle", "Flame"]):
    ...     given_header(["Spark", "Flame"]), given_header(["Flame", "Spark"])
    (True, False)
    >>> with levels_given(["Spark", "Kindle", "Flame"]):
    ...     given_header(["Spark", "Notes"])
    False
    """
    names = _GIVEN.get()
    if len(texts) < 2 or not names:
        return False
    ranks = [names.index(k) if (k := _key(t)) in names else -1 for t in texts]
    return min(ranks) >= 0 and ranks == sorted(set(ranks))


def given_count(line: str) -> int:
    """How many of the levels given a line names, each as whole words (0 with none given).

    The ineffective side's label given counts too, and the other side's beside it:

    >>> with levels_given(["Spark", "Kindle", "Flame"]):
    ...     given_count("Skill   Spark   Kindle   Flame"), given_count("Sparkle and kindling")
    (3, 0)
    >>> with levels_given(None, "Need Indicators"):
    ...     given_count("Strength Indicators    Need Indicators")
    2
    """
    text, side = _key(line), _SIDE.get()
    named = sum(bool(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)) for n in _GIVEN.get())
    if side and side in text:  # the side given beside the other: "Strength | Need Indicators"
        named += 1 + bool(polarity_of(text.replace(side, " ")))
    return named


def side_of(text: str) -> str | None:
    """A label's polarity (:func:`~compkit.ingest.labels.polarity_of`), the side given too.

    >>> side_of("Need Indicators") is None
    True
    >>> with levels_given(None, "Need indicators"):
    ...     side_of("Need Indicators"), side_of("Strength Indicators")
    ('ineffective', 'effective')
    """
    side = _SIDE.get()
    return "ineffective" if side and _key(text).rstrip(":") == side else polarity_of(text)
