"""A competency's sub-parts under some competencies only: the competencies are the tier above.

"Strategic Thinking" splits its statements under "Analysis" and "Ideas"; "Values and Ethics",
beside it under the same level, holds its statements directly. The innermost labels over the
statements are then sub-parts, not competencies: the tier above them, the one repeating under
every level, covers every statement and is read as the competencies.
"""

from __future__ import annotations

from collections import defaultdict

from .blocks import Region

__all__ = ["ragged_parent"]


def ragged_parent(regions: list[Region], level: str, inner: str, free: list[str]) -> str | None:
    """The slot to read as competencies instead of ``inner``, its sub-parts; None if none.

    Parameters
    ----------
    regions : list of Region
        The document's regions.
    level : str
        The slot read as levels.
    inner : str
        The slot the innermost labels over statements would make the competencies.
    free : list of str
        The slots not yet given a kind.

    Returns
    -------
    str or None
        The slot right under the levels and right over ``inner`` whose labels repeat under two
        or more levels each, and of which one label at least holds statements with no ``inner``
        label under it; None when there is no such slot, or when one label of that slot holds
        every ``inner`` label, more of them than that slot has labels (a section over the
        competencies, beside a level's overview: see :func:`_one_section`).

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> def region(*labels):
    ...     return Region(tuple(Label(t, s) for t, s in labels), [Para("Acts.", {})])
    >>> regions = [region((lv, "h2"), ("Ethics", "h3")) for lv in ("Director", "Manager")]
    >>> regions += [region((lv, "h2"), ("Thinking", "h3"), (p, "bold"))
    ...             for lv in ("Director", "Manager") for p in ("Analysis", "Ideas")]
    >>> ragged_parent(regions, "h2", "bold", ["h3", "bold"])
    'h3'
    """
    above: set[str | None] = set()
    holders: dict[str, set[str]] = defaultdict(set)  # each label above: the inner labels under it
    direct = False  # a label of the slot above holding statements itself
    levels: dict[str, set[str]] = defaultdict(set)  # each label above: the levels over it
    for region in regions:
        slots = [lb.slot for lb in region.labels]
        if level not in slots:
            continue
        at = slots.index(level)
        rest = [lb for lb in region.labels[at + 1 :] if lb.slot in free]
        if not rest:
            continue
        if any(lb.slot == inner for lb in rest):
            k = next(k for k, lb in enumerate(rest) if lb.slot == inner)
            above.add(rest[k - 1].slot if k else None)
            if k:
                holders[rest[k - 1].text].add(rest[k].text)
        elif region.paras and len(rest) == 1:
            direct = True
        if len(rest) >= 1:
            levels[rest[0].slot, rest[0].text].add(region.labels[at].text)
    if len(above) != 1 or not direct:
        return None
    up = above.pop()
    if up is None or up == inner:
        return None
    under = [n for (slot, _), n in levels.items() if slot == up]
    if len(under) < 2 or not all(len(n) >= 2 for n in under):
        return None
    return None if _one_section(holders, len(under)) else up


def _one_section(holders: dict[str, set[str]], above: int) -> bool:
    """Whether the inner labels all stand under one section, more of them than it has siblings.

    "### Responsibilities" over "#### Impact", "#### Ownership", ... beside "### Overview" and
    "### Anti-patterns" under every level (danscratch's ladder): the inner labels are then the
    competencies and the section their heading, not a competency split in parts.
    """
    if len(holders) != 1:
        return False
    inner = next(iter(holders.values()))
    return len(inner) >= 3 and len(inner) > above
