"""The fields of a data file's records: which key names a level, a competency, a group or text.

Shared by the readers of data files (:mod:`.datarecords`, :mod:`.dataunnamed`): the patterns of
the keys that say what a record's value is (``level``/``grade``, ``competency``/``skill``,
``group``/``category``, ``description``/``criteria``), a value read as text, a list of lines,
an object's own name, and every object and list of the data, outermost first.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = [
    "AREA",
    "COMP",
    "GROUP",
    "LEVEL",
    "LIST_OF",
    "NAME",
    "OR_ID",
    "TEXT",
    "field",
    "name_key",
    "nodes",
    "scalar",
    "texts",
]

NAME = ("name", "title", "label")
OR_ID = r"(?:[ _-]?(?:name|id))?$"  # "skill_name", "theme id"
LEVEL = re.compile(r"^(?:level|grade|band|tier|stage|milestone|rank)" + OR_ID, re.I)
COMP = re.compile(
    r"^(?:competency|competence|skill|theme|area|topic|capability|dimension)" + OR_ID, re.I
)
#: A key over a list of competencies, which may then hold one: "skills", "competencies"
LIST_OF = re.compile(r"^(?:competenc(?:y|ies|es?)|skills?|capabilit(?:y|ies))$", re.I)
GROUP = re.compile(r"^(?:group|category|cluster|domain|family|pillar|track)" + OR_ID, re.I)
AREA = re.compile(r"^area" + OR_ID, re.I)  # a named competency's group (its name is its own)
TEXT = re.compile(
    r"^(?:description|text|indicators?|criteria|criterion|behaviou?rs?|statements?|summary"
    r"|descriptors?|expectations?)$",
    re.I,
)


def nodes(node, path: tuple, depth: int = 0):
    """Every list and object in the data, outermost first (three levels deep at most)."""
    if isinstance(node, dict | list):
        yield path, node
    if depth >= 3:
        return
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, child in children:
        if isinstance(child, dict | list):
            yield from nodes(child, (*path, key), depth + 1)


def scalar(value) -> str | None:
    """A value read as text: a string or number, cleaned; None for anything else or blank.

    Examples
    --------
    >>> scalar(3), scalar(" Testing "), scalar(True), scalar(["a"])
    ('3', 'Testing', None, None)
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return clean(str(value)) or None


def field(record: dict, pattern: re.Pattern, *, text: bool = False) -> str | None:
    """The first key of ``record`` matching ``pattern`` with a value (text: a line or lines).

    Examples
    --------
    >>> field({"skill": "Testing", "level": 2}, LEVEL)
    'level'
    >>> field({"criteria": ["Writes tests."]}, TEXT, text=True)
    'criteria'
    """
    for key, value in record.items():
        if not isinstance(key, str) or not pattern.match(key):
            continue
        if text and (texts(value) if not isinstance(value, str) else clean(value)):
            return key
        if not text and scalar(value):
            return key
    return None


def texts(value) -> list[str]:
    """A value's lines: a string, or a list of strings (the blank ones left out).

    Examples
    --------
    >>> texts(["Ships.", " "]), texts({"a": 1})
    (['Ships.'], [])
    """
    if isinstance(value, str):
        return [value] if clean(value) else []
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [v for v in value if clean(v)]
    return []


def name_key(obj: dict) -> str | None:
    """The key of an object's own name ("name", "title", "label"), if it has one.

    Examples
    --------
    >>> name_key({"title": "Delivering at Pace", "level1": []})
    'title'
    """
    return next((n for n in NAME if isinstance(obj.get(n), str) and clean(obj[n])), None)
