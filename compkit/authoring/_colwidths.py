"""Column widths for a Word table of short cells, wide enough that no word breaks in two.

A table of many narrow columns (a role profile's competencies, nine across a landscape page)
split at equal widths breaks long header words mid-word ("Communi | cation"). Each column is
given at least its longest word's width (estimated from the character count) and the rest of
the page is shared out evenly, as a table's equal columns were (:func:`fitted`).
"""

from __future__ import annotations

import re

#: An estimate of one character's width in 9 pt bold text (EMU, 0.2 cm: Calibri's is about
#: 0.16 cm, DejaVu Sans', which LibreOffice sets without Calibri or Carlito, 0.21 cm) and a
#: cell's side margins (0.4 cm).
CHAR, PAD = 72000, 144000
_WORD = re.compile(r"\S+")


def _need(cells: list[str]) -> int:
    """The width a column needs for its longest word."""
    longest = max((len(w) for c in cells for w in _WORD.findall(c or "")), default=0)
    return longest * CHAR + PAD


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
    >>> fitted([head], 4_000_000, 1_000_000)  # 'Communication' needs 1,080,000
    [1000000, 960000, 1080000, 960000]
    >>> fitted([head], 2_000_000, 1_000_000)  # 'Role' gives up width; still too narrow
    [432000, 392000, 840000, 336000]
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
