"""Read a long sheet's rows: a statement a row, its competency and level from their columns.

A name or level written once and left blank below is filled down, a "Group and Capability"
cell of two lines names both, a cell listing bullets is a statement per item and a cell of
lines without stops a statement per line (:mod:`~compkit.ingest.celllines`); a notes column's
cell is the note of each statement on its row, and a row holding nothing but a note carries
on the note above it (:func:`_note`); what the reading
guessed is reported once over every sheet read (:func:`long_done`). Moved out of
:mod:`~compkit.ingest.sheets`, which decides the layout.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .celllines import line_text, lines_split, split_note, statement_lines
from .cells import Item, cell_paras, split_cell
from .draft import Draft, Statement
from .levelorder import rank_by_words
from .longcolumns import UNPLACED, note_columns
from .longmarks import polarity_mark, undefined_row
from .longrepeats import RowMemo
from .sheetlevels import drop_unused_levels, lowest_first
from .tables import Grid
from .tables import at as _at

__all__ = ["long_done", "long_rows"]


def long_rows(
    grid: Grid,
    row: int,
    cols: dict,
    draft: Draft,
    hints: dict,
    competency: str = "",
    *,
    placed: dict[int, tuple[str, str]],
) -> tuple[int, int, int, int]:
    """Read a sheet's rows, a statement each; return the rows passed over, and read by fill-down.

    The counts are of rows with no statement text, rows read under the competency above them,
    rows read under the level above them and cells listing several statements (bullets or
    numbers, one a line: a statement each).

    ``competency`` names the competency of every row of a sheet with no competency column;
    ``placed`` gets the competency and level each row with a competency was read under (for
    the other columns: :mod:`~compkit.ingest.longcolumns`).
    """
    for rank, name in enumerate(hints.get("levels") or (), 1):
        draft.level(clean(name), rank=rank)
    rank_col = cols.get("rank")
    heads = {cols[k] for k in ("competency", "group", "level", "description") if k in cols}
    skipped = filled = levelled = listed = split_names = 0
    by_line: list[tuple[dict, list]] = []  # cells read as a statement a line
    memo = RowMemo(grid.rows[row])
    above = {"competency": "", "group": "", "level": ""}  # a blank cell under a name repeats it
    blank = cols.get("_group_blank", False)  # ... but a group's blank cell names none
    noted = note_columns(grid, row, cols)  # "Evidence", "Example": each statement's note
    notes_read = shared = copies = continued = 0
    last: list[Statement] = []  # the statements of the row above, for a note continued below
    for r in range(row + 1, len(grid.rows)):
        cells = grid.rows[r]
        text, level = _at(cells, cols["text"]), _at(cells, cols.get("level"))
        level = level or cols.get("_level_name", "")
        comp = competency or _at(cells, cols.get("competency"))
        group = _at(cells, cols.get("group"))
        if cols.get("_grouped") and not competency and "group" not in cols:
            group, comp, split = _grouped_name(cells[cols["competency"]], group, comp)
            split_names += split
        if level:
            above["level"] = level
        elif text and above["level"] and comp in ("", above["competency"]):
            level, levelled = above["level"], levelled + 1  # a level cell merged down its rows
        if comp:
            above = {
                "competency": comp,
                "group": group or (above["group"] if "group" in cols and not blank else ""),
                "level": level,
            }
        elif text and level and above["competency"]:
            comp, filled = above["competency"], filled + 1
        elif group and not text:  # a group's name on a row of its own: over the rows below
            above["group"] = group
        group = group or above["group"]
        if comp:
            placed[r] = (comp, level)
        if not text:  # a row of names and a definition only is read: a competency's heading
            more = _note(grid, row, r, noted) if last else ""
            if more and all(not clean(c) for i, c in enumerate(cells) if i not in noted):
                for stmt in last:  # evidence run on below its statement, the statement blank
                    stmt.note = f"{stmt.note}\n{more}" if stmt.note else more
                continued += 1
                continue
            skipped += any(clean(c) for i, c in enumerate(cells) if i not in heads)
            last = []
            continue
        last = []
        if not comp or not level:
            draft.report.add(
                "unused",
                f"{text[:60]!r}{UNPLACED}",
                0.5,
                grid.where(r, cols["text"]),
            )
            continue
        at = grid.where(r, cols["text"])  # a row per role, the same text: once ("NOT IN USE": none)
        others = [c for i, c in enumerate(cells) if i not in heads and i != cols["text"]]
        if memo.unused_level(level, text, at) or memo.repeated(comp, level, text, at, others):
            continue
        rank = _at(cells, rank_col)
        lkey = draft.level(
            level, rank=float(rank) if re.fullmatch(r"\d+(?:\.\d+)?", rank) else None
        )
        ckey = draft.competency(comp, group=group or None)
        placed[r] = (ckey, lkey)
        if undefined_row(text, ckey, lkey, grid.where(r, cols["text"]), draft):
            continue  # "n/a", "—": no statement at this level, as in a wide sheet
        mark = _at(cells, cols.get("polarity"))
        polarity = polarity_mark(mark, marked=bool(cols.get("_negative")))
        numbers = [int(n) for n in re.findall(r"\d+", _at(cells, cols.get("numbers")))][:20]
        source = grid.where(r, cols["text"])
        if numbers:
            source["numbers"] = numbers
        items = _list_items(cells[cols["text"]], source, ckey, lkey, draft)
        listed += bool(items)
        lines = None if items else statement_lines(cells[cols["text"]])
        note = _note(grid, row, r, noted)
        notes_read += bool(note)
        for k, (_, line) in enumerate(lines or ()):  # "...;" over "...;": a statement a line
            fix = ("split-merged-statements", split_note(source["cell"], lines, k))
            last.append(
                Statement(ckey, lkey, line_text(line), polarity, [], dict(source), fix, note=note)
            )
        if lines:
            by_line.append((source, lines))
        for item in [] if lines else items or [Item(text, numbers)]:
            src = {**source, "numbers": item.numbers} if item.numbers else source
            last.append(Statement(ckey, lkey, item.text, polarity, item.numbers, src, note=note))
        for stmt in last:
            draft.statement(stmt)
        if note and len(last) > 1:  # a note beside a cell of several statements: each one's
            shared, copies = shared + 1, copies + len(last)
    lines_split(by_line, draft)
    if notes_read or continued:
        heads = ", ".join(repr(clean(grid.rows[row][c])) for c in noted)
        draft.report.add(
            "guess",
            f"{'column' if len(noted) == 1 else 'columns'} {heads} read as the note of the "
            "statement on its row, word for word "
            f"({plural(notes_read, 'note')}"
            + (
                f"; a note beside several statements copied to each: {plural(shared, 'note')}"
                f" over {copies} statements"
                if shared
                else ""
            )
            + (
                f"; {plural(continued, 'row')} with a note alone read as more of the note above"
                if continued
                else ""
            )
            + ")",
            0.8,
            grid.where(row, noted[0]),
        )
    memo.report(draft)
    if split_names:
        draft.report.add(
            "guess",
            f"column {clean(grid.rows[row][cols['competency']])!r}: {plural(split_names, 'cell')} "
            "read as the group's name (first line) over the competency's (the lines below)",
            0.8,
            grid.where(row, cols["competency"]),
        )
    return skipped, filled, levelled, listed


def _note(grid: Grid, row: int, r: int, noted: list[int]) -> str:
    """Row ``r``'s note: its cell of each note column, word for word.

    Headed by its column's name when there are two. A note beside a cell of several statements
    is each one's (nothing lost), as a table's notes column in text is
    (:mod:`~compkit.ingest.notecolumns`); the report says so once.
    """
    cells = [(c, grid.rows[r][c].strip()) for c in noted if _at(grid.rows[r], c)]
    if not cells:
        return ""
    if len(noted) == 1:
        return cells[0][1]
    return "\n\n".join(f"{clean(grid.rows[row][c])}: {text}" for c, text in cells)


def _grouped_name(raw: str, group: str, comp: str) -> tuple[str, str, int]:
    r"""A "Group and Capability" cell as (group, competency, 1), or as it was with 0.

    The cell names the group on its first line and the competency below it ("Personal
    Attributes" over "Manage Self", as NSW role descriptions print it); a cell of one line is
    the competency's name.

    Examples
    --------
    >>> _grouped_name("Personal Attributes\nManage Self", "", "Personal Attributes Manage Self")
    ('Personal Attributes', 'Manage Self', 1)
    >>> _grouped_name("Manage Self", "", "Manage Self")
    ('', 'Manage Self', 0)
    """
    lines = [clean(line) for line in (raw or "").splitlines() if clean(line)]
    if len(lines) < 2:
        return group, comp, 0
    return lines[0], " ".join(lines[1:]), 1


def _list_items(raw: str, source: dict, ckey: str, lkey: str, draft: Draft) -> list[Item]:
    """The items of a cell that lists several, bulleted or numbered, one a line (else none).

    A lead-in line ending in ":" above them is their stem.
    """
    if "\n" not in raw.strip():
        return []
    items, stem, _ = split_cell(cell_paras(raw, {}, "long"), lines=False)
    if len(items) < 2 or not all(item.marked for item in items):
        return []
    if stem is not None:
        draft.stems.append((ckey, lkey, clean(stem.text), source))
    return items


def long_done(draft: Draft, hints: dict, counts: tuple[int, ...]) -> None:
    """Report what the long reading guessed, over every sheet read; drop idle given levels."""
    skipped, filled, levelled, listed = counts
    if listed:
        draft.report.add(
            "guess",
            f"{plural(listed, 'cell')} listing several items read as a statement per item",
            0.8,
        )
    if skipped:
        draft.report.add(
            "unused", f"{plural(skipped, 'row')} with no statement text passed over", 0.6
        )
    drop_unused_levels(draft, list(dict.fromkeys(clean(x) for x in hints.get("levels") or ())))
    if levelled:
        draft.report.add(
            "guess",
            f"{plural(levelled, 'row')} with a blank level read as the level above them",
            0.8,
        )
    if filled:
        draft.report.add(
            "guess",
            f"{plural(filled, 'row')} with a blank competency read as the competency above them",
            0.8,
        )
    if not hints.get("levels") and not any(lv.rank is not None for lv in draft.levels.values()):
        lowest_first(draft, list(draft.levels))
        if not any(lv.rank is not None for lv in draft.levels.values()):
            rank_by_words(draft, list(draft.levels))  # "Working" met before "Awareness"
    if not any(lv.rank is not None for lv in draft.levels.values()):
        draft.report.add(
            "guess",
            "levels ranked in order of first appearance: "
            + ", ".join(lv.name for lv in draft.levels.values()),
            0.5,
        )
