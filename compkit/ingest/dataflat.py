"""A data file's flat records (a statement per record), and what every data reading returns.

*Flat records*: a list of objects, each a statement naming its level and competency (and
perhaps a group) in fields such as ``level``/``grade``/``band``, ``competency``/``skill``/
``theme``/``area`` and ``description``/``text``/``indicator``/``criteria``/``behaviour``/
``summary``, as the FT's engineering progression keeps its cells; a level or competency given
by id is named from a list of objects with that ``id`` and a name (whose order is then the
levels' order, and whose summary the competency's description). :class:`Records` holds what a
reading of :mod:`.datarecords` found (moved here from it in the twenty-eighth round, with the
flat reading, when its groups of competencies grew).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .._words import plural
from .blocks import Label, Para, Region, clean
from .datafields import COMP as _COMP
from .datafields import GROUP as _GROUP
from .datafields import LEVEL as _LEVEL
from .datafields import TEXT as _TEXT
from .datafields import field as _field
from .datafields import scalar as _scalar
from .datafields import texts as _texts
from .datalevels import level_order, numbered_items
from .datasides import side_field
from .notecolumns import note_key

__all__ = ["Records", "flat", "paras"]

_NAME = ("name", "title", "label")
_ABOUT = ("description", "summary", "definition")


@dataclass
class Records:
    """The framework a data file's records hold: regions, levels in order, keys read."""

    regions: list[Region] = field(default_factory=list)
    level_names: list[str] = field(default_factory=list)
    used: set[tuple] = field(default_factory=set)
    all_keys: dict[str, tuple[str, dict]] = field(default_factory=dict)
    shape: str = ""
    level_order: str = "the data's level numbers"
    ranks: dict[str, float | None] = field(default_factory=dict)  # each level's, if numbered
    said: str = ""  # what was read, in the data's own keys (the report's layout line)
    reasons: dict[str, tuple[str, float]] = field(default_factory=dict)  # kind -> why, conf.
    notes: list[tuple] = field(default_factory=list)  # report entries (kind, message, conf.)


def _flat(items: list, path: tuple, data, where) -> Records | None:
    """A list of records, each a statement naming its level and competency."""
    rows = [r for r in items if isinstance(r, dict)]
    keys = Counter(
        (_field(r, _LEVEL), _field(r, _COMP), _field(r, _TEXT, text=True), _field(r, _GROUP))
        for r in rows
    )
    if not keys:
        return None
    (level_key, comp_key, text_key, group_key), n = keys.most_common(1)[0]
    if not (level_key and comp_key and text_key) or n < 2 or n < 0.8 * len(items):
        return None
    out = Records(shape="flat records")
    levels = _named_list(data, [_scalar(r.get(level_key)) for r in rows], path)
    comps = _named_list(data, [_scalar(r.get(comp_key)) for r in rows], path)
    groups = _named_list(data, [_scalar(r.get(group_key)) for r in rows], path)
    side_key = side_field(rows)  # "polarity": "Ineffective" (the side of each statement)
    comp_labels: dict[str, Label] = {}
    level_rank: dict[str, float | None] = {}
    noted = 0
    note_keys = {k for r in rows for k in r if note_key(k)} - {text_key}
    for i, row in enumerate(items):
        if not isinstance(row, dict) or not all(
            row.get(k) is not None for k in (level_key, comp_key)
        ):
            continue
        at = (*path, i)
        texts = _texts(row.get(text_key))
        if not texts or not _scalar(row[level_key]) or not _scalar(row[comp_key]):
            continue
        out.used.update({(*at, level_key), (*at, comp_key)})
        level, rank, lsource = _resolve(
            out, levels, _scalar(row[level_key]), (*at, level_key), where
        )
        level_rank.setdefault(level, rank)
        comp, _, csource = _resolve(out, comps, _scalar(row[comp_key]), (*at, comp_key), where)
        labels = []
        if side_key and _scalar(row.get(side_key)):  # before the competency, as in _keyed
            out.used.add((*at, side_key))
            place = tuple(where((*at, side_key)).items())
            labels.append(Label(_scalar(row[side_key]), "data: side", place))
        if group_key and _scalar(row.get(group_key)):
            out.used.add((*at, group_key))
            group, _, gsource = _resolve(
                out, groups, _scalar(row[group_key]), (*at, group_key), where
            )
            labels.append(Label(group, "data: group", tuple(gsource.items())))
        if comp not in comp_labels:
            comp_labels[comp] = Label(comp, f"data: {comp_key}", tuple(csource.items()))
            _describe(out, comps, _scalar(row[comp_key]), comp_labels[comp], labels, where)
        labels += [comp_labels[comp], Label(level, "data: level", tuple(lsource.items()))]
        spots = (
            [(*at, text_key)]
            if isinstance(row[text_key], str)
            else [(*at, text_key, j) for j in range(len(row[text_key]))]
        )
        paras = _paras(out, texts, spots, where)
        if len(paras) == 1:  # a note beside several statements is none of theirs
            paras[0].note = _note(out, row, at, text_key)
            noted += bool(paras[0].note)
        out.regions.append(Region(tuple(labels), paras))
    if noted:
        out.notes.append(
            (
                "guess",
                f"the {' or '.join(map(repr, sorted(note_keys)))} of {plural(noted, 'record')} "
                "read as their statements' notes, word for word (a line each)",
                0.8,
            )
        )
    out.level_names = level_order(level_rank)
    if levels:
        out.level_order = f"the order of the data's list '{next(iter(levels.values()))[2][0]}'"
    by = f"{level_key!r} and {comp_key!r}" + (f" (in a {group_key!r})" if groups else "")
    out.said = f"records ({len(rows)}), each a statement under {text_key!r} naming its {by}"
    out.said += "".join(
        f"; {what} named by id from the list {t[next(iter(t))][2][0]!r}"
        for what, t in (("levels", levels), ("competencies", comps))
        if t
    )
    out.reasons = {"level": (f"each record's {level_key!r}", 0.95)}
    out.reasons["competency"] = (f"each record's {comp_key!r}", 0.95)
    return out if out.regions else None


def _note(out: Records, row: dict, at: tuple, text_key: str = "") -> str:
    r"""A record's note: its examples (evidence, notes, sources), a line each, word for word.

    Examples
    --------
    >>> out = Records()
    >>> _note(out, {"summary": "Ships.", "examples": ["Shipped a feature", "Fixed a bug"]}, (3,))
    'Shipped a feature\nFixed a bug'
    >>> sorted(out.used)
    [(3, 'examples', 0), (3, 'examples', 1)]
    """
    lines = []
    for key, value in row.items():
        if key == text_key or not note_key(key):  # the FT's ``examples`` (notecolumns)
            continue
        said = _texts(value)
        if isinstance(value, str):
            out.used.update({(*at, key)} if said else set())
        elif isinstance(value, list):  # a number or a flag ("references: 2") is no note
            out.used.update((*at, key, j) for j, v in enumerate(value) if v in said)
        lines += [text.strip() for text in said]
    return "\n".join(lines)


def _named_list(data, values: list[str | None], path: tuple) -> dict | None:
    """{id: (name, rank, path, object)} from a list of objects whose ids cover the values."""
    wanted = {v for v in values if v}
    if not wanted or not isinstance(data, dict):
        return None
    for key, items in data.items():
        if (key,) == path or not isinstance(items, list):
            continue
        table = {}
        for k, obj in enumerate(items):
            if isinstance(obj, dict) and _scalar(obj.get("id")):
                name = next((clean(obj[n]) for n in _NAME if _scalar(obj.get(n))), None)
                if name:
                    table[_scalar(obj["id"])] = (name, float(k + 1), (key, k), obj)
        if table and wanted <= table.keys():
            return table
    return None


def _resolve(out: Records, table, value: str, spot: tuple, where) -> tuple[str, float | None, dict]:
    """(name, rank, source) of a level, competency or group value, named from a list by id."""
    if table and value in table:
        name, rank, (key, k), obj = table[value]
        name_key = next(n for n in _NAME if _scalar(obj.get(n)))
        out.used.update({(key, k, "id"), (key, k, name_key)})
        return name, rank, where((key, k, name_key))
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return f"Level {value}", float(value), where(spot)
    return value, None, where(spot)


def _describe(out: Records, table, value: str, label: Label, groups: list, where) -> None:
    """A competency named from a list: its summary is its description; its id and name used."""
    if not table or value not in table:
        return
    _, _, (key, k), obj = table[value]
    out.used.update({(key, k, "id"), (key, k, next(n for n in _NAME if _scalar(obj.get(n))))})
    about = next((a for a in _ABOUT if isinstance(obj.get(a), str) and clean(obj[a])), None)
    if about:
        out.used.add((key, k, about))
        para = Para(obj[about], where((key, k, about)), key=f"DC{key}{k}")
        out.regions.append(Region((label,), [para]))  # its group comes with its statements


def _paras(out: Records, texts: list[str], spots: list[tuple], where) -> list[Para]:
    paras = []
    for text, spot in zip(texts, spots, strict=True):
        out.used.add(spot)
        for number, item in numbered_items(text):
            key = "DR" + ".".join(map(str, spot)) + (f"#{number}" if number else "")
            paras.append(Para(item, where(spot), number=number, bullet=True, key=key))
            out.all_keys[key] = (clean(item), where(spot))
    return paras


flat = _flat
paras = _paras
