"""A long sheet with a level column whose other columns are headed in the publisher's own words.

A skills framework kept as a database export heads its columns with the publisher's codes:
"TSC_CCS Title | TSC_CCS Description | Proficiency Level | Proficiency Description |
Knowledge / Ability Classification | Knowledge / Ability Items", a row per item. compkit's
header words find the level column and nothing else, and the sheet was refused ("a level column
but no statement column"). :func:`own_words` reads such a header by what its columns hold,
each choice reported:

- the statements: the one column of sentences, nearly every row its own (a column whose text
  repeats down the rows -- a description per competency or per level -- is not it); of several
  such columns, the one headed as a list ("Items", "Statements");
- the competency: of the columns of short names left of the statements, each name met at two
  levels or more, the finest (most names; of equals the nearest the statements); a column
  headed as a kind ("Classification", "Type") or holding codes is none;
- its group: a coarser such column left of it in which each competency sits in one group;
- its description: the one column headed "... Description" holding one text per competency;
- a column marking each row's side in words ("Indicator type": "Positive", "Negative"), both
  sides among its cells and nothing else: the polarity column, whatever its header says.

The columns left unread are read or reported by :mod:`ingest.longcolumns`, as any long sheet's.
"""

from __future__ import annotations

import re

from .blocks import clean
from .draft import Draft
from .polarity import polarity_of
from .tables import Grid
from .tables import at as _at

__all__ = ["own_words"]

#: A header naming a kind of row, not a competency ("Knowledge / Ability Classification")
_KIND = re.compile(
    r"\b(?:classifications?|types?|kinds?|polarity|codes?|ids?|no\.?|numbers?)$", re.I
)
#: A header naming a list of statements ("Knowledge / Ability Items")
_LIST = re.compile(r"\b(?:items|statements|indicators|behaviou?rs|descriptors|criteria)$", re.I)
#: A header naming a description ("TSC_CCS Description"), whose text may be a competency's
_DESCRIBES = re.compile(r"\b(?:descriptions?|definitions?|summary)$", re.I)
#: A cell holding a code or a figure, not a name ("HRT-CAP-2002-1.1", "3.0")
_CODE = re.compile(r"^(?:[\d\s.,%/:+-]*|[A-Z0-9]+(?:[-_.][A-Z0-9]+)+)$")


def own_words(grid: Grid, row: int | None, cols: dict, hints: dict, draft: Draft | None) -> dict:
    """``cols`` with the statement column (and the competency's, and its group's) found by content.

    Only for a header with a level column and no level columns across. A column of side
    words becomes the polarity column; the statement column is looked for when none was
    matched or given (``cols`` unchanged when no single column holds sentences).
    With ``draft`` None (a sheet weighed beside others), nothing is reported.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> head = ["Skill Code", "Skill Title", "Proficiency Level", "Knowledge Items"]
    >>> rows = [head] + [
    ...     [f"GAR-{n}", title, str(lv), f"Knows the {w} rules of {title.lower()} at {lv}"]
    ...     for n, title in enumerate(("Garden Care", "Tool Safety"))
    ...     for lv in (1, 2)
    ...     for w in ("first", "second")
    ... ]
    >>> own_words(Grid("", rows), 0, {"level": 2}, {}, Draft(IngestReport("k.xlsx")))
    {'level': 2, 'text': 3, 'competency': 1}
    """
    if row is None or "level" not in cols or cols.get("_levels"):
        return cols
    cols = _side_column(grid, row, cols, hints, draft)
    if "text" in cols:
        return _not_a_description(grid, row, cols, hints, draft)
    if hints.get("text_from") or hints.get("layout") not in (None, "long"):
        return cols
    head = grid.rows[row]
    body = [cells for cells in grid.rows[row + 1 :] if _at(cells, cols["level"])]
    text = _sentence_column(head, body, cols)
    if text is None:
        return cols
    taken = {v for k, v in cols.items() if k[0] != "_"}
    free = [c for c, h in enumerate(head) if clean(h) and c not in taken]
    out = {**cols, "text": text}
    report = draft.report.add if draft is not None else lambda *_: None
    report(
        "guess",
        f"column {clean(head[text])!r} read as the statements (the one column of sentences, "
        "each row its own; its header names no statement column compkit knows)",
        0.6,
        grid.where(row, text),
    )
    if "competency" in cols or hints.get("competency_from"):
        return out
    names = [
        c
        for c in free
        if c < text and not _KIND.search(clean(head[c])) and _names(body, c, cols["level"])
    ]
    if not names:
        return out
    comp = max(names, key=lambda c: (len({_at(cells, c) for cells in body}), c))
    out["competency"] = comp
    group = None
    if "group" not in cols:
        coarse = [c for c in names if c < comp and _within(body, comp, c)]
        group = coarse[-1] if coarse else None
    if group is not None:
        out["group"] = group
    described = [
        c
        for c in free
        if c not in (text, comp, group)
        and _DESCRIBES.search(clean(head[c]))
        and _one_each(body, comp, c)
    ]
    if "description" not in cols and len(described) == 1:
        out["description"] = described[0]
    report(
        "guess",
        f"column {clean(head[comp])!r} read as the competencies (short names, each at two "
        "levels or more, left of the statements)"
        + (f", column {clean(head[group])!r} as their groups" if group is not None else "")
        + (
            f", column {clean(head[out['description']])!r} as their descriptions"
            if "description" in out and "description" not in cols
            else ""
        ),
        0.6,
        grid.where(row, comp),
    )
    return out


def _not_a_description(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft | None) -> dict:
    """``cols`` with the statements in the one column of sentences, when the matched one repeats.

    A header "Skill Title | Skill Description | Proficiency Level | ... | Ability Items" matches
    "Skill Description" as the statements, yet it holds one text per competency, the same at
    every level: it is the competency's description, and the one column whose every row holds
    its own sentence holds the statements (reported).
    """
    if hints.get("text_from") or "competency" not in cols or "description" in cols:
        return cols
    head = grid.rows[row]
    body = [cells for cells in grid.rows[row + 1 :] if _at(cells, cols["level"])]
    levels = {_at(cells, cols["level"]) for cells in body}
    if len(levels) < 2 or not _one_each(body, cols["competency"], cols["text"]):
        return cols
    said = _sentence_column(head, body, cols)
    if said is None:
        return cols
    if draft is not None:
        draft.report.add(
            "guess",
            f"column {clean(head[said])!r} read as the statements (each row its own "
            f"sentence), column {clean(head[cols['text']])!r} as the competencies' descriptions "
            "(one text per competency, the same at every level)",
            0.6,
            grid.where(row, said),
        )
    return {**cols, "text": said, "description": cols["text"]}


def _sentence_column(head: list[str], body: list[list[str]], cols: dict) -> int | None:
    """The one headed column no role has taken whose cells read as sentences, or None.

    With several such columns, only those headed as a list of statements count.
    """
    taken = {v for k, v in cols.items() if k[0] != "_"}
    free = [c for c, h in enumerate(head) if clean(h) and c not in taken]
    said = [c for c in free if _sentences([_at(cells, c) for cells in body])]
    if len(said) > 1:
        said = [c for c in said if _LIST.search(clean(head[c]))]
    return said[0] if len(said) == 1 else None


def _sentences(cells: list[str]) -> bool:
    """Whether a column's cells are sentences: four words or more (median), nearly all distinct."""
    texts = [t for t in cells if t]
    words = sorted(len(t.split()) for t in texts)
    return (
        len(texts) >= 3
        and len(texts) * 5 >= len(cells) * 4
        and len(set(texts)) * 5 >= len(texts) * 4
        and words[len(words) // 2] >= 4
    )


def _names(body: list[list[str]], c: int, level: int) -> bool:
    """Whether column ``c`` names competencies: short names, several, each at two levels or more."""
    at_levels: dict[str, set[str]] = {}
    for cells in body:
        name = _at(cells, c)
        if not name:
            return False  # a competency's name is on every row of a database export
        at_levels.setdefault(name, set()).add(_at(cells, level))
    return (
        len(at_levels) >= 2
        and all(len(n.split()) <= 8 and not _CODE.match(n) for n in at_levels)
        and all(len(levels) >= 2 for levels in at_levels.values())
    )


def _within(body: list[list[str]], comp: int, group: int) -> bool:
    """Whether each name of column ``comp`` sits under one name of column ``group`` (fewer)."""
    under: dict[str, set[str]] = {}
    for cells in body:
        under.setdefault(_at(cells, comp), set()).add(_at(cells, group))
    groups = {g for gs in under.values() for g in gs}
    return all(len(gs) == 1 for gs in under.values()) and len(groups) <= len(under)


def _one_each(body: list[list[str]], comp: int, c: int) -> bool:
    """Whether column ``c`` holds one text for each competency of column ``comp``, on every row."""
    texts: dict[str, set[str]] = {}
    for cells in body:
        texts.setdefault(_at(cells, comp), set()).add(_at(cells, c))
    return all(len(t) == 1 and "" not in t for t in texts.values())


def _side_column(grid: Grid, row: int, cols: dict, hints: dict, draft: Draft | None) -> dict:
    """``cols`` with a column whose every cell names a side, both sides met, as the polarity.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> rows = [["Skill", "Level", "Indicator type", "Indicator"]]
    >>> rows += [["Teamwork", "1", "Positive", "Shares"], ["Teamwork", "1", "Negative", "Hoards"]]
    >>> cols = {"competency": 0, "level": 1, "text": 3}
    >>> _side_column(Grid("", rows), 0, cols, {}, None)
    {'competency': 0, 'level': 1, 'text': 3, 'polarity': 2}
    """
    if "polarity" in cols or hints.get("negative"):
        return cols
    taken = {v for k, v in cols.items() if k[0] != "_"}
    head, body = grid.rows[row], grid.rows[row + 1 :]
    for c in range(len(head)):
        texts = {t for cells in body if (t := _at(cells, c))} if c not in taken else set()
        sides = {polarity_of(t) for t in texts}
        if texts and len(texts) <= 4 and sides == {"effective", "ineffective"}:
            if draft is not None:
                draft.report.add(
                    "guess",
                    f"column {clean(head[c])!r} read as each statement's side (its cells "
                    + ", ".join(repr(t) for t in sorted(texts))
                    + ")",
                    0.7,
                    grid.where(row, c),
                )
            return {**cols, "polarity": c}
    return cols
