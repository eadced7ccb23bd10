"""Where each finding stands in the framework file: its path and line, for editors and CI.

A finding's ``source_lines`` are lines of the *source* the statement was read from (the raw
document or web page), not of the framework file the checker read; a CI annotation or an
editor jumping to a finding needs the framework file's own path and line. :func:`file_lines`
adds both to a report's table, reading the file's YAML once with the loader's line map, and
places every finding at the thing it is about: a statement at its ``text``, a cell at its first
statement, a competency, level, value, group or role at its entry, a role's requirement at its
line under ``requires:``, and a finding about the framework as a whole at the field concerned
(``cumulative:``, ``values:``) when the file has it. A finding about two statements also gives
the related statement's line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import yaml

from ..framework import Framework
from ..framework._yaml import LineMap, load_yaml
from .report import Report
from .typography import _MARKS

#: Columns :func:`file_lines` adds after those of :meth:`Report.to_frame`.
FILE_COLUMNS = ["file", "line", "related_line"]

#: The sections of the file whose entries are named by ``id``.
_SECTIONS = ("levels", "values", "groups", "roles")


@dataclass
class _Places:
    """The lines of the things findings are about, in one framework file."""

    indicators: dict[str, int] = field(default_factory=dict)  # id -> its text's line
    competencies: dict[str, int] = field(default_factory=dict)  # id -> its id's line
    cells: dict[tuple[str, str, str], int] = field(default_factory=dict)  # first statement
    entries: dict[str, dict[str, int]] = field(  # section -> id -> line
        default_factory=lambda: {section: {} for section in _SECTIONS}
    )
    requires: dict[tuple[str, str], int] = field(default_factory=dict)  # (role, competency)
    fields: dict[str, int] = field(default_factory=dict)  # top-level key -> its line
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (count, 1st line)


def _items(value: Any) -> list[tuple[int, dict]]:
    """The mappings of a YAML list, with their places in it (none for anything else)."""
    return [
        (k, v)
        for k, v in enumerate(value if isinstance(value, list) else [])
        if isinstance(v, dict)
    ]


def _count_marks(places: _Places, text: Any, line: int) -> None:
    """Count the quotation marks of one text, keeping the first line of each kind."""
    if not isinstance(text, str):
        return
    for kind, pattern in _MARKS.items():
        n = len(pattern.findall(text))
        if n:
            count, first = places.marks.get(kind, (0, line))
            places.marks[kind] = (count + n, first)


def _places(doc: Any, linemap: LineMap) -> _Places:
    """Every line a finding can point at, from the parsed file and its line map."""
    places = _Places()
    if not isinstance(doc, dict):
        return places
    places.fields = {key: linemap.line([key]) or 0 for key in doc if isinstance(key, str)}
    intro = doc.get("introduction")
    for k, para in enumerate(intro if isinstance(intro, list) else []):
        text = para.get("text") if isinstance(para, dict) else para
        where = ["introduction", k, "text"] if isinstance(para, dict) else ["introduction", k]
        _count_marks(places, text, linemap.line(where) or 0)
    for section in _SECTIONS:
        found = places.entries[section]
        for k, item in _items(doc.get(section)):
            if isinstance(item.get("id"), str):
                found.setdefault(item["id"], linemap.line([section, k, "id"]) or 0)
    for k, role in _items(doc.get("roles")):
        needs = role.get("requires")
        if isinstance(role.get("id"), str) and isinstance(needs, dict):
            for comp in needs:
                where = ["roles", k, "requires", comp]
                places.requires[(role["id"], str(comp))] = linemap.line(where) or 0
    for c, comp in _items(doc.get("competencies")):
        if isinstance(comp.get("id"), str):
            places.competencies[comp["id"]] = linemap.line(["competencies", c, "id"]) or 0
        for k, ind in _items(comp.get("indicators")):
            line = linemap.line(["competencies", c, "indicators", k, "text"]) or 0
            _count_marks(places, ind.get("text"), line)
            if isinstance(ind.get("id"), str):
                places.indicators.setdefault(ind["id"], line)
            if isinstance(comp.get("id"), str):
                cell = (comp["id"], str(ind.get("level")))
                places.cells.setdefault((*cell, ""), line)
                places.cells.setdefault((*cell, str(ind.get("polarity") or "effective")), line)
    return places


def parsed_file(fw: Framework) -> tuple[Any, LineMap] | None:
    """The framework's file parsed again with its line map, or None.

    None for a framework with no file (built in Python) or a file changed since it was loaded
    so that it no longer reads.
    """
    if fw.path is None or not fw.path.is_file():
        return None
    try:
        doc, linemap, _ = load_yaml(fw.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):  # changed since it was loaded
        return None
    return doc, linemap


def _read(fw: Framework) -> _Places | None:
    """The places in the framework's file (None for a framework with no file to read)."""
    parsed = parsed_file(fw)
    return None if parsed is None else _places(*parsed)


def _named(places: _Places, subject: str, kinds: dict[str, str]) -> int:
    """The line of ``"<kind> <id>"`` (S003, S008), the kind a section or a statement."""
    kind, _, ident = subject.partition(" ")
    section = kinds.get(kind, "competencies")
    if section == "indicators":
        return places.indicators.get(ident, 0)
    if section == "competencies":
        return places.competencies.get(ident, 0)
    return places.entries.get(section, {}).get(ident, 0)


def _requirement(places: _Places, row: Any) -> int:
    """S005: the role's requirement of the competency, else the role's entry."""
    role, _, comp = row.subject.partition(" ")  # "role competency" when it is unknown
    comp = row.competency_id or comp
    return places.requires.get((role, comp)) or places.entries["roles"].get(role, 0)


def _rarer_mark(places: _Places, row: Any) -> int:
    """T012: the first of the rarer kind of mark (curly on a tie), where a reader fixes it."""
    straight = places.marks.get(f"straight {row.subject}", (0, 0))
    curly = places.marks.get(f"curly {row.subject}", (0, 0))
    return (straight if 0 < straight[0] < curly[0] else curly)[1]


_KINDS = {"indicator": "indicators", "level": "levels", "role": "roles", "group": "groups"}

#: The line of a finding by its rule, where the finding is not about one statement.
_BY_CODE: dict[str, Callable[[_Places, Any], int]] = {
    "S001": lambda p, r: p.competencies.get(r.competency_id, 0),  # an empty cell: its competency
    "S003": lambda p, r: _named(p, r.subject, _KINDS),
    "S004": lambda p, r: p.fields.get("cumulative", 0),
    "S005": _requirement,
    "S008": lambda p, r: _named(p, r.subject, _KINDS),
    "T012": _rarer_mark,
    "V001": lambda p, r: p.entries["values"].get(r.subject, 0),
    "V002": lambda p, r: p.fields.get("values", 0),  # no values: key, no line
    "V003": lambda p, r: p.entries["values"].get(r.subject, 0),
}


def _line(places: _Places | None, row: Any) -> int:
    """The line of the thing one finding is about (0 for none)."""
    if places is None:
        return 0
    if row.code in _BY_CODE:
        return _BY_CODE[row.code](places, row) or 0
    if row.indicator_id:
        return places.indicators.get(row.indicator_id, 0)
    if row.competency_id and row.level:  # a cell: its first statement (of the side named)
        cell = (row.competency_id, row.level)
        side = row.subject if row.subject in ("effective", "ineffective") else ""
        found = places.cells.get((*cell, side)) or places.cells.get((*cell, ""))
        return found or places.competencies.get(row.competency_id, 0)
    if row.competency_id:
        return places.competencies.get(row.competency_id, 0)
    if row.level:
        return places.entries["levels"].get(row.level, 0)
    return 0


def file_lines(report: Report, *frameworks: Framework) -> pd.DataFrame:
    """A report's findings with the framework file's path and the line of each in it.

    A finding about a statement is at its ``text``; about a cell (a competency at a level), at
    the cell's first statement (an empty cell: the competency's ``id``); about a competency,
    level, value, group or role, at the ``id`` of its entry; about a role's requirement, at the
    requirement under ``requires:``; about the framework as a whole, at the field concerned
    (S004 ``cumulative:``, V002 ``values:``) or, for mixed quotation marks (T012), at the
    first text holding the rarer kind. ``related_line`` is the line of the related statement
    (``related_id``) of a finding about two. Line 0 is no line: a field the file does not
    have (V002 in a file with no ``values:`` key), or a framework given no file.

    Parameters
    ----------
    report : Report
        The findings, as :func:`compkit.checks.check` returns them.
    *frameworks : Framework, bundled id or path
        The frameworks checked (each loaded from its file).

    Returns
    -------
    pandas.DataFrame
        :data:`~compkit.checks.report.FINDING_COLUMNS` then ``file``, ``line`` and
        ``related_line`` (ints).

    Raises
    ------
    compkit.UsageError
        For a ``report`` that is no Report, or a framework that is none (``frameworks[1]:``).

    Examples
    --------
    >>> import compkit
    >>> from compkit.checks import check
    >>> cis = compkit.load("cis")
    >>> table = file_lines(check(cis), cis)
    >>> table[["code", "indicator_id", "line", "related_line"]].head(2)
       code         indicator_id  line  related_line
    0  C002       brilliant-l2-1   138           126
    1  C002  sustainability-l2-1   295           287
    >>> table["file"].iloc[0].endswith("cis.yaml")
    True
    """
    from ..framework.argument import framework_argument
    from .report import report_argument

    frame = report_argument(report, "report").to_frame()
    frameworks = tuple(framework_argument(f, f"frameworks[{i}]") for i, f in enumerate(frameworks))
    files = {fw.id: str(fw.path) if fw.path is not None else "" for fw in frameworks}
    places = {fw.id: _read(fw) for fw in frameworks}
    frame["file"] = frame["framework"].map(files).fillna("")
    rows = list(frame.itertuples(index=False))
    frame["line"] = [_line(places.get(r.framework), r) for r in rows]
    frame["related_line"] = [
        (places.get(r.framework) or _Places()).indicators.get(r.related_id, 0)
        if r.related_id
        else 0
        for r in rows
    ]
    return frame.astype({"line": int, "related_line": int})
