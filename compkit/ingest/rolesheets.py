"""A workbook's sheet of role profiles: which level of each competency a role needs.

A framework kept in Excel often has, beside the sheet of statements, a matrix of roles and
competencies ("Role profiles": a row per competency, a column per role, each cell the level
the role needs, by name or number; or a row per role and a column per competency). Once the
framework's sheet is read, :func:`read_role_sheets` reads each other sheet whose names are the
framework's competencies down one column (or across its header) and whose cells name its levels
as the roles' profiles, reported; cells naming no level are reported, never guessed. A
download listing the profiles a row per role and competency ("Job Role | TSC_CCS Title |
Proficiency Level", Singapore's Skills Framework) is read so too, and beside a workbook with a
sheet per competency the sheets it reports as not read are tried
(:func:`read_unread_role_sheets`).
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .draft import Draft
from .tables import Grid, norm_header
from .tables import at as _at

__all__ = ["read_role_sheets", "read_unread_role_sheets"]

#: A cell saying the role needs the competency at no stated level
_YES = re.compile(r"^(?:[✓✔xX•●]|yes|y|required|needed|essential)$", re.IGNORECASE)
#: A cell saying the role does not need it
_NO = re.compile(r"^(?:[-–—]+|n/?a|none|no|not (?:required|needed)|0)$", re.IGNORECASE)


#: A header of figures or notes about the competencies, not a role's name
_NOT_ROLE = re.compile(
    r"\b(?:counts?|total|numbers?|no\.|scores?|weights?|ratings?|statements?|indicators?|"
    r"behaviou?rs?|descriptions?|definitions?|notes?|comments?|ids?|codes?|levels?|ranks?)\b|%",
    re.IGNORECASE,
)


def read_role_sheets(grids: list[Grid], draft: Draft) -> None:
    """Read the sheets among ``grids`` that hold role profiles into ``draft`` (reported).

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("f.xlsx"))
    >>> for name in ("Testing", "Hiring"):
    ...     _ = d.competency(name)
    >>> _ = d.level("Junior", rank=1), d.level("Senior", rank=2)
    >>> rows = [["Competency", "Developer", "Lead"], ["Testing", "Junior", "2"]]
    >>> rows.append(["Hiring", "", "1"])
    >>> read_role_sheets([Grid("Roles", rows)], d)
    >>> d.roles
    {'Developer': {'testing': ['junior']}, 'Lead': {'testing': ['senior'], 'hiring': ['junior']}}
    """
    if not draft.competencies or not draft.levels:
        return
    for grid in grids:
        found = _matrix(grid, draft) or _listed(grid, draft)
        if found is None:
            continue
        header, shape, cells = found
        roles, comps, blank = set(), set(), []
        stray = [text for _, comp, text, _ in cells if comp is None]
        for role, comp, text, where in cells:
            if comp is None or _NO.match(text):
                continue
            level = None if _YES.match(text) else _level(text, draft)
            if level is None and not _YES.match(text):
                blank.append((text, where))
                continue
            draft.role(role, comp, level, where)
            roles.add(role)
            comps.add(comp)
        if not roles:
            continue
        name = grid.name or "the file"
        draft.report.add(
            "guess",
            f"sheet {name!r} read as role profiles ({shape}): {plural(len(roles), 'role')} × "
            f"{plural(len(comps), 'competency')}, each naming the level the role needs",
            0.7,
            grid.where(header, 0),
        )
        if blank:
            draft.report.add(
                "unused",
                f"sheet {name!r}: {plural(len(blank), 'cell')} of the role profiles "
                f"{'names' if len(blank) == 1 else 'name'} no level of the framework "
                f"({blank[0][0]!r} first): not read",
                0.5,
                blank[0][1],
            )
        if stray:
            draft.report.add(
                "unused",
                f"sheet {name!r}: {plural(len(stray), 'row')} of the role profiles "
                f"{'names' if len(stray) == 1 else 'name'} no competency of the framework "
                f"({stray[0]!r} first): not read",
                0.5,
                grid.where(header, 0),
            )
        said = f"sheet {grid.name!r} not read as the framework"
        draft.report.notes[:] = [n for n in draft.report.notes if n.message != said]


def read_unread_role_sheets(ranked: list, draft: Draft) -> None:
    """Read the role profiles among the sheets said not read, beside a sheet per competency.

    ``ranked`` holds ``(score, grid, header row, columns)`` per sheet; a workbook read as a
    sheet per competency reports every other sheet as not read, and those are the ones tried.
    """
    said = {n.message for n in draft.report.notes if n.kind == "unused"}
    grids = [g for _, g, _, _ in ranked if f"sheet {g.name!r} not read as the framework" in said]
    read_role_sheets(grids, draft)


def _level(text: str, draft: Draft) -> str | None:
    """The level a cell names: by name, or by its number (a level so numbered, or that rank)."""
    key = draft.find("level", text)
    if key is not None or not re.fullmatch(r"\d{1,2}(?:\.0)?", text):
        return key
    n = int(float(text))
    order = draft._level_order()
    named = [k for k in order if re.search(rf"(?<![\d.]){n}(?![\d.])", draft.levels[k].name)]
    if len(named) == 1:
        return named[0]
    return order[n - 1] if 1 <= n <= len(order) and not named else None


def _matrix(grid: Grid, draft: Draft) -> tuple[int, str, list[tuple]] | None:
    """The header row, orientation and (role, competency key, cell text, where) of a role matrix."""
    for r, head in enumerate(grid.rows[:30]):
        names = [clean(c) for c in head]
        if sum(bool(n) for n in names) < 2:
            continue
        body = grid.rows[r + 1 :]
        across = {c: draft.find("competency", n) for c, n in enumerate(names) if n}
        across = {c: k for c, k in across.items() if k is not None}
        if len(across) >= 2 and len(across) * 2 >= sum(bool(n) for n in names[1:]):
            first = min(c for c, n in enumerate(names) if n)  # the roles' column
            cells = [
                (_at(cells, first), k, t, grid.where(r + 1 + i, c))
                for i, cells in enumerate(body)
                if _at(cells, first)
                for c, k in across.items()
                if (t := _at(cells, c))
            ]
            if _levelled(cells, draft):
                return r, "a row per role", cells
        col = next((c for c in range(len(names)) if any(_at(b, c) for b in body)), None)
        if col is None:
            continue
        down = [(i, draft.find("competency", _at(b, col))) for i, b in enumerate(body)]
        filled = [i for i, b in enumerate(body) if _at(b, col)]
        found = [(i, k) for i, k in down if k is not None]
        if len(found) < 2 or len(found) * 2 < len(filled):
            continue
        stray = [_at(body[i], col) for i, k in down if k is None and _at(body[i], col)]
        roles = {c: n for c, n in enumerate(names) if n and c != col and not _NOT_ROLE.search(n)}
        cells = [
            (role, k, t, grid.where(r + 1 + i, c))
            for i, k in found
            for c, role in roles.items()
            if (t := _at(body[i], c))
        ]
        if _levelled(cells, draft):
            strays = [("", None, name, grid.where(r + 1, col)) for name in stray]
            return r, "a column per role", cells + strays
    return None


#: A header naming the roles' column of a list of profiles ("Job Role", "Position title")
_ROLE_HEAD = re.compile(
    r"^(?:job |work )?(?:roles?|positions?|posts?|occupations?)(?: (?:titles?|names?))?$|"
    r"^job (?:titles?|names?)$"
)


def _listed(grid: Grid, draft: Draft) -> tuple[int, str, list[tuple]] | None:
    """The header row, shape and cells of role profiles listed a row per role and competency.

    "Sector | Track | Job Role | TSC_CCS Title | Proficiency Level", a download of the roles'
    required levels: a column headed as the roles, one whose cells name the framework's
    competencies (most of them) and one whose cells name its levels.
    """
    for r, head in enumerate(grid.rows[:30]):
        names = [norm_header(c) for c in head]
        roles = [c for c, n in enumerate(names) if _ROLE_HEAD.match(n)]
        if len(roles) != 1:
            continue
        body = [(i, b) for i, b in enumerate(grid.rows[r + 1 :], r + 1) if _at(b, roles[0])]
        comp = _naming(body, names, roles, lambda t: draft.find("competency", t))
        if comp is None:
            continue
        said = [c for c, n in enumerate(names) if _NEEDS.search(n) and c not in (comp, *roles)]
        level = _naming(body, names, [*roles, comp], lambda t: _level(t, draft), share=0.75)
        level = next((c for c in said if _names_levels(body, c, draft)), level)  # "1.5", "2.0"
        if level is None:
            continue
        return r, "a row per role and competency", [
            (_at(b, roles[0]), draft.find("competency", _at(b, comp)) if _at(b, comp) else None,
             _at(b, level) if draft.find("competency", _at(b, comp)) else _at(b, comp),
             grid.where(i, level if draft.find("competency", _at(b, comp)) else comp))
            for i, b in body
            if _at(b, comp)
        ]  # fmt: skip
    return None


#: A header naming the level a role needs ("Proficiency Level", "expected_score"), not an id
_NEEDS = re.compile(r"\b(?:levels?|scores?|ratings?|proficiency)$")


def _names_levels(body: list, col: int, draft: Draft) -> bool:
    """Whether at least two and half the filled cells of column ``col`` name a level."""
    texts = [t for _, b in body if (t := _at(b, col))]
    found = sum(_level(t, draft) is not None for t in texts)
    return found >= 2 and found * 2 >= len(texts)


def _naming(body: list, names: list[str], not_in: list[int], find, share: float = 0.5):
    """The column whose filled cells (at least two) name what ``find`` finds, by ``share``."""
    for c in range(len(names)):
        texts = [t for _, b in body if (t := _at(b, c))] if c not in not_in else []
        found = sum(find(t) is not None for t in texts)
        if found >= 2 and found >= share * len(texts):
            return c
    return None


def _levelled(cells: list[tuple], draft: Draft) -> bool:
    """Whether most filled cells name a level (or say yes or no): a matrix of profiles."""
    said = [t for _, _, t, _ in cells if not _NO.match(t)]
    named = sum(_YES.match(t) is not None or _level(t, draft) is not None for t in said)
    return bool(said) and named * 4 >= len(said) * 3
