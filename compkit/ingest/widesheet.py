"""Read the *wide* layout of a spreadsheet or CSV: a row per competency, a column per level.

Each level cell holds its statements -- a stem line ("You can:") and "- " bullets, or one
statement a line -- with optional description and roles columns (the roles that require the
skill, at no stated level). Left of the level columns the competency is the finest column of
names (a skill under a competency area written once over its rows), a coarser one its group;
a name written once over the rows below it stands for them all (reported).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._words import plural
from .blocks import clean
from .catalogue import catalogue_refusal
from .cells import cell_paras, lead_note, nested_repair, split_cell
from .declaredlevels import read_listing, report_listing
from .draft import Draft, Statement
from .groupcells import shared_prefix
from .idcolumns import id_columns
from .labels import polarity_of
from .levelwords import identifier_words
from .limits import IngestError
from .namecolumns import left_group, no_levels
from .ratingrows import rating_refusal
from .rolematrix import list_refusal
from .sheetcomps import unread_columns
from .sheetdescribed import described_end, described_row, report_described
from .sheetgroups import merged_group
from .sheetlevels import left_out_columns, lowest_first, suggest_bands
from .sheetnotes import drop_blanks, notes_below, table_end
from .sheetsides import cell_levels
from .sheetstems import bare_stem, sheet_stems
from .sidebands import band_levels, side_columns, sides_said
from .tables import LEVEL_TAIL as _TAIL
from .tables import Grid
from .tables import at as _at

__all__ = ["read_wide"]


def read_wide(grid: Grid, row: int, cols: dict, draft: Draft, hints: dict) -> None:
    """Read a wide sheet, its header row ``row`` and its columns matched as ``cols``."""
    head = grid.rows[row]
    cols = merged_group(grid, row, cols, draft)  # a group's name merged down, not a level
    level_cols = cols.get("_levels", [])
    if len(level_cols) < 1:
        why = list_refusal(grid, row) or catalogue_refusal(grid, row)  # "job_level | skill"
        why = why or rating_refusal(grid, row, cols) or no_levels(grid, row, cols)  # "Data Value"
        raise IngestError(draft.report.file, why)
    _refuse_marks(grid, row, level_cols, draft)
    cols = id_columns(grid, row, cols, draft)  # "uuid | name | description": ids set aside
    comp_col, group_col = _name_columns(grid, row, cols, draft)
    cols = {**cols, "group": group_col} if group_col is not None else cols
    sides = cols.get("_sides", {})
    names = [clean(head[c]) for c in level_cols]
    if sides:
        named = {**cols, "_bands": cols.get("_bands") or cols.get("_level_sides")}  # levels named
        level_key = dict.fromkeys(level_cols, sides_said(grid, row, named, draft))
        level_key.update(band_levels(grid, row, cols, draft))  # "Level 1" over a pair
        level_key.update(cell_levels(grid, row, cols, draft))  # "Level 1 - Effective"
    else:
        names = _without_common_tail(identifier_words(names, hints, draft), draft)
        level_key = {
            c: draft.level(name, grid.where(row, c), rank=rank)
            for rank, (c, name) in enumerate(zip(level_cols, names, strict=True), 1)
        }
        draft.report.add(
            "guess",
            "level columns: " + ", ".join(clean(head[c]) for c in level_cols),
            0.8 if cols.get("_sure") else 0.6,
        )
        if not hints.get("levels"):
            lowest_first(draft, list(dict.fromkeys(level_key.values())))
    used = {
        comp_col,
        *level_cols,
        *(cols[k] for k in ("description", "roles", "group") if k in cols),
        *([cols["level"]] if sides and "level" in cols else []),  # a side sheet's level column
    }
    taken = used | {v for k, v in cols.items() if not k.startswith("_")}
    one_side = {} if sides else side_columns(grid, row, taken, draft)  # "Negative indicators"
    used |= set(one_side)
    listing, listed = read_listing(grid, row, level_cols, names, taken) if not sides else ({}, {})
    used |= set(listing) | left_out_columns(grid, row, cols, hints, draft)
    unlisted = 0
    unread_columns(grid, row, used, draft)
    banded = "group" not in cols and comp_col == 0
    group, above = (band_above(grid, row, cols) if banded else None) or cols.get("_group", ""), ""
    filled = bands = 0
    sided: list[str] = []
    blanks: list[tuple[int, int, tuple]] = []  # blank cells said blank, with their cell's key
    described: list[str] = []  # rows read from their description cell
    end = table_end(grid, row, level_cols)  # a legend or source line below: not a competency
    hints = {**hints, "_stems": sheet_stems(grid, row, level_cols)}  # "You can:" in most cells
    end = described_end(grid, end, cols, hints["_stems"])  # statements in the description
    band_rows = [
        _at(grid.rows[r], comp_col)
        for r in range(row + 1, end + 1)
        if banded and _at(grid.rows[r], comp_col) and _band(grid, r, level_cols)
    ]  # "Management standard: Demands", "Management standard: Control": the groups, bare
    shared = shared_prefix(band_rows)
    for r in range(row + 1, end + 1):
        cells = grid.rows[r]
        comp = _at(cells, comp_col)
        if banded and comp and _band(grid, r, level_cols):
            group, above, bands = shared[1][comp] if shared else comp, "", bands + 1
            continue
        group = _at(cells, cols.get("group")) or group  # blank under a group name: the same
        if not comp and above and any(_at(cells, c) for c in level_cols):
            comp, filled = above, filled + 1  # statements under a name written once
        if not comp:
            continue
        side_row = None if sides or not above else _side_row(comp)
        if side_row:  # "Ineffective behaviours" under a competency's row: its other side
            sided.append(comp)
        else:
            above = comp
            ckey = draft.competency(comp, grid.where(r, comp_col), group=group or None)
        if not side_row and described_row(grid, r, cols, level_cols, ckey, draft, hints["_stems"]):
            described.append(comp)  # blank level cells, "You can:" in the description
            continue
        if _at(cells, cols.get("description")):
            draft.describe(ckey, _at(cells, cols["description"]))
        for name in re.split(
            r"[;\n]|,\s",
            cells[cols["roles"]] if "roles" in cols and cols["roles"] < len(cells) else "",
        ):
            if clean(name):
                draft.role(clean(name), ckey, None, grid.where(r, cols["roles"]))
        own = _at(cells, cols.get("level")) if sides else ""  # a side sheet's level column
        for i, c in enumerate(level_cols):
            note = listed[r][1] if r in listed and i not in listed[r][0] else None
            lkey = (
                draft.level(own, grid.where(r, cols["level"]))
                if own
                else level_key[c] or draft.level("All levels")
            )
            side = side_row or sides.get(c, "effective")
            said = (len(draft.report.notes), len(draft.undefined), len(draft.statements))
            unlisted += _wide_cell(grid, r, c, ckey, lkey, draft, hints, note, side)
            now = (len(draft.report.notes), len(draft.undefined), len(draft.statements))
            if not note and now[0] == said[0] + 1 and now[2] == said[2]:  # said blank, or "n/a"
                blanks.append((said[0], said[1] if now[1] > said[1] else -1, (ckey, lkey, side)))
        for c, side in one_side.items():  # "Negative indicators": at all levels
            if _at(cells, c) and not side_row:
                _wide_cell(grid, r, c, ckey, draft.level("All levels"), draft, hints, None, side)
    drop_blanks(blanks, draft)
    report_described(described, draft)
    notes_below(grid, end, draft)
    if listing:
        report_listing(grid, row, listing, unlisted, draft)
    elif not sides and hints.get("blank_cells") != "undefined" and not hints.get("_blocks"):
        suggest_bands(grid, row, comp_col, level_cols, names, draft)  # (a block's rows: one each)
    if shared:
        said = f"group rows read without the prefix they share, {shared[0] + ':'!r}"
        draft.report.add("guess", said, 0.8)
    if group and (bands or band_above(grid, row, cols)):
        draft.report.add(
            "guess",
            f"{plural(bands + bool(band_above(grid, row, cols)), 'row')} naming one thing "
            "across the table (a band over the rows below it) read as the group of those rows",
            0.7,
        )
    if filled:
        draft.report.add(
            "guess",
            f"{plural(filled, 'row')} with a blank competency read as the competency above them",
            0.7,
        )
    if sided:
        draft.report.add(
            "guess",
            f"{plural(len(sided), 'row')} named for a side ("
            + ", ".join(repr(x) for x in dict.fromkeys(sided))
            + ") read as the statements of that side of the competency above them",
            0.7,
        )


#: the words a row label naming a side may hold beside its side word: "Examples of negative
#: manager behaviour", "Ineffective behaviours"; not "Effective communication", a competency
_SIDE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "examples example of signs indicators indicator behaviours behaviour behaviors behavior "
        "manager what looks like we you i don't do not won't will want to see counter positive "
        "negative effective ineffective good great poor bad",
    )
)


def _side_row(label: str) -> str | None:
    """The side a row's label names, when it is all label words ("Negative indicators").

    Examples
    --------
    >>> _side_row("Ineffective behaviours"), _side_row("Examples of negative manager behaviour")
    ('ineffective', 'ineffective')
    >>> _side_row("Effective communication") is None, _side_row("Good judgement") is None
    (True, True)
    """
    side = polarity_of(label)
    words = re.findall(r"[\w'’-]+", clean(label).casefold().replace("’", "'"))
    return side if side and all(w in _SIDE_WORDS for w in words[1:]) else None


def band_above(grid: Grid, row: int, cols: dict) -> str | None:
    """The band right above a wide sheet's header naming the rows' group, if there is one.

    A publisher's matrix sets a cluster's name on a row of its own, merged across the table,
    over the header of its level columns ("Supports strategic direction" over "APS 1" ...
    "APS 6"): the row holds one text, in its first cell, and is not the sheet's title line.
    """
    if "group" in cols or cols.get("competency", 0) != 0 or row < 1:
        return None
    cells = grid.rows[row - 1]
    texts = [clean(c) for c in cells if clean(c)]
    if len(texts) != 1 or not clean(cells[0]) or grid.header_rows != 1:
        return None
    if row - 1 == 0 or not any(clean(c) for r in grid.rows[: row - 1] for c in r):
        return None  # the first line of the sheet: its title
    return texts[0]


def _band(grid: Grid, r: int, level_cols: list[int]) -> bool:
    """A row naming one thing, every other cell blank, over rows with statements: a band."""
    if any(clean(c) for c in grid.rows[r][1:]):
        return False
    after = next((cells for cells in grid.rows[r + 1 :] if any(clean(c) for c in cells)), None)
    return after is not None and any(_at(after, c) for c in level_cols)


#: A cell that marks a row as at a level instead of holding statements ("1", "x", "✓", "yes").
_MARK = re.compile(r"^(?:[01]|[xy✓✔]|yes|no|n|true|false)$", re.IGNORECASE)


def _refuse_marks(grid: Grid, row: int, level_cols: list[int], draft: Draft) -> None:
    """Stop when the level columns hold only marks (0/1, x, a level's name), not statements.

    Such a sheet marks which levels each row's skill belongs to; its cells would otherwise
    become statements reading "1". It is refused with one message rather than misread.
    """
    head = grid.rows[row]
    names = {clean(head[c]).casefold() for c in level_cols}
    cells = [clean(_at(cells, c)) for cells in grid.rows[row + 1 :] for c in level_cols]
    cells = [t for t in cells if t]
    if not cells or not all(_MARK.match(t) or t.casefold() in names for t in cells):
        return
    shown = ", ".join(sorted({t for t in cells}, key=str.casefold)[:4])
    raise IngestError(
        draft.report.file,
        f"the level columns ({', '.join(clean(head[c]) for c in level_cols)}) hold only marks "
        f"({shown}), not statements: a matrix marking each row's skill at its levels, which "
        "ingest does not read; give the statements a column of their own and a level column "
        "(the long layout: a row per statement, naming its level)",
    )


def _without_common_tail(names: list[str], draft: Draft) -> list[str]:
    """Level names without the word all of them end with ("Level 1 description" → "Level 1").

    Only when every level column ends so, each keeps a name, and the names differ; the report
    says what was taken off.
    """
    tails = [_TAIL.search(n) for n in names]
    if len(names) < 2 or not all(tails):
        return names
    if len({t.group(0).strip(" -–:()").casefold() for t in tails}) != 1:
        return names
    bare = [n[: t.start()].strip() for n, t in zip(names, tails, strict=True)]
    if not all(bare) or len({b.casefold() for b in bare}) != len(bare):
        return names
    draft.report.add(
        "guess",
        f"level names read without the word every level column ends with, "
        f"{tails[0].group(0).strip(' -–:()')!r} ({names[0]!r} is level {bare[0]!r})",
        0.8,
    )
    return bare


#: Headers that name a name column loosely ("competency_text", "Skill/Attribute").
_NAMEISH = re.compile(
    r"competenc|skill|capabilit|attribute|behaviou?r|area|topic|theme|cluster|group|domain|"
    r"categor|pillar|family|element|^(?:names?|titles?)$",  # "name" beside "competency_name"
    re.IGNORECASE,
)


def _name_columns(grid: Grid, row: int, cols: dict, draft: Draft) -> tuple[int, int | None]:
    """The competency column and a group column of a wide sheet, from what their cells hold.

    Left of the level columns, the competency is the finest column of short names: filled on
    every row with statements and never the same twice running. A column that names the
    competency but is written once over the rows below it ("Competency Area" over "Skill"), or
    a column of one code throughout, gives way to the finer column at its right, and a column
    so headed left of that becomes the group. Returns (competency column, new group column).
    """
    head, levels = grid.rows[row], cols["_levels"]
    comp = cols.get("competency", 0)
    body = [cells for cells in grid.rows[row + 1 :] if any(_at(cells, c) for c in levels)]
    other = ("description", "roles", "group", "numbers", "rank", "polarity")
    taken = {cols[k] for k in other if k in cols}

    def names(c: int) -> list[str]:
        return [_at(cells, c) for cells in body]

    def fine(c: int) -> bool:  # a name on every row, no two alike running
        vals = names(c)
        return (
            bool(vals)
            and all(re.search(r"[^\W\d_]", v) for v in vals)
            and all(a != b for a, b in pairwise(vals))
            and sorted(len(v.split()) for v in vals)[len(vals) // 2] <= 8
        )

    if not body or fine(comp):
        return comp, left_group(grid, row, comp, cols, draft)
    finer = [
        c
        for c in range(comp + 1, min(levels))
        if c not in taken and _NAMEISH.search(clean(head[c])) and fine(c)
    ]
    if not finer:
        return comp, None
    new = finer[-1]
    group = None
    if "group" not in cols:
        group = next(
            (
                c
                for c in range(new - 1, -1, -1)
                if c not in taken
                and _NAMEISH.search(clean(head[c]))
                and any(re.search(r"[^\W\d_]", v) for v in names(c))
            ),
            None,
        )
    said = draft.report.reasons[-1]  # the header line named the first guess: say the last
    old = f"competency = {head[cols['competency']]!r}" if "competency" in cols else None
    draft.report.reasons[-1] = (
        said.replace(old, f"competency = {head[new]!r}")
        if old and old in said
        else f"{said}; competency from {clean(head[new])!r}"
    )
    draft.report.add(
        "guess",
        f"column {clean(head[new])!r} read as the competency (a name on every row)"
        + (f", column {clean(head[group])!r} as its group" if group is not None else "")
        + (f"; column {clean(head[comp])!r} is not" if comp != group else ""),
        0.6,
        grid.where(row, new),
    )
    return new, group


def _wide_cell(
    grid: Grid,
    r: int,
    c: int,
    ckey: str,
    lkey: str,
    draft: Draft,
    hints,
    unlisted: str | None,
    side: str = "effective",
) -> bool:
    """Read one level cell; True when it is blank at a level its row's listing leaves out."""
    raw = grid.rows[r][c] if c < len(grid.rows[r]) else ""
    src = grid.where(r, c)
    where = f"cell {src.get('cell')} ({draft.competencies[ckey].name}, {draft.levels[lkey].name})"
    paras = cell_paras(raw, src, f"{r}:{c}")
    items, stem, undefined = split_cell(paras, lines=False, leads=True, levels=draft.levels)
    if stem is None and (said := bare_stem(items, hints.get("_stems", {}))):  # "You can" / "- "
        bare = clean(items.pop(0).text)
        draft.stems.append((ckey, lkey, said, src))  # the stem the sheet's other cells open with
        draft.report.add(
            "guess",
            f"{where}: {bare!r} over its list read as the sheet's stem {said!r} (its colon "
            "missing), not a statement",
            0.75,
            src,
        )
    for k, item in enumerate(items):  # "Taking ownership of your mistakes means:", mid-cell
        if item.lead is not None:
            draft.report.add("unused", lead_note(item.lead, items[k:], where), 0.6, src)
    if undefined is not None:
        draft.undefined.append((ckey, lkey, undefined[0], None, src))
        draft.report.add(
            "undefined", f"{where} reads {undefined[0]!r}: recorded as undefined", 0.9, src
        )
        return False
    if not items and unlisted:
        draft.undefined.append((ckey, lkey, unlisted, None, src))
        draft.report.add(
            "undefined", f"{where} is blank, {unlisted}: recorded as undefined", 0.8, src
        )
        return True
    if not items:
        if hints.get("blank_cells") == "undefined":
            draft.undefined.append((ckey, lkey, "blank in the source", None, src))
        draft.report.add(
            "undefined",
            f"{where} is blank: "
            + (
                "recorded as undefined"
                if hints.get("blank_cells") == "undefined"
                else "read as empty"
            ),
            0.6,
            src,
        )
        return False
    if stem is not None:
        draft.stems.append((ckey, lkey, clean(stem.text), src))
    for item in items:
        polarity = side
        if item.text.endswith("(ineffective)"):
            item.text, polarity = item.text[: -len("(ineffective)")].rstrip(), "ineffective"
        repair = nested_repair(item, where)
        if repair:
            draft.report.add("repair", repair[1], 0.75, src)
        draft.statement(
            Statement(
                ckey, lkey, item.text, polarity, item.numbers, dict(src), repair, note=item.note
            )
        )
    return False
