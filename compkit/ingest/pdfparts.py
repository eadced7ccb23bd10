"""A competency dictionary's labelled parts in a PDF, read as the plain-text reader reads them.

A dictionary printed to PDF sets each competency as a name over labelled parts: "Definition:
...", "Key Behaviors" over a list, "Proficiency Levels" over items opening with a level's name
and a colon ("–Expert: Models, leads ..."). The fonts tell the name at best (a heading), never
the parts: read as lines, the part labels became competencies ("Key Behaviors") and the level
items one list at "All levels". :func:`dictionary_parts` runs
:func:`compkit.ingest.textfields.labelled_parts` over the PDF's lines, as
:mod:`compkit.ingest.textfile` does over plain text, and keeps the headings the fonts told,
each at its line's new place.
"""

from __future__ import annotations

from .textfields import labelled_parts

__all__ = ["dictionary_parts"]


def dictionary_parts(
    lines: list[str], places: list[dict], tables: dict[int, list], heads: dict[int, str]
) -> tuple[list[str], list[dict], dict[int, list], dict[int, str], list[tuple]]:
    """The lines with a dictionary's parts told (see the module), its headings and notes.

    ``heads`` are the headings told by their font (line index: slot); those the parts tell
    ("name over a definition", "level name opening an item") take their lines' place. A
    document with no definition lines or part labels comes back as it is, with no notes.

    Examples
    --------
    >>> lines = ["Writing", "Definition: Writes well.", "Key Behaviors", "•Uses style",
    ...          "Proficiency Levels", "–Expert: Leads others.", "–Basic: Writes notes."]
    >>> places = [{"page": 1, "lines": [k]} for k in range(1, 8)]
    >>> out, where, _, heads, _ = dictionary_parts(lines, places, {}, {0: "PDF heading"})
    >>> [(out[k], where[k]["lines"]) for k in sorted(heads)]
    [('Writing', [1]), ('Expert', [6]), ('Basic', [7])]
    """
    out, where, moved, told, notes = labelled_parts(lines, places, tables)
    if out == lines and not told and not notes:
        return lines, places, tables, heads, []
    first: dict[int, int] = {}
    for k, place in enumerate(where):
        first.setdefault(id(place), k)
    kept = {first[id(places[i])]: slot for i, slot in heads.items() if id(places[i]) in first}
    kept = {k: slot for k, slot in kept.items() if out[k].strip()}  # no heading on a part set aside
    return out, where, moved, kept | told, notes
