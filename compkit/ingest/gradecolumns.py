"""A table column of grade lines ("GS-01-04 – Level 2"): role profiles, not statements.

The US Department of the Interior's competency model lists, beside each competency and its
definition, the level each grade needs::

    | Competency      | Definition          | Proficiency Level   |
    | Decision Making | Makes sound, ...    | GS-01-04 – Level 2  |
    |                 |                     | GS-05-06 – Level 3  |

Each line names a role (the grade) and a level of the row's competency: a role profile.
:func:`grade_columns` reads such a column into the document's role profiles and out of the
table, so its lines are no longer statements; :func:`roles_only` refuses, in words, a document
that holds role profiles and no statements at all.

A grid of grades by competencies whose cells give each level by its code ("Grade 4 | C | A",
the University of Cambridge's behavioural attributes by grade, its levels "Level A" ...
"Level D" named above the grid) is read as role profiles too (:func:`grade_columns`).

A roles table turns the column inside out: its rows name the roles and its lines the
competency each needs ("| Data analyst | SQL – Level 2 |"). Its lines are read the other way
round when the name column's header names roles ("Role", "Job title") or every line's left part
is a label the page has already read (a competency's heading).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._words import plural, some
from .blocks import Document, clean
from .levelnames import level_score
from .limits import IngestError

__all__ = ["grade_columns", "roles_only"]

#: a level named by a level word and a code: "Level A", "Band 3"
_CODED = re.compile(r"^(?:level|band|grade|tier|stage)\s+([A-Z0-9]{1,3})$", re.IGNORECASE)
#: "GS-01-04 – Level 2", "Band 3: Expert": a short role name, a spaced dash or a colon, a level
_LINE = re.compile(r"^(?P<role>\S+(?: \S+){0,3}?)(?:\s+[–—-]\s+|:\s+)(?P<level>\S.{0,40})$")


def _needs(cell: dict) -> list[tuple[str, str]] | None:
    """The (role, level) of every line of a cell, or None if one line is no grade line."""
    out = []
    for p in cell["paras"]:
        for line in (clean(x) for x in p.text.split("\n")):
            if not line:
                continue
            m = _LINE.match(line)
            if m is None or level_score(m["level"]) < 0.8 or level_score(m["role"]) >= 0.8:
                return None
            out.append((m["role"], m["level"]))
    return out


def grade_columns(doc: Document, grid: list[list[dict]]) -> list[list[dict]]:
    """Read columns of grade lines beside named rows into ``doc.roles``; the grid without them.

    A column qualifies when it stands after the first (the competency's name), two or more body
    rows fill it, and every line of every filled cell is a grade line (a role, a dash or colon,
    a level name). Its lines leave ``doc.all_keys`` and each role requires the row's competency
    at the level named.

    Parameters
    ----------
    doc : Document
        The document being read.
    grid : list of list of dict
        A table's rows of cells, the first row its header.

    Returns
    -------
    list of list of dict
        The grid without the columns read as role profiles.
    """
    if len(grid) < 3 or len({len(row) for row in grid}) != 1 or len(grid[0]) < 2:
        return grid
    if _coded_grid(doc, grid):
        return []
    body = grid[1:]
    found = set()
    for k in range(1, len(grid[0])):
        needs = [_needs(row[k]) for row in body]
        filled = [n for n in needs if n]
        if len(filled) >= 2 and all(n is not None for n in needs):
            found.add(k)
    if not found:
        return grid
    for k in sorted(found):
        turned = _inside_out(doc, grid, k)
        for row in body:
            comp = clean(" ".join(p.text for p in row[0]["paras"]))
            for role, level in _needs(row[k]) or ():
                role, comp = (comp, role) if turned else (role, comp)  # "SQL – Level 2"
                doc.roles.setdefault(role, {})[comp] = level
            for p in row[k]["paras"] + (row[0]["paras"] if turned else []):
                doc.all_keys.pop(p.key, None)  # a roles table's row names: its roles
        if turned:
            for p in grid[0][0]["paras"]:
                doc.all_keys.pop(p.key, None)
        for p in grid[0][k]["paras"]:
            doc.all_keys.pop(p.key, None)
        doc.role_source = dict(grid[0][k]["source"])
        head = clean(" ".join(p.text for p in grid[0][k]["paras"])) or "unnamed"
        roles = ", ".join(dict.fromkeys(r for row in body for r, _ in _needs(row[k]) or ()))
        said = f"a level for each grade ({roles})"
        if turned:
            names = (clean(" ".join(p.text for p in row[0]["paras"])) for row in body)
            said = f"the competency and level each role needs ({', '.join(dict.fromkeys(names))})"
        doc.notes.append(
            (
                "guess",
                f"the {head!r} column lists {said}: read as role profiles, not statements",
                0.7,
                dict(grid[0][k]["source"]),
            )
        )
    if turned and len(found) == len(grid[0]) - 1:
        return []  # a roles table and nothing else: its names column is the roles'
    return [[c for k, c in enumerate(row) if k not in found] for row in grid]


#: a name column's header naming roles: "Role", "Job title", "Position"
_ROLE_COLUMN = re.compile(r"\b(?:roles?|jobs?|job titles?|positions?|posts?)\b", re.IGNORECASE)


def _inside_out(doc: Document, grid: list[list[dict]], k: int) -> bool:
    """Whether column ``k``'s lines name competencies for the rows' roles ("SQL – Level 2").

    So they do when the name column's header names roles, or every line's left part is a
    label the page has read already (a heading over a competency's levels).

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> cell = lambda text: {"paras": [Para(text, {})], "source": {}}
    >>> grid = [[cell("Role"), cell("Key skill")], [cell("Analyst"), cell("SQL – Level 2")]]
    >>> _inside_out(Document([]), grid, 1)
    True
    >>> grid[0][0] = cell("Competency")
    >>> _inside_out(Document([]), grid, 1)
    False
    """
    if _ROLE_COLUMN.search(_text(grid[0][0])):
        return True
    read = {clean(label.text).casefold() for region in doc.regions for label in region.labels}
    lefts = [role.casefold() for row in grid[1:] for role, _ in _needs(row[k]) or ()]
    return bool(lefts) and all(left in read for left in lefts)


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _coded_grid(doc: Document, grid: list[list[dict]]) -> bool:
    """Read a grid of roles by competencies holding level codes into ``doc.roles``.

    The codes are those of the levels named above the grid ("Level A" ... "Level D": A ... D);
    every body cell but the first of each row is one of them or blank, and two or more codes
    are used. Returns whether the grid was read.
    """
    codes = {}
    for region in doc.regions:
        for label in region.labels:
            m = _CODED.match(clean(label.text))
            if m:
                codes.setdefault(m.group(1).upper(), clean(label.text))
    texts = [[_text(c) for c in row] for row in grid]
    cells = [t for row in texts[1:] for t in row[1:]]
    if len(codes) < 2 or not all(texts[0][1:]) or not all(row[0] for row in texts[1:]):
        return False
    if not all(t.upper() in codes for t in cells if t) or len({t.upper() for t in cells}) < 2:
        return False
    for row in texts[1:]:
        for comp, code in zip(texts[0][1:], row[1:], strict=True):
            if code:
                doc.roles.setdefault(row[0], {})[comp] = codes[code.upper()]
    doc.role_source = dict(grid[0][0]["source"])
    for row in grid:
        for cell in row:
            for p in cell["paras"]:
                doc.all_keys.pop(p.key, None)
    _highest_first(doc, texts, list(codes))
    said = ", ".join(f"{k} = {v}" for k, v in sorted(codes.items()))
    doc.notes.append(
        (
            "guess",
            f"a grid of {len(grid) - 1} roles by {len(grid[0]) - 1} competencies giving each "
            f"level by its code ({said}): read as role profiles",
            0.7,
            dict(grid[0][0]["source"]),
        )
    )
    return True


def _highest_first(doc: Document, texts: list[list[str]], printed: list[str]) -> None:
    """Rank the levels from the last printed when the grid's grades climb as the codes fall.

    Rows named with rising numbers ("Grade 1", "Grade 4", ...) needing codes that never come
    later in print as the number rises, and sometimes earlier, say the levels were printed
    highest first ("level A is the highest"): ``doc.level_names`` then lists them from the
    last printed, and the report says why.
    """
    numbers = [re.search(r"\d+", row[0]) for row in texts[1:]]
    if not all(numbers) or [int(m.group()) for m in numbers] != sorted(
        {int(m.group()) for m in numbers}
    ):
        return
    falls = False
    for k in range(1, len(texts[0])):
        seq = [printed.index(row[k].upper()) for row in texts[1:] if row[k]]
        if any(b > a for a, b in pairwise(seq)):
            return  # a later grade needs a code printed later: printed lowest first
        falls = falls or any(b < a for a, b in pairwise(seq))
    if not falls:
        return
    names = {clean(lb.text) for r in doc.regions for lb in r.labels}
    ordered = [n for n in dict.fromkeys(_printed_names(doc)) if n in names]
    doc.level_names = list(reversed(ordered))
    first, last = texts[1][0], texts[-1][0]
    doc.level_order = (
        f"the grid of grades ({first} needs the levels printed last, {last} the first: "
        "printed highest first)"
    )


def _printed_names(doc: Document) -> list[str]:
    return [clean(lb.text) for r in doc.regions for lb in r.labels if _CODED.match(clean(lb.text))]


#: A heading naming role profiles ("Role profiles", "Roles"): a roles table's section.
_ROLES_HEAD = re.compile(r"\broles?\b", re.IGNORECASE)


def _lead_in(statement, doc: Document) -> bool:
    """Whether a statement is the sentence over a roles table, not a behaviour.

    So it is when the document's roles table was read, the statement stands at no level ("All
    levels") and its "competency" is a heading naming roles ("Role profiles"), as compkit's
    own Word render leads its roles table in ("The level of each competency a role requires").
    """
    return bool(
        doc.roles and statement.level == "all levels" and _ROLES_HEAD.search(statement.competency)
    )


def roles_only(doc: Document, statements: list, file) -> None:
    """Refuse, in words, a document whose role profiles are all it holds (no statements).

    The sentence leading in a roles table under its heading ("Role profiles") is no statement
    (:func:`_lead_in`): a document holding that and role profiles holds no statement either.

    Raises
    ------
    IngestError
        When ``doc.roles`` holds profiles and ``statements`` is empty: names the roles, the
        levels they need and the competencies, and says there is no statement to read; of
        compkit's own render (its marks name the levels), that the framework has no statements
        yet and which files keep it whole.
    """
    if not doc.roles:
        return
    apart = [s for s in statements if not _lead_in(s, doc)]
    lists = bool(apart) and _lists_apart(apart, doc)
    if apart and not lists and not _beside_roles(apart, doc):
        return
    roles = list(doc.roles)
    levels = list(dict.fromkeys(lv for needs in doc.roles.values() for lv in needs.values() if lv))
    if all(lv.isdigit() for lv in levels):  # numbers on a scale, lowest first
        levels.sort(key=int)
    comps = list(dict.fromkeys(c for needs in doc.roles.values() for c in needs))
    each = "each needing" if len(roles) > 1 else "needing"
    own = (
        "; this is compkit's own render of a framework with no statements yet, and a "
        "document brings back only a framework with statements: keep the framework's YAML "
        "file, or its workbook or CASE export, which hold it whole"
        if doc.marked_levels or doc.level_order == "compkit's own marks"
        else ""
    )
    raise IngestError(
        file,
        f"no statements to read: the document holds role profiles only, "
        f"{plural(len(roles), 'role')} ({some(roles, quote=False)}) {each} a level of "
        f"{plural(len(comps), 'competency')}"
        f"{' (' + ', '.join(levels[:6]) + ')' if levels else ''}, "
        "and no behaviour or indicator under a competency and a level"
        + (
            _lists_said(apart, doc)
            if lists or _scale(apart, doc)
            else f" (the other tables' {plural(len(apart), 'cell')}, as "
            f"{some(dict.fromkeys(s.competency for s in apart))}, stand at no level under no "
            "competency the roles name)"
            if apart
            else ""
        )
        + f"; expected statements (a framework's behaviours) beside or below the competencies{own}",
    )


def _beside_roles(statements: list, doc: Document) -> bool:
    """Statements that are other tables' cells beside role profiles, none a behaviour.

    So they are when the roles name three competencies or more and every statement stands at no
    level ("All levels") under a name none of the roles' competencies has: the columns of a
    tracking sheet or a training plan ("Team Member | Role | Required Level | Gap"), read as
    competencies of their own (REF-08's competency matrix: 53 such cells).
    """
    named = {clean(c).casefold() for needs in doc.roles.values() for c in needs}
    return len(named) >= 3 and all(
        s.level == "all levels" and clean(s.competency).casefold() not in named for s in statements
    )


def _lists_apart(statements: list, doc: Document) -> bool:
    """Lists read into one competency the roles do not name, the roles' names heading nothing.

    An engineering skills matrix page prints a generic scale ("1 - Novice" … "5 - Expert", a
    list under each), tables of the level each role needs of each skill, then notes (a
    development path, assessment guidelines). With no label naming a competency, its lists are
    read into one competency named after the file or title, and the roles' skills stand
    nowhere but in the roles' tables: no statement of the document is a behaviour of any of
    them. So it is when the roles name three competencies or more, none of them heads any text
    of the document, and every statement stands under one competency none of the roles name.
    """
    named = {clean(c).casefold() for needs in doc.roles.values() for c in needs}
    comps = {clean(s.competency).casefold() for s in statements}
    heads = {clean(lb.text).casefold() for r in doc.regions for lb in r.labels}
    return len(named) >= 3 and len(comps) == 1 and not comps & named and not named & heads


def _heads(statements: list, doc: Document) -> list[str]:
    """The headings over statements as printed: their level's, or at "all levels" their own."""
    printed = {clean(lb.text).casefold(): clean(lb.text) for r in doc.regions for lb in r.labels}
    cells = (s.competency if s.level == "all levels" else s.level for s in statements)
    return [printed.get(h, h) for h in dict.fromkeys(cells)]


def _scale(statements: list, doc: Document) -> list[str]:
    """The headings over ``statements`` naming the numbers the roles need ("1 - Novice")."""
    needs = {lv for needs in doc.roles.values() for lv in needs.values() if lv}
    if not needs or not all(re.fullmatch(r"\d{1,2}", lv) for lv in needs):
        return []
    heads = _heads(statements, doc)
    scale = [h for h in heads if (m := re.match(r"(\d{1,2})\b", h)) and m.group(1) in needs]
    return scale if len(scale) >= 2 else []


def _lists_said(statements: list, doc: Document) -> str:
    """What the lists beside role profiles are: the headings over them, the scale among them."""
    heads, scale = _heads(statements, doc), _scale(statements, doc)
    rest = [h for h in heads if h not in scale]
    lead = (
        f" (the document's other {plural(len(statements), 'line')} are lists under "
        f"{plural(len(heads), 'heading')} naming none of the roles' competencies"
    )
    if not scale:
        return f"{lead}: {some(heads)})"
    others = f"; the others are notes ({some(rest)})" if rest else ""
    return (
        f"{lead}: {plural(len(scale), 'heading')} name the scale the roles' levels are "
        f"numbers on ({scale[0]!r} … {scale[-1]!r}), its lists describing each level, not a "
        f"competency{others})"
    )
