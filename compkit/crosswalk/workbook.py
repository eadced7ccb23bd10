"""The cross-walk workbook: what a consultant hands over, readable on screen and on paper.

Names stand beside ids (competency and level names, not ``people`` or ``l1``), relations are in
words ("narrower match") with the SKOS CURIE kept in its own column, scores are rounded by number
formats (the cells keep their values), and a "Read me" sheet explains every column of every
sheet. Every sheet prints landscape, fitted to the page width, its header row repeated on each
page, with page numbers in the footer; long text wraps and rows are tall enough to show it. The
"Pairs" sheet prints the columns a reader needs at about 9 pt; the method's details (why a pair
was suggested, the separate signals) stay on screen, to the right.
"""

from __future__ import annotations

import os
from copy import copy
from pathlib import Path

import numpy as np
import pandas as pd

from .. import _atomic
from ._wraplines import header_lines, text_lines, whole_words
from .nocounterpart import no_counterpart_sheet, unmatched
from .pairs import RELATION_WORDS, TECHNICAL, _bare, _told_apart, pairs_table, stems_of
from .workbookchoices import add_choices
from .workbookreadme import readme_sheet
from .workbooksettled import NOT_NEEDED, settled_reviews

__all__ = ["RELATION_WORDS", "pairs_table", "unmatched", "write_workbook"]

_FORMULA = ("=", "+", "-", "@")
_WIDE = 40  # characters: statement columns
_HEADER_FILL = "DDE6F0"
_TOP = {"wrap_text": True, "vertical": "top"}
_FONT = "Calibri"  # named on every styled cell: a font with no name prints serif in LibreOffice
#: Widest columns of the Pairs sheet, by name or its ending: the printed columns fit the width
#: of a landscape A4 page with text of about 9 pt, long text wrapping in them
_PAIRS_WIDTHS = {" statement": 36, " competency": 13, " level": 12, "Rank": 6,
                 "Score": 7, "Relation": 11, "Review": 12, "Note": 20, " also at": 16,
                 "Why suggested": 60}  # fmt: skip
#: Columns of the Pairs sheet set in by a character: a relation that fills its column printed
#: against the decision beside it ("close match accepted", "related match not reviewed"); the
#: Relation column is 11 wide, so "close match" and "exact match" stand clear of it on one line
_SET_IN = ("Review",)
#: Widest columns of the No counterpart sheet: the statement, the one a reader reads, widest
#: (a level's name, "Architect & Principal Architect", took as much room and the statement
#: wrapped into five lines beside it)
_NONE_WIDTHS = {" competency": 28, " level": 20, " statement": 56}
#: Columns of the Pairs sheet kept on screen but not printed (with pairs.TECHNICAL), to the right
_UNPRINTED = ("In suggested set", "No credible counterpart", "Reviewer", "Date", "Why suggested")
#: Column endings kept off paper: the method's details, and the ids (made of hyphenated words,
#: they wrapped into five lines in a printed column and cost a third of the page's width; the
#: competency, level and statement beside them name each statement for a reader)
_OFF_PAPER = (*TECHNICAL, " id")


_FORMATS = {
    "Rank": "0",
    "Score": "0.00",
    "z-score": "0.0",
    "Meaning similarity": "0.00",
    "Word overlap": "0.00",
    "Similarity": "0.00",
    "share": "0%",
}


def _number_format(column: str) -> str | None:
    if column in _FORMATS:
        return _FORMATS[column]
    return None


def _write_sheet(
    ws, frame: pd.DataFrame, *, formats: dict[str, str] | None = None, caps: dict | None = None
) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    formats = formats or {}
    wrap = Alignment(**_TOP)
    ws.append([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        ws.append([_value(v) for v in row])
    thin = Side(style="thin", color="BBBBBB")
    for cell, col in zip(ws[1], frame.columns, strict=True):
        cell.font = Font(name=_FONT, bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        side = _over(frame[col], formats.get(col))  # a right one indented as its numbers
        cell.alignment = Alignment(horizontal=side, indent=int(side == "right"), **_TOP)
        cell.border = Border(bottom=thin)
    widths = []
    for i, col in enumerate(frame.columns, 1):
        values = [_text(v) for v in frame[col].head(500)]
        word = max((len(w) for w in str(col).split()), default=0) + 2  # bold: never cut a word
        longest = max([len(str(col)) // 2 + 2, word, *(len(v) for v in values)], default=8)
        width = max(longest + 2, 8)
        if (one := _one_line(str(col))) - width <= _SPARE:  # a short name: one line, not two
            width = max(width, one)
        whole = whole_words(str(col), map(_text, frame[col].drop_duplicates()), most=_WIDE)
        width = max(min(width, (caps or {}).get(col, _WIDE)), whole)  # no word cut in two
        widths.append(width)
        ws.column_dimensions[get_column_letter(i)].width = width
        fmt = formats.get(col) or _number_format(str(col))
        styled = {}  # one style per kind of cell, copied: 20,000 rows took 80 s styled one by one
        for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            number = bool(fmt) and isinstance(cell.value, int | float)
            if number in styled:
                cell._style = copy(styled[number])
            else:
                cell.alignment = wrap
                if number:  # clear of the text in the next column; a rank, a share centred
                    cell.number_format = fmt  # (LibreOffice prints a right indent as none)
                    side = "center" if fmt in ("0", "0%") else "right"
                    cell.alignment = Alignment(horizontal=side, indent=int(side == "right"), **_TOP)
                styled[number] = cell._style
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA):
                cell.data_type = "s"
    indents = [int(c in _SET_IN) for c in frame.columns]  # set in by _set_in, after
    for r, row in enumerate(frame.itertuples(index=False), start=2):
        lines = max(
            (_lines(v, w, k) for v, w, k in zip(row, widths, indents, strict=True)), default=1
        )
        ws.row_dimensions[r].height = 14 * max(lines, 1) + 3
    ws.row_dimensions[1].height = (
        15
        * max(
            (header_lines(str(c), w) for c, w in zip(frame.columns, widths, strict=True)), default=1
        )
        + 3
    )
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = ws.dimensions
    _print_setup(ws)


def _over(column: pd.Series, fmt: str | None) -> str | None:
    """Where a header stands: over numbers as they stand, else at the left (``None``).

    A share or a rank is centred, a score stands to the right, and so does its header.
    """
    fmt = fmt or _number_format(str(column.name))
    numbers = [v for v in column if _value(v) is not None]
    if not fmt or not numbers or not all(isinstance(_value(v), int | float) for v in numbers):
        return None
    return "center" if fmt in ("0", "0%") else "right"


#: Characters a column may widen by so that its header prints on one line
_SPARE = 6


def _one_line(header: str) -> int:
    """The narrowest column width that prints ``header`` in bold on one line.

    Examples
    --------
    >>> _one_line("CiS level"), header_lines("CiS level", _one_line("CiS level"))
    (11, 1)
    """
    width = len(header) + 2
    while header_lines(header, width) > 1:
        width += 1
    return width


def _lines(value, width: float, indent: int) -> int:
    """Lines a cell takes printed: its text wrapped in Calibri's widths; a number one line."""
    value = _value(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 1  # a number never wraps (its format rounds it)
    return text_lines("" if value is None else str(value), width, indent=indent)


def _print_setup(ws, *, titles: bool = True) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if titles:
        ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8  # header and footer sit in the margin,
    ws.page_margins.header = ws.page_margins.footer = 0.3  # clear of the body
    ws.oddFooter.center.text = "&A, page &P of &N"


def _text(value) -> str:
    value = _value(value)
    return "" if value is None else str(value)


def _value(value):
    if isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, np.floating | float):  # float32 noise (0.7390000224) rounded away
        return round(float(value), 6 if isinstance(value, np.float32) else 12)
    return value.item() if hasattr(value, "item") else value


def write_workbook(mappings: pd.DataFrame, path: str | os.PathLike, a, b) -> Path:
    """Write the cross-walk workbook (Read me, Pairs, Level alignment, Competencies, No match).

    Examples
    --------
    >>> import compkit, tempfile, pathlib
    >>> from openpyxl import load_workbook
    >>> s = compkit.suggest("cis", "wsx", top=2)
    >>> out = write_workbook(s, pathlib.Path(tempfile.mkdtemp()) / "cw.xlsx", "cis", "wsx")
    >>> load_workbook(out).sheetnames
    ['Read me', 'Pairs', 'Level alignment', 'Competencies', 'No counterpart']
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ..framework.io import load
    from ._arguments import left_out
    from .levels import align_levels, competency_matrix, level_matrix, method_of, weak_reason

    fa, fb = _told_apart(load(a), load(b))
    mappings = _after_stems(mappings, fa, fb)
    pairs, meaning = pairs_table(mappings, fa, fb)
    if "Review" in pairs:  # a settled statement's fresh candidates ask nothing of the reviewer
        pairs["Review"] = settled_reviews(mappings, pairs["Review"])
        meaning["Review"] += f"; '{NOT_NEEDED}': a fresh candidate of a statement already decided"
    # what a reader needs on paper first; the method's details on screen, to the right
    unprinted = [c for c in pairs.columns if c in _UNPRINTED or str(c).endswith(_OFF_PAPER)]
    pairs = pairs[[c for c in pairs.columns if c not in unprinted] + unprinted]
    meaning = {c: meaning[c] + ("; on screen, not printed" if c in unprinted else "")
               for c in pairs.columns}  # fmt: skip
    if "review_status" in mappings and "predicate_modifier" not in mappings:
        # suggestions honouring a reviewed cross-walk: rejected pairs are left out already
        mappings = mappings.assign(predicate_modifier="")
    alignment = align_levels(mappings, fa, fb)
    matrix = level_matrix(mappings, fa, fb)
    levels = matrix.reset_index(names=f"{fa.label} level")
    levels.columns = [
        str(levels.columns[0]),
        *(f"Share of matches at {fb.label} {c}" for c in levels.columns[1:]),
    ]
    levels[f"Aligned {fb.label} level"] = alignment["aligned_level_name"].to_numpy()
    levels["Evidence"] = [weak_reason(r, len(fb.level_ids)) for r in alignment.itertuples()]
    matrix_of = competency_matrix(fa, fb, **method_of(mappings))  # as the suggestions were made
    comps = _stated(matrix_of.astype("float64").round(3), fa, fb)
    comps = comps.reset_index(names=f"{fa.label} {fa.competency_term}")
    none, none_meaning = no_counterpart_sheet(mappings, fa, fb)
    sheets = {
        "Pairs": (pairs, meaning),
        "Level alignment": (
            levels,
            {
                levels.columns[0]: f"a level of {fa.label}",
                "Share of matches at …": f"of the {fa.label} level's match weight, the share "
                f"that lands at each {fb.label} level (rows add up to 100%)",
                f"Aligned {fb.label} level": f"the {fb.label} level that corresponds, inferred "
                "from the matches and the statements' scope (never goes down a level)",
                "Evidence": "'weak' when the aligned level holds less than an even share of the "
                "level's matches: the choice rests on the statements' scope; check it",
            },
        ),
        "Competencies": (
            comps,
            {
                comps.columns[0]: f"a {fa.competency_term} of {fa.label}",
                f"each {fb.label} column": "how alike the two competencies' statements read "
                "(cosine of their mean embedding, -1 to 1); empty where a competency has no "
                "statements (a name or description only): nothing to compare",
            },
        ),
        "No counterpart": (none, none_meaning),
    }
    title = f"Cross-walk {fa.label} to {fb.label}"
    wb = Workbook()
    readme = wb.active
    readme.title = "Read me"
    readme_sheet(readme, fa, fb, sheets, left_out(mappings, fa, fb))
    _print_setup(readme, titles=False)
    for name, (frame, _) in sheets.items():
        ws = wb.create_sheet(name)
        formats = {c: "0%" for c in frame.columns if str(c).startswith("Share of matches")}
        formats |= {c: "0.00" for c in frame.columns[1:]} if name == "Competencies" else {}
        widest = {"Pairs": _PAIRS_WIDTHS, "No counterpart": _NONE_WIDTHS}.get(name, {})
        caps = {c: w for c in frame.columns for end, w in widest.items() if str(c).endswith(end)}
        if name == "Level alignment":  # a share needs 4 characters: its header wraps
            widths = [_SHARE_WIDTH] * (len(frame.columns) - 3) + [14, 28]
            caps = {c: max(w, _word(c) + 2) for c, w in zip(frame.columns[1:], widths, strict=True)}
        _write_sheet(ws, frame, formats=formats, caps=caps)
        if name == "Pairs":
            _set_in(ws, [k for k, c in enumerate(frame.columns, 1) if c in _SET_IN])
        if name == "Competencies":
            _pages_wide(ws)
        off = len(unprinted) if name == "Pairs" else int(name == "No counterpart")
        if off:  # the page holds the columns a reader needs, legibly; ids on screen only
            from openpyxl.utils import get_column_letter

            printed = len(frame.columns) - off
            ws.print_area = f"A1:{get_column_letter(printed)}{ws.max_row}"
    add_choices(readme, wb["Pairs"])  # a cross-walk's Review and Relation: drop-downs
    for cell in readme["A"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    readme["A1"].font = Font(name=_FONT, bold=True, size=14)
    for ws in wb.worksheets:  # the cross-walk's name, never the file's
        ws.oddHeader.left.text = title.replace("&", "&&")
    wb.properties.title = title
    wb.properties.creator = wb.properties.lastModifiedBy = "compkit"
    return _atomic.write_with(path, wb.save)


#: Columns' widths (in characters) a landscape page holds legibly: the Pairs sheet's printed
#: columns (about 180, which print at a size one reads), at no less than 0.8 of their size.
_PAGE_ROOM = 225


def _pages_wide(ws) -> None:
    """Print a wide sheet on as many pages wide as it needs, its first column on each.

    Fitted to one page, the competency matrix of a framework of 19 competencies printed at about
    five points, which no one reads; now it prints at 0.8 of the Pairs sheet's size or more.
    """
    from openpyxl.utils import get_column_letter

    widths = [ws.column_dimensions[get_column_letter(k)].width or 8.43
              for k in range(1, ws.max_column + 1)]  # fmt: skip
    first, rest = widths[0], sum(widths[1:])
    pages = max(1, -(-rest // max(_PAGE_ROOM - first, 1)))
    if pages > 1:
        ws.page_setup.fitToWidth = int(pages)
        ws.print_title_cols = "A:A"


def _set_in(ws, columns: list[int]) -> None:
    """Indent the cells of ``columns`` (header too) by a character, as wrapped as they were."""
    from openpyxl.styles import Alignment

    for k in columns:
        styled = {}
        for (cell,) in ws.iter_rows(min_col=k, max_col=k):
            key = cell.row == 1
            if key in styled:
                cell._style = copy(styled[key])
                continue
            was = cell.alignment
            cell.alignment = Alignment(horizontal=was.horizontal, vertical=was.vertical,
                                       wrap_text=was.wrap_text, indent=1)  # fmt: skip
            styled[key] = cell._style


#: Width of a share of matches in the Level alignment sheet, its header wrapping (as wide as
#: its header, "Share of matches at Engineering Ladders D1 - Developer 1", seven levels of B
#: printed at 47%); then the aligned level, 14, and the evidence, 28
_SHARE_WIDTH = 11


def _word(text) -> int:
    return max((len(w) for w in str(text).split()), default=0)


def _stated(matrix: pd.DataFrame, fa, fb) -> pd.DataFrame:
    """The competency matrix, empty (NaN) for a competency with no statements on either side."""
    for fw, axis in ((fa, 0), (fb, 1)):
        used = set(fw.indicators["competency_id"])
        empty = [c.id not in used for c in fw.competency_records]
        if axis == 0:
            matrix.loc[empty, :] = np.nan
        else:
            matrix.loc[:, empty] = np.nan
    return matrix


def _after_stems(mappings: pd.DataFrame, fa, fb) -> pd.DataFrame:
    """Each statement that completes a stem shown after it, as its reader meets it.

    A framework whose cells open "You should:" over a list has statements that are fragments
    ("be familiar with the language and tools your team uses"); on paper the stem stands before
    them, as in the comparison report. The files (SSSOM, CSV) keep each statement as published.

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> f = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "subject_label": ["Listens"]})
    >>> _after_stems(f, cis, cis)["subject_label"].tolist()  # CiS declares no stem
    ['Listens']
    """
    out = mappings
    for side, fw in (("subject", fa), ("object", fb)):
        stems = stems_of(fw)
        if not stems or f"{side}_label" not in out.columns:
            continue
        lead = pd.Series([stems.get(i, "") for i in _bare(out[f"{side}_id"])],
                         index=out.index, dtype=object)  # fmt: skip
        text = out[f"{side}_label"]
        shown = (lead + " " + text.astype(str)).where((lead != "") & text.notna(), text)
        out = out.assign(**{f"{side}_label": shown})
    return out
