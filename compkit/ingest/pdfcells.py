"""The cells of a PDF table read from its layout lines: each cell's lines into paragraphs.

:func:`compkit.ingest.pdftables.find_tables` gives each cell's lines (text and line index);
:func:`cell_grid` makes them paragraphs, as a Word table's cells hold them, for
:func:`compkit.ingest.doctables.table_regions`. A line goes on with the paragraph above it when
it opens in lower case, or in a table of paragraphs (``prose``) when no gap parts them; a word
hyphenated at a line's end is joined whole when the whole is a word.
"""

from __future__ import annotations

import re

from .blocks import OPEN_END, Para, clean, marker
from .pdfbold import bold_turns
from .pdfgaps import cell_gaps
from .pdfhyphens import _join, join_lines, words_of  # noqa: F401 (_join: probe25a tests it)
from .pdfhyphens import known_word as _word
from .pdfitems import bare_items, fits, name_goes_on, opens, sentence_items, turn
from .pdfwraps import broken_word, short, trusted

__all__ = ["cell_grid", "join_lines", "split_word", "words_of"]


def _paras(
    lines: list[tuple[str, int]],
    at,
    key: str,
    *,
    prose=False,
    stops=False,
    words=frozenset(),
    width: int = 0,
    items: bool = False,
    bare: frozenset | None = None,
    name: bool = False,
    wraps: list | None = None,
    drawn: list | None = None,
    gaps: list | None = None,
    kept: list | None = None,
) -> list[Para]:
    """A cell's lines as paragraphs; with no list marker, a line in lower case continues.

    A line opening with a quotation mark or bracket before a lower-case letter is in lower
    case ("Analysing services from the" / "‘customer perspective’ to ensure").

    In a table whose statements end with full ``stops``, a line right under one left open
    (ending "and", "the", "across", a comma ...) continues it too ("Chief Information" under
    "Coordinate across").

    In ``prose`` cells (paragraphs of sentences, not a list) a paragraph is the lines that
    follow each other with no gap in the cell's column (the page's other columns go on
    beside a gap); a word hyphenated at a line end is joined whole when the whole is a word
    ("Ac-" "tively": "Actively"), else keeps its hyphen ("well-" "defined"); but a line in
    capitals under a line with no stop whose first word would have fitted on that line (the
    column ``width`` wide) starts a paragraph: the line above ended short by a break, not by a
    wrap ("following current best" / "practices" / "Delivers features"). In a table of
    sentence ``items`` (see :func:`sentence_items`) a line in capitals under a line ending a
    sentence starts a paragraph too ("assigned tasks." / "Independently plans"); in a table of
    ``bare`` items (see :func:`bare_items`) so does one under a line left with no stop (see
    :func:`opens`), but in a cell ending with a full stop (sentences: "You actively help" /
    "Delivery and Product managers ..."). In a column of row names (``name``), a name
    wrapped in title case goes on (:func:`~compkit.ingest.pdfitems.name_goes_on`). Where the
    lines' ends tell (``wraps``: each line's end keeps a space,
    :mod:`compkit.ingest.pdfwraps`), a line ending with a space runs on, and one ending with
    none short of the column's ``width`` by more than the next line's first word, or by a
    quarter of it (:func:`~compkit.ingest.pdfwraps.short`), ends its paragraph, but for a
    word broken with no hyphen. A line a bullet drawn as a shape stands before (``drawn``)
    opens a paragraph. Where the steps between lines tell (``gaps``: a gap above each line,
    :mod:`compkit.ingest.pdfgaps`), a line under a gap opens a paragraph and one under the
    ordinary step goes on. A line ending with a slash or dash whose plain text keeps a space
    after it (``kept``, each line's sign whether or not the table's signs are trusted) goes on
    with that space: the source's ("knowledge/ skills"), not a word broken at the mark.
    """
    loc, bridged = at
    dashes = {k for k in range(1, len(lines)) if prose and _dash_goes_on(lines, k)}
    marked = any(
        marker(t)[1] or marker(t)[0] is not None
        for k, (t, _) in enumerate(lines)
        if k not in dashes
    )
    out: list[Para] = []
    low = bool(lines) and lines[0][0].lstrip("‘“'\"(")[:1].islower()  # items in lower case
    hyphens: set[int] = set()  # the paragraphs joined over a line-end hyphen
    cuts: dict[int, list[str]] = {}  # the words each paragraph has broken with no hyphen
    for k, (text, n) in enumerate(lines):
        gap = n - lines[k - 1][1] if k else 0  # 1: the line right below the one before
        lower = text.lstrip("‘“'\"(")[:1].islower()  # "‘customer perspective’" goes on
        close = k > 0 and (gap == 1 or (gap == 2 and n - 1 in bridged))
        close = close or (k > 0 and _over(lines[k - 1][0], lower, lines[k - 1][1], n, bridged))
        page, line = loc(n)
        open_end = bool(stops and close and out and OPEN_END.search(out[-1].text))
        broken = prose and k > 0 and fits(lines[k - 1][0], text, width)
        broken = broken or (prose and items and k > 0 and turn(lines[k - 1][0], text, True))
        broken = broken or (
            prose and bare is not None and k > 0 and opens(lines[k - 1][0], text, bare)
        )
        broken = broken and not (name and close and out and name_goes_on(out[-1].text, text))
        goes = close if prose else lower or open_end
        sign, above = (wraps[k - 1] if wraps and k else None), lines[k - 1][0].rstrip()
        cut_word = sign is False and close and broken_word(above, text, _word)
        if close and (sign is True or cut_word):
            broken, goes = False, True  # a wrapped line, or a word broken with no hyphen
        elif (
            sign is False and close and text[:1].isalnum() and short(above, text, width, lower=low)
        ):
            goes = False  # the line above ended its paragraph short of the column
        if drawn and drawn[k]:
            broken = True  # a bullet drawn as a shape opens the line's item
        if gaps and k and gaps[k] is not None and not marked:
            broken, goes = gaps[k], not gaps[k]  # the space above the line tells
        if marked and out and close and _spaced(kept, k, out[-1].text, text):
            out[-1].text += f" {text}"  # an item's "knowledge/ " kept its space: the source's
            out[-1].source["lines"].append(line)
            continue
        if out and not marked and not broken and goes:
            last = out[-1]
            hyphen = prose or re.search(r"\w-$", last.text)  # never "end- to-end"
            if re.search(r"\w-$", last.text):
                hyphens.add(len(out) - 1)
            mended = len(out) - 1 in hyphens
            if cut_word:
                cuts.setdefault(len(out) - 1, []).append(
                    f"'{above.split()[-1]}' '{text.split()[0]}'"
                )
                last.text += text
            elif (cut := split_word(last.text, text)) is not None:
                cuts.setdefault(len(out) - 1, []).append(cut)
                last.text += text  # "recommenda" "tions": one word, no space
            elif _spaced(kept, k, last.text, text):
                last.text = f"{last.text} {text}"  # "knowledge/ " kept its space: the source's
            elif hyphen:
                last.text = join_lines(last.text, text, words)
            else:
                last.text = f"{last.text} {text}"
            last.source["lines"].append(line)
            span = last.source["lines"]
            last.repair = (
                f"A statement wraps over {len(span)} lines of the table cell (page "
                f"{last.source['page']}, lines {span[0]}-{span[-1]}); joined with a space"
                + (
                    "; a line-end hyphen dropped or kept as the table spells the word "
                    "elsewhere, else by the dictionary"
                    if mended
                    else ""
                )
                + _cut_note(cuts.get(len(out) - 1, []))
                + "."
            )
            continue
        out.append(Para(text, {"page": page, "lines": [line]}, key=f"{key}P{k}"))
    return out


def _spaced(kept: list | None, k: int, above: str, text: str) -> bool:
    """Whether line ``k`` goes on from a line ending with a slash or dash and a kept space.

    >>> _spaced([True], 1, "technical knowledge/", "skills"), _spaced([False], 1, "and/", "or")
    (True, False)
    """
    ends = above.endswith(("/", "-", "–", "—"))
    opens = marker(text)
    return (
        bool(kept) and k > 0 and kept[k - 1] is True and ends and not opens[1] and opens[0] is None
    )


def _over(text: str, lower: bool, above: int, n: int, bridged) -> bool:
    """Whether line ``n`` goes on from line ``above`` of its cell over a page break in its row.

    Between them stand the page's lines under the cell's end (the row's other cells' text),
    then the break and a header repeated at the next page's top, all of them ``bridged``;
    and the sentence is open: line ``above`` (``text``) ends open ("... communicating the")
    or with a hyphen, or line ``n`` opens in lower case (``lower``).

    >>> _over("when communicating the", False, 4, 8, {6, 7}), _over("planning", False, 4, 8, {6, 7})
    (True, False)
    >>> _over("and seek", True, 4, 8, {6}), _over("and seek", True, 4, 6, set())
    (False, False)
    """
    first = next((m for m in range(above + 1, n) if m in bridged), None)
    if first is None or not all(m in bridged for m in range(first, n)):
        return False
    return lower or bool(OPEN_END.search(text.rstrip()) or text.rstrip().endswith("-"))


def split_word(text: str, more: str) -> str | None:
    """The word a narrow column broke over two lines with no hyphen, else None.

    The line ends in a piece of a word and the next opens with the rest in lower case
    ("recommenda" "tions", "improvement" "s", "Understandi" "ng"): joined, the pieces make a
    word the dictionary knows, and they are not both words themselves (a single letter
    other than "a" or "I" is no word). Two words are never joined ("in" "formation"), nor
    an abbreviation in capitals ("IT" "s").
    Returns the pieces as the report shows them.

    Examples
    --------
    >>> split_word("priorities and recommenda", "tions"), split_word("improvement", "s in")
    ("'recommenda' 'tions'", "'improvement' 's'")
    >>> split_word("Understandi", "ng and"), split_word("gathers in", "formation")
    ("'Understandi' 'ng'", None)
    >>> split_word("uses Kuber", "netes"), split_word("Agile", "teams")
    (None, None)
    """
    head = re.search(r"(?<![\w'’.@/-])[^\W\d_]+$", text)
    tail = re.match(r"[a-z]+(?![\w'’-])", more)
    if head is None or tail is None:
        return None
    a, b = head.group(0), tail.group(0)
    if (a.isupper() and len(a) > 1) or (_real(a.lower()) and _real(b)):  # "IT" "s": no word
        return None
    return f"'{a}' '{b}'" if _word((a + b).lower()) else None


def _real(piece: str) -> bool:
    """Whether a piece of a broken line is a word of its own (one letter: only "a" or "i")."""
    return piece in ("a", "i") if len(piece) == 1 else _word(piece)


def _cut_note(cuts: list[str]) -> str:
    """The repair's words on the words a line break cut with no hyphen, joined."""
    if not cuts:
        return ""
    return (
        f"; {', '.join(cuts)} joined with no space: a word broken by the narrow column with "
        "no hyphen (the pieces are not both words, joined they are one the dictionary knows)"
    )


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


def cell_grid(
    rows: list[list[list[tuple[str, int]]]],
    at,
    key: str,
    *,
    prose: bool = False,
    names: int = 0,
    ends: dict | None = None,
) -> list[list[dict]]:
    """A table's cells, each a dict of its paragraphs, source and shading, row by row.

    ``rows`` holds each cell's lines as (text, line index), the header row first; ``at`` is
    ``(loc, bridged)``: a line index's (page, line) and the blank lines that are page breaks
    inside a row. In a table where every cell's last line ends with a full stop, a line
    left open ("... across", "... and") runs on into the line below whatever its first letter.
    The first ``names`` columns hold the rows' names; ``ends`` gives each page's lines'
    line-end spaces and its bullets drawn as shapes (:func:`~compkit.ingest.pdfwraps.line_ends`,
    :func:`~compkit.ingest.pdfwraps.drawn_items`).

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
    lasts = [cell[-1][0] for row in rows[1:] for cell in row if cell]
    stops = len(lasts) >= 2 and all(t.endswith((".", "!", "?")) for t in lasts)
    words = words_of(t for row in rows for cell in row for t, _ in cell)  # the table's spellings
    widths: dict[int, int] = {}  # a column's width: its longest line in the table's body
    for row in rows[1:]:
        for c, lines in enumerate(row):
            widths[c] = max([widths.get(c, 0), *(len(t.rstrip()) for t, _ in lines)])
    body = [(cell, widths.get(c, 0)) for row in rows[1:] for c, cell in enumerate(row)]
    items = prose and sentence_items(body)
    bare = bare_items(body) if prose and not items else None
    pages = {n: (ends or {}).get(loc(n)[0], ({}, frozenset(), {})) for row in rows
             for cell in row for _, n in cell}  # fmt: skip
    signs = [[[pages[n][0].get(clean(t)) for t, n in cell] for cell in row] for row in rows]
    drawn = [[[clean(t) in pages[n][1] for t, n in cell] for cell in row] for row in rows]
    bold = [[[pages[n][3].get(clean(t)) if len(pages[n]) > 3 else None for t, n in cell]
             for cell in row] for row in rows]  # fmt: skip
    drawn = [  # a bullet drawn as a shape, or a turn to or from bold, opens a paragraph
        [d if c < names else bold_turns(d, b) for c, (d, b) in enumerate(zip(*rd, strict=True))]
        for rd in zip(drawn, bold, strict=True)
    ]
    flat = [
        (sign, [t for t, _ in cell])
        for row, sr in zip(rows[1:], signs[1:], strict=True)
        for cell, sign in zip(row, sr, strict=True)
        if cell
    ]
    told = bool(ends) and trusted([s for s, _ in flat], [t for _, t in flat])
    tops = [[_tops(cell, pages, loc) for cell in row] for row in rows[1:]]
    spaced = cell_gaps([c for row in tops for c in row if c]) if ends else None
    if spaced is not None:  # each cell's gaps, row by row (the header row tells none)
        found = iter(spaced)
        spaced = [[None] * len(rows[0])] + [[next(found) if c else None for c in row]
                                            for row in tops]  # fmt: skip
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
                width=widths.get(c, 0) if sum(len(ls) for ls in row) > len(row) else 0,
                items=items,
                bare=None if lines and _SENTENCES.search(lines[-1][0].rstrip()) else bare,
                name=c < names,
                wraps=signs[r][c] if told and r > 0 else None,
                kept=signs[r][c] if ends and r > 0 else None,
                drawn=drawn[r][c] if r > 0 else None,
                gaps=spaced[r][c] if spaced is not None else None,
            )
            n = lines[0][1] if lines else min((ls[0][1] for ls in row if ls), default=0)
            source = {"page": loc(n)[0], "lines": [loc(n)[1]]} if lines else {"page": loc(n)[0]}
            cells.append({"paras": paras, "source": source, "shaded": False})
        grid.append(cells)
    return grid


#: a cell's last line ending a sentence: the cell lists sentences, not bare items
_SENTENCES = re.compile(r"[\w)’”'\"][.!?][’”'\")]?$")


def _tops(cell: list[tuple[str, int]], pages: dict, loc) -> list[tuple[float, ...]]:
    """A cell's lines' places on their page; a line on another page than the one above, none."""
    out: list[tuple[float, ...]] = []
    for k, (text, n) in enumerate(cell):
        same = k == 0 or loc(n)[0] == loc(cell[k - 1][1])[0]
        places = pages[n][2].get(clean(text), ()) if len(pages[n]) > 2 else ()
        out.append(places if same else ())
    return out
