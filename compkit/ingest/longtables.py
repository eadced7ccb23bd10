"""A document's long table: a row per statement or per cell, "Competency | Level | Behaviours".

A web page or Word document may list a framework as a spreadsheet's long layout does
(:mod:`.sheets`): a column naming the competency (written once and spanning its rows, by
``rowspan`` or Word's vertical merge, or repeated on every row), a column naming the level,
and a column of statements. Read as a grid, the competency was each row's name and the level
one more statement beside the behaviour (12 read for 6, all at one level). As a long sheet is
read, the column headed as levels ("Level", "Grade", "Proficiency level") names each row's
level when its cells are short labels and a level recurs over the rows; the columns headed as
names ("Competency", "Skill", "Group and Capability") name the competency (the outer ones its
group; a position description's "Group and Capability" at the level the role needs); the one
column left holds the statements. A name or level left blank under the one above it (a
spanning cell) is that one, filled down and reported.
"""

from __future__ import annotations

import re

from .blocks import Document, Label, Region, clean

__all__ = ["long_header", "long_regions"]

#: A header saying its column names levels.
_LEVEL_HEAD = re.compile(
    r"^(?:(?:proficiency|competency|skills?|performance|career|mastery|job|grade) )?"
    r"(?:levels?|grades?|bands?|stages?|rungs?|tiers?)(?: names?)?$",
    re.IGNORECASE,
)
#: A word naming competencies (or, outer, their groups): "Competency", "Capability group"
_NAME_WORD = (
    r"(?:(?:capability|competency|skills?|focus|key|practice) )?"
    r"(?:(?:sub-?)?competenc(?:y|ies)|skills?|capabilit(?:y|ies)|clusters?|domains?|"
    r"categor(?:y|ies)|areas?|themes?|topics?|groups?|famil(?:y|ies)|elements?)(?: names?)?"
)
#: A header saying its column names them, perhaps two at once ("Group and Capability")
_NAME_HEAD = re.compile(rf"^{_NAME_WORD}(?:\s*(?:and|&|/|,)\s*{_NAME_WORD})*$", re.IGNORECASE)
_MOST_WORDS = 12  # a name or a level: a label, not a sentence


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _label_cell(cell: dict) -> bool:
    paras = cell["paras"]
    return (
        len(paras) <= 2
        and len(_text(cell).split()) <= _MOST_WORDS
        and not any(p.number is not None or p.bullet for p in paras)
    )


def _filled(body: list[list[dict]], k: int) -> list[dict] | None:
    """Column ``k``'s cells, a blank one standing for the one above it; None if not labels."""
    out: list[dict] = []
    for row in body:
        cell = row[k]
        if not _text(cell):
            if not out:
                return None
            cell = out[-1]
        elif not _label_cell(cell):
            return None
        out.append(cell)
    return out


def long_regions(
    doc: Document, head: list[dict], body: list[list[dict]], labels: tuple[Label, ...], t: int
) -> list[Region] | None:
    """The regions of a long table (see module), or None when the table is no long table.

    ``head`` is the header row, ``body`` the rows under it, ``labels`` the headings over the
    table and ``t`` its number in the document.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para
    >>> def c(text, n):
    ...     return {"paras": [Para(text, {})] if text else [], "source": {"cell": n}}
    >>> head = [c("Competency", 0), c("Level", 1), c("Behaviours", 2)]
    >>> body = [[c("Testing", 3), c("L1", 4), c("Writes tests.", 5)],
    ...         [c("", 6), c("L1", 7), c("Runs the suite.", 8)],
    ...         [c("", 9), c("L2", 10), c("Plans tests.", 11)]]
    >>> doc = Document([])
    >>> out = long_regions(doc, head, body, (), 1)
    >>> for r in out:
    ...     print([lb.text for lb in r.labels], r.paras[0].text)
    ['Testing', 'L1'] Writes tests.
    ['Testing', 'L1'] Runs the suite.
    ['Testing', 'L2'] Plans tests.
    """
    names = [_text(c) for c in head]
    if len(head) < 3 or len(body) < 2 or any(len(row) != len(head) for row in body):
        return None
    if (columns := long_header(names)) is None:
        return None
    levels, named, rest = columns
    columns = {k: _filled(body, k) for k in (*named, levels[0])}
    if any(cells is None for cells in columns.values()):
        return None
    level_names = [_text(c) for c in columns[levels[0]]]
    if len(set(level_names)) == len(level_names):
        return None  # no level recurs: each row is a level of one thing, not a long list
    filled = sum(1 for k in columns for row in body if not _text(row[k]))
    for cell in head:  # the headers name the columns: no statement
        for p in cell["paras"]:
            doc.all_keys.pop(p.key, None)
    said = f"a long table (table {t}): {names[named[-1]]!r} names each row's competency"
    said += f", {names[levels[0]]!r} its level and {names[rest[0]]!r} holds the statements"
    if len(named) > 1:
        said += f"; {some_names(names, named[:-1])} its group"
    if filled:
        said += f"; {filled} blank name or level cells read as the one above (a spanning cell)"
    doc.notes.append(("guess", said, 0.8))
    out = []
    for r, row in enumerate(body, 1):
        slots = ["row group header"] * (len(named) - 1) + ["row header"]
        above = [_label(columns[k][r - 1], slot) for k, slot in zip(named, slots, strict=True)]
        above.append(_label(columns[levels[0]][r - 1], "column header"))
        cell = row[rest[0]]
        region = Region((*labels, *above), cell["paras"], in_table=True, source=cell["source"])
        region.pair = (t, r)
        out.append(region)
    return out


def long_header(names: list[str]) -> tuple[list[int], list[int], list[int]] | None:
    """A long table's header: its level column, its name columns and its statements' column.

    One column headed as levels, one or more as names, one left (the statements); else None.

    >>> long_header(["Competency", "Level", "Behaviour"])
    ([1], [0], [2])
    >>> long_header(["Competency", "Level 1", "Level 2"]) is None
    True
    """
    levels = [k for k, n in enumerate(names) if _LEVEL_HEAD.match(n)]
    named = [k for k, n in enumerate(names) if _NAME_HEAD.match(n)]
    rest = [k for k in range(len(names)) if k not in levels and k not in named]
    if len(names) < 3 or len(levels) != 1 or not named or len(rest) != 1:
        return None
    return levels, named, rest


def some_names(names: list[str], ks: list[int]) -> str:
    """The headers of columns ``ks``, quoted and joined: "'Cluster'", "'Family', 'Area'"."""
    return ", ".join(repr(names[k]) for k in ks)


def _label(cell: dict, slot: str) -> Label:
    return Label(
        _text(cell),
        slot,
        tuple(cell["source"].items()),
        (),
        key=" ".join(p.key for p in cell["paras"]),
    )
