"""How many lines a workbook cell's text takes when printed, to size the cross-walk's rows.

A spreadsheet does not grow a row to fit wrapped text that openpyxl writes: the cross-walk
workbook (:mod:`compkit.crosswalk.workbook`) sets each row's height from these counts, text
wrapping after spaces and hyphens as LibreOffice and Excel print it. A bold header is measured
by its letters' widths in Calibri (Carlito's metrics, the same), as it prints.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["cell_lines", "header_lines", "text_width"]

#: Calibri Bold's advance widths of the printable ASCII letters (space to tilde), in units of
#: 1/2048 em; a digit is 1038, the unit a column's width counts in
_BOLD = (
    463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
    1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
    1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
    615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
    1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
)  # fmt: skip
_DIGIT = 1038
#: Of a column's width, what its text may not fill (the cell's margins), in digits: measured
#: over 494 headers and widths printed by LibreOffice (0.4 to 0.6 printed every line; Excel
#: keeps 5 pixels of a 7-pixel digit, 0.7, so a row is never too short there either)
_MARGIN = 0.7

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


def text_width(text: str) -> float:
    """The width of ``text`` in bold Calibri 11, in digits (the unit of a column's width).

    A letter outside ASCII is measured as the letter it is accented from; a wide (East Asian)
    character as two digits, any other as one; a joiner or combining mark as none.

    Examples
    --------
    >>> round(text_width("Share of"), 2), round(text_width("0000"), 2)
    (6.79, 4.0)
    """
    total = 0
    for ch in text:
        code = ord(ch)
        if 32 <= code < 127:
            total += _BOLD[code - 32]
            continue
        base = unicodedata.normalize("NFD", ch)[:1]
        if base and 32 <= ord(base) < 127:
            total += _BOLD[ord(base) - 32]
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        else:
            total += _DIGIT * (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
    return total / _DIGIT


def header_lines(text: str, width: float) -> int:
    """Lines a bold header takes in a column ``width`` characters wide, wrapped at spaces.

    A long name wraps where its words end, not where its characters run out, and its letters
    are measured as they print ("Share of matches at GDS Junior level" is four lines in a column
    11 wide: "matches at" fits, though ten letters of an average width would not).

    Examples
    --------
    >>> header_lines("Aligned Engineering Ladders level", 14), header_lines("Rank", 6)
    (3, 1)
    >>> header_lines("Share of matches at GDS Junior level", 11)
    4
    """
    room = max(width - _MARGIN, 1.0)
    space = text_width(" ")
    lines, used = 0, 0.0
    for word in text.split():
        size = text_width(word)
        if used and used + space + size <= room:
            used += space + size
            continue
        span = max(1, -int(-size // room))  # a word wider than the column breaks inside
        lines, used = lines + span, size if span == 1 else room
    return max(lines, 1)
