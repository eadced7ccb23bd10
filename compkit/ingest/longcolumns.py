"""The columns of a long sheet besides its statements: definitions, descriptors, the unread rest.

An HR system's export is a row per behaviour, each row repeating what belongs to its
competency and its level: "Competency | Definition | Level | Proficiency | Behavioral
Indicator". After ``ingest.sheets`` has placed each row in its competency and level,
:func:`observe` gathers every other column's cells and :func:`settle` reads each column by
how its text varies over the rows:

- a description column ("Definition", "Description") with one text per competency: each
  competency's description (cells of one competency that disagree: the first is kept, the
  others reported);
- a column with one text per level, the same for every competency ("Level description"):
  each level's description, when its texts read as prose (three words or more);
- anything else -- one text per competency and level (a level's descriptor written for each
  competency, which a framework file has no place for), ids, notes -- is reported as not
  read, with the count of its cells. Nothing is dropped without a word.

The sheets of a workbook with a sheet per competency are settled together, column by column
header, so a descriptor shared by every sheet is seen as the level's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .._words import plural
from .blocks import clean
from .draft import Draft
from .longcells import describe_cells, is_cell_description, is_kind_column, kind_notes
from .notecolumns import NOTE_WORD
from .tables import Grid, norm_header
from .tables import at as _at

__all__ = ["UNPLACED", "Column", "all_levels", "note_columns", "observe", "settle", "varies_by"]

#: The column roles the long reading takes its statements' places from.
READ = ("competency", "level", "text", "group", "polarity", "numbers", "rank")


@dataclass
class Column:
    """The cells of one column of one sheet, each with the competency and level of its row."""

    grid: Grid
    row: int  # the header row
    col: int
    description: bool  # the header names a description ("Definition")
    cells: list[tuple[str, str, str, int]] = field(default_factory=list)  # comp, level, text, row
    filled: int = 0  # cells with text, placed or not
    competencies: int = 0  # how many competencies the sheet's rows were read under

    @property
    def label(self) -> str | int:
        """The column's header as printed (its number when the header cell is blank)."""
        return clean(self.grid.rows[self.row][self.col]) or self.col + 1


def observe(grid: Grid, row: int, cols: dict, placed: dict[int, tuple[str, str]]) -> list[Column]:
    """The columns of a sheet that the long reading did not read, with their cells.

    ``placed`` maps a row to the competency and level (names as printed, the level "" when the
    row has none) it was read under.
    """
    read = {cols[k] for k in READ if k in cols} | set(note_columns(grid, row, cols))
    competencies = len({comp.casefold() for comp, _ in placed.values()})
    out = []
    for c in range(len(grid.rows[row])):
        if c in read:
            continue
        column = Column(grid, row, c, cols.get("description") == c, competencies=competencies)
        for r in range(row + 1, len(grid.rows)):
            text = _at(grid.rows[r], c)
            if not text:
                continue
            column.filled += 1
            if r in placed:
                comp, level = placed[r]
                column.cells.append((comp.casefold(), level.casefold(), text, r))
        if column.filled:
            out.append(column)
    return out


def note_columns(grid: Grid, row: int, cols: dict) -> list[int]:
    """A long sheet's columns of what it says beside each statement: its notes, in order.

    "Behaviour | Evidence", "Expectation | Example", "Indicator | Notes | Sources": a column
    headed as examples, evidence, notes, comments, sources or links (the words a table in text
    reads as notes: :data:`~compkit.ingest.notecolumns.NOTE_WORD`), none of the columns the
    rows are read from (nor the description), whose texts differ from row to row (half of its
    cells or more are texts of their own: a remark repeated down a competency's rows is no
    statement's). Its cell is the note of the statement on its row (:mod:`.longrows`).

    Examples
    --------
    >>> rows = [["Level", "Expectation", "Example"], ["1", "Writes tests.", "Added tests."],
    ...         ["2", "Plans tests.", "Planned the tests of checkout."]]
    >>> note_columns(Grid("", rows), 0, {"level": 0, "text": 1})
    [2]
    >>> note_columns(Grid("", rows[:1] + [r[:2] + ["Same."] for r in rows[1:]]), 0,
    ...              {"level": 0, "text": 1})
    []
    """
    read = {cols[k] for k in (*READ, "description") if k in cols}
    head = grid.rows[row]
    names = [norm_header(clean(name)) for name in head]
    own = set(names) >= _OWN_EXPORT  # compkit's own export: its provenance columns no notes
    out = []
    for c, name in enumerate(names):
        if c in read or not _ASIDE.search(name) or (own and name in _PROVENANCE):
            continue
        cells = [_at(r, c) for r in grid.rows[row + 1 :] if _at(r, c)]
        if cells and 2 * len(set(cells)) > len(cells):
            out.append(c)
    return out


def varies_by(cells: list[tuple[str, str, str, int]]) -> str:
    """What a column's text is one of: ``same``, ``competency``, ``level``, ``cell``, ``row``.

    ``same`` is one text on every row of two or more competencies; ``level`` one text per
    level, the same for every competency (at least two competencies and two texts); ``cell``
    one per competency and level; ``row`` anything else.

    Examples
    --------
    >>> rows = [("a", "1", "Adapts.", 0), ("a", "2", "Adapts.", 1), ("b", "1", "Leads.", 2)]
    >>> varies_by(rows)
    'competency'
    >>> varies_by([("a", "1", "Basic", 0), ("a", "2", "Expert", 1), ("b", "1", "Basic", 2)])
    'level'
    >>> varies_by([("a", "1", "x", 0), ("a", "1", "x", 1), ("a", "2", "y", 2), ("b", "1", "z", 3)])
    'cell'
    >>> varies_by([("a", "1", "x", 0), ("a", "1", "y", 1)])
    'row'
    >>> varies_by([("a", "1", "Active", 0), ("b", "1", "Active", 1)])
    'same'
    """
    by: dict[str, dict] = {"competency": defaultdict(set), "level": defaultdict(set)}
    by_cell: dict[tuple[str, str], set[str]] = defaultdict(set)
    comps_at: dict[str, set[str]] = defaultdict(set)
    for comp, level, text, _ in cells:
        by["competency"][comp].add(text)
        if level:
            by["level"][level].add(text)
            by_cell[(comp, level)].add(text)
            comps_at[level].add(comp)
    if len({t for _, _, t, _ in cells}) == 1 and len(by["competency"]) >= 2:
        return "same"
    if all(len(v) == 1 for v in by["competency"].values()):
        return "competency"
    if not by_cell or any(len(v) > 1 for v in by_cell.values()):
        return "row"
    shared = all(len(v) == 1 for v in by["level"].values())
    many = len({t for _, _, t, _ in cells}) >= 2 and max(map(len, comps_at.values())) >= 2
    return "level" if shared and many else "cell"


def settle(columns: list[Column], draft: Draft) -> None:
    """Read the columns as descriptions where the framework file holds them; report the rest.

    Columns of several sheets with the same header are read together. Rows left out for want
    of a competency or level are reported in one line per sheet (:func:`_fold_unplaced`).
    """
    _fold_unplaced(columns, draft)
    together: dict[str, list[Column]] = defaultdict(list)
    for column in columns:
        together[norm_header(str(column.label))].append(column)
    by_level = []  # kept after each competency's own description
    level_groups: list[list[Column]] = []  # each level's description, in column order
    for group in together.values():
        cells = [cell for column in group for cell in column.cells]
        kind = varies_by(cells) if cells else "row"
        aside = _ASIDE.search(norm_header(str(group[0].label)))  # "Examples": not the level's
        if kind == "cell" and len(draft.competencies) == 1 and not aside:  # a ladder's levels
            kind = "level"
        described = any(column.description for column in group)
        if kind == "cell" and is_cell_description(group[0].label, cells):
            by_level.append(group)
        elif kind == "row" and is_kind_column(group[0].label, cells):
            kind_notes(group, draft)
        elif described and kind == "competency":
            _describe(group, draft)
        elif kind == "level" and all(len(t.split()) >= 3 for _, _, t, _ in cells):
            level_groups.append(group)
        elif described and kind == "row" and _mostly_one(cells):
            _describe(group, draft)
        elif kind == "competency" and _grouping(cells, draft):
            _group(group, draft)
        else:
            if kind == "competency" and len({c for c, *_ in cells}) < 2:  # one competency:
                kind = "cell" if all(lv for _, lv, _, _ in cells) else "row"  # its levels'
            for column in group:
                _not_read(column, kind, draft)
    _describe_levels(level_groups, draft)
    for group in by_level:
        describe_cells(group, draft)


#: A column saying something beside a level's text, never its description: examples, notes
#: (the words of :data:`~compkit.ingest.notecolumns.NOTE_WORD`, shared with tables in text),
#: the header's last word ("Supporting evidence", "Examples (optional)"; "Source lines" and
#: "Examples of good practice" name something else)
_ASIDE = re.compile(rf"\b{NOTE_WORD}(?:\s*\([^)]*\))?\s*:?$", re.IGNORECASE)
#: compkit's own CSV and XLSX export (``compkit export``): its id columns, and the columns
#: saying where each statement stood in the source it was read from, which are no notes
_OWN_EXPORT = {"indicator id", "competency id", "level rank"}
_PROVENANCE = {"source", "source lines", "source numbers", "repair", "repair note"}
#: The report's line for a row with a statement but no competency or level: ``ingest.sheets``
#: writes it with :data:`UNPLACED`, so the two cannot drift apart
UNPLACED = ": no competency or level on its row"
_UNPLACED = re.compile(rf"^'.*'{re.escape(UNPLACED)}$", re.S)
_CELL = re.compile(r"cell ([A-Z]+)(\d+)$")


def _fold_unplaced(columns: list[Column], draft: Draft) -> None:
    """One line for a sheet's rows with a statement but no competency or level, and what to do.

    A list of a work role's tasks, knowledge and skills gives the competency of its knowledge
    and skills only: its tasks were a line each. Three or more such rows of a sheet are one
    line naming their count and cells, and the column that tells them apart from the rows read
    (its values on them found on no row read, as 'KSAT Type' says 'Task'), to give as
    ``--competency-from``.
    """
    notes = draft.report.notes
    for grid in {id(column.grid): column.grid for column in columns}.values():
        place = grid.where(0, 0).get("sheet")
        mine = [
            (k, n, m)
            for k, n in enumerate(notes)
            if n.kind == "unused"
            and _UNPLACED.match(n.message)
            and (m := _CELL.search(n.where))
            and (place is None or n.where.startswith(f"sheet {place},"))
        ]
        if len(mine) < 3:
            continue
        rows = {int(m.group(2)) - 1 for _, _, m in mine}
        last = mine[-1][2]
        where = mine[0][1].where.replace("cell ", "cells ") + f"-{last.group(1)}{last.group(2)}"
        hint = "fill their cells, or give --competency-from (--level-from) naming the column"
        for column in (c for c in columns if c.grid is grid):
            on = {_at(grid.rows[r], column.col) for r in rows}
            body = range(column.row + 1, len(grid.rows))
            off = {_at(grid.rows[r], column.col) for r in body if r not in rows}
            if "" not in on and len(on) <= 3 and not on & off:
                shown = ", ".join(repr(v) for v in sorted(on))
                hint = (
                    f"{column.label!r} sets them apart ({shown} on them alone): give "
                    f"--competency-from={column.label!r} to read every row under its "
                    f"{column.label!r}, or fill their competency and level cells"
                )
                break
        drop = {k for k, _, _ in mine}
        notes[:] = [n for k, n in enumerate(notes) if k not in drop]
        draft.report.add(
            "unused",
            f"{len(mine)} rows have a statement but no competency or level: not read; {hint}",
            0.5,
            where,
        )


#: A code, not a name: lower-case words joined by hyphens ("joined-wrapped-lines")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


def _grouping(cells: list[tuple[str, str, str, int]], draft: Draft) -> bool:
    """Short names, one per competency, each shared by several: the competencies' groups.

    An HR export repeats each competency's cluster on its rows under a header of its own
    ("Stressor area", "Department"): fewer names than competencies, none a sentence, and no
    group read already.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("hse.csv"))
    >>> cells = [("Workload", "", "Demands", 1), ("Problems", "", "Demands", 2),
    ...          ("Empowerment", "", "Control", 3)]
    >>> _grouping(cells, d), _grouping(cells[:1] + cells[2:], d)
    (True, False)
    """
    names = {text for _, _, text, _ in cells}
    comps = {comp for comp, *_ in cells}
    keys = {draft.find("competency", comp) for comp in comps}
    return (
        not draft.groups
        and len(comps) >= 2
        and len(names) < len(comps)
        and keys >= set(draft.competencies)  # every competency has one: a column of kinds
        and all(len(t.split()) <= 5 and not t.endswith((".", ":", ";")) for t in names)
        and not all(_SLUG.match(t) for t in names)  # codes ("joined-wrapped-lines")
    )


def _group(group: list[Column], draft: Draft) -> None:
    """Each competency's text is its group's name (reported)."""
    for column in group:
        for comp, _, text, _ in column.cells:
            key = draft.find("competency", comp)
            if key is not None:
                draft.competency(draft.competencies[key].name, group=text)
    first = group[0]
    draft.report.add(
        "guess",
        f"column {first.label!r} read as the competencies' groups (one short name per "
        "competency, shared by several)",
        0.6,
        first.grid.where(first.row, first.col),
    )


def _mostly_one(cells: list[tuple[str, str, str, int]]) -> bool:
    """Most competencies (half or more) have one text: a description column with slips."""
    texts: dict[str, set[str]] = defaultdict(set)
    for comp, _, text, _ in cells:
        texts[comp].add(text)
    return sum(len(v) == 1 for v in texts.values()) * 2 >= len(texts)


def _describe(group: list[Column], draft: Draft) -> None:
    """Each competency's first text is its description; a differing one is reported."""
    for column in group:
        reported: set[tuple[str, str]] = set()
        for comp, _, text, r in column.cells:
            key = draft.find("competency", comp)
            if key is None:
                continue
            record, lines = draft.competencies[key], _lines(column, r)
            if not record.description:
                for line in lines:
                    draft.describe(key, line)
            elif "\n\n".join(lines) != record.description and (key, text) not in reported:
                reported.add((key, text))
                draft.report.add(
                    "unused",
                    f"{column.label!r} of {record.name!r} differs from the one kept "
                    f"({_short(record.description)}): {_short(text)} not kept",
                    0.5,
                    column.grid.where(r, column.col),
                )


def _describe_levels(groups: list[list[Column]], draft: Draft) -> None:
    """Each level's text (the same for every competency) is its description.

    Several such columns ("Summary", "Experience") describe a level together, in column order,
    as a ladder's page gives a level its summary and its note one under the other.
    """
    before = {key: record.description for key, record in draft.levels.items()}
    said: dict[str, list[str]] = defaultdict(list)
    for group in groups:
        for column in group:
            for _, level, text, r in column.cells:
                key = draft.find("level", level)
                if key is None:
                    continue
                record, lines = draft.levels[key], _lines(column, r)
                if before.get(key) and "\n\n".join(lines) != before[key]:
                    draft.report.add(
                        "unused",
                        f"{column.label!r} of level {record.name!r} differs from its description "
                        f"({_short(before[key])}): {_short(text)} not kept",
                        0.5,
                        column.grid.where(r, column.col),
                    )
                elif not before.get(key) and "\n\n".join(lines) not in said[key]:
                    said[key].append("\n\n".join(lines))
        first = group[0]
        draft.report.add(
            "guess",
            f"column {first.label!r} read as the levels' descriptions (one text per level"
            + (", the same for every competency)" if len(draft.competencies) > 1 else ")"),
            0.7,
            first.grid.where(first.row, first.col),
        )
    for key, texts in said.items():
        draft.levels[key].description = "\n\n".join(texts)


_WHY = {
    "cell": ": it holds one text per competency and level ({n}: {first}), a level's "
    "descriptor for each competency, which a framework file has no place for",
    "level": ": one text per level, too short to be a description ({first})",
    "competency": ": one text per competency ({first})",
    "same": ": the same text on every row ({first})",
    "codes": ": it holds a code per competency and level ({n}: {first})",
}
#: An identifier, not words ("GAR-OPE-2001-1.1", "KSA_12")
_CODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$")


def _not_read(column: Column, kind: str, draft: Draft) -> None:
    texts = list(dict.fromkeys(t for _, _, t, _ in column.cells))
    full = len({comp for comp, *_ in column.cells}) == column.competencies  # not a few notes
    if kind == "same" and len(_every(column)) > 1:  # rows read agree, rows not read differ
        kind = "row"
    if kind == "cell" and texts and all(_CODE.match(t) for t in texts):
        kind = "codes"  # "GAR-OPE-2001-1.1": an identifier per competency and level
    why = _WHY.get(kind, "") if texts and full else ""
    first = _short(texts[0]) + (", ..." if len(texts) > 1 else "") if texts else ""
    draft.report.add(
        "unused",
        f"column {column.label!r} ({plural(column.filled, 'cell')}) not read"
        + why.format(n=len(texts), first=first),
        0.5,
        column.grid.where(column.row, column.col),
    )


def _every(column: Column) -> set[str]:
    """Every text of a column's filled cells, on rows placed or not."""
    rows = column.grid.rows[column.row + 1 :]
    return {_at(cells, column.col) for cells in rows} - {""}


def _lines(column: Column, r: int) -> list[str]:
    """A cell's lines, each as compkit keeps text (a paragraph each in a description)."""
    return [clean(line) for line in column.grid.rows[r][column.col].splitlines() if clean(line)]


def _short(text: str, size: int = 60) -> str:
    return repr(text[:size] + ("..." if len(text) > size else ""))


def all_levels(cols: dict, hints: dict, draft: Draft) -> dict:
    """A long sheet's columns with ``_level_name`` when no column gives the statements' level.

    A framework with no levels (a council's values, a manager's indicator tool) lists its
    statements by competency alone: each is read at "All levels", reported. With a level
    column, level columns or the levels given, ``cols`` comes back as it was.

    Examples
    --------
    >>> all_levels({"competency": 0, "level": 1, "text": 2}, {}, None)
    {'competency': 0, 'level': 1, 'text': 2}
    """
    if not {"competency", "text"} <= cols.keys() or "level" in cols or cols.get("_levels"):
        return cols
    if hints.get("levels"):
        return cols
    draft.report.add("guess", "no column gives a level: every statement read at 'All levels'", 0.6)
    return {**cols, "_level_name": "All levels"}
