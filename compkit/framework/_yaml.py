"""Read YAML fast, in one pass over libyaml's events, remembering the line of every key and item.

The line map lets every validation problem name its line without parsing the file twice. The
same pass refuses what a framework file never needs and an attacker would use: aliases (how a
kilobyte of YAML expands to gigabytes), nesting deeper than
:data:`~compkit.framework.limits.MAX_DEPTH`, duplicate keys (which plain loaders silently drop)
and tags other than YAML's own. Building the data straight from parser events, without PyYAML's
node graph and constructors, loads 100,000 statements several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import Any

import yaml

from ..errors import Problem
from .limits import MAX_DEPTH

PathT = tuple[Hashable, ...]

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Resolver = yaml.resolver.Resolver()
_BOOL = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}
_MAYBE_NOT_TEXT = re.compile(r"[\d+\-.~]")  # first characters of numbers, '.inf', '~'
# plain words YAML 1.1 (PyYAML's safe loader) reads as booleans or null
_WORDS = frozenset(
    w
    for base in ("yes", "no", "true", "false", "on", "off", "null")
    for w in (base, base.title(), base.upper())
)


class YAMLRefused(yaml.YAMLError):
    """Well-formed YAML that a framework file may not contain (aliases, deep nesting, tags)."""

    def __init__(self, problem: str, mark):
        super().__init__(problem)
        self.problem, self.problem_mark, self.context = problem, mark, None


def _scalar(event) -> Any:
    value, tag = event.value, event.tag
    if tag is None or tag == "!":
        if event.style and event.style in "'\"|>":
            return value  # quoted or a block: always a string
        if value and value not in _WORDS and not _MAYBE_NOT_TEXT.match(value):
            return value
        tag = _Resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag == "tag:yaml.org,2002:str" or tag == "tag:yaml.org,2002:timestamp":
        return value  # a date stays as written: the format has no date fields
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return _BOOL[value.lower()]
    if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
        loader = yaml.SafeLoader("")
        try:
            return loader.construct_object(yaml.ScalarNode(tag, value))
        finally:
            loader.dispose()
    raise YAMLRefused(f"the tag {tag!r} is not allowed in a framework file", event.start_mark)


def load_yaml(text: str) -> tuple[Any, LineMap, list[Problem]]:
    """Parse YAML text into plain Python data, its line map and any duplicate-key problems.

    Raises
    ------
    yaml.YAMLError
        When the text is not well-formed YAML, or uses aliases, deep nesting or foreign tags
        (the caller turns it into a user-facing error with the line).
    """
    lines: dict[int, tuple[int, dict[Hashable, int]]] = {}
    problems: list[Problem] = []
    root: Any = None
    # each open container: [container, key lines, pending key, pending key line]
    stack: list[list] = []
    documents = 0

    def add(value: Any, line: int) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        container = top[0]
        if isinstance(container, list):
            top[1][len(container)] = line
            container.append(value)
        elif top[2] is _NO_KEY:
            try:
                hash(value)
            except TypeError:
                value = str(value)
            top[2], top[3] = value, line
        else:
            key = top[2]
            if key in container:
                problems.append(
                    Problem(
                        "",
                        f"duplicate key '{key}' (first given on line {top[1][key]}); "
                        "a key may appear once",
                        top[3],
                    )
                )
            container[key] = value
            top[1][key] = top[3]
            top[2] = _NO_KEY

    for event in yaml.parse(text, Loader=_Parser):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            add(_scalar(event), event.start_mark.line + 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                raise YAMLRefused(
                    f"the tag {event.tag!r} is not allowed in a framework file", event.start_mark
                )
            if len(stack) >= MAX_DEPTH:
                raise YAMLRefused(
                    f"nested deeper than {MAX_DEPTH} levels; a framework file needs about 6",
                    event.start_mark,
                )
            container: Any = {} if kind is yaml.MappingStartEvent else []
            line = event.start_mark.line + 1
            add(container, line)
            key_lines: dict[Hashable, int] = {}
            lines[id(container)] = (line, key_lines)
            stack.append([container, key_lines, _NO_KEY, line])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            raise YAMLRefused(
                f"YAML aliases (*{event.anchor}) are not allowed in a framework file; write the "
                "value out in full",
                event.start_mark,
            )
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YAMLRefused(
                    "a second YAML document ('---'); a framework file holds one", event.start_mark
                )
    return root, LineMap(root, lines, keep=root), problems


_NO_KEY = object()


class LineMap:
    """Find the line of any element of a loaded document from its path of keys and indices."""

    def __init__(self, root: Any, lines: dict[int, tuple[int, dict[Hashable, int]]], keep=None):
        self._root = root
        self._lines = lines
        self._keep = keep  # keeps containers alive so their id() stays theirs

    def line(self, path: Sequence[Hashable]) -> int | None:
        """Return the line of the deepest element of ``path`` that can be found."""
        node = self._root
        found = self._lines.get(id(node), (None, {}))[0]
        for step in path:
            entry = self._lines.get(id(node))
            if entry is None:
                break
            found = entry[1].get(step, found)
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
        return found


def describe_yaml_error(exc: yaml.YAMLError, text: str | None = None) -> Problem:
    r"""Turn a YAML syntax error into a one-line problem with its line.

    Given the ``text`` parsed, a tab in the indentation of the line at fault is said to be one
    (libyaml says only "found character that cannot start any token").

    Examples
    --------
    >>> text = "id: x\nlevels:\n\t- a\n"
    >>> try:
    ...     yaml.safe_load(text)
    ... except yaml.YAMLError as exc:
    ...     print(describe_yaml_error(exc, text).message)
    malformed YAML, column 1: a tab character in the indentation; expected spaces (YAML indents
    with spaces only: indent the line as the lines around it are)
    """
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if isinstance(exc, YAMLRefused):
        return Problem("", what, line)
    context = getattr(exc, "context", None)
    column = f", column {mark.column + 1}" if mark is not None else ""
    if "tab character" in what or _tab_indented(text, mark):  # an editor's tab key
        return Problem(
            "",
            f"malformed YAML{column}: a tab character in the indentation; expected spaces "
            "(YAML indents with spaces only: indent the line as the lines around it are)",
            line,
        )
    msg = f"malformed YAML{column}: {what}" + (f" ({context})" if context else "")
    return Problem("", msg + "; check indentation, colons and quotes", line)


def _tab_indented(text: str | None, mark) -> bool:
    """Whether the line ``mark`` points at is indented with a tab (``text`` as parsed)."""
    if text is None or mark is None:
        return False
    lines = text.splitlines()
    if not 0 <= mark.line < len(lines):
        return False
    line = lines[mark.line]
    return "\t" in line[: len(line) - len(line.lstrip(" \t"))]
