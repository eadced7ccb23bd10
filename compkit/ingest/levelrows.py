"""Read a sheet that runs the other way: a row per level, a column per competency.

A publisher's can-do table or a job ladder's sheet often sets its levels down the first column
and its competencies (skill areas, dimensions) across the header: "LEVELS | Listening/Speaking
| Reading | Writing" over "C2 Level 5", "C1 Level 4" ... (ALTE's can-do tables); "Level |
Technical Skill | Impact | Communication" over "Engineer I" ... Each cell holds the statements
of its column's competency at its row's level, read as a wide sheet's cells are.

A database's table of levels has that shape too (DIRECT's ``skill_level.csv``: "name |
description | level | short_description | focus" over "Expert | ... | 4 | ..."): headed in
the database's own field names, named for its levels ("skill_level"), each level numbered,
named and described, its other columns say more of the levels, no competency. It is refused
for what it is, a scale (:func:`levels_table`).
"""

from __future__ import annotations

import re
from pathlib import Path

from .._words import some
from .blocks import clean
from .draft import Draft
from .labels import level_score, special_column
from .levelruns import header_levels
from .limits import IngestError
from .sheetcomps import unread_columns
from .sheetlevels import lowest_first
from .sheetnotes import notes_below, table_end
from .tables import Grid, find_columns, norm_header
from .tables import at as _at

__all__ = ["level_rows_header", "levels_table", "read_level_rows"]


#: A level column's header: "Level", "LEVELS", "Grade", "Level/Skill", "Proficiency level"
_LEVEL_HEAD = re.compile(r"^(?:(?:proficiency|seniority|career|job) )?(?:levels?|grades?|bands?)\b")
#: A header cell that is only a level column's name ("Level", "Grades", "Level/Skill"), no level
_HEAD_ONLY = re.compile(
    r"^(?:(?:proficiency|seniority|career|job) )?(?:levels?|grades?|bands?)(?:/.*)?$"
)
#: A column of an author's notes beside the competencies ("NOTES", "Comments"): reported, not read
_NOTES = re.compile(r"^(?:notes?|comments?|remarks?)\b")
#: A note after a level's name in brackets: the years it takes ("Engineer I (<1-2)")
_BRACKETED = re.compile(r"\s*\([^()]*\)$")
#: an id, not a published name ("mid-level-engineer-what-to"): a table of data, not a ladder
_SLUG = re.compile(r"[a-z]+(?:-[a-z0-9]+){2,}")


def _level_like(text: str) -> bool:
    """Whether a row's first cell names a level, a bracketed note after its name aside.

    Examples
    --------
    >>> _level_like("Engineer I (<1-2)"), _level_like("Senior Engineer"), _level_like("Coding")
    (True, True, False)
    """
    return level_score(text) >= 0.5 or level_score(_BRACKETED.sub("", text)) >= 0.5


def level_rows_header(grid: Grid, hints: dict) -> tuple[int, int, list[int]] | None:
    r"""The header row, level column and competency columns of a sheet with a row per level.

    The level column is the one so headed ("Level", "LEVELS", the ``level_from`` hint), its
    cells naming levels (each a level word or code, or a numbered run); two columns or more
    right of it are headed by names, none a statement or competency column (nor a rank, a
    description or another column of its own), and hold statements. Returns (header row,
    level column, competency columns).

    Examples
    --------
    >>> rows = [["LEVELS", "Reading", "Writing"],
    ...         ["C1\nLevel 4", "CAN read fast.", "CAN write essays."],
    ...         ["B2\nLevel 3", "CAN scan texts.", "CAN make notes."]]
    >>> level_rows_header(Grid("", rows), {})
    (0, 0, [1, 2])
    >>> level_rows_header(Grid("", [["Skill", "Novice", "Expert"], ["Coding", "a", "b"]]), {})
    """
    for r, cells in enumerate(grid.rows[:30]):
        names = [norm_header(c) for c in cells]
        cols = find_columns(cells, hints)
        if {"text", "competency"} & cols.keys() or cols.get("_levels"):
            continue
        lc = cols.get("level", 0)
        body = [row for row in grid.rows[r + 1 :] if _at(row, lc) and sum(map(bool, row)) > 1]
        levels = [clean(_at(row, lc)) for row in body]
        if len(levels) < 2 or len(set(levels)) != len(levels) or not _starts(grid, r, lc):
            continue
        if all(_SLUG.fullmatch(v) for v in levels):  # compkit's own tables name levels by id
            continue
        named = "level" in cols or _LEVEL_HEAD.match(_at(names, lc))  # "LEVELS", "Level/Skill"
        named = named or (lc == 0 and not _at(names, 0))  # a blank corner over job titles
        if not named or not (header_levels(levels) or all(map(_level_like, levels))):
            continue
        taken = {v for k, v in cols.items() if k[0] != "_"}
        comps = [
            c
            for c, n in enumerate(names)
            if c != lc
            and c not in taken
            and n
            and special_column(n) is None
            and not _NOTES.match(n)
            and _says(body, c)
        ]
        if len(comps) >= 2:
            return r, lc, comps
    return None


def _starts(grid: Grid, r: int, lc: int) -> bool:
    """Whether the first row with text below row ``r`` names a level, not a header of its own.

    A band over the header ("Dex | Str | Wis | Cha" over "Technical Skill | ... ") is no header:
    the row below it is the header, not a level's row.
    """
    after = next((row for row in grid.rows[r + 1 :] if any(map(clean, row))), None)
    return bool(after and _at(after, lc) and not _HEAD_ONLY.match(norm_header(_at(after, lc))))


def _names_column(grid: Grid, row: int, end: int, lc: int, taken: set[int]) -> int | None:
    """A column naming each level beside a level column of numbers ("name" beside "level").

    DIRECT's scale heads its level numbers "level" and their names "name" ("Expert" beside
    "4"): a column headed as names, each row's cell a short name of its own, beside a level
    column holding numbers alone. Its cells name the levels, the numbers rank them.

    Examples
    --------
    >>> rows = [["name", "level", "Reading"], ["Expert", "2", "Reads fast."],
    ...         ["Awareness", "1", "Reads."]]
    >>> _names_column(Grid("", rows), 0, 2, 1, {1, 2})
    0
    """
    body = [grid.rows[r] for r in range(row + 1, end + 1) if clean(_at(grid.rows[r], lc))]
    if not body or not all(re.fullmatch(r"\d+(?:\.\d+)?", clean(_at(c, lc))) for c in body):
        return None
    for c, head in enumerate(grid.rows[row]):
        if c in taken or norm_header(head) not in (
            "name",
            "names",
            "title",
            "level name",
            "label",
        ):
            continue
        names = [clean(_at(cells, c)) for cells in body]
        if (
            all(names)
            and len(set(names)) == len(names)
            and all(len(n.split()) <= 4 and not n.endswith((".", ";", ":")) for n in names)
        ):
            return c
    return None


def _says(body: list[list[str]], c: int) -> bool:
    """Whether a column's cells are statements: most of them three words or more.

    A levels table's names and ranks ("Core", "1"), or a matrix of shares ("0.449"), are not.
    """
    cells = [_at(row, c) for row in body if _at(row, c)]
    said = [t for t in cells if len(re.findall(r"[^\W\d_]{2,}", t)) >= 3]
    return bool(cells) and 2 * len(said) >= len(cells)


def read_level_rows(grid: Grid, found: tuple[int, int, list[int]], draft: Draft, hints) -> None:
    """Read a sheet with a row per level (:func:`level_rows_header`) into ``draft``."""
    from .widesheet import _wide_cell

    row, lc, comps = found
    head = grid.rows[row]
    draft.report.layout = "wide"
    draft.report.reasons.append(
        (f"sheet {grid.name!r}" if grid.name else "the file")
        + f", header row {row + 1}: levels down "
        + (f"column {clean(head[lc])!r}" if clean(head[lc]) else f"column {lc + 1} (no header)")
        + ", a competency a column"
    )
    ckeys = {c: draft.competency(clean(head[c]), grid.where(row, c)) for c in comps}
    names = [norm_header(c) for c in head]
    described = [c for c, n in enumerate(names) if c != lc and special_column(n) == "description"]
    notes = [c for c, n in enumerate(names) if c != lc and c not in comps and _NOTES.match(n)]
    end = table_end(grid, row, comps)  # a note below the table is no level
    named = _names_column(grid, row, end, lc, {lc, *comps, *described, *notes})
    unread_columns(grid, row, {lc, *comps, *described, *notes, named} - {None}, draft)
    given = [clean(x) for x in hints.get("levels") or ()]
    keys: list[str] = []
    for r in range(row + 1, end + 1):
        name = clean(_at(grid.rows[r], lc))
        if not name:
            continue
        rank = given.index(name) + 1 if name in given else None
        if named is not None and clean(_at(grid.rows[r], named)):  # "Expert" beside "4"
            rank, name = float(name), clean(_at(grid.rows[r], named))
        lkey = draft.level(name, grid.where(r, lc), rank=rank)
        keys.append(lkey)
        said = [_at(grid.rows[r], c) for c in described if _at(grid.rows[r], c)]
        if said and not draft.levels[lkey].description:  # "Scope": what the level is
            draft.levels[lkey].description = "\n\n".join(clean(t) for t in said)
        for c in comps:
            _wide_cell(grid, r, c, ckeys[c], lkey, draft, hints, None)
        for c in notes:  # "This is a big role. ...": a note on the level, said where it is
            if said := clean(_at(grid.rows[r], c)):
                draft.report.add(
                    "unused",
                    f"{clean(head[c])!r} at level {name!r}: {said[:80]!r}"
                    f"{'...' if len(said) > 80 else ''} is in no statement",
                    0.5,
                    grid.where(r, c),
                )
    if named is not None:
        draft.report.add(
            "guess",
            f"column {clean(head[named])!r} read as the levels' names, ranked by the numbers of "
            f"column {clean(head[lc])!r}",
            0.7,
            grid.where(row, named),
        )
    draft.report.add(
        "guess",
        f"a row per level ({', '.join(draft.levels[k].name for k in keys)}) and a column per "
        f"competency ({', '.join(clean(head[c]) for c in comps)})",
        0.6,
        grid.where(row, lc),
    )
    notes_below(grid, end, draft)
    if described:
        draft.report.add(
            "guess",
            f"column {', '.join(repr(clean(head[c])) for c in described)} read as each level's "
            "description",
            0.6,
            grid.where(row, described[0]),
        )
    if not given:
        lowest_first(draft, keys)
        if all(draft.levels[k].rank is None for k in keys):
            for rank, key in enumerate(keys, 1):
                draft.levels[key].rank = rank
    for r in range(row):  # a title and notes above the header
        shown = " | ".join(clean(c) for c in grid.rows[r] if clean(c))
        if shown and not (r == 0 and shown == grid.title):
            draft.report.add(
                "unused",
                f"{shown[:80]!r} (above the header row) is in no statement",
                0.5,
            )


#: A header in a database's own field names: "short_description", "level", "name"
_FIELD_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
#: A table's or file's name saying it holds levels: "skill_level", "proficiency_levels"
_LEVELS_NAME = re.compile(r"(?:^|[\W_])(?:levels?|scales?|proficienc(?:y|ies)|grades?)(?:$|[\W_])")


def levels_table(grid: Grid, found: tuple[int, int, list[int]], name: str) -> str | None:
    """Why a sheet of level rows is a database's table of levels, a scale alone, or None.

    Every header a field name of the database's own ("short_description"), the table or file
    named for levels (``name``: "skill_level"), each row's level a number beside a column of
    names and a column describing it: its other columns describe the levels, not competencies.

    Examples
    --------
    >>> rows = [["name", "level", "description", "focus"],
    ...         ["Expert", "2", "Leads the field and mentors.", "setting strategy and direction"],
    ...         ["Awareness", "1", "Knows the basics of the area.", "learning and remembering"]]
    >>> print(levels_table(Grid("", rows), (0, 1, [2, 3]), "skill_level"))  # doctest: +ELLIPSIS
    a table of 2 levels (2 Expert, 1 Awareness) headed in a database's field names, ...
    >>> levels_table(Grid("", rows), (0, 1, [2, 3]), "engineering ladder") is None
    True
    """
    row, lc, comps = found
    head = [clean(h) for h in grid.rows[row]]
    if not _LEVELS_NAME.search((grid.name or name).lower()):
        return None
    if not all(_FIELD_NAME.fullmatch(h) for h in head if h):
        return None
    heads = [norm_header(h) for h in head]
    described = [c for c, n in enumerate(heads) if c != lc and special_column(n) == "description"]
    end = table_end(grid, row, comps)
    named = _names_column(grid, row, end, lc, {lc, *comps, *described})
    if named is None or not described:
        return None
    rows = [grid.rows[r] for r in range(row + 1, end + 1) if clean(_at(grid.rows[r], lc))]
    levels = [f"{clean(_at(r, lc))} {clean(_at(r, named))}" for r in rows]
    said = ", ".join(repr(head[c]) for c in sorted({*described, *comps}))
    where = f"sheet {grid.name!r}: " if grid.name else ""
    return (
        f"{where}a table of {len(levels)} levels ({some(levels, shown=8, quote=False)}) headed "
        f"in a database's field names, each level numbered ({head[lc]!r}), named "
        f"({head[named]!r}) and described ({said}), and no competency or statement: a scale "
        "describes the levels of a framework, not its behaviours; ingest the framework whose "
        "levels these are"
    )


def read_if_level_rows(
    ranked: list, draft: Draft, hints: dict, *, source: str | Path = ""
) -> dict | None:
    """Read the first sheet with a row per level, when no sheet has a framework's header.

    ``ranked`` holds (score, grid, header row, columns) for each sheet, best first; a sheet
    whose header names statements, competencies or level columns is read as such instead.
    Returns what the file says of itself, or None when no sheet runs so; a database's table
    of levels (:func:`levels_table`) is refused, naming ``source``.
    """
    if hints.get("layout") or any({"text", "competency", "_levels"} & x[3].keys() for x in ranked):
        return None
    for _, grid, _, _ in ranked:
        found = level_rows_header(grid, hints)
        if found and source and (why := levels_table(grid, found, Path(source).stem)):
            raise IngestError(source, why)
        if found:
            read_level_rows(grid, found, draft, hints)
            for other in ranked:
                if other[1] is not grid and other[1].name:
                    draft.report.add(
                        "unused",
                        f"sheet {other[1].name!r} not read as the framework",
                        0.7,
                    )
            return {"title": grid.title}
    return None
