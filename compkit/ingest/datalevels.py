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
from .datasides import side_items
from .levelnames import level_score

__all__ = [
    "items",
    "level_cells",
    "level_numbers",
    "level_object",
    "level_order",
    "numbered_items",
    "said_levels",
    "sentence_lists",
    "word_levels",
]

#: A level key of a competency: "level1", "Level_2", "level 3", "L4", "grade5", "band 6".
_LEVEL_N = re.compile(r"^(?:level|grade|band|tier|l)[ _-]?(\d{1,2})$", re.I)

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


#: The key of a statement kept as an object ({"text": "...", "id": "sr_1_1"})
_ITEM = re.compile(
    r"^(?:text|statement|indicator|criterion|behaviou?r|condition|descriptor)$", re.I
)


#: The keys of a level's object that hold its text in parts ({"summary": ..., "detail": ...})
_PART = re.compile(r"^(?:summary|details?|description|text|statement|explanation)$", re.I)


def items(value) -> list[tuple[str, tuple]]:
    """(text, path within ``value``) of a level's statements: a line, lines, or objects.

    Each object of a list holds its statement under a key such as ``text`` (its id beside it
    stays unread, and is reported so); anything else in the list: none at all.

    Examples
    --------
    >>> items(["Ships.", "", {"text": "Leads.", "id": "a1"}])
    [('Ships.', (0,)), ('Leads.', (2, 'text'))]
    >>> items([{"score": 3}])
    []

    A level written as an object of text parts only (``{"summary": ..., "detail": ...}``, as
    a spreadsheet cell shows them one under the other) holds a statement per part written:

    >>> items({"summary": "Builds rapport.", "detail": ""})
    [('Builds rapport.', ('summary',))]
    """
    if isinstance(value, str):
        return [(value, ())] if clean(value) else []
    if (sided := side_items(value)) is not None:  # [{"effective": ..., "ineffective": ...}]
        return sided
    if (
        isinstance(value, dict)
        and value
        and all(
            isinstance(k, str) and _PART.match(k) and isinstance(v, str) for k, v in value.items()
        )
    ):
        return [(v, (k,)) for k, v in value.items() if clean(v)]
    if not isinstance(value, list):
        return []
    out = []
    for j, v in enumerate(value):
        key = (
            next((k for k in v if isinstance(k, str) and _ITEM.match(k)), None)
            if isinstance(v, dict)
            else None
        )
        if isinstance(v, str):
            out.append((v, (j,)))
        elif key is not None and isinstance(v[key], str):
            out.append((v[key], (j, key)))
        else:
            return []
    return [(t, sub) for t, sub in out if clean(t)]


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
            and (items(v) if isinstance(v, list) else isinstance(v, str) and k not in _ABOUT)
        ),
        None,
    )
    lists = [k for k, v in cell.items() if k not in _NAME and isinstance(v, list) and items(v)]
    if says is None and len(lists) == 1 and isinstance(lists[0], str):
        says = lists[0]  # {"name": "Assists", "conditions": [...]}: its one list of lines
    if says is None:
        return None
    name = next((n for n in _NAME if isinstance(cell.get(n), str) and clean(cell[n])), None)
    return name, says


#: Keys of a level's lists that say something of it, never its statements
_ASIDE = re.compile(
    r"^(?:titles?|job[ _-]?titles?|roles?|tags?|ids?|examples?|notes?|comments?|links?|urls?"
    r"|sources?|references?|tools?|technologies|keywords?|skills?[ _-]?ids?)$",
    re.IGNORECASE,
)


def sentence_lists(record) -> list[str]:
    """The keys of a level's record holding a list of sentences each, in the record's order.

    A level may keep its statements in several lists (``"coreCompetencies": [...]``,
    ``"indicators": [...]``); lists saying something of the level instead (job titles, tools,
    examples, tags) are none of them, nor a list of names (a word or so each: "Python", "SQL").

    Examples
    --------
    >>> sentence_lists({"name": "L1", "knowledge": ["Knows Git."], "skills": ["Merges a branch."],
    ...                 "tools": ["Git"], "examples": ["A merge."], "stack": ["Go", "SQL"]})
    ['knowledge', 'skills']
    """
    if not isinstance(record, dict):
        return []
    return [
        k
        for k, v in record.items()
        if isinstance(k, str)
        and not _ASIDE.match(k)
        and isinstance(v, list)
        and (said := items(v))
        and sum(len(clean(t).split()) for t, _ in said) >= 2 * len(said)  # not names alone
    ]


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


def said_levels(spots: list[tuple], holder: dict | None = None) -> str:
    """Where a competency keeps its statements by level, in the data's keys.

    ``holder``, a competency's object, tells a list from an object keyed by numbers
    (``"behavioral_indicators": {1: [...], 2: [...]}``, as YAML writes them).
    """
    down = holder.get(spots[0][0]) if isinstance(holder, dict) else None
    container = re.fullmatch(r"levels?", str(spots[0][0]), re.I) or _SAYS.fullmatch(
        _snake(str(spots[0][0]))
    )
    if not container and isinstance(down, dict) and level_cells(down, deeper=False):  # "human"
        said = said_levels([spot[1:] for spot in spots], down)
        return f"{said} in its {spots[0][0]!r} object"
    keys = list(dict.fromkeys(spot[-1] for spot in spots))
    if all(re.fullmatch(r"\d+", str(k)) for k in keys):  # e-CF's "4", "5", "3": by number
        keys.sort(key=int)
    if len(spots[0]) == 3 and isinstance(spots[0][1], int):  # [{"name": ..., "conditions": ...}]
        return f"in a {spots[0][0]!r} list, each level an object naming it, the first lowest"
    if len(spots[0]) == 3:  # "levels": {"1": {"name": "Learning", "description": [...]}}
        named = list(dict.fromkeys(spot[1] for spot in spots))
        span = f"{named[0]!r} ... {named[-1]!r}"
        return f"in a {spots[0][0]!r} object keyed {span}, each level named in its own object"
    listed = holder is None or isinstance(holder.get(spots[0][0]), list)
    if all(isinstance(k, int) for k in keys) and listed:
        return f"in a {spots[0][0]!r} list, a level each, Level 1 first"
    inside = f"in a {spots[0][0]!r} object " if len(spots[0]) == 2 else ""
    span = f"{keys[0]!r} ... {keys[-1]!r}" if len(keys) > 2 else " and ".join(map(repr, keys))
    return f"{inside}under level keys ({span})"


def level_order(rank: dict[str, float | None]) -> list[str]:
    """The levels by their numbers, lowest first; none if one level has no number."""
    if rank and all(r is not None for r in rank.values()):
        return sorted(rank, key=rank.__getitem__)
    return []


#: A level's own number beside its name: "levelNumber", "level_no", "rank", "order", "position"
_NUMBER_KEY = re.compile(
    r"^(?:(?:level|grade|band|tier|stage)[ _-]?)?(?:number|num|no|rank|order|index|position)$", re.I
)


def level_numbers(records: list) -> tuple[str, list[float]] | None:
    """(key, numbers) of the one key giving every level's own number, all told apart, or None.

    tech-roles-library keeps each level as ``{"level": "L1 - Trainee", "levelNumber": 1, ...}``
    in an object keyed by codes, two of its roles with L1 written last: the number, not the
    data's order, is the level's place.

    Examples
    --------
    >>> level_numbers([{"levelNumber": 2}, {"levelNumber": 1}])
    ('levelNumber', [2, 1])
    >>> level_numbers([{"rank": 1}, {"rank": 1}]) is None  # not told apart
    True
    >>> level_numbers([{"order": 1}, {"order": True}]) is None  # a flag is no number
    True
    """
    dicts = [r for r in records if isinstance(r, dict)]
    if len(dicts) < 2 or len(dicts) != len(records):
        return None
    for key in dicts[0]:
        if not (isinstance(key, str) and _NUMBER_KEY.match(_snake(key))):
            continue
        numbers = [r.get(key) for r in dicts]
        if all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers) and len(
            set(numbers)
        ) == len(numbers):
            return key, numbers
    return None


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


def level_cells(obj: dict, *, deeper: bool = True) -> list[tuple[str, float | None, tuple, object]]:
    """(level, rank, path, statements) of a competency's level keys, or of its ``levels``.

    Level keys (``level1``, ``L3``), level words as keys (:func:`word_levels`), or a ``levels``
    list (Level 1 first; items of lines, or objects naming their level) or object (keyed by
    level; its cells lines or objects, :func:`level_object`), under a key saying what it holds
    ("behavioral_indicators", "proficiencyDescriptions"). With ``deeper``, found one object
    down when one of the competency's objects alone holds them (Forward Impact's
    ``"human": {"description": ..., "proficiencyDescriptions": {"awareness": ...}}``).

    Examples
    --------
    >>> craft = {"name": "Craft", "level1": "Tests.", "L2": "Leads."}
    >>> [(n, r) for n, r, _, _ in level_cells(craft)]
    [('Level 1', 1.0), ('Level 2', 2.0)]
    >>> levels = [{"name": "Assists", "conditions": ["Follows steps."]},
    ...           {"name": "Applies", "conditions": ["Works alone."]}]
    >>> [(n, spot) for n, _, spot, _ in level_cells({"levels": levels})]
    [('Assists', ('levels', 0, 'conditions')), ('Applies', ('levels', 1, 'conditions'))]
    """
    out = []
    for key, value in obj.items():
        m = _LEVEL_N.match(key) if isinstance(key, str) else None
        if m and items(value):
            out.append((f"Level {int(m.group(1))}", float(m.group(1)), (key,), value))
    if out:
        return out
    if words := word_levels(obj):
        return words
    for key, value in obj.items():
        named = isinstance(key, str) and re.fullmatch(r"levels?", key, re.I)
        if named and isinstance(value, list) and value and all(items(v) for v in value):
            return [(f"Level {n}", float(n), (key, n - 1), v) for n, v in enumerate(value, 1)]
        objects = [level_object(v) for v in value] if named and isinstance(value, list) else []
        if objects and all(objects):  # [{"name": "Assists", "conditions": [...]}, ...]
            return [
                (
                    clean(v[own[0]]) if own[0] else f"Level {n}",
                    float(n),
                    (key, n - 1, own[1]),
                    v[own[1]],
                )
                for n, (v, own) in enumerate(zip(value, objects, strict=True), 1)
            ]
        said = isinstance(key, str) and _SAYS.fullmatch(_snake(key))  # "behavioral_indicators"
        found = _keyed_cells(key, value) if isinstance(value, dict) and (named or said) else []
        if found and (named or _mostly_levels(found)) and not _DESCRIBED.search(str(key)):
            return found
    for key, value in obj.items():  # the levels' descriptions: statements when nothing else is
        said = isinstance(key, str) and _DESCRIBED.search(key) and _SAYS.fullmatch(_snake(key))
        found = _keyed_cells(key, value) if isinstance(value, dict) and said else []
        scale = found and _SCALE.match(_snake(key))  # "maturityDescriptions": keyed by its levels
        if found and (scale or _mostly_levels(found)):
            return found
    if deeper:  # one object down: {"human": {"description": ..., "proficiencyDescriptions": ...}}
        inner = [
            (k, cells)
            for k, v in obj.items()
            if isinstance(v, dict) and (cells := level_cells(v, deeper=False))
        ]
        if len(inner) == 1:
            key, cells = inner[0]
            return [(name, rank, (key, *spot), cell) for name, rank, spot, cell in cells]
    return out


#: A key of descriptions keyed by level ("level_descriptions", "proficiencyDescriptions")
_DESCRIBED = re.compile(r"descriptions$", re.I)
#: A key naming the scale its object is keyed by: "proficiency_descriptions", "maturityLevels"
_SCALE = re.compile(r"(?:proficiency|maturity|levels?|stages?|grades?|bands?)[ _-]", re.I)


def _snake(key: str) -> str:
    """A camelCase key's words apart: "proficiencyDescriptions", "proficiency_Descriptions"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key)


#: A key holding statements, perhaps qualified: "indicators", "behavioral_indicators"
_SAYS = re.compile(
    r"(?:[a-z]+[ _-])?(?:indicators?|behaviou?rs?|criteria|statements?|expectations?"
    r"|descriptions)",
    re.I,
)


def _mostly_levels(found: list) -> bool:
    """Whether the keys of a statements object read as levels: numbered, or most named so.

    One name no word list knows among level names ("Junior Engineer" ... "Staff Engineer")
    does not unmake the others.
    """
    known = sum(r is not None or level_score(n) > 0 for n, r, _, _ in found)
    return known == len(found) or (len(found) >= 3 and known >= len(found) - 1)


def _keyed_cells(key, value: dict) -> list[tuple[str, float | None, tuple, object]]:
    """A ``levels`` object's cells keyed by level (``"3"``, ``"Level 3"``), or [] if one fails."""
    out = []
    for level, cell in value.items():
        text = clean(str(level)) if isinstance(level, str | int) else ""
        inner = level_object(cell)  # {"name": "Learning", "description": [...]}
        if not text or not (items(cell) or inner):
            return []
        m = _LEVEL_N.match(text) or re.fullmatch(r"(\d{1,2})", text)
        name = f"Level {int(m.group(1))}" if m else text
        spot = (key, level)
        if inner:
            name = clean(cell[inner[0]]) if inner[0] else name
            spot, cell = (key, level, inner[1]), cell[inner[1]]
        out.append((name, float(m.group(1)) if m else None, spot, cell))
    return out
