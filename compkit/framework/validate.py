"""Validate a framework document: the published schema, then references and duplicates.

:func:`validate_data` returns every problem at once, each located by its path in the document
and, when the document came from YAML, by its line. The schema check comes first
(``compkit/schema/framework.schema.json``); then what a schema cannot say: references to
undeclared levels, values, groups or competencies, duplicate ids and duplicate level ranks.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from typing import Any

from .._words import plural_form
from ..errors import Problem
from ._schema import format_path, framework_schema, iter_errors, shown_kind
from ._yaml import LineMap
from .limits import MAX_TEXT_CHARS, control_characters

__all__ = ["validate_data"]


def validate_data(data: Any, lines: LineMap | None = None) -> list[Problem]:
    """Every problem of a framework document: schema first, then references and duplicates."""
    locate = lines.line if lines is not None else (lambda path: None)
    if isinstance(data, dict) and (alien := _not_a_framework(data)):
        return [Problem("", alien, locate(()))]
    if data is not None and not isinstance(data, dict):  # a script, a list: no keys at all
        said = f"it reads as {shown_kind(data)}, not as keys and their values"
        return [Problem("", f"not a compkit framework file: {said}; {_EXPECTED}", locate(()))]
    schema = _misspelt_keys(list(iter_errors(data, framework_schema())))
    found = [(path, _field(path) + msg if _names_field(path, msg) else msg)
             for path, msg in schema]  # fmt: skip
    if isinstance(data, dict):
        found += _without_cascade(data, list(_reference_errors(data)))
        found += list(_text_errors(data))
    return [
        Problem(format_path(path), _subject(data, path) + msg, locate(path)) for path, msg in found
    ]


def _not_a_framework(data: dict) -> str | None:
    """One message for a mapping that is no framework at all, instead of a line per key.

    A framework file has ``schema_version`` and both ``levels`` and ``competencies``; a mapping
    with none of the first and not both of the others (a settings file, another tool's ladder
    data) would otherwise list every missing and every unknown key.
    """
    if "schema_version" in data or ("levels" in data and "competencies" in data):
        return None
    keys = [str(k) for k in data][:6]
    has = f" (its keys: {', '.join(keys)}{', ...' if len(data) > 6 else ''})" if keys else ""
    return (
        f"not a compkit framework file: it has no schema_version, levels and competencies{has}; "
        + _EXPECTED
    )


#: What a framework file is, for a message about a file that is none.
_EXPECTED = (
    "expected a framework file as 'compkit ingest' writes from a Word, PDF, spreadsheet or "
    "web page, or 'compkit import' from compkit's workbook"
)


_UNKNOWN_KEY = re.compile(r"unknown key '([^']*)'; expected one of: (.*)")
#: The lists other entries refer to, by the kind of reference (``unknown level 'x'``).
_REFERRED = {"level": "levels", "value": "values", "group": "groups", "competency": "competencies"}


def _misspelt_keys(found: list[tuple[tuple, str]]) -> list[tuple[tuple, str]]:
    """An unknown key close to a known one names it: ``levles``, "did you mean 'levels'?".

    Only where the keys allowed are more than five: a shorter list is its own suggestion.
    """
    out = []
    for path, msg in found:
        m = _UNKNOWN_KEY.fullmatch(msg)
        allowed = m[2].split(", ") if m else []
        close = difflib.get_close_matches(m[1], allowed, n=1, cutoff=0.75) if m else []
        if close and len(allowed) > 5:
            msg = f"{msg}; did you mean '{close[0]}'?"
        out.append((path, msg))
    return out


def _without_cascade(data: dict, found: list[tuple[tuple, str]]) -> list[tuple[tuple, str]]:
    """References to a list the file lacks (its key missing or misspelt) said once, not each.

    With ``levels:`` misspelt, every statement's level was "unknown ...; expected one of the
    declared levels: none": the missing or unknown key is the one problem, already reported.
    """
    known = set(data)
    lacking = set()
    for kind, key in _REFERRED.items():
        if key in known:
            continue
        close = difflib.get_close_matches(key, [str(k) for k in known], n=1, cutoff=0.75)
        if key in ("levels", "competencies") or close:
            lacking.add(kind)
    return [
        (path, msg)
        for path, msg in found
        if not any(
            msg.startswith(f"unknown {kind} ") and msg.endswith(f"{plural_form(kind)}: none")
            for kind in lacking
        )
    ]


def _names_field(path: tuple, msg: str) -> bool:
    if not path or msg.startswith(("unknown key", "missing")):
        return False
    if isinstance(path[-1], str):
        return True
    # an item of a list that holds no named items: "undefined item 1: ..."
    return len(path) > 1 and isinstance(path[-2], str) and path[-2] not in _SINGULAR


def _field(path: tuple) -> str:
    """The field a message is about: ``"text: "``, or ``"undefined item 1: "`` in a list."""
    if isinstance(path[-1], str):
        return f"{path[-1]}: "
    return f"{path[-2]} item {path[-1] + 1}: "


_SINGULAR = {
    "levels": "level",
    "groups": "group",
    "values": "value",
    "competencies": "competency",
    "indicators": "indicator",
    "roles": "role",
    "introduction": "introduction passage",
}


def _subject(data: Any, path: tuple) -> str:
    """Name the innermost item a path points into: ``"indicator 'people-l1-1': "``."""
    subject, node = "", data
    for key, step in itertools.pairwise(path):
        try:
            node = node[key]
            item = node[step] if isinstance(node, list) and isinstance(step, int) else None
        except (KeyError, IndexError, TypeError):
            break
        if key in _SINGULAR and isinstance(item, dict):
            ident = item.get("id")
            subject = (
                f"{_SINGULAR[key]} {ident!r}: "
                if isinstance(ident, str)
                else (f"{_SINGULAR[key]} #{step + 1}: ")
            )
    return subject


def _items(data: dict, key: str) -> list[tuple[int, dict]]:
    seq = data.get(key)
    return (
        [(i, x) for i, x in enumerate(seq) if isinstance(x, dict)] if isinstance(seq, list) else []
    )


def _seq(value) -> list:
    """``value`` if it is a list, else none: a wrong type is the schema's finding, said there."""
    return value if isinstance(value, list) else []


def _ids(entries: list[tuple[int, dict]]) -> list[str]:
    return [str(e["id"]) for _, e in entries if isinstance(e.get("id"), str)]


def _reference_errors(data: dict):
    """Duplicate ids and references to undeclared levels, values, groups and competencies."""
    levels, comps = _items(data, "levels"), _items(data, "competencies")
    level_ids = _ids(levels)
    declared = {
        "level": level_ids,
        "value": _ids(_items(data, "values")),
        "group": _ids(_items(data, "groups")),
        "competency": _ids(comps),
    }

    def unknown(kind: str, value: Any, path: tuple) -> tuple[tuple, str]:
        names = ", ".join(dict.fromkeys(declared[kind])) or "none"
        return (
            path,
            f"unknown {kind} {value!r}; expected one of the declared {plural_form(kind)}: {names}",
        )

    for key in ("levels", "groups", "values", "competencies", "roles"):
        yield from _duplicates(key, _items(data, key))
    yield from _same_names(levels)
    indicators = [
        (("competencies", ci, "indicators", ii), ind)
        for ci, comp in comps
        for ii, ind in enumerate(_seq(comp.get("indicators")))
        if isinstance(ind, dict)
    ]
    seen: dict[str, tuple] = {}
    for path, ind in indicators:
        key = ind.get("id")
        if isinstance(key, str) and key in seen:
            yield (
                (*path, "id"),
                (
                    f"duplicate indicator id '{key}' (also at {format_path(seen[key])}); "
                    "each indicator needs its own id"
                ),
            )
        elif isinstance(key, str):
            seen[key] = path
    ranks = Counter(lv.get("rank") for _, lv in levels if isinstance(lv.get("rank"), int))
    for i, lv in levels:
        if isinstance(lv.get("rank"), int) and ranks[lv["rank"]] > 1:
            yield (
                ("levels", i, "rank"),
                (f"duplicate level rank {lv['rank']}; each level needs its own rank (1 = lowest)"),
            )
    for ci, comp in comps:
        for kind, key in (("value", "values"), ("level", "levels")):
            for j, ref in enumerate(_seq(comp.get(key))):
                if isinstance(ref, str) and ref not in declared[kind]:
                    yield unknown(kind, ref, ("competencies", ci, key, j))
        if isinstance(comp.get("group"), str) and comp["group"] not in declared["group"]:
            yield unknown("group", comp["group"], ("competencies", ci, "group"))
        applies = _seq(comp.get("levels")) or level_ids
        for ii, ind in enumerate(_seq(comp.get("indicators"))):
            lv = ind.get("level") if isinstance(ind, dict) else None
            path = ("competencies", ci, "indicators", ii, "level")
            if isinstance(lv, str) and lv not in level_ids:
                yield unknown("level", lv, path)
            elif isinstance(lv, str) and lv not in applies:
                yield (
                    path,
                    (
                        f"level {lv!r} is not one of the levels competency '{comp.get('id')}' is "
                        f"described at ({', '.join(map(str, applies))}); add it to its `levels:`"
                    ),
                )
    yield from _cell_errors(comps, level_ids, seen)
    yield from _retired_in_use(data.get("retired_ids"), seen)
    for ri, role in _items(data, "roles"):
        requires = role.get("requires")
        for comp_id, lv in requires.items() if isinstance(requires, dict) else []:
            if comp_id not in declared["competency"]:
                yield unknown("competency", comp_id, ("roles", ri, "requires", comp_id))
            if isinstance(lv, str) and lv not in level_ids:
                yield unknown("level", lv, ("roles", ri, "requires", comp_id))


def _retired_in_use(retired: Any, in_use: dict[str, tuple]):
    """A retired statement id that a statement still has: the record would say it is gone."""
    for i, ident in enumerate(retired if isinstance(retired, list) else []):
        if isinstance(ident, str) and ident in in_use:
            yield (
                ("retired_ids", i),
                (
                    f"the id {ident!r} is listed as retired but the statement at "
                    f"{format_path(in_use[ident])} still has it; expected retired ids to name "
                    "statements no longer in the framework: give that statement a new id, or "
                    "take the id off retired_ids if the statement is the one that had it"
                ),
            )


def _text_errors(data: Any):
    """Control characters and over-long texts anywhere in the document, walked without recursion."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(((*path, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*path, i), v) for i, v in enumerate(node))
        elif isinstance(node, str):
            field = f"{path[-1]}: " if path and isinstance(path[-1], str) else ""
            if len(node) > MAX_TEXT_CHARS:
                yield (
                    path,
                    (
                        f"{field}a text of {len(node):,} characters; compkit keeps texts up to "
                        f"{MAX_TEXT_CHARS:,} characters (split it)"
                    ),
                )
            elif (what := control_characters(node)) is not None:
                yield path, f"{field}contains {what}; remove it or replace it with a space"


def _cell_errors(comps: list[tuple[int, dict]], level_ids: list[str], paths: dict[str, tuple]):
    """Undefined cells that name unknown levels or hold statements; mirrors that point nowhere."""
    polarity = {}
    for _, comp in comps:
        for ind in _seq(comp.get("indicators")):
            if isinstance(ind, dict) and isinstance(ind.get("id"), str):
                polarity[ind["id"]] = (comp.get("id"), ind.get("polarity", "effective"))
    for ci, comp in comps:
        held = {
            (ind.get("level"), ind.get("polarity", "effective"))
            for ind in _seq(comp.get("indicators"))
            if isinstance(ind, dict)
            and isinstance(ind.get("level"), str)
            and isinstance(ind.get("polarity", ""), str)
        }
        for ui, cell in enumerate(_seq(comp.get("undefined"))):
            lv = cell.get("level") if isinstance(cell, dict) else None
            path = ("competencies", ci, "undefined", ui, "level")
            if not isinstance(lv, str):
                continue
            if lv not in level_ids:
                names = ", ".join(level_ids) or "none"
                yield path, f"unknown level {lv!r}; expected one of the declared levels: {names}"
                continue
            side = cell.get("polarity")
            clash = [p for lvl, p in held if lvl == lv and side in (None, p)]
            if clash:
                what = f"{side} statements" if side else "statements"
                yield (
                    path,
                    f"the cell at level {lv!r} is declared undefined but holds {what}; remove "
                    "the statements or the `undefined` entry",
                )
        for ii, ind in enumerate(_seq(comp.get("indicators"))):
            target = ind.get("mirrors") if isinstance(ind, dict) else None
            if not isinstance(target, str):
                continue
            path = ("competencies", ci, "indicators", ii, "mirrors")
            if ind.get("polarity", "effective") != "ineffective":
                yield path, "only an ineffective indicator can mirror another; drop `mirrors`"
            elif target not in polarity:
                yield path, f"unknown indicator {target!r}; expected the id of an effective one"
            elif polarity[target][1] != "effective":
                yield path, f"indicator {target!r} is not effective; expected an effective one"


def _same_names(levels: list[tuple[int, dict]]):
    """Two levels of one name (case and spacing aside): which one a reader means is ambiguous.

    A workbook's levels cell, a role profile shown to a reader and a report's columns all name
    levels by name, so "Senior" twice cannot be told apart there; a ladder that has two tracks
    names them apart ("Senior (manager)").
    """
    first: dict[str, tuple[int, Any]] = {}
    for i, lv in levels:
        name = lv.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        key = " ".join(name.split()).casefold()
        if key not in first:
            first[key] = (i, lv.get("id"))
            continue
        j, other = first[key]
        also = f"level {other!r}, levels[{j}]" if isinstance(other, str) else f"levels[{j}]"
        yield (
            ("levels", i, "name"),
            (
                f"two levels named {name!r} (also {also}); each level needs its own name, as "
                "role profiles, workbooks and reports name levels by name: rename one or merge "
                "the two"
            ),
        )


def _duplicates(key: str, entries: list[tuple[int, dict]]):
    first: dict[str, int] = {}
    for i, entry in entries:
        ident = entry.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first:
            yield (
                (key, i, "id"),
                (
                    f"duplicate id '{ident}' in {key} (also {key}[{first[ident]}]); "
                    "ids must be unique"
                ),
            )
        else:
            first[ident] = i
