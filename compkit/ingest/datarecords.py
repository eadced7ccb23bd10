"""Frameworks kept as data without nesting: flat records, and competencies keyed by name.

Two shapes a JSON or YAML data file takes besides competencies that nest levels and statements
(:mod:`.frontmatter`). *Flat records*, a statement per record, are read by :mod:`.dataflat`.
*Keyed by name*: an object whose keys are competency names (or a list of named objects), each
holding its statements under level keys (``level1`` … ``level6``, ``level_2``, ``L3``) or in a
``levels`` object keyed by level (``"3"``, ``"Level 3"``, ``"beginner"``) or list of the levels'
statements in order (``Level 1`` first, as DigComp 2.1's data keeps its eight); such
competencies may sit in named groups (a list of objects each with a name and its competencies,
DigComp's areas; or objects keyed by name, each perhaps naming itself beside the key holding
its competencies, as the SDE skills framework's subdomains do). A statement written as a
numbered list (``1. ...`` ``2. ...``) is a statement per number. Every statement keeps its
words; every value read is marked used, so what is not read is reported.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, Region, clean
from .datacells import dotted, level_descriptions, level_headlines, level_keys, one_group
from .datafields import AREA as _AREA
from .datafields import GROUP as _GROUP
from .datafields import LIST_OF as _LIST_OF
from .datafields import OR_ID as _OR_ID
from .datafields import field as _field
from .datafields import name_key as _name_key
from .datafields import nodes as _nodes
from .datafields import scalar as _scalar
from .dataflat import Records
from .dataflat import flat as _flat
from .dataflat import paras as _paras
from .datalevelmajor import level_major
from .datalevels import items as level_items
from .datalevels import level_cells, level_object, level_order, said_levels, sentence_lists
from .datanames import tell_apart
from .datasides import by_side, original, singletons, wrapped_groups

__all__ = ["Records", "read_records"]

_NAME = ("name", "title", "label")
_ABOUT = ("description", "summary", "definition")


def read_records(data, where) -> Records | None:
    """Read flat records or competencies keyed by name from parsed data, or None.

    Parameters
    ----------
    data : dict or list
        The parsed JSON or YAML.
    where : callable
        Maps a path of keys into ``data`` to its source location (``{"lines": [n]}``).

    Returns
    -------
    Records or None
        The regions and levels found, or None when the data holds neither shape.

    Examples
    --------
    >>> rows = [{"skill": "Testing", "level": 1, "description": "Writes tests."},
    ...         {"skill": "Testing", "level": 2, "description": "Designs test plans."}]
    >>> found = read_records(rows, lambda path: {})
    >>> found.shape, found.level_names, [p.text for r in found.regions for p in r.paras]
    ('flat records', ['Level 1', 'Level 2'], ['Writes tests.', 'Designs test plans.'])
    >>> keyed = {"Testing": {"level1": "Writes tests."}, "Review": {"level_2": "Reviews code."}}
    >>> found = read_records(keyed, lambda path: {})
    >>> found.shape, found.level_names, [r.labels[0].text for r in found.regions]
    ('competencies keyed by name', ['Level 1', 'Level 2'], ['Testing', 'Review'])
    """
    found = _first(data, where)
    bare = singletons(data)  # objects alone in lists of one ([{...}]) read in their place
    unwrapped = (
        read_records(bare, lambda p: where(original(data, p)))
        if bare != data and (found is None or wrapped_groups(found.regions))
        else None
    )
    if unwrapped is not None:
        unwrapped.used = {original(data, path) for path in unwrapped.used}
        return unwrapped
    return found


def _first(data, where) -> Records | None:
    """The first list or object of the data, outermost first, that holds a framework."""
    for path, node in _nodes(data, ()):
        found = None
        if isinstance(node, list):
            found = _flat(node, path, data, where) or _grouped(node, path, where)
            read = None if found else level_major(node, path, data, where)  # level by level
            found = Records(**read) if read else found
        least = 1 if path and _LIST_OF.match(str(path[-1])) else 2  # "skills": [one skill]
        found = found or _keyed(node, path, where, least=least) or _keyed_groups(node, path, where)
        read = None if found else level_major(node, path, data, where, keyed=True)
        found = Records(**read) if read else found  # levels' texts keyed by competency
        if found is not None:
            regions = one_group(data, path, found.regions, where, found.used)
            if regions is not found.regions:  # a category beside the list
                found.regions = regions
                found.reasons["group"] = ("the data's group beside its competencies", 0.9)
            return found
    return _one(data, where)


def _one(data, where) -> Records | None:
    """A data file whose object is one competency: a name and its statements by level."""
    if not (isinstance(data, dict) and _named([data]) and level_cells(data)):
        return None
    found = _keyed([data], (), lambda path: where(path[1:]), least=1)  # as a list of one
    if found is not None:
        found.used = {path[1:] for path in found.used}
        found.said = found.said.replace("competencies as named objects", "one competency", 1)
        found.said = found.said.replace("), each holding", "), holding", 1)
    return found


def _keyed_groups(node, path: tuple, where) -> Records | None:
    """Groups keyed by name ("company": [...], "engineering": [...]), competencies inside.

    The groups may sit one key deeper, under keys sorting them ("department": {...}, "roles":
    {...}): every group is read, named by its own key. A group may be an object naming itself
    beside one key holding its competencies (``"data-governance": {"name": "Data Governance",
    "competencies": {...}}``): it is named by its own name.
    """
    if not isinstance(node, dict) or len(node) < 2:
        return None

    def groups(key, value, at: tuple, deeper: bool) -> list | None:
        if not isinstance(key, str) or not isinstance(value, list | dict):
            return None
        if _keyed(value, (*at, key), lambda _: {}, least=1):
            return [((*at, key), key, value)]
        if held := _held(value, (*at, key)):
            return [held]
        if _name_key(value) if isinstance(value, dict) else None:  # perhaps empty (below)
            return [((*at, key), None, value)] if _empties(value) else None
        inner = (
            [groups(k, v, (*at, key), False) for k, v in value.items()]
            if (deeper and isinstance(value, dict) and len(value) >= 1)
            else [None]
        )
        return None if None in inner else [g for found in inner for g in found]

    found = [groups(k, v, path, True) for k, v in node.items()]
    if None in found:
        return None
    found = [g for gs in found for g in gs]
    held = {here[-1] for here, key, _ in found if isinstance(key, tuple)}
    empty = [(here, value) for here, key, value in found if key is None]
    if any(not held & _empties(value) for _, value in empty):
        return None  # a named object holding no competencies where the others hold theirs
    found = [g for g in found if g[1] is not None]
    out = Records(shape="groups of competencies")
    for here, value in empty:
        name, keys = clean(value[_name_key(value)]), sorted(held & _empties(value))
        said = f"group {name!r} holds no competencies ({keys[0]!r} empty): left out"
        out.notes.append(("unused", said, 0.8, where((*here, keys[0]))))
    names = []
    for here, key, value in found:
        if isinstance(key, tuple):  # its own name beside its competencies' key (_held)
            name_at, name = key
            label = Label(name, "data: group", tuple(where(name_at).items()))
            out.used.add(name_at)
        else:
            own = _name_key(value) if isinstance(value, dict) else None  # "title": "People"
            label = Label(
                clean(value[own] if own else key), "data: group", tuple(where(here).items())
            )
            out.used.update({(*here, own)} if own else set())
        names.append(label.text)
        _keyed(value, here, where, out=out, outer=(label,), least=1)
    out.said = f"groups of competencies keyed by name ({_some(names)}), "
    out.said += f"a competency's statements {out.reasons['level'][0]}"
    why = "each group's own name" if held else "the data's keys"
    out.reasons["group"] = (f"{why} over their competencies", 0.95)
    return out


def _held(value, at: tuple) -> tuple | None:
    """(competencies' path, (name's path, name), competencies) of a group naming itself.

    The group is an object with its own name and one key (of any word) whose value
    :func:`_keyed` reads as competencies; its other keys (a description, lists of tools) stay
    unread and are reported so.
    """
    own = _name_key(value) if isinstance(value, dict) else None
    if not own:
        return None
    inner = [
        k
        for k, v in value.items()
        if isinstance(v, list | dict) and v and _keyed(v, (*at, k), lambda _: {}, least=1)
    ]
    if len(inner) != 1:
        return None
    return ((*at, inner[0]), ((*at, own), clean(value[own])), value[inner[0]])


def _empties(value: dict) -> set:
    """The keys of an object holding an empty list or object (``"competencies": {}``)."""
    return {k for k, v in value.items() if isinstance(v, list | dict) and not v}


def _keyed(node, path: tuple, where, *, out=None, outer=(), least=2) -> Records | None:
    """Competencies keyed by name (or named objects in a list), statements under level keys."""
    if isinstance(node, dict):
        named = [(k, _own(v) or k, v) for k, v in node.items() if isinstance(v, dict)]
        named = [(k, name, v) for k, name, v in named if isinstance(k, str)]
    else:
        named = [(i, clean(v[n]), v) for i, v, n in _named(node)]
    cells = [(k, name, level_cells(v)) for k, name, v in named]
    with_levels = [c for c in cells if c[2]]
    titled = isinstance(node, dict) and _name_key(node)  # a group's own title among them
    if (
        len(with_levels) < least
        or len(with_levels) < 0.8 * len(cells)
        or len(named) < (len(node) - bool(titled)) * 0.8
    ):
        return None
    out = out or Records(shape="competencies keyed by name")
    grouped = bool(outer) or any(
        _field(node[k], _GROUP) or _field(node[k], _AREA) for k, *_ in named
    )
    apart = tell_apart(with_levels, {k: node[k] for k, _, _ in with_levels}, grouped=grouped)
    for k, name, found in with_levels:
        here = (*path, k)
        obj = node[k]
        name = apart.names.get(k, name)  # told apart by a key (.datanames)
        if isinstance(k, int) or _own(obj):  # its name in the object, not the data's key
            name_key = _name_key(obj)
            out.used.add((*here, name_key))
            csource = where((*here, name_key))
        else:
            csource = where(here)
        label = Label(clean(name), "data: competency name", tuple(csource.items()))
        groups = list(outer)
        named_group = _field(obj, re.compile(_GROUP.pattern.replace(_OR_ID, "[ _-]?name$")))
        group_key = named_group or _field(obj, _GROUP) or _field(obj, _AREA)  # or its "area"
        if group_key:
            out.used.add((*here, group_key))
            place = tuple(where((*here, group_key)).items())
            groups.append(Label(_scalar(obj[group_key]), "data: group", place))
        if k in apart.groups or k in apart.names:
            out.used.add((*here, apart.key))
            if k in apart.groups:
                place = tuple(where((*here, apart.key)).items())
                groups.append(Label(apart.groups[k], "data: group", place))
        down = found[0][2][0]  # its levels one object down ("human"): its description there too
        held = [(), (down,)] if isinstance(obj.get(down), dict) and len(found[0][2]) > 2 else [()]
        about = next(
            ((*h, a) for h in held for a in _ABOUT if _text(obj[h[0]] if h else obj, a)), None
        )
        paras = []
        if about:
            out.used.add((*here, *about))
            text = obj[about[0]][about[1]] if len(about) == 2 else obj[about[0]]
            paras.append(Para(text, where((*here, *about)), key=f"DC{dotted(here)}"))
        for spot, level, text in level_descriptions(obj, level_keys(obj, found)):
            out.used.add((*here, *spot))  # a paragraph of the description per level
            key = f"DC{dotted((*here, *spot))}"
            paras.append(Para(f"{level}: {clean(text)}", where((*here, *spot)), key=key))
        for spot, level, text in level_headlines(obj, found, level_object):  # "proficiency"
            out.used.add((*here, *spot))
            key = f"DC{dotted((*here, *spot))}"
            paras.append(Para(f"{level}: {clean(text)}", where((*here, *spot)), key=key))
        if paras:
            out.regions.append(Region((label,), paras))
        for level, rank, spot, value in found:
            out.ranks.setdefault(level, rank)
            at = (*here, *spot)
            if len(spot) == 3 and (own := level_object(obj[spot[0]][spot[1]])) and own[0]:
                out.used.add((*here, spot[0], spot[1], own[0]))  # the level's own name
            lsource = where(at)
            for at, held in _lists(obj, here, spot, value, out.notes):  # or several lists
                # lines, objects holding one ({"text": ...}) or pairs of sides ({"effective": ...})
                for side, found_items in by_side(level_items(held)):
                    spots = [(*at, *sub) for _, sub in found_items]
                    sided = (Label(side, "data: side", tuple(where(spots[0]).items())),)
                    labels = (*groups, *(sided if side else ()), label)
                    labels += (Label(level, "data: level", tuple(lsource.items())),)
                    texts = [t for t, _ in found_items]
                    out.regions.append(Region(labels, _paras(out, texts, spots, where)))
    out.level_names = level_order(out.ranks)
    names = [clean(name) for _, name, _ in with_levels]
    if apart.note:
        out.notes.append(apart.note)
    spots = [spot for _, _, found in with_levels for _, _, spot, _ in found]
    where_levels = said_levels(spots, node[with_levels[0][0]])
    listed = isinstance(with_levels[0][0], int)  # a list of named objects, not keys
    keyed = "each object's name" if listed else "the data's keys"
    out.reasons = {"competency": (keyed, 0.95), "level": (where_levels, 0.95)}
    out.said = (
        f"competencies {'as named objects' if listed else 'keyed by name'} ({_some(names)}), "
        f"each holding its statements {where_levels}"
    )
    return out


def _lists(obj: dict, here: tuple, spot: tuple, value, notes: list) -> list[tuple]:
    """(path, value) of each list of sentences a level's object keeps, in its order.

    A level kept as an object (``{"name": "Engineer", "knowledge": [...], "skills": [...]}``)
    holds its statements in every list of sentences it keeps, not only the one its statement
    key names; the report says which lists were read together (once per set of keys).
    """
    at = (*here, *spot)
    record = obj[spot[0]][spot[1]] if len(spot) == 3 else None
    keys = sentence_lists(record) if isinstance(spot[-1], str) else []
    if len(keys) < 2 or spot[2] not in keys:
        return [(at, value)]
    said = (
        "each level's lists " + ", ".join(map(repr, keys)) + " read as its statements, "
        "one after another in the data's order"
    )
    if not any(n[1] == said for n in notes):
        notes.append(("guess", said, 0.85, {}))
    return [((*here, spot[0], spot[1], k), record[k]) for k in keys]


def _text(obj: dict, key: str) -> bool:
    """Whether ``obj[key]`` is text with words in it."""
    return isinstance(obj.get(key), str) and bool(clean(obj[key]))


def _some(names: list[str]) -> str:
    """A few names quoted: "'Knowledge', 'Impact', 'Craft', ... (6)"."""
    shown = ", ".join(repr(n) for n in names[:3])
    return shown + (f", ... ({len(names)})" if len(names) > 3 else "")


def _own(obj: dict) -> str | None:
    """The name an object keyed by an identifier gives itself ("title": "Delivering at Pace")."""
    key = _name_key(obj)
    return clean(obj[key]) if key and level_cells(obj) else None


def _named(items: list) -> list[tuple[int, dict, str]]:
    """(index, object, name key) of the objects of a list that have a name."""
    out = []
    for i, v in enumerate(items):
        key = next((n for n in _NAME if _scalar(v.get(n))), None) if isinstance(v, dict) else None
        if key:
            out.append((i, v, key))
    return out


def _grouped(node, path: tuple, where) -> Records | None:
    """Named groups in a list, each holding its competencies as :func:`_keyed` reads them."""
    groups = _named(node) if isinstance(node, list) else []
    if not groups or len(groups) < len(node):  # one group, or many
        return None
    inner = []
    for i, group, name_key in groups:
        keys = [
            k
            for k, v in group.items()
            if isinstance(v, list | dict) and _keyed(v, (*path, i, k), lambda _: {}, least=1)
        ]
        if len(keys) != 1:  # none, or competencies under their own keys (not one list)
            return None
        key = keys[0]
        inner.append((i, group, name_key, key))
    out = Records(shape="groups of competencies")
    for i, group, name_key, key in inner:
        out.used.add((*path, i, name_key))
        label = Label(
            clean(group[name_key]), "data: group", tuple(where((*path, i, name_key)).items())
        )
        _keyed(group[key], (*path, i, key), where, out=out, outer=(label,), least=1)
    names = [clean(group[name_key]) for _, group, name_key, _ in inner]
    out.said = f"groups of competencies ({_some(names)}), each a {name_key!r} over its "
    out.said += f"{inner[0][3]!r}, a competency's statements {out.reasons['level'][0]}"
    out.reasons["group"] = (f"each group's {name_key!r} over its competencies", 0.95)
    return out
