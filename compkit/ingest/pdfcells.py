"""The cells of a PDF table read from its layout lines: each cell's lines into paragraphs.

:func:`compkit.ingest.pdftables.find_tables` gives each cell's lines (text and line index);
:func:`cell_grid` makes them paragraphs, as a Word table's cells hold them, for
:func:`compkit.ingest.doctables.table_regions`. A line goes on with the paragraph above it when
it opens in lower case, or in a table of paragraphs (``prose``) when no gap parts them; a word
hyphenated at a line's end is joined whole when the whole is a word.
"""

from __future__ import annotations

import re

from .blocks import OPEN_END, Para, marker

__all__ = ["cell_grid"]

# prefixes written with a hyphen before a word: kept at a line end ("non-" "technical")
_PREFIXES = frozenset(["non", "self", "cross", "multi", "semi", "anti", "pseudo", "ex", "well"])


def _paras(lines: list[tuple[str, int]], at, key: str, *, prose=False, stops=False) -> list[Para]:
    """A cell's lines as paragraphs; with no list marker, a line in lower case continues.

    In a table whose statements end with full ``stops``, a line right under one left open
    (ending "and", "the", "across", a comma ...) continues it too ("Chief Information" under
    "Coordinate across").

    In ``prose`` cells (paragraphs of sentences, not a list) a paragraph is the lines that
    follow each other with no gap in the cell's column (the page's other columns go on
    beside a gap); a word hyphenated at a line end is joined whole when the whole is a word
    ("Ac-" "tively": "Actively"), else keeps its hyphen ("well-" "defined").
    """
    loc, bridged = at
    marked = any(marker(t)[1] or marker(t)[0] is not None for t, _ in lines)
    out: list[Para] = []
    for k, (text, n) in enumerate(lines):
        gap = n - lines[k - 1][1] if k else 0  # 1: the line right below the one before
        close = k > 0 and (gap == 1 or (gap == 2 and n - 1 in bridged))
        page, line = loc(n)
        open_end = bool(stops and close and out and OPEN_END.search(out[-1].text))
        if out and not marked and (close if prose else text[:1].islower() or open_end):
            last = out[-1]
            last.text = _join(last.text, text) if prose else f"{last.text} {text}"
            last.source["lines"].append(line)
            span = last.source["lines"]
            last.repair = (
                f"A statement wraps over {len(span)} lines of the table cell (page "
                f"{last.source['page']}, lines {span[0]}-{span[-1]}); joined with a space."
            )
            continue
        out.append(Para(text, {"page": page, "lines": [line]}, key=f"{key}P{k}"))
    return out


def _join(text: str, more: str) -> str:
    """A line and the next, a word hyphenated over the break joined when it is one word.

    Examples
    --------
    >>> _join("Reports progress. Ac-", "tively asks"), _join("based on well-", "defined")
    ('Reports progress. Actively asks', 'based on well-defined')
    >>> _join("day-to-", "day work"), _join("uses Kuber-", "netes")
    ('day-to-day work', 'uses Kubernetes')
    >>> _join("technical & non-", "technical people")  # a prefix written with its hyphen
    'technical & non-technical people'
    >>> _join("(Cloud-", "Watch, Prometheus)"), _join("HTTPS-", "JSON APIs")
    ('(Cloud-Watch, Prometheus)', 'HTTPS-JSON APIs')
    """
    m = re.search(r"(?<![\w-])(\w+)-$", text)  # not "day-to-" of "day-to-day"
    if m and more[:1].islower():
        head, tail = m.group(1).lower(), re.match(r"[a-z]*", more).group(0)
        # whole when the whole is a word, or a part is none ("Kuber-" "netes")
        whole = _word(head + tail) or not (_word(head) and _word(tail))
        whole = whole and not (head in _PREFIXES and _word(tail))  # "non-" "technical"
        return text[:-1] + more if whole else text + more
    if re.search(r"\w-$", text) and more[:1].islower():  # "day-to-" "day": a compound's hyphen
        return text + more
    if re.search(r"\w-$", text) and more[:1].isalnum():  # "HTTPS-" "JSON": a hyphen kept
        return text + more
    return f"{text} {more}"


def _word(w: str) -> bool:
    """Whether the dictionary knows ``w`` or the word it inflects (-s, -es, -ed, -ing)."""
    from ..checks.dictionary import known

    ends = ("s", "es", "ed", "d", "ing")
    return any(known(b) for b in [w, *(w[: -len(e)] for e in ends if w.endswith(e))])


def cell_grid(
    rows: list[list[list[tuple[str, int]]]], at, key: str, *, prose: bool = False
) -> list[list[dict]]:
    """A table's cells, each a dict of its paragraphs, source and shading, row by row.

    ``rows`` holds each cell's lines as (text, line index), the header row first; ``at`` is
    ``(loc, bridged)``: a line index's (page, line) and the blank lines that are page breaks
    inside a row. In a table where every cell's last line ends with a full stop, a line
    left open ("... across", "... and") runs on into the line below whatever its first letter.

    Examples
    --------
    >>> rows = [[[("Beginner", 0)], [("Advanced", 0)]],
    ...         [[("Conduct market research and", 1), ("FAR rules.", 2)],
    ...          [("Coordinate across", 1), ("Chief Information Officers.", 2)]]]
    >>> grid = cell_grid(rows, (lambda n: (1, n + 1), set()), "T")
    >>> [[p.text for p in cell["paras"]] for cell in grid[1]]
    [['Conduct market research and FAR rules.'], ['Coordinate across Chief Information Officers.']]
    """
    loc = at[0]
    ends = [cell[-1][0] for row in rows[1:] for cell in row if cell]
    stops = len(ends) >= 2 and all(t.endswith((".", "!", "?")) for t in ends)
    grid = []
    for r, row in enumerate(rows):
        cells = []
        for c, lines in enumerate(row):
            paras = _paras(
                lines, at, f"{key}R{r}C{c}", prose=prose and r > 0, stops=stops and r > 0
            )
            n = lines[0][1] if lines else min((ls[0][1] for ls in row if ls), default=0)
            source = {"page": loc(n)[0], "lines": [loc(n)[1]]} if lines else {"page": loc(n)[0]}
            cells.append({"paras": paras, "source": source, "shaded": False})
        grid.append(cells)
    return grid
