"""A footnote mark after a heading's name: "### Visual Design*" is the competency "Visual Design".

A ladder may mark, under each level, the points a person must meet with a sign after the
heading's name ("### Visual Design*" beside "### Process", BuzzFeed's product design ladder:
"Designers should hit each point marked with a *"). The mark says something about that cell;
the name is the same competency's. Read as written, each marked name made a second competency
beside the unmarked one (20 competencies instead of 14).

The rule is narrow: a label whose name ends in ``*``, ``†`` or ``‡`` (after no space or one)
and is otherwise, letter for letter (case aside), the name of another label of the same slot
(the same heading rank, column or row) is read under that name. A mark on a name that never
stands unmarked is kept (it may be part of the name), and a statement's text is never touched.
The ingest report names the labels repaired and where they stand.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, clean

__all__ = ["footnote_marks"]

_MARKED = re.compile(r"^(.*?\S) ?[*†‡]{1,3}$")


def footnote_marks(doc: Document) -> tuple[str, str] | None:
    """Read each marked label (see the module) under its unmarked name; the report's entry.

    Returns the message and where the marked labels stand, or None when none is marked.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> def cell(level, comp, line):
    ...     return Region((Label(level, "##"), Label(comp, "###", (("lines", [line]),))), [])
    >>> doc = Document([cell("Associate", "Visual Design", 3), cell("Senior", "Visual Design*", 9),
    ...                 cell("Senior", "Leadership*", 12)])
    >>> said, where = footnote_marks(doc)
    >>> [r.labels[1].text for r in doc.regions], where
    (['Visual Design', 'Visual Design', 'Leadership*'], 'line 9')
    >>> said[:63]
    "1 heading name ends in a footnote mark ('Visual Design*'): read"
    """
    names: dict[str, set[str]] = {}
    for region in doc.regions:
        for lb in region.labels:
            names.setdefault(lb.slot, set()).add(clean(lb.text).casefold())
    marked: dict[str, str] = {}  # marked text -> the name read
    where: list[int] = []
    for region in doc.regions:
        labels = list(region.labels)
        for k, lb in enumerate(labels):
            m = _MARKED.match(clean(lb.text))
            if m is None or m.group(1).casefold() not in names[lb.slot]:
                continue
            marked[clean(lb.text)] = m.group(1)
            where += [n for n in lb.where.get("lines", [])[:1] if n not in where]
            labels[k] = replace(lb, text=m.group(1))
        region.labels = tuple(labels)
    if not marked:
        return None
    shown = ", ".join(repr(t) for t in list(marked)[:4]) + (", ..." if len(marked) > 4 else "")
    n = len(marked)
    message = (
        f"{n} heading name{'s' * (n > 1)} end{'s' * (n == 1)} in a footnote mark ({shown}): "
        f"read as the name{'s' * (n > 1)} without the mark, printed unmarked elsewhere (the "
        "mark notes something about that cell, such as a required point; it is not kept)"
    )
    lines = sorted(where)
    return message, (f"line{'s' * (len(lines) > 1)} {', '.join(map(str, lines))}" if lines else "")
