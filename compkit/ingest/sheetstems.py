"""A sheet's stem written without its colon in one cell, the others opening with it.

A sheet's level cells open with a stem over their list ("You can:" then "- ..." lines); a cell
typed by hand may drop the colon ("You can" then "- ..."). Read alone, that cell's first line
is an unmarked line over list items, so a statement ("You can" in the DDaT skills download's
"User-centred content design" cell, where 602 other cells open with "You can:"). Read with the
sheet it is the stem the other cells open with: :func:`sheet_stems` counts the stems opening the
level cells, and :func:`bare_stem` says when a cell's first item is one of them, colon missing.
"""

from __future__ import annotations

from .blocks import clean, marker
from .cells import Item
from .tables import Grid

__all__ = ["bare_stem", "sheet_stems"]


def _key(text: str) -> str:
    return clean(text).rstrip(":").rstrip().casefold()


def sheet_stems(grid: Grid, row: int, columns: list[int]) -> dict[str, tuple[str, int]]:
    r"""The stems opening the level cells below ``row``: each as written and how many it opens.

    A stem is a cell's first line ending in ":" with a list item ("- ", "1.") on the next.

    Examples
    --------
    >>> rows = [["Skill", "Working"], ["Writing", "You can:\n- write"],
    ...         ["Editing", "You can:\n- edit"], ["Testing", "Tests things"]]
    >>> sheet_stems(Grid("", rows), 0, [1])
    {'you can': ('You can:', 2)}
    """
    out: dict[str, tuple[str, int]] = {}
    for cells in grid.rows[row + 1 :]:
        for c in columns:
            raw = str(cells[c] or "") if c < len(cells) else ""
            lines = [clean(x) for x in raw.split("\n") if clean(x)]
            if len(lines) > 1 and lines[0].endswith(":") and any(marker(lines[1])[:2]):
                text, n = out.get(_key(lines[0]), (lines[0], 0))
                out[_key(lines[0])] = (text, n + 1)
    return out


def bare_stem(items: list[Item], stems: dict[str, tuple[str, int]]) -> str | None:
    """The sheet's stem a cell's first item repeats without its colon, over the list; or None.

    The first item must be unmarked and every other item a list item, and the stem must open at
    least two other cells.

    Examples
    --------
    >>> items = [Item("You can"), Item("edit", marked=True), Item("proofread", marked=True)]
    >>> bare_stem(items, {"you can": ("You can:", 3)})
    'You can:'
    >>> bare_stem(items[:1] + [Item("edit")], {"you can": ("You can:", 3)}) is None
    True
    """
    if len(items) < 2 or items[0].marked or not all(i.marked for i in items[1:]):
        return None
    text, n = stems.get(_key(items[0].text), ("", 0))
    return text if n >= 2 and not items[0].text.rstrip().endswith(":") else None
