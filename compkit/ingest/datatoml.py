"""A TOML data file read as the JSON data file it holds, line for line.

Some ladders are kept as TOML in their repositories (Hugo sites' data, a framework converted
for a static site). TOML holds the same tables, arrays and strings as a JSON data file, so it
is read the way JSON and YAML data are: :func:`toml_as_json` parses it (``tomllib``) and
writes the same data as JSON text whose every key and array item stands on the line it stands
on in the TOML, so the ingest report's lines are the TOML file's. A file that does not parse
is refused naming the line and column where it breaks. Dates and times become their ISO text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from pathlib import Path

from .limits import IngestError

__all__ = ["toml_as_json"]

#: tomllib's words for a few common slips, in a reader's words
_SLIPS = {
    "illegal character '\\n'": "a line break inside a one-line string (a closing quote missing?)",
    "cannot overwrite a value": "a key given twice in one table",
    "invalid statement": "a line that is no 'key = value' and no [table]",
    "unclosed array": "an array not closed with ']'",
}
#: tomllib's place in its message: "(at line 3, column 5)" or "(at end of document)".
_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")
#: A file nested too deeply to read (brackets inside brackets): no framework's shape.
_TOO_DEEP = (
    "nested too deeply to read (brackets inside brackets, hundreds deep); expected a "
    "framework's data: competencies, levels and statements a few levels deep"
)
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"(?:\\.|[^"\\\n])*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_ML_BASIC = re.compile(r'"""(?:\\.|[^\\])*?"""(?!"{3})"{0,2}', re.DOTALL)
_ML_LITERAL = re.compile(r"'''.*?'''(?!'{3})'{0,2}", re.DOTALL)
_SCALAR = re.compile(r"[^,\]}\n#]+")


def toml_as_json(path: str | Path, text: str) -> str:
    r"""A TOML file's data as JSON text, each key and array item on its line in the TOML.

    Parameters
    ----------
    path : path
        The file (named in a refusal).
    text : str
        Its decoded text.

    Returns
    -------
    str
        JSON text holding the same data; dates and times as ISO text.

    Raises
    ------
    IngestError
        When the text is not valid TOML, naming the line and column where it breaks.

    Examples
    --------
    >>> print(toml_as_json("ladder.toml", 'title = "Ladder"\n\n[[levels]]\nname = "L1"\n'))
    {"title": "Ladder",
    <BLANKLINE>
    "levels": [{
    "name": "L1"}]}
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc.args[0] if exc.args else exc)
        at = _AT.search(message)
        what = _AT.sub("", message).rstrip(".")
        what = _SLIPS.get(what.lower(), what)
        where = f"line {at.group(1)}, column {at.group(2)}: " if at and at.group(1) else ""
        raise IngestError(
            path,
            f"{where}not valid TOML: {what[:1].lower()}{what[1:]}; expected a complete TOML "
            "document (strings quoted and closed, one 'key = value' a line, tables in [brackets])",
        ) from None
    except RecursionError:
        raise IngestError(path, _TOO_DEEP) from None
    lines = _Lines(text)
    out: list[str] = []
    try:
        _scan(text, data, lines)
        _emit(data, (), lines, out)
    except RecursionError:
        raise IngestError(path, _TOO_DEEP) from None
    return "".join(out)


class _Lines:
    """Where each key path stands in the text (1-based lines), and the line of a position."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.at: dict[tuple, int] = {}
        self.now = 1  # the line the JSON text has reached

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos)

    def mark(self, path: tuple, pos: int) -> None:
        self.at.setdefault(path, self.line(pos))


def _skip(text: str, pos: int, *, newlines: bool) -> int:
    """The position after blanks (and newlines and comments, with ``newlines``)."""
    while pos < len(text):
        c = text[pos]
        if c in " \t\r" or (newlines and c == "\n"):
            pos += 1
        elif newlines and c == "#":
            end = text.find("\n", pos)
            pos = len(text) if end < 0 else end
        else:
            break
    return pos


def _key(text: str, pos: int) -> tuple[list[str], int]:
    """A dotted key's parts and the position after it."""
    parts: list[str] = []
    while True:
        pos = _skip(text, pos, newlines=False)
        for pattern, strip in ((_BASIC, json.loads), (_LITERAL, lambda s: s[1:-1]), (_BARE, str)):
            m = pattern.match(text, pos)
            if m:
                try:
                    parts.append(strip(m.group()))
                except ValueError:  # a TOML escape JSON lacks (\U0001F600): the raw key
                    parts.append(m.group()[1:-1])
                pos = m.end()
                break
        else:
            return parts, pos
        pos = _skip(text, pos, newlines=False)
        if not text.startswith(".", pos):
            return parts, pos
        pos += 1


def _value(text: str, pos: int, path: tuple, lines: _Lines) -> int:
    """Mark the items of the value at ``pos`` under ``path``; the position after it."""
    pos = _skip(text, pos, newlines=False)
    for pattern in (_ML_BASIC, _ML_LITERAL, _BASIC, _LITERAL):
        m = pattern.match(text, pos)
        if m:
            return m.end()
    if text.startswith("[", pos) or text.startswith("{", pos):
        close, k, pos = "]" if text[pos] == "[" else "}", 0, pos + 1
        while True:
            pos = _skip(text, pos, newlines=True)
            if pos >= len(text) or text[pos] == close:
                return pos + 1
            if close == "]":
                lines.mark((*path, k), pos)
                pos, k = _value(text, pos, (*path, k), lines), k + 1
            else:
                start = pos
                parts, pos = _key(text, pos)
                lines.mark((*path, *parts), start)
                pos = _value(text, _skip(text, pos, newlines=False) + 1, (*path, *parts), lines)
            pos = _skip(text, pos, newlines=True)
            if text.startswith(",", pos):
                pos += 1
    m = _SCALAR.match(text, pos)
    return m.end() if m else pos + 1


def _scan(text: str, data: dict, lines: _Lines) -> None:
    """Mark the line of every table, array of tables, key and array item in the text."""
    counts: dict[tuple, int] = {}
    table: tuple = ()
    pos = 0
    while True:
        pos = _skip(text, pos, newlines=True)
        if pos >= len(text):
            return
        start = pos
        if text.startswith("[", pos):
            many = text.startswith("[[", pos)
            parts, pos = _key(text, pos + (2 if many else 1))
            table = _resolve(data, parts, counts, many=many)
            lines.mark(table, start)
            if many:
                lines.mark(table[:-1], start)
            pos = _skip(text, pos, newlines=False) + (2 if many else 1)
        else:
            parts, pos = _key(text, pos)
            if not parts:  # not TOML this scan knows: the rest keeps its parents' lines
                return
            lines.mark((*table, *parts), start)
            pos = _value(text, _skip(text, pos, newlines=False) + 1, (*table, *parts), lines)


def _resolve(data: dict, parts: list[str], counts: dict[tuple, int], *, many: bool) -> tuple:
    """A table header's path in the data, through the arrays of tables it stands in."""
    path: tuple = ()
    node = data
    for i, part in enumerate(parts):
        path = (*path, part)
        node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, list):
            last = many and i == len(parts) - 1  # the array this header adds a table to
            index = counts.get(path, 0) if last else counts.get(path, len(node)) - 1
            if last:
                counts[path] = index + 1
            path = (*path, index)
            node = node[index] if 0 <= index < len(node) else None
    return path


def _emit(value, path: tuple, lines: _Lines, out: list[str]) -> None:
    """Write ``value`` as JSON, each key and item down to the line it stands on."""

    def down_to(line: int | None, k: int) -> None:
        if line is not None and line > lines.now:
            out.append("\n" * (line - lines.now))
            lines.now = line
        elif k:
            out.append(" ")

    if isinstance(value, dict):
        out.append("{")
        for k, (key, item) in enumerate(value.items()):
            out.append("," if k else "")
            down_to(lines.at.get((*path, key)), k)
            out.append(json.dumps(key, ensure_ascii=False) + ": ")
            _emit(item, (*path, key), lines, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for k, item in enumerate(value):
            out.append("," if k else "")
            down_to(lines.at.get((*path, k)), k)
            _emit(item, (*path, k), lines, out)
        out.append("]")
    elif isinstance(value, dt.date | dt.time):  # datetime is a date
        out.append(json.dumps(value.isoformat()))
    else:
        out.append(json.dumps(value, ensure_ascii=False))
