"""Level headings set apart from a ladder's other headings: a code per level, a name twice.

A ladder published a section per level may carry the level's code on each heading under it
("Craftsmanship (C1)", "(C2)"): the names are read without their codes
(:func:`drop_level_codes`). A level heading printed twice where every other level heads one
section is warned of (:func:`repeated_levels`). :func:`rename` renames labels in place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._words import some
from .blocks import Document, clean
from .draft import Draft

__all__ = ["drop_level_codes", "rename", "repeated_levels"]

_CODE = re.compile(r"^(.*\S)\s*[(\[]\s*[A-Za-z]{0,3}\s*-?\d{1,2}\s*[)\]]$")


def drop_level_codes(doc: Document, draft: Draft) -> None:
    """Headings that differ only by a code per level: "Craftsmanship (C1)", "(C2)", ...

    A ladder published a section per level repeats its competencies (or their groups) under
    every level, each heading carrying the level's code for it; with the code set aside the
    same name stands under several different headings, and is one name. The labels are read
    without their codes, and the report says so.
    """
    under: dict[tuple[str, str], set[str]] = {}
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            parent = region.labels[k - 1].text if k else ""
            under.setdefault((lb.slot, lb.text), set()).add(parent)
    bases: dict[tuple[str, str], list[str]] = {}
    for slot, text in under:
        m = _CODE.match(clean(text))
        if m:
            bases.setdefault((slot, m.group(1)), []).append(text)
    renamed: dict[tuple[str, str], str] = {}
    for (slot, base), names in bases.items():
        parents = set().union(*(under[(slot, n)] for n in names))
        if len(names) >= 2 and len(parents) >= 2:
            renamed.update({(slot, n): base for n in names})
            shown = some(names)
            draft.report.add(
                "guess",
                f"{shown} read as one name, {base!r}: the same heading under "
                f"{len(parents)} others, its code in brackets differing",
                0.7,
            )
    rename(doc, renamed)


def rename(doc: Document, renamed: dict[tuple[str, str], str]) -> None:
    """Rename labels in place: ``renamed`` maps (slot, old text) to the new text.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> doc = Document([Region((Label("Craft (C1)", "Heading 2"),), [])])
    >>> rename(doc, {("Heading 2", "Craft (C1)"): "Craft"})
    >>> doc.regions[0].labels[0].text
    'Craft'
    """
    for region in doc.regions:
        region.labels = tuple(
            replace(lb, text=renamed.get((lb.slot, lb.text), lb.text)) for lb in region.labels
        )


def repeated_levels(doc: Document, decision, draft: Draft) -> None:
    """Warn of a level heading printed twice where every other level heads one section.

    A ladder with a section per level that repeats one level's heading ("Principal I" twice,
    where "Principal II" was meant) puts both sections' statements in one level. A heading
    counts twice only under the same headings above it: the levels printed again under each
    competency ("Level 1" under "Communication", again under "Delivery") are no slip.
    """
    slot = decision.slot_of("level")
    if slot in ("column header", "row header"):
        return  # every table of a comparative guide repeats its level columns
    seen: dict[str, dict[tuple, dict[str, dict]]] = {}  # its places, by the headings above
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            if lb.slot == slot and lb.key:
                above = tuple(x.text for x in region.labels[:k])
                seen.setdefault(lb.text, {}).setdefault(above, {}).setdefault(lb.key, lb.where)
    twice = {t: places for t, under in seen.items() for places in under.values() if len(places) > 1}
    if not twice or len(twice) * 2 > len(seen):
        return
    for text, places in twice.items():
        where = list(places.values())
        lines = [w["lines"][0] for w in where if w.get("lines")]
        draft.report.add(
            "warning",
            f"the level heading {text!r} stands {len(places)} times"
            + (f" (lines {', '.join(map(str, lines))})" if lines else "")
            + ", where every other level heads one section: their statements are read into "
            "one level; check the source (a level misnamed?)",
            0.4,
            where[1],
        )
