"""A row header's name over a hint: "Awareness" over "Awareness is the first of 4 ascending ...".

The GOV.UK Digital, Data and Technology Capability Framework (Open Government Licence) prints
each skill as a table, a row a level, and puts under the level's name in its row header a hint
for screen readers and the eye alike: "Awareness" over "Awareness is the first of 4 ascending
skill levels". Joined, the two made the level's name ("Awareness Awareness is the first of 4
ascending skill levels"). The name is the first paragraph; the rest is its description when:

- the row header holds two paragraphs, neither a list item;
- the first is a short name (at most four words, not ending in a colon);
- the second is a sentence of five words or more, at least twice as long as the name, and no
  list of names ("Team leader, Support worker, Service manager": the roles that need a level, as
  compkit's own pages print them, stay with the name as before).

A subtitle ("Level 1" over "Foundation practitioner") stays part of the name. The hint becomes a
note on its level (the level's description) when the name reads as a level, else the
description of the competency it names; it goes before the statements of each of the row's
cells that holds any.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._words import plural
from .blocks import Document, Para, clean
from .levelnames import level_score

__all__ = ["row_name"]


def row_name(cell: dict, doc: Document) -> tuple[dict, str, Para | None]:
    """A row header cell as its name (a cell of its first paragraph), that name, and its hint.

    A hint found is reported in ``doc.notes``, once for all the document's rows.

    Examples
    --------
    >>> doc = Document([])
    >>> cell = {"paras": [Para("Awareness", {}), Para(
    ...     "Awareness is the first of 4 ascending skill levels", {})], "source": {"table": 0}}
    >>> named, name, hint = row_name(cell, doc)
    >>> name, hint.text, hint.aside
    ('Awareness', 'Awareness is the first of 4 ascending skill levels', True)
    >>> print(doc.notes[0][1][:48])
    the second line of 1 row header read as a descri
    >>> cell["paras"][1] = Para("Foundation practitioner", {})
    >>> row_name(cell, doc)[1:]
    ('Awareness Foundation practitioner', None)
    """
    paras = [p for p in cell["paras"] if clean(p.text)]
    name = clean(" ".join(p.text for p in cell["paras"]))
    if len(paras) != 2 or any(p.bullet or p.number is not None for p in paras):
        return cell, name, None
    first, second = (clean(p.text) for p in paras)
    words, more = len(first.split()), len(second.split())
    if words > 4 or first.endswith(":") or more < 5 or more < 2 * words or _names(second):
        return cell, name, None
    level = level_score(first, doc.marked_levels) >= 0.8
    hint = replace(paras[1], aside=level, describes=not level)
    _report(doc, first, second, cell)
    return {**cell, "paras": [paras[0]]}, first, hint


def _names(text: str) -> bool:
    """Whether ``text`` is a list of short names: "Team leader, Support worker and Manager".

    Examples
    --------
    >>> _names("Team leader, Support worker, Service manager"), _names("Awareness is the first")
    (True, False)
    """
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", text.rstrip("."))
    return len(parts) >= 2 and all(0 < len(t.split()) <= 3 for t in parts)


_SAID = re.compile(r"^the second line of (\d+) row headers? read as")


def _report(doc: Document, name: str, hint: str, cell: dict) -> None:
    """Count the hints in one note: the first one's words and place, how many in all."""
    for k, note in enumerate(doc.notes):
        if note[0] == "guess" and (m := _SAID.match(note[1])):
            n = int(m.group(1)) + 1
            said = f"the second line of {plural(n, 'row header')} read as{note[1][m.end() :]}"
            doc.notes[k] = ("guess", said, *note[2:])
            return
    shown = hint if len(hint) <= 60 else hint[:57].rstrip() + "..."
    said = (
        "the second line of 1 row header read as a description (of the level or competency the "
        f"first line names), not part of the name ({shown!r} under {name!r}, ...)"
    )
    doc.notes.append(("guess", said, 0.75, dict(cell["source"])))
