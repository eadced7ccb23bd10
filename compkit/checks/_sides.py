"""Ineffective statements cell by cell: does a framework publish them, or has it a few (S001)."""

from __future__ import annotations

import re

from .._words import join, plural


def sparse_ineffective(ind) -> set[str]:
    """The competencies whose missing ineffective statements are no gap.

    A framework that writes ineffective statements for at least half its cells publishes
    them cell by cell, and so does a competency with them in half its cells (two or more);
    elsewhere a cell without one is how the framework is written, not a gap.
    """
    cells = ind[["competency_id", "level"]].drop_duplicates()
    neg = ind.loc[ind["polarity"] == "ineffective", ["competency_id", "level"]].drop_duplicates()
    if 2 * len(neg) >= len(cells):
        return set()
    per = neg["competency_id"].value_counts()
    full = cells["competency_id"].value_counts()
    return {c for c in full.index if not (per.get(c, 0) >= 2 and 2 * per.get(c, 0) >= full[c])}


def side_levels(ind) -> set[str]:
    """The levels holding ineffective statements and no effective one, beside levels that do.

    A framework that lists each competency's ineffective behaviours once, for every grade, is
    read with them at a level of their own ("All levels" after "Grades 1-3" ... "Grades 7 &
    above", Edinburgh Napier's): that level asks for no effective statement, and the graded
    levels for no ineffective one. A framework of ineffective statements only has none.
    """
    effective = set(ind.loc[ind["polarity"] == "effective", "level"])
    neg = set(ind.loc[ind["polarity"] == "ineffective", "level"]) - effective
    return neg if effective else set()


def apart_level(ind, fw) -> tuple[str | None, set[str]]:
    """A level for all held apart: its competencies hold no statement at any other level.

    A framework may define some competencies at no level of its scale: the UK Government's
    DDaT capability framework gives 22 leadership skills to one role each, read at "All
    levels" beside Awareness ... Expert. That level asks nothing of the other competencies,
    nor they anything of it. It must be named for every level ("All levels", "Any grade",
    "Every level"): a graded level holding competencies found nowhere else (a sparse grid's
    level 1) is still each other competency's gap. One level at most is held so, and the
    others must share their competencies over two levels or more.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> names = {"1": "Level 1", "2": "Level 2", "all": "All levels"}
    >>> fw = SimpleNamespace(level=lambda lv: SimpleNamespace(name=names[lv]))
    >>> ind = pd.DataFrame({"competency_id": ["a", "a", "b", "lead"],
    ...                     "level": ["1", "2", "2", "all"]})
    >>> apart_level(ind, fw)
    ('all', {'lead'})
    >>> apart_level(ind.replace({"all": "1"}).iloc[1:], fw)
    (None, set())
    """
    cells = ind[["competency_id", "level"]].drop_duplicates()
    comps = cells.groupby("level", sort=False)["competency_id"].agg(set)
    spread = cells["competency_id"].value_counts()
    apart = [lv for lv, held in comps.items() if (spread[list(held)] == 1).all()]
    if len(apart) != 1 or (spread > 1).sum() == 0 or not _FOR_ALL.match(fw.level(apart[0]).name):
        return None, set()
    return apart[0], comps[apart[0]]


#: A level's name saying it holds for every level: "All levels", "Any grade", "Every level"
_FOR_ALL = re.compile(r"^\s*(?:all|any|every)\b", re.IGNORECASE)


def side_competencies(ind) -> set[str]:
    """The competencies holding ineffective statements only, where no other one holds any.

    A framework that lists its derailers or anti-patterns apart ("Persona anti-patterns"
    beside "Technical Delivery", "Consulting" ...) reads them as a competency of their own:
    it asks for no effective statement. Where other competencies hold ineffective statements
    too, the framework writes both sides cell by cell, and a competency without effective
    ones lacks them.
    """
    neg = ind["polarity"] == "ineffective"
    mixed = set(ind.loc[~neg, "competency_id"])
    only = set(ind.loc[neg, "competency_id"]) - mixed
    return only if mixed and not (set(ind.loc[neg, "competency_id"]) - only) else set()


def few_ineffective(fw, ind, sparse: set[str]) -> dict | None:
    """One finding naming the ineffective statements outside the competencies that have many."""
    cells = len(ind[["competency_id", "level"]].drop_duplicates())
    rows = ind[(ind["polarity"] == "ineffective") & ind["competency_id"].isin(sparse)]
    if rows.empty:
        return None
    near = rows[["competency_id", "level"]].drop_duplicates()
    shown = [
        f"'{_short(t)}' ({fw.competency(c).name} at {fw.level(lv).name})"
        for c, lv, t in zip(rows["competency_id"], rows["level"], rows["text"], strict=True)
    ]
    more = f" and {plural(len(shown) - 3, 'more')}" if len(shown) > 3 else ""
    first = rows.iloc[0]
    return {
        "indicator_id": first["indicator_id"],
        "competency_id": first["competency_id"],
        "level": first["level"],
        "subject": "ineffective",
        "message": f"Only {len(near)} of {plural(cells, 'cell')} "
        f"{'has' if len(near) == 1 else 'have'} ineffective statements: "
        f"{join(shown[:3])}{more}; if the framework publishes them, the other cells lack "
        "them, else check these are filed as ineffective",
    }


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rsplit(" ", 1)[0] + "…"


def band_hint(fw, applies: list[str], empty: list[str]) -> str:
    """A hint when the empty cells lie only below and above the levels a competency describes.

    e-CF 3.0 describes "Application Design" at e-1 to e-3 only, by design: its blank cells at
    e-4 and e-5 are no gap inside its progression.
    """
    described = [level for level in applies if level not in empty]
    if not described:
        return ""
    first, last = applies.index(described[0]), applies.index(described[-1])
    if any(first < applies.index(level) < last for level in empty):
        return ""  # a gap inside the band is the fault the rule is for
    span = fw.level(described[0]).name
    if len(described) > 1:
        span += f" to {fw.level(described[-1]).name}"
    return f"; it is described at {span} only: declare its levels if that is by design"
