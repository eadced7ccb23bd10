"""Columns of a sheet that list, per competency, the levels the publisher defines it at.

SFIA's workbook heads seven narrow columns "Levels" and writes in them the levels each skill
has ("5", "6", "7" on Strategic planning's row); another workbook writes them in one cell
("3, 4, 5, 6", "L2-L4"). The levels left out are undefined by the publisher, not forgotten:
their blank cells are recorded as undefined with the listing as the note, so the checker's
empty-cell rule (S001) does not flag them.

The columns are found by what they hold, not by their header: every filled cell lists names or
numbers of the sheet's own levels, and on every row the listing covers each level that has
statements (a listing that leaves out a level the row defines is something else: a count, a
row number). A column of row numbers (1, 2, 3, ...) is never a listing.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .cells import undefined_note
from .tables import Grid
from .tables import at as _at

__all__ = ["level_tokens", "listed_levels", "long_listing", "read_listing", "report_listing"]

_RANGE = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b)\s*(.+)$", re.IGNORECASE)


def level_tokens(names: list[str], *, places: bool = True) -> dict[str, int]:
    """The words a listing may use for each level, to the level's place (0-based).

    A level is named by its name, and by its number when every level's name holds exactly one
    number ("Level 3" is "3", "L3" and "Level 3"); when no name holds a number, by its place
    counted from 1 (unless ``places`` is false: the order is not the publisher's).

    Examples
    --------
    >>> level_tokens(["Level 1", "Level 2"])["2"], level_tokens(["Level 1", "Level 2"])["l1"]
    (1, 0)
    >>> sorted(level_tokens(["Novice", "Expert"]).items())
    [('1', 0), ('2', 1), ('expert', 1), ('novice', 0)]
    """
    out = {clean(n).casefold(): i for i, n in enumerate(names)}
    numbers = [re.findall(r"\d+", n) for n in names]
    if all(len(set(ns)) == 1 for ns in numbers) and len({ns[0] for ns in numbers}) == len(names):
        for i, ns in enumerate(numbers):
            n = str(int(ns[0]))
            out.update({n: i, f"l{n}": i, f"level {n}": i})
    elif places and not any(numbers):
        out.update({str(i): i - 1 for i in range(1, len(names) + 1)})
    return out


def listed_levels(text: str, tokens: dict[str, int]) -> set[int] | None:
    """The levels a cell lists ("3, 4, 5", "3-6", "L2 to L4"), or None if it lists anything else.

    Examples
    --------
    >>> t = level_tokens([f"Level {n}" for n in range(1, 8)])
    >>> sorted(listed_levels("3,4,5,6", t)), sorted(listed_levels("L2 - L4", t))
    ([2, 3, 4, 5], [1, 2, 3])
    >>> listed_levels("12", t), listed_levels("Yes", t)
    (None, None)
    """
    out: set[int] = set()
    for part in re.split(r"\s*[,;/&\n]\s*|\s+and\s+", clean(text).removesuffix(".")):
        part = re.sub(r"^levels?\s*", "", part.strip(), flags=re.IGNORECASE) or part
        span = _RANGE.match(part)
        if part.casefold() in tokens:
            out.add(tokens[part.casefold()])
        elif span and {span[1].casefold(), span[2].casefold()} <= tokens.keys():
            low, high = tokens[span[1].casefold()], tokens[span[2].casefold()]
            out.update(range(min(low, high), max(low, high) + 1))
        elif part.strip():
            return None
    return out or None


def read_listing(
    grid: Grid, row: int, level_cols: list[int], names: list[str], taken: set[int]
) -> tuple[list[int], dict[int, tuple[set[int], str]]]:
    """The columns that list each row's levels, and per row the levels listed and the note.

    ``taken`` are columns read as something else. Returns ``([], {})`` when no column lists
    levels, or when a row's listing leaves out a level that row has statements at.
    """
    tokens = level_tokens(names)
    body = range(row + 1, len(grid.rows))
    cols = []
    for c in range(max(len(cells) for cells in grid.rows)):
        if c in taken or c in level_cols:
            continue
        cells = [_at(grid.rows[r], c) for r in body if _at(grid.rows[r], c)]
        if not cells or any(listed_levels(t, tokens) is None for t in cells):
            continue
        first = int(cells[0]) if cells[0].isdigit() else 0
        if len(cells) > 2 and cells == [str(i) for i in range(first, first + len(cells))]:
            continue  # 1, 2, 3, ...: a row number
        cols.append(c)
    per_row: dict[int, tuple[set[int], str]] = {}
    for r in body:
        cells = grid.rows[r]
        texts = [_at(cells, c) for c in cols if _at(cells, c)]
        if not texts:
            continue
        listed = set().union(*(listed_levels(t, tokens) for t in texts))
        defined = {
            i
            for i, c in enumerate(level_cols)
            if _at(cells, c) and undefined_note(_at(cells, c)) is None
        }
        if not defined <= listed:
            return [], {}
        per_row[r] = (listed, f"not listed in {_header(grid, row, cols)}: {', '.join(texts)}")
    if len(per_row) < 2:
        return [], {}
    return cols, per_row


def _header(grid: Grid, row: int, cols: list[int]) -> str:
    """The listing's header: its columns' own, or the one merged across them from the left."""
    head = grid.rows[row]
    named = list(dict.fromkeys(_at(head, c) for c in cols if _at(head, c)))
    if not named:
        named = [next((_at(head, c) for c in range(cols[0], -1, -1) if _at(head, c)), "")]
    return " / ".join(named) or f"column {cols[0] + 1}"


def report_listing(
    grid: Grid, row: int, cols: list[int], undefined: int, draft, *, kind: str = "blank cell"
) -> None:
    """Say which columns were read as the levels each competency is defined at."""
    draft.report.add(
        "guess",
        f"{plural(len(cols), 'column')} {_header(grid, row, cols)!r} "
        f"({', '.join(grid.where(row, c)['cell'] for c in cols)}) read as the levels each "
        f"competency is defined at: {plural(undefined, kind)} not listed recorded as undefined",
        0.8,
        grid.where(row, cols[0]),
    )


def long_listing(grid: Grid, row: int, taken: set[int], draft) -> list[int]:
    """In a long sheet, record the levels a listing column leaves out as undefined.

    A long sheet repeats its competency's listing on each of its rows ("Levels": "3, 4, 5"):
    the column must hold one listing per competency, and cover every level the competency has
    statements at. Returns the columns so read (to leave out of the columns not read).
    """
    keys = draft._level_order()
    if len(keys) < 2:  # one level: a column of "1"s lists nothing a competency could lack
        return []
    ranked = all(draft.levels[k].rank is not None for k in keys)
    tokens = level_tokens([draft.levels[k].name for k in keys], places=ranked)
    defined: dict[str, set[int]] = {}
    where: dict[tuple[str, int], int] = {}  # (competency, row's statement) -> row
    for s in draft.statements:
        if (s.source.get("sheet") or "") == (grid.name or "") and s.level in keys:
            defined.setdefault(s.competency, set()).add(keys.index(s.level))
            where[(s.competency, _row(s.source))] = _row(s.source)
    found: list[int] = []
    undefined = []
    for c in range(len(grid.rows[row])):
        if c in taken:
            continue
        listing: dict[str, str] = {}
        first: dict[str, int] = {}
        for (comp, _), r in where.items():
            text = _at(grid.rows[r], c) if 0 <= r < len(grid.rows) else ""
            if text and listing.setdefault(comp, text) != text:
                listing = {}  # not one listing per competency
                break
            if text:
                first.setdefault(comp, r)
        if len(listing) < 2 or any(listed_levels(t, tokens) is None for t in listing.values()):
            continue
        sets = {comp: listed_levels(t, tokens) for comp, t in listing.items()}
        if any(not defined[comp] <= sets[comp] for comp in sets):
            continue
        if all(len(sets[comp] | defined[comp]) == len(keys) for comp in sets):
            continue  # it leaves nothing out: no evidence it lists the levels
        found.append(c)
        head = _header(grid, row, [c])
        for comp, levels in sets.items():
            for i, key in enumerate(keys):
                if i not in levels and i not in defined[comp]:
                    note = f"not listed in {head}: {listing[comp]}"
                    undefined.append((comp, key, note, grid.where(first[comp], c)))
        break
    for comp, key, note, src in undefined:
        draft.undefined.append((comp, key, note, None, src))
        draft.report.add(
            "undefined",
            f"{draft.competencies[comp].name} at {draft.levels[key].name}: no statements, "
            f"{note}: recorded as undefined",
            0.8,
            src,
        )
    if found:
        report_listing(grid, row, found, len(undefined), draft, kind="cell")
    return found


def _row(source: dict) -> int:
    """The 0-based row of a cell reference ("B7" is 6)."""
    digits = re.sub(r"^[A-Z]+", "", source.get("cell", ""))
    return int(digits) - 1 if digits.isdigit() else -1
