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

__all__ = ["cell_grid", "join_lines", "words_of"]

# prefixes written with a hyphen before a word: kept at a line end ("non-" "technical")
_PREFIXES = frozenset(["non", "self", "cross", "multi", "semi", "anti", "pseudo", "ex", "well"])


def _paras(
    lines: list[tuple[str, int]], at, key: str, *, prose=False, stops=False, words=frozenset()
) -> list[Para]:
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
    dashes = {k for k in range(1, len(lines)) if prose and _dash_goes_on(lines, k)}
    marked = any(
        marker(t)[1] or marker(t)[0] is not None
        for k, (t, _) in enumerate(lines)
        if k not in dashes
    )
    out: list[Para] = []
    hyphens: set[int] = set()  # the paragraphs joined over a line-end hyphen
    for k, (text, n) in enumerate(lines):
        gap = n - lines[k - 1][1] if k else 0  # 1: the line right below the one before
        close = k > 0 and (gap == 1 or (gap == 2 and n - 1 in bridged))
        page, line = loc(n)
        open_end = bool(stops and close and out and OPEN_END.search(out[-1].text))
        if out and not marked and (close if prose else text[:1].islower() or open_end):
            last = out[-1]
            hyphen = prose or re.search(r"\w-$", last.text)  # never "end- to-end"
            if re.search(r"\w-$", last.text):
                hyphens.add(len(out) - 1)
            mended = len(out) - 1 in hyphens
            last.text = join_lines(last.text, text, words) if hyphen else f"{last.text} {text}"
            last.source["lines"].append(line)
            span = last.source["lines"]
            last.repair = (
                f"A statement wraps over {len(span)} lines of the table cell (page "
                f"{last.source['page']}, lines {span[0]}-{span[-1]}); joined with a space"
                + (
                    "; a line-end hyphen dropped or kept as the table spells the word "
                    "elsewhere, else by the dictionary."
                    if mended
                    else "."
                )
            )
            continue
        out.append(Para(text, {"page": page, "lines": [line]}, key=f"{key}P{k}"))
    return out


def _dash_goes_on(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether cell line ``k``, opening with a dash, goes on with the sentence above it.

    A dash right under a line left open (no full stop, colon or semicolon) in a paragraph of
    prose is the author's dash ("granular locking - systems that ..."), not a list marker.
    """
    (text, n), (above, m) = lines[k], lines[k - 1]
    return (
        bool(re.match(r"[-–—]\s+\S", text))
        and n - m == 1
        and not above.endswith((".", "!", "?", ":", ";"))
    )


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


def words_of(texts) -> frozenset[str]:
    """The words (hyphenated ones whole) of some texts, in lower case.

    Examples
    --------
    >>> sorted(words_of(["Uses TypeScript", "end-to-end"]))
    ['end-to-end', 'typescript', 'uses']
    """
    return frozenset(w.lower() for t in texts for w in re.findall(r"\w+(?:-\w+)*", t))


def join_lines(text: str, more: str, words: frozenset[str] = frozenset()) -> str:
    """Join a line to the next, a line-end hyphen mended as the document itself spells it.

    A word hyphenated over the break ("Type-" "Script.") is joined whole when the document
    writes it whole elsewhere ("TypeScript"), and keeps its hyphen when it writes it with one;
    else :func:`_join` decides by the dictionary. A compound's hyphen is kept with no space
    ("end-" "to-end": "end-to-end").

    Examples
    --------
    >>> join_lines("CSS and Type-", "Script.", frozenset(["typescript"]))
    'CSS and TypeScript.'
    >>> join_lines("consistent end-", "to-end user"), join_lines("a plan", "for it")
    ('consistent end-to-end user', 'a plan for it')
    """
    m = re.search(r"(?<![\w-])(\w+)-$", text)
    tail = re.match(r"[^\W\d_]+", more)
    if m and tail:
        if (m.group(1) + tail.group(0)).lower() in words:
            return text[:-1] + more
        if f"{m.group(1)}-{tail.group(0)}".lower() in words:
            return text + more
    return _join(text, more)


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
    words = words_of(t for row in rows for cell in row for t, _ in cell)  # the table's spellings
    grid = []
    for r, row in enumerate(rows):
        cells = []
        for c, lines in enumerate(row):
            paras = _paras(
                lines,
                at,
                f"{key}R{r}C{c}",
                prose=prose and r > 0,
                stops=stops and r > 0,
                words=words,
            )
            n = lines[0][1] if lines else min((ls[0][1] for ls in row if ls), default=0)
            source = {"page": loc(n)[0], "lines": [loc(n)[1]]} if lines else {"page": loc(n)[0]}
            cells.append({"paras": paras, "source": source, "shaded": False})
        grid.append(cells)
    return grid
