"""Read a cross-walk file (SSSOM TSV): its YAML header, its table, every problem at once.

The table is read as written (SSSOM TSV does not quote) or as a spreadsheet saves it again
(cells in double quotes, ``#`` lines padded with tabs); each row is held to
:data:`~compkit.crosswalk.sssomspec.ROW_SPEC` and every problem is reported with its line.
:mod:`compkit.crosswalk.sssom` writes what this reads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import NoReturn

import pandas as pd
import yaml

from .. import _atomic
from ..errors import CrosswalkError, Problem
from ._sssomrows import category_curies, check_rows, wrong_file
from .decisions import review_states
from .guards import binary_kind, csv_export
from .sssomprefix import framework_prefixes, renamed, renamed_header
from .sssomspec import CROSSWALK_COLUMNS, FORMULA, MANDATORY, NUMERIC, ROW_SPEC

__all__ = ["read_sssom"]

#: A formula's first character after a line break, with the ``'`` the writer puts before it.
_INNER_GUARD = re.compile(r"([\r\n])'([=+\-@])")

#: How to save a cross-walk edited in a spreadsheet again as text that keeps its tabs.
_SAVE_AS = (
    "; save it again as tab-separated text: in Excel, Save As 'Unicode Text (*.txt)' (compkit "
    "reads it); in LibreOffice, Save As 'Text CSV' with Tab as the field delimiter and "
    "character set UTF-8"
)


def read_sssom(path: str | os.PathLike) -> pd.DataFrame:
    """Read a cross-walk (SSSOM TSV); the header is kept in ``frame.attrs["sssom"]``.

    ``path`` is a file, or the name of a cross-walk shipped in ``data/crosswalks/`` (``cis-wsx``).
    A cell is as written (SSSOM TSV does not quote), or in double quotes, as :func:`write_sssom`
    and spreadsheets write a tab, line break or quote in a cell.

    Every problem is reported at once with its line in the file: a row of more or fewer cells
    than the header, a missing mandatory column or value, an undeclared prefix, a predicate not
    SKOS or justification not SEMAPV, a bad review status, number or date (YYYY-MM-DD).

    Raises
    ------
    compkit.CrosswalkError
        When the file cannot be used (the message names each bad line and value).

    Examples
    --------
    >>> import compkit
    >>> cw = compkit.read_sssom("cis-wsx")
    >>> cw["review_status"].value_counts()["no_match"]
    np.int64(3)
    """
    from ..errors import InputError
    from ..framework.io import data_dir
    from ..framework.limits import read_text

    given = path = _atomic.as_path(path)
    shipped = data_dir() / "crosswalks"
    if not path.exists() and path.parent == Path() and not path.suffix:
        path = shipped / f"{path.name}.sssom.tsv"
    if not path.exists():
        names = ", ".join(sorted(p.name[:-10] for p in shipped.glob("*.sssom.tsv"))) or "none"
        tried = f" here, nor a shipped cross-walk of that name ({names})" if path != given else ""
        _refuse(given, f"no such cross-walk file{tried}")
    if said := wrong_file(path):  # empty, a Word document, a locked Office file (by its bytes)
        _refuse(path, said)
    try:
        text = read_text(path)  # size, encoding, not a folder
    except InputError as exc:
        said = str(exc).removeprefix(f"{path}: ")
        if said.startswith("not UTF-8"):  # a spreadsheet's "CSV UTF-8" would lose the tabs
            said = said.split("; save", 1)[0] + _SAVE_AS
        _refuse(path, binary_kind(path) or said)
    # the header is the "#" lines at the top; the table is the rest, as written (a value may
    # hold a line break, even one followed by "#")
    lines, at = [], 0
    while at < len(text) and text.startswith(("#", '"#'), at):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        lines.append(_unpadded(text[at:end]))
        at = end
    head = [ln[1:].removeprefix(" ").replace("\r\n", "\n") for ln in lines]
    try:
        meta = _header(head)
    except yaml.YAMLError as exc:
        _refuse_framework(path, text)
        mark = getattr(exc, "problem_mark", None)  # a ReaderError (a control character) has none
        said = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        what = f"the metadata header (lines starting '#') is not valid YAML: {said}"
        _refuse(path, what, mark and mark.line + 1)
    if not text[at:].strip():
        _refuse(path, "no mapping table after the header", len(head) + 1)
    columns, rows, problems = _table(text[at:], len(head) + 1)
    if any(col not in columns for col in MANDATORY):
        _refuse_framework(path, text)
        if not head and (said := csv_export(columns)):  # a CSV compkit wrote (no '#' lines)
            _refuse(path, said)
    problems += check_rows(columns, rows, meta if isinstance(meta, dict) else {}, ROW_SPEC)
    if problems:
        raise CrosswalkError(path, problems)
    frame = pd.DataFrame([list(map(_unguard, cells)) for _, cells in rows], columns=columns)
    extra = [c for c in columns if c not in CROSSWALK_COLUMNS]
    frame = frame.astype(str).reindex(columns=[*CROSSWALK_COLUMNS, *extra], fill_value="")
    for key, value in (meta if isinstance(meta, dict) else {}).items():
        if key in frame.columns and isinstance(value, str | dt.date) and key not in NUMERIC:
            frame[key] = frame[key].mask(frame[key] == "", str(value))  # a slot set for all rows
    for col in NUMERIC:  # checked: each a number or empty
        frame[col] = pd.to_numeric(frame[col].replace("", None))
    frame["review_status"] = review_states(frame)
    frame.loc[frame["review_status"] == "rejected", "predicate_modifier"] = "Not"
    # a prefix declared with a framework's IRI (monzo_backend: .../monzo-backend/) is its id
    names = framework_prefixes(meta.get("curie_map") if isinstance(meta, dict) else None)
    frame, meta = renamed(frame, names), renamed_header(meta, names)
    frame = category_curies(frame, bare=True)  # a competency: cis:people in the file, people here
    frame.attrs["sssom"] = meta
    return frame


#: A header line YAML reads: a key (``license: ...``), a list item, a comment, or indented
_YAML_LINE = re.compile(
    r"^(?:$|\s|[\"']?[A-Za-z_][\w.-]*[\"']?\s*:(?:\s|$)|-(?:\s|$)|#|---|\.\.\.)"
)


def _header(head: list[str]):
    r"""The metadata header, read as YAML; a line of prose in it (a note, a tool's banner) is none.

    Another tool's file may open its ``#`` lines with words of its own ("# Mappings curated by
    ..."), which are no YAML and stopped the whole file; the header is read without them when
    only they stand in the way.

    Examples
    --------
    >>> _header(["Mappings from our tool.\n", "license: x\n"])
    {'license': 'x'}
    """
    try:
        return yaml.safe_load("".join(head)) or {}
    except yaml.YAMLError:
        kept = ["\n" if not _YAML_LINE.match(line) else line for line in head]
        if kept == head:
            raise
        try:
            meta = yaml.safe_load("".join(kept)) or {}
        except yaml.YAMLError:
            meta = None
        if not isinstance(meta, dict):
            raise
        return meta


def _refuse(path: Path | None, message: str, line: int | None = None) -> NoReturn:
    raise CrosswalkError(path, [Problem("", message, line)]) from None


def _refuse_framework(path: Path, text: str) -> None:
    """Refuse a framework file given where a cross-walk was expected, saying so."""
    keys = set(re.findall(r"(?m)^(schema_version|competencies|levels|title)[ \t]*:(?!\S)", text))
    if len(keys) >= 2:
        _refuse(None, f"{path} is a framework file, not a cross-walk (SSSOM TSV)")


def _unguard(value: str) -> str:
    """A cell without the ``'`` :func:`_guard` wrote before a formula's first character."""
    value = value[1:] if value.startswith("'") and value[1:2] in FORMULA else value
    return _INNER_GUARD.sub(r"\1\2", value) if "'" in value else value


def _unpadded(line: str) -> str:
    r"""A header line as written, when a spreadsheet saved the file again.

    LibreOffice and Excel pad each ``#`` line with a tab per column of the table and put one
    holding a double quote in quotes; read as they were, the header is no longer YAML.

    Examples
    --------
    >>> _unpadded("# license: x\t\t\t\n"), _unpadded('"# title: ""A"" to B"\t\t\n')
    ('# license: x\n', '# title: "A" to B\n')
    >>> _unpadded("cis:a\tskos:closeMatch\t\t\n")  # a row keeps its empty cells
    'cis:a\tskos:closeMatch\t\t\n'
    """
    if line.startswith('"#'):
        bare = line.rstrip("\t\r\n")
        if bare.endswith('"'):
            line = bare[1:-1].replace('""', '"') + "\n"
    if line.startswith("#"):
        return line.rstrip("\t\r\n") + "\n"
    return line


#: A quoted cell: ``"`` ... ``"`` before a tab or the end of a line, ``""`` inside for ``"``.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"(?=[\t\r\n]|\Z)')
_PLAIN = re.compile(r"[^\t\r\n]*")


def _rows(body: str, line: int):
    r"""Each row of the table as (first line, cells, last line); blank lines are skipped.

    A ``"`` that does not close a cell before a tab or the end of a line is text. A row of
    empty cells only (a spreadsheet row whose cells were cleared, not deleted) is blank too.

    Examples
    --------
    >>> list(_rows('a\t"b\tc"\n\n"x\t""y""\n"\t"z\n\t\t\n', 5))
    [(5, ['a', 'b\tc'], 5), (7, ['x\t"y"\n', '"z'], 8)]
    """
    at = 0
    while at < len(body):
        first, cells = line, []
        while True:
            m = _QUOTED.match(body, at) or _PLAIN.match(body, at)
            cells.append(m.group(1).replace('""', '"') if m.re is _QUOTED else m.group(0))
            line, at = line + m.group(0).count("\n"), m.end()
            if not body.startswith("\t", at):
                break
            at += 1
        at += 2 if body.startswith("\r\n", at) else 1
        if any(cells):
            yield first, cells, line
        line += 1


def _table(body: str, line: int) -> tuple[list[str], list, list[Problem]]:
    """The header row, the rows as (line, cells) and the problems of their shape.

    Empty cells past the header's (a spreadsheet's padding) are dropped and a short row is
    filled with empty cells, unless it lacks a mandatory one; any other row is one problem.
    """
    rows = list(_rows(body, line))
    at, columns, _ = rows[0]
    while len(columns) > 1 and not columns[-1]:
        columns.pop()
    missing = [col for col in MANDATORY if col not in columns]
    twice = sorted({c for c in columns if columns.count(c) > 1})
    if missing or twice:
        found = ", ".join(columns[:6]) or "none"
        if len(columns) == 1 and found.count(",") > 2:  # saved as CSV
            found = "one cell of text with commas; SSSOM TSV separates cells with tabs"
        said = [f"column {c!r} appears twice in the header row" for c in twice] or [
            f"missing mandatory column{'s' * (len(missing) > 1)} {', '.join(missing)} in the "
            f"table's header row (found: {found}); SSSOM needs {', '.join(MANDATORY)}"
        ]
        return columns, [], [Problem("", message, at) for message in said]
    width, needed = len(columns), max(columns.index(c) + 1 for c in MANDATORY)
    kept, problems, joined = [], [], set()
    for k, (first, cells, last) in enumerate(rows[1:], start=1):
        while len(cells) > width and not cells[-1]:
            cells.pop()
        if k in joined:
            continue
        end, n = k, len(cells)  # a row cut by line breaks: short rows adding up to the header's
        while n < width and end + 1 < len(rows) and len(rows[end + 1][1]) < width:
            end, n = end + 1, n + len(rows[end + 1][1]) - 1
        if end > k and n == width:
            joined.update(range(k + 1, end + 1))
            what = f"a line break inside a cell cuts this row, lines {first} to {rows[end][2]}"
        elif k == len(rows) - 1 and len(cells) < width and not body.endswith(("\n", "\r")):
            what = (  # every writer ends a row with a line break: the file was cut short
                f"the file ends inside its last row ({len(cells)} of {width} cells, no line "
                "break after it): was it not written in full? expected every row whole, "
                "ending with a line break; save or copy the file again"
            )
        elif needed <= len(cells) <= width:
            kept.append((first, cells + [""] * (width - len(cells))))
            continue
        else:
            why = (
                "a tab inside a cell?"
                if len(cells) > width
                else "cells missing, or a line break in a cell?"
            )
            if last > first:
                why = f"a double quote opens a cell that runs to line {last}: a quote not closed?"
            what = f"{len(cells)} cells, the header has {width} ({why})"
        problems.append(Problem("", what, first))
    return columns, kept, problems
