"""A competency's name set in capitals with a tagline after a dash: the name, then its line.

Canada's Key Leadership Competencies print each competency as "VALUES AND ETHICS — Serving
through integrity and respect": the name in capitals, and after the dash a line that says
what the competency is about. Read whole, the tagline stood in the name. :func:`tagline_of`
parts the two when the part before the dash is all capitals and the part after it is
written in running text (lower-case words, three or more); the tagline opens the
competency's description, word for word. Names whose dash joins two names of the same kind
("Relationship - External", "Team Contribution - People & Culture", "IT - Security") stay
whole.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft

#: A name, a spaced dash (hyphen, en or em dash) and what follows it.
_DASHED = re.compile(r"^(?P<name>[^—–]+?)\s+[—–-]\s+(?P<line>\S.*)$")


def tagline_of(name: str) -> tuple[str, str | None]:
    """``(name, tagline)``: a capitals name parted from the running text after its dash.

    Examples
    --------
    >>> tagline_of("VALUES AND ETHICS — Serving through integrity and respect")
    ('VALUES AND ETHICS', 'Serving through integrity and respect')
    >>> tagline_of("Team Contribution - People & Culture")
    ('Team Contribution - People & Culture', None)
    >>> tagline_of("IT - SECURITY AND RISK")
    ('IT - SECURITY AND RISK', None)
    """
    m = _DASHED.match(clean(name))
    if m is None:
        return name, None
    head, line = m.group("name"), m.group("line")
    letters = [c for c in head if c.isalpha()]
    words = line.split()
    running = sum(w[:1].islower() for w in words)
    if len(letters) < 4 or any(c.islower() for c in letters) or len(words) < 3 or running < 2:
        return name, None
    return head, line


def keep_tagline(draft: Draft, ckey: str, tagline: str, where: dict) -> None:
    """Open the competency's description with its tagline, once, and say so."""
    comp = draft.competencies[ckey]
    if tagline in comp.description.split("\n\n"):
        return
    comp.description = f"{tagline}\n\n{comp.description}".strip()
    comp.said.insert(0, (tagline, dict(where)))
    draft.report.add(
        "guess",
        f"{comp.name!r} is printed with a tagline after a dash ({tagline!r}): the name in "
        "capitals is the competency's name, the tagline opens its description",
        0.7,
        dict(where),
    )
