"""A data file's levels written other than as level keys: an object per level, or level words.

:mod:`.datarecords` reads a competency's statements under level keys (``level1``, ``L3``) or in
a ``levels`` object or list. Two more ways data files keep them:

- *A level as an object*: ``"levels": {"1": {"name": "Learning", "description": ["...", "..."]}}``
  -- the level's own name beside its statements, a list under a statement or description key
  (a list of lines is statements, not one description) (:func:`level_object`).
- *Level words as keys*: ``{"name": "React", "basic": "...", "low": "...", "expert": "..."}``
  -- three or more one-word keys holding prose, two of them at least words levels are named by,
  none a record's own field (:func:`word_levels`).

Also here: how the report says where the levels were found (:func:`said_levels`), their order
by number, and a level's statement written as a numbered list (:func:`numbered_items`).
"""

from __future__ import annotations

import re

from .blocks import clean
from .levelnames import level_score

__all__ = ["level_object", "level_order", "numbered_items", "said_levels", "word_levels"]

_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")

_NAME = ("name", "title", "label")
_ABOUT = ("description", "summary", "definition")
_TEXT = re.compile(
    r"^(?:description|text|indicators?|criteria|criterion|behaviou?rs?|statements?|summary"
    r"|descriptors?|expectations?)$",
    re.I,
)
#: Keys naming a record's level, competency or group: never a level word's statements
_FIELD = re.compile(
    r"^(?:level|grade|band|tier|stage|milestone|rank|competency|competence|skill|theme|area|"
    r"topic|capability|dimension|group|category|cluster|domain|family|pillar|track)"
    r"(?:[ _-]?(?:name|id))?$",
    re.IGNORECASE,
)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value] if clean(value) else []
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [v for v in value if clean(v)]
    return []


def level_object(cell) -> tuple[str | None, str] | None:
    """(name key, statements key) of a level written as an object, or None.

    ``{"name": "Learning", "description": ["Completes tasks ...", "Follows ..."]}``: a level
    named by its own ``name`` and holding its statements as a list under a statement or
    description key (a list of lines is statements, not one description; a lone string is
    statements only under a statement key, "criteria", not "description").

    Examples
    --------
    >>> level_object({"name": "Learning", "description": ["Ships tasks.", "Asks for help."]})
    ('name', 'description')
    >>> level_object({"description": "A level for people new to the work."}) is None
    True
    """
    if not isinstance(cell, dict):
        return None
    says = next(
        (
            k
            for k, v in cell.items()
            if isinstance(k, str)
            and (_TEXT.match(k) or k in _ABOUT)
            and (_texts(v) if isinstance(v, list) else isinstance(v, str) and k not in _ABOUT)
        ),
        None,
    )
    if says is None:
        return None
    name = next((n for n in _NAME if isinstance(cell.get(n), str) and clean(cell[n])), None)
    return name, says


#: Keys of a record that say what it is, never a level's statements
_NOT_LEVEL = re.compile(
    r"^(?:names?|titles?|labels?|ids?|uuid|guid|keys?|codes?|descriptions?|summary|definition|"
    r"notes?|comments?|examples?|urls?|links?|sources?|types?|kind|status|version)$",
    re.IGNORECASE,
)


def word_levels(obj: dict) -> list[tuple[str, float, tuple, object]]:
    """A competency's statements under keys naming its levels in words, in the keys' order.

    ``{"name": "React", "basic": "Understands JSX ...", "low": ..., "expert": ...}``: three
    or more one-word keys holding prose, two of them at least words a level is named by
    ("basic", "expert"), none a record's own field ("id", "notes", "example"), are the levels,
    ranked as the keys run.

    Examples
    --------
    >>> obj = {"name": "Git", "basic": "Uses clone and commit.",
    ...        "low": "Creates and merges branches.", "expert": "Designs the branching model."}
    >>> [(name, rank) for name, rank, _, _ in word_levels(obj)]
    [('basic', 1.0), ('low', 2.0), ('expert', 3.0)]
    >>> word_levels({"name": "Git", "summary": "A tool.", "example": "Commits.", "notes": "."})
    []
    """
    keys = [
        k
        for k, v in obj.items()
        if isinstance(k, str)
        and re.fullmatch(r"[A-Za-z]+", k)
        and not (_NOT_LEVEL.match(k) or _FIELD.match(k))
        and isinstance(v, str)
        and len(clean(v).split()) >= 3
    ]
    if len(keys) < 3 or sum(level_score(k) > 0 for k in keys) < 2:
        return []
    return [(k, float(n), (k,), obj[k]) for n, k in enumerate(keys, 1)]


def said_levels(spots: list[tuple]) -> str:
    """Where a competency keeps its statements by level, in the data's keys."""
    keys = list(dict.fromkeys(spot[-1] for spot in spots))
    if all(re.fullmatch(r"\d+", str(k)) for k in keys):  # e-CF's "4", "5", "3": by number
        keys.sort(key=int)
    if len(spots[0]) == 3:  # "levels": {"1": {"name": "Learning", "description": [...]}}
        named = list(dict.fromkeys(spot[1] for spot in spots))
        span = f"{named[0]!r} ... {named[-1]!r}"
        return f"in a {spots[0][0]!r} object keyed {span}, each level named in its own object"
    if all(isinstance(k, int) for k in keys):
        return f"in a {spots[0][0]!r} list, a level each, Level 1 first"
    inside = f"in a {spots[0][0]!r} object " if len(spots[0]) == 2 else ""
    span = f"{keys[0]!r} ... {keys[-1]!r}" if len(keys) > 2 else " and ".join(map(repr, keys))
    return f"{inside}under level keys ({span})"


def level_order(rank: dict[str, float | None]) -> list[str]:
    """The levels by their numbers, lowest first; none if one level has no number."""
    if rank and all(r is not None for r in rank.values()):
        return sorted(rank, key=rank.__getitem__)
    return []


def numbered_items(text: str) -> list[tuple[int | None, str]]:
    """The items of a statement written as a list numbered 1, 2, 3 ..., or the statement."""
    items: list[list] = []
    for line in text.strip().split("\n"):
        m = _NUMBERED.match(line)
        if m and int(m.group(1)) == len(items) + 1:
            items.append([int(m.group(1)), m.group(2)])
        elif items and line.strip():
            items[-1][1] += " " + line.strip()
        elif line.strip():
            return [(None, text)]
    return [(n, t) for n, t in items] if len(items) >= 2 else [(None, text)]
