"""A sheet of required levels or ratings alone: said for what it is, with what to do.

A skills matrix kept in Excel or downloaded as CSV often holds no statements at all: a row per
role and a column per competency (or the other way round), each cell the level the role needs
("0" … "4", "Foundation", "Expert"), a scale's legend under it ("0 - Not needed"); or a team's
record, a row per person and their rating in each skill. Read as a framework, such cells
became statements reading "Practitioner" or were refused as having no header. A framework needs
statements, so :func:`matrix_refusal` says what the sheet is (its roles or people, its
competencies, the values in its cells and the scale's legend) and how to read it as role
profiles: beside the framework's statements, which the sheet readers already do
(:mod:`~compkit.ingest.rolesheets`). A matrix marking skills at level columns with "x" only is
left to the wide reader's own refusal.
"""

from __future__ import annotations

import re

from .._words import some
from .blocks import clean
from .tables import Grid
from .tables import at as _at

__all__ = ["list_refusal", "matrix_refusal", "words_only"]

#: A cell that rates or marks: a small whole number, a tick, a yes or no, a dash
_NUMBER = re.compile(r"^(?:10|\d)(?:\.0)?$")
_MARK = re.compile(r"^(?:[xX✓✔•●✗✘-]|[–—]|yes|no|y|n|n/?a)$", re.IGNORECASE)
#: First header cells naming what the rows are
_ROLES = re.compile(r"\b(?:roles?|jobs?|positions?|posts?|grades?|bands?|job titles?)\b", re.I)
_PEOPLE = re.compile(r"\b(?:names?|employees?|staff|persons?|people|members?|colleagues?)\b", re.I)
_COMPS = re.compile(
    r"competenc|skill|capabilit|behaviou?r|attribute|area|topic|knowledge|domain", re.IGNORECASE
)
_GROUP = re.compile(r"categor|group|cluster|famil|pillar|theme|area|domain", re.IGNORECASE)
#: A header naming a list's column, not one role or competency ("Skill", "expected_score")
_COLUMN = re.compile(
    r"(?:^|[\s_])(?:competenc(?:y|ies)|skills?|capabilit(?:y|ies)|levels?|proficiency|scores?|"
    r"ratings?|grades?|names?|roles?|ids?|titles?)$",
    re.IGNORECASE,
)
#: Headers of a download listing profiles a row per role and competency ("job_level",
#: "competency", "expected_score")
_WHO = re.compile(r"^(?:job |work )?(?:roles?|positions?|posts?|levels?|grades?|titles?)$")
_WHAT = re.compile(r"^(?:competenc(?:y|ies)|skills?|capabilit(?:y|ies))(?: (?:names?|titles?))?$")
_NEED = re.compile(
    r"^(?:(?:expected|required|target|minimum|proficiency) )?(?:levels?|scores?|ratings?)$|"
    r"^proficiency$"
)
#: A legend line under the matrix ("0 - Not needed", "4: Can teach others")
_LEGEND = re.compile(r"^\s*(?:10|\d)\s*[-–—:=.)]\s*\S")


def matrix_refusal(grid: Grid, row: int | None = None) -> str | None:
    """Why ``grid`` is a matrix of levels or ratings and no framework, or None.

    ``row`` is the header row (the first row with two cells filled, if None). The message
    names the sheet, the header row, what the rows and columns are, the values in the cells
    and how to read the matrix as role profiles.

    Examples
    --------
    >>> rows = [["Role", "Payroll", "Coaching"], ["Clerk", "1", "0"], ["Manager", "3", "4"]]
    >>> print(matrix_refusal(Grid("Roles", rows)))  # doctest: +ELLIPSIS
    sheet 'Roles', header row 1: a matrix of required levels, not statements: 2 roles ('Clerk', ...
    >>> print(matrix_refusal(Grid("", [["Skill", "Level 1"], ["Payroll", "Pays staff."]])))
    None
    """
    if row is None:
        row = next((r for r, cells in enumerate(grid.rows) if sum(map(bool, cells)) >= 2), None)
    if row is None:
        return None
    head = [clean(c) for c in grid.rows[row]]
    lines = [r for r in range(row + 1, len(grid.rows)) if any(clean(c) for c in grid.rows[r])]
    names = _name_columns(grid, row, lines)
    rated = [c for c in range(len(head)) if c not in names and head[c]]
    rows = [r for r in lines if any(_rating(_at(grid.rows[r], c)) for c in rated)]
    cells = [t for r in rows for c in rated if (t := clean(_at(grid.rows[r], c)))]
    if not names or len(rated) < 2 or len(rows) < 2 or len(cells) < 4:
        return None
    if any(_COLUMN.search(head[c]) for c in rated):
        return None  # "Employee | Skill | Proficiency Level": a row per rating, a list
    if any(_said([_at(grid.rows[r], c) for r in lines]) for c in names):
        return None  # a sentence naming each row ("Check generated text against its sources")
    if any(clean(_at(grid.rows[r], c)) and not _rating(_at(grid.rows[r], c))
           for r in lines for c in rated):  # fmt: skip
        return None
    words = [t for t in cells if not _NUMBER.match(t) and not _MARK.match(t)]
    if len(set(words)) > 8 or len(words) < 2 * len(set(words)):
        return None  # many different words, or each once: not a scale's names
    if not words and not any(_NUMBER.match(t) and t not in ("0", "1") for t in cells):
        return None  # "x" or 0/1 at level columns: the wide reader's refusal says so
    return _message(grid, row, names[0], rated, rows, cells, lines)


def words_only(grid: Grid, row: int, cols: dict) -> str | None:
    """Why a wide sheet holds no statements, or None: its level columns hold a scale's words.

    "Skill | Category | Proficiency Expected (Day 1) | Proficiency Expected (90 Days) | Notes"
    over "Awareness", "Basic", "Proficient": the level-like columns name the level each skill
    needs, a few words repeated down them, beside columns of notes; read as a framework, each
    word was a statement ("Proficient" 60 times over).

    Examples
    --------
    >>> rows = [["Skill", "Day 1 level", "Day 90 level"], ["Slack", "Basic", "Proficient"],
    ...         ["Git", "Awareness", "Basic"], ["HIPAA", "Awareness", "Proficient"],
    ...         ["Jira", "Basic", "Basic"], ["Miro", "Awareness", "Basic"]]
    >>> print(words_only(Grid("", rows), 0, {"competency": 0, "_levels": [1, 2]}))
    ... # doctest: +ELLIPSIS
    header row 1: the level columns ('Day 1 level', 'Day 90 level') hold level names only ...
    """
    levels = cols.get("_levels", [])
    cells = [t for cells in grid.rows[row + 1 :] for c in levels if (t := clean(_at(cells, c)))]
    words = [t for t in cells if not _NUMBER.match(t) and not _MARK.match(t)]
    if len(cells) < 6 or not words or not all(map(_rating, cells)):
        return None
    if len(set(words)) > 8 or len(words) < 3 * len(set(words)):
        return None  # many different words, or each a few times: not a scale's names
    head = [clean(c) for c in grid.rows[row]]
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1}"
    named = ", ".join(repr(head[c]) for c in levels)
    values = some(sorted(set(cells), key=_figure_first), shown=6, quote=False)
    return (
        f"{where}: the level columns ({named}) hold level names only ({values}), no "
        "statements: a matrix of required levels, not a competency framework. To read these "
        "as role profiles, list each role's level per competency on the 'roles' and "
        "'requirements' sheets of the workbook `compkit export FRAMEWORK -o FILE.xlsx` writes "
        "and `compkit import` it"
    )


def _name_columns(grid: Grid, row: int, lines: list[int]) -> list[int]:
    """The leading columns naming each row (not ratings): a name-like header or text cells.

    The first column is one when its header names roles, people or competencies; later ones
    when theirs names a list's column or a group ("Role", "Category"), or they hold no rating.
    """
    head, names = [clean(c) for c in grid.rows[row]], []
    for c in range(len(head)):
        texts = [t for r in lines if (t := clean(_at(grid.rows[r], c)))]
        first = _ROLES.search(head[c]) or _PEOPLE.search(head[c]) or _COMPS.search(head[c])
        later = _COLUMN.search(head[c]) or _GROUP.search(head[c])
        if not (first if not names else later) and any(map(_rating, texts)):
            break
        names.append(c)
    return names


def _said(cells: list[str]) -> bool:
    """Whether a column names its rows in sentences: five words or more (median), each its own.

    A matrix's rows are competencies, roles or people, named in a word or a few; a list of
    skills or statements ("Write clear prompts for everyday drafting tasks") is no matrix.

    Examples
    --------
    >>> _said(["Payroll", "Coaching staff", "Budget"])
    False
    >>> _said(["Write clear prompts for drafting", "Check text against its sources",
    ...        "Set up a review board"])
    True
    """
    texts = [clean(t) for t in cells if clean(t)]
    words = sorted(len(t.split()) for t in texts)
    return len(texts) >= 3 and len(set(texts)) == len(texts) and words[len(words) // 2] >= 5


def _rating(text: str) -> bool:
    """Whether a cell rates or marks: a small number, a tick, or a short word or two."""
    t = clean(text)
    return bool(t) and (
        bool(_NUMBER.match(t) or _MARK.match(t))
        or (len(t.split()) <= 3 and len(t) <= 30 and not re.search(r"[.:;!?]$", t))
    )


def _figure_first(text: str) -> tuple:
    """A sort key: figures first, by value ("1.5" before "10"), then words."""
    figure = re.fullmatch(r"\d+(?:\.\d+)?", text)
    return (0, float(text), "") if figure else (1, 0.0, text.casefold())


def _message(grid, row, name_col, rated, rows, cells, lines) -> str:
    """The refusal: what the rows, columns and cells are, and how to read them as profiles."""
    head = [clean(c) for c in grid.rows[row]]
    down = [clean(_at(grid.rows[r], name_col)) for r in rows]
    across = [head[c] for c in rated]
    values = sorted(set(cells), key=_figure_first)
    legend = [t for r in lines if r > rows[-1] and _LEGEND.match(t := clean(grid.rows[r][0]))]
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1}"
    kind = "numbers" if all(_NUMBER.match(t) or _MARK.match(t) for t in cells) else "level names"
    scale = f"; the scale under it: {some(legend)}" if legend else ""
    cell = (
        f"the cells hold {kind} only, no statements ({some(values, shown=6, quote=False)}{scale})"
    )
    if _PEOPLE.search(head[name_col]):
        return (
            f"{where}: a record of people's ratings, not a competency framework: "
            f"{len(down)} people ({some(down)}) down column {name_col + 1}, "
            f"{len(across)} skills ({some(across)}) across, {cell}; compkit ingests "
            "frameworks (statements by competency and level), not a team's ratings"
        )
    roles_down = bool(_ROLES.search(head[name_col]))
    kinds = ("roles", "competencies") if roles_down else ("competencies", "roles")
    return (
        f"{where}: a matrix of required levels, not statements: {len(down)} {kinds[0]} "
        f"({some(down)}) down column {name_col + 1}, {len(across)} {kinds[1]} "
        f"({some(across)}) across, {cell}. A framework needs statements; to read these as "
        "role profiles, add this sheet to the workbook holding the framework's statements "
        "(its competencies named as there, its levels by name or by rank) and ingest that "
        "workbook, or list each role's level per competency on the 'roles' and "
        "'requirements' sheets of the workbook `compkit export FRAMEWORK -o FILE.xlsx` writes "
        "and `compkit import` it"
    )


def list_refusal(grid: Grid, row: int) -> str | None:
    """Why ``grid`` lists role profiles a row per role and competency, and no statements.

    A skills database's download of each job level's expected score per competency ("job_level
    | competency | expected_score") has no statement column; the refusal says what it is and
    how to read it as role profiles beside the framework's statements.

    Examples
    --------
    >>> rows = [["job_level", "competency", "expected_score"], ["IC1", "Design", "2.0"]]
    >>> rows += [["IC1", "Testing", "1.5"], ["IC2", "Design", "3.0"]]
    >>> print(list_refusal(Grid("", rows), 0))  # doctest: +ELLIPSIS
    header row 1 ('job_level', 'competency', 'expected_score'): role profiles listed a row per ...
    """
    head = [" ".join(clean(c).replace("_", " ").casefold().split()) for c in grid.rows[row]]
    who = [c for c, h in enumerate(head) if _WHO.match(h)]
    what = [c for c, h in enumerate(head) if _WHAT.match(h)]
    need = [c for c, h in enumerate(head) if _NEED.match(h)]
    if len(who) != 1 or not what or len(need) != 1:
        return None
    body = [cells for cells in grid.rows[row + 1 :] if any(clean(c) for c in cells)]
    values = [t for cells in body if (t := clean(_at(cells, need[0])))]
    long = any(len(clean(c).split()) > 8 for cells in body for c in cells)  # a statement
    if len(body) < 2 or long or not values or not all(map(_rating, values)):
        return None
    roles = list(dict.fromkeys(t for cells in body if (t := clean(_at(cells, who[0])))))
    comps = list(dict.fromkeys(t for cells in body if (t := clean(_at(cells, what[-1])))))
    shown = sorted(set(values), key=_figure_first)
    header = ", ".join(repr(clean(c)) for c in grid.rows[row] if clean(c))
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1} ({header})"
    return (
        f"{where}: role profiles listed a row per role and competency, not statements: "
        f"{len(roles)} roles in {grid.rows[row][who[0]]!r} ({some(roles)}), each with its "
        f"{grid.rows[row][need[0]]!r} ({some(shown, shown=6, quote=False)}) in "
        f"{len(comps)} competencies of {grid.rows[row][what[-1]]!r} ({some(comps)}); no "
        "column holds statements. A framework needs statements; to read these as role "
        "profiles, head the roles' column 'Role' and add the list as a sheet to the workbook "
        "holding the framework's statements (competencies named as there, levels by name or "
        "by rank), then ingest that workbook"
    )
