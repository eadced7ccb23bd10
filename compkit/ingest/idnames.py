"""Ids for the names a draft declares: levels, competencies, groups, values, roles.

An id is a name's lower-case Latin words (:func:`compkit.ingest.blocks.slug`), made unique by a
number ("team-lead", "team-lead-2"). Ids allow lower-case Latin letters, digits, ".", "_" and
"-" only (``docs/format.md``), and no library that spells another script in Latin letters is
installed, so a name with no Latin letter or digit (初級, 上級; Русский) is its kind and its
place among its kind: the first and second levels are ``level-1`` and ``level-2``, stable while
their order stands (they were ``level`` and ``level-2``, the second's number only a tie-break).
"""

from __future__ import annotations

from .blocks import slug

__all__ = ["unique_ids"]


def unique_ids(names: dict[str, str], fallback: str) -> dict[str, str]:
    """Each key's id from its name, unique; a name with no Latin letter is ``fallback-<place>``.

    Parameters
    ----------
    names : dict of str to str
        Key to name, in the order the kind is declared (levels by rank).
    fallback : str
        The kind's word ("level", "c", "group").

    Examples
    --------
    >>> unique_ids({"a": "初級", "b": "上級"}, "level")
    {'a': 'level-1', 'b': 'level-2'}
    >>> unique_ids({"a": "Team lead", "b": "Team Lead", "c": "営業"}, "role")
    {'a': 'team-lead', 'b': 'team-lead-2', 'c': 'role-3'}
    """
    out: dict[str, str] = {}
    for place, (key, name) in enumerate(names.items(), start=1):
        base = slug(name, fallback="") or f"{fallback}-{place}"
        ident, n = base, 2
        while ident in out.values():
            ident, n = f"{base}-{n}", n + 1
        out[key] = ident
    return out
