"""A line naming a competency just above its table of levels: "Keeping Records - Keeps ...".

A competency dictionary may print each competency as a line of its own, its name in bold and
a dash before what it means, then a table with a row per level ("Proficiency Level |
Definition | Illustrations"), under one heading for all of them. No heading named the
competencies: every table was read under the page's heading, one competency, and the lines
went into its description. Two tables or more under the same headings, each right under such
a line (no "Values: Care" note), each with nothing but level rows (every row's name reads as a
level), are each that line's competency: the name labels the table's cells, and the words
after the dash are the competency's description.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .._words import some
from .blocks import Document, Label, Region, clean
from .levelnames import level_score

__all__ = ["table_captions"]

#: "Name - what it means": a name of up to eight words, a dash, its description
_NAMED = re.compile(r"^(?P<name>[^.:;!?]{2,80}?)\s+[-–—]\s+(?P<rest>\S.*)$")
_MOST_NAME_WORDS = 8


def _caption(text: str) -> tuple[str, str] | None:
    text = clean(text)
    m = _NAMED.match(text)
    if m and len(m.group("name").split()) <= _MOST_NAME_WORDS:
        return m.group("name"), m.group("rest")
    if 0 < len(text.split()) <= _MOST_NAME_WORDS and not re.search(r"[.:;!?]", text):
        return text, ""
    return None


def _table(region: Region):
    """The number of the table a cell stands in (Word's source, else the row it pairs in)."""
    if not region.in_table:
        return None
    return region.source.get("table", region.pair[0] if region.pair else None)


def table_captions(doc: Document) -> str | None:
    """Label each table of levels with the competency named just above it (see module).

    Returns what the report should say, or None (the document unchanged).

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> head = Label("Proficiency levels", "Heading 1")
    >>> def table(t, *levels):
    ...     return [Region((head, Label(lv, "row header")), [Para("Does it.", {})],
    ...                    in_table=True, source={"table": t}) for lv in levels]
    >>> doc = Document([Region((head,), [Para("Keeping Records - Keeps records.", {})]),
    ...                 *table(0, "Level 1", "Level 2"),
    ...                 Region((head,), [Para("Planning Work", {})]), *table(1, "Level 1")])
    >>> print(table_captions(doc))  # doctest: +NORMALIZE_WHITESPACE
    2 tables of levels each stand under a line naming their competency ('Keeping Records',
    'Planning Work'): read as each table's competency, the words after a dash as its
    description
    >>> [[lb.text for lb in r.labels] for r in doc.regions[:3]]  # doctest: +NORMALIZE_WHITESPACE
    [['Proficiency levels', 'Keeping Records'], ['Proficiency levels', 'Keeping Records',
      'Level 1'], ['Proficiency levels', 'Keeping Records', 'Level 2']]
    """
    regions = doc.regions
    found = []
    for r, nxt in pairwise(regions):
        t = _table(nxt)
        if r.in_table or t is None or not r.paras or nxt.labels[: len(r.labels)] != r.labels:
            continue
        cells = [x for x in regions if _table(x) == t]
        extra = [lb for x in cells for lb in x.labels[len(r.labels) :]]
        rows = {lb.text for lb in extra if lb.slot == "row header"}
        if not rows or any(lb.slot not in ("row header", "column header") for lb in extra):
            return None  # a table naming more than its levels: not this shape
        if any(level_score(name) < 0.7 for name in rows):
            return None
        if (named := _caption(r.paras[-1].text)) is None:
            return None
        found.append((r, t, named))
    if len(found) < 2 or any(r.labels != found[0][0].labels for r, _, _ in found):
        return None  # a heading over each table names its competency: no caption does
    out: list[Region] = []
    by_table = {t: (r, named) for r, t, named in found}
    for region in regions:
        t = _table(region)
        if t is not None and t in by_table:
            above, (name, _) = by_table[t]
            line = above.paras[-1]
            label = Label(name, "table caption", tuple(line.source.items()), key=line.key)
            k = len(above.labels)
            region.labels = (*region.labels[:k], label, *region.labels[k:])
            out.append(region)
            continue
        mine = next(((t, named) for r, t, named in found if r is region), None)
        if mine is None:
            out.append(region)
            continue
        line = region.paras[-1]
        if len(region.paras) > 1:
            out.append(replace(region, paras=region.paras[:-1]))
        if mine[1][1]:  # the words after the dash: the competency's description
            label = Label(mine[1][0], "table caption", tuple(line.source.items()), key=line.key)
            out.append(Region((*region.labels, label), [replace(line, text=mine[1][1])]))
    doc.regions[:] = out
    names = [named[0] for _, _, named in found]
    return (
        f"{len(found)} tables of levels each stand under a line naming their competency "
        f"({some(names)}): read as each table's competency, the words after a dash as its "
        "description"
    )
