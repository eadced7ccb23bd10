r"""Markdown pipe tables (GitHub Flavored Markdown), read as the HTML tables of a page are.

A pipe table is a header row, a delimiter row of dashes (``--- | :---:``) and the rows below
it up to a blank line; the pipes at either end of a row are optional and ``\|`` is a pipe in a
cell's text. Each table becomes a grid of cells for
:func:`compkit.ingest.doctables.table_regions`, put at the table's first line (the table's
lines are left blank), so a table of effective | ineffective behaviours or of a column per
level reads as the same table in Word or HTML does; the delimiter row is markup, never text. In
a page that also holds HTML, each table is rewritten as an HTML table on the same lines.
"""

from __future__ import annotations

import html
import re

from .blocks import Para, clean
from .markup import inline_markdown

__all__ = ["pipe_tables", "pipe_tables_as_html"]

_DELIMITER = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    r"""A row's cells, without the pipes at its ends; ``\|`` is a pipe in the text.

    Examples
    --------
    >>> _cells("| Good | Bad |"), _cells("a \\| b | c")
    (['Good', 'Bad'], ['a | b', 'c'])
    """
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)]


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) of every pipe table: a header row over a delimiter row with as many cells."""
    out, i = [], 0
    while i + 1 < len(lines):
        head, rule = lines[i], lines[i + 1]
        if (
            "|" in head
            and "|" in rule
            and _DELIMITER.match(rule)
            and len(_cells(head)) == len(_cells(rule))
        ):
            end = i + 2
            while end < len(lines) and lines[end].strip() and "|" in lines[end]:
                end += 1
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _rows(lines: list[str], first: int, end: int) -> list[tuple[int, list[str]]]:
    """The table's rows (the delimiter row left out), each padded or cut to the header's width.

    Each row is its line index and its cells' texts, inline Markdown resolved.
    """
    width = len(_cells(lines[first]))
    out = []
    for k in (first, *range(first + 2, end)):
        cells = [*_cells(lines[k]), *[""] * width][:width]
        out.append((k, cells))
    return out


def pipe_tables(
    lines: list[str], places: list[dict] | None = None
) -> tuple[list[str], dict[int, list[list[dict]]]]:
    """Take the pipe tables out of Markdown lines as grids of cells.

    Returns the lines with every table line blank, and each table's grid keyed by its first
    line's index (where :func:`compkit.ingest.textlines.text_document` places it). A cell's
    paragraphs are its text split at ``<br>``.

    Examples
    --------
    >>> lines, tables = pipe_tables(["Good | Bad", "--- | ---", "Plans | Drifts", "", "After"])
    >>> lines
    ['', '', '', '', 'After']
    >>> [[[p.text for p in cell["paras"]] for cell in row] for row in tables[0]]
    [[['Good'], ['Bad']], [['Plans'], ['Drifts']]]
    """
    out = list(lines)
    tables: dict[int, list[list[dict]]] = {}
    for first, end in _spans(lines):
        grid = []
        for r, (k, cells) in enumerate(_rows(lines, first, end)):
            where = dict(places[k]) if places else {"lines": [k + 1]}
            row = []
            for c, cell in enumerate(cells):
                parts = [clean(inline_markdown(part)) for part in _BREAK.split(cell)]
                paras = [
                    Para(text, dict(where), blank_before=True, key=f"T{first + 1}R{r}C{c}P{p}")
                    for p, text in enumerate(t for t in parts if t)
                ]
                row.append({"paras": paras, "source": dict(where), "shaded": False})
            grid.append(row)
        tables[first] = grid
        out[first:end] = [""] * (end - first)
    return out, tables


def pipe_tables_as_html(lines: list[str]) -> list[str]:
    """Markdown lines with every pipe table written as an HTML table on the same lines.

    For a page that also holds HTML (read by :mod:`compkit.ingest.markup`): each row keeps its
    line, the delimiter row is left blank.

    Examples
    --------
    >>> pipe_tables_as_html(["A | B", "-|-", "x<br>y | **z**"])
    ['<table><tr><th>A</th><th>B</th></tr>', '', '<tr><td>x<br>y</td><td>z</td></tr></table>']
    """
    out = list(lines)
    for first, end in _spans(lines):
        for n, (k, cells) in enumerate(_rows(lines, first, end)):
            tag = "th" if n == 0 else "td"
            texts = [
                "<br>".join(html.escape(inline_markdown(part)) for part in _BREAK.split(cell))
                for cell in cells
            ]
            row = "<tr>" + "".join(f"<{tag}>{t}</{tag}>" for t in texts) + "</tr>"
            out[k] = ("<table>" if n == 0 else "") + row
        out[first + 1] = ""
        out[end - 1] += "</table>"
    return out
