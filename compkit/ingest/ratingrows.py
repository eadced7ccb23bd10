"""A long sheet of ratings: each row a competency's number for a job, and no statement.

An occupational database's or an HR system's download of ratings lists a row per job and
competency with numbers beside them (O*NET's "Skills": "Title | Element Name | Scale Name |
Data Value | N | Standard Error ..."; a role-mapped competencies export: "Role | Competency |
Weight | Rating"). No column holds a statement, so there is no framework to read: it is refused
saying what it holds, where "no column names a level" would send the user looking for one.
"""

from __future__ import annotations

import re

from .blocks import clean
from .tables import Grid
from .tables import at as _at

__all__ = ["rating_refusal"]

#: A number as a sheet gives it: "4.75", "-0.2", "12"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: A name in words: letters first, then words, spaces and a few marks ("Managing change/risk")
_NAME = re.compile(r"[^\W\d_][\w '’&/,()+-]*")


def rating_refusal(grid: Grid, row: int, cols: dict) -> str | None:
    """Why a sheet of competencies' ratings holds no framework; None if it holds texts.

    Examples
    --------
    >>> rows = [["Title", "Element Name", "Data Value"],
    ...         ["Chief Executives", "Writing", "4.1"], ["Chief Executives", "Speaking", "4.5"],
    ...         ["Nurses", "Writing", "3.2"], ["Nurses", "Speaking", "3.9"]]
    >>> print(rating_refusal(Grid("", rows), 0, {"competency": 1}))  # doctest: +ELLIPSIS
    header row 1: each row gives a number ('Data Value': '4.1', '4.5', ...) to a competency
    ('Element Name': 'Writing', 'Speaking') for each 'Title' ('Chief Executives', 'Nurses'): ...
    """
    if "competency" not in cols or "text" in cols or "level" in cols or cols.get("_levels"):
        return None
    head = grid.rows[row]
    body = [r for r in grid.rows[row + 1 :] if any(clean(c) for c in r)]
    comp = cols["competency"]
    names = [_at(r, comp) for r in body]
    if len(body) < 2 or len(set(names)) == len(names):
        return None  # a competency a row: a list, not ratings over jobs
    width = max(len(r) for r in body)
    numbers, others = [], []
    for i in range(width):
        cells = [_at(r, i) for r in body]
        filled = [c for c in cells if c]
        if i == comp or not filled:
            continue
        if any(len(c.split()) >= 5 for c in filled):
            return None  # a column of texts: statements or descriptions, read elsewhere
        if clean(head[i] if i < len(head) else "") and all(_NUMBER.fullmatch(c) for c in filled):
            numbers.append(i)
        elif len(set(filled)) > 1:
            others.append(i)
    if not numbers:
        return None
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1}"
    named = [i for i in others if _own_names([_at(r, i) for r in body])]
    if named:  # a name a row, the repeated column its group: "Title | Row | Column | Area"
        best = max(named, key=lambda i: _words(body, i))
        return _names_refusal(where, head, body, (best, comp, numbers))
    each = [i for i in others if _jobs(names, [_at(r, i) for r in body])]
    each.sort(key=lambda i: -_words(body, i))
    value = numbers[0]
    shown = ", ".join(repr(_at(r, value)) for r in body[:2])
    comps = list(dict.fromkeys(names))
    listed = ", ".join(repr(n) for n in comps[:2]) + (", ..." if len(comps) > 2 else "")
    jobs = ""
    if each:
        seen = list(dict.fromkeys(_at(r, each[0]) for r in body))
        jobs = f" for each {clean(head[each[0]])!r} (" + ", ".join(map(repr, seen[:2]))
        jobs += ", ...)" if len(seen) > 2 else ")"
    return (
        f"{where}: each row gives a number ({clean(head[value])!r}: {shown}, ...) to a "
        f"competency ({clean(head[comp])!r}: {listed}){jobs}: ratings or required levels, "
        "and no column holds a statement. compkit reads a framework's statements (behaviours "
        "or level descriptions); read the file that holds them, or keep these ratings as role "
        "profiles in a framework file (docs/format.md)"
    )


def _words(body: list, i: int) -> int:
    """How many words (three letters or more) a column's cells hold."""
    return sum(len(re.findall(r"[^\W\d_]{3,}", _at(r, i))) for r in body)


def _own_names(cells: list[str]) -> bool:
    """Whether a column names each row apart: a different short name in every row.

    A file's name ("noun_122.png") or a code names a row too, but is no one's name.
    """
    return (
        all(cells)
        and len(set(cells)) == len(cells)
        and all(len(c.split()) <= 8 and _NAME.fullmatch(c) for c in cells)
    )


def _names_refusal(where: str, head: list, body: list, columns: tuple) -> str:
    """The refusal of a list of names in groups, with numbers (places, ranks) beside them.

    ``columns`` are the names' column, the groups' and the numbers' columns.
    """
    named, group, numbers = columns
    beside = ", ".join(repr(clean(head[i])) for i in numbers)
    shown = ", ".join(repr(_at(r, named)) for r in body[:2])
    groups = list(dict.fromkeys(_at(r, group) for r in body))
    listed = ", ".join(repr(g) for g in groups[:2]) + (", ..." if len(groups) > 2 else "")
    return (
        f"{where}: a list of {len(body)} names ({clean(head[named])!r}: {shown}, ...) in "
        f"{len(groups)} groups ({clean(head[group])!r}: {listed}) with numbers beside them "
        f"({beside}), and no column holds a statement, a description or a level: "
        "competencies' names alone, not a framework of statements. compkit reads a "
        "framework's behaviours or level descriptions; read the file that holds them"
    )


def _jobs(names: list[str], cells: list[str]) -> bool:
    """Whether a column names what the competencies are rated for: one value over several."""
    per: dict[str, set[str]] = {}
    for cell, name in zip(cells, names, strict=True):
        per.setdefault(cell, set()).add(name)
    return len(per) >= 2 and all(len(v) >= 2 for v in per.values())
