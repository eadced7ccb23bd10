"""A PDF table's header of coded level names: "D1 - Developer 1" … "D7 - Developer 7".

A ladder may put a code before each level's name: Engineering Ladders' "D1 - Developer 1",
the CEFR's "A1 Breakthrough" … "C2 Mastery", "L1 Apprentice", "IC2 – Engineer". No word
list knows the code's letter ("D") or the name ("Waystage") as a level; the codes' run
does: :func:`coded_ladder` tells such a header, :func:`coded_levels` gives a document's
tables' coded names for the labels' reading (as
:func:`~compkit.ingest.levelruns.counted_levels` gives "APS 1" … "APS 6").
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["coded_ladder", "coded_levels"]

# a code (one to three capitals, a number) then a name: "D1 - Developer 1", "A2 Waystage"
_CODED = re.compile(r"^([A-Z]{1,3})-?(\d{1,2})(?:\s*[:.–—-]\s*|\s+)(\S.*)$")


def coded_ladder(texts: list[str]) -> bool:
    """Whether every header cell is a level's code and name, the codes numbered as a ladder.

    Three cells or more, each a code (one to three capitals and a number) before a short
    title-like name; a code's letters run on with their numbers rising by one ("D1" …
    "D7", "TL4" … "TL7"), a run after another under new letters from 1 ("A1 A2 | B1 B2 |
    C1 C2"), never back to earlier letters; the names all differ.

    Examples
    --------
    >>> coded_ladder(["D1 - Developer 1", "D2 - Developer 2", "D3 - Developer 3"])
    True
    >>> coded_ladder(["A1 Breakthrough", "A2 Waystage", "B1 Threshold", "B2 Vantage"])
    True
    >>> coded_ladder(["TL4 - Tech Lead 4", "TL5 - Tech Lead 5", "TL6 - Tech Lead 6"])
    True
    >>> coded_ladder(["D1 - Developer", "D3 - Developer 3", "D4 - Lead"])
    False
    >>> coded_ladder(["A1 Basics", "B1 Basics", "A2 More"]), coded_ladder(["L1", "L2", "L3"])
    (False, False)
    >>> coded_ladder(["D1 - Developer 1", "D2 - writes code.", "D3 - Developer 3"])
    False
    """
    found = [_CODED.match(clean(t)) for t in texts]
    if len(texts) < 3 or not all(found):
        return False
    names = [m.group(3) for m in found]
    if len({clean(t).casefold() for t in texts}) < len(texts) or not all(map(_titled, names)):
        return False
    letters: list[str] = []
    last = None
    for m in found:
        code, number = m.group(1), int(m.group(2))
        if letters and code == letters[-1]:
            if number != last + 1:
                return False
        elif code in letters or (letters and number != 1):
            return False  # back to earlier letters, or a later run opening past its first
        else:
            letters.append(code)
        last = number
    return True


def _titled(name: str) -> bool:
    """Whether a coded level's name reads as a title: capitalised, short, no sentence's end."""
    return name[:1].isupper() and len(name.split()) <= 6 and not name.endswith((".", ";", ","))


def coded_levels(tables: dict[int, list[list[dict]]]) -> list[str]:
    """The level names of tables headed by coded names (:func:`coded_ladder`), in order.

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> head = [[{"paras": [P(text=t)]} for t in ("", "A1 Basic", "A2 Waystage", "B1 Threshold")]]
    >>> coded_levels({0: head})
    ['A1 Basic', 'A2 Waystage', 'B1 Threshold']
    """
    names: list[str] = []
    for grid in tables.values():
        head = [" ".join(p.text for p in cell["paras"]).strip() for cell in grid[0]]
        head = [clean(t) for t in head if clean(t)]
        for n in range(min(3, len(head))):  # after a column or two of the rows' names
            if coded_ladder(head[n:]):
                names += [t for t in head[n:] if t not in names]
                break
    return names
