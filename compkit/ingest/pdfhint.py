"""The ``levels`` hint inside the PDF reader: level names the user gave, whatever their words.

A PDF table's header is found by its cells' words (:mod:`compkit.ingest.pdfheads`): a row of
names no word list knows ("Spark | Kindle | Flame | Blaze") reads as no header, and its cells
run together as lines. The user who names the levels (``levels=[...]``, ``--levels``) tells
what the words cannot: :func:`levels_given` holds the names while a PDF is read, and a header
row of two or more of them, in the order given, heads a table (:func:`given_header`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .blocks import clean

__all__ = ["given_count", "given_header", "levels_given"]

_GIVEN: ContextVar[tuple[str, ...]] = ContextVar("pdf_levels_given", default=())


@contextmanager
def levels_given(levels: list[str] | None) -> Iterator[None]:
    """Hold the level names the user gave while a document is read (none: as before).

    Examples
    --------
    >>> with levels_given(["Spark", "Kindle"]):
    ...     given_header(["Spark", "Kindle"])
    True
    >>> given_header(["Spark", "Kindle"])
    False
    """
    names = tuple(dict.fromkeys(_key(n) for n in levels or () if isinstance(n, str) and _key(n)))
    token = _GIVEN.set(names)
    try:
        yield
    finally:
        _GIVEN.reset(token)


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

    >>> with levels_given(["Spark", "Kindle", "Flame"]):
    ...     given_count("Skill   Spark   Kindle   Flame"), given_count("Sparkle and kindling")
    (3, 0)
    """
    text = _key(line)
    return sum(bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)) for name in _GIVEN.get())
