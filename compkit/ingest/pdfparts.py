"""A competency dictionary's labelled parts in a PDF, read as the plain-text reader reads them.

A dictionary printed to PDF sets each competency as a name over labelled parts: "Definition:
...", "Key Behaviors" over a list, "Proficiency Levels" over items opening with a level's name
and a colon ("–Expert: Models, leads ..."). The fonts tell the name at best (a heading), never
the parts: read as lines, the part labels became competencies ("Key Behaviors") and the level
items one list at "All levels". :func:`dictionary_parts` runs
:func:`compkit.ingest.textfields.labelled_parts` over the PDF's lines, as
:mod:`compkit.ingest.textfile` does over plain text, and keeps the headings the fonts told,
each at its line's new place.

A library of competencies may list each one's levels with no definition line or part label
at all: a heading, its description, then items opening with a level's name and a colon
("• Unfamiliar: ...", "• Meets: ..."). :func:`recurring_levels` reads those items as their
levels' statements where the same names open the items under two or more headings, so the
names need be in no word list of levels ("Meets", "Exceeds"). A library typed as paragraphs
may open each competency's paragraph with its name in bold or italics, run in and closed by a
colon or a full stop ("**Analytical Ability**: Approaches problems ..."), over the same items:
where no heading holds such items, :func:`runin_names` finds those names (from each page's
bold or italic pieces of text) and each is read as its competency's heading over the rest of
its paragraph (the description), as long as the items under them then recur as levels. Where
headings hold them, a name run in directly over a heading's items is still the competency,
and the heading over it a section's title ("Example with four proficiency levels:"). A name
naming a part ("*Summary:*"), or run in over two headings' items or more, is a label: the
headings stay the competencies.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import get_close_matches

from .blocks import clean, marker
from .levelnames import level_score
from .textfields import LEVEL_SLOT, labelled_parts

__all__ = ["dictionary_parts", "recurring_levels", "runin_names"]

# an item's opening name (six words at most) and its colon: "Unfamiliar: Possesses ...",
# "Meets: Breaks ...", "n00b: Enthusiasm ...", "🧙 1337: Actively ..."
_NAMED = re.compile(r"^([^\s:.;!?,][^:.;!?,]{0,47}?):\s+(\S.*)$")
# names of a competency's parts, never a level's: "• Definition: ...", "• Examples: ..."
_PARTS = re.compile(
    r"(?:definition|description|overview|purpose|examples?|notes?|behaviou?rs?|indicators?|"
    r"scope|impact|evidence|why|how|what)\b",
    re.IGNORECASE,
)


def dictionary_parts(
    lines: list[str],
    places: list[dict],
    tables: dict[int, list],
    heads: dict[int, str],
    bolds: list[dict] | None = None,
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str], list[tuple], list[str]]:
    """The lines with a dictionary's parts told (see the module), its headings, notes, levels.

    The levels are the names :func:`recurring_levels` read, in the order they first stand
    (none when a dictionary's parts were told). ``bolds``: each page's pieces of text in one
    weight (:func:`~compkit.ingest.pdfbold.bold_lines`), for names run in bold
    (:func:`runin_names`), tried only where no heading holds levels' items.

    ``heads`` are the headings told by their font (line index: slot); those the parts tell
    ("name over a definition", "level name opening an item") take their lines' place. A
    document with no definition lines or part labels comes back as it is, with no notes.

    Examples
    --------
    >>> lines = ["Writing", "Definition: Writes well.", "Key Behaviors", "•Uses style",
    ...          "Proficiency Levels", "–Expert: Leads others.", "–Basic: Writes notes."]
    >>> places = [{"page": 1, "lines": [k]} for k in range(1, 8)]
    >>> out, where, _, heads, _, _ = dictionary_parts(lines, places, {}, {0: "PDF heading"})
    >>> [(out[k], where[k]["lines"]) for k in sorted(heads)]
    [('Writing', [1]), ('Expert', [6]), ('Basic', [7])]
    """
    out, where, moved, told, notes = labelled_parts(lines, places, tables)
    if out == lines and not told and not notes:
        out, where, moved, told, notes = recurring_levels(lines, places, tables, heads)
        runin = runin_names(lines, places, heads, tables, bolds or [])
        inner = dict(heads)
        if notes:  # under a heading, only a name run in directly over its levels' items
            levels = {out[k] for k, slot in told.items() if slot == LEVEL_SLOT}
            runin = {i: n for i, n in runin.items() if _item_name(lines, _next(lines, i)) in levels}
        runin = _once(runin)  # "*Summary:*" over every heading's items is a label
        if notes:
            inner = _inside(heads, runin)
        if runin:
            read = recurring_levels(*_run_in(lines, places, tables, inner, runin))
            if read[4]:  # the items under the run-in names recur as levels
                out, where, moved, told, notes = read
                titles = [clean(lines[h]) for h in sorted(heads.keys() - inner.keys())]
                notes = [_runin_note(runin, places, titles), *notes]
        named = [out[k] for k, slot in sorted(told.items()) if slot == LEVEL_SLOT]
        return out, where, moved, told, notes, list(dict.fromkeys(named))
    first: dict[int, int] = {}
    for k, place in enumerate(where):
        first.setdefault(id(place), k)
    kept = {first[id(places[i])]: slot for i, slot in heads.items() if id(places[i]) in first}
    kept = {k: slot for k, slot in kept.items() if out[k].strip()}  # no heading on a part set aside
    return out, where, moved, kept | told, notes, []


def recurring_levels(
    lines: list[str], places: list[dict], tables: dict[int, list], heads: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str], list[tuple]]:
    """Items opening with a name and a colon that recurs under two or more headings: levels.

    Under each heading the fonts told (``heads``), the list items opening "Name: text" are
    read as level ``Name``'s statement when there are two or more, their names all differ and
    each name opens such items under another heading too, and none names a part of a
    competency ("Definition", "Examples", "Scope"); where half the headings holding
    them or more are themselves levels' names ("Senior"), the items name aspects ("Scope: ...")
    and are left as they are. Each such item
    becomes its name's heading over its text, as :func:`dictionary_parts` reads "Expert: ...".

    Examples
    --------
    >>> lines = ["Writing", "Writes well.", "• Meets: Writes notes.", "• Exceeds: Edits.",
    ...          "Talking", "• Meets: Speaks.", "• Exceeds: Presents."]
    >>> places = [{"page": 1, "lines": [k]} for k in range(1, 8)]
    >>> out, _, _, heads, notes = recurring_levels(lines, places, {}, {0: "h", 4: "h"})
    >>> out[:6]
    ['Writing', 'Writes well.', 'Meets', '– Writes notes.', 'Exceeds', '– Edits.']
    >>> sorted(heads)
    [0, 2, 4, 6, 7, 9]

    Under levels' names the items name aspects, and a part's name ("Examples:") is none:

    >>> lines = ["Junior", "• Reach: Tasks.", "• Craft: Own code.", "Senior",
    ...          "• Reach: Features.", "• Craft: The team's code."]
    >>> recurring_levels(lines, places[:6], {}, {0: "h", 3: "h"})[0] == lines
    True
    >>> lines = ["Writing", "• Definition: Writes.", "• Examples: Notes.", "Talking",
    ...          "• Definition: Speaks.", "• Examples: Talks."]
    >>> recurring_levels(lines, places[:6], {}, {0: "h", 3: "h"})[0] == lines
    True
    """
    named = {i: m for i in range(len(lines)) if (m := _item(lines, i))}
    starts = sorted(heads)
    under: dict[int, list[int]] = {}
    for i in named:
        above = [h for h in starts if h < i]
        if above:
            under.setdefault(above[-1], []).append(i)
    seen = Counter(n for items in under.values() for n in {named[i][0] for i in items})
    recur = [n for n, k in seen.items() if k >= 2]
    found: dict[int, str] = {}  # item -> its level's name
    spelt: list[str] = []  # names read as a recurring name spelt otherwise ("Meeets")
    for items in under.values():
        names = [named[i][0] for i in items]
        if len(items) < 2 or len(set(names)) < len(names):
            continue
        read = [
            n if seen[n] >= 2 else next(iter(get_close_matches(n, recur, 1, 0.85)), None)
            for n in names
        ]
        if None not in read and len(set(read)) == len(read):
            found.update(zip(items, read, strict=True))
            spelt += [f"'{a}' as '{b}'" for a, b in zip(names, read, strict=True) if a != b]
    holding = [h for h, items in under.items() if found.keys() & set(items)]
    levelled = sum(level_score(clean(lines[h])) >= 0.8 for h in holding)
    if len(holding) < 2 or 2 * levelled >= len(holding):  # "Senior" over "Scope: ..."
        return lines, places, tables, heads, []
    parts = {i: (found[i], f"– {named[i][1]}") for i in found}
    out, where, tables, told = _split(lines, places, tables, heads, parts, LEVEL_SLOT)
    names = ", ".join(dict.fromkeys(found[i] for i in sorted(found)))
    said = (
        f"{len(found)} items opening with a name and a colon that recurs under other headings "
        f"({names}): each read as that level's statement"
    )
    notes = [("guess", said, 0.7)]
    if spelt:
        notes.append(
            (
                "repair",
                f"a level's name read as the name it is spelt like elsewhere: {', '.join(spelt)}",
                0.7,
            )
        )
    return out, where, tables, told, notes


def _item(lines: list[str], i: int) -> tuple[str, str] | None:
    """A list item's opening name and its text ("• Meets: Writes notes."), or None."""
    if not 0 <= i < len(lines):
        return None
    number, bullet, rest = marker(clean(lines[i]))
    m = _NAMED.match(clean(rest).lstrip("\u200d"))
    if not (bullet or number is not None) or not m or len(m.group(1).split()) > 6:
        return None
    if _PARTS.match(m.group(1)):
        return None
    return m.group(1).strip(), m.group(2)


def _next(lines: list[str], i: int) -> int:
    """The index of the first line after ``i`` holding text (``len(lines)`` if none)."""
    return next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))


def _item_name(lines: list[str], i: int) -> str | None:
    """The name opening line ``i`` as a list item ("Meets"), or None."""
    return item[0] if (item := _item(lines, i)) else None


# a paragraph's name run in before its text and closed by a colon or a full stop
_RUNIN_SLOT = "PDF run-in name (bold)"
# a part's label run in as a name would be ("*Summary:* ...", "**Key behaviours.** ..."):
# never a competency's name
_LABEL = re.compile(
    r"(?:key\s+)?(?:summary|definition|description|overview|purpose|intent|examples?|notes?|"
    r"behaviou?rs?|indicators?|scope|evidence|rationale|context|level|proficiency)s?",
    re.IGNORECASE,
)


def runin_names(
    lines: list[str],
    places: list[dict],
    heads: dict[int, str],
    tables: dict[int, list],
    bolds: list[dict],
) -> dict[int, str]:
    """Lines opening with a name in bold, closed by a colon or full stop before plain text.

    ``bolds`` holds each page's pieces of text in one weight (``{text: bold}``, bold or
    italic); a line (no
    heading, table or list item) opens with a name when a bold piece of its page, less a
    closing colon or full stop, is its first words and the line goes on past the colon or
    full stop after them. The name has one to eight words and opens with a capital. A name
    naming a part ("Definition", "Summary", "Key behaviours") is a label, never a
    competency's name: its lines are left out.

    Examples
    --------
    >>> lines = ["Writing: Writes well.", "• Meets: Notes.", "Talking. Speaks.", "Plain: text."]
    >>> places = [{"page": 1, "lines": [k]} for k in range(1, 5)]
    >>> bolds = [{"Writing": True, "Talking.": True, "Speaks.": False, "Plain: text.": False}]
    >>> runin_names(lines, places, {}, {}, bolds)
    {0: 'Writing', 2: 'Talking'}
    >>> lines = ["Summary: Writes well.", "• Meets: Notes.", "Scope: Speaks.", "Plain: text."]
    >>> runin_names(lines, places, {}, {}, [{"Summary:": True, "Scope": True}])
    {}
    """
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        page = places[i].get("page") if i < len(places) else None
        if i in heads or i in tables or not isinstance(page, int) or not 0 < page <= len(bolds):
            continue
        text = clean(line)
        number, bullet, _ = marker(text)
        if not text or bullet or number is not None:
            continue
        names = [
            name
            for piece, bold in bolds[page - 1].items()
            if bold
            and (name := piece.rstrip(":.").rstrip())
            and 1 <= len(name.split()) <= 8
            and name[0].isupper()
            and text.startswith(name)
            and text[len(name) : len(name) + 1] in (":", ".")
            and text[len(name) + 1 :].strip()
        ]
        if names:
            found[i] = max(names, key=len)
    return {i: n for i, n in found.items() if not _LABEL.fullmatch(n)}


def _once(names: dict[int, str]) -> dict[int, str]:
    """The run-in names less those run in at two lines or more: labels, not competencies.

    A name over every heading's items ("*Summary:* ...") would read all of them as one
    competency; it is a label, and the headings stay the competencies.

    Examples
    --------
    >>> _once({2: "Summary", 7: "summary", 12: "Writing"})
    {12: 'Writing'}
    """
    seen = Counter(" ".join(n.casefold().split()) for n in names.values())
    return {i: n for i, n in names.items() if seen[" ".join(n.casefold().split())] < 2}


def _inside(heads: dict[int, str], names: dict[int, str]) -> dict[int, str]:
    """The headings less each one holding run-in names, their slot given to the names.

    A heading over a paragraph whose name is run in over the levels' items ("Example with
    four proficiency levels:" over "*Analytical Ability*: Approaches ...") is a section's
    title: the name is the competency, in the heading's slot (``heads`` gains the names' lines
    at the slot of the heading above them, and loses that heading).

    Examples
    --------
    >>> _inside({0: "h1", 5: "h1"}, {2: "Writing"})
    {5: 'h1', 2: 'h1'}
    """
    out = dict(heads)
    for i in sorted(names):
        above = [h for h in heads if h < i]
        if above:
            out[i] = heads[max(above)]
            out.pop(max(above), None)
    return out


def _run_in(
    lines: list[str],
    places: list[dict],
    tables: dict[int, list],
    heads: dict[int, str],
    names: dict[int, str],
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str]]:
    """The lines with each run-in name set on a line of its own (a heading) over its text."""
    parts = {i: (n, clean(lines[i])[len(n) + 1 :].strip()) for i, n in names.items()}
    out, where, tables, told = _split(lines, places, tables, heads, parts, _RUNIN_SLOT)
    at = {i + sum(k < i for k in parts): heads[i] for i in parts if i in heads}
    return out, where, tables, told | at


def _split(
    lines: list[str],
    places: list[dict],
    tables: dict[int, list],
    heads: dict[int, str],
    parts: dict[int, tuple[str, str]],
    slot: str,
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str]]:
    """Each line of ``parts`` set as its two parts, the first told as ``slot``; the rest kept.

    Tables and heads keyed by line follow their lines to where they now stand.
    """
    out: list[str] = []
    where: list[dict] = []
    moved: dict[int, int] = {}
    told: dict[int, str] = {}
    for i, line in enumerate(lines):
        moved[i] = len(out)
        if i in heads:
            told[len(out)] = heads[i]
        if i in parts:
            told[len(out)] = slot
            out += list(parts[i])
            where += [places[i], places[i]]
            continue
        out.append(line)
        where.append(places[i])
    return out, where, {moved[i]: g for i, g in tables.items()}, told


def _runin_note(names: dict[int, str], places: list[dict], titles: list[str]) -> tuple:
    """The report's note on the names read as headings where they open their paragraphs.

    ``titles``: the headings over such names, read as sections' titles, not competencies.
    """
    shown = ", ".join(repr(names[i]) for i in sorted(names)[:5]) + (
        " ..." if len(names) > 5 else ""
    )
    said = (
        f"{len(names)} paragraphs opening with a name in bold or italics closed by a colon or "
        f"full stop read as competencies, each paragraph's rest as its description: {shown}"
    )
    if titles:
        said += (
            f"; the heading over such a name is a section's title, not a competency, and its "
            f"text is kept as it stands: {', '.join(map(repr, titles))}"
        )
    return ("guess", said, 0.7, places[min(names)])
