"""A list of competencies with a description each and no statements: refused, saying what it is.

An HR system's competency library is often exported on its own: a row per competency with its
name, a description and a category ("Competency | Description | Category"; Zensai's "group |
title | desc"; a learning system's "ReferenceCode | Title | Model | Description"; SAP
SuccessFactors' "name.defaultValue | description.defaultValue | category.defaultValue"), its
behaviours or proficiency levels in another file or not written at all. Such a file holds no
framework's statements; the refusal names its names and descriptions, says where the
behaviours would be, and the hints that read each description as its competency's one
statement.
"""

from __future__ import annotations

import re

from .blocks import clean
from .fieldpaths import field_path, labels_paths
from .tables import Grid, find_columns
from .tables import at as _at

__all__ = ["catalogue_refusal"]

#: A header naming the column of the competencies' names (its field, for "name.defaultValue")
_NAME = re.compile(
    r"(?:(?:competency|competence|skill|capability) )?(?:name|title|label)|preferred ?label|"
    r"competency|competence|skill|capability",
    re.IGNORECASE,
)
#: A header naming a column of one description per competency
_DESCRIPTION = re.compile(
    r"(?:(?:long|short|full|brief|competency|skill) )?(?:desc|description|definition|summary)|"
    r"scope ?note",
    re.IGNORECASE,
)


def catalogue_refusal(grid: Grid, row: int | None = None) -> str | None:
    """Why ``grid`` holds no framework, if it lists competencies with a description each.

    ``row`` is the header row when one was found; else the first ten rows are tried.

    Examples
    --------
    >>> rows = [["group", "title", "desc"],
    ...         ["Business", "Planning", "Turns the team's aims into a plan others follow."],
    ...         ["People", "Coaching", "Helps others learn by asking rather than telling."]]
    >>> print(catalogue_refusal(Grid("", rows)))  # doctest: +NORMALIZE_WHITESPACE
    header row 1: a list of 2 competencies ('title': 'Planning', 'Coaching'), each with one
    description ('desc'), and no behaviours, statements or levels: a competency or skills
    library, not a framework of statements. Export the behaviours (or the proficiency levels'
    descriptions) with their competency and level, or give competency_from='title' and
    text_from='desc' to read each description as its competency's one statement at no level
    """
    for r in [row] if row is not None else range(min(10, len(grid.rows))):
        if said := _listed(grid, r):
            return said
    return None


def _field(header: str) -> str:
    """A header's words as matched: a field path's field ("name.en_US": "name"), "_" as space."""
    path = field_path(header)
    return clean(path[0] if path else header).replace("_", " ").replace(".", " ")


def _listed(grid: Grid, row: int) -> str | None:
    """The refusal for the table headed at ``row``, or None if it is not such a list."""
    head = grid.rows[row]
    found = find_columns(head, {})
    if "level" in found or "text" in found or found.get("_levels"):
        return None
    names = [i for i, c in enumerate(head) if _NAME.fullmatch(_field(c))]
    texts = [i for i, c in enumerate(head) if _DESCRIPTION.fullmatch(_field(c))]
    if not names or not texts:
        return None
    body = grid.rows[row + 1 :]
    if body and labels_paths(head, body[0]):
        body = body[1:]  # "Default Value | US English": the labels under the field paths
    body = [r for r in body if any(clean(c) for c in r)]
    name = names[0]
    text = max(texts, key=lambda i: sum(len(_at(r, i).split()) for r in body))  # "scopeNote" empty
    shown = [clean(r[name]) if name < len(r) else "" for r in body]
    said = [clean(r[text]) if text < len(r) else "" for r in body]
    filled = [s for s in said if s]
    if (
        len(body) < 2
        or not all(shown)
        or len(set(shown)) != len(shown)
        or any(len(s.split()) > 8 for s in shown)
        or len(filled) < len(body) / 2
        or sum(len(s.split()) for s in filled) < 5 * len(filled)
    ):
        return None
    listed = ", ".join(repr(s) for s in shown[:3]) + (", ..." if len(shown) > 3 else "")
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1}"
    name_head, text_head = clean(head[name]), clean(head[text])
    return (
        f"{where}: a list of {len(shown)} competencies ({name_head!r}: {listed}), each with one "
        f"description ({text_head!r}), and no behaviours, statements or levels: a competency or "
        "skills library, not a framework of statements. Export the behaviours (or the "
        "proficiency levels' descriptions) with their competency and level, or give "
        f"competency_from={name_head!r} and text_from={text_head!r} to read each description "
        "as its competency's one statement at no level"
    )
