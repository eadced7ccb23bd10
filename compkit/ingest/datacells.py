"""A data file's words on each level of a competency, and one group over all its competencies.

Two things a skills matrix kept as YAML or JSON (data-skills-matrix: a file per category,
``category: {id, name}`` beside ``skills: [...]``) holds beside its statements:

- *A competency's own words for each level*: ``level_descriptions: {0: "No knowledge of
  SQL", 1: "Can write basic SELECT queries", ...}`` beside ``behavioral_indicators: {1: [...],
  ...}``. Each is kept in the competency's description, a paragraph per level after its own
  description, opening with the level's name ("Level 1: Can write basic SELECT queries"), the
  text word for word, as a long sheet's "Proficiency Description" column is kept
  (:mod:`.longcells`) (:func:`level_descriptions`). So is a level object's own line beside its
  list of statements (``"levels": [{"proficiency": "Adapts one's work to a situation.",
  "behaviors": [...]}]``, a competency dictionary's headline of each level)
  (:func:`level_headlines`).
- *One group over the list*: a ``category`` (``group``, ``cluster``, ``domain`` ...) beside the
  list of competencies, as an object with a name or as a name, is the group of every
  competency in the list that has none (:func:`one_group`).
"""

from __future__ import annotations

import re

from .blocks import Label, Region, clean

__all__ = ["dotted", "level_descriptions", "level_headlines", "level_keys", "one_group"]

#: A key holding a competency's words per level: "level_descriptions", "levelDefinitions"
_PER_LEVEL = re.compile(
    r"^(?:proficiency[ _-]?)?levels?[ _-]?(?:descriptions?|definitions?|descriptors?|summary"
    r"|summaries)$",
    re.I,
)
_LEVEL_N = re.compile(r"^(?:level[ _-]?)?(\d{1,2})$", re.I)
_GROUP = re.compile(r"^(?:group|category|cluster|domain|family|pillar|area)$", re.I)
_NAME = ("name", "title", "label")


def level_descriptions(obj: dict, levels: dict[str, str]) -> list[tuple[str, tuple, str]]:
    """(key, level's name, text) of a competency's words per level, or [] if it has none.

    Parameters
    ----------
    obj : dict
        The competency's object.
    levels : dict
        The data's level keys as text (``"1"``) mapped to the levels' names read from the
        statements (``"Level 1"``); a key not among them is named as its statements' would be.

    Examples
    --------
    >>> skill = {"name": "SQL", "level_descriptions": {0: "No knowledge of SQL.",
    ...          1: "Writes basic SELECT queries."}}
    >>> level_descriptions(skill, {"1": "Level 1"})
    [(('level_descriptions', 0), 'Level 0', 'No knowledge of SQL.'), \
(('level_descriptions', 1), 'Level 1', 'Writes basic SELECT queries.')]
    """
    for key, value in obj.items():
        if not (isinstance(key, str) and _PER_LEVEL.match(key) and isinstance(value, dict)):
            continue
        out = []
        for level, text in value.items():
            said = clean(str(level)) if isinstance(level, str | int) else ""
            if not said or not isinstance(text, str) or not clean(text):
                return []
            m = _LEVEL_N.match(said)
            name = levels.get(said) or (f"Level {int(m.group(1))}" if m else said)
            out.append(((key, level), name, text))
        return out
    return []


#: A level object's own line on the competency there: "proficiency", "summary", "descriptor"
_HEADLINE = re.compile(
    r"^(?:proficiency|description|summary|definition|descriptor|overview|headline)"
    r"(?:[ _-]?(?:description|summary|statement|level))?$",
    re.I,
)


def level_headlines(obj: dict, found: list, says) -> list[tuple[tuple, str, str]]:
    """(path, level's name, text) of each level object's one line beside its statements.

    ``found`` holds the competency's levels as :func:`~.datalevels.level_cells` finds them;
    ``says`` gives a level object's (name key, statements key) (:func:`~.datalevels.level_object`).
    A line under a key naming the level's words (``proficiency``, ``summary``), never the key
    its statements stand under, is the competency's words at that level.

    Examples
    --------
    >>> from compkit.ingest.datalevels import level_object
    >>> obj = {"levels": [{"proficiency": "Adapts to change.", "behaviors": ["Accepts it."]}]}
    >>> level_headlines(obj, [("Level 1", 1, ("levels", 0, "behaviors"), None)], level_object)
    [(('levels', 0, 'proficiency'), 'Level 1', 'Adapts to change.')]
    """
    out = []
    for level, _, spot, _ in found:
        record = obj[spot[0]][spot[1]] if len(spot) == 3 else None
        if not isinstance(record, dict) or not (own := says(record)):
            continue
        out += [
            ((spot[0], spot[1], key), level, text)
            for key, text in record.items()
            if key not in own and isinstance(key, str) and _HEADLINE.match(key)
            and isinstance(text, str) and clean(text)
        ]  # fmt: skip
    return out


def dotted(path: tuple) -> str:
    """A path into the data as a key: ``("skills", 0, "L1")`` -> ``"skills.0.L1"``."""
    return ".".join(map(str, path))


def level_keys(obj: dict, found: list) -> dict[str, str]:
    """The data's level keys as text ("1", "level1") mapped to the levels' names."""
    return {
        clean(str(spot[1] if len(spot) > 1 else spot[0])): level
        for level, _, spot, _ in found
        if len(spot) == 1 or isinstance(obj.get(spot[0]), dict)
    }


def one_group(data, path: tuple, regions: list[Region], where, used: set) -> list[Region]:
    """The regions under one group named beside their list (``category: {name: ...}``).

    ``path`` is where the list of competencies stands in ``data``; the group is read from a
    key beside it only when no region has a group of its own.
    """
    if len(path) != 1 or not isinstance(data, dict):
        return regions
    if any(lb.slot == "data: group" for r in regions for lb in r.labels):
        return regions
    for key, value in data.items():
        if not (isinstance(key, str) and _GROUP.match(key)):
            continue
        spot = (key,)
        if isinstance(value, dict):
            name_key = next((n for n in _NAME if isinstance(value.get(n), str)), None)
            spot, value = ((key, name_key), value[name_key]) if name_key else (spot, None)
        if not isinstance(value, str) or not clean(value):
            continue
        used.add(spot)
        label = Label(clean(value), "data: group", tuple(where(spot).items()))
        levelled = [any(lb.slot == "data: level" for lb in r.labels) for r in regions]
        return [  # over the statements, as a competency's own group stands (a description: none)
            Region((label, *r.labels), r.paras, r.in_table, r.source, r.pair) if lv else r
            for r, lv in zip(regions, levelled, strict=True)
        ]
    return regions
