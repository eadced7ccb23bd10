"""A competency heading one rank up, holding its levels with no heading of the usual rank.

CalHR's core competencies page sets "Collaboration" over its key skills ("Teamwork",
"Building Relationships"), each with its levels, but "Adaptability" over its levels
directly. Read by the usual rank alone, the key skills are the competencies and
"Adaptability"'s statements belong to none. A heading in the slot right above the
competencies' slot that never stands over a competency heading, yet holds levels, is a
competency itself (reported). A heading one rank off that names a competency the level
holds too is :func:`compkit.ingest.prose.misranked_competency`'s case, tried first.
"""

from __future__ import annotations

from .blocks import Label, Region
from .draft import Draft
from .labels import Decision
from .prose import misranked_competency

__all__ = ["off_rank_competency", "shallow_competency", "shallow_head", "shallow_heads"]


def off_rank_competency(
    draft: Draft, region: Region, level: Label, decision: Decision, regions: list[Region]
) -> Label | None:
    """The competency of a region with a level and no heading of the competencies' rank."""
    return misranked_competency(draft, region, level, decision, regions) or shallow_competency(
        draft, region, level, decision, regions
    )


def shallow_head(
    region: Region, level: Label, decision: Decision, regions: list[Region]
) -> Label | None:
    """The heading right above ``level`` when it is a competency set one rank up, else None.

    It qualifies when its slot is the one right above the competency headings elsewhere, it
    stands over no competency heading itself, and it holds two or more levels' statements.
    """
    kinds = decision.kinds
    comp_slot = decision.slot_of("competency")
    at = region.labels.index(level) if level in region.labels else -1
    if comp_slot is None or at < 1 or not region.paras:
        return None
    over_comps: set[str] = set()  # slots right above a competency heading
    for r in regions:
        for k, lb in enumerate(r.labels[1:], 1):
            if lb.slot == comp_slot:
                over_comps.add(r.labels[k - 1].slot)
    if len(over_comps) != 1:
        return None
    # the heading in that slot, with nothing but unread labels ("Key Skills") below it
    above = list(region.labels[:at])
    head = next((lb for lb in reversed(above) if lb.slot in over_comps), None)
    between = above[above.index(head) + 1 :] if head is not None else []
    if head is None or any(kinds.get(lb.slot) not in ("other", None) for lb in between):
        return None
    if kinds.get(head.slot) not in ("title", "group", "other", None):
        return None
    held: set[str] = set()  # the levels under this heading
    for r in regions:
        if head not in r.labels:
            continue
        under = r.labels[r.labels.index(head) + 1 :]
        if any(lb.slot == comp_slot for lb in under):
            return None  # it heads competencies: a group or a title
        held |= {lb.text for lb in under if kinds.get(lb.slot) == "level" and r.paras}
    if len(held) < 2:
        return None
    return head


def shallow_competency(
    draft: Draft, region: Region, level: Label, decision: Decision, regions: list[Region]
) -> Label | None:
    """:func:`shallow_head`, reported once per heading."""
    head = shallow_head(region, level, decision, regions)
    if head is None:
        return None
    said = f"{head.text!r} holds its levels with no heading of the competencies' rank under it"
    if any(n.message.startswith(said) for n in draft.report.notes):
        return head
    draft.report.add(
        "guess",
        f"{said}: read as a competency",
        0.6,
        head.where,
    )
    return head


def shallow_heads(regions: list[Region], decision: Decision) -> set[tuple[str, str]]:
    """The (slot, text) of every heading :func:`shallow_head` reads as a competency."""
    kinds, out = decision.kinds, set()
    for r in regions:
        level = next((lb for lb in r.labels if kinds.get(lb.slot) == "level"), None)
        if level is None or any(kinds.get(lb.slot) == "competency" for lb in r.labels):
            continue
        if (head := shallow_head(r, level, decision, regions)) is not None:
            out.add((head.slot, head.text))
    return out
