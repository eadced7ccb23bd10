"""A PDF table's header of bands over the level columns: the row under the bands names them.

A framework may print its levels in two header rows: stages, each merged over two or more
columns ("Foundation" over "Discover | Explore", "Intermediate" over "Experiment | Dare": the
European EntreComp's eight levels in four stages), and under them a name per column. pypdf's
layout text gives the bands at the start of their first column and the names each at its
own; the body's cells stand under the names. Read as the header, the bands would make each
band's columns one level and set the names as the first row's statements.
:func:`band_names` tells such a header from the line under it: every band starts where one
of the names starts, there are more names than bands, nothing under the row names' column,
and each name is a short title (a word or two, no stop). The names are then the levels, and
the report says which band stands over which (:func:`band_note`).
"""

from __future__ import annotations

from .pdfheadlines import segments

__all__ = ["band_levels", "band_names", "band_note", "bands_over", "mark_bands"]


def band_names(head: list[tuple[int, str]], lead: int, below: str) -> list[tuple[int, str]] | None:
    """The header's column names under its bands, or None when the line under it is none.

    ``head`` is the header line's cells (start, text), the first ``lead`` of them naming the
    rows' columns ("Thread"); ``below`` is the line under it.

    Examples
    --------
    >>> head = [(0, "Thread"), (22, "Foundation"), (46, "Intermediate")]
    >>> below = "                      Discover   Explore      Experiment   Dare"
    >>> band_names(head, 1, below)
    [(22, 'Discover'), (33, 'Explore'), (46, 'Experiment'), (59, 'Dare')]

    A first row of statements is none ("I can find ..." is no title); nor is a line naming as
    many columns as the bands (a header wrapped over two lines):

    >>> statements = " " * 22 + "I can find   I can try    I can plan   I do"
    >>> band_names(head, 1, statements) is None
    True
    >>> band_names(head, 1, "                      Level 1                Level 2") is None
    True
    """
    bands = head[lead:]
    names = segments(below)
    if len(bands) < 2 or len(names) <= len(bands) or names[0][0] < bands[0][0] - 2:
        return None
    if not all(_title(text) for _, text in names):
        return None
    starts = [at for at, _ in names]
    if not all(any(abs(at - s) <= 2 for s in starts) for at, _ in bands):
        return None  # a band starts where its first column starts
    return names


def band_note(head: list[tuple[int, str]], lead: int, names: list[tuple[int, str]]) -> str:
    r"""The report's words on the bands over the column names.

    Examples
    --------
    >>> note = band_note([(0, "Thread"), (22, "Foundation"), (44, "Expert")], 1,
    ...                  [(22, "Discover"), (33, "Explore"), (44, "Expand"), (55, "Transform")])
    >>> print(note.replace("; ", ";\n"))
    a header of bands over the level columns: 'Foundation' over Discover, Explore;
    'Expert' over Expand, Transform;
    the columns' names are the levels, the bands not kept;
    the rows' names under 'Thread'
    """
    bands = head[lead:]
    corner = " | ".join(text for _, text in head[:lead] if text)
    parts = []
    for k, (at, band) in enumerate(bands):
        end = bands[k + 1][0] - 2 if k + 1 < len(bands) else 10**9
        under = [text for s, text in names if at - 2 <= s < end]
        parts.append(f"'{band}' over {', '.join(under)}")
    return (
        "a header of bands over the level columns: "
        + "; ".join(parts)
        + "; the columns' names are the levels, the bands not kept"
        + (f"; the rows' names under '{corner}'" if corner else "")
    )


def bands_over(
    lines: list[str], k: int, head: list[tuple[int, str]], lead: int
) -> tuple[list[tuple[int, str]], str, int] | None:
    """The header's cells with the names under its bands (line ``k``), the note and ``lead``.

    None when line ``k`` (past the end: none) names no columns under bands.
    """
    names = band_names(head, lead, lines[k]) if k < len(lines) else None
    if names is None:
        return None
    return head[:lead] + names, band_note(head, lead, names), lead


def mark_bands(grid: list[list[dict]], lead: int | None) -> None:
    """Mark a grid's header cells past its ``lead`` row-name columns as named under bands.

    The header's cells over the row names ("Thread") name no level: they are emptied, as a
    grid whose header names only its level columns prints them, so the columns under them
    read as the rows' names (the band's note names them).
    """
    if lead is not None and grid:
        for para in (p for cell in grid[0][:lead] for p in cell["paras"]):
            para.text = ""  # its place kept: a table read on over a page break is placed by it
        for cell in grid[0][lead:]:
            cell["band"] = True


def band_levels(tables: dict[int, list[list[dict]]]) -> list[str]:
    """The level names of the tables whose header cells stand under bands, in their order.

    A band over the columns ("Foundation", "Expert") is what says the names under it
    ("Discover", "Transform") are levels, words no list of level names knows.
    """
    names: list[str] = []
    for grid in tables.values():
        for cell in grid[0] if grid else []:
            text = " ".join(" ".join(p.text for p in cell["paras"]).split())
            if cell.get("band") and text and text not in names:
                names.append(text)
    return names


def _title(text: str) -> bool:
    """Whether a header piece reads as a column's name: one to three words, a capital, no stop."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";", ":"))
        and not (len(words) > 1 and words[0] in ("I", "You", "We"))
    )
