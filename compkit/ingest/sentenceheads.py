"""A ladder whose headings under each level are sentences of its holder's: statements.

A job ladder written in the first person heads each level's lists with sentences of its own
("## Engineer" / "#### I write high quality code quickly and ship it to production." / "- I
own my work all the way to production."). Read as they stand, every such heading was a
competency of its own, most standing at one level (LMG's ladder: 31 competencies, 9 levels).
:func:`sentence_heads` reads each heading as a statement of its level, the first of its cell,
and the labels above them as levels only, so the ladder reads into one competency (named after
the title, as a ladder whose only headings are levels is); the text right under a level's
heading stays the level's description, and prose under a heading of the levels' kind with no
sentence headings ("Other Pathways") stays what it was (the introduction). It asks for all of:

- three or more headings of the competency kind, each standing under a level heading;
- at least four in five open with the holder as subject ("I write", "I'm", "We are");
- at least half end with a full stop (a name seldom does);
- at least two in three stand under one level only (competencies recur from level to level:
  a framework of values named "We deliver" at every level keeps them as competencies).
"""

from __future__ import annotations

import re

from .blocks import Document, Para, clean
from .labels import Decision
from .prose import _listed

__all__ = ["sentence_heads"]

_HOLDER = re.compile(r"^(?:I|We)(?:['’](?:m|ve|re|ll|d))?\s+[a-z]")


def _sentences(doc: Document, cslot: str, lslot: str) -> dict[str, set[str]] | None:
    """Each heading of ``cslot`` and the levels it stands under, or None if one stands alone."""
    under: dict[str, set[str]] = {}
    for region in doc.regions:
        slots = [lb.slot for lb in region.labels]
        if cslot not in slots:
            continue
        if lslot not in slots[: slots.index(cslot)]:
            return None
        level = region.labels[slots.index(lslot)].text
        under.setdefault(clean(region.labels[slots.index(cslot)].text), set()).add(level)
    return under


def sentence_heads(doc: Document, decision: Decision) -> str | None:
    """Read a ladder's sentence headings as statements (see the module); say so, or None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> def region(level, head, item):
    ...     return Region((Label(level, "##"), Label(head, "####")), [Para(item, {}, bullet=True)])
    >>> doc = Document([
    ...     region("Engineer", "I write good code.", "I test it."),
    ...     region("Engineer", "I am a team player.", "I help others."),
    ...     region("Senior Engineer", "I lead small projects.", "I plan the work."),
    ... ])
    >>> decision = Decision(kinds={"##": "level", "####": "competency"})
    >>> print(sentence_heads(doc, decision))  # doctest: +NORMALIZE_WHITESPACE
    3 headings under the levels read as statements, each the first of its level's list: they
    are sentences in the holder's voice ('I write good code.', 'I am a team player.', 'I lead
    small projects.'), not names of competencies
    >>> [p.text for p in doc.regions[0].paras], decision.kinds
    (['I write good code.', 'I test it.'], {'##': 'level'})
    """
    cslot, lslot = decision.slot_of("competency"), decision.slot_of("level")
    if cslot is None or lslot is None:
        return None
    under = _sentences(doc, cslot, lslot)
    if under is None or len(under) < 3:
        return None
    heads = list(under)
    if sum(bool(_HOLDER.match(h)) for h in heads) * 5 < len(heads) * 4:
        return None
    if sum(h.endswith(".") for h in heads) * 2 < len(heads):
        return None
    if sum(len(levels) == 1 for levels in under.values()) * 3 < len(heads) * 2:
        return None
    levels = set().union(*under.values())
    for region in doc.regions:
        head = next((lb for lb in region.labels if lb.slot == cslot), None)
        if head is None:  # the level's own text over its headings: its description, as before
            inner = region.labels[-1] if region.labels else None
            prose = not any(_listed(p) for p in region.paras)  # "Other Pathways": a note
            if inner is not None and inner.slot == lslot and (inner.text in levels or prose):
                region.describes_level = True
            continue
        region.labels = tuple(lb for lb in region.labels if lb is not head)
        region.paras = [Para(head.text, head.where, bullet=True, key=head.key), *region.paras]
    del decision.kinds[cslot]
    decision.reasons.pop(cslot, None)
    shown = ", ".join(repr(h) for h in heads[:3]) + (", ..." if len(heads) > 3 else "")
    return (
        f"{len(heads)} headings under the levels read as statements, each the first of its "
        f"level's list: they are sentences in the holder's voice ({shown}), not names of "
        "competencies"
    )
