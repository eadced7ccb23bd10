"""Whether a statement id kept across two versions still names the same statement.

:func:`compkit.diff` pairs statements by id first. An id given by a publisher or an author (a
UUID, "ENG-12") names one statement whatever its words; an id that is only a statement's place in
its cell (``people-l2-3``, as compkit and ingest number statements) can pass to another statement
when one is removed and another added in that cell. Such a pair is the statement reworded only when
the two texts share content words.
"""

from __future__ import annotations

import re

#: The note of an added statement whose id a removed statement had.
REUSED = "takes the id of a removed statement"
_WORD = re.compile(r"\w+")
# Words too common to tell two statements of one cell apart.
_COMMON = frozenset(
    """a an the and or of to in on for with by at as is are be their they them it its this that
    from into can will who what when where how not but so if our your his her has have""".split()  # noqa: SIM905
)
#: Of a statement whose id is its place in a cell, the least share of content words (Dice) a
#: new text under that id must share with it to be the statement reworded. Of 67 statements the
#: FT reworded under their own (UUID) ids over 117 revisions, 60 share at least this much (the
#: other 7 are near replacements: "Learns and improves independently" -> "Takes ownership of
#: their personal development"); of 1,565 pairs of different statements in one FT cell, 206 do.
RELATED = 0.15


def _content(text: str) -> set[str]:
    """The content words of a statement, in lower case."""
    return {w for w in _WORD.findall(text.casefold()) if w not in _COMMON}


def related(old, new) -> bool:
    """Whether ``new``, under the id of ``old``, is that statement (reworded), not another.

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> old = S(id="people-l1-3", competency="people", level="l1", text="Shares what they learn")
    >>> related(old, S(**{**vars(old), "text": "Shares their learning with the team"}))
    True
    >>> related(old, S(**{**vars(old), "text": "Writes clear documentation"}))
    False
    >>> related(S(**{**vars(old), "id": "7ed8deae"}), S(**{**vars(old), "id": "7ed8deae",
    ...     "text": "Writes clear documentation"}))
    True
    """
    place = re.compile(rf"{re.escape(old.competency)}-{re.escape(old.level)}-\d+")
    if not place.fullmatch(old.id) or (new.competency, new.level) != (old.competency, old.level):
        return True
    a, b = _content(old.text), _content(new.text)
    return 2 * len(a & b) >= RELATED * max(len(a) + len(b), 1)
