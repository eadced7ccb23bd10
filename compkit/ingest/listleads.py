"""Levels named in bold at the head of list items, the same run of them under every heading.

A catalogue may print each competency under its heading as one list item per level, each
opening with the level's name in bold and a colon or a dash: "**P1 — Assisted:** Writes
working code", "**M1 (= P2)** — Develops components of strategy ..." (the Open Capability
Framework's catalogue and its ladders, CC BY 4.0). A bold lead-in in a
list item usually opens a statement ("**Proactive:** raises issues early"), so such items were
read as statements at no level, and the headings above them taken for the levels. Here the
leads are levels when the same run of three or more leads, each once, heads the list items
under two or more headings, and the leads read as levels: each a level's name, or each opening
with a code whose numbers rise one by one ("P1", "P2", ...; "L1 –", "L2 –"). Each such item is
then its level's name over its text, as a paragraph opening with a level's name is
(:mod:`.wordparts`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .blocks import clean
from .levelnames import level_score
from .wordparas import heading_depth, list_depth

__all__ = ["list_level_leads"]

#: what parts a bold lead from its text when the lead holds no colon: a colon or a spaced dash
_OPENS = re.compile(r"^\s*(?::|[—–-](?=\s))\s*")
#: a code opening a level's name: "P1", "L2", "IC3", "M-4" (letters, then its number)
_CODE = re.compile(r"^[A-Za-z]{1,3}-?(\d{1,2})(?:\s*[—–:-]\s*|\s+|$)")


def _lead(p) -> tuple[str, str] | None:
    """A list item's bold lead closed by a colon or a dash, and the text after it, or None."""
    ppr = p._p.pPr
    listed = (ppr is not None and ppr.numPr is not None) or "List" in (
        p.style.name if p.style else ""
    )
    if not listed:
        return None
    runs = [run for run in p.runs if run.text]
    k = next((n for n, run in enumerate(runs) if not run.bold), len(runs))
    if k == 0 or k == len(runs):
        return None
    bold, rest = "".join(r.text for r in runs[:k]), "".join(r.text for r in runs[k:])
    if not bold.rstrip().endswith(":"):
        if not _OPENS.match(rest):
            return None
        rest = _OPENS.sub("", rest, count=1)
    name = clean(bold).rstrip(":").strip()
    if not name or not clean(rest) or len(name.split()) > 6:
        return None
    return name, rest.strip()


def _levels(names: tuple[str, ...]) -> bool:
    """Whether a run of leads reads as levels: level names, or codes numbered 1, 2, 3, ..."""
    if all(level_score(n) >= 0.8 for n in names):
        return True
    numbers = [_CODE.match(n) for n in names]
    if not all(numbers):
        return False
    found = [int(m.group(1)) for m in numbers if m]
    return all(b == a + 1 for a, b in pairwise(found))


def list_level_leads(paragraphs: list) -> dict[int, tuple[str, str]]:
    """By body paragraph index, each list item read as a level's name over its text.

    ``paragraphs`` are the document's body paragraphs (python-docx), in order; the index is
    the paragraph's place among them.

    Examples
    --------
    >>> import docx
    >>> d = docx.Document()
    >>> for skill in ("Writing Code", "Testing"):
    ...     _ = d.add_heading(skill, level=2)
    ...     for lead in ("P1 — Assisted:", "P2 — Independent:", "P3 — Proficient:"):
    ...         item = d.add_paragraph(style="List Bullet")
    ...         item.add_run(lead).bold = True
    ...         _ = item.add_run(f" Does {skill.lower()} at {lead[:2]}.")
    >>> leads = list_level_leads(d.paragraphs)
    >>> len(leads), leads[1]
    (6, ('P1 — Assisted', 'Does writing code at P1.'))
    """
    sections: list[list[tuple[int, str, str]]] = [[]]
    for index, p in enumerate(paragraphs):
        style = p.style.name if p.style else ""
        if heading_depth(p, style) and not _lead(p):
            sections.append([])
            continue
        lead = _lead(p)
        if lead is not None and list_depth(p, style) == 0:
            sections[-1].append((index, *lead))
    runs = Counter(tuple(name for _, name, _ in s) for s in sections if s)
    found: dict[int, tuple[str, str]] = {}
    for names, count in runs.items():
        if count < 2 or len(names) < 3 or len(set(names)) < len(names) or not _levels(names):
            continue
        for s in sections:
            if tuple(name for _, name, _ in s) == names:
                found.update({index: (name, text) for index, name, text in s})
    return found
