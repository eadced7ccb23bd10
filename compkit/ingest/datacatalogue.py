"""A data file listing competency names only: said for what it is when it is refused.

A JSON or YAML file may keep a framework's list of competencies and nothing else: names under
their groups (``Core Technical: [Computer Hardware, OS Basics, ...]``) or one list of names.
It holds no statement and no level, so there is nothing to ingest; the refusal said only what
shapes were expected. :func:`names_only` says what the file holds instead: how many names, in
which groups, and what a framework needs besides. Two more such files are said for what they
are (round 30): a tree of named objects down to lists of names (Karmayogi Bharat's competency
areas over themes over sub-themes, ``[{"name": "Behavioural", "competency_theme": [{"name":
"Self-Awareness", "competency_sub_theme": [...]}]}]``), and a list of competencies each with
a name and one description, perhaps with the level each role or grade requires beside it
(``"exp": {"C1": 1, "C2": 2}``: role profiles), as a sheet's library is said
(:mod:`.catalogue`).
"""

from __future__ import annotations

import re

from .._words import some
from .blocks import clean

__all__ = ["names_only"]


def _names(value) -> list[str] | None:
    """The names of a list of short strings (a name each), or None."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        return None
    names = [clean(v) for v in value if clean(v)]
    bare = [re.sub(r"\([^)]*\)", "", n) for n in names]  # "Digital Tools (MS Office, Excel)"
    if not names or any(len(n.split()) > 8 or re.search(r"[.;:!?]$", n) for n in bare):
        return None
    return names


_NAME = ("name", "title", "label")
_ABOUT = ("description", "desc", "summary", "definition")


def _tree(value) -> list[list[str]] | None:
    """The names at each depth of named objects over lists of names (a list at the bottom)."""
    if (names := _names(value)) is not None:
        return [names]
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return None
    depths: list[list[str]] = [[]]
    for node in value:
        key = next((k for k in _NAME if isinstance(node.get(k), str) and clean(node[k])), None)
        lists = [k for k, v in node.items() if isinstance(v, list)]
        if (
            key is None
            or len(lists) != 1
            or len(node) != 2
            or (below := _tree(node[lists[0]])) is None
        ):
            return None
        depths[0].append(clean(node[key]))
        depths += [[] for _ in range(len(below) + 1 - len(depths))]
        for i, names in enumerate(below, 1):
            depths[i] += names
    return depths


def _described(data) -> str | None:
    """What a list of competencies holds when each has a name and one description, or None."""
    if not isinstance(data, list) or len(data) < 2 or not all(isinstance(r, dict) for r in data):
        return None
    name = next((k for k in _NAME if all(isinstance(r.get(k), str) for r in data)), None)
    about = next((k for k in _ABOUT if all(isinstance(r.get(k), str) for r in data)), None)
    if name is None or about is None:
        return None
    names = [clean(r[name]) for r in data]
    if len(set(names)) < max(2, 0.8 * len(names)):  # a library names its competencies apart
        return None
    needs = [  # {"C1": 1, "C4-S": 4}: the level each role or grade requires
        k
        for k, v in data[0].items()
        if isinstance(v, dict)
        and v
        and all(isinstance(r.get(k), dict) for r in data)
        and all(isinstance(n, int | float) for r in data for n in r[k].values())
    ]
    roles = (
        f", and the level each of {some(data[0][needs[0]])} requires under {needs[0]!r} (role "
        "profiles)"
        if needs
        else ""
    )
    return (
        f"a list of {len(names)} competencies ({some(names)}), each with one description "
        f"({about!r}){roles}, and no behaviours, statements or levels: a competency or skills "
        "library, not a framework of statements. Give each competency its statements by level "
        "(as records of competency, level and statement, or under level keys)"
    )


def names_only(data) -> str | None:
    """Why a data file is no framework when it lists names only, or None.

    Parameters
    ----------
    data : dict or list
        The parsed JSON or YAML, in which no framework was found.

    Returns
    -------
    str or None
        What the file holds (its names, and their groups) and what a framework needs.

    Examples
    --------
    >>> print(names_only({"Core": ["Mentoring", "Problem Solving"], "Technical": ["Fonts"]}))
    ... # doctest: +NORMALIZE_WHITESPACE
    a list of 3 competency names in 2 groups ('Core', 'Technical'), and no statements or
    levels: a list of competencies, not a framework of statements. Give each competency its
    statements by level (as records of competency, level and statement, or under level keys)
    >>> names_only({"Core": ["Mentoring"], "notes": "Kept in Notion."}) is None
    True
    """
    if (depths := _tree(data)) is not None and len(depths) > 2:  # areas over themes over names
        over = " under ".join(f"{len(d)} ({some(d)})" for d in reversed(depths[:-1]))
        names, groups = depths[-1], []
        return (
            f"a tree of {len(names)} competency names ({some(names)}) in groups under groups: "
            f"{over}, and no statements or levels: a list of competencies, not a framework of "
            "statements. Give each competency its statements by level (as records of "
            "competency, level and statement, or under level keys)"
        )
    if isinstance(data, list) and (depths := _tree(data)) is not None and len(depths) == 2:
        names, groups = depths[1], depths[0]
    elif (said := _described(data)) is not None:
        return said
    elif isinstance(data, list):
        names, groups = _names(data), []
    elif isinstance(data, dict) and data:
        lists = {k: _names(v) for k, v in data.items()}
        if any(v is None for v in lists.values()):
            return None
        names, groups = [n for v in lists.values() for n in v], [str(k) for k in lists]
    else:
        return None
    if not names or len(names) < 2:
        return None
    where = f" in {len(groups)} groups ({some(groups)})" if len(groups) > 1 else ""
    return (
        f"a list of {len(names)} competency names{where}, and no statements or levels: a "
        "list of competencies, not a framework of statements. Give each competency its "
        "statements by level (as records of competency, level and statement, or under level "
        "keys)"
    )
