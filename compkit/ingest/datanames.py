"""A data file's objects sharing a name at the same levels, told apart by a key they carry.

A skills matrix kept as data may list one skill per job position, each with its own statements
(``{"name": "React", "positionId": 1, "basic": ...}``, then ``{"name": "React", "positionId":
2, "basic": ...}``: sakthi-2005's Skill-Matrix holds five). Read by name alone, their
statements fell into one competency, five at every level. Objects sharing a name whose levels
do not overlap are one competency written in parts, and stay one. Objects sharing a name that
define the same level twice are different competencies: when a key not otherwise read sorts
the objects (its values shared by several objects, unlike an ``id``) and tells every such pair
apart, each of them is named with its value ("React (position 2)") and, when the objects have
no groups of their own, every object stands in a group per value ("Position 2"). With no such
key they are still read into one competency, and the report says which levels clash.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .._words import plural, some
from .blocks import clean

__all__ = ["Apart", "tell_apart"]


@dataclass
class Apart:
    """How a list's objects sharing a name are read: their names, groups and the report's note.

    ``names`` maps an object's key in the list to its name told apart, ``groups`` to the group
    it stands in (both empty when nothing is told apart), ``key`` is the data's key used.
    """

    names: dict = field(default_factory=dict)
    groups: dict = field(default_factory=dict)
    key: str | None = None
    note: tuple | None = None


def _words(key: str) -> str:
    """A data key as words: ``positionId`` -> ``position``, ``job_family`` -> ``job family``."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    words = re.sub(r"\s+(?:id|no|number|code)$", "", words.strip(), flags=re.I)
    return words.lower()


def _shown(key: str, value) -> tuple[str, str]:
    """(qualifier, group name) of a value: ``position 2`` / ``Position 2``, or a role's name."""
    text = clean(str(value))
    if re.search(r"[A-Za-z]{2}", text):
        return text, text
    words = f"{_words(key)} {text}"
    return words, words[:1].upper() + words[1:]


def _sorting_keys(objects: list[dict], clashes: list[list[int]], skip: set[str]) -> list[str]:
    """Keys every clashing object holds as a scalar, telling each clash apart, shared by some."""
    out = []
    for key in objects[clashes[0][0]]:
        if not isinstance(key, str) or key in skip or not _words(key):
            continue
        values = [objects[i].get(key) for i in range(len(objects))]
        if any(
            isinstance(values[i], bool) or not isinstance(values[i], str | int)
            for c in clashes
            for i in c
        ):
            continue
        if any(len({clean(str(values[i])) for i in c}) < len(c) for c in clashes):
            continue
        counts = Counter(clean(str(v)) for v in values if isinstance(v, str | int))
        if max(counts.values()) >= 2:  # a category, not an identifier
            out.append(key)
    return out


def tell_apart(entries: list[tuple], objects: dict, *, grouped: bool) -> Apart:
    """Name apart the objects sharing a name that define a level twice, by a key they carry.

    Parameters
    ----------
    entries : list of tuple
        ``(key in the list, name, levels found)`` of each object read, as
        :func:`.datarecords._keyed` finds them (a level found is ``(name, rank, spot, value)``).
    objects : dict
        The objects by their key in the list.
    grouped : bool
        Whether the objects stand in groups of their own (then no group is added).

    Returns
    -------
    Apart
        The names and groups told apart, and the report's note (None when no name is shared).

    Examples
    --------
    >>> objs = {0: {"name": "Git", "pos": 1}, 1: {"name": "Git", "pos": 2},
    ...         2: {"name": "SQL", "pos": 1}}
    >>> found = [("basic", 1.0, ("basic",), "x")]
    >>> apart = tell_apart([(0, "Git", found), (1, "Git", found), (2, "SQL", found)], objs,
    ...                    grouped=False)
    >>> apart.names, apart.groups
    ({0: 'Git (pos 1)', 1: 'Git (pos 2)'}, {0: 'Pos 1', 1: 'Pos 2', 2: 'Pos 1'})
    """
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, (_, name, _) in enumerate(entries):
        by_name[clean(name).casefold()].append(i)
    shared = {n: ix for n, ix in by_name.items() if len(ix) > 1}
    if not shared:
        return Apart()
    clashes, levels_twice = [], {}
    for ix in shared.values():
        levels = Counter(lv for i in ix for lv in dict.fromkeys(f[0] for f in entries[i][2]))
        if twice := [lv for lv, n in levels.items() if n > 1]:
            clashes.append(ix)
            levels_twice.update(dict.fromkeys(twice))
    names = [f"{entries[ix[0]][1]!r} ×{len(ix)}" for ix in shared.values()]
    head = (
        f"{plural(len(shared), 'name')} given to more than one object ({some(names, quote=False)})"
    )
    if not clashes:
        said = f"{head}: their levels apart, each name's statements read into one competency"
        return Apart(note=("guess", said, 0.6))
    listed = [objects[k] for k, _, _ in entries]
    skip = {"name", "title", "label"} | {
        spot[0] for _, _, found in entries for _, _, spot, _ in found
    }
    keys = _sorting_keys(listed, clashes, skip)
    clash_levels = some(list(levels_twice), shown=3)
    which = "" if len(clashes) == len(shared) else f"{plural(len(clashes), 'name')} "
    if not keys:
        said = (
            f"{head}, {which}defining the same levels twice ({clash_levels}): each name's "
            "statements read into one competency, as no key of theirs tells the objects apart "
            "(give each its own name)"
        )
        return Apart(note=("guess", said, 0.4))
    key = keys[0]
    out = Apart(key=key)
    for ix in clashes:
        for i in ix:
            out.names[entries[i][0]] = f"{clean(entries[i][1])} ({_shown(key, listed[i][key])[0]})"
    if not grouped:
        out.groups = {
            entries[i][0]: _shown(key, obj[key])[1]
            for i, obj in enumerate(listed)
            if isinstance(obj.get(key), str | int) and not isinstance(obj.get(key), bool)
        }
    told = some(list(out.names.values()), shown=2)
    said = (
        f"{head}, {which}defining the same levels ({clash_levels}): told apart by their "
        f"{key!r}, each object read as its own competency ({told})"
        + (f", every object grouped by its {key!r}" if out.groups else "")
    )
    out.note = ("guess", said, 0.6)
    return out
