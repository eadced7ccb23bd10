"""Guidance beside a ladder in the levels' own tier: a section set aside, not a level.

A developer competency matrix (MIT) closes its three level sections ("## G5 – Software
Engineer" over "### Technical Scope", "### Execution", ...) with "## Using This Matrix During
Evaluation" over "### Resume Screening", "### Red Flags": headings of its own, none of those
under the levels. Counted with the levels, the level sections' headings no longer recur under
most of the tier's labels and the two tiers went unseen (12 of 53 statements read, the level
sections read as competencies); named in a ``levels`` hint, the section's notes were read as
four more competencies. Such a section is left out of the tiers' count
(:func:`compkit.ingest.tiers.level_tier`) and set aside beside the levels (reported).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from .blocks import Document, clean
from .labels import Decision
from .levelnames import bare, level_score

__all__ = ["fold_around_strays", "stray_sections", "strays_aside", "without_strays"]


def without_strays(under: dict[str, set[str]]) -> dict[str, set[str]]:
    """The outer labels over the inner ones, less those sharing none of the recurring ones.

    A guidance section after a ladder ("## Using This Matrix During Evaluation" over "###
    Resume Screening", "### Red Flags") stands in the outer tier, its headings its own; counted,
    the inner labels no longer recur under most outer ones. Such a label is left out when two
    outer labels or more remain and it is not the most of them; the classifier then sets it
    aside beside the levels (reported).

    Examples
    --------
    >>> under = {"G5": {"Scope", "Execution"}, "G6": {"Scope", "Execution"},
    ...          "Using This Matrix": {"Resume Screening", "Red Flags"}}
    >>> sorted(without_strays(under))
    ['G5', 'G6']
    """
    seen: dict[str, int] = defaultdict(int)
    for names in under.values():
        for name in names:
            seen[name] += 1
    recurring = {name for name, n in seen.items() if n >= 2}
    kept = {k: v for k, v in under.items() if v & recurring}
    if len(kept) < 2 or 2 * len(kept) <= len(under):
        return under
    return kept


def stray_sections(doc: Document, slot: str | None) -> list[str]:
    """The labels of the levels' ``slot`` that :func:`without_strays` leaves out, in order.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> def region(outer, inner):
    ...     return Region((Label(outer, "##"), Label(inner, "###")), [])
    >>> doc = Document([region(lv, c) for lv in ("G5", "G6") for c in ("Scope", "Execution")]
    ...                + [region("Using This Matrix", "Red Flags")])
    >>> stray_sections(doc, "##")
    ['Using This Matrix']
    """
    kids: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for region in doc.regions:
        for a, b in pairwise(region.labels):
            if a.slot == slot != b.slot:
                kids[b.slot].setdefault(a.text, set()).add(b.text)
    out: list[str] = []
    for under in kids.values():
        kept = without_strays(under)
        out += [t for t in under if t not in kept and t not in out]
    return out


def strays_aside(doc: Document, decision: Decision, named: list[str] | None) -> str | None:
    """Set the levels' stray sections aside (:func:`stray_sections`); what to report, or None.

    A label named in the ``levels`` hint, or reading as a level, is never set aside.
    """
    told = {bare(clean(t)).lower() for t in named or ()}
    strays = [
        t
        for t in stray_sections(doc, decision.slot_of("level"))
        if bare(clean(t)).lower() not in told and level_score(t) < 0.8
    ]
    if not strays:
        return None
    decision.aside |= set(strays)
    shown = ", ".join(map(repr, strays))
    return (
        f"{shown} among the levels' headings holds headings of its own, none of those under "
        "the levels (guidance beside the ladder): set aside, its text reported, not read"
    )


def fold_around_strays(doc: Document, decision: Decision, fold) -> None:
    """Run ``fold`` (the ``levels`` hint's fold of unnamed level labels) past the strays.

    With levels named, a label of their kind naming none is read as part of the level above
    it (:func:`compkit.ingest.levelhint.fold_unnamed_levels`); a section set aside here is
    no part of any level, so its regions stand out of the fold, after the others.
    """
    slot = decision.slot_of("level")
    held = [
        r
        for r in doc.regions
        if any(lb.slot == slot and lb.text in decision.aside for lb in r.labels)
    ]
    doc.regions[:] = [r for r in doc.regions if not any(r is h for h in held)]
    fold(doc, slot)
    doc.regions += held
