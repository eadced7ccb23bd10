"""Which columns before a wide sheet's levels name the competencies, their groups and descriptions.

A wide sheet's header may leave the columns before its levels blank ("| | A1 | A2 ..." over
"Understanding | Listening | ..."), or name a group column the competency was matched to
("Category | Parameter | Description | Junior PM ..."): the names are then read from the
columns' cells. A sheet with no level column at all is refused with the hint that reads it
(:func:`no_levels`).
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .labels import special_column
from .levelnames import level_score
from .tables import Grid, norm_header
from .tables import at as _at

__all__ = ["left_group", "long_group", "name_columns", "no_levels"]


#: A header naming what a column's repeated names gather ("e-Competence area", "Job family")
_GROUPISH = re.compile(
    r"\b(?:areas?|categor(?:y|ies)|clusters?|groups?|domains?|famil(?:y|ies))$", re.I
)


def name_columns(head: list[str], body: list[list[str]], cols: dict) -> dict:
    """Under a blank header, the columns before the levels that hold names: skill and group.

    The last such column names the competency, the one before it (if any) its group
    ("Understanding | Listening | A1 ..."); with none, the sheet itself is one competency.
    """
    rows = [r for r in body if any(_at(r, c) for c in cols["_levels"])]  # not notes below
    cols = _names_first(head, rows, cols)  # "Domain | Subcompetency | Beginner ..."
    first, comp = cols["_levels"][0], cols["competency"]
    grouped = _GROUPISH.search(clean(head[comp]))  # "e-Competence area": "A. PLAN" repeated
    repeats = grouped and _repeats([_at(r, comp) for r in body])
    if cols.get("group", comp if repeats else None) == comp:  # "Category | Parameter | ..."
        return _beside_group(head, body, {**cols, "group": comp}) or cols
    if any(clean(c) for c in head[:first]):
        return cols  # named columns: the wide reading picks among them
    named = [c for c in range(first) if any(clean(r[c]) for r in body if c < len(r))]
    if not named:
        return cols
    out = {k: v for k, v in cols.items() if k not in ("competency", "_inferred")}
    out["competency"] = named[-1]
    if len(named) >= 2 and "group" not in cols:
        out["group"] = named[-2]
    return out


def _names_first(head: list[str], rows: list[list[str]], cols: dict) -> dict:
    """``cols`` without its first level column when that column holds names, not a level's text.

    "Domain | Subcompetency | Beginner | Competent ...": a header no word list knows before
    headers that name levels, over short distinct names, none a sentence, is the column of
    the competencies' names, not a level.

    Examples
    --------
    >>> head = ["Domain", "Subcompetency", "Beginner", "Expert"]
    >>> rows = [["Talk", "Listening", "Hears.", "Coaches."], ["", "Writing", "Notes.", "Edits."]]
    >>> _names_first(head, rows, {"competency": 0, "_levels": [1, 2, 3]})["_levels"]
    [2, 3]
    """
    levels = cols["_levels"]
    if len(levels) < 3 or level_score(clean(head[levels[0]])) > 0:
        return cols
    if not all(level_score(clean(head[c])) > 0 for c in levels[1:]):
        return cols
    names = [_at(r, levels[0]) for r in rows]
    if not _short_names(names) or any(n.endswith((".", ";", ":")) for n in names if n):
        return cols
    return {**cols, "_levels": levels[1:]}


def left_group(grid: Grid, row: int, comp: int, cols: dict, draft: Draft) -> int | None:
    """A column left of a wide sheet's competencies, headed as a group of them: their group.

    "Competence area | Competence | Description | Level 1 ...": the area, merged down (or
    repeated) over its competences, is their group -- fewer names than rows, each short.
    Reported; with no such column (or a group column found already): None.

    Examples
    --------
    >>> rows = [["Area", "Skill", "L1"], ["Data", "Search", "x"], ["", "Judge", "y"]]
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("a.xlsx"))
    >>> left_group(Grid("", rows), 0, 1, {"competency": 1, "_levels": [2]}, d)
    0
    """
    head, levels = grid.rows[row], cols.get("_levels", [])
    body = [cells for cells in grid.rows[row + 1 :] if any(_at(cells, c) for c in levels)]
    taken = {v for k, v in cols.items() if k[0] != "_"}
    if "group" in cols or not body:
        return None
    for c in range(comp - 1, -1, -1):
        names = [_at(cells, c) for cells in body if _at(cells, c)]
        if (
            c not in taken
            and _GROUPISH.search(clean(head[c]))
            and names
            and len(set(names)) < len(body)
            and all(len(n.split()) <= 8 for n in names)
        ):
            draft.report.add(
                "guess",
                f"column {clean(head[c])!r} read as the competencies' groups (a name over "
                "several rows)",
                0.6,
                grid.where(row, c),
            )
            return c
    return None


def long_group(grid: Grid, row: int, cols: dict, draft: Draft) -> dict:
    """``cols`` with a long sheet's column of groups left of its competencies, if it has one.

    "Area | Competency | Behaviour", the area merged down (or repeated) over its competencies:
    fewer groups than competencies, each competency under one of them, read as a blank cell
    under a name is (the name above it): their group (reported). A column so headed that
    would put a competency under two groups (a blank cell meaning no group, not the one
    above) is left unread, and one filled on every row is left to :mod:`.longcolumns`.

    Examples
    --------
    >>> rows = [["Level", "Area", "Skill", "Behaviour"], ["1", "Craft", "Code", "Writes."],
    ...         ["1", "", "Test", "Tests."], ["2", "Craft", "Code", "Designs."],
    ...         ["2", "People", "Help", "Helps."]]
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("a.csv"))
    >>> long_group(Grid("", rows), 0, {"level": 0, "competency": 2, "text": 3}, d)["group"]
    1
    """
    comp = cols.get("competency")
    if comp is None or "group" in cols:
        return cols
    head = grid.rows[row]
    taken = {v for k, v in cols.items() if k[0] != "_"}
    body = [cells for cells in grid.rows[row + 1 :] if any(map(clean, cells))]
    for c in range(comp - 1, -1, -1):
        if c in taken or not _GROUPISH.search(clean(head[c])):
            continue
        if not any(not _at(cells, c) for cells in body):  # a column filled on every row: its
            continue  # names are read after the rows (.longcolumns, a short name per competency)
        for blank_none in (False, True):  # a blank cell under a name repeats it, or names none
            under = _groups_under(body, c, comp, blank_none=blank_none)
            groups = {g for gs in under.values() for g in gs if g}
            if (
                groups
                and len(groups) < len(under)
                and all(len(gs) == 1 for gs in under.values())
                and all(len(g.split()) <= 8 for g in groups)
            ):
                return _grouped(grid, row, c, cols, draft, blank_none=blank_none)
    return cols


def _groups_under(
    body: list[list[str]], c: int, comp: int, *, blank_none: bool
) -> dict[str, set[str]]:
    """Each competency's names in column ``c`` ("" for none), a blank cell read either way.

    Read as merged (``blank_none`` false), a blank cell under a name repeats it; read as
    written on every row (true), it names no group -- "Scope" under no area, the area's
    name written on each of its rows. A row with no competency of its own continues the
    one above it, under that one's group.

    Examples
    --------
    >>> body = [["1", "", "Scope", "a"], ["1", "Craft", "Code", "b"], ["2", "", "Scope", "c"]]
    >>> _groups_under(body, 1, 2, blank_none=False)
    {'Scope': {'', 'Craft'}, 'Code': {'Craft'}}
    >>> _groups_under(body, 1, 2, blank_none=True)
    {'Scope': {''}, 'Code': {'Craft'}}
    """
    under: dict[str, set[str]] = {}
    above, name = "", ""
    for cells in body:
        own = clean(_at(cells, comp))
        if own or not blank_none:
            above = _at(cells, c) or ("" if blank_none else above)
        name = own or name
        under.setdefault(name, set()).add(above)
    return under


def _grouped(grid: Grid, row: int, c: int, cols: dict, draft: Draft, *, blank_none: bool) -> dict:
    """``cols`` with column ``c`` the groups' (said once a workbook, how blanks were read)."""
    said = f"column {clean(grid.rows[row][c])!r} read as the competencies' groups (a name over "
    said += "several competencies"
    said += (
        "; a blank cell names no group: the name is written on each of its rows)"
        if (blank_none)
        else ")"
    )
    if all(note.message != said for note in draft.report.notes):  # once a workbook
        draft.report.add("guess", said, 0.6, grid.where(row, c))
    return {**cols, "group": c, **({"_group_blank": True} if blank_none else {})}


def _beside_group(head: list[str], body: list[list[str]], cols: dict) -> dict | None:
    """A group column's neighbours before the levels: the competencies' names, their description.

    "Category | Parameter | Description | Junior PM ...", "e-Competence area | e-Competence |
    Description | Level e-1 ...": the group column (so headed, or its names repeated down it
    under a header naming a group where none names a competency) is no competency's;
    the last column of short names before the levels (not a description) names the competency,
    and a description column describes it. With no such column: None.
    """
    first, group = cols["_levels"][0], cols["group"]
    said = {c for c in range(first) if special_column(norm_header(head[c])) == "description"}
    names = [
        c
        for c in range(group + 1, first)
        if c not in said and clean(head[c]) and _short_names([_at(r, c) for r in body])
    ]
    if not names:
        return None
    out = {k: v for k, v in cols.items() if k != "_inferred"}
    out["competency"] = names[-1]
    if len(said) == 1:
        out["description"] = min(said)
    return out


def _short_names(cells: list[str]) -> bool:
    """Whether a column's filled cells are names: distinct, eight words or fewer each."""
    texts = [clean(t) for t in cells if clean(t)]
    return bool(texts) and len(set(texts)) == len(texts) and all(len(t.split()) <= 8 for t in texts)


#: A header that says its column holds statements ("Definition and behavioural indicators")
_SAYS = re.compile(
    r"\b(?:indicators?|behaviou?rs?|statements?|descriptors?|definitions?|descriptions?|"
    r"criteri(?:on|a)|expectations?)\b",
    re.IGNORECASE,
)


def no_levels(grid: Grid, row: int, cols: dict) -> str:
    """Why a sheet with no level columns cannot be read, and the hint that reads it.

    A lone column left beside the competency's is one level's ("Competency | Manager"), unless
    its header says it holds statements ("Definition and behavioural indicators"): then the
    hint is ``text_from``, which reads them at no level.

    Examples
    --------
    >>> rows = [["Competency", "Definition and behavioural indicators"], ["Integrity", "Is honest"]]
    >>> print(no_levels(Grid("", rows), 0, {"competency": 0}))  # doctest: +NORMALIZE_WHITESPACE
    header row 1 ('Competency', 'Definition and behavioural indicators'): no column names a level
    and 'Definition and behavioural indicators' reads as the statements; give
    text_from='Definition and behavioural indicators' to read them at no level, or name the
    column that holds each row's level with level_from
    """
    head = grid.rows[row]
    header = ", ".join(repr(clean(c)) for c in head if clean(c))
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1} ({header})"
    if "level" in cols:
        return (
            f"{where}: a level column ({clean(head[cols['level']])!r}) but no statement "
            "column; name the column that holds the statements with text_from"
        )
    taken = [v for k, v in cols.items() if k[0] != "_"]  # "Competency | Manager": one level?
    left = [clean(c) for i, c in enumerate(head) if clean(c) and i not in taken]
    lone = len(left) == 1 and "competency" in cols
    listed = _listed(grid.rows[row:], cols)  # "Description": several under a competency
    if lone and not listed:  # an outline: "Domain | Competency | Skill", a name a row
        listed = _outline(
            grid.rows[row:], cols, head.index(next(c for c in head if clean(c) == left[0]))
        )
    if listed:
        return (
            f"{where}: no column names a level and {listed!r} lists several texts under one "
            f"competency, as statements are listed; give text_from={listed!r} to read them at "
            "no level, or name the column that holds each row's level with level_from"
        )
    if lone and _SAYS.search(left[0]):
        return (
            f"{where}: no column names a level and {left[0]!r} reads as the statements; give "
            f"text_from={left[0]!r} to read them at no level, or name the column that holds "
            "each row's level with level_from"
        )
    one = f" (levels=[{left[0]!r}] if {left[0]!r} is the sheet's one level)" if lone else ""
    return (
        f"{where}: no column names a level; name the column that holds each row's level "
        "with level_from, or give levels=[...] with the level columns' names as the header "
        f"prints them{one}"
    )


def _listed(body: list[list[str]], cols: dict) -> str | None:
    """A description column's header (``body[0]``) when it lists statements under a competency.

    A definition is one text per competency, repeated down its rows; a column headed
    "Description" whose texts differ row by row under a competency (a work role's
    "KSAT ID | Description | Competency") holds the statements.

    Examples
    --------
    >>> body = [["Risk", "Knows risk policies."], ["Risk", "Can assess risks."], ["Ops", "Runs."]]
    >>> _listed([["Competency", "Description"], *body], {"competency": 0, "description": 1})
    'Description'
    >>> _listed([["Competency", "Description"], ["Risk", "Risk."], ["Risk", "Risk."]],
    ...         {"competency": 0, "description": 1})
    """
    if "text" in cols or not {"competency", "description"} <= cols.keys():
        return None
    texts: dict[str, set[str]] = {}
    for cells in body[1:]:
        comp, text = _at(cells, cols["competency"]), _at(cells, cols["description"])
        if comp and text:
            texts.setdefault(comp.casefold(), set()).add(text)
    several = any(len(v) > 1 for v in texts.values())
    return clean(body[0][cols["description"]]) if several else None


def _outline(body: list[list[str]], cols: dict, col: int) -> str | None:
    """A column's header (``body[0]``) when it lists several names under each competency above.

    An outline laid out in columns ("competency_domain | competency | skill") writes each
    name on a row of its own, one tier a column: the skills are listed under the competency
    written above them, as statements are.

    Examples
    --------
    >>> body = [["Domain", "Competency", "Skill"], ["Data", "", ""], ["", "Engineering", ""],
    ...         ["", "", "Data cleaning"], ["", "", "Data curation"]]
    >>> _outline(body, {"group": 0, "competency": 1}, 2)
    'Skill'
    """
    under: dict[str, int] = {}
    comp = ""
    for cells in body[1:]:
        comp = _at(cells, cols["competency"]) or comp
        if _at(cells, col):
            if not comp or _at(cells, cols["competency"]):
                return None  # a name beside its competency: no outline
            under[comp] = under.get(comp, 0) + 1
    return clean(body[0][col]) if under and max(under.values()) >= 2 else None


def _repeats(cells: list[str]) -> bool:
    """Whether a column's names repeat down it, as a group's do (filled or merged down)."""
    texts = [clean(t) for t in cells if clean(t)]
    return len(texts) >= 2 and len(set(texts)) < len(texts)
