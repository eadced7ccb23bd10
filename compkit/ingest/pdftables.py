"""Tables in a PDF: columns told apart by where their text stands on the page.

pypdf's plain text gives a table's rows as lines, cells run together. Its *layout* extraction
keeps each line's horizontal spacing, so a table shows as columns of text. :func:`find_tables`
looks in a page's layout lines for a header row whose cells all name levels ("Foundation
Practitioner Expert") or a polarity ("Effective behaviours | Ineffective behaviours"), a cell
cut open by its narrow column ("Level 1 –" over "What we" / "stand for") joined with the lines
under it, then reads the lines below it into cells by the column each piece of text starts in,
a blank line closing a row, until a short line at the left margin after a blank line (the next
heading), a line set larger than the text or running across a column's start (a heading or
paragraph right under the table) or a new header: a page holds any number of tables. A row
merged across a table with row names is a group row over the rows under it
(:mod:`compkit.ingest.pdfgroups`), and the header repeated at a page's top, on one line or
wrapped as first printed (:func:`~compkit.ingest.pdfheadlines.again`), reads on. Each
becomes a grid for :func:`compkit.ingest.doctables.table_regions`; the page's other lines stay
text. It is a heuristic: every table found is named in the report.
"""

from __future__ import annotations

from functools import partial

from .blocks import OPEN_END, clean, marker
from .labels import level_score
from .pdfbands import bands_over, mark_bands
from .pdfcaptions import caption_line, centred_caption, continued
from .pdfcells import cell_grid
from .pdfcentred import body_starts, label_columns
from .pdfcolumns import in_columns
from .pdfgroups import group_lines
from .pdfheadlines import again as _again
from .pdfheadlines import column as _column
from .pdfheadlines import header_more as _header_more
from .pdfheadlines import lead as _lead
from .pdfheadlines import open_header as _open_header
from .pdfheadlines import open_note as _open_note
from .pdfheadlines import segments, wrapped_header
from .pdfheads import by_row as _by_row
from .pdfheads import heading_like as _heading_like
from .pdfheads import level_words as _level_words
from .pdfheads import levels_header as _levels_header
from .pdfheads import next_level as _next_level
from .pdfheads import next_score, scale_header
from .pdfheads import repeated as _repeated
from .pdfhint import NO_HINTS, Given
from .pdflong import long_lead, next_long_row
from .pdfnamerows import blank_rows, name_only, name_rows, next_row, placer
from .pdfpages import may_hold_table

__all__ = ["find_tables", "may_hold_table", "segments"]


def _header(
    line: str, known: frozenset = frozenset(), hints: Given = NO_HINTS
) -> list[tuple[int, str]] | None:
    """The cells of a table header line: two or more, all level names or all polarities.

    Or a header whose first cell names a column of levels ("Level", "Level/Skill", "Grade")
    over two or more other names: a row per level, a column per competency (:func:`_by_row`).
    """
    cells = segments(line)
    if len(cells) < 2 or any(marker(t)[1] or marker(t)[0] is not None for _, t in cells):
        return None
    texts = [t for _, t in cells]
    if len({t.casefold() for t in texts}) < len(texts):
        return None  # one text across the row ("provided by supervisor." x 3): a row's line
    if all(hints.side(t) for t in texts) or _levels_header(texts, hints=hints):
        return cells
    if _repeated(cells, known) or _by_row(cells) or _lead(cells, hints=hints):
        return cells
    return None


def find_tables(
    lines: list[str],
    page: int,
    key: str,
    *,
    places: list[tuple[int, int]] | None = None,
    larger: list[bool] | None = None,
    known: frozenset = frozenset(),
    ends: dict | None = None,
    more: bool = False,
    hints: Given = NO_HINTS,
) -> tuple[list[str], dict, list[tuple]]:
    """Find the tables of one page's layout lines (or of pages run together: ``places``).

    ``places`` gives each line's page and line number when the lines are several pages' (a
    table running over a page break); else every line is on ``page``. ``larger`` tells the
    lines set clearly larger than their page's text: such a line ends a table (the next
    competency's heading right under the table's last row); ``known``, the header rows
    repeated over the document's tables (:func:`~compkit.ingest.pdfheads.repeated`); ``ends``,
    each page's plain lines' line-end spaces (:mod:`compkit.ingest.pdfwraps`); ``more``,
    whether another page follows the lines (a group row may stand at their end). Returns
    the lines with each table's lines blanked (its grid placed at its header line), the
    grids by line index, and report notes.
    """
    loc = (lambda n: places[n]) if places else (lambda n: (page, n + 1))
    stand = placer(lines, loc, ends)  # where a line stands on its page
    larger = larger or [False] * len(lines)
    bridged: set[int] = set()  # page breaks inside a row, its cells run on
    out = list(lines)
    tables: dict[int, list[list[dict]]] = {}
    notes: list[tuple] = []
    breaks = frozenset(  # the blank lines that part two pages
        n for n in range(len(lines) - 1) if places and places[n][0] != places[n + 1][0]
    )

    def head_at(k: int) -> bool:
        return bool(_header(lines[k], known, hints) or wrapped_header(lines, k, hints=hints))

    i = 0
    while i < len(lines):
        head, under, broken = _header(lines[i], known, hints), 0, []
        alone = head is not None and not _lead(head, hints=hints)  # the line names every column
        if not alone and (wrapped := _open_header(lines, i, hints=hints)) is not None:
            head, under = wrapped  # "Level 1 –" / "What we" / "stand for": one header cell
        elif not alone and (wrapped := wrapped_header(lines, i, hints=hints)) is not None:
            head, under, broken = wrapped  # "Senior" / "Engineer": a title wrapped in its column
        if head is None or _row_of_above(lines, i, head) or in_columns(lines, i, head, out):
            i += 1
            continue
        led = None if _by_row(head) else _lead(head, hints=hints)
        banded = None if led is None else bands_over(lines, i + 1 + under, head, led)
        if banded:
            head, under = banded[0], under + 1  # "Foundation" over "Discover | Explore"
            notes.append(("guess", banded[1], 0.6, {"page": loc(i)[0], "lines": [loc(i)[1]]}))
        sides = hints.side(head[0][1]) is not None  # effective | ineffective
        names = [clean(t).casefold() for _, t in head]  # the body ends at another header
        other = partial(_other_header, names=names, known=known, hints=hints)
        starts = body_starts(lines, i + 1 + under, head, top=i, sides=sides, header=other)
        by_row, long = _by_row(head), long_lead([t for _, t in head]) > 0
        lead = 0 if by_row else banded[2] if banded else _lead(head, hints=hints)
        if not by_row and not lead:  # row names under a blank header: columns of their own
            left = label_columns(lines, i + 1, starts[0], lambda t: _header(t, hints=hints))
            head = [(at, "") for at in left] + head
            starts, lead = [*left, *starts], len(left)  # the body's starts kept (centred)
        grid_rows = [[[(t, i)] for _, t in head]]
        j = i + 1 + under
        more = _header_more(lines, j)  # more header lines (a role under a level)
        while j < more:
            if lead and segments(lines[j])[0][0] < starts[lead] - 2:
                break  # a row's name: the body begins
            if by_row and level_score(segments(lines[j])[0][1].rstrip(" -–—")) >= 0.8:
                break  # "Level 5 -" under "Proficiency" / "Level": the first row begins
            for at, text in segments(lines[j]):
                grid_rows[0][_column(starts, at)].append((text, j))
            j += 1
        if by_row and len(grid_rows[0][0]) > 1:  # "Proficiency" / "Level": one name
            grid_rows[0][0] = [(" ".join(t for t, _ in grid_rows[0][0]), i)]
        top = [[clean(t).casefold() for _, t in segments(lines[x])] for x in range(i, j)]
        row: list[list[tuple[str, int]]] | None = None
        named_at = starts[lead] - 2 if lead else None  # text left of it names a row
        end = j
        blank = False
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                if (
                    row is not None
                    and lead
                    and (k := _runs_on(lines, j, (head, top), breaks, named_at))
                ):
                    bridged.update(range(j, k))  # a named row's cells run on to the next page
                    j = k
                    continue
                if row is not None and places and _broken(row, lines, j, places, named_at):
                    bridged.add(j)  # a row broken by the page's end runs on
                    j += 1
                    continue
                row = None if not by_row else row  # a row per level runs on over blank lines
                blank = True
                j += 1
                continue
            parts = segments(line)
            if j - 1 in breaks and len(parts) == 1 and continued(parts[0][1]):
                k = next((n for n in range(j + 1, len(lines)) if lines[n].strip()), j + 1)
                n = _again(lines, k, head, top)  # "Table 3-1. Name (continued)" at the next
                row, end = None, k + n if n else j + 1  # page's top, its header: read on
                j = end
                continue
            if by_row and blank and caption_line(lines, j, parts, starts, head_at):
                break  # the next table's caption: "Planning Work - Breaks work into ..."
            if (blank or j - 1 in breaks) and centred_caption(lines, j, parts, starts, head_at):
                break  # the next table's caption centred over it: "Table 3: Levels of ..."
            first = parts[0][0] < (starts[1] if by_row else starts[0] + 2)
            if lead and row is None and not larger[j] and _group_row(lines, j, starts, lead):
                grid_rows.append([[(parts[0][1], j)], *([] for _ in starts[1:])])
                end = j = j + 1  # "Management standard: Demands" over its named rows
                continue
            names = name_rows(lines, j, starts, lead, stand, breaks=breaks, fresh=row is None)
            if names:  # rows holding only a name, their cells blank
                grid_rows += blank_rows(lines, names, len(starts))
                row, end = None, names[-1][-1] + 1
                j = end
                continue
            span = group_lines(lines, j, starts, lead, breaks=breaks, more=more)
            after = next((t for t in lines[j + span :] if t.strip()), "") if span else ""
            if span and not (_header(after, known, hints) and not _again([after], 0, head, top)):
                named = [(clean(lines[k]), k) for k in range(j, j + span)]
                grid_rows.append([named, *([] for _ in starts[1:])])
                row, end = None, j + span
                j = end
                continue
            if lead and j - 1 in breaks and (n := _again(lines, j, head, top)):
                row, end = None, j + n  # the header again at the next page's top: read on
                j = end
                continue
            if (
                _header(line, known, hints)
                or _outside(parts, starts, larger[j], read_on=loc(j)[0] != loc(i)[0])
                or (
                    (row is None or (by_row and blank))
                    and len(parts) == 1
                    and parts[0][0] <= starts[0] + 1
                    and _heading_like(parts[0][1])
                    and not (by_row and level_score(parts[0][1]) >= 0.8)
                )
            ):
                break
            blank = False
            if by_row and first and row is not None and row[0] and row[0][-1][1] != j - 1:
                row = None  # a level name under a gap in the first column: the next row
            elif by_row and first and row is not None and row[0] and _next_level(row, parts):
                row = None  # "Level 1 | • one statement" right over "Level 2 | • ...'
            elif by_row and first and row is not None and row[0] and next_score(row, parts):
                row = None  # "N/A | Not Applicable" right over "1 | Basic": a scale's rows
            elif by_row and first and row is not None and row[0] and next_row(row, j, parts, stand):
                row = None  # a name wrapped as long as its cell, right over the next row's
            elif long and row and next_long_row(grid_rows, parts, starts):
                row = None  # "leadership | Level 6" right under "leadership | Level 5"
            named = lead and parts[0][0] < starts[lead] - 2  # text in a row-label column
            if (
                named
                and row is not None
                and any(row[:lead])  # else the row's own name, set in its middle (centred)
                and not any(cell and cell[-1][1] == j - 1 for cell in row[:lead])
            ):
                row = None  # a new name, not one wrapping from the line above: the next row
            elif named and row is not None and name_only(row, parts, starts, lead):
                row = None  # "Prioritising your" / "time" over "Pair programming | Have a ..."
            if row is None:
                row = [[] for _ in starts]
                grid_rows.append(row)
            placed: dict[int, str] = {}
            for at, text in parts:  # justified text: wide gaps inside one column's line
                col = _column(starts, at)
                placed[col] = f"{placed[col]} {text}" if col in placed else text
            for col, text in placed.items():
                row[col].append((text, j))
            end = j = j + 1
        if len(grid_rows) > 1 or (places and not any(x.strip() for x in lines[end:])):
            # (a header at a page's foot, its rows on the next page, is kept to read on)
            # a polarity table's rows part at blank lines: a cell's lines are one paragraph
            paired = hints.side(head[0][1]) is not None and len(grid_rows) > 2
            prose = by_row or bool(lead) or paired
            tables[i] = cell_grid(
                grid_rows, (loc, bridged), f"{key}T{i}", prose=prose, names=lead, ends=ends
            )
            mark_bands(tables[i], banded[2] if banded else None)  # the columns under bands: levels
            for k in range(i, end):
                out[k] = ""
            if under:
                notes.append(_open_note(head, under, loc(i), broken))
            kind = "polarity" if hints.side(head[0][1]) else "level"
            kind = "competency and a row per level" if by_row and kind == "level" else kind
            kind = "level and a row per competency" if lead else kind
            kind = "row's name, level and statement" if long else kind
            props = _level_words(head) or scale_header(head)  # "Definition", "Description"
            kind = "level's property and a row per level" if props else kind
            shown = ", ".join(t for _, t in head if t)
            notes.append(
                (
                    "guess",
                    f"a table with a column per {kind} ({shown}) read from where its text "
                    "stands on the page (pypdf's layout text; line numbers count its lines); "
                    "check its cells",
                    0.6,
                    {"page": loc(i)[0], "lines": [loc(i)[1]]},
                )
            )
        i = max(end, i + 1)
    return out, tables, notes


def _other_header(line: str, names: list[str], known: frozenset, hints: Given) -> bool:
    """Whether a layout line heads another table than the one whose header cells are ``names``.

    The same header again (over the table's next page) is the same table's: its rows stand
    in the same columns.

    >>> _other_header("Foundation    Expert", ["foundation", "expert"], frozenset(), NO_HINTS)
    False
    >>> _other_header("Effective    Ineffective", ["foundation", "expert"], frozenset(), NO_HINTS)
    True
    """
    cells = _header(line, known, hints)
    return cells is not None and [clean(t).casefold() for _, t in cells] != names


def _group_row(lines: list[str], j: int, starts: list[int], lead: int) -> bool:
    """Whether line ``j`` of a table with row names is a group's row over the rows under it.

    Its text stands alone at the names' column, a heading's words, and a row opens right
    under it: a name beside text in the other columns.

    >>> rows = ["Management standard: Demands", "Managing workload    bringing in"]
    >>> _group_row(rows, 0, [0, 21], 1), _group_row(rows[:1] + ["", rows[1]], 0, [0, 21], 1)
    (True, False)
    """
    parts, below = segments(lines[j]), segments(lines[j + 1]) if j + 1 < len(lines) else []
    return (
        len(parts) == 1
        and parts[0][0] <= starts[0] + 1
        and _heading_like(parts[0][1])
        and len(below) >= 2
        and below[0][0] < starts[lead] - 2
        and below[1][0] >= starts[lead] - 2
    )


def _row_of_above(lines: list[str], i: int, head: list[tuple[int, str]]) -> bool:
    """Whether a line taken for a header is a row of the table above, in the same columns.

    A role profile's row "Working with others | Level 3" (a name opening with a level word)
    under "Sustainability | Level 2": the line above stands in the same 2+ columns, a level
    in each but the first (a running header across the page over a title is no such row).

    >>> rows = ["Sustainability         Level 2", "Working with others    Level 3"]
    >>> _row_of_above(rows, 1, [(0, "Working with others"), (23, "Level 3")])
    True
    >>> _row_of_above(["SFIA 8 | Skills        SFIA 8 | Skills", rows[1]], 1, [(0, ""), (23, "")])
    False
    """
    above, own = segments(lines[i - 1]) if i else [], segments(lines[i])
    return (
        len(above) == len(own) == len(head) >= 2
        and all(abs(a - b) <= 2 for (a, _), (b, _) in zip(above, own, strict=True))
        and all(level_score(t) >= 0.8 for _, t in above[1:])
    )


def _broken(
    row: list, lines: list[str], j: int, places: list[tuple[int, int]], named: int | None = None
) -> bool:
    """Whether the blank line ``j`` is a page break inside a row (its text runs on).

    A cell of the row ends mid-sentence ("... open to the") or the next page's first line
    starts in lower case; in a table whose rows are named left of column ``named``, that
    line has no text there (a row opens with its name).
    """
    if j + 1 >= len(lines) or places[j][0] == places[j + 1][0] or not lines[j + 1].strip():
        return False
    ends = [cell[-1][0] for cell in row if cell]
    parts = segments(lines[j + 1])
    starts = [t for _, t in parts]
    unnamed = named is not None and parts[0][0] >= named
    return unnamed or any(OPEN_END.search(t) for t in ends) or any(t[:1].islower() for t in starts)


def _runs_on(lines: list[str], j: int, head: tuple, breaks: frozenset, named: int) -> int | None:
    """The line a named row runs on to over the page break ``j`` (its name cell blank).

    The next page's first line, or the one under the table's header repeated there (``head``:
    its cells and its own lines' texts), with no text left of column ``named`` (a row opens
    with its name): the row above's cells go on.

    >>> head = [(0, "Skill"), (20, "Beginner")], [["skill", "beginner"]]
    >>> _runs_on(["", "Skill               Beginner", "                    and peers"],
    ...          0, head, frozenset({0}), 18)
    2
    >>> _runs_on(["", "1.02 Listening       Listens"], 0, head, frozenset({0}), 18) is None
    True
    """
    k = j + 1
    if j not in breaks or k >= len(lines):
        return None
    k += _again(lines, k, *head)
    if k >= len(lines) or not lines[k].strip():
        return None
    return k if segments(lines[k])[0][0] >= named else None


def _outside(
    parts: list[tuple[int, str]], starts: list[int], larger: bool, *, read_on=False
) -> bool:
    """Whether a line under a table is no line of its cells: the table has ended.

    A line alone at the left set larger than the text (a heading), a line from a column's
    start whose text runs on across where the next column starts (a paragraph the page's
    width; not on a page the table is ``read_on`` to, where a running header may stand), or
    a short name alone standing well right of its column's start (a row spanning the table,
    centred: "Underlying Causes" under "Strength Indicators | Need Indicators").

    Examples
    --------
    >>> _outside([(0, "2) KNOWING AND MANAGING YOURSELF")], [0, 43], True)
    True
    >>> _outside([(0, "Definition: Manages ambiguity and pressure in a way. Uses")], [0, 43], False)
    True
    >>> _outside([(0, "4. Ensures that messages have been")], [0, 43], False)
    False
    >>> _outside([(33, "Underlying Causes")], [0, 47], False)
    True
    >>> _outside([(62, "Underlying Causes")], [0, 74], False)  # over the columns' parting
    True
    >>> _outside([(0, "5.2"), (8, "Helpful skills for researchers")], [0, 24, 60], True)
    True
    """
    if larger and parts and parts[0][0] <= starts[0] + 2 and _across(parts, starts):
        return True  # a heading set larger across the columns: "5.2   Helpful RSE skills ..."
    if len(parts) != 1:
        return False
    at, text = parts[0]
    column = _column(starts, at)
    across = column + 1 < len(starts) and at + len(text) > starts[column + 1] + 4
    spans = column + 1 < len(starts) and at > starts[column] + 8 and _heading_like(text)
    over = spans and at + len(text) > starts[column + 1] + 2 and at < starts[column + 1] - 2
    if spans and (at + len(text) <= starts[column + 1] + 4 or over) and len(text.split()) <= 4:
        return True  # "Underlying Causes" centred across the columns: the table's end
    return (across and at <= starts[column] + 2 and not read_on) or (larger and column == 0)


def _across(parts: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether a piece of a line runs across a later column's start (no cell's text does)."""
    return any(at < s - 2 and at + len(text) > s + 2 for at, text in parts for s in starts[1:])
