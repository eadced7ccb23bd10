"""A PDF page set in two text columns, told from a table with a column per level.

pypdf's layout text sets a page's lines side by side as they stand, so a page printed in two
columns (Word's section columns, a web page's CSS columns) shows a level heading of the left
column beside one of the right ("Level 2 ... Level 5") or beside a sentence's middle ("Senior
Product Engineer ... recommends new working"), as a table's header row would stand. A
header's cells head their columns: no running text stands right above them in the columns
right of the first (a title far above is the page's), back to a line running across them (a
paragraph the page's width) or the table before. Text there means the line is inside a
column of running text: the page's plain text, which LibreOffice and Chromium draw a
column at a time, reads it column by column.
"""

from __future__ import annotations

import re

from .blocks import clean, marker

__all__ = ["in_columns"]

_PIECE = re.compile(r"\S+(?: {1,2}\S+)*")  # a piece of a layout line: 3+ spaces part them


def in_columns(lines: list[str], i: int, head: list[tuple[int, str]], read=None) -> bool:
    """Whether layout line ``i``, taken for a header with cells ``head``, is column text.

    One of the three lines above it, back to a table read before (its lines blanked in
    ``read``, a row with text in each of the header's columns, or a row of names) or a line
    whose text runs across the second cell's start, holds running text right of that start:
    the right column's text goes on right above the "header".

    Examples
    --------
    >>> page = ["   other platforms                 Defines logical product",
    ...         "                                   definition and delivery, and",
    ...         "Senior Product Engineer            recommends new working"]
    >>> in_columns(page, 2, [(0, "Senior Product Engineer"), (35, "recommends new working")])
    True
    >>> table = ["Competency 1: Management", "", "Associate Engineer       Engineer"]
    >>> in_columns(table, 2, [(0, "Associate Engineer"), (25, "Engineer")])
    False
    >>> wide = ["Each level builds on the one before it, as the table shows.",
    ...         "Foundation    Practitioner    Expert"]
    >>> in_columns(wide, 1, [(0, "Foundation"), (14, "Practitioner"), (30, "Expert")])
    False

    A column's first line going on with a sentence begun at the foot of the column before
    it, beside a heading, is no header either (a header names its columns alike, not a
    capitalised name beside a line's middle):

    >>> in_columns(["Product Engineer      identify opportunities for"], 0,
    ...            [(0, "Product Engineer"), (22, "identify opportunities for")])
    True
    """
    if len(head) < 2:
        return False
    if head[0][1][:1].isupper() and any(_middle(text) for _, text in head[1:]):
        return True  # "Product Engineer ... identify opportunities for": a sentence goes on
    gutter = head[1][0] - 2
    for k in range(i - 1, max(i - 4, -1), -1):  # a title far above the table is no column
        if read is not None and lines[k].strip() and not read[k].strip():
            return False  # the table before: its rows are no running text
        parts = [(m.start(), m.group(0)) for m in _PIECE.finditer(lines[k])]
        if len(parts) == len(head) and all(
            abs(a - b) <= 2 for (a, _), (b, _) in zip(parts, head, strict=True)
        ):
            return False  # a row in the header's own columns: a table's, above
        if any(at < gutter and at + len(text) > gutter + 2 for at, text in parts):
            return False  # a line across the columns: the page's text above the table
        if any(at < b - 2 and at + len(text) > b + 2 for at, text in parts for b, _ in head[2:]):
            return False  # across a later column's start: a caption centred over the table
        if any(at >= gutter and _running(text) for at, text in parts):
            return True
        if len(parts) >= 2 and not any(_running(text) for _, text in parts):
            return False  # a row of names: another table's header
    return False


def _middle(text: str) -> bool:
    """Whether a header cell reads as a sentence's middle: two words or more, in lower case.

    >>> _middle("identify opportunities for"), _middle("n00b"), _middle("Senior Engineer")
    (True, False, False)
    """
    words = clean(text).split()
    return len(words) >= 2 and re.fullmatch(r"[a-z]+,?", words[0]) is not None


def _running(text: str) -> bool:
    """Whether a piece of a line reads as running text, not a title over a table.

    A list item, a line's middle or a sentence's words (four or more); not "Fullstack
    Engineering" over Teleport's table.

    >>> _running("definition and delivery, and"), _running("Fullstack Engineering")
    (True, False)
    """
    number, bullet, _ = marker(clean(text))
    return bool(bullet) or number is not None or text[:1].islower() or len(text.split()) >= 4
