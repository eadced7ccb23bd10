"""A section ahead of the levels naming each competency over its prose: their descriptions.

Many ladders say once, before the levels, what each competency is, then what it asks at each
level under the same names. Skylight's career pathways (CC BY-SA) open with "### Required
skills" over "#### Data engineering" and a paragraph defining it, then "### Associate data
scientist" … "### Principal data scientist", each over "##### Data engineering" again. Read as
any other text, the section is a sixth or seventh level, or guidance beside the ladder (set
aside), or part of the introduction, and the definitions are lost.

A section is read so when, in one heading tier, it comes before two or more sections that each hold
at least half of its entries' names again below them, most entries' names recur under two of them,
its entries (two or more, none twice) each hold paragraphs only and nothing deeper, its name reads
as no level's and most entries' do not ("Strategic insight" may). The later sections must set the
names apart from the list: they stand at another rank there, or hold a list where the entries hold
prose (so a ladder's first level, its competencies' lists under the same headings, is never taken).
Each entry is then read as the competency's own text, as compkit's by-level renders are
(:func:`compkit.ingest.describedlist.read_described`, with the later sections as the levels): its
paragraphs the competency's description. Nothing is matched by words alone: the names must be the
same (case aside), or one the entry's short form in brackets gives ("User experience (UX) writing"
where the levels say "UX writing"; reported); an entry naming none under the levels is set aside
with the heading, its text reported unread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, clean, marker
from .describedlist import read_described
from .levelnames import level_score

__all__ = ["skills_ahead"]

#: "User experience (UX) writing": words, their short form in brackets, and what follows
_SHORT = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Z][A-Za-z0-9&/]{1,7})\)\s*(?P<rest>.*)$")


def _sections(doc: Document, slot: str) -> dict[str, list]:
    """Each label of ``slot`` (its first words as written) over its regions' deeper labels."""
    out: dict[str, list] = {}
    for region in doc.regions:
        at = next((k for k, lb in enumerate(region.labels) if lb.slot == slot), None)
        if at is not None:
            out.setdefault(clean(region.labels[at].text), []).append((region, at))
    return out


def _listed(para) -> bool:
    """Whether a paragraph is a list's item (or holds items joined under a lead-in)."""
    number, bullet, _ = marker(para.text)
    return para.bullet or para.number is not None or bullet or number is not None


def _entries(held: list) -> dict[str, str] | None:
    """A candidate section's entries: each name (lower case) and its slot; None if no list."""
    names: dict[str, str] = {}
    for region, at in held:
        below = region.labels[at + 1 :]
        if region.in_table or len(below) > 1 or any(_listed(p) for p in region.paras):
            return None
        if below:
            name = clean(below[0].text).casefold()
            if name in names or not region.paras:
                return None
            names[name] = below[0].slot
    return names if len(names) >= 2 else None


def _apart(entries: dict[str, str], held: list) -> bool:
    """Whether a later section sets the entries' names apart from the list ahead of it.

    They stand at another rank there (Skylight: "#####" under "Skills needed for this level",
    "####" in the list), or they hold a list there where the entries hold prose only.
    """
    for region, at in held:
        for lb in region.labels[at + 1 :]:
            slot = entries.get(clean(lb.text).casefold())
            if slot is not None and (lb.slot != slot or any(_listed(p) for p in region.paras)):
                return True
    return False


def _short_forms(held: list, names: set[str]) -> list[tuple]:
    """Name an entry as the levels do where they use its short form: "UX writing".

    An entry naming its subject in full with the short form in brackets ("User experience (UX)
    writing") stands under the levels in either form alone ("UX writing", "User experience
    writing"); where one of them is found there, the entry's label takes it. Returns each
    renamed region with its label as it was.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> region = Region((Label("Skills", "###"), Label("User experience (UX) writing", "####")), [])
    >>> [old.text for _, old in _short_forms([(region, 0)], {"ux writing"})]
    ['User experience (UX) writing']
    >>> region.labels[-1].text
    'UX writing'
    """
    said = []
    for region, at in held:
        label = region.labels[at + 1] if len(region.labels) > at + 1 else None
        m = _SHORT.match(clean(label.text)) if label is not None else None
        if m is None or clean(label.text).casefold() in names:
            continue
        forms = (f"{m['short']} {m['rest']}", f"{m['long']} {m['rest']}")
        found = next((f.strip() for f in forms if f.strip().casefold() in names), None)
        if found is not None:
            region.labels = (*region.labels[: at + 1], replace(label, text=found))
            said.append((region, label))
    return said


def _read(doc: Document, name: str, entries: dict, later: dict, sections: dict) -> list[str]:
    """Read the section ``name`` as the descriptions where its entries are a list of skills."""
    if len(entries) < 2 or 2 * sum(level_score(e) >= 0.5 for e in entries) >= len(entries):
        return []  # an overview of the levels ("Level 1" over its summary), not skills
    holding = [o for o, got in later.items() if 2 * len(set(entries) & got) >= len(entries)]
    recurs = 2 * sum(sum(e in later[o] for o in holding) >= 2 for e in entries) > len(entries)
    if len(holding) < 2 or not recurs or not all(_apart(entries, sections[o]) for o in holding):
        return []
    said = read_described(doc, {"layout": "level", "contents": name, "levels": holding})
    return [s.replace("descriptions and values", "descriptions") for s in said]


def skills_ahead(doc: Document) -> list[str]:
    """Read a section listing the competencies ahead of the levels as their descriptions.

    Returns what was read, in words, for the report (empty when nothing was).

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> top, skill = Label("Required skills", "###"), Label("Writing", "####")
    >>> doc = Document([Region((top, skill), [Para("Writing is ...", {})])] + [
    ...     Region((Label(lv, "###"), Label(name, "#####")), [Para(f"{lv}: {name}.", {})])
    ...     for lv in ("Associate", "Senior") for name in ("Writing", "Testing")])
    >>> doc.regions.insert(1, Region((top, Label("Testing", "####")), [Para("Tests ...", {})]))
    >>> skills_ahead(doc)
    ["'Required skills' read as the descriptions of 2 competencies"]
    >>> [(r.labels[-1].text, r.paras[0].text) for r in doc.regions[-2:]]
    [('Writing', 'Writing is ...'), ('Testing', 'Tests ...')]
    """
    slots = dict.fromkeys(lb.slot for r in doc.regions for lb in r.labels)
    for slot in slots:
        sections = _sections(doc, slot)
        order = list(sections)
        for k, name in enumerate(order):
            if _entries(sections[name]) is None or level_score(name) >= 0.5:
                continue
            later = {
                other: {
                    clean(lb.text).casefold()
                    for region, at in sections[other]
                    for lb in region.labels[at + 1 :]
                }
                for other in order[k + 1 :]
            }
            renamed = _short_forms(sections[name], set().union(set(), *later.values()))
            said = _read(doc, name, _entries(sections[name]) or {}, later, sections)
            if said:
                told = [
                    f"{old.text!r} as {r.labels[-1].text!r}, its name under the levels"
                    for r, old in renamed
                ]
                return [s + (f" ({'; '.join(told)})" if told else "") for s in said]
            for region, old in renamed:  # nothing read: the entries stand as they were
                region.labels = (*region.labels[:-1], old)
    return []
