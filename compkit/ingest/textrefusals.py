"""A text file that holds a framework as data but does not parse: refused, saying where.

Front matter holding a framework's keys (``levels:``, ``competencies:``) that is not YAML, and
a JSON or YAML data file that does not parse (or nests thousands deep), are refused in one
line naming the line and column where the parser stopped and what was expected; the text
reader (:mod:`compkit.ingest.textfile`) calls these before it reads the file as a document.
"""

from __future__ import annotations

import re
from pathlib import Path

from .limits import IngestError

__all__ = ["refuse_broken_data", "refuse_broken_front_matter"]


_FRAMEWORK_KEYS = re.compile(r"^(?:topics|levels|competencies|criteria|skills)\s*:", re.M)


def refuse_broken_front_matter(path: Path, lines: list[str]) -> None:
    """Refuse front matter that holds a framework but is not YAML, saying where it breaks.

    Examples
    --------
    >>> refuse_broken_front_matter(Path("f.md"), ["---", "levels: [a, b]", "---", "# Text"])
    >>> refuse_broken_front_matter(Path("f.md"), ["---", "levels: [a, b", "---"])
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.md: line 2: the front matter holds a framework but is \
not valid YAML: expected ',' or ']', but got '<stream end>'; expected YAML between the '---' \
lines (spaces, not tabs, to indent)
    """
    import yaml

    if not lines or lines[0].strip() != "---":
        return
    end = next((k for k in range(1, len(lines)) if lines[k].rstrip() in ("---", "...")), None)
    block = "\n".join(lines[1:end]) if end else ""
    if not block or not _FRAMEWORK_KEYS.search(block):
        return
    try:
        yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark, line, problem = _yaml_problem(exc, first=2, column=False)
        tab = " (a tab character?)" if mark is not None and "\t" in lines[mark.line + 1] else ""
        raise IngestError(
            path,
            f"{line}the front matter holds a framework but is not valid YAML: "
            f"{problem}{tab}; expected YAML between the '---' lines (spaces, not tabs, to indent)",
        ) from None


def _yaml_problem(exc, *, first: int, column: bool) -> tuple:
    """A YAML error's mark, where it is ("line N[, column M]: ") and what is wrong.

    Lines are counted from ``first`` (2 for front matter under its opening '---').
    """
    mark = getattr(exc, "problem_mark", None)
    where = ""
    if mark is not None:
        where = f"line {mark.line + first}" + (f", column {mark.column + 1}" if column else "")
        where += ": "
    return mark, where, getattr(exc, "problem", None) or "not valid YAML"


#: A data file nested too deeply for the parser (thousands of brackets): no framework's shape.
_TOO_DEEP = (
    "nested too deeply to read (brackets inside brackets, thousands deep); expected a "
    "framework's data: competencies, levels and statements a few levels deep"
)


def refuse_broken_data(path: Path, text: str) -> None:
    """Refuse a JSON or YAML data file that does not parse, saying where it breaks.

    Examples
    --------
    >>> refuse_broken_data(Path("f.json"), '{"levels": []}')
    >>> refuse_broken_data(Path("f.json"), '{"levels": [}')
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.json: line 1, column 13: not valid JSON: Expecting \
value; expected a complete JSON document (a cut-off download, or a comma missing?)
    """
    import json

    import yaml

    if path.suffix.lower() == ".json":
        try:
            json.loads(text)
        except RecursionError:
            raise IngestError(path, _TOO_DEEP) from None
        except json.JSONDecodeError as exc:
            raise IngestError(
                path,
                f"line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}; "
                "expected a complete JSON document (a cut-off download, or a comma missing?)",
            ) from None
        return
    try:
        yaml.safe_load(text)
    except RecursionError:
        raise IngestError(path, _TOO_DEEP) from None
    except yaml.YAMLError as exc:
        _, line, problem = _yaml_problem(exc, first=1, column=True)
        raise IngestError(
            path,
            f"{line}not valid YAML: {problem}; expected YAML (spaces, not tabs, to indent; "
            "brackets and quotes closed)",
        ) from None
