"""Lines closed by a colon that name a ladder's aspects under every level: competencies.

A ladder written a section per level may divide each level's list under the same plain lines
("## L7 = Staff Tech Lead" / "Knowledge & Experience:" / "- ..." / "Leadership & Influence:" /
"- ..."). Read as they stood, the first such line was each cell's stem and the others lead-ins
"not kept": every statement fell into one competency and the aspects were lost.
:func:`aspect_leads` reads the lines as the competencies of the lists under them, each region
split where one opens. It asks for all of:

- two or more such lines, each of one to five words, opening with a capital, closed by a colon,
  not naming a side ("Ineffective:"), a list right under each;
- each line standing under two or more of the levels' headings;
- a region holding such lines opens with one (no statement before the first).

A single recurring lead-in ("You can:", "Key behaviours:") is a stem, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Label, Region, clean
from .labels import Decision
from .polarity import polarity_of
from .prose import _listed

__all__ = ["aspect_leads"]

ASPECT_SLOT = "line closed by a colon"
_LEAD = re.compile(r"^[A-Z][^.:;!?]*:$")


def _lead(paras, k: int) -> str | None:
    """The name a lead line gives (without its colon), when a list item follows it."""
    text = clean(paras[k].text)
    if _listed(paras[k]) or not _LEAD.match(text) or not 1 <= len(text.split()) <= 5:
        return None
    if polarity_of(text[:-1]) or k + 1 >= len(paras) or not _listed(paras[k + 1]):
        return None
    return text[:-1].strip()


def aspect_leads(doc: Document, decision: Decision) -> str | None:
    """Split regions where such lines open (see the module); say what was read, or None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def level(name):
    ...     items = [Para("Skills:", {}), Para("Codes well", {}, bullet=True),
    ...              Para("Influence:", {}), Para("Leads a team", {}, bullet=True)]
    ...     return Region((Label(name, "##"),), items)
    >>> doc = Document([level("L1 = Engineer"), level("L2 = Senior Engineer")])
    >>> decision = Decision(kinds={"##": "level"})
    >>> print(aspect_leads(doc, decision))  # doctest: +NORMALIZE_WHITESPACE
    2 lines closed by a colon over the lists under every level ('Skills', 'Influence') read as
    the competencies of those lists
    >>> [(r.labels[-1].text, [p.text for p in r.paras]) for r in doc.regions]
    [('Skills', ['Codes well']), ('Influence', ['Leads a team']), ('Skills', ['Codes well']), ('Influence', ['Leads a team'])]
    """  # noqa: E501
    lslot = decision.slot_of("level")
    if lslot is None:
        return None
    under: dict[str, set[str]] = {}
    for region in doc.regions:
        level = next((lb.text for lb in region.labels if lb.slot == lslot), None)
        if level is None or region.in_table or region.labels[-1].slot != lslot:
            continue
        for k in range(len(region.paras)):
            if name := _lead(region.paras, k):
                under.setdefault(name, set()).add(level)
    names = [n for n, levels in under.items() if len(levels) >= 2]
    if len(names) < 2:
        return None
    out: list[Region] = []
    for region in doc.regions:
        firsts = [k for k, p in enumerate(region.paras) if clean(p.text)]
        heads = [k for k in range(len(region.paras)) if _lead(region.paras, k) in names]
        if not heads or region.labels[-1].slot != lslot or heads[0] != firsts[0]:
            out.append(region)
            continue
        for h, k in enumerate(heads):
            end = heads[h + 1] if h + 1 < len(heads) else len(region.paras)
            para = region.paras[k]
            label = Label(_lead(region.paras, k), ASPECT_SLOT, tuple(para.source.items()))
            label = replace(label, key=para.key)
            out.append(
                replace(region, labels=(*region.labels, label), paras=region.paras[k + 1 : end])
            )
    doc.regions[:] = out
    decision.kinds[ASPECT_SLOT] = "competency"
    decision.reasons[ASPECT_SLOT] = ("lines closed by a colon over the lists of every level", 0.7)
    shown = ", ".join(repr(n) for n in names[:3]) + (", ..." if len(names) > 3 else "")
    return (
        f"{len(names)} lines closed by a colon over the lists under every level ({shown}) read as "
        "the competencies of those lists"
    )
