"""Labelled parts of a competency in plain text: "Definition: ...", "Key Behaviors", level lines.

A competency dictionary copied out of a PDF or Word prints each competency as a name over
labelled parts, with no styles left to tell them apart::

    Written Communication
    Definition: Express oneself clearly in business writing.
    Key Behaviors
    •Uses writing effectively to create simple documents
    Proficiency Levels
    –Expert: Models, leads, trains, and motivates multiple levels of personnel ...

The line over a "Definition:" (or "Description:") line names the competency; a label of the
parts ("Key Behaviors", "Behavioral indicators", "Proficiency Levels") is no heading of its
own (one closing with a colon stays, a stem over the list), and a list whose items each
open with a level's name and a colon ("Expert: ...",
"Basic: ...") gives each level its statement. :func:`labelled_parts` finds them and says so.
"""

from __future__ import annotations

import itertools
import re

from .._words import plural
from .blocks import OPEN_END, clean, marker
from .levelnames import level_score
from .textlevels import unqualified

__all__ = ["labelled_parts"]

_DEFINITION = re.compile(r"^(?:Definition|Description)\s*[:–—]\s*\S", re.IGNORECASE)
#: A label of a competency's parts, on its own line or closing the definition's line.
_PART = re.compile(
    r"^(?:(?:key|sample|typical)\s+)?(?:behaviou?r(?:al)?\s+|performance\s+)?"
    r"(?:behaviou?rs|indicators|descriptions|statements|scales)|proficiency\s+levels?|"
    r"levels of proficiency",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"^(.*[.!?])\s+((?:key\s+)?behaviou?rs|(?:behaviou?ral\s+)?indicators):$", re.I
)
#: A glued dash bullet ("–Expert: ..."): the dash is the list's marker, not a word's.
_GLUED = re.compile(r"^(\s*[–—])(?=[A-Z])")
_LEVEL_ITEM = re.compile(r"^([A-Z][\w -]{1,30}?):\s+(\S.*)$")

LEVEL_SLOT = "level name opening an item (Name: text)"
#: A competency's name over its "Definition:" line: a heading even where it stands once.
NAME_SLOT = "name over a definition"


#: "Definition" on a line of its own, over the paragraph it labels.
_LABEL = re.compile(r"(?:Definition|Description):?", re.IGNORECASE)


def _level(line: str) -> bool:
    text = unqualified(clean(line))
    return 0 < len(text.split()) <= 6 and level_score(text) >= 0.8


def _part(line: str) -> bool:
    text = clean(line).rstrip(":").strip()
    return bool(text) and len(text.split()) <= 4 and bool(_PART.fullmatch(text))


def _name(line: str, most: int = 8) -> bool:
    text = clean(line)
    number, bullet, _ = marker(text)
    return (
        0 < len(text.split()) <= most
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", ":", "!", "?"))
        and not OPEN_END.search(text)
        and number is None
        and not bullet
    )


#: A section of a competency's page that holds no statements: advice, questions, related pages.
_ASIDE = re.compile(
    r"(?:(?:sample|suggested|example)\s+)?(?:interview questions|(?:developmental?\s+)?"
    r"activities(?: for development)?|titles with shared competencies|related (?:roles|titles))",
    re.IGNORECASE,
)


def _asides(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Sections such as "Interview Questions" blanked out with their lists; the report's note.

    A competency's page goes on past its levels: "Suggested Activities for Development"
    (Wyoming's competencies), "Interview Questions" and "Titles with Shared Competencies" (the
    University of Florida's) over lists of advice and questions, never the competency's
    statements nor a level of its own. The section runs to the next name standing alone.
    """
    out, heads, dropped, inside = list(lines), [], 0, False
    for i, line in enumerate(lines):
        text = clean(line)
        alone = i == 0 or not lines[i - 1].strip()
        if _ASIDE.fullmatch(text.rstrip(":")):
            inside = True
            heads.append(text)
        elif inside and alone and _name(line) and not marker(text)[1]:
            inside = False
        if inside and text:
            out[i] = ""
            dropped += 1
    if not heads:
        return lines, []
    shown = ", ".join(repr(h) for h in dict.fromkeys(heads))
    said = f"{plural(dropped, 'line')} under {shown} set aside: advice, not statements"
    return out, [("unused", said, 0.7)]


def labelled_parts(
    lines: list[str], places: list[dict], tables: dict[int, list]
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str], list[tuple]]:
    """Name lines over a "Definition:" line, part labels set aside, "Expert: ..." items split.

    Only where the document has two or more definition lines, or one over a part label: a
    lone "Description: ..." paragraph elsewhere is left to the outline. Returns the lines,
    their places, the tables moved with them, the lines known to be headings (with their
    slot) and the report's notes.

    Examples
    --------
    >>> lines = ["Writing", "Definition: Writes well. Key Behaviors:", "•Uses style",
    ...          "Proficiency Levels", "–Expert: Leads others.", "–Basic: Writes notes."]
    >>> out, _, _, heads, notes = labelled_parts(lines, [{}] * 6, {})
    >>> out
    ['Writing', 'Definition: Writes well.', 'Key Behaviors:', '•Uses style', '', 'Expert', \
'– Leads others.', 'Basic', '– Writes notes.']
    >>> heads
    {0: 'name over a definition', 5: 'level name opening an item (Name: text)', 7: 'level name \
opening an item (Name: text)'}
    """
    lines, aside = _asides(lines)
    defined = [i for i, line in enumerate(lines) if _DEFINITION.match(clean(line))]
    labels = {i for i, line in enumerate(lines) if _LABEL.fullmatch(clean(line))}
    defined = sorted({*defined, *labels})
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    after = dict(itertools.pairwise(nonblank))
    parted = [
        i for i in defined if _part(lines[after.get(i, i)]) or _TRAILING.match(clean(lines[i]))
    ]
    # "Proficiency Levels" directly over a level's heading ("Level 1"): no heading of its own
    scale = any(_part(lines[i]) and _level(lines[after.get(i, i)]) for i in nonblank)
    if len(defined) < 2 and not parted and not labels and not scale:
        return lines, places, tables, {}, aside
    before = {b: a for a, b in after.items()}
    # over its definition a name may run long ("Unselfishness: Non Nobis Solum – Not for ...")
    names = {before[i] for i in defined if i in before and _name(lines[before[i]], 12)}
    levelled = _level_items(lines, nonblank)
    out: list[str] = []
    where: list[dict] = []
    heads: dict[int, str] = {}
    moved: dict[int, int] = {}
    set_aside: list[str] = []
    for i, line in enumerate(lines):
        moved[i] = len(out)
        text = clean(line)
        if i in names:
            heads[len(out)] = NAME_SLOT
        if i in defined and (m := _TRAILING.match(text)):
            out += [m.group(1), m.group(2) + ":"]  # "Key Behaviors:" on its own line, as a stem
            where += [places[i], places[i]]
            continue
        if (_part(line) and not marker(text)[1] and not text.endswith(":")) or i in labels:
            out.append("")  # a label of the parts: no heading, no statement
            where.append(places[i])
            set_aside.append(text)
            continue
        if i in levelled:
            name, rest = levelled[i]
            heads[len(out)] = LEVEL_SLOT
            out += [name, f"– {rest}"]
            where += [places[i], places[i]]
            continue
        out.append(line)
        where.append(places[i])
    tables = {moved[i]: grid for i, grid in tables.items()}
    notes = aside
    if names:
        said = f"{plural(len(names), 'name')} over a 'Definition' line read as competencies"
        notes.append(("guess", f"{said}, the definition as the description", 0.8))
    if set_aside:
        shown = ", ".join(repr(t) for t in dict.fromkeys(set_aside))
        notes.append(("unused", f"labels of a competency's parts set aside ({shown})", 0.8))
    if levelled:
        shown = ", ".join(dict.fromkeys(n for n, _ in levelled.values()))
        notes.append(
            (
                "guess",
                f"{len(levelled)} items opening with a level's name and a colon ({shown}): each "
                "read as that level's statement",
                0.7,
            )
        )
    return out, where, tables, heads, notes


def _level_items(lines: list[str], nonblank: list[int]) -> dict[int, tuple[str, str]]:
    """List items opening with a level's name and a colon, two or more one after another."""
    found: dict[int, tuple[str, str]] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            found.update({i: _split(lines[i]) for i in run})
        run.clear()

    for i in nonblank:
        line = _GLUED.sub(r"\1 ", lines[i])
        number, bullet, rest = marker(line.strip())
        m = _LEVEL_ITEM.match(clean(rest)) if bullet or number is not None else None
        if m and level_score(m.group(1)) >= 0.8:
            run.append(i)
        elif not (run and rest[:1].islower()):  # a wrapped line of the item above
            close()
    close()
    return found


def _split(line: str) -> tuple[str, str]:
    _, _, rest = marker(_GLUED.sub(r"\1 ", line).strip())
    m = _LEVEL_ITEM.match(clean(rest))
    return m.group(1), m.group(2)
