"""How many lines a workbook cell's text takes when printed, to size the cross-walk's rows.

A spreadsheet does not grow a row to fit wrapped text that openpyxl writes: the cross-walk
workbook (:mod:`compkit.crosswalk.workbook`) sets each row's height from these counts, text
wrapping after spaces and hyphens as LibreOffice and Excel print it. A bold header is measured
by its letters' widths in Calibri (Carlito's metrics, the same), as it prints.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["cell_lines", "header_lines", "text_lines", "text_width", "whole_words"]

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
#: Calibri's (regular) advance widths of the same letters: a data cell's text
_REGULAR = (
    463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
    1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
    596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
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


def text_width(text: str, *, bold: bool = True) -> float:
    """The width of ``text`` in bold (or regular) Calibri 11, in digits (a column's unit).

    A letter outside ASCII is measured as the letter it is accented from; a wide (East Asian)
    character as two digits, any other as one; a joiner or combining mark as none.

    Examples
    --------
    >>> round(text_width("Share of"), 2), round(text_width("0000"), 2)
    (6.79, 4.0)
    """
    total, table = 0, _BOLD if bold else _REGULAR
    for ch in text:
        code = ord(ch)
        if 32 <= code < 127:
            total += table[code - 32]
            continue
        base = unicodedata.normalize("NFD", ch)[:1]
        if base and 32 <= ord(base) < 127:
            total += table[ord(base) - 32]
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


#: Of a column's width, what a data cell's text may not fill, in digits: measured over 301
#: cells of three workbooks printed by LibreOffice (0.5 to 0.6 printed every line), and held
#: out on 1,315 cells of four others; raised to 0.72 when a cell printed a line longer than
#: estimated (a Skylight statement in a 56-wide column): over 1,617 printed cells, 0 short
#: (was 1) and 27 a line tall (was 12): a row a line too tall, never one that hides text
_CELL_MARGIN = 0.72
#: A cell's indent, in digits per level (the Review column is set in by one)
_INDENT = 1.0
#: Marks no line breaks before ("communicates /" stays on one line): they go with the word
#: before them, as LibreOffice and Excel wrap (Unicode line breaking, classes CL, CP, EX, IS, SY)
_CLOSING = re.compile(r"[/!?;:,.)\]}%]+")


def text_lines(text: str, width: float, *, indent: int = 0) -> int:
    """Lines a data cell's text takes in a column ``width`` wide, as LibreOffice prints it.

    Measured in Calibri's letter widths (Carlito's, the same), wrapping after spaces and
    hyphens and never before a closing mark; a word longer than the line breaks inside it.
    :func:`cell_lines` counted characters: of 1,315 cells printed, 394 a line too many.

    Examples
    --------
    >>> text_lines("Consistently and frequently communicates / demonstrates organisational "
    ...            "values, expectations and boundaries", 36)
    4
    >>> text_lines("core-competency-5-communication-all-levels-1", 11), text_lines("", 9)
    (6, 1)
    """
    room = max(width - _CELL_MARGIN - _INDENT * indent, 1.0)
    space = text_width(" ", bold=False)
    lines = 0
    for para in text.split("\n"):
        lines += 1
        used, joined = 0.0, False
        pieces: list[str] = []
        for piece in _BREAKS.findall(para):
            if pieces and _CLOSING.fullmatch(piece) and not pieces[-1].endswith("-"):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for piece in pieces:
            size = text_width(piece, bold=False)
            gap = 0.0 if joined or not used else space
            if used and used + gap + size <= room:
                used, joined = used + gap + size, piece.endswith("-")
                continue
            span = max(1, -int(-size // room))  # a word wider than the column breaks inside
            lines += (span - 1) + (used > 0)
            used, joined = size - (span - 1) * room, piece.endswith("-")
    return lines


def whole_words(header: str, values, *, most: float) -> int:
    """The narrowest column width printing every word of ``header`` and ``values`` whole.

    A word wider than its column breaks inside it ("Communicatio / n" in a competency column 13
    wide); a column at least this wide never breaks one, up to ``most`` (a longer word, a web
    address, still breaks). Words are measured as they print: the header's in bold.

    Examples
    --------
    >>> whole_words("CiS competency", ["Communication", "People"], most=40)
    14
    >>> whole_words("Rank", [1, 2], most=40), whole_words("Note", ["x" * 99], most=40)
    (5, 40)
    """
    widest = max((text_width(w) + _MARGIN for w in header.split()), default=0.0)
    for value in values:
        if isinstance(value, str):
            for piece in _BREAKS.findall(value):
                widest = max(widest, text_width(piece, bold=False) + _CELL_MARGIN)
    return min(int(-(-widest // 1)), int(most))
