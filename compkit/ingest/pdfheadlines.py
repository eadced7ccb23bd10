"""A PDF table's header row over one layout line or several: its cells and how they wrap.

pypdf's layout text gives a header row's cells side by side, each at its column's start
(:func:`segments`). A narrow column wraps a cell's name: "Level 1 –" over "What we" / "stand
for" (:func:`open_header`, a cell left open by a dash or colon), or a title over two or three
lines, "Senior" over "Engineer" and "Associate" / "Software" / "Engineer" beside it
(:func:`wrapped_header`). Joined column by column, the cells must name levels (or a polarity):
then the lines under them are the table's body.
"""

from __future__ import annotations

import re

from .blocks import clean, marker
from .labels import level_score
from .pdfcells import split_word
from .pdfheads import by_row as _by_row
from .pdfheads import heading_like as _heading_like
from .pdfheads import levels_header as _levels_header
from .pdfhint import NO_HINTS, Given
from .pdflong import long_lead

__all__ = [
    "again",
    "column",
    "header_more",
    "item",
    "lead",
    "open_header",
    "open_note",
    "segments",
    "short",
    "wrapped_header",
]

_OPEN_CELL = re.compile(r"\s[–—:-]$|:$")  # a header cell cut open: "Level 1 –", "Grade 2:"
_LONE_BULLET = re.compile(r"^[•·▪◦‣∙●○■□\uf0b7\uf0a7\uf076\uf0d8\uf0fc*–-]$")
# the small words a title keeps in lower case: "Director of Engineering", "Head of People"
_SMALL = frozenset({"of", "and", "for", "the", "in", "to", "on", "at", "a", "an", "with"})


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


def again(lines: list[str], k: int, head: list[tuple[int, str]], top: list[list[str]]) -> int:
    """How many lines from ``k`` repeat a table's header row (at a page's top); 0 for none.

    The header row's cells on one line, or its own lines ``top`` again, each line's texts
    the same (a browser repeats a header that wraps its names in narrow columns as it first
    printed it: "Senior" over "Engineer 2" over "(Individual" over "Contributor)").

    Examples
    --------
    >>> head = [(0, "Skill"), (9, "Junior Engineer"), (21, "Expert")]
    >>> top = [["skill", "junior", "expert"], ["engineer"]]
    >>> again(["Skill    Junior Engineer    Expert"], 0, head, top)
    1
    >>> again(["Skill   Junior   Expert", "        Engineer", "Shares"], 0, head, top)
    2
    >>> again(["Skill   Junior   Expert", "        Engineer"], 1, head, top)
    0
    """
    if k >= len(lines):
        return 0
    if [clean(t).casefold() for _, t in segments(lines[k])] == [
        clean(t).casefold() for _, t in head if t
    ]:
        return 1
    own = [[clean(t).casefold() for _, t in segments(line)] for line in lines[k : k + len(top)]]
    return len(top) if len(top) > 1 and own == top else 0


def open_header(
    lines: list[str], i: int, *, hints: Given = NO_HINTS
) -> tuple[list[tuple[int, str]], int] | None:
    """A header row whose cells left open go on in the lines right under it, and how many.

    A cell ending in a dash or colon ("Level 1 –") is cut by its narrow column: the short
    lines right under it that hold text in such cells' columns only ("What we", "stand
    for") are its rest. Joined, the cells must all name levels or all a polarity: else None.
    (A header whose line alone names every column is never read on: find_tables asks only
    when the line alone is no header, or one with a column of row names.)

    Examples
    --------
    >>> open_header(["Level 1 –    Level 2    Level 3", "What we", "stand for",
    ...               "Understand   Seek to    Encourage"], 0)
    ([(0, 'Level 1 – What we stand for'), (13, 'Level 2'), (24, 'Level 3')], 2)
    >>> open_header(["Level 1 –    Level 2", "Understand   Seek to"], 0) is None
    True
    """
    cells = segments(lines[i])
    starts = [at for at, _ in cells]
    open_ = {k for k, (_, t) in enumerate(cells) if _OPEN_CELL.search(t)}
    if len(cells) < 2 or not open_:
        return None
    texts = [t for _, t in cells]
    k = i + 1
    while k < min(len(lines), i + 4) and lines[k].strip():
        parts = segments(lines[k])
        columns = [column(starts, at) for at, _ in parts]
        placed = zip(columns, parts, strict=True)
        if not all(c in open_ and abs(at - starts[c]) <= 2 for c, (at, _) in placed):
            break
        if not all(short(t) for _, t in parts):
            break
        for c, (_, t) in zip(columns, parts, strict=True):
            texts[c] = f"{texts[c]} {t}"
        k += 1
    joined = [(at, text) for (at, _), text in zip(cells, texts, strict=True)]
    if k == i + 1 or any(_OPEN_CELL.search(texts[c]) for c in open_):
        return None
    names = [t for _, t in joined]
    named = all(hints.side(t) for t in names) or _levels_header(names, hints=hints)
    named = named or lead(joined, hints=hints)
    return (joined, k - i - 1) if named else None


def open_note(
    head: list[tuple[int, str]], under: int, where: tuple[int, int], broken: tuple = ()
) -> tuple:
    """The report's note on a header cell joined over the lines under it.

    ``broken`` names the words a narrow column broke with no hyphen, joined whole.
    """
    shown = ", ".join(repr(t) for _, t in head)
    whole = f" (joined as one word: {', '.join(broken)})" if broken else ""
    return (
        "repair",
        f"a table header's cells wrap over {under + 1} lines (page {where[0]}, lines "
        f"{where[1]}-{where[1] + under}); each cell's lines joined with a space{whole}: {shown}",
        0.85,
        {"page": where[0], "lines": list(range(where[1], where[1] + under + 1))},
    )


def lead(cells: list[tuple[int, str]], *, hints: Given = NO_HINTS) -> int:
    """How many columns of row labels a header opens with before 2+ level names (0: none).

    "Competency Area | Skill | Junior (L1) | Senior (L2)": a row per skill, a column per level;
    "Competency | Positive behaviour | Negative behaviour": a row per competency, its sides.
    """
    texts = [t for _, t in cells]
    if n := long_lead(texts):
        return n  # "Competency | Level | Behaviour": a long table, named by its first columns
    if _levels_header(texts, hints=hints):
        return 0  # "APS 1" opens the run "APS 1" ... "APS 6": no row label
    for n in (1, 2):
        if (
            len(texts) >= n + 2
            and all(_heading_like(t) and level_score(t) < 0.8 for t in texts[:n])
            and not any(hints.side(t) for t in texts[:n])
            and (_levels_header(texts[n:], hints=hints) or _sides(texts[n:], hints))
        ):
            return n
    return 0


def _sides(texts: list[str], hints: Given = NO_HINTS) -> bool:
    """Whether header cells are a polarity's two sides, effective then ineffective.

    >>> _sides(["Examples of positive manager", "Examples of negative"])
    True
    >>> _sides(["Positive indicators", "Positive examples"])
    False
    """
    return [hints.side(t) for t in texts] == ["effective", "ineffective"]


def column(starts: list[int], at: int) -> int:
    """The column a piece of a line starting at ``at`` stands in: the last start at or before."""
    return max((k for k, s in enumerate(starts) if s <= at + 2), default=0)


def short(text: str) -> bool:
    """Whether a piece of a line may be a header cell's: no list item, no sentence's end."""
    return not item(text) and len(text.split()) <= 6 and not text.endswith((".", ";", ",", ":"))


def item(text: str) -> bool:
    """Whether a piece of a line opens a list item (a number or a bullet)."""
    number, bullet, _ = marker(text.strip())
    return number is not None or bool(bullet)


def wrapped_header(
    lines: list[str], i: int, *, hints: Given = NO_HINTS
) -> tuple[list[tuple[int, str]], int, list] | None:
    """A header row whose names wrap over the lines right under it, and how many such lines.

    A grid's narrow level columns wrap their titles: "Senior" over "Engineer", "Associate" /
    "Software" / "Engineer" beside "Software" / "Engineer", or over six lines in a landscape
    grid of eight levels ("Senior" / "Engineer" / "2" / "(Individua" / "l" / "Contribut" /
    "or)"). Each line right under line ``i`` (no blank line between; six at most) goes on
    with the header when each of its pieces
    stands under one of the header's cells (left-aligned or centred on it, one piece a cell)
    and is a title's words (:func:`_titled`: capitalised, no sentence's end, no list item).
    A piece under the first cell is the first row's name when that cell names no level
    ("Competency" over "Technical" / "skills"): that line is the body's. A word the column
    broke with no hyphen ("Competenc" over "y", "Practition" over "er") is joined whole
    (:func:`~compkit.ingest.pdfcells.split_word`). Of the joined headers, the one of the most
    lines whose cells name levels (every cell, all but one, or after one or two columns of
    row names) is taken, with how many lines it wraps over and the words joined whole; None
    when there is none.

    Examples
    --------
    >>> wrapped_header(["Competency   Junior     Senior", "             Engineer   Engineer",
    ...                 "Teamwork     Shares     Leads"], 0)
    ([(0, 'Competency'), (13, 'Junior Engineer'), (24, 'Senior Engineer')], 1, [])
    >>> head, under, _ = wrapped_header(["Skill    Associate   Software   Senior Software",
    ...     "         Software    Engineer   Engineer", "         Engineer"], 0)
    >>> [t for _, t in head], under
    (['Skill', 'Associate Software Engineer', 'Software Engineer', 'Senior Software Engineer'], 2)
    >>> wrapped_header(["Competency   Junior     Senior", "Teamwork     Shares     Leads"], 0)
    """
    cells = segments(lines[i])
    if len(cells) < 2 or not all(_heading_like(t) for _, t in cells):
        return None
    texts = [t for _, t in cells]
    label = level_score(texts[0]) < 0.8  # the first column may hold the rows' names
    best = None
    broken: list[str] = []
    for k in range(i + 1, min(len(lines), i + 7)):
        parts = segments(lines[k]) if lines[k].strip() else []
        places = [_under(cells, at, t) for at, t in parts]
        if not parts or None in places or len(set(places)) < len(places):
            break
        cut = [split_word(texts[c], t) for c, (_, t) in zip(places, parts, strict=True)]
        rest = [t.split(" ", 1)[1] if w and " " in t else "" if w else t for w, (_, t) in zip(
            cut, parts, strict=True)]  # fmt: skip
        if (label and 0 in places and not cut[0]) or not all(_titled(t) for t in rest if t):
            break
        for c, (_, t), word in zip(places, parts, cut, strict=True):
            texts[c] = f"{texts[c]}{t}" if word else f"{texts[c]} {t}"
        broken += [w for w in cut if w]
        joined = [(at, text) for (at, _), text in zip(cells, texts, strict=True)]
        if _names_levels(joined, hints) or _by_row(joined):  # or "Proficiency Level" over each
            best = (joined, k - i, list(broken))
    return best


def _names_levels(cells: list[tuple[int, str]], hints: Given) -> bool:
    """Whether joined header cells name levels: all, all but one, or after row names' columns."""
    texts = [clean(t) for _, t in cells]
    if len({t.casefold() for t in texts}) < len(texts) or any(len(t.split()) > 8 for t in texts):
        return False
    return _levels_header(texts, hints=hints) or bool(lead(cells, hints=hints))


def _under(cells: list[tuple[int, str]], at: int, text: str) -> int | None:
    """The header cell a piece of a line below stands under: left-aligned or centred on it."""
    for k, (start, name) in enumerate(cells):
        end = cells[k + 1][0] if k + 1 < len(cells) else None
        if end is not None and at + len(text) > end - 1:
            continue  # runs on into the next column
        if abs(at - start) <= 2:
            return k
        centre, middle = at + len(text) / 2, start + len(name) / 2
        if abs(centre - middle) <= 2 and at >= (cells[k - 1][0] + len(cells[k - 1][1]) if k else 0):
            return k
    return None


def _titled(text: str) -> bool:
    """Whether a piece of a line reads as (part of) a title: "Software Engineer", "(L3)", "II".

    Four words at most, no list item or sentence's end; every word capitalised, a number or
    a small word ("of", "and"), and not a small word first.

    >>> _titled("Senior Software"), _titled("Director of"), _titled("Writes code")
    (True, True, False)
    """
    words = text.split()
    if not words or len(words) > 4 or item(text) or text.endswith((".", ";", ",", ":")):
        return False
    for n, word in enumerate(words):
        core = word.strip("()[]{}\"'‘’“”–—-/&+,")
        lower = core and not (core[:1].isupper() or core[:1].isdigit())
        if lower and (core.casefold() not in _SMALL or n == 0):
            return False
    return True


def header_more(lines: list[str], j: int) -> int:
    """Where the lines right under a table's header row (from ``j``, no gap) stop heading it.

    Short lines ("Team Leader" under each level, a label's second line) go on with the
    header when a blank line or a list item follows them. A list item right under the header
    ("1. Speaks and writes clearly,"), or short lines that run on into a sentence (the first
    lines of narrow cells, "Conduct market" / "research, ensure" / ... "lifecycle."), are
    the body: the header is its one line.

    Examples
    --------
    >>> header_more(["Team Leader               Team Leader", "", "Listens"], 0)
    1
    >>> header_more(["1. Speaks and writes clearly,      1. Does not share useful"], 0)
    0
    >>> header_more(["Conduct market      Formulate", "research, ensure    lifecycle."], 0)
    0
    """
    k = j
    while k < len(lines) and lines[k].strip() and all(short(t) for _, t in segments(lines[k])):
        k += 1
    if k == len(lines) or not lines[k].strip() or item(lines[k]):
        return k
    return j
