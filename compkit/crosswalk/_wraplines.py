"""How many lines a workbook cell's text takes when printed, to size the cross-walk's rows.

A spreadsheet does not grow a row to fit wrapped text that openpyxl writes: the cross-walk
workbook (:mod:`compkit.crosswalk.workbook`) sets each row's height from these counts, text
wrapping after spaces and hyphens as LibreOffice and Excel print it.
"""

from __future__ import annotations

import re

__all__ = ["cell_lines", "header_lines"]

#: Where a spreadsheet may wrap a line: after a space or a hyphen
_BREAKS = re.compile(r"[^\s-]*-+|[^\s-]+")


def cell_lines(text: str, width: float) -> int:
    """Lines a cell's text takes in a column ``width`` characters wide, wrapped as printed.

    Text wraps after spaces and hyphens, never inside a word unless it is longer than the
    line: an id of hyphenated words ("core-competency-5-communication-all-levels-1") takes
    more lines than its characters fill, and counted by characters its end was cut off.

    Examples
    --------
    >>> cell_lines("core-competency-5-communication-all-levels-1", 11)
    6
    >>> cell_lines("Sends messages that are clear and concise", 28), cell_lines("", 9)
    (2, 1)
    """
    room = max(int(width * 1.1), 1)
    if len(text) <= room and "\n" not in text:
        return 1
    lines = 0
    for para in text.split("\n"):
        used = 0
        lines += 1
        for piece in _BREAKS.findall(para):
            if used and used + len(piece) + 1 <= room:
                used += len(piece) + (not piece.endswith("-"))
                continue
            span = -(-len(piece) // room)
            lines += (span - 1) + (used > 0)
            used = len(piece) - (span - 1) * room + (not piece.endswith("-"))
    return lines


def header_lines(text: str, width: float) -> int:
    """Lines a bold header takes in a column ``width`` characters wide, wrapped at spaces.

    A long name wraps where its words end, not where its characters run out: "Product Design
    Manager Roles competency" is five lines in a column 13 wide, not four.

    Examples
    --------
    >>> header_lines("Product Design Manager Roles competency", 13), header_lines("Rank", 6)
    (5, 1)
    """
    room = max(int((width - 2) / 1.1), 1)  # bold letters are wider than the column's unit
    lines, used = 0, 0
    for word in text.split():
        if used and used + 1 + len(word) <= room:
            used += 1 + len(word)
            continue
        span = -(-len(word) // max(int(width) - 2, 1))  # the width leaves room for a word
        lines, used = lines + span, len(word) if span == 1 else room
    return max(lines, 1)
