"""The ``levels`` and ``polarity`` hints as the PDF reader asks them: the user's names, any words.

A PDF table's header is found by its cells' words (:mod:`compkit.ingest.pdfheads`): a row of
names no word list knows ("Spark | Kindle | Flame | Blaze") reads as no header, and its cells
run together as lines. The user who names the levels (``levels=[...]``, ``--levels``) tells
what the words cannot: :func:`~compkit.ingest.pdffile.read_pdf` takes the hints as keywords
and hands a :class:`Given` down to whatever reads a header, and a header row of two or more
of the names, in the order given, heads a table (:meth:`Given.header`). So with the label of
the ineffective side (``polarity="Need Indicators"``): :meth:`Given.side` reads it as that
side wherever the PDF reader asks a label's polarity. :data:`NO_HINTS` is no hint given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import clean
from .labels import polarity_of

__all__ = ["NO_HINTS", "Given", "given"]


def _key(text: str) -> str:
    return " ".join(clean(text).split()).casefold()


@dataclass(frozen=True)
class Given:
    """The level names and the ineffective side's label the user gave, as header keys.

    Make one with :func:`given`; ``Given()`` (:data:`NO_HINTS`) is none given, and the
    reader goes as without hints.

    Examples
    --------
    >>> hints = given(["Spark", "Kindle"])
    >>> hints.header(["Spark", "Kindle"]), NO_HINTS.header(["Spark", "Kindle"])
    (True, False)
    """

    levels: tuple[str, ...] = ()
    negative: str = ""

    def header(self, texts: list[str]) -> bool:
        """Whether a header's cells are two or more of the levels given, in the order given.

        >>> hints = given(["Spark", "Kindle", "Flame"])
        >>> hints.header(["Spark", "Flame"]), hints.header(["Flame", "Spark"])
        (True, False)
        >>> hints.header(["Spark", "Notes"])
        False
        """
        names = self.levels
        if len(texts) < 2 or not names:
            return False
        ranks = [names.index(k) if (k := _key(t)) in names else -1 for t in texts]
        return min(ranks) >= 0 and ranks == sorted(set(ranks))

    def count(self, line: str) -> int:
        """How many of the levels given a line names, each as whole words (0 with none given).

        The ineffective side's label given counts too, and the other side's beside it:

        >>> given(["Spark", "Kindle", "Flame"]).count("Skill   Spark   Kindle   Flame")
        3
        >>> given(["Spark", "Kindle", "Flame"]).count("Sparkle and kindling")
        0
        >>> given(None, "Room to grow").count("Strength Indicators    Room to Grow")
        2
        """
        text, side = _key(line), self.negative
        named = sum(bool(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)) for n in self.levels)
        if side and side in text:  # the side given beside the other: "Strength | Need Indicators"
            named += 1 + bool(polarity_of(text.replace(side, " ")))
        return named

    def side(self, text: str) -> str | None:
        """A label's polarity (:func:`~compkit.ingest.labels.polarity_of`), the side given too.

        >>> NO_HINTS.side("Room to grow") is None
        True
        >>> hints = given(None, "Room to grow")
        >>> hints.side("Room to Grow"), hints.side("Strength Indicators")
        ('ineffective', 'effective')
        """
        side = self.negative
        return "ineffective" if side and _key(text).rstrip(":") == side else polarity_of(text)


NO_HINTS = Given()


def given(levels: list[str] | None, negative: str | None = None) -> Given:
    """The hints as the PDF reader asks them: level names and the ineffective side's label.

    Names are compared as written less case and runs of spaces; a name given twice counts
    once; none given (None, empty): :data:`NO_HINTS`.

    Examples
    --------
    >>> given(["Spark", " kindle ", "Spark"], "Need Indicators")
    Given(levels=('spark', 'kindle'), negative='need indicators')
    >>> given(None) == NO_HINTS
    True
    """
    names = tuple(dict.fromkeys(_key(n) for n in levels or () if isinstance(n, str) and _key(n)))
    return Given(names, _key(negative) if negative else "")
