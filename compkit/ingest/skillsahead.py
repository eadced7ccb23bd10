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
same (case aside); an entry naming none under the levels ("User experience (UX) writing" where the
levels say "UX writing") is set aside with the heading, its text reported unread.
"""

from __future__ import annotations

from .blocks import Document, clean, marker
from .describedlist import read_described
from .levelnames import level_score

__all__ = ["skills_ahead"]


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
            entries = _entries(sections[name])
            if entries is None or level_score(name) >= 0.5:
                continue
            if 2 * sum(level_score(e) >= 0.5 for e in entries) >= len(entries):
                continue  # an overview of the levels ("Level 1" over its summary), not skills
            later = {
                other: {
                    clean(lb.text).casefold()
                    for region, at in sections[other]
                    for lb in region.labels[at + 1 :]
                }
                for other in order[k + 1 :]
            }
            holding = [o for o, got in later.items() if 2 * len(set(entries) & got) >= len(entries)]
            recurs = 2 * sum(sum(e in later[o] for o in holding) >= 2 for e in entries)
            recurs = recurs > len(entries)
            if len(holding) < 2 or not recurs:
                continue
            if not all(_apart(entries, sections[o]) for o in holding):
                continue
            marks = {"layout": "level", "contents": name, "levels": holding}
            said = read_described(doc, marks)
            if said:
                return [s.replace("descriptions and values", "descriptions") for s in said]
    return []
