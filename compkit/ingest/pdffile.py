"""Read a PDF's text layer (through pypdf) into labelled regions, page by page.

pypdf is pure Python with no compiled dependencies, reads encrypted files' metadata to refuse
them clearly, and extracts text in reading order. Each page's lines then go through the text
heuristics of :mod:`compkit.ingest.textlines` (headings, numbered and bulleted lists); every
statement keeps its ``page`` and the ``lines`` within that page. pypdf does not expose table
cells; a page whose layout text shows a table headed by level names or effective | ineffective
is read from that layout text instead, its tables told apart into cells by where their text
stands (:mod:`compkit.ingest.pdftables`), and the report names every table so read. A
"Definition: ..." paragraph wrapped over lines is joined whole (its competency's description).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .._words import plural
from .blocks import Document, clean, marker
from .levelruns import counted_levels
from .limits import LIMITS, IngestError
from .pdfalign import align_page, layout_frame
from .pdfbands import band_levels
from .pdfcaptions import lift_captions
from .pdfcodes import coded_levels
from .pdfcontents import contents
from .pdffonts import font_headings, styled_lines
from .pdfgaps import line_tops
from .pdfheads import repeated_rows, row_key
from .pdfhint import NO_HINTS, Given, given
from .pdfitemends import ENDS, item_ends, open_paragraphs
from .pdflayout import LineStyles, layout_text, upright_page
from .pdfnotes import attach_notes, item_notes
from .pdfparas import blank_layout, page_furniture, unligature, wrapped
from .pdfparts import dictionary_parts
from .pdfrunon import join_run_on
from .pdftables import find_tables, may_hold_table, segments
from .pdfwraps import drawn_items, line_ends
from .textlines import text_document

__all__ = ["read_pdf"]

# a competency's definition, as outline.py reads it: "Definition: Produces high-quality results."
_DEFINITION = re.compile(r"^(?:Definition|Description|Overview|Purpose)\s*[:–—]\s*\S", re.I)


def read_pdf(
    path: Path, *, levels: list[str] | None = None, negative: str | None = None
) -> Document:
    """Read a PDF file's text into a :class:`~compkit.ingest.blocks.Document`.

    ``levels`` and ``negative`` (the ineffective side's label): the user's hints (:mod:`.pdfhint`).
    """
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    hints = given(levels, negative)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "the PDF is password-protected; save a copy without a password")
        if (n := len(reader.pages)) > LIMITS["pdf_pages"]:
            raise IngestError(path, f"{n} pages, over the limit of {LIMITS['pdf_pages']}")
        pages = [upright_page(page) for page in reader.pages]  # each as shown (its /Rotate)
        lines: list[str] = []
        where: list[dict] = []
        tables: dict[int, list] = {}
        notes: list[tuple] = []
        run: list[str] = []  # layout lines of pages run together: a table over a page break
        places: list[tuple[int, int]] = []
        larger: list[bool] = []  # the run's lines set larger than their page's text
        carry: tuple[int, int, int] | None = None  # the open table's lines still to read on
        styles: list = []  # each line's font size and boldness (None: not known)
        ys: list = []  # and its baseline on the page
        xs: list = []  # and its left edge (None: not known, a table's page)
        glyphs = [0, 0, None, 0]  # ligatures spelt out, runs drawn twice, first place, bullets
        chars: Counter = Counter()  # characters per style: the body text's is the commonest
        by_text: dict[int, dict] = {}  # page -> line text -> style, for its layout lines
        frames: dict[int, tuple | None] = {}  # page -> its layout's column 0 and width (points)
        ends: dict[int, tuple] = {}  # page -> its lines' end spaces, its items' drawn bullets
        read, plain = [], []  # each page's styles, places and characters; its plain text
        bold, apart = [], []  # each page's pieces of text in one weight: bold (or italics) or not
        for number, page in enumerate(pages, 1):
            text, marks, heights, counted, lefts, doubled, drawn, bolds, aparts = styled_lines(page)
            bold.append(bolds)
            apart.append(aparts | {k: True for k, v in bolds.items() if v})
            glyphs[3] += drawn
            text, ligatures = unligature(text)
            glyphs[0] += ligatures
            glyphs[1] += doubled
            if glyphs[2] is None and (ligatures or doubled or drawn):
                glyphs[2] = {"page": number}
            read.append((marks, heights, counted, lefts))
            plain.append(text)
        bounds = [_bounds(page) for page in pages]  # running headers, footers, page numbers:
        texts, removed, furnished = page_furniture(plain, [r[1] for r in read], bounds, hints=hints)
        notes += furnished  # set aside before any table is read
        seen = repeated_rows(texts)  # a header row over every table: "n00b  Play3r  Pr0"
        for number, page in enumerate(pages, 1):
            text, (marks, heights, counted, lefts) = texts[number - 1], read[number - 1]
            chars.update(counted)
            if not (run or may_hold_table(text, hints=hints) or seen & {row_key(t) for t in text}):
                lines.extend(text)
                styles.extend(marks)
                ys.extend(heights)
                xs.extend(lefts)
                where.extend({"page": number, "lines": [k]} for k in range(1, len(text) + 1))
                continue
            by_text[number] = _by_text(text, marks, heights)
            layout = layout_text(page).split("\n")
            layout = blank_layout(unligature(layout)[0], removed.get(number, set()))
            while layout and not layout[-1].strip():
                layout.pop()
            # one blank line parts the pages (a row broken there reads on): the lines left
            # blank over the text, a running header's set aside, go
            top = next((k for k, t in enumerate(layout) if t.strip()), 0)
            layout = layout[top:]
            home = frames.get(places[carry[0]][0]) if carry is not None else None
            frames[number] = layout_frame(layout, text, lefts, home and home[1])
            if carry is not None:  # the open table's next page: in its header page's columns
                layout = _aligned(layout, frames, run, places, carry, number)
            run += [*layout, ""]  # a page break parts a table's rows
            places += [(number, top + k) for k in range(1, len(layout) + 2)]
            larger += [*_larger(layout, by_text[number], counted), False]
            more = number < len(pages)
            ends[number] = (
                line_ends(plain[number - 1]),
                drawn_items(plain[number - 1]),
                line_tops(plain[number - 1], read[number - 1][1]),
                bold[number - 1],
            )
            found, grids, said, carry = _tables(
                run, places, carry, more=more, larger=larger, known=seen, ends=ends, hints=hints
            )
            if carry is not None:
                continue  # the last table runs to the page's end: read on into the next page
            if not grids:  # no table after all: the page's plain text
                run, places = text, [(number, k) for k in range(1, len(text) + 1)]
                found = text
            notes += said
            tables.update({len(lines) + i: g for i, g in grids.items()})
            lines.extend(found)
            known = [
                by_text[p].get(clean(t), (None, None))
                for t, (p, _) in zip(found, places, strict=False)
            ]
            known += [(None, None)] * (len(found) - len(known))
            if not grids:  # the page's plain text: each line's own style and place
                known = list(zip(marks, heights, strict=True))
            styles.extend(style for style, _ in known)
            ys.extend(y for _, y in known)
            xs.extend(lefts if not grids else [None] * len(known))  # a table's page: not known
            where.extend({"page": p, "lines": [k]} for p, k in places)
            run, places, larger = [], [], []
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises a wide range for damaged streams and missing crypto
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__})") from None
    if not tables and not any(line.strip() for line in lines):
        raise IngestError(path, _NO_TEXT)
    notes += [*_glyph_notes(*glyphs), *contents(lines, where)]  # contents: entries, no labels
    lines, where, heads, said = font_headings(lines, styles, ys, where, chars)
    joined = _definitions(lines, styles, ys, where, set(heads) | set(tables))
    joined += wrapped(lines, styles, ys, xs, where, set(heads) | set(tables))
    ends = item_ends(lines, styles, ys, xs, where)  # a note under a list: not its last item's
    lines, asides, noted = item_notes(lines, where, set(heads) | set(tables))  # "Example: ..."
    lines, where, tables, heads, parts, recur = dictionary_parts(lines, where, tables, heads, apart)
    parts += join_run_on(lines, where, tables)  # an item a page break cut between two tables
    doc = text_document(lines, places=where, tables=tables, headings=heads)
    attach_notes(doc, asides)
    lift_captions(doc)  # a line naming each table's competency above it
    if n := open_paragraphs(doc, ends):
        notes.append(("guess", f"{plural(n, 'line')} {ENDS}", 0.8, None))
    doc.notes.extend([*notes, *said, *joined, *parts, *noted])
    if not doc.level_names and (named := counted_levels(tables) or coded_levels(tables)):
        doc.level_names, doc.level_order = named, "the numbered names heading its tables"
    elif not doc.level_names and (named := band_levels(tables)):
        doc.level_names, doc.level_order = named, "the column names under its tables' bands"
    elif not doc.level_names and recur:
        doc.level_names, doc.level_order = recur, "the names opening items under each heading"
    doc.kind = "pdf"
    return doc


_NO_TEXT = "the PDF has no text layer (a scan?); no competency framework found"


def _aligned(layout: list[str], frames: dict, run: list, places: list, carry: tuple, page: int):
    """A table's next page's layout lines in the columns of its header's page (or as they are)."""
    head, end, _ = carry
    frame, home = frames.get(page), frames.get(places[head][0])
    if frame is None or home is None or places[head][0] == page:
        return layout
    starts = sorted({at for line in run[head:end] for at, _ in segments(line)})
    return align_page(layout, frame, home, starts)


def _bounds(page) -> tuple[float, float] | None:
    """A page's bottom and top (its media box), None when pypdf cannot give them."""
    try:
        box = page.mediabox
        return float(box.bottom), float(box.top)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _glyph_notes(ligatures: int, doubled: int, first: dict | None, drawn: int = 0) -> list:
    """The report's notes on glyphs mended in extraction: ligatures, text drawn twice, bullets."""
    said = []
    if drawn:
        said.append(
            (
                f"{plural(drawn, 'list bullet')} drawn as a shape, not a character (as a web "
                "browser prints a list), read as '•' before its item's line",
                0.9,
            )
        )
    if ligatures:
        said.append(
            (
                f"{ligatures} lines: ligature glyphs (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ; U+FB00–FB06) read as the "
                "letters they stand for (fi, fl, ff, ffi, ffl); they are the typesetter's, not "
                "the author's",
                1.0,
            )
        )
    if doubled:
        said.append(
            (
                f"{plural(doubled, 'run')} of text drawn twice at the same place (a shadow or "
                "outline effect) read once",
                0.95,
            )
        )
    return [("repair", text, sure, first) for text, sure in said]


def _tables(
    run: list[str],
    places: list,
    carry: tuple | None,
    *,
    more: bool,
    larger: list | None = None,
    known: frozenset = frozenset(),
    ends: dict | None = None,
    hints: Given = NO_HINTS,
) -> tuple:
    """The tables of a run of pages' layout lines, and whether the last reads on.

    ``places`` gives each line's (page, line); ``carry`` is :func:`_carry`'s answer for the
    run before its last page (None: the run is that one page); ``more``, whether another
    page follows. Returns the lines (each table's blanked), the grids by line index and the
    report's notes, all None when the last table runs to the run's end and another page
    follows; then the last item says where that table reads on from (else None). Reading
    on, only the open table's header and its lines since its cut are read again, and the
    whole run once when the table ends: each page is read a bounded number of times, however
    many pages a table runs over. ``larger`` tells the lines set larger than their page's text;
    ``known``, the header rows repeated over the document's tables; ``ends``, each page's
    lines' line-end spaces; ``hints``, the levels and side the user named.
    """
    first = places[0][0]
    kw = {"known": known, "ends": ends, "more": more, "hints": hints}
    if carry is not None:
        index = _window(run, carry)
        found, grids, _ = find_tables(
            [run[n] if n is not None else "" for n in index],
            first,
            f"p{first}",
            places=_marks(places, index, carry),
            larger=[bool(larger) and n is not None and larger[n] for n in index],
            **kw,
        )
        if grids and more and _open(found, grids):
            return None, None, None, _carry(grids, run, places, carry)
    found, grids, said = find_tables(run, first, f"p{first}", places=places, larger=larger, **kw)
    if not (grids and more and _open(found, grids)):
        return found, grids, said, None
    index = list(range(len(run)))
    marks = _marks(places, index, carry)
    _, grids, _ = find_tables(run, first, f"p{first}", places=marks, larger=larger, **kw)
    return None, None, None, _carry(grids, run, places, carry)


def _marks(places: list, index: list, carry: tuple | None) -> list[tuple[int, int]]:
    """The lines' places for the table reader: each line's page, and its run index + 1.

    The reader asks of a place only its page (whether a blank line is a page break); a
    paragraph of a cell keeps its first line's page and every line's number, so numbers
    that are run indices tell where each of its lines is, whatever page it runs on to.
    """
    return [(places[n][0], n + 1) if n is not None else (places[carry[1] - 1][0], 0) for n in index]


def _open(found: list[str], grids: dict) -> bool:
    """Whether the last table found runs to the end of the lines (on into the next page)."""
    return not any(line.strip() for line in found[max(grids) :])


def _larger(layout: list[str], by_text: dict, counted: Counter) -> list[bool]:
    """Which of a page's layout lines are set clearly larger than the page's text.

    The text's size is the one most of the page's characters are set in; a line's style is
    its plain text line's, when the two read alike (None: not known, not larger).
    """
    size = Counter()
    for (points, _), n in counted.items():
        size[points] += n
    if not size:
        return [False] * len(layout)
    body = size.most_common(1)[0][0]
    styles = [(by_text.get(clean(t)) or (None,))[0] for t in layout]
    return [bool(s) and s[0] - body >= max(1.0, 0.1 * body) for s in styles]


def _by_text(text: list[str], styles: list, heights: list) -> dict:
    """A page's line texts, their styles and baselines.

    A text that comes twice keeps its style when both are set alike ("Trainee" heading each
    competency on the page), but no baseline; set differently, neither.
    """
    out = LineStyles()  # a layout line's pieces in another order read alike
    for line, style, y in zip(text, styles, heights, strict=True):
        key = clean(line)
        if key not in out:
            out[key] = (style, y)
        else:
            out[key] = (style if out[key][0] == style else None, None)
    return out.index()


def _window(run: list[str], carry: tuple[int, int, int] | None) -> list[int | None]:
    """The lines that decide whether the run's open table reads on: their indices in ``run``.

    No table open: every line. Else the table's header lines, a blank line (None) and the
    lines from its cut (:func:`_carry`) to the end of the run; every line from the header when
    only blank lines stand between it and the cut, so the reader sees the lines under the
    header as they stand (as :func:`~compkit.ingest.pdfcolumns.in_columns` and centred headers'
    column starts look back over them: a header at a page's foot, the next page opening blank).
    """
    if carry is None:
        return list(range(len(run)))
    head, end, cut = carry
    if any(line.strip() for line in run[end:cut]):
        return [*range(head, end), None, *range(cut, len(run))]
    return list(range(head, len(run)))


def _carry(grids: dict, run: list[str], places: list, carry: tuple | None) -> tuple:
    """Where the open table (the last of ``grids``) reads on from: ``(header, end, cut)``.

    Run indices of its header line, of the line after its header lines (names under bands,
    which cite the bands' line, among them), and of its cut: a line from which the table
    reader (:func:`~compkit.ingest.pdftables.find_tables`) reads the rest of the run the same
    after the header's lines and a blank line as it does reading the whole table again. The
    cut is the latest of

    - the first line of a row right under a blank line inside a page: the reader's state
      there is a blank seen and no row open (a row per level is closed by the line that
      starts the next);
    - a line of the last row, on the run's last page, no later than the last line of any of
      the row's columns, and no lone piece of text at the left margin (which a reader with
      no row open takes for a heading): all the rest of the run asks of the row open there
      is its columns' last lines, all at or after the cut;
    - the cut before, when the table is the one read on before; else the header's end.

    ``grids`` were read with :func:`_marks` places (line numbers are run indices + 1).
    """
    grid = grids[max(grids)]

    def spread(cell: dict) -> list[int]:
        return [n - 1 for p in cell["paras"] for n in p.source["lines"]]

    head = min(spread(grid[0][0]))
    end = max(n for cell in grid[0] for n in spread(cell)) + 1
    first = min((n for row in grid[1:2] for cell in row for n in spread(cell)), default=end)
    while end < first and run[end].strip():  # names under bands cite the bands' line
        end += 1
    cut = carry[2] if carry is not None and carry[0] == head else end
    for row in grid[1:]:
        start = min((n for cell in row for n in spread(cell)), default=end)
        if start > end and not run[start - 1].strip() and places[start - 1][0] == places[start][0]:
            cut = max(cut, start)
    columns = [spread(cell) for cell in grid[-1]] if len(grid) > 1 else []
    ends = [max(lines) for lines in columns if lines]
    if ends:
        left = segments(run[head])[0][0] + 1
        page = len(run) - places[-1][1]  # the index of the run's last page's first line
        low = max(page, min(n for lines in columns for n in lines), cut + 1)
        for n in range(min(ends), low - 1, -1):
            parts = segments(run[n])
            if len(parts) >= 2 or (parts and parts[0][0] > left):
                cut = n
                break
    return head, end, cut


def _definitions(lines: list[str], styles: list, ys: list, where: list, taken: set) -> list:
    """Join each "Definition: ..." paragraph's wrapped lines onto its first (the rest blanked).

    A PDF gives a paragraph line by line; the document reader takes a labelled definition as
    its competency's description, so all of it must be one line. A line goes on with the
    paragraph when it is set in the same style, opens with no list marker, is no heading or
    table, and either the line before leaves its sentence open or the line starts in lower
    case; a gap wider than a line's (a new paragraph), or a blank line, ends it. Returns the
    report's notes, one per paragraph joined.
    """
    notes = []
    for i, line in enumerate(lines):
        if not _DEFINITION.match(clean(line)) or i in taken:
            continue
        j = i
        while j + 1 < len(lines) and _goes_on(lines, styles, ys, where, taken, i, j):
            j += 1
        if j == i:
            continue
        span = [n for place in where[i : j + 1] for n in place.get("lines", [])]
        where[i] = {**where[i], "lines": span}
        lines[i] = clean(" ".join(lines[i : j + 1]))
        lines[i + 1 : j + 1] = [""] * (j - i)
        said = (
            f"a definition wraps over {j - i + 1} lines (page {where[i].get('page')}, lines "
            f"{span[0]}-{span[-1]}); joined with a space as one paragraph"
        )
        notes.append(("repair", said, 0.9, where[i]))
    return notes


def _goes_on(lines, styles, ys, where, taken, i: int, j: int) -> bool:
    """Whether line ``j + 1`` continues the paragraph that opens at line ``i``, ending at ``j``."""
    k, text, before = j + 1, clean(lines[j + 1]), clean(lines[j])
    style = styles[i] if i < len(styles) else None
    if not text or k in taken or marker(text)[1] or marker(text)[0] is not None:
        return False
    if where[k].get("page") != where[i].get("page") or _DEFINITION.match(text):
        return False
    if k < len(styles) and styles[k] is not None and style is not None and styles[k] != style:
        return False
    y0, y1 = (ys[j], ys[k]) if k < len(ys) else (None, None)
    if style is not None and y0 is not None and y1 is not None and y0 - y1 > 1.8 * style[0]:
        return False
    return not before.endswith((".", "!", "?")) or text[:1].islower()
