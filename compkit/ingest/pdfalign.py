"""A table's next page set in the columns of the page its header stands on.

pypdf's layout text places each piece of a page's text at a column counted from the page's
leftmost text, in characters of the page's own average width. A table that runs over a page
break keeps its columns where they stand on paper, but when the next page has no text in the
table's first column (a competency's name stands once, at the top of its row), that page's
text starts further right and its layout columns start further left: "and default it to",
the level column's text, reads as the competency column's. :func:`align_page` measures both
pages' layouts against where their text stands in points (their plain text lines' left
edges, matched by their words) and sets the next page's pieces at the header page's columns,
each piece within two characters of a column's start moved onto it.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["align_page", "layout_frame"]

_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # a piece of a layout line: 3+ spaces part them


def layout_frame(
    layout: list[str], text: list[str], lefts: list, width: float | None = None
) -> tuple[float, float] | None:
    """Where a page's layout column 0 stands and a column's width, in points; None if unknown.

    A layout line's piece and a plain text line that read alike, each alone of its words on
    the page, are one line of text: its column and left edge. Two or more such lines in two
    columns or more give the fit (least squares); lines in one column give where column 0
    stands at a known column ``width`` (another page's); else None.

    Examples
    --------
    >>> layout = ["Title", "Name       Level one", "Shares     Leads the team"]
    >>> text = ["Title", "Name Level one", "Shares", "Leads the team"]
    >>> layout_frame(layout, text, [50.0, 50.0, 50.0, 105.0])
    (50.0, 5.0)
    >>> layout_frame(["Title", "x   y"], ["Title", "x y"], [50.0, 50.0]), layout_frame(
    ...     ["Title", "x   y"], ["Title", "x y"], [50.0, 50.0], width=5.0)
    (None, (50.0, 5.0))
    """
    pieces: dict[str, list[int]] = {}
    for line in layout:
        for m in _PIECE.finditer(line):
            pieces.setdefault(clean(m.group(0)), []).append(m.start())
    plain: dict[str, list[float]] = {}
    for line, x in zip(text, lefts, strict=False):
        if x is not None and clean(line):
            plain.setdefault(clean(line), []).append(float(x))
    pairs = [
        (cols[0], plain[key][0])
        for key, cols in pieces.items()
        if len(cols) == 1 and len(plain.get(key, [])) == 1
    ]
    if len({c for c, _ in pairs}) < 2:  # a plain line opening with a layout line's first piece
        pairs += _openings(layout, plain)
    n = len(pairs)
    if len({c for c, _ in pairs}) < 2:
        if not pairs or not width:
            return None
        return round(sum(x - width * c for c, x in pairs) / n, 1), width
    mc = sum(c for c, _ in pairs) / n
    mx = sum(x for _, x in pairs) / n
    var = sum((c - mc) ** 2 for c, _ in pairs)
    width = sum((c - mc) * (x - mx) for c, x in pairs) / var
    if width <= 0:
        return None
    return round(mx - width * mc, 1), round(width, 2)


def align_page(
    layout: list[str], frame: tuple[float, float], head: tuple[float, float], starts: list[int]
) -> list[str]:
    """A page's layout lines with their pieces at the columns of the header page's ``head``.

    ``frame`` and ``head`` are the two pages' :func:`layout_frame`; a piece lands where its
    text stands on paper, counted in the header page's columns, and on a column's start
    (``starts``) when within two characters of it. Pieces keep three spaces between them.

    Examples
    --------
    >>> align_page(["and default it     and can identify"], (160.0, 5.0), (50.0, 5.0), [0, 22, 40])
    ['                      and default it    and can identify']
    """
    out = []
    for line in layout:
        text, end = "", -3
        for m in _PIECE.finditer(line):
            at = (frame[0] + frame[1] * (m.start() + 0.5) - head[0]) / head[1] - 0.5
            at = round(at)
            near = [s for s in starts if abs(s - at) <= 2]
            at = min(near, key=lambda s: abs(s - at)) if near else at
            at = max(at, end + 3, 0) if text else max(at, 0)
            text += " " * (at - len(text)) + m.group(0)
            end = len(text)
        out.append(text)
    return out


def _openings(layout: list[str], plain: dict[str, list[float]]) -> list[tuple[int, float]]:
    """Each layout line's first piece's column beside the left edge of its plain line.

    The one plain line opening with the piece and more: a row's cells run together in the
    plain text ("team pods team pods specific ..."), its left edge the first cell's.

    >>> _openings(["  team pods    of it"], {"team pods of it specific": [131.0], "of it": [300.0]})
    [(2, 131.0)]
    """
    out = []
    for line in layout:
        first = _PIECE.search(line)
        if first is None:
            continue
        key = clean(first.group(0))
        found = [xs for text, xs in plain.items() if text.startswith(key + " ")]
        if len(found) == 1 and len(found[0]) == 1:
            out.append((first.start(), found[0][0]))
    return out
