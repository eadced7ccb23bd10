"""Column widths for a Word table of short cells, wide enough that no word breaks in two.

A table of many narrow columns (a role profile's competencies, nine across a landscape page)
split at equal widths breaks long header words mid-word ("Communi | cation"). Each column is
given at least its longest word's width (each letter's width in 9 pt bold) and the rest of
the page is shared out evenly, as a table's equal columns were (:func:`fitted`).
"""

from __future__ import annotations

import re

#: Each character's advance in 9 pt bold text, in EMU (12,700 a point), by how wide it is set
#: in DejaVu Sans Bold: the font LibreOffice sets where Calibri (and its metric twin Carlito)
#: is missing, and wider than Calibri, so a word that fits in it fits in Calibri too. A count
#: of characters at one width ("Communication" 13 × 0.2 cm) broke words of wide letters (its
#: two m's) in two there. Other characters (accented letters, symbols, emoji) are taken wide.
_EM = 9 * 12700
_WIDTHS = {
    "'ijl": 0.35,
    ",./IJ\\|": 0.39,
    "-:;f": 0.42,
    "!()[]rt": 0.49,
    '"*_`': 0.53,
    "?csz": 0.6,
    "Lx": 0.65,
    "$0123456789EFTaekovy": 0.7,
    "CPSYZbdghnpqu{}": 0.74,
    "ABKRVX": 0.78,
    "#+<=>DGHNU^~": 0.84,
    "&OQ": 0.88,
    "w": 0.93,
    "M": 1.0,
    "%@m": 1.05,
    "W": 1.11,
}
_ADVANCE = {ch: round(w * _EM) for chars, w in _WIDTHS.items() for ch in chars}
_WIDE = round(1.0 * _EM)
#: A cell's side margins (0.19 cm each in Word and LibreOffice) and a little to spare (0.4 cm).
PAD = 144000
_WORD = re.compile(r"\S+")


def word_width(word: str) -> int:
    """The width ``word`` takes in 9 pt bold text (EMU), at DejaVu Sans Bold's advances.

    >>> round(word_width("Communication") / 360000, 2)  # cm
    2.84
    >>> word_width("Team") < word_width("MMMM")
    True
    """
    return sum(_ADVANCE.get(ch, _WIDE) for ch in word)


def _need(cells: list[str]) -> int:
    """The width a column needs for its longest word."""
    return max((word_width(w) for c in cells for w in _WORD.findall(c or "")), default=0) + PAD


def fitted(table: list[list[str]], width: int, first: int) -> list[int]:
    """The widths of ``table``'s columns: ``first`` for the first, the rest shared evenly.

    Shared evenly where every word fits; a column whose longest word would not fits it, and
    the others share what is left (evenly again). The first column gives up width, down to
    its own longest word's, when the others need it; when the words cannot all fit, the columns
    after the first share the width in proportion to their longest words.

    Parameters
    ----------
    table : list of list of str
        The rows (a header first), each a cell's text per column.
    width : int
        The table's width (EMU).
    first : int
        The first column's width (EMU).

    Returns
    -------
    list of int
        A width per column, summing to ``width``.

    Examples
    --------
    >>> head = ["Role", "Focus", "Communication", "Team"]
    >>> fitted([head], 4_800_000, 1_200_000)  # every word fits: even
    [1200000, 1200000, 1200000, 1200000]
    >>> fitted([head], 4_000_000, 1_000_000)  # 'Communication' needs 1,166,985
    [1000000, 916507, 1166985, 916508]
    >>> fitted([head], 2_000_000, 1_000_000)  # 'Role' gives up width; still too narrow
    [433179, 374989, 832330, 359502]
    """
    columns = list(zip(*table, strict=True)) if table else []
    if len(columns) < 2:
        return [width] * len(columns)
    need = [_need(list(col)) for col in columns[1:]]
    first = min(first, max(_need(list(columns[0])), width - sum(need)))
    rest = width - first
    if sum(need) > rest:  # the words cannot all fit: in proportion to them
        out = [rest * n // sum(need) for n in need]
    else:
        wide: set[int] = set()  # columns set to their words' width
        while True:
            free = [j for j in range(len(need)) if j not in wide]
            even = (rest - sum(need[j] for j in wide)) // len(free)
            more = {j for j in free if need[j] > even}
            if not more:
                break
            wide |= more
        out = [need[j] if j in wide else even for j in range(len(need))]
    out[-1] += rest - sum(out)
    return [first, *out]
