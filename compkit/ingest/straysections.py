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

from .blocks import Document, clean, marker
from .labels import Decision
from .levelnames import bare, level_score

__all__ = [
    "closing_sections",
    "fold_around_strays",
    "stray_sections",
    "strays_aside",
    "without_strays",
]


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

    A section standing between two levels is one of them, whatever its headings (Loan Market's
    "## Senior QA/QE Engineer", its headings sentences of its own, between two levels):

    >>> doc = Document([region(lv, c) for lv in ("G5", "G6", "G7") for c in ("Scope", "Execution")]
    ...                + [region("Using This Matrix", "Red Flags")])
    >>> doc.regions.insert(4, region("Senior", "I am a technical mentor."))
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
        order = list(under)  # in the document's order
        at = [k for k, t in enumerate(order) if t in kept]
        ends = [t for k, t in enumerate(order) if at and (k < at[0] or k > at[-1])]
        out += [t for t in ends if t not in kept and t not in out]  # never between two levels
    return out


def _listed(para) -> bool:
    number, bullet, _ = marker(para.text)
    return para.bullet or para.number is not None or bullet or number is not None


def closing_sections(doc: Document, slot: str | None) -> list[str]:
    """Labels closing the levels' ``slot`` that hold prose only where every level holds a list.

    A ladder's last section at its levels' rank may be no level: Raphael Poss's ladder closes
    its five levels with "## Credit" over the copyright and licence paragraph. Such a label
    stands after the last level, reads as no level's name (most levels' names do), and holds
    paragraphs only, where two or more levels before it each hold a list or headings of their
    own. Returned in order; empty when any of that fails.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Para, Region
    >>> def region(level, *texts, bullet=True):
    ...     return Region((Label(level, "##"),), [Para(t, {}, bullet=bullet) for t in texts])
    >>> doc = Document([region("Junior Engineer", "Logs each case"),
    ...                 region("Senior Engineer", "Coaches others"),
    ...                 region("Credit", "Copyright 2024 Example Ltd.", bullet=False)])
    >>> closing_sections(doc, "##")
    ['Credit']
    >>> doc.regions[1] = region("Senior Engineer", "Coaches others.", bullet=False)
    >>> closing_sections(doc, "##")
    []
    """
    if slot is None:
        return []
    held: dict[str, list] = {}  # each label of the slot: what stands under it, in order
    for region in doc.regions:
        at = [k for k, lb in enumerate(region.labels) if lb.slot == slot]
        if at:
            inner = len(region.labels) > at[0] + 1
            held.setdefault(region.labels[at[0]].text, []).append((inner, region.paras))
    names = list(held)
    listed = {
        t: any(inner or any(_listed(p) for p in paras) for inner, paras in held[t]) for t in names
    }
    tail: list[str] = []
    for t in reversed(names):
        if listed[t] or level_score(t) > 0 or not any(p for _, ps in held[t] for p in ps):
            break
        tail.insert(0, t)
    levels = names[: len(names) - len(tail)]
    named = sum(level_score(t) >= 0.5 for t in levels)  # "Staff Engineer": no level word
    if len(levels) < 2 or not all(listed[t] for t in levels) or 2 * named < len(levels):
        return []
    return tail


def strays_aside(doc: Document, decision: Decision, named: list[str] | None) -> str | None:
    """Set the levels' stray sections aside (:func:`stray_sections`, :func:`closing_sections`).

    Returns what to report, or None. A label named in the ``levels`` hint, or reading as a
    level, is never set aside.
    """
    told = {bare(clean(t)).lower() for t in named or ()}
    slot = decision.slot_of("level")
    strays = [
        t
        for t in stray_sections(doc, slot)
        if bare(clean(t)).lower() not in told and level_score(t) < 0.8
    ]
    closing = [t for t in closing_sections(doc, slot) if bare(clean(t)).lower() not in told]
    if not strays and not closing:
        return None
    decision.aside |= set(strays) | set(closing)
    said = []
    if strays:
        said.append(
            f"{', '.join(map(repr, strays))} among the levels' headings holds headings of its "
            "own, none of those under the levels (guidance beside the ladder)"
        )
    if closing:
        said.append(
            f"{', '.join(map(repr, closing))} after the levels' headings reads as no level and "
            "holds prose only where each level holds a list (a closing note, not a level)"
        )
    return "; ".join(said) + ": set aside, its text reported, not read"


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
