"""Tables in a PDF: columns told apart by where their text stands on the page.

pypdf's plain text gives a table's rows as lines, cells run together. Its *layout* extraction
keeps each line's horizontal spacing, so a table shows as columns of text. :func:`find_tables`
looks in a page's layout lines for a header row whose cells all name levels ("Foundation
Practitioner Expert") or a polarity ("Effective behaviours | Ineffective behaviours"), then reads
the lines below it into cells by the column each piece of text starts in, a blank line closing
a row, until a short line at the left margin after a blank line (the next heading) or a new
header. Each table becomes a grid for :func:`compkit.ingest.doctables.table_regions`; the page's
other lines stay text. It is a heuristic: every table found is named in the report.
"""

from __future__ import annotations

import re

from .blocks import Para, clean, marker
from .labels import level_score, polarity_of

__all__ = ["find_tables", "may_hold_table", "segments"]

_SIDES = re.compile(r"\b(?:in)?effective\b|\bpositive\b|\bnegative\b", re.IGNORECASE)
_LONE_BULLET = re.compile(r"^[•·▪◦‣∙●○■□\uf0b7\uf0a7\uf076\uf0d8\uf0fc*–-]$")


def segments(line: str) -> list[tuple[int, str]]:
    """The pieces of a layout line separated by three spaces or more, with their columns.

    A bullet standing alone is joined to the text after it.

    Examples
    --------
    >>> segments("Foundation       Practitioner    Expert")
    [(0, 'Foundation'), (17, 'Practitioner'), (33, 'Expert')]
    >>> segments("•   Listens    •   Adapts")
    [(0, '• Listens'), (15, '• Adapts')]
    """
    out: list[tuple[int, str]] = []
    pending = None
    for m in re.finditer(r"\S+(?: {1,2}\S+)*", line):
        if _LONE_BULLET.match(m.group(0)):
            pending = (m.start(), m.group(0))
            continue
        if pending is not None:
            out.append((pending[0], f"{pending[1]} {m.group(0)}"))
            pending = None
        else:
            out.append((m.start(), m.group(0)))
    return out


def _header(line: str) -> list[tuple[int, str]] | None:
    """The cells of a table header line: two or more, all level names or all polarities."""
    cells = segments(line)
    if len(cells) < 2 or any(marker(t)[1] or marker(t)[0] is not None for _, t in cells):
        return None
    texts = [t for _, t in cells]
    if all(polarity_of(t) for t in texts) or all(level_score(t) >= 0.8 for t in texts):
        return cells
    return None


def may_hold_table(lines: list[str]) -> bool:
    """Whether a page's plain text may hold a table find_tables reads (worth its layout text).

    Two level names or polarity labels within three lines, or on one line.
    """
    named = [
        bool(polarity_of(t) or (len(t.split()) <= 3 and level_score(t) >= 0.8))
        for t in (clean(line) for line in lines)
    ]
    pairs = any(sum(named[k : k + 3]) >= 2 for k in range(len(named)))
    return pairs or any(len(_SIDES.findall(line)) >= 2 for line in lines)


def _column(starts: list[int], at: int) -> int:
    return max((k for k, s in enumerate(starts) if s <= at + 2), default=0)


def find_tables(lines: list[str], page: int, key: str) -> tuple[list[str], dict, list[tuple]]:
    """Find the tables of one page's layout lines.

    Returns the lines with each table's lines blanked (its grid placed at its header line), the
    grids by line index, and report notes.
    """
    out = list(lines)
    tables: dict[int, list[list[dict]]] = {}
    notes: list[tuple] = []
    i = 0
    while i < len(lines):
        head = _header(lines[i])
        if head is None:
            i += 1
            continue
        starts = [s for s, _ in head]
        grid_rows = [[[(t, i)] for _, t in head]]
        j = i + 1
        while j < len(lines) and lines[j].strip():  # more header lines (a role under a level)
            for at, text in segments(lines[j]):
                grid_rows[0][_column(starts, at)].append((text, j))
            j += 1
        row: list[list[tuple[str, int]]] | None = None
        end = j
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                row = None
                j += 1
                continue
            parts = segments(line)
            if _header(line) or (
                row is None
                and len(parts) == 1
                and parts[0][0] <= starts[0] + 1
                and _heading_like(parts[0][1])
            ):
                break
            if row is None:
                row = [[] for _ in starts]
                grid_rows.append(row)
            for at, text in parts:
                row[_column(starts, at)].append((text, j))
            end = j = j + 1
        if len(grid_rows) > 1:
            tables[i] = _grid(grid_rows, page, f"{key}T{i}")
            for k in range(i, end):
                out[k] = ""
            kind = "polarity" if polarity_of(head[0][1]) else "level"
            shown = ", ".join(t for _, t in head)
            notes.append(
                (
                    "guess",
                    f"a table with a column per {kind} ({shown}) read from where its text "
                    "stands on the page (pypdf's layout text; line numbers count its lines); "
                    "check its cells",
                    0.6,
                    {"page": page, "lines": [i + 1]},
                )
            )
        i = max(end, i + 1)
    return out, tables, notes


def _heading_like(text: str) -> bool:
    text = clean(text)
    number, bullet, _ = marker(text)
    return (
        number is None
        and not bullet
        and len(text.split()) <= 10
        and not text.endswith((".", ";", ","))
        and text[:1].isupper()
    )


def _paras(lines: list[tuple[str, int]], page: int, key: str) -> list[Para]:
    """A cell's lines as paragraphs; with no list marker, a line in lower case continues."""
    marked = any(marker(t)[1] or marker(t)[0] is not None for t, _ in lines)
    out: list[Para] = []
    for k, (text, n) in enumerate(lines):
        if out and not marked and text[:1].islower():
            last = out[-1]
            last.text = f"{last.text} {text}"
            last.source["lines"].append(n + 1)
            span = last.source["lines"]
            last.repair = (
                f"A statement wraps over {len(span)} lines of the table cell (page {page}, "
                f"lines {span[0]}-{span[-1]}); joined with a space."
            )
            continue
        out.append(Para(text, {"page": page, "lines": [n + 1]}, key=f"{key}P{k}"))
    return out


def _grid(rows: list[list[list[tuple[str, int]]]], page: int, key: str) -> list[list[dict]]:
    grid = []
    for r, row in enumerate(rows):
        cells = []
        for c, lines in enumerate(row):
            paras = _paras(lines, page, f"{key}R{r}C{c}")
            first = lines[0][1] + 1 if lines else None
            source = {"page": page, "lines": [first]} if first else {"page": page}
            cells.append({"paras": paras, "source": source, "shaded": False})
        grid.append(cells)
    return grid
