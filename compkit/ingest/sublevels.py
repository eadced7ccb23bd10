"""A sub-heading under one level that holds every competency again: a level of its own.

A career guide prints, under "## Staff Engineer", the level's table of criteria and then
"### Readiness check" over a second table of the same categories: what an engineer shows
before the level, not more of the level. Read through the heading tiers, the sub-heading is
of a kind that names nothing (neither level nor competency) and its table was read into the
level above it, two statements in every cell. :func:`sub_levels` reads such a sub-heading as
a level of its own, standing where it is printed (after its level, so below it in a ladder
printed highest first), and says so.

It applies only when the level holds its own statements directly (not under sub-headings
alone: "Behaviours" and "Examples" under every level are parts, not levels), when the
sub-heading repeats at least three of the level's competencies and at least half of them,
and when its name stands under one level only (a "Readiness check" under every level would
name several levels at once).
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Document, Region, clean
from .labels import Decision


def _parts(region: Region, level_slot: str, comp_slot: str):
    """``(level, other, competency)`` labels of ``region``, ``other`` the label between."""
    slots = [lb.slot for lb in region.labels]
    if level_slot not in slots or comp_slot not in slots:
        return None
    lv, cp = slots.index(level_slot), slots.index(comp_slot)
    if cp <= lv:
        return None
    between = region.labels[lv + 1 : cp]
    return region.labels[lv], between, region.labels[cp]


def sub_levels(doc: Document, decision: Decision) -> str | None:
    """Relabel the regions under each repeating sub-heading as their own level; say what."""
    level_slot, comp_slot = decision.slot_of("level"), decision.slot_of("competency")
    if level_slot is None or comp_slot is None:
        return None
    own: dict[str, set[str]] = {}  # level: the competencies it holds directly
    under: dict[tuple[str, str], set[str]] = {}  # (level, sub-heading): its competencies
    slot_of: dict[str, str] = {}
    for region in doc.regions:
        parts = _parts(region, level_slot, comp_slot)
        if parts is None or not any(clean(p.text) for p in region.paras):
            continue
        level, between, comp = parts
        if not between:
            own.setdefault(level.text, set()).add(clean(comp.text).casefold())
        elif len(between) == 1 and decision.kinds.get(between[0].slot) == "other":
            key = (level.text, between[0].text)
            under.setdefault(key, set()).add(clean(comp.text).casefold())
            slot_of[between[0].text] = between[0].slot
    names = [sub for _, sub in under]
    chosen = {
        (level, sub)
        for (level, sub), comps in under.items()
        if names.count(sub) == 1
        and clean(sub).casefold() not in {clean(n).casefold() for n in own}
        and len(comps & own.get(level, set())) >= max(3, len(own.get(level, set())) / 2)
    }
    if not chosen:
        return None
    out = []
    for region in doc.regions:
        parts = _parts(region, level_slot, comp_slot)
        if parts is None or len(parts[1]) != 1 or (parts[0].text, parts[1][0].text) not in chosen:
            out.append(region)
            continue
        level, (sub,), _ = parts
        labels = tuple(
            replace(sub, slot=level_slot) if lb is level else lb
            for lb in region.labels
            if lb is not sub
        )
        out.append(replace(region, labels=labels))
    doc.regions[:] = out
    said = "; ".join(f"{sub!r} under {level!r}" for level, sub in sorted(chosen))
    return (
        f"a sub-heading under a level over the level's competencies again ({said}) read as a "
        "level of its own where it stands, not as more statements of the level above it; "
        "give levels=[...] to name and rank the levels otherwise"
    )
