"""A role ladder set as one table: a row per role, a column per list of what a role asks or grants.

A contributor ladder may print its roles as a table rather than as sections ("| Name |
Prerequisites | Expectations | Recognition |", a row each for "Contributors", "Maintainers",
"Leaders", as OpenSSF's Allstar does). The roles are the ladder's levels and the columns its
competencies, as :mod:`compkit.ingest.rolelists` reads the same lists under each role's heading;
read as printed, the roles' names are no level words, and the page held no framework at all.

:func:`role_tables` tells the document so when its tables' rows are headed by two or more names
none of which reads as a level's, and two or more of its columns, at least half of them, are
named by a word saying what a role asks or grants ("Prerequisites: Indicators to look for before
promotion", "Expectations", "Responsibilities"), each row named for a person ("Contributors",
"Project Lead"; not "Communication", "Project Management" or "Stakeholder Engagement",
:func:`~.rolenames.person_word`): the row headers are the levels, in the table's order, the
column headers the competencies.
"""

from __future__ import annotations

import re

from .blocks import Document, clean
from .levelnames import level_score
from .rolelists import known_ladder
from .rolenames import person_word, role_word

__all__ = ["role_tables"]

_PUNCTUATION = re.compile(r"[^\w\s]")


def _asks(name: str) -> bool:
    words = _PUNCTUATION.sub(" ", name).split()
    return bool(words) and role_word(" ".join(words))


def role_tables(doc: Document) -> list[tuple[str, str, float]]:
    """Read a table of roles by lists as a role ladder (see the module); return the notes.

    Changes ``doc``'s known slots and level names in place; no note and no change when the
    document's tables are no such table, or a reader already named its levels.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> def cell(role, column):
    ...     return Region((Label(role, "row header"), Label(column, "column header")), [],
    ...                   in_table=True)
    >>> doc = Document(regions=[cell(r, c) for r in ("Contributors", "Maintainers")
    ...                         for c in ("Prerequisites", "Expectations", "Recognition")])
    >>> role_tables(doc)[0][1][:58]
    'a table of 2 roles (Contributors, Maintainers) by what eac'
    >>> doc.slots["level"], doc.level_names
    ('row header', ['Contributors', 'Maintainers'])
    >>> skills = Document(regions=[cell(r, c) for r in ("Communication", "Delivery")
    ...                            for c in ("Prerequisites", "Expectations")])
    >>> role_tables(skills), "level" in skills.slots
    ([], False)
    """
    if "level" in doc.slots:
        return []
    rows: list[str] = []
    columns: list[str] = []
    for region in doc.regions:
        if not region.in_table:
            continue
        for label in region.labels:
            name = clean(label.text)
            if label.slot == "row header" and name not in rows:
                rows.append(name)
            elif label.slot == "column header" and name not in columns:
                columns.append(name)
    asks = [c for c in columns if _asks(c)]
    if len(rows) < 2 or len(asks) < 2 or 2 * len(asks) < len(columns):
        return []
    if any(level_score(name) >= 0.8 for name in rows):  # levels a table reads as it stands
        return []
    if not all(person_word(name.split()[-1]) for name in rows):  # competencies by rows
        return []
    known_ladder(doc, {"level": "row header", "competency": "column header", "levels": rows})
    said = (
        f"a table of {len(rows)} roles ({', '.join(rows)}) by what each asks or grants "
        f"({', '.join(repr(c) for c in asks)}): its rows read as the levels, its columns as "
        "the competencies, as a role ladder's named lists"
    )
    return [("guess", said, 0.7)]
