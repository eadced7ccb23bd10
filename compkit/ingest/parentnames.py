"""Headings that repeat the name of the heading above them: "Senior X Responsibilities".

GitLab's job families give each level's sections the level's whole title: "### Senior Red
Team Engineer" over "#### Senior Red Team Engineer Responsibilities" and "#### Senior Red
Team Engineer Requirements", "### Staff Red Team Engineer" over "#### Staff Red Team Engineer
Responsibilities". No two section headings were alike, so nothing repeated under the levels
and every page read as one level, its sections as competencies named after a level each
(40 of the 73 GitLab job-family pages with "Senior" or "Intermediate" sections). A heading
that opens with its parent's name, when what is left ("Responsibilities") recurs under two
parents or more, is read by what is left; the report says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .blocks import Document, clean
from .levelnames import LEVEL_WORDS
from .tiers import level_tier

__all__ = ["parent_prefixes"]

_JOINERS = " :–—-,"


def parent_prefixes(doc: Document) -> list[tuple]:
    """Rename headings that open with their parent heading's name; the report's notes.

    Parameters
    ----------
    doc : Document
        A document read from text; its regions' labels are renamed in place.

    Returns
    -------
    list of tuple
        One guess naming an example, or none.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> doc = Document([Region((Label(lv, "###"), Label(f"{lv} {part}", "####")), [])
    ...                 for lv in ("Senior Engineer", "Staff Engineer")
    ...                 for part in ("Responsibilities", "Requirements")])
    >>> notes = parent_prefixes(doc)
    >>> [r.labels[1].text for r in doc.regions]
    ['Responsibilities', 'Requirements', 'Responsibilities', 'Requirements']
    """
    found: dict[tuple[int, int], str] = {}
    parents: dict[str, set[str]] = defaultdict(set)
    for r, region in enumerate(doc.regions):
        for k in range(1, len(region.labels)):
            parent, child = region.labels[k - 1], region.labels[k]
            rest = _rest(clean(parent.text), clean(child.text))
            if parent.slot != child.slot and rest:
                found[r, k] = rest
                parents[rest.casefold()].add(clean(parent.text))
    kept = {at: rest for at, rest in found.items() if len(parents[rest.casefold()]) >= 2}
    above = {clean(doc.regions[r].labels[k - 1].text) for r, k in kept}
    if not kept or not _ranks(above):
        return []  # "Paralegal (Corporate)", "Paralegal (Employment)": specialties, no ladder
    example, before = None, [r.labels for r in doc.regions]
    for (r, k), rest in kept.items():
        region = doc.regions[r]
        labels = list(region.labels)
        example = example or (labels[k].text, labels[k - 1].text, rest)
        labels[k] = replace(labels[k], text=rest)
        region.labels = tuple(labels)
    tier = level_tier(doc)
    if tier is None or tier[0] not in {doc.regions[r].labels[k - 1].slot for r, k in kept}:
        for region, labels in zip(doc.regions, before, strict=True):
            region.labels = labels  # the parents read as no levels even so: leave the names
        return []
    shown, parent, rest = example
    n = len({(doc.regions[r].labels[k - 1].text, rest) for (r, k), rest in kept.items()})
    return [
        (
            "guess",
            f"{n} headings open with the name of the heading above them ({shown!r} under "
            f"{parent!r}): each read by the rest of its name ({rest!r})",
            0.75,
        )
    ]


def _ranks(names: set[str]) -> bool:
    """Whether most names hold a rank word ("Senior", "Staff", "Manager"): a job ladder."""
    words = [set(re.findall(r"[a-z]+", n.casefold())) for n in names]
    return len(names) >= 2 and sum(bool(w & LEVEL_WORDS) for w in words) * 2 >= len(names)


def _rest(parent: str, child: str) -> str:
    """What follows ``parent`` at the start of ``child`` (a few words), else ''."""
    if not child.casefold().startswith(parent.casefold()) or len(child) <= len(parent):
        return ""
    if child[len(parent)] not in _JOINERS:
        return ""  # "Senior Engineering" does not open with "Senior Engineer"
    rest = child[len(parent) :].strip(_JOINERS)
    return rest if rest and len(rest.split()) <= 4 else ""
