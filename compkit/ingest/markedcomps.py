"""A compkit render's competency heading set at another rank than the others', moved to theirs.

compkit numbers its competency headings with the framework's own term ("Domain 4: Writing
clearly") and, where the others stand under a group heading, sets a competency in no group one
rank up, in the groups' place (:mod:`compkit.authoring._layout`). Read as shown, that heading
is a group over nothing (by level: its statements were lost, 16 of 17 read) or its levels'
headings share a rank with the competencies (by competency: 20 statements read for 17, over 9
levels). With compkit's marks naming the term, every heading numbered with it is a
competency: one standing higher than the grouped ones (however many there are of each) moves
to their rank, and the labels under it to the ranks the labels under theirs have (reported).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, clean

__all__ = ["rank_marked_competencies"]


def _numbered(term: str) -> re.Pattern:
    return re.compile(rf"{re.escape(clean(term))}\s+\d{{1,3}}\s*:\s*\S", re.IGNORECASE)


def rank_marked_competencies(doc: Document, term: str | None) -> list[tuple]:
    """Move the competency headings numbered with ``term`` to the rank of the deepest ones.

    Parameters
    ----------
    doc : Document
        A compkit render read into regions; changed in place.
    term : str or None
        The competency term compkit's marks name ("competency", "domain"); None does nothing.

    Returns
    -------
    list of tuple
        The report's notes: one ``("repair", message, confidence)`` per heading moved.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region, Para
    >>> def region(*slots):
    ...     return Region(tuple(Label(t, s) for t, s in slots), [Para("Writes.", {})])
    >>> doc = Document([
    ...     region(("People", "##"), ("Domain 1: Caring", "###"), ("Senior", "####")),
    ...     region(("Delivery", "##"), ("Domain 2: Leading", "###"), ("Senior", "####")),
    ...     region(("Domain 3: Writing", "##"), ("Senior", "###")),
    ... ])
    >>> notes = rank_marked_competencies(doc, "domain")
    >>> [(lb.text, lb.slot) for lb in doc.regions[2].labels]
    [('Domain 3: Writing', '###'), ('Senior', '####')]
    >>> notes[0][1][:48]
    "'Domain 3: Writing' read as a domain at the rank"
    """
    if not term or not clean(term):
        return []
    pattern = _numbered(term)
    depth: dict[str, int] = {}  # how deep each slot's numbered headings stand
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            if _is_numbered(lb, pattern):
                depth[lb.slot] = max(depth.get(lb.slot, 0), k)
    if len(depth) < 2:
        return []
    home = max(depth, key=depth.__getitem__)  # under the groups' headings
    if sorted(depth.values())[-2] == depth[home]:
        return []  # two slots as deep: no rank to move to
    below = _slots_below(doc, pattern, home)
    moved: dict[str, tuple] = {}
    for region in doc.regions:
        at = next((k for k, lb in enumerate(region.labels) if _is_numbered(lb, pattern)), None)
        if at is None or region.labels[at].slot == home:
            continue
        head = region.labels[at]
        mine = _slots_after(region.labels[at + 1 :])
        free = [s for s in below if s not in mine]
        shift = dict(zip([s for s in mine if s not in below], free, strict=False))
        region.labels = (
            *region.labels[:at],
            replace(head, slot=home),
            *(replace(lb, slot=shift.get(lb.slot, lb.slot)) for lb in region.labels[at + 1 :]),
        )
        moved.setdefault(head.text, head.where)
    what = clean(term).lower()
    return [
        (
            "repair",
            f"{text!r} read as a {what} at the rank of the others (compkit sets a {what} in no "
            "group in the groups' place)",
            0.9,
            where,
        )
        for text, where in moved.items()
    ]


def _is_numbered(label, pattern: re.Pattern) -> bool:
    """Whether ``label`` is numbered as compkit numbers competencies ("Domain 4: ...")."""
    return label.number is not None or bool(pattern.match(clean(label.text)))


def _slots_after(labels) -> list[str]:
    out: list[str] = []
    for lb in labels:
        if lb.slot not in out:
            out.append(lb.slot)
    return out


def _slots_below(doc: Document, pattern: re.Pattern, home: str) -> list[str]:
    """The slots of the labels under the competency headings at their usual rank, in order."""
    out: list[str] = []
    for region in doc.regions:
        at = next((k for k, lb in enumerate(region.labels) if lb.slot == home), None)
        if at is not None and _is_numbered(region.labels[at], pattern):
            for slot in _slots_after(region.labels[at + 1 :]):
                if slot not in out:
                    out.append(slot)
    return out
