"""A level's grades in a document's paragraphs: "Example grades: AA, AO" beside its statements.

The UK Civil Service Behaviours (Open Government Licence) print under each level of each
behaviour a line naming the grades the level is for ("Example grades: AA, AO", "EO", "HEO,
SEO", "Grade 7, Grade 6") before the behaviours. Read from Word, the line is a plain paragraph
under the level's heading (or first in its cell). It is a note on its level, read as the level's
description: :func:`~compkit.ingest.levelnotes.facts_of` says when (a label naming grades,
bands or pay grades, found at least twice, every value a list of grade codes).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .blocks import Document, clean, marker
from .labels import Decision
from .levelnotes import _PLAIN, facts_of, grade_codes, grade_label

__all__ = ["grade_paragraphs"]


def grade_paragraphs(doc: Document, decision: Decision) -> tuple[str, str | dict] | None:
    """Mark each level's grades paragraph as a note on its level (see the module).

    Returns what the ingest report should say and where, or None when there is none.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> def level(name, *texts, line=1):
    ...     paras = [Para(t, {"lines": [line + k]}) for k, t in enumerate(texts)]
    ...     return Region((Label("Working together", "#"), Label(name, "##")), paras)
    >>> doc = Document([level("Level 1", "Example grades: AA, AO", "Shares news", line=3),
    ...                 level("Level 2", "Example grades: EO", "Leads a team", line=9)])
    >>> decision = Decision(kinds={"#": "competency", "##": "level"})
    >>> said, where = grade_paragraphs(doc, decision)
    >>> print(said[:60], "|", where)
    2 notes naming their levels' grades ('Example grades: AA, AO | lines 3, 9
    >>> [p.aside for p in doc.regions[0].paras]
    [True, False]
    """
    lslot = decision.slot_of("level")
    if lslot is None:
        return None
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for n, region in enumerate(doc.regions):
        if not any(lb.slot == lslot for lb in region.labels):
            continue
        for k, p in enumerate(region.paras):
            text = clean(p.text)
            number, bullet, _ = marker(text)
            if p.bullet or p.number is not None or bullet or number is not None:
                continue
            m = _PLAIN.match(text)
            if m and len(m.group(1).split()) <= 3 and grade_label(m.group(1)):
                if grade_codes(m.group(2)):
                    found[m.group(1).lower()].append((n, k, m.group(2)))
                else:  # a value in words: every line of this label stays a statement
                    found[m.group(1).lower()].append((n, k, ""))
    marked = [
        (n, k)
        for seen in found.values()
        if facts_of([(n, v) for n, _, v in seen], "grades")
        for n, k, _ in seen
    ]
    if not marked:
        return None
    lines: list[str] = []
    first = ""
    for n, k in sorted(marked):
        region = doc.regions[n]
        region.paras = [replace(p, aside=True) if j == k else p for j, p in enumerate(region.paras)]
        first = first or clean(region.paras[k].text)
        lines += [str(x) for x in region.paras[k].source.get("lines", [])[:1]]
    return (
        f"{len(marked)} notes naming their levels' grades ({first!r}, ...), read as their "
        "levels' descriptions, not statements",
        f"line{'s' * (len(lines) > 1)} {', '.join(lines)}" if lines else {},
    )
