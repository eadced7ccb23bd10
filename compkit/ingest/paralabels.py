"""A plain Word paragraph that labels what follows: a bold name, a level's name, a side's name.

Three shapes of a paragraph that is no statement, told apart here so the reader
(:mod:`.wordfile`) need only ask:

- a short bold name, then its description in italics ("**Scope** / *Area of ownership*"):
  :func:`name_and_description`;
- a level's name in bold closed by a colon, then the level's text in the same paragraph
  ("**Level A:** Communicates persuasively ...", the University of Cambridge's behavioural
  attributes): :func:`level_lead`. Read as it stood, the paragraph was one statement at no
  level, and every attribute's levels one list at "All levels";
- a side's name alone over a list ("Positive indicators", "Negative indicators"), no colon:
  :func:`side_line` (with a colon, :func:`.textheads.side_colon`). Read as it stood, it was a
  statement in every cell it heads.
"""

from __future__ import annotations

import re

from .blocks import clean, marker
from .levelnames import level_score
from .polarity import polarity_of

__all__ = ["level_lead", "name_and_description", "side_line"]

#: what a side's name lists ("Positive indicators", "Effective behaviours"), as in text headings
_SIDE = re.compile(r"\b(?:behaviou?rs?|indicators?|examples?|practices?|signs?)\b", re.IGNORECASE)
#: a level word and a short code: "Level A", "Band 3", "Grade C2" (the word says it is a level)
_CODED = re.compile(r"^(?:level|band|grade|tier|stage)\s+[A-Z0-9]{1,3}$", re.IGNORECASE)


def _listed(p) -> bool:
    ppr = p._p.pPr
    return (ppr is not None and ppr.numPr is not None) or "List" in (
        p.style.name if p.style else ""
    )


def name_and_description(p) -> tuple[str, str] | None:
    """A paragraph of a short bold name, then (after a line break) its description in italics."""
    if _listed(p):
        return None  # a list item opening in bold is a statement with a lead-in
    runs = [run for run in p.runs if run.text.strip()]
    k = next((n for n, run in enumerate(runs) if not run.bold), len(runs))
    head, tail = runs[:k], runs[k:]
    if not head or not tail or any(r.italic for r in head) or not all(r.italic for r in tail):
        return None
    name = clean("".join(r.text for r in head))
    words = clean("".join(r.text for r in tail))
    if len(name.split()) > 8 or name.endswith((".", ":")) or marker(name)[0] is not None:
        return None
    return name, words


def level_lead(p, marked: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A level's name in bold closed by a colon, then its text: ``(name, text)``, else None.

    The colon may end the bold run or open the plain one; the name must read as a level
    ("Level A", "Band 3", "Expert") and text must follow. A list item is left alone (a bold
    lead-in there opens a statement).
    """
    if _listed(p):
        return None
    runs = [run for run in p.runs if run.text]
    k = next((n for n, run in enumerate(runs) if not run.bold), len(runs))
    if k == 0 or k == len(runs):
        return None
    bold = "".join(r.text for r in runs[:k])
    rest = "".join(r.text for r in runs[k:])
    if not bold.rstrip().endswith(":"):
        if not rest.lstrip().startswith(":"):
            return None
        rest = rest.lstrip()[1:]
    name = clean(bold).rstrip(":").strip()
    text = clean(rest)
    if not name or not text or len(name.split()) > 5:
        return None
    if not _CODED.match(name) and level_score(name, marked) < 0.8:
        return None
    return name, text


def side_line(p) -> bool:
    """A side's name alone ("Positive indicators"), no colon, right over a list item.

    Not "Effective communication", which names what it lists, and not a line over more text.
    """
    name = clean(p.text)
    if _listed(p) or not name or name.endswith(":") or len(name.split()) > 4:
        return False
    if not (polarity_of(name) and _SIDE.search(name)):
        return False
    following = p._p.getnext()
    ppr = following.pPr if following is not None and hasattr(following, "pPr") else None
    style = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else ""
    return ppr is not None and (ppr.numPr is not None or "List" in style)
