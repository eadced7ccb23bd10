"""Headings of the levels' rank under other sections than the one that names the levels.

A job family page sets its grades under a heading that says so ("## Levels of Security
Engineer roles" over "### Intermediate Security Engineer" ... "### Distinguished Security
Engineer"), then goes on with other sections whose headings have the same rank: its
specialties ("## Specialties for Security Engineer roles" over "### Application Security",
"### Security Operations"), an initiative's parts ("### Project Expectations"), its hiring
steps ("### Round 1"). Read by rank alone, every one of them was a level (17 on GitLab's
security engineer page). When some of the level headings stand under a heading naming levels
and others under sections that do not, those others are set beside the ladder: reported as
text in no statement, never levels. A heading that reads as a level name wherever it stands
("Senior Engineer") stays a level.
"""

from __future__ import annotations

import re

from .blocks import Region, clean
from .levelnames import level_score

__all__ = ["beside_ladder"]

#: A section heading that names the levels under it: "Levels", "Levels of Security Engineer
#: roles", "Job Grades", "Engineering levels", "Levelling".
_NAMES_LEVELS = re.compile(
    r"\b(?:levels|grades|levell?ing)\b|^(?:job\s+|career\s+)?(?:level|grade)\W*$", re.IGNORECASE
)


def beside_ladder(regions: list[Region], level_slot: str) -> set[str]:
    """The level slot's labels standing under another section than the one naming the levels.

    Parameters
    ----------
    regions : list of Region
        The document's regions.
    level_slot : str
        The slot read as levels.

    Returns
    -------
    set of str
        Labels to set aside: empty unless some of the slot's labels stand under a heading
        naming levels (two or more of them) and others under headings that do not.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> def at(parent, name):
    ...     return Region((Label(parent, "##"), Label(name, "###")), [])
    >>> regions = [at("Levels", "Intermediate Engineer"), at("Levels", "Senior Engineer"),
    ...            at("Specialties", "Application Security"), at("Hiring Process", "Round 1")]
    >>> sorted(beside_ladder(regions, "###"))
    ['Application Security', 'Round 1']
    >>> beside_ladder(regions[2:], "###")
    set()
    """
    under: dict[str, list[str]] = {}  # a section's heading -> the level labels under it
    for region in regions:
        at = next((k for k, lb in enumerate(region.labels) if lb.slot == level_slot), None)
        if at is None:
            continue
        parent = clean(region.labels[at - 1].text) if at else ""
        names = under.setdefault(parent, [])
        if region.labels[at].text not in names:
            names.append(region.labels[at].text)
    ladders = {p for p, names in under.items() if p and _NAMES_LEVELS.search(p) and len(names) > 1}
    if not ladders or len(under) < 2:
        return set()
    kept = {t for p in ladders for t in under[p]}
    return {
        t
        for p, names in under.items()
        if p not in ladders
        for t in names
        if t not in kept and level_score(t) < 0.8
    }
