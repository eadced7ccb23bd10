"""A list of what to avoid set apart under a name of its own: "### Red flags", "Anti-patterns".

A ladder's page may close each level's lists with one of what its holder must not show ("###
Should have", "### Is expected to", "### Red flags", as Socialbakers' engineering roles do).
Read as printed, the heading sits among the competencies' headings and its items were read as
effective statements of a competency named "Red flags". :func:`side_lists` reads the statements
of a competency whose whole name says what to avoid (:func:`compkit.ingest.polarity.polarity_of`
reads it as the ineffective side: "Red flags", "Anti-patterns", "Derailers", "Watch-outs") as
ineffective, the competency kept as the publisher named it (a side list apart, which the
checker reads as such). It asks for other competencies holding effective statements, and for
none of the list's own statements read with a side already.
"""

from __future__ import annotations

from .draft import Draft
from .polarity import polarity_of

__all__ = ["side_lists"]


def side_lists(draft: Draft) -> None:
    """Read the statements of competencies named for what to avoid as ineffective (see above).

    Examples
    --------
    >>> from compkit.ingest.draft import Draft, Statement
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("page.md"))
    >>> for name in ("Should have", "Red flags"):
    ...     c, lv = draft.competency(name), draft.level("L2")
    ...     draft.statements.append(Statement(c, lv, f"A statement under {name}."))
    >>> side_lists(draft)
    >>> [s.polarity for s in draft.statements]
    ['effective', 'ineffective']
    """
    by_comp: dict[str, list] = {}
    for s in draft.statements:
        by_comp.setdefault(s.competency, []).append(s)
    sides = {
        c
        for c, held in by_comp.items()
        if polarity_of(draft.competencies[c].name) == "ineffective"
        and all(s.polarity == "effective" and s.mirrors is None for s in held)
    }
    if not sides or not any(
        s.polarity == "effective" for c in by_comp.keys() - sides for s in by_comp[c]
    ):
        return
    for c in sides:
        for s in by_comp[c]:
            s.polarity = "ineffective"
        draft.report.add(
            "guess",
            f"the {len(by_comp[c])} statements under {draft.competencies[c].name!r} read as "
            "ineffective: its name says what to avoid (a list set apart beside the competencies)",
            0.7,
            draft.competencies[c].source,
        )
