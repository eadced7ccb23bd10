"""A PDF page's edges: the lines standing apart at its top or foot, and a footer naming its page.

:func:`edge_lines` finds the block of lines at a page's top or foot that stands apart from
the text (where running headers, footers and page numbers stand); :func:`page_footers` sets
aside such a block when it ends by naming the page it stands on ("Behaviours | Page 1",
"Guide - page 2 of 9"), also when the footer is long or wrapped over two lines ("HSE ·
Health and Safety Executive (...) · Page 2 of" over "4": a font a little wider than the
author's, DejaVu Sans for Calibri, wraps what fitted on one line). :mod:`compkit.ingest.pdfparas`
uses both when it sets a document's page furniture aside.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .blocks import clean
from .folios import folio, named_page

__all__ = ["edge_lines", "page_footers"]

#: the most words of a footer naming its page; more when it says "of M" (a page count)
_WORDS, _COUNTED_WORDS = 12, 30
_OF = re.compile(r"\bpage\s+(\d{1,4})\s*(?:of|/)\s*(\d{1,4})$", re.I)


def edge_lines(at: list[int], lines: list[str], ys: list) -> list[int]:
    """A page's lines that may be running text at one edge (``at`` from that edge inwards).

    Where the lines' heights are known: the block of up to three lines at the edge that
    stands apart from the text inside it (a gap of more than 1.5 ordinary line steps); none
    when no such gap comes within three lines. Else the edge line, or the next too when the
    edge line is a page number.

    Examples
    --------
    >>> lines = ["Leads teams.", "Plans work.", "Owns budgets.", "Guide", "Page 2 of 4"]
    >>> ys = [700.0, 686.0, 672.0, 40.0, 28.0]
    >>> edge_lines([4, 3, 2, 1, 0], lines, ys)
    [4, 3]
    """
    known = [ys[i] for i in at if i < len(ys) and ys[i] is not None]
    drops = sorted(abs(a - b) for a, b in pairwise(known) if a != b)
    step = drops[len(drops) // 4] if drops else None  # the lower quartile: a line step
    height = [ys[i] if i < len(ys) else None for i in at[:4]]
    if step is None or None in height:
        return at[:2] if folio(clean(lines[at[0]])) is not None else at[:1]
    for n in range(min(3, len(at))):
        if n + 1 >= len(at) or abs(height[n] - height[n + 1]) > 1.5 * step:
            return at[: n + 1]
    return []


def _names(text: str, page: int) -> bool:
    """Whether a line at a page's edge is a footer naming that page, ``page``.

    Twelve words at most, or thirty when it counts the pages ("Page 2 of 4", the count no
    less than the page).

    Examples
    --------
    >>> _names("Behaviours | Page 1", 1), _names("Behaviours | Page 1", 2)
    (True, False)
    >>> long = "Sample Competencies and Proficiency Levels · United States Digital Service"
    >>> _names(long + " · Page 2 of 3", 2), _names(long + " · Page 2", 2)
    (True, False)
    """
    named = named_page(text, loose=True)
    if not named or named[1] != page:
        return False
    counted = _OF.search(text)
    most = _COUNTED_WORDS if counted and int(counted[2]) >= int(counted[1]) else _WORDS
    return len(text.split()) <= most


def page_footers(
    pages: dict[int, list[int]], lines: list[str], ys: list, gone: set, where: list[dict]
) -> tuple[set, list[tuple]]:
    """The lines of footers (or headers) naming the page they stand on, and the report's notes.

    ``pages`` gives each page's line indices in order; lines in ``gone`` are already set
    aside. A line at a page's edge that names its page goes; so do the lines of an edge's
    block (:func:`edge_lines`, where the lines' heights set it apart from the text) that
    name the page only when read together, in order: a footer wrapped over two lines.

    Examples
    --------
    >>> lines = ["Leads teams.", "Plans work.", "Guide to the behaviours · Page 2 of", "4"]
    >>> where = [{"page": 2, "lines": [k]} for k in range(1, 5)]
    >>> found, notes = page_footers({2: [0, 1, 2, 3]}, lines, [700.0, 686.0, 40.0, 30.0],
    ...                             set(), where)
    >>> sorted(found), notes[0][1]
    ([2, 3], "a footer naming its page set aside: 'Guide to the behaviours · Page 2 of 4'")
    """
    found, notes = set(), []
    for p, at in pages.items():
        left = [i for i in at if i not in gone]
        if not left:
            continue
        for block in (edge_lines(left, lines, ys), edge_lines(left[::-1], lines, ys)):
            block = sorted(block)
            texts = [clean(lines[i]) for i in block]
            alone = [i for i in block if i not in found]
            named = [([i], clean(lines[i])) for i in alone if _names(clean(lines[i]), p)]
            whole = " ".join(texts)
            placed = all(i < len(ys) and ys[i] is not None for i in block)  # apart, by height
            if not named and len(block) > 1 and placed and _names(whole, p):
                named = [(block, whole)]
            for ids, text in named:
                found.update(ids)
                notes.append(
                    ("unused", f"a footer naming its page set aside: {text!r}", 0.8, where[ids[0]])
                )
    return found, notes
