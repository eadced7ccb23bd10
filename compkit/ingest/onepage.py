"""A page that describes one competency: its scale table, and the skill overdone beside it.

A competency library published a page per competency (Microsoft's education competencies)
titles the page "Education competencies: Action oriented", heads the level table "Proficiency
level", and lists under "Overdoing action oriented" what the skill looks like overdone. Read
as they stand, the competency was named "Proficiency level" and the overdone behaviours were
the description of a second competency with no statements, left out. :func:`one_competency`
reads such a page as its one competency, named after the page's title (without the name of
the collection before a colon), and the list under a heading that names the ineffective side
as that competency's ineffective statements, at all levels. It asks for all of:

- exactly one competency label over statements at levels, and that label names the scale
  ("Proficiency level", "Behaviours": the headings a scale table stands under);
- a title to name the competency after;
- for the other side, a heading of the competency kind whose words name the ineffective side
  ("Overdoing action oriented", "Ineffective behaviours").

A job ladder whose headings under each level are sentences in its holder's voice is read into
one competency too, its headings statements (:mod:`.sentenceheads`).
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Document, Label, clean
from .labels import Decision
from .levelnames import names_group
from .polarity import polarity_of
from .sentenceheads import sentence_heads
from .tiers import _SCALE

__all__ = ["one_competency"]

_SIDE_SLOT = "side heading"


def one_competency(doc: Document, decision: Decision) -> str | None:
    """Re-read a one-competency page (see the module); say what was done, or None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para, Region
    >>> title = Label("Education competencies: Action oriented", "#")
    >>> scale, over = Label("Proficiency level", "##"), Label("Overdoing action oriented", "##")
    >>> doc = Document([
    ...     Region((title, scale, Label("Level 1: Basic", "column header")), [Para("Works", {})]),
    ...     Region((title, over), [Para("- May be a workaholic", {})]),
    ... ])
    >>> decision = Decision(kinds={"#": "title", "##": "competency", "column header": "level"})
    >>> print(one_competency(doc, decision))  # doctest: +NORMALIZE_WHITESPACE
    the page describes one competency, 'Action oriented' (its title), under 'Proficiency
    level'; the list under 'Overdoing action oriented' read as its ineffective statements
    >>> [lb.text for lb in doc.regions[1].labels]
    ['Education competencies: Action oriented', 'Action oriented', 'Overdoing action oriented']
    """
    if said := sentence_heads(doc, decision):  # a ladder's headings in the holder's voice
        return said
    cslot, lslot = decision.slot_of("competency"), decision.slot_of("level")
    if cslot is None or lslot is None or decision.slot_of("polarity") is not None:
        return None
    scaled = {
        lb.text
        for r in doc.regions
        if any(x.slot == lslot for x in r.labels) and r.paras
        for lb in r.labels
        if lb.slot == cslot
    }
    if len(scaled) != 1 or not _SCALE.match(clean(next(iter(scaled)))):
        return None
    title = doc.title.text if doc.title is not None else None
    title = title or next(
        (lb.text for r in doc.regions for lb in r.labels if decision.kinds.get(lb.slot) == "title"),
        None,
    )
    if not title:
        return None
    head, _, tail = clean(title).partition(": ")
    name = tail if tail and names_group(head) else clean(title)
    scale = scaled.pop()
    sides = []
    for region in doc.regions:
        labels = []
        for lb in region.labels:
            if lb.slot == cslot and lb.text == scale:
                lb = replace(lb, text=name)
            elif lb.slot == cslot and polarity_of(lb.text) == "ineffective" and region.paras:
                sides.append(lb.text)
                labels.append(Label(name, cslot, lb.where, key=""))
                lb = replace(lb, slot=_SIDE_SLOT)
            labels.append(lb)
        region.labels = tuple(labels)
    said = f"the page describes one competency, {name!r} (its title), under {scale!r}"
    if sides:
        decision.kinds[_SIDE_SLOT] = "polarity"
        decision.reasons[_SIDE_SLOT] = ("its label names the ineffective side", 0.7)
        shown = ", ".join(repr(s) for s in dict.fromkeys(sides))
        said += f"; the list under {shown} read as its ineffective statements"
    return said
