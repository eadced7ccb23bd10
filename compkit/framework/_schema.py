"""A small, fast JSON Schema validator for the subset of keywords compkit's published schema uses.

``import jsonschema`` costs more than loading a framework, so the load path validates with this
module instead; the test suite proves it agrees with ``jsonschema`` on the bundled files and on
broken ones. Unlike most validators it collects *every* problem, with human messages.
"""

from __future__ import annotations

import json
import re
import reprlib
from collections.abc import Callable, Hashable, Iterator
from functools import cache
from importlib import resources
from typing import Any

#: Keywords this validator understands; a test checks the schema uses no others.
SUPPORTED = frozenset(
    {
        "$schema",
        "$id",
        "$ref",
        "$defs",
        "title",
        "description",
        "type",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minItems",
        "minLength",
        "minProperties",
        "pattern",
        "enum",
        "minimum",
    }
)

_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "a string",
    int: "a whole number",
    float: "a number",
    bool: "true/false",
    type(None): "nothing (null)",
}


@cache
def framework_schema() -> dict:
    """Return the published JSON Schema of framework files (``schema/framework.schema.json``).

    Examples
    --------
    >>> framework_schema()["title"]
    'compkit competency framework'
    """
    text = resources.files("compkit").joinpath("schema/framework.schema.json").read_text("utf-8")
    return json.loads(text)


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxdict = 2, 57, 57, 4, 4


def _show(value: Any) -> str:
    """A short repr, built without expanding the whole value (it may be huge or deeply nested)."""
    text = _REPR.repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    return _NAMES.get(type(value), type(value).__name__)


def shown_kind(value: Any) -> str:
    """What a value is, as a message says it: "a string 'F=1 echo hi'", "nothing (null)".

    Examples
    --------
    >>> shown_kind("F=1 echo hi"), shown_kind(["a", "b"]), shown_kind(None)
    ("a string 'F=1 echo hi'", "a list ['a', 'b']", 'nothing (null)')
    """
    return _kind(value) if value is None else f"{_kind(value)} {_show(value)}"


def iter_errors(
    instance: Any, schema: dict, root: dict | None = None, path: tuple[Hashable, ...] = ()
) -> Iterator[tuple[tuple[Hashable, ...], str]]:
    """Yield ``(path, message)`` for every way ``instance`` breaks ``schema``.

    A compiled check (:func:`_valid`) answers first whether there is any problem at all, so
    valid parts of a large document cost one fast call each and only broken parts are walked
    for messages.
    """
    root = schema if root is None else root
    if _valid(schema, root)(instance):
        return
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        target = root["$defs"][name]
        yield from iter_errors(instance, target, root, path)
        if set(schema) - {"$ref", "description"}:
            rest = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
            yield from iter_errors(instance, rest, root, path)
        return
    if "enum" in schema and instance not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        yield path, f"{_show(instance)} is not allowed here; expected one of: {allowed}"
        return
    kind = schema.get("type")
    kinds = (kind,) if isinstance(kind, str) else tuple(kind or ())
    if kinds and not any(_TYPES[k](instance) for k in kinds):
        expected = {
            "object": "a mapping",
            "array": "a list",
            "integer": "a whole number",
            "null": "nothing (null)",
        }
        wanted = " or ".join(expected.get(k, "a " + k) for k in kinds)
        if instance is None and not path:
            yield path, f"the file is empty; expected {wanted}"
            return
        yield path, f"expected {wanted}, got {shown_kind(instance)}"
        return
    if isinstance(instance, str):
        yield from _string_errors(instance, schema, path)
    elif isinstance(instance, int | float) and not isinstance(instance, bool):
        if "minimum" in schema and instance < schema["minimum"]:
            yield path, f"{instance} is too small; expected at least {schema['minimum']}"
    elif isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0):
            yield path, f"expected at least {schema['minItems']} item(s), got {len(instance)}"
        if "items" in schema:
            for i, item in enumerate(instance):
                yield from iter_errors(item, schema["items"], root, (*path, i))
    elif isinstance(instance, dict):
        yield from _object_errors(instance, schema, root, path)


def _string_errors(instance: str, schema: dict, path: tuple) -> Iterator[tuple[tuple, str]]:
    if len(instance) < schema.get("minLength", 0) or (
        "pattern" in schema and schema["pattern"] == "\\S" and not instance.strip()
    ):
        yield path, "empty; expected some words"
    elif "pattern" in schema and not _regex(schema["pattern"]).search(instance):
        rule = schema.get("description") or f"the pattern {schema['pattern']}"
        yield path, f"{_show(instance)} is not valid here; expected {rule[0].lower()}{rule[1:]}"


def _object_errors(instance: dict, schema: dict, root: dict, path: tuple) -> Iterator:
    props = schema.get("properties", {})
    if len(instance) < schema.get("minProperties", 0):
        yield path, f"empty; expected at least one of: {', '.join(props)}"
    for key in schema.get("required", []):
        if key not in instance:
            yield path, f"missing required key '{key}'"
    extra = schema.get("additionalProperties", True)
    for key, value in instance.items():
        if key in props:
            yield from iter_errors(value, props[key], root, (*path, key))
        elif extra is False:
            allowed = ", ".join(props)
            yield (*path, key), f"unknown key '{key}'; expected one of: {allowed}"
        elif isinstance(extra, dict):
            yield from iter_errors(value, extra, root, (*path, key))


_COMPILED: dict[int, Callable[[Any], bool]] = {}
_OWN = {
    "string": {"minLength", "pattern"},
    "array": {"minItems", "items"},
    "object": {"properties", "required", "additionalProperties", "minProperties"},
}


def _valid(schema: dict, root: dict) -> Callable[[Any], bool]:
    """A predicate telling, without messages, whether an instance is valid against ``schema``."""
    key = id(schema)
    found = _COMPILED.get(key)
    if found is None:
        late: list[Callable[[Any], bool]] = []
        _COMPILED[key] = lambda v: late[0](v)  # a reference back to it while it compiles
        found = _compile(schema, root)
        late.append(found)
        _COMPILED[key] = found
    return found


def _all(checks: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """One predicate for several, called in turn (no generator: it runs once per value)."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda v: a(v) and b(v)
    return lambda v: all(check(v) for check in checks)


def _compile(schema: dict, root: dict) -> Callable[[Any], bool]:
    checks: list[Callable[[Any], bool]] = []
    if "$ref" in schema:
        checks.append(_valid(root["$defs"][schema["$ref"].removeprefix("#/$defs/")], root))
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
        if rest:
            checks.append(_compile(rest, root))
    if "enum" in schema:
        allowed = schema["enum"]
        types = {type(a) for a in allowed}
        checks.append(lambda v: v in allowed and type(v) in types)
    kind = schema.get("type")
    # a single type whose own keywords are checked below: those checks test the type too
    fused = isinstance(kind, str) and bool(_OWN.get(kind, set()) & set(schema))
    if kind is not None and not fused:
        tests = [_TYPES[k] for k in ((kind,) if isinstance(kind, str) else kind)]
        checks.append(tests[0] if len(tests) == 1 else lambda v: any(t(v) for t in tests))
    strings = []
    if "minLength" in schema:
        n = schema["minLength"]
        strings.append(lambda v: len(v) >= n)
    if "pattern" in schema:
        if schema["pattern"] == "\\S":
            strings.append(lambda v: bool(v.strip()))
        else:
            search = _regex(schema["pattern"]).search
            strings.append(lambda v: search(v) is not None)
    if strings:
        string = _all(strings)
        if fused:
            checks.append(lambda v: isinstance(v, str) and string(v))
        else:
            checks.append(lambda v: not isinstance(v, str) or string(v))
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda v: not isinstance(v, int | float) or isinstance(v, bool) or v >= low)
    if "minItems" in schema or "items" in schema:
        n = schema.get("minItems", 0)
        item = _valid(schema["items"], root) if "items" in schema else None

        def list_ok(v) -> bool:
            if not isinstance(v, list):
                return not fused  # another type: valid unless the schema says array
            if len(v) < n:
                return False
            if item is not None:
                for x in v:
                    if not item(x):
                        return False
            return True

        checks.append(list_ok)
    if _OWN["object"] & set(schema):
        props = {k: _valid(p, root) for k, p in schema.get("properties", {}).items()}
        least = schema.get("minProperties", 0)
        required = schema.get("required", [])
        extra = schema.get("additionalProperties", True)
        other = _valid(extra, root) if isinstance(extra, dict) else None

        def object_ok(v) -> bool:
            if not isinstance(v, dict):
                return not fused  # another type: valid unless the schema says object
            if len(v) < least:
                return False
            for k in required:
                if k not in v:
                    return False
            for k, x in v.items():
                check = props.get(k)
                if check is not None:
                    if not check(x):
                        return False
                elif extra is False or (other is not None and not other(x)):
                    return False
            return True

        checks.append(object_ok)
    return _all(checks) if checks else (lambda v: True)


@cache
def _regex(pattern: str) -> re.Pattern:
    r"""Compile a JSON Schema pattern with its ECMA-262 meaning of ``$`` (the very end).

    In Python ``$`` also matches before a final newline, so ``"cis\n"`` would pass as an id.
    """
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return re.compile(pattern)


def format_path(path: tuple[Hashable, ...]) -> str:
    """Render a path as ``competencies[0].indicators[2].level``.

    Examples
    --------
    >>> format_path(("competencies", 0, "indicators", 2, "level"))
    'competencies[0].indicators[2].level'
    """
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out
