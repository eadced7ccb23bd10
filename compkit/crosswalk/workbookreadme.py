"""The "Read me" sheet of a cross-walk's workbook: what the workbook is and what it holds.

The sheet names the two frameworks (by title, and by label when both share one title), says
when it was written and what a reader should do with suggestions, then says what the reader of
a handed-on workbook must know and was told only at the command line: the statements left out
for want of their polarity (:func:`compkit.crosswalk._arguments.left_out`) and, for a framework
not written in English, that the cross-walk reads English
(:func:`compkit.crosswalk.english.encoders_note`). Below, every column of every sheet is
explained. :mod:`compkit.crosswalk.workbook` writes the other sheets and sets up the pages.
"""

from __future__ import annotations

import datetime as dt

from ..framework.model import titled
from ._wraplines import text_lines
from .english import encoders_note

__all__ = ["readme_sheet"]

_FONT = "Calibri"  # named on every styled cell: a font with no name prints serif in LibreOffice
_HEADER_FILL = "DDE6F0"
#: Characters of body text a line of the two merged columns holds (28 + 90 wide, at 11 pt)
_LINE = 110


def readme_sheet(ws, fa, fb, sheets: dict, left: str = "") -> None:
    """Fill ``ws`` as the workbook's "Read me" for ``fa`` to ``fb`` and its ``sheets``.

    Parameters
    ----------
    ws : openpyxl worksheet
        An empty sheet.
    fa, fb : Framework
        The subject and object frameworks.
    sheets : dict
        Each sheet's name mapped to ``(frame, meaning)``, ``meaning`` a dict of each column's
        name and what it holds.
    left : str, optional
        The sentence on statements left out for want of their polarity (``""``: none).
    """
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    named = [titled(fw) for fw in (fa, fb)]
    if named[0] == named[1]:  # a framework and its own draft: called by their labels too
        named = [f"{n}, called {fw.label} here" for n, fw in zip(named, (fa, fb), strict=True)]
    ws.append([f"Cross-walk: {named[0]} to {named[1]}"])
    ws.append([f"Written by compkit on {dt.date.today():%d %B %Y}."])
    ws.append(
        [
            f"For each {fa.label} statement, the {fb.label} statements that express the same "
            "behaviour, ranked, with how they relate. Suggestions are a starting point for a "
            "reviewer: read both statements before relying on a pair."
        ]
    )
    # said to whoever reads this, not only to whoever ran the command: statements left out
    # for want of their polarity, and a framework the method does not read (not in English)
    tongue = encoders_note(fa, fb)
    notes = [n for n in (left, f"{tongue[0].upper()}{tongue[1:]}." if tongue else "") if n]
    for note in notes:
        ws.append([note])
    for row in range(1, ws.max_row + 1):
        ws.merge_cells(f"A{row}:B{row}")
    # the title, in 14-point bold over both columns (118 characters of body text), wraps at
    # about 75 characters a line: as many lines as it needs, so it never runs under row 2
    ws.row_dimensions[1].height = 20 * max(2, -(-len(ws["A1"].value) // 75))
    ws.row_dimensions[3].height = 48
    for row, note in enumerate(notes, start=4):
        ws.row_dimensions[row].height = 16 * -(-len(note) // _LINE)
    ws.append([])
    for name, (_, meaning) in sheets.items():
        ws.append([f"Sheet '{name}'"])
        ws.cell(ws.max_row, 1).font = Font(name=_FONT, bold=True)
        ws.append(["Column", "What it holds"])
        for cell in ws[ws.max_row]:
            cell.font = Font(name=_FONT, bold=True)
            cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        for column, text in meaning.items():  # a long framework's name wraps in column A
            ws.append([column, text])
            lines = max(1, -(-len(text) // 88), text_lines(column, 28))
            ws.row_dimensions[ws.max_row].height = 15 * lines + 2
        ws.append([])
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
