"""Level names known by their run: "APS 1" ... "APS 6", "EL1", "EL2", "SES B1" ... "SES B3".

A publisher's comparative table heads its columns with grade codes that no word list knows as
levels; numbered on, one name after another, they are levels all the same. :func:`header_levels`
tells such a header (or one of surely-named levels) from a table's other lines, and
:func:`counted_levels` gives the PDF tables' run names for the labels' reading.
"""

from __future__ import annotations

import re

from .blocks import clean
from .labels import level_score

__all__ = ["counted_levels", "header_levels"]

_COUNTED = re.compile(r"^([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?) ?(\d{1,2})$")


def header_levels(texts: list[str]) -> bool:
    """Whether header cells all name levels: each one surely, or as numbered runs of names.

    A run of one name numbered on ("APS 1" ... "APS 6"; "EL1", "EL2" then "SES B1" ...
    "SES B3") names levels though the name alone is no level word: three cells or more, each
    run of two or more, its numbers rising by one.

    Examples
    --------
    >>> header_levels(["Foundation", "Practitioner", "Expert"])
    True
    >>> header_levels(["APS 1", "APS 2", "APS 3"])
    True
    >>> header_levels(["EL1", "EL2", "SES B1", "SES B2", "SES B3"])
    True
    >>> header_levels(["APS 1", "APS 3", "APS 4"]), header_levels(["Task 1", "Task 2"])
    (False, False)
    >>> header_levels(["Q1", "Q2", "Q3"]), header_levels(["Step 1", "Phase 2", "Step 3"])
    (False, False)
    """
    if all(level_score(t) >= 0.8 for t in texts):
        return True
    found = [_COUNTED.match(clean(t)) for t in texts]
    if len(texts) < 3 or not all(found) or any(len(m.group(1)) < 2 for m in found):
        return False
    runs: list[list[int]] = []
    for k, m in enumerate(found):
        if k and m.group(1).casefold() == found[k - 1].group(1).casefold():
            runs[-1].append(int(m.group(2)))
        else:
            runs.append([int(m.group(2))])
    return all(len(r) >= 2 and r == list(range(r[0], r[0] + len(r))) for r in runs)


def counted_levels(tables: dict[int, list[list[dict]]]) -> list[str]:
    """The level names of tables headed by numbered runs of a name ("EL1" ... "SES B3").

    Such names are levels only by their run (:func:`header_levels`): each table's header gives
    them, in its order, for the labels' reading to know them.
    """
    names: list[str] = []
    for grid in tables.values():
        head = [" ".join(p.text for p in cell["paras"]).strip() for cell in grid[0]]
        head = [clean(t) for t in head if clean(t)]
        if header_levels(head) and not all(level_score(t) >= 0.8 for t in head):
            names += [t for t in head if t not in names]
    return names
