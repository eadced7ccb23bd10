"""A side and its stem printed on one line: "Effective behaviours — You can:".

A page may name a side (effective or ineffective behaviours) and the stem its statements
complete on one line, the two parted by a dash. Read as one line it is a stem of its own
words, and the side is lost: the statements below read as effective whatever the line says.
Set as two lines -- the side's name, then its stem -- it reads as a page printing them apart
does (:mod:`compkit.ingest.sidestems` finds the stems). Only a short name that names a side
(:func:`compkit.ingest.polarity.polarity_of`) and a short stem ending in a colon qualify.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean, marker
from .polarity import polarity_of

__all__ = ["side_and_stem", "side_lines"]

_ONE_LINE = re.compile(r"^(?P<side>\S.{1,60}?)\s+[—–-]\s+(?P<stem>[^—–\s][^—–]{0,80}:)\s*$")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)")


def side_and_stem(line: str) -> tuple[str, str] | None:
    """The side's name and the stem of a line naming both, else None.

    Examples
    --------
    >>> side_and_stem("Effective behaviours — You can:")
    ('Effective behaviours', 'You can:')
    >>> side_and_stem("**Ineffective behaviours** - Less effective people:")
    ('**Ineffective behaviours**', 'Less effective people:')
    >>> side_and_stem("Level 2 — Practitioner:") is None, side_and_stem("Effective - but slow.")
    (True, None)
    """
    text = line.strip()
    m = _ONE_LINE.match(text)
    if m is None or marker(text)[0] is not None or marker(text)[1]:
        return None
    side, stem = m.group("side").strip(), m.group("stem").strip()
    bare = clean(_EMPHASIS.sub("", side))
    if len(bare.split()) > 5 or len(clean(stem).split()) > 8 or polarity_of(bare) is None:
        return None
    if polarity_of(clean(_EMPHASIS.sub("", stem))) is None and not stem[:1].isupper():
        return None
    return side, stem


def side_lines(
    lines: list[str], places: list[dict]
) -> tuple[list[str], list[dict], dict[int, int], list[tuple]]:
    """Each line naming a side and its stem set as two lines, both at the line's place.

    Returns the lines, their places, where each old line now stands (its stem's line) and the
    report's notes.
    """
    out: list[str] = []
    where: list[dict] = []
    moved: dict[int, int] = {}
    split: list[str] = []
    for i, line in enumerate(lines):
        found = side_and_stem(line)
        if found:
            out.append(found[0])
            where.append(places[i])
            split.append(clean(line))
            line = found[1]
        moved[i] = len(out)
        out.append(line)
        where.append(places[i])
    if not split:
        return lines, places, moved, []
    note = (
        "guess",
        f"{plural(len(split), 'line')} naming a side and its stem at once ({split[0]!r}"
        + (", ..." if len(split) > 1 else "")
        + "): each read as the side's name over its stem",
        0.7,
        places[next(i for i, line in enumerate(lines) if side_and_stem(line))],
    )
    return out, where, moved, [note]
