"""Competency headings found only in a section set aside from the ladder.

A ladder of levels with no competencies ("# L1" ... "# L5", each over its list) may close with
a section on moving on ("# Transition from L5 to L6") that has sub-headings of its own
("### Impact"). Those sub-headings were taken for the document's competencies, and every
level's list, standing under no competency, was lost ("no competency framework found"). When
every label of the competencies' kind stands under a level heading set aside, the ladder has
no competencies: its statements are read into one (:func:`compkit.ingest.outline`'s whole
competency), and the section stays aside.
"""

from __future__ import annotations

from .blocks import Document
from .labels import Decision

__all__ = ["only_aside"]


def only_aside(doc: Document, decision: Decision) -> bool:
    """Whether every competency label stands under a level label the decision set aside.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> move = "Transition from L1 to L2"
    >>> doc = Document([Region((Label("L1", "#"),), []),
    ...                 Region((Label(move, "#"), Label("Impact", "###")), [])])
    >>> decision = Decision({"#": "level", "###": "competency"}, {}, aside={move})
    >>> only_aside(doc, decision)
    True
    """
    kinds = decision.kinds
    held = [r for r in doc.regions if any(kinds.get(lb.slot) == "competency" for lb in r.labels)]
    if not held or not decision.aside:
        return False
    return all(
        any(kinds.get(lb.slot) == "level" and lb.text in decision.aside for lb in r.labels)
        for r in held
    )
