"""Read YAML fast (libyaml when present) while remembering the line of every key and item.

The line map lets every validation problem name its line without parsing the file twice, and the
loader refuses duplicate keys, which plain YAML loaders silently drop.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import yaml

from ..errors import Problem

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathT = tuple[Hashable, ...]


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    """A safe loader recording lines (``self.lines``) and duplicate keys (``self.duplicates``)."""

    def __init__(self, stream):
        super().__init__(stream)
        self.lines: dict[int, tuple[int, dict[Hashable, int]]] = {}
        self.duplicates: list[tuple[Hashable, int, int]] = []
        self._keep: list[Any] = []  # keeps containers alive so their id() stays unique


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    loader.flatten_mapping(node)
    mapping: dict[Hashable, Any] = {}
    lines: dict[Hashable, int] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            key = str(key)
        if key in mapping:
            loader.duplicates.append((key, line, lines[key]))
        mapping[key] = loader.construct_object(value_node, deep=True)
        lines[key] = line
    loader.lines[id(mapping)] = (node.start_mark.line + 1, lines)
    loader._keep.append(mapping)
    return mapping


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> list:
    items = [loader.construct_object(child, deep=True) for child in node.value]
    loader.lines[id(items)] = (
        node.start_mark.line + 1,
        {i: child.start_mark.line + 1 for i, child in enumerate(node.value)},
    )
    loader._keep.append(items)
    return items


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


class LineMap:
    """Find the line of any element of a loaded document from its path of keys and indices."""

    def __init__(self, root: Any, lines: dict[int, tuple[int, dict[Hashable, int]]]):
        self._root = root
        self._lines = lines

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


def load_yaml(text: str) -> tuple[Any, LineMap, list[Problem]]:
    """Parse YAML text into plain Python data, its line map and any duplicate-key problems.

    Raises
    ------
    yaml.YAMLError
        When the text is not well-formed YAML (the caller turns it into a user-facing error).
    """
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    problems = [
        Problem(
            "", f"duplicate key '{key}' (first given on line {first}); a key may appear once", line
        )
        for key, line, first in loader.duplicates
    ]
    return data, LineMap(data, loader.lines), problems


def describe_yaml_error(exc: yaml.YAMLError) -> Problem:
    """Turn a YAML syntax error into a one-line problem with its line."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    column = f", column {mark.column + 1}" if mark is not None else ""
    msg = f"malformed YAML{column}: {what}" + (f" ({context})" if context else "")
    return Problem("", msg + "; check indentation, colons and quotes", line)
