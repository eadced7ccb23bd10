"""A data file listing competency names only: said for what it is when it is refused.

A JSON or YAML file may keep a framework's list of competencies and nothing else: names under
their groups (``Core Technical: [Computer Hardware, OS Basics, ...]``) or one list of names.
It holds no statement and no level, so there is nothing to ingest; the refusal said only what
shapes were expected. :func:`names_only` says what the file holds instead: how many names, in
which groups, and what a framework needs besides.
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
    if not names or any(len(n.split()) > 8 or re.search(r"[.;:!?]$", n) for n in names):
        return None
    return names


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
    if isinstance(data, list):
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
