"""The sheets of a workbook read together: a wide sheet's siblings, and text above a header.

A publisher may split one matrix over a sheet per cluster ("Information and data literacy",
"Communication and collaboration"), each repeating the header "Competence | 1 | 2 ... 8" under
its cluster's name. :func:`wide_siblings` finds the other sheets whose header is the one read;
each is read too, its title line (or else its name) the group of its rows (:func:`sheet_cols`).
:func:`above_header` reports the text over a sheet's header that went into nothing.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .draft import Draft
from .report import IngestReport
from .tables import Grid
from .tables import at as _at

__all__ = [
    "above_header",
    "columns_hint",
    "names_not_levels",
    "said_siblings",
    "sheet_cols",
    "title_parts",
    "wide_siblings",
]


def _header(grid: Grid, row: int) -> list[str]:
    return [clean(c) for c in grid.rows[row] if clean(c)]


def wide_siblings(ranked: list, grid: Grid, row: int, cols: dict) -> list[tuple[Grid, int, dict]]:
    """The other sheets whose header repeats a wide sheet's, level columns and all.

    ``ranked`` holds ``(score, grid, row, cols)`` per sheet, as ``ingest.sheets`` found them.

    Examples
    --------
    >>> a = Grid("Data", [["Data"], ["Competence", "1", "2"], ["Search", "x", "y"]], title="Data")
    >>> b = Grid("Talk", [["Talk"], ["Competence", "1", "2"], ["Share", "x", "y"]], title="Talk")
    >>> c = Grid("Read me", [["About"], ["Version", "2.1"]])
    >>> cols = {"competency": 0, "_levels": [1, 2]}
    >>> ranked = [(5, a, 1, cols), (5, b, 1, cols), (0, c, None, {})]
    >>> [g.name for g, _, _ in wide_siblings(ranked, a, 1, cols)]
    ['Talk']
    """
    if len(cols.get("_levels", ())) < 2 or "text" in cols:
        return []
    head = _header(grid, row)
    return [
        (other, r, c)
        for _, other, r, c in ranked
        if other is not grid and r is not None and c.get("_levels") and _header(other, r) == head
    ]


def sheet_cols(grid: Grid, cols: dict, siblings: list, parts: dict | None = None) -> dict:
    """A sibling sheet's columns with its group (``_group``): its title line, or else its name.

    A sheet read alone, or whose rows name their group in a column, keeps ``cols`` as they are;
    ``parts`` holds the part of each sheet's title after the words every title shares
    (:func:`title_parts`), which is then its group.
    """
    if not siblings or "group" in cols:
        return cols
    own = (parts or {}).get(id(grid))
    return {**cols, "_group": own or clean(grid.title or "") or grid.name}


#: Where a title's shared words end and a sheet's own begin: "Areas: A. PLAN", "Skills – Data"
_TITLE_BREAK = re.compile(r"\s*[:–—|]\s+|\s+-\s+")


def title_parts(grids: list[Grid]) -> tuple[str, dict[int, str]]:
    """The words every sheet's title line opens with, and each sheet's own words after them.

    Sheets split from one matrix may each be titled "<framework>: <cluster>"; the shared part
    up to a colon or dash is the framework's title, the rest each sheet's group. ("", {}) when
    a sheet has no title line or the titles share no such opening.

    Examples
    --------
    >>> a = Grid("A", [["e-CF Areas: A. PLAN"]], title="e-CF Areas: A. PLAN")
    >>> b = Grid("B", [["e-CF Areas: B. BUILD"]], title="e-CF Areas: B. BUILD")
    >>> shared, parts = title_parts([a, b])
    >>> shared, [parts[id(g)] for g in (a, b)]
    ('e-CF Areas', ['A. PLAN', 'B. BUILD'])
    >>> title_parts([Grid("A", [], title="Data"), Grid("B", [], title="Talk")])
    ('', {})
    """
    titles = [clean(g.title or "") for g in grids]
    if len(grids) < 2 or not all(titles):
        return "", {}
    common = titles[0]
    for t in titles[1:]:
        while not t.startswith(common):
            common = common[:-1]
    breaks = [m for m in _TITLE_BREAK.finditer(common) if m.start() > 0]
    if not breaks:
        return "", {}
    cut = breaks[-1]
    rests = [t[cut.end() :].strip() for t in titles]
    if not all(rests) or len(set(rests)) < len(rests):
        return "", {}
    return common[: cut.start()].strip(), {id(g): r for g, r in zip(grids, rests, strict=True)}


def above_header(
    grid: Grid, row: int, band: int | None, report: IngestReport, *, used: tuple = ()
) -> None:
    """Report each line above a sheet's header but its title, a band read as a group, ``used``.

    ``used`` are the lines read already (a level's title and description).
    """
    for r in range(row + 1 - grid.header_rows):  # text above the header: a title, notes, ...
        shown = " | ".join(clean(c) for c in grid.rows[r] if clean(c))
        if shown and not (r == 0 and shown == grid.title) and r != band and r not in used:
            over = _bands(grid.rows[r], grid.rows[row])
            report.add(
                "unused",
                f"{shown[:80]!r}{'...' if len(shown) > 80 else ''} (above the header row) is in "
                "no statement, name or description"
                if not over
                else f"{over} (above the header row): bands over the header's columns, not kept: a "
                "framework file has no group of levels to hold them",
                0.5,
                grid.where(r, 0),
            )


def _bands(cells: list[str], header: list[str]) -> str:
    """Each text of a row over a run of two or more header cells, named: or "" if not so.

    A band row merged over pairs of level columns ("Foundation" over "Level 1" and "Level 2").

    Examples
    --------
    >>> _bands(["", "Basic", "", "Expert", ""], ["Skill", "1", "2", "3", "4"])
    "'Basic' over '1' and '2', 'Expert' over '3' and '4'"
    >>> _bands(["Note", "", "x"], ["Skill", "1", "2"])
    ''
    """
    starts = [c for c, text in enumerate(cells) if clean(text)]
    end = max((c for c, text in enumerate(header) if clean(text)), default=-1) + 1
    spans = [(a, b) for a, b in zip(starts, [*starts[1:], end], strict=True)]
    if len(spans) < 2 or any(
        b - a < 2 or not all(_at(header, c) for c in range(a, b)) for a, b in spans
    ):
        return ""
    named = [
        f"{clean(cells[a])!r} over {_at(header, a)!r} {'and' if b - a == 2 else '...'} "
        f"{_at(header, b - 1)!r}"
        for a, b in spans
    ]
    return ", ".join(named[:4]) + (", ..." if len(named) > 4 else "")


def said_siblings(tables: list[tuple[Grid, int, dict]], draft: Draft) -> None:
    """Report the sheets read as one table, each its rows' group (a guess each repeated, once).

    A competency whose row a later sheet repeats word for word (a capability listed under each
    category it serves) is read once, from its first sheet, in that sheet's group; reported.
    """
    report = draft.report
    report.notes[:] = list(dict.fromkeys(report.notes))
    names = ", ".join(repr(g.name) for g, _, _ in tables)
    groups = {clean(g.name).casefold() for g in draft.groups.values()}
    by_sheet = any(  # a sheet's name, or the end of its title ("Areas: A. PLAN"), a group's
        clean(t.name).casefold() in groups
        or any(g and clean(t.title or "").casefold().endswith(g) for g in groups)
        for t, _, _ in tables
    )
    report.add(
        "guess",
        f"{plural(len(tables), 'sheet')} repeat one header ({names}): read as one table, "
        + (
            "each sheet's title (or else its name) the group of its rows"
            if by_sheet
            else "its rows grouped by the sheets' column of groups (the sheets' names in none)"
        ),
        0.7,
    )
    _read_once(draft)


def _read_once(draft: Draft) -> None:
    """Drop a competency's statements that a later sheet repeats word for word; report each."""
    if any(s.mirrors is not None for s in draft.statements):
        return  # statements that point at others by place: left as read
    rows: dict[str, dict[str, list[tuple]]] = {}
    for s in draft.statements:
        sheets = rows.setdefault(s.competency, {})
        sheets.setdefault(s.source.get("sheet", ""), []).append((s.level, s.text, s.polarity))
    drop = set()
    for ckey, sheets in rows.items():
        first, *later = sheets
        for sheet in later:
            if sheets[sheet] == sheets[first]:
                drop.add((ckey, sheet))
                draft.report.add(
                    "guess",
                    f"{draft.competencies[ckey].name!r} repeated on sheet {sheet!r} word for "
                    f"word as on sheet {first!r} ({plural(len(sheets[sheet]), 'statement')}): "
                    "read once, in the group of its first sheet",
                    0.7,
                )
    kept = [s for s in draft.statements if (s.competency, s.source.get("sheet", "")) not in drop]
    draft.statements[:] = kept


#: A cell said blank ("n/a", a dash): repeated down a level's column, as statements never are
_BLANK = {"n/a", "na", "none", "not applicable", "-", "\u2013", "\u2014"}


def names_not_levels(grid: Grid, row: int, cols: dict, hints: dict) -> str | None:
    """Why a header read as level columns holds none, or None: its cells repeat a few names.

    A level's column lists statements, each written once; a column whose cells repeat a few
    texts down the sheet ("Dimension 1 | Dimension 2 | Dimension 3 | Example statement": areas,
    competences, level numbers) names what each row belongs to. With most of the columns
    read as levels so, the message says which and the hints that read the sheet (unless the
    layout was given).

    Examples
    --------
    >>> rows = [["Dimension 1", "Dimension 2", "Text"]]
    >>> rows += [["Safety", str(n % 2), f"Does thing {n}."] for n in range(6)]
    >>> print(names_not_levels(Grid("", rows), 0, {"_levels": [0, 1]}, {}))  # doctest: +ELLIPSIS
    header row 1 ('Dimension 1', 'Dimension 2', 'Text'): the columns read as levels ...
    """
    levels = [] if hints.get("layout") else cols.get("_levels", [])
    body = grid.rows[row + 1 :]
    named = []
    for c in levels:
        texts = [t for cells in body if (t := _at(cells, c)) and t.casefold() not in _BLANK]
        if len(texts) >= 4 and len(set(texts)) * 2 < len(texts):
            named.append(clean(grid.rows[row][c]))
    if not named or len(named) * 2 < len(levels):
        return None
    header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1} ({header})"
    return (
        f"{where}: the columns read as levels ({', '.join(map(repr, named))}) repeat a few "
        "names down their rows, as a column naming each row's competency or level does, not "
        "a level's statements; name the columns with competency_from, level_from and text_from"
    )


def lone_text(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft) -> dict:
    """``cols`` with the statements' column when one column is left beside the others, read.

    A long sheet names its competency and level columns in words compkit knows but heads the
    statements in its own ("Learning outcome", "Can do statement", "Examples of use"): the one
    column of the rest holding a sentence on nearly every row, no two rows alike, holds them
    (reported). A column of names repeated down the rows (a group) is no such column.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "Level", "Learning outcome"]]
    >>> rows += [["Search", str(n), f"Finds and sorts the data set number {n}."] for n in range(4)]
    >>> lone_text(Grid("", rows), 0, {"competency": 0, "level": 1}, {}, Draft(IngestReport("a")))
    {'competency': 0, 'level': 1, 'text': 2}
    """
    if row is None or "text" in cols or not {"competency", "level"} <= cols.keys():
        return cols
    if cols.get("_levels") or hints.get("text_from"):
        return cols
    taken = {v for k, v in cols.items() if k[0] != "_"}
    body = grid.rows[row + 1 :]
    left = [
        c
        for c, h in enumerate(grid.rows[row])
        if clean(h) and c not in taken and _sentences([_at(cells, c) for cells in body])
    ]
    if len(left) != 1:
        return cols
    draft.report.add(
        "guess",
        f"column {clean(grid.rows[row][left[0]])!r} read as the statements (the one column "
        "of sentences beside the competency and level, each row's its own)",
        0.6,
        grid.where(row, left[0]),
    )
    return {**cols, "text": left[0]}


def columns_hint(grid: Grid) -> str:
    """The hints that would read a sheet whose header names no column compkit knows, or "".

    A skills list downloaded from a database heads its columns in its own words
    ("skill_component | description | purpose | domain"): the one column of sentences, a
    different one on each row, holds the statements, and a column of a few short names
    repeated down the rows names what each belongs to (the finest such column first).

    Examples
    --------
    >>> rows = [["id", "skill_component", "domain"],
    ...         ["1", "Engineer prompt workflows and context", "GenAI"],
    ...         ["2", "Build retrieval augmented generation systems", "GenAI"],
    ...         ["3", "Define regulatory strategies for markets", "AI Regulation"]]
    >>> print(columns_hint(Grid("", rows)))  # doctest: +NORMALIZE_WHITESPACE
    header row 1 ('id', 'skill_component', 'domain'): column 'skill_component' holds a
    different text on each row, and 'domain' (2 names) repeats a few names down them; give
    competency_from='domain' and text_from='skill_component' to read each row's text as a
    statement of its competency at no level
    """
    row = next((r for r, cells in enumerate(grid.rows[:10]) if sum(map(bool, cells)) >= 2), None)
    if row is None:
        return ""
    head, body = grid.rows[row], grid.rows[row + 1 :]
    columns = [(c, clean(h), [_at(cells, c) for cells in body]) for c, h in enumerate(head)]
    texts = [h for _, h, cells in columns if h and _sentences(cells)]
    names = []
    for _, h, cells in columns:
        filled = [clean(t) for t in cells if clean(t)]
        short = filled and all(len(t.split()) <= 5 for t in filled)
        if h and h not in texts and short and 2 <= len(set(filled)) < len(filled):
            names.append((len(set(filled)), h))
    if len(texts) != 1 or not names:
        return ""
    names.sort(reverse=True)
    shown = ", ".join(f"{h!r} ({n} names)" for n, h in names[:3])
    header = ", ".join(repr(clean(c)) for c in head if clean(c))
    return (
        f"header row {row + 1} ({header}): column {texts[0]!r} holds a different text on each "
        f"row, and {shown} {'repeats' if len(names) == 1 else 'repeat'} a few names down them; "
        f"give competency_from={names[0][1]!r} and text_from={texts[0]!r} to read each row's "
        "text as a statement of its competency at no level"
    )


def _sentences(cells: list[str]) -> bool:
    """Whether a column's cells are sentences: four words or more (median), nearly all distinct."""
    texts = [t for t in cells if t]
    words = sorted(len(t.split()) for t in texts)
    return len(texts) >= 3 and len(set(texts)) * 5 >= len(texts) * 4 and words[len(words) // 2] >= 4


def numbers_only(grid: Grid, row: int, cols: dict) -> str | None:
    """Why a wide sheet holds no statements, or None: its level columns hold numbers only.

    A budget ("Item | Year 1 | Year 2") or a matrix of target ratings ("Skill | Junior |
    Senior" over 1, 2, 3) has level-like columns of figures: no statement to read.

    Examples
    --------
    >>> rows = [["Skill", "Junior", "Senior"], ["Testing", "1", "3"], ["Coaching", "0", "2"]]
    >>> print(numbers_only(Grid("", rows), 0, {"competency": 0, "_levels": [1, 2]}))
    ... # doctest: +ELLIPSIS
    header row 1 (...): the level columns ('Junior', 'Senior') hold numbers only, no statements; ...
    """
    levels = cols.get("_levels", [])
    cells = [t for cells in grid.rows[row + 1 :] for c in levels if (t := _at(cells, c))]
    if not cells or any(re.search(r"[^\W\d_]", t) for t in cells):
        return None
    if all(t.strip() in ("0", "1") for t in cells):
        return None  # a matrix of marks: the wide reader refuses it saying how to read one
    header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1} ({header})"
    named = ", ".join(repr(clean(grid.rows[row][c])) for c in levels)
    return (
        f"{where}: the level columns ({named}) hold numbers only, no statements; not a "
        "competency framework to read (ratings or figures?)"
    )
