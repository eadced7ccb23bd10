"""Level headings in plain text: written as a field ("Level: Adept"), or carrying on a run.

Text pasted from a role description prints each capability's level as a field under its name
(:func:`level_fields`); text copied out of a PDF's grid runs a level's statements straight on
into the next level's heading, so the line above "Level3" is the last statement of "Level4",
not a name heading it (:func:`counted_on`).
"""

from __future__ import annotations

import itertools
import re

from .blocks import Document, clean

__all__ = ["FIELD_SLOT", "counted_on", "level_fields", "unqualified"]

FIELD_SLOT = "level field (Level: name)"
#: A level heading written as a field and its value ("Level: Highly Advanced", "Grade: B").
_LEVEL_FIELD = re.compile(
    r"^((?:proficiency |capability |required )?(?:level|grade|band|proficiency)(?: required)?)"
    r"[ \t]*:[ \t]*(\S.*)$",
    re.IGNORECASE,
)


def level_fields(doc: Document, heads: dict) -> dict:
    """Headings written as a field and its value ("Level: Adept"): the value names the level.

    A role description pasted from Word or a web page prints each capability's level so, under
    the capability's name; the field's name is the form's, not the level's (it stood in every
    level's name). Only where two or more headings open with the same field: they are the
    document's levels, whatever their values' words ("Adept" reads as no level name alone);
    the report says so. ``heads`` maps a line to ``(slot, text, number)``.

    Examples
    --------
    >>> heads = {1: ("h", "Manage Self", None), 2: ("h", "Level: Highly Advanced", None),
    ...          5: ("h", "Act with Integrity", None), 6: ("h", "Level: Adept", None)}
    >>> doc = Document([])
    >>> fixed = level_fields(doc, heads)
    >>> fixed[2], fixed[6][1], doc.slots["level"]
    (('level field (Level: name)', 'Highly Advanced', None), 'Adept', 'level field (Level: name)')
    >>> doc.notes[0][1]
    "2 level headings written as a field ('Level: ...'): each level named by its value \
('Highly Advanced', 'Adept')"
    """
    _qualified_levels(doc, heads)
    found = {
        i: m
        for i, h in heads.items()
        if not h[0].startswith("#") and (m := _LEVEL_FIELD.match(clean(h[1])))
    }  # a Markdown heading keeps its depth's place in the outline
    fields = {m.group(1).lower() for m in found.values()}
    if len(found) < 2 or len(fields) != 1:
        return heads
    out = dict(heads)
    for i, m in found.items():
        out[i] = (FIELD_SLOT, m.group(2).strip(), heads[i][2])
    values = list(dict.fromkeys(m.group(2).strip() for m in found.values()))
    field = next(iter(found.values())).group(1)
    if "level" not in doc.slots:
        doc.slots["level"] = FIELD_SLOT
        doc.slot_reasons["level"] = (f"each heading of the kind opens '{field}:'", 0.9)
    shown = ", ".join(repr(v) for v in values[:4]) + (", ..." if len(values) > 4 else "")
    message = f"{len(found)} level headings written as a field ('{field}: ...'): each level named"
    doc.notes.append(("repair", f"{message} by its value ({shown})", 0.8))
    return out


def counted_on(lines: list[str], known: dict, numbered: str) -> set[int]:
    """Level headings that carry on a run of levels: the line above one is its level's last.

    "2 - Follow" after "1 - Understand" counts up; "Level3" after "Level4" (a PDF's grid,
    highest first) is not the run's first number, and the line above it ("Write professional
    creative quality text") runs on from the lines above that: a statement, not a competency's
    name heading the level. A name with a blank line above it still heads any level.
    ``known`` maps a line to ``(slot, text, number)``; ``numbered`` is the slot of "N - name".

    Examples
    --------
    >>> lines = ["COMMUNICATION", "Level4", "Consults", "Writes text", "Level3", "Shares"]
    >>> known = {0: ("CAPITALS", "COMMUNICATION", None), 1: ("Level N", "Level4", None),
    ...          4: ("Level N", "Level3", None)}
    >>> counted_on(lines, known, "N - name")
    {4}
    """
    runs = [(i, h[2]) for i, h in sorted(known.items()) if h[0] == numbered]
    out = {i for (_, a), (i, b) in itertools.pairwise(runs) if b == a + 1}
    plain = [
        (i, int(m.group()))
        for i, h in sorted(known.items())
        if h[0] == "Level N" and (m := re.search(r"\d+", h[1]))
    ]
    first = plain[0][1] if plain else None
    return out | {i for i, n in plain if n != first and i > 1 and lines[i - 2].strip()}


#: A word that qualifies "Level" in a level's heading ("Proficiency Level 2 - Working experience").
_QUALIFIER = re.compile(
    r"^(?:proficiency|competency|skill|performance|capability|mastery)\s+(?=level\s*\d)", re.I
)


def unqualified(line: str) -> str:
    """A level heading without the word qualifying its "Level", for the readers of "Level N".

    A competency page prints "Proficiency Level 1 - Basic understanding" over each level's
    statements (the University of Florida's job competencies; Wyoming's "Proficiency Level 5"):
    the heading reads as "Level 1 - Basic understanding" does; the label keeps its words.

    Examples
    --------
    >>> unqualified("Proficiency Level 1 - Basic understanding"), unqualified("Levels of trust")
    ('Level 1 - Basic understanding', 'Levels of trust')
    """
    return _QUALIFIER.sub("", line.strip())


def _qualified_levels(doc: Document, heads: dict) -> None:
    """Numbered headings that all read "Proficiency Level N - ...": the document's levels.

    The qualifying word hides the level from the level words ("Proficiency Level 1 - Basic
    understanding" reads as no level name); two or more such headings of one kind, numbered,
    are the levels.
    """
    kinds = {h[0] for h in heads.values() if h[2] is not None and _QUALIFIER.match(h[1])}
    if len(kinds) != 1 or "level" in doc.slots:
        return
    slot = next(iter(kinds))
    named = [h[1] for h in heads.values() if h[0] == slot]
    if len(named) >= 2 and all(_QUALIFIER.match(t) for t in named):
        word = named[0].split()[0]
        doc.slots["level"] = slot
        doc.slot_reasons["level"] = (f"each heading of the kind reads '{word} Level N'", 0.8)
