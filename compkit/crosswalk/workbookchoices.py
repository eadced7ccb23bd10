"""The drop-downs a reviewer decides with in a cross-walk's workbook, and how to use them.

The "Pairs" sheet of a cross-walk's workbook offers, in its "Review" and "Relation" columns, a
drop-down of the decisions and relations; their list stands on the "Read me" sheet under
:data:`CHOICES_TITLE`, after :data:`HOW_TO_REVIEW`, where a reader sees what each means.
:mod:`compkit.crosswalk.workbookreview` reads the decisions back.
"""

from __future__ import annotations

from ._wraplines import text_lines
from .pairs import RELATION_WORDS, STATUS_WORDS
from .workbooksettled import NOT_NEEDED

__all__ = ["CHOICES_TITLE", "HOW_TO_REVIEW", "add_choices"]

#: The heading, on the "Read me" sheet, of the lists the drop-downs offer.
CHOICES_TITLE = "Choices offered in the Pairs sheet's Review and Relation columns"
#: What a reviewer does with the workbook, said on its "Read me" sheet.
HOW_TO_REVIEW = (
    "To review in this workbook: in the Pairs sheet, pick a decision in the Review column (and, "
    "to accept with another relation, a relation in the Relation column), write why in the "
    "Note column (and, if not today, the day you decided in the Date column, as 2026-12-03), "
    "save the workbook and hand it back; 'compkit take-review CROSSWALK.sssom.tsv THIS.xlsx "
    "--reviewer NAME' records every changed row in the cross-walk. Where several people "
    "review, each types their name in the Reviewer column of the rows they decide: a name "
    "there is who decided the row, NAME who decided the rest. Delete no row: a deleted "
    "row records nothing."
)
_SHOWN = [STATUS_WORDS["suggested"], NOT_NEEDED, *list(STATUS_WORDS.values())[1:]]
_PICK = {"Review": _SHOWN, "Relation": list(RELATION_WORDS.values())}


def add_choices(readme, pairs) -> None:
    """List the decisions and relations on ``readme``; offer them as drop-downs in ``pairs``.

    Only a cross-walk's "Pairs" sheet (one with a "Review" column) gets them; suggestions are
    left as they are.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    header = {cell.value: cell.column for cell in pairs[1]}
    if "Review" not in header or pairs.max_row < 2:
        return
    from openpyxl.worksheet.pagebreak import Break

    readme.append([])
    start = readme.max_row + 1
    readme.append([CHOICES_TITLE])
    readme.row_breaks.append(Break(id=readme.max_row - 1))  # printed, they start a page
    readme.cell(readme.max_row, 1).font = Font(name="Calibri", bold=True)
    readme.merge_cells(f"A{readme.max_row}:B{readme.max_row}")
    readme.append([HOW_TO_REVIEW])
    readme.merge_cells(f"A{readme.max_row}:B{readme.max_row}")
    room = sum(readme.column_dimensions[c].width or 8.43 for c in "AB")
    readme.row_dimensions[readme.max_row].height = 15 * text_lines(HOW_TO_REVIEW, room) + 2
    readme.append(["Column", "A value to pick (the drop-down in each row offers these)"])
    for cell in readme[readme.max_row]:
        cell.font = Font(name="Calibri", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    for column, values in _PICK.items():
        if column not in header:
            continue
        first = readme.max_row + 1
        for k, value in enumerate(values):
            readme.append([column if k == 0 else None, value])
        rule = DataValidation(
            type="list",
            formula1=f"'{readme.title}'!$B${first}:$B${readme.max_row}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=f"Not a {column.lower()}",
            error=f"Pick one of the list (the 'Read me' sheet, under '{CHOICES_TITLE}').",
            showInputMessage=True,
            promptTitle=column,
            prompt="Pick from the list",
        )
        for row in readme.iter_rows(min_row=start):  # wrapped in its column, as above it
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(header[column])
        rule.add(f"{letter}2:{letter}{pairs.max_row}")
        pairs.add_data_validation(rule)
