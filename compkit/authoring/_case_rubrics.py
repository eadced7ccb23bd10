"""A CASE package's rubrics read as statements at levels: a criterion's level is a behaviour.

CASE 1.1 describes what each level of a competency looks like with ``CFRubrics``: a rubric's
``CFRubricCriteria`` point at an item (``CFItemURI``), and each criterion's
``CFRubricCriterionLevels`` hold the level's name (``quality``), its place (``score``,
``position``) and what it looks like (``description``). Read by :mod:`._case_read`, each such
description is a statement of the competency holding the item, at the level named by its
quality, word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from numbers import Real
from typing import Any

__all__ = ["RubricRow", "level_order", "rubric_rows", "unranked"]

#: What the reading schema checks of ``CFRubrics`` (what is read must have its type).
RUBRICS_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "CFRubricCriteria": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "category": {"type": "string"},
                        "description": {"type": "string"},
                        "CFItemURI": {"type": "object"},
                        "position": {"type": "integer"},
                        "CFRubricCriterionLevels": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "description": {"type": "string"},
                                    "quality": {"type": "string"},
                                    "score": {"type": "number"},
                                    "position": {"type": "integer"},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


@dataclass(frozen=True)
class RubricRow:
    """One criterion level's description: the item it describes, the level and the text."""

    target: str  # the CFItem's identifier ("" when the criterion points at none)
    criterion: str  # the criterion's category or description: its name when it has no item
    about: str  # the criterion's description
    level: str  # the level's name (its quality, else "Level n")
    place: float  # the level's place among its criterion's levels, 0 (lowest) to 1
    text: str


def _numbers(levels: list[dict], field: str) -> list[float] | None:
    values = [lv.get(field) for lv in levels]
    if all(isinstance(v, Real) and not isinstance(v, bool) for v in values):
        return [float(v) for v in values]
    return None


def _named(levels: list[dict]) -> list[float] | None:
    """The numbers the levels' names give them ("Level 2", "3 - Proficient"), if all differ."""
    found = [
        re.fullmatch(r"\D*?([0-9]{1,2})(?:\s*\W.*)?", str(lv.get("quality") or "").strip())
        for lv in levels
    ]
    values = [float(m.group(1)) for m in found if m]
    return values if len(values) == len(levels) == len(set(values)) else None


def _keys(levels: list[dict]) -> list[float] | None:
    return _numbers(levels, "score") or _numbers(levels, "position") or _named(levels)


def unranked(package: dict) -> list[str]:
    """The criteria whose levels are ranked as listed: no score, position or number in a name.

    Examples
    --------
    >>> crit = {"category": "Teamwork", "CFRubricCriterionLevels": [
    ...     {"quality": "Strong", "description": "Leads the team."},
    ...     {"quality": "Basic", "description": "Joins in."}]}
    >>> unranked({"CFRubrics": [{"CFRubricCriteria": [crit]}]})
    ['Teamwork']
    """
    return [
        str(crit.get("category") or "").strip() or str(crit.get("description") or "").strip()
        for rubric in package.get("CFRubrics") or []
        for crit in rubric.get("CFRubricCriteria") or []
        if len(crit.get("CFRubricCriterionLevels") or []) > 1
        and _keys(crit["CFRubricCriterionLevels"]) is None
    ]


def rubric_rows(package: dict) -> list[RubricRow]:
    """Every criterion level holding a description, lowest level first within its criterion.

    A criterion's levels are ranked by their ``score`` (a higher score is a higher level), else
    by ``position``, else by the numbers their names give them ("Level 1", "2 - Proficient"),
    else as listed (:func:`unranked` names those criteria).

    Examples
    --------
    >>> crit = {"category": "Teamwork", "CFRubricCriterionLevels": [
    ...     {"quality": "Strong", "score": 3, "description": "Leads the team."},
    ...     {"quality": "Basic", "score": 1, "description": "Joins in."}]}
    >>> [(r.level, r.text) for r in rubric_rows({"CFRubrics": [{"CFRubricCriteria": [crit]}]})]
    [('Basic', 'Joins in.'), ('Strong', 'Leads the team.')]
    """
    rows = []
    for rubric in package.get("CFRubrics") or []:
        for crit in rubric.get("CFRubricCriteria") or []:
            levels = [lv for lv in crit.get("CFRubricCriterionLevels") or []]
            keys = _keys(levels)
            order = sorted(range(len(levels)), key=lambda n: (keys[n] if keys else n, n))
            about = str(crit.get("description") or "").strip()
            name = str(crit.get("category") or "").strip() or about
            target = str((crit.get("CFItemURI") or {}).get("identifier") or "")
            for place, n in enumerate(order):
                text = str(levels[n].get("description") or "").strip()
                if not text:
                    continue
                quality = str(levels[n].get("quality") or "").strip()
                rows.append(
                    RubricRow(
                        target,
                        name,
                        about,
                        quality or f"Level {place + 1}",
                        place / max(len(order) - 1, 1),
                        text,
                    )
                )
    return rows


def level_order(rows: list[RubricRow]) -> list[str]:
    """The rubrics' level names, lowest first: by their mean place over the criteria using them.

    Examples
    --------
    >>> rows = [RubricRow("", "c", "", "High", 1.0, "x"), RubricRow("", "c", "", "Low", 0.0, "y")]
    >>> level_order(rows)
    ['Low', 'High']
    """
    places: dict[str, list[float]] = {}
    first: dict[str, int] = {}
    for n, row in enumerate(rows):
        key = row.level.casefold()
        places.setdefault(key, []).append(row.place)
        first.setdefault(key, n)
    names: dict[str, Any] = {}
    for row in rows:
        names.setdefault(row.level.casefold(), row.level)
    ranked = sorted(places, key=lambda k: (sum(places[k]) / len(places[k]), first[k]))
    return [names[k] for k in ranked]
