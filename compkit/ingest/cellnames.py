"""A row header of a bold name over its description ("**Planning**" / "Effectively ...").

A Word grid often prints in its first column each competency's name in bold and, under it in
the same cell, the competency's description in plain text. Read as one label, the cell was no
row name at all once the description ran past a dozen words (the rows were read as levels, the
grid lost), and a short description ("People" / "relationship with the team(s)") was joined
into the name. Here a cell's paragraphs after a first paragraph set wholly in bold -- a short
name, no list item -- are marked as describing it when none of them is bold or a list item
(:func:`mark_described`, as the Word reader reads a table's first column); such a cell is a
row's name and its description (:func:`described_name`), the description kept as the
competency's (or the level's, when the name reads as a level), before the statements of the
row's cells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._words import plural
from .blocks import Document, Para, clean
from .levelnames import level_score

__all__ = ["all_bold", "described_name", "mark_described", "named_cell"]


def all_bold(paragraph) -> bool:
    """Whether every run of a Word paragraph that holds text is set in bold."""
    return all(run.bold for run in paragraph.runs if run.text.strip())


def mark_described(paras: list[Para], bold: list[bool]) -> list[Para]:
    """Mark the paragraphs under a cell's bold name as describing it.

    Examples
    --------
    >>> paras = [Para("Planning", {}), Para("Plans the team's work.", {})]
    >>> [p.describes for p in mark_described(paras, [True, False])]
    [False, True]
    >>> [p.describes for p in mark_described(paras, [True, True])]
    [False, False]
    """
    if len(paras) < 2 or not bold[0] or any(bold[1:]):
        return paras
    name, rest = paras[0], paras[1:]
    text = clean(name.text)
    listed = any(p.number is not None or p.bullet for p in paras)
    if listed or not text or len(text.split()) > 8 or text.endswith((".", ":")):
        return paras
    return [name, *(replace(p, describes=True) for p in rest)]


def named_cell(cell: dict) -> bool:
    """A cell holding a name over paragraphs that describe it (:func:`mark_described`)."""
    paras = [p for p in cell["paras"] if clean(p.text)]
    return len(paras) >= 2 and not paras[0].describes and all(p.describes for p in paras[1:])


def described_name(cell: dict, doc: Document) -> tuple[dict, str, Para] | None:
    """The row's name cell, its name, and its description as one paragraph; or None.

    Examples
    --------
    >>> paras = mark_described(
    ...     [Para("Planning", {}), Para("Plans the team's work.", {})], [True, False])
    >>> named, name, hint = described_name({"paras": paras, "source": {}}, Document([]))
    >>> name, hint.text, hint.describes
    ('Planning', "Plans the team's work.", True)
    """
    if not named_cell(cell):
        return None
    paras = [p for p in cell["paras"] if clean(p.text)]
    name = clean(paras[0].text)
    text = " ".join(clean(p.text) for p in paras[1:])
    level = level_score(name, doc.marked_levels) >= 0.8
    hint = replace(paras[1], text=text, aside=level, describes=not level)
    _report(doc, name, cell)
    return {**cell, "paras": [paras[0]]}, name, hint


_SAID = re.compile(r"^(\d+) row headers? (of a bold name over plain text read as .*)$", re.S)


def _report(doc: Document, name: str, cell: dict) -> None:
    """Count the row headers read so in one note, naming the first."""
    for k, note in enumerate(doc.notes):
        if note[0] == "guess" and (m := _SAID.match(note[1])):
            said = f"{plural(int(m.group(1)) + 1, 'row header')} {m.group(2)}"
            doc.notes[k] = ("guess", said, *note[2:])
            return
    said = (
        "1 row header of a bold name over plain text read as the name and its description "
        f"(of the competency, or of the level the name reads as): {name!r}, ..."
    )
    doc.notes.append(("guess", said, 0.75, dict(cell["source"])))
