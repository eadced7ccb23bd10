"""Headings that part a ladder's levels into tracks are no groups of its competencies.

A job ladder may set its levels under track headings ("## IC track" over "### Junior
Engineer" ... "### Principal Engineer", then "## Manager track" over "### Tech Lead",
"### Engineering Lead": Dwarves' engineering ladder) with the same competencies under every
level. Read by rank, the track headings stand above the competencies and were taken for
their groups: every competency fell in the first track, and the second track was a group
with none. A group gathers competencies; a heading that every competency it holds also
stands outside of parts something else. So a heading half or more of whose competencies
stand under another heading of its tier too is read as no group, and the report names
them; a competency named alike in two groups that hold others of their own leaves them be.
"""

from __future__ import annotations

from .._words import plural, some
from .draft import Draft

__all__ = ["ungroup_tracks"]


def ungroup_tracks(draft: Draft, seen: dict[str, dict[str, dict]]) -> tuple | None:
    """Drop the groups that the same competencies stand under twice or more; the report's note.

    ``seen`` maps each competency's key to the group keys it was read under, each with
    where its heading stands. Returns the note for the report, or None when no competency
    stood under two groups.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("ladder.md"))
    >>> seen = {}
    >>> for track in ("IC track", "Manager track"):
    ...     for comp in ("Technical", "Influence"):
    ...         key = draft.competency(comp, group=track)
    ...         seen.setdefault(key, {})[track.casefold()] = {"lines": [1]}
    >>> ungroup_tracks(draft, seen)[1][:73]
    "2 headings ('IC track', 'Manager track') stand over the same competencies"
    >>> draft.groups, {c.group for c in draft.competencies.values()}
    ({}, {None})
    """
    held: dict[str, set[str]] = {}
    for comp, groups in seen.items():
        for g in groups:
            held.setdefault(g, set()).add(comp)
    shared = {c for c, groups in seen.items() if len(groups) >= 2}
    # a track holds mostly competencies that stand under another heading of its tier too
    twice = {g for g, comps in held.items() if len(comps & shared) * 2 >= len(comps) > 0}
    twice &= {g for c in shared for g in seen[c]}
    if not twice:
        return None
    names = [draft.groups[g].name for g in draft.groups if g in twice]
    comps = [draft.competencies[c].name for c, groups in seen.items() if set(groups) & twice]
    for comp in draft.competencies.values():
        if comp.group in twice:
            comp.group = None
    for g in twice:
        draft.groups.pop(g, None)
    where = next(iter(next(groups for groups in seen.values() if len(groups) >= 2).values()))
    shown = some(names)
    comp_shown = some(comps, shown=2)
    return (
        "guess",
        f"{plural(len(names), 'heading')} ({shown}) stand over the same competencies "
        f"({comp_shown}): they part the levels, not the competencies, and are read as no group",
        0.6,
        where,
    )
