"""A level's opening paragraph: the prose between a level's heading and its list of statements.

A job ladder whose statements are list items under each level's heading often opens a level
with a paragraph on the people at that level before the list: "Entry-level engineers execute
well-defined tasks under guidance. ..." over "**Key Expectations:**" and its list (bordenet's
software engineer ladder), "At this point, a person is mastering how effective they can be as
an individual contributor." over the list under "Senior Engineer" (Sarah Drasner's ladder).
That paragraph describes the level; it is no statement. The rule asks for all of:

- a ladder divided by levels alone: no competency label, or one only (the document's title);
- under a level's heading, with nothing deeper under it, one plain paragraph of five words or
  more, or two (not list items, not lead-ins ending in a colon), then only lead-ins ("Key
  Expectations:") up to a list, and after the first list item no other plain paragraph but
  a note ("Note: Developer Experience is a hybrid of ...", also the level's description);
- that shape under two levels or more, and under at least half of the levels that hold a plain
  paragraph at all (a ladder whose cells are prose paragraphs has no list after them).

The paragraph is marked as a note on its level, which the reader keeps as the level's
description, and the ingest report names its lines. A competency's introductory paragraph
(under a competency's heading) is not touched: that is the competency's description already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._words import plural
from .blocks import Document, Para, clean, marker
from .gradeparas import grade_paragraphs
from .labels import Decision

__all__ = ["level_openings"]


def _listed(p: Para) -> bool:
    number, bullet, _ = marker(clean(p.text))
    return p.bullet or p.number is not None or bullet or number is not None


def _noted(p: Para) -> bool:
    """A paragraph already set apart: a note on its level, or a name's description."""
    return p.aside or p.describes


def _opening(paras: list[Para]) -> list[int]:
    """The indices of the paragraphs opening a level over its list, else [] (see the module).

    One plain paragraph, or two (Drasner's "Misc: Tech Lead": what a tech lead does, then
    "Anyone can be a tech lead at any stage in their career."), each of five words or more.
    """
    texts = [(k, p) for k, p in enumerate(paras) if clean(p.text) and not _noted(p)]
    items = [n for n, (_, p) in enumerate(texts) if _listed(p)]
    if not items or items[0] == 0:
        return []
    plain = 0
    while plain < min(2, items[0]) and not clean(texts[plain][1].text).endswith(":"):
        plain += 1
    if plain == 0 or any(len(clean(p.text).split()) < 5 for _, p in texts[:plain]):
        return []
    between = texts[plain : items[0]]
    after = texts[items[0] :]
    if any(not clean(q.text).endswith(":") for _, q in between):
        return []
    if any(not _listed(q) and not _lead_or_note(q) for _, q in after):
        return []
    notes = [k for k, q in after if _NOTE.match(clean(q.text))]  # "Note: ..." after the list
    return [k for k, _ in texts[:plain]] + notes


#: A note set after a level's list: "Note: Developer Experience is a hybrid of ..."
_NOTE = re.compile(r"^(?:\*\*|_)?notes?\b\s*[:.–—-]", re.IGNORECASE)


def _lead_or_note(p: Para) -> bool:
    return clean(p.text).endswith(":") or bool(_NOTE.match(clean(p.text)))


def level_openings(doc: Document, decision: Decision) -> tuple[str, str | dict] | None:
    """Mark each level's opening paragraph and grades line as notes on their levels.

    The grades ("Example grades: AA, AO" under each level) are found by
    :func:`~compkit.ingest.gradeparas.grade_paragraphs`, the openings as the module says; the
    report's words name both.

    Returns what the ingest report should say and where, or None when the rule does not hold.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> def level(name, *texts, line=1):
    ...     paras = [Para(t, {"lines": [line + k]}) for k, t in enumerate(texts)]
    ...     return Region((Label("Ladder", "#"), Label(name, "##")), paras)
    >>> doc = Document([level("Senior", "Seniors own features end to end.", "- Ships", line=3),
    ...                 level("Staff", "Staff engineers lead across teams.", "- Leads", line=9)])
    >>> decision = Decision(kinds={"#": "competency", "##": "level"})
    >>> said, where = level_openings(doc, decision)
    >>> said[:58], where
    ('2 paragraphs opening their levels, between the heading and', 'lines 3, 9')
    >>> [p.aside for p in doc.regions[0].paras]
    [True, False]

    Cells written as paragraphs, with no list after them, keep every paragraph:

    >>> doc = Document([level("Senior", "Seniors own features end to end."),
    ...                 level("Staff", "Staff engineers lead across teams.")])
    >>> level_openings(doc, decision) is None
    True
    """
    graded = grade_paragraphs(doc, decision)  # "Example grades: AA, AO": a level's note
    opened = _openings(doc, decision)
    if graded is None or opened is None:
        return graded or opened
    where = [w for w in (graded[1], opened[1]) if w]
    joined = ", ".join(w.split(" ", 1)[1] for w in where if isinstance(w, str))
    return f"{graded[0]}; {opened[0]}", f"lines {joined}" if joined else {}


def _openings(doc: Document, decision: Decision) -> tuple[str, str | dict] | None:
    """:func:`level_openings` for the openings alone."""
    lslot, cslot = decision.slot_of("level"), decision.slot_of("competency")
    if lslot is None or decision.slot_of("polarity") is not None:
        return None
    names = {lb.text for r in doc.regions for lb in r.labels if lb.slot == cslot}
    if len(names) > 1:
        return None  # competencies beside the levels: a cell's first line may be a statement
    deeper = {
        lb.text
        for r in doc.regions
        for k, lb in enumerate(r.labels)
        if lb.slot == lslot and k + 1 < len(r.labels)
    }
    found: dict[int, list[int]] = {}
    prose = 0
    for n, region in enumerate(doc.regions):
        if region.in_table or not region.labels or region.labels[-1].slot != lslot:
            continue
        name = region.labels[-1].text
        if name in decision.aside or name in deeper:
            continue
        texts = [p for p in region.paras if clean(p.text) and not _noted(p)]
        if any(not _listed(p) and not _lead_or_note(p) for p in texts):
            prose += 1
        if at := _opening(region.paras):
            found[n] = at
    if len(found) < 2 or 2 * len(found) < prose:
        return None
    lines: list[str] = []
    for n, at in found.items():
        region = doc.regions[n]
        region.paras = [
            replace(p, aside=True) if k in at else p for k, p in enumerate(region.paras)
        ]
        lines += [str(x) for k in at for x in region.paras[k].source.get("lines", [])[:1]]
    first = clean(doc.regions[min(found)].paras[found[min(found)][0]].text)
    shown = first if len(first) <= 60 else first[:57].rstrip() + "..."
    return (
        f"{plural(sum(map(len, found.values())), 'paragraph')} opening their levels, "
        "between the heading and the list "
        f"({shown!r}, ...), read as their levels' descriptions, not statements",
        f"line{'s' * (len(lines) > 1)} {', '.join(lines)}" if lines else {},
    )
