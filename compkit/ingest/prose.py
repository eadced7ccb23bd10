"""Sections of a page's prose that stand among its levels: an introduction, not a level.

A competency's page often opens with sections of paragraphs ("Introduction", "Why is it
important?") under headings of the same rank as its levels ("Level 1", "Level 2"), so the
label classifier reads the whole rank as levels. :func:`prose_beside_levels` tells such a
section apart, and :mod:`compkit.ingest.outline` reads its paragraphs as the competency's
description. The roles that need a skill (:func:`role_list`), a list beside the statements, are
told apart here too (reading lists: :mod:`.readinglists`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .blocks import Document, Label, Para, Region, clean, marker, unbulleted, wrapped
from .draft import Draft
from .labels import Decision
from .levelnames import level_score
from .polarity import polarity_of

__all__ = [
    "defines_levels",
    "describe_level",
    "level_sentences",
    "listed_competency",
    "misranked_competency",
    "named_by_levels",
    "prose_beside_levels",
    "role_list",
    "tell_prose",
]


def prose_beside_levels(
    level: Label, region: Region, decision: Decision, regions: list[Region]
) -> bool:
    """Whether a section read as a level is prose before the sections named as levels.

    With levels named by the user (and found among the section's rank), nothing else is a
    level. Otherwise a section is set aside when its name reads as no level, it holds
    paragraphs and no list, no section of its rank under the same headings before it reads as
    a level, and one after it does and holds a list (College of Policing's CVF pages:
    "Introduction" and "Why is it important?" before "Level 1"). A ladder whose levels are
    all paragraphs ("Staff OSPO Engineer" after "OSPO Engineer I") keeps every level.

    Examples
    --------
    >>> from .blocks import Para
    >>> def section(name, *texts, bullet=False):
    ...     paras = [Para(t, {}, bullet=bullet, key=t) for t in texts]
    ...     return Region((Label(name, "h2", key=name),), paras)
    >>> page = [section("Introduction", "We make the effort to understand ourselves."),
    ...         section("Level 1", "I treat others with respect.", bullet=True)]
    >>> [prose_beside_levels(r.labels[0], r, Decision(), page) for r in page]
    [True, False]
    >>> prose_beside_levels(page[1].labels[0], page[1], Decision(levels=("level 2",)), page)
    False
    """
    kin = [r for r in regions if _parents(r, level) == _parents(region, level)]
    mates = {clean(lb.text).casefold() for r in kin for lb in r.labels if lb.slot == level.slot}
    if set(decision.levels) & mates:
        return clean(level.text).casefold() not in decision.levels
    if region.in_table or level_score(level.text) >= 0.5 or not region.paras:
        return False
    if any(_listed(p) for p in region.paras) or region not in kin:
        return False
    at = kin.index(region)
    named = [k for k, r in enumerate(kin) if level_score(_name(r, level)) >= 0.5]
    return bool(named) and named[0] > at and any(_listed(p) for p in kin[named[0]].paras)


_ROLES_LEAD = re.compile(r"^(?:job |relevant )?roles?\b[^.]{0,40}:$", re.IGNORECASE)


def role_list(paras: list[Para]) -> list[Para]:
    """A line "Roles that require this skill:" and the list of roles under it (else [])."""
    for k, p in enumerate(paras):
        if _ROLES_LEAD.match(clean(p.text)):
            items = []
            for q in paras[k + 1 :]:
                number, bullet, rest = marker(q.text)
                if not (q.bullet or bullet or number is not None) or len(rest.split()) > 6:
                    break
                items.append(q)
            return [p, *items] if items else []
    return []


def tell_prose(draft: Draft, section: Label, comp: Label) -> None:
    """Report a prose section read as its competency's description."""
    draft.report.add(
        "guess",
        f"the paragraphs under {section.text!r} read as {comp.text!r}'s description: prose "
        "beside the sections named as levels",
        0.75,
        section.where,
    )


def listed_competency(
    draft: Draft, region: Region, decision: Decision, regions: list[Region]
) -> Label | None:
    """A heading over a list, of the rank above the competencies, with no competency under it.

    Canada's Key Leadership Competencies: "VALUES AND ETHICS" holds its behaviours directly,
    while "STRATEGIC THINKING" holds them under "Analysis" and "Ideas", the labels read as
    competencies; the first heading is a competency too (its list was read as the document's
    introduction). Only a list is read so (its items may wrap), never prose, nor an
    "Overview" or "Introduction". A list of what to avoid ("### Anti-patterns" beside "###
    Responsibilities" over the competencies, danscratch's ladder) is read so too, its
    statements then ineffective (:mod:`compkit.ingest.sidelists`); it was the level's
    description.
    """
    head = region.labels[-1] if region.labels else None
    paras = [p for p in region.paras if clean(p.text)]
    listed = [_listed(p) for p in paras]  # a PDF's wrapped lines continue its items
    if (
        head is None
        or region.in_table
        or not paras
        or not listed[0]
        or 2 * sum(listed) < len(paras)
    ):
        return None
    kinds = decision.kinds
    over = {  # headings over competency headings (a table's column headers do not count)
        r.labels[k - 1].slot
        for r in regions
        if not r.in_table
        for k, lb in enumerate(r.labels)
        if k and kinds.get(lb.slot) == "competency"
    }
    if head.slot not in over or kinds.get(head.slot) not in ("other", "group"):
        return None
    side = polarity_of(head.text)  # "Anti-patterns": what to avoid, read so by ``sidelists``
    if side != "ineffective" and (_SPECIAL_HEAD.match(clean(head.text)) or side):
        return None  # an introduction, or a side's name ("Effective"): no competency
    message = (
        f"{head.text!r} holds a list with no competency heading under it, as others of its "
        "rank have: read as a competency"
    )
    if all(note.message != message for note in draft.report.notes):  # once, not per level
        draft.report.add("guess", message, 0.5, head.where)
    return head


def misranked_competency(
    draft: Draft, region: Region, level: Label, decision: Decision, regions: list[Region]
) -> Label | None:
    """A heading under a level, one rank off, that names a competency the level holds too.

    Skylight's data-scientist pathway sets "Data engineering" one rank higher under "Data
    scientist II" than under the other levels, beside that level's "Strategic and policy
    thinking" at the usual rank: its text is that competency's at this level, not the level's
    description. Read so, and reported as a repair of the source's structure.
    """
    head = region.labels[-1] if region.labels else None
    kinds = decision.kinds
    if head is None or head is level or kinds.get(head.slot) not in ("other", None):
        return None
    names: dict[str, set[str]] = {}  # competency name -> the levels it is read at
    for r in regions:
        comp = next((lb for lb in r.labels if kinds.get(lb.slot) == "competency"), None)
        at = next((lb.text for lb in r.labels if kinds.get(lb.slot) == "level"), None)
        if comp is not None and r.paras:
            names.setdefault(clean(comp.text).casefold(), set()).add(at)
    held = {n for n, levels in names.items() if level.text in levels}
    name = clean(head.text).casefold()
    if name not in names or name in held or not held:
        return None
    draft.report.add(
        "repair",
        f"{head.text!r} under {level.text!r} stands one rank off the competency headings "
        "of the same name: its text read as that competency's at this level",
        0.6,
        head.where,
    )
    return head


_SPECIAL_HEAD = re.compile(
    r"^(?:introduction|overview|about|background|purpose|summary|contents|how to|notes?|key|"
    r"anti-?patterns?|pitfalls?|watch[- ]?outs?|red flags?)\b",
    re.IGNORECASE,
)


def _listed(para) -> bool:
    number, bullet, _ = marker(para.text)
    return para.bullet or para.number is not None or bullet or number is not None


def _name(region: Region, level: Label) -> str:
    return next((lb.text for lb in region.labels if lb.slot == level.slot), "")


def _parents(region: Region, level: Label) -> tuple:
    """The labels over a region's label in ``level``'s slot (its competency's heading, ...)."""
    out = []
    for lb in region.labels:
        if lb.slot == level.slot:
            return tuple(out)
        out.append((lb.slot, lb.text))
    return None


def describe_level(
    draft: Draft, level: Label, region: Region, used: set[str], *, told: set | None = None
) -> None:
    """Add a region's paragraphs to its level's description, each marked used.

    With ``told``, the block of definitions over the level is reported once.
    """
    for lb in region.labels if told is not None else ():
        if _DEFINITIONS.search(clean(lb.text)) and lb.text not in told:
            told.add(lb.text)
            draft.report.add(
                "guess",
                f"the text under {lb.text!r} read as the levels' descriptions, not statements",
                0.75,
                lb.where,
            )
    lkey = draft.level(level.text, level.where)
    used.update(level.key.split())
    paras = [p for p in wrapped(region.paras) if clean(p.text)]
    text = "\n\n".join(unbulleted(p.text) for p in paras)
    named = draft.levels[lkey]
    named.description = f"{named.description}\n\n{text}".strip()
    named.said += [(unbulleted(p.text), p.source) for p in paras]
    used.update(p.key for p in region.paras)
    if (
        region.in_table
        and paras
        and not region.describes_level
        and _IN_CELLS not in {n.message for n in draft.report.notes}
    ):
        draft.report.add("guess", _IN_CELLS, 0.6, paras[0].source)  # "Examples" beside a column


#: Table cells under a column no competency names, beside one that does ("What we expect |
#: Examples" under each level's heading): their level's description, said so once.
_IN_CELLS = (
    "table cells in a column that names no competency (as 'Examples' or 'Description') read as "
    "their levels' descriptions, not statements"
)


#: A block of the levels' own definitions ("Proficiency Level Definition", "Level definitions").
_DEFINITIONS = re.compile(r"\bdefinitions?\s*:?$", re.IGNORECASE)
#: A level term that names its competency first: "Accountability (Level 1 - Awareness)".
_NAMED_LEVEL = re.compile(r"^(\S.*?)\s*[(:–-]\s*(?:level|lvl)\b", re.IGNORECASE)


def defines_levels(region: Region, level: Label, kinds: dict | None = None) -> bool:
    """Whether a level's region sits in a block labelled as the levels' definitions.

    CFO.gov's competency cards set "Proficiency Level Definition" ("Applies the competency in
    the simplest situations") beside "Behavior Illustrations", both over the same level terms:
    the first says what each level means (its description), not what a person does. The
    framework's own title (a label of the kind ``kinds`` calls "title") is no such block: it
    stands over the whole document ("RSE Competencies Toolkit - Skill Levels Definition" over
    its scale's "You ..." statements).

    Examples
    --------
    >>> defs = Label("Proficiency Level Definition", "h3", key="a")
    >>> one = Label("Accountability (Level 1 - Awareness)", "dt", key="b")
    >>> defines_levels(Region((defs, one), []), one)
    True
    >>> defines_levels(Region((Label("Behavior Illustrations", "h3"), one), []), one)
    False
    >>> defines_levels(Region((defs, one), []), one, {"h3": "title"})
    False
    """
    outer = region.labels[: region.labels.index(level)] if level in region.labels else ()
    kinds = kinds or {}
    return any(
        _DEFINITIONS.search(clean(lb.text)) and kinds.get(lb.slot) != "title" for lb in outer
    )


def named_by_levels(
    comp: Label | None,
    level: Label | None,
    regions: list[Region],
    *,
    draft: Draft | None = None,
    told: set | None = None,
) -> Label:
    """The competency the level terms name, when the only label over them names a block.

    Under "Behavior Illustrations" the terms "Accountability (Level 1 - Awareness)",
    "Accountability (Level 2 - Basic)" name the page's one competency, Accountability: when
    every level term names the same competency first and the labels over them (the levels'
    definitions aside) are one, or each name it too (CFO.gov's page of a job series' cards:
    "0501 ... Entry Accountability", "0501 ... Mid Accountability"), that name is the
    competency.

    Examples
    --------
    >>> block = Label("Behavior Illustrations", "h3", key="a")
    >>> terms = [Label(f"Accountability (Level {n} - Basic)", "dt", key=f"t{n}") for n in (1, 2)]
    >>> page = [Region((block, t), []) for t in terms]
    >>> named_by_levels(block, terms[0], page).text
    'Accountability'
    >>> named_by_levels(Label("Accountability", "h3"), terms[0], page).text
    'Accountability'
    """
    if comp is None or level is None:
        return comp
    names, comps = set(), set()
    for r in regions:
        for lb in r.labels:
            if lb.slot == level.slot:
                m = _NAMED_LEVEL.match(clean(lb.text))
                names.add(clean(m.group(1)) if m else None)
            elif lb.slot == comp.slot and not _DEFINITIONS.search(clean(lb.text)):
                comps.add(clean(lb.text).casefold())
    if len(names) != 1 or None in names or not _one(names, comps):
        return comp
    name = names.pop()
    if name.casefold() == clean(comp.text).casefold():
        return comp
    if draft is not None and told is not None and comp.text not in told:
        told.add(comp.text)
        draft.report.add(
            "guess",
            f"the statements under {comp.text!r} read into {name!r}, the competency all the "
            "level terms name",
            0.7,
            comp.where,
        )
    return Label(name, level.slot, level.source, number=comp.number, key=comp.key)


def _one(names: set, comps: set[str]) -> bool:
    """One label over the terms, or labels each naming their competency ("... Accountability")."""
    name = next(iter(names)).casefold()
    return len(comps) == 1 or all(re.search(rf"\b{re.escape(name)}\b", c) for c in comps)


def level_sentences(doc: Document, decision: Decision) -> str | None:
    """A paragraph printed the same under one level of every competency: the level's, not theirs.

    Louisiana's competency model opens each level of each competency with the scale's own words
    ("Forming" over "Struggles to demonstrate the competency; needs guidance and practice."),
    then lists the competency's behaviours, and gives some levels those words alone. A first
    paragraph (not a list item, not a lead-in, six words or more, not in a table) that stands
    word for word under one level of every competency holding that level (two or more), over
    the cell's list somewhere, describes the level: it is marked as a note on the level, which
    the reader keeps as the level's description. A statement repeated as the whole of every
    cell of a level (Medium's "Develops new instances of existing architecture ...") stays.
    Returns what the report should say, or None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> def region(comp, level, *texts):
    ...     return Region((Label(comp, "##"), Label(level, "###")),
    ...                   [Para(t, {}, bullet=k > 0) for k, t in enumerate(texts)])
    >>> words = "Struggles to demonstrate the competency; needs guidance."
    >>> doc = Document([region("Learning", "Forming", words, "Avoids feedback"),
    ...                 region("Courage", "Forming", words, "Avoids conflict")])
    >>> decision = Decision(kinds={"##": "competency", "###": "level"})
    >>> print(level_sentences(doc, decision))  # doctest: +NORMALIZE_WHITESPACE
    1 paragraph printed the same under one level of every competency ('Struggles to
    demonstrate the competency; needs guidance.') read as its level's description
    >>> [p.aside for p in doc.regions[1].paras]
    [True, False]
    """
    lslot, cslot = decision.slot_of("level"), decision.slot_of("competency")
    if lslot is None or cslot is None or decision.slot_of("polarity") is not None:
        return None  # (a cell split by polarity keeps its lead line on each side)
    holders: dict[str, set[str]] = defaultdict(set)
    firsts: dict[tuple[str, str], set[str]] = defaultdict(set)
    listed: set[tuple[str, str]] = set()  # ... standing over a list
    for region in doc.regions:
        names = {lb.slot: lb.text for lb in region.labels}
        if lslot not in names or cslot not in names or not region.paras:
            continue
        holders[names[lslot]].add(names[cslot])
        p = region.paras[0]
        text = clean(p.text)
        if region.in_table or p.bullet or p.number is not None or text.endswith(":"):
            continue
        if len(text.split()) >= 6:
            firsts[names[lslot], text].add(names[cslot])
            if any(q.bullet or q.number is not None for q in region.paras[1:]):
                listed.add((names[lslot], text))
    found = {key for key, comps in firsts.items() if len(comps) >= 2 and comps == holders[key[0]]}
    if not found & listed:  # over the cells' lists: a statement repeated whole stays one
        return None
    for region in doc.regions:
        names = {lb.slot: lb.text for lb in region.labels}
        if region.paras and (names.get(lslot), clean(region.paras[0].text)) in found:
            region.paras = [replace(region.paras[0], aside=True), *region.paras[1:]]
    n = len(found)
    shown = ", ".join(repr(t) for _, t in sorted(found)[:2])
    return (
        f"{n} paragraph{'s' if n != 1 else ''} printed the same under one level of every "
        f"competency ({shown}) read as "
        + ("their levels' descriptions" if n != 1 else "its level's description")
    )
