"""The comparison report as an editable Word document (python-docx).

The same :class:`~compkit.compare.report_model.Report` as the HTML page, laid out for Word: an
A4 page with page numbers in the footer, the title block, Word's own heading styles (so the
navigation pane and a table of contents work, and each heading stays with what follows), tables
whose header row repeats on every page and whose rows never split across pages, and the
pictures at the width of the text. Everything stays editable: consultants finish reports in Word.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from .._word import field, keep_row, set_language, set_title, shade
from ..crosswalk._wraplines import text_width
from .report_model import Report, Table

if TYPE_CHECKING:
    from .report_model import Figure

__all__ = ["docx_bytes"]

_TEXT_WIDTH_CM = 17.0  # A4 (21 cm) less 2 cm margins
_LANDSCAPE_WIDTH_CM = 25.7  # A4 turned (29.7 cm) less 2 cm margins
_HEADER_FILL = "E8F0F5"
_GROUP_FILL = "F4F7F9"  # a row naming the framework of the rows under it
#: A digit's width in 8.5 pt Calibri (cm): the unit :func:`text_width` measures in, at 11 pt
_DIGIT_CM = 11 * 1038 / 2048 * 8.5 / 11 * 2.54 / 72
#: A cell's side margins (0.19 cm each in Word and LibreOffice) and a little to spare
_CELL_PAD_CM = 0.5
#: Rows of a table short enough to keep on one page (the HTML report's ``WHOLE_ROWS``): a
#: table's last row alone overleaf ('Definition' under the headline differences) is gone
WHOLE_ROWS = 30
#: How tall (cm) an A4 page's text may run, portrait and landscape (1.8 cm margins; the footer
#: prints in the margin). The heights below are generous: a table held whole that does not fit
#: leaves a page blank, one let run on over two pages repeats its header row
_PAGE_CM = {False: 29.7 - 3.6, True: 21.0 - 3.6}
#: A line of 8.5 pt text in a table cell (cm), and a cell's top and bottom margins
_LINE_CM, _ROW_PAD_CM = 8.5 * 1.17 * 2.54 / 72, 0.05
#: A line of the body's 11 pt text (cm), a paragraph's space after it, a heading's, a caption's
_BODY_CM, _PARA_CM, _HEADING_CM, _CAPTION_CM = 11 * 1.17 * 2.54 / 72, 0.35, 1.6, 0.8


def _above(section, width: float) -> float:
    """How tall (cm) a section's heading and opening words print, held with its first table."""
    from ..crosswalk._wraplines import text_lines

    room = width / (_DIGIT_CM * 11 / 8.5)
    return _HEADING_CM + sum(text_lines(t, room) * _BODY_CM + _PARA_CM for t in section.paragraphs)


def _height(frame, widths: list[float]) -> float:
    """How tall (cm) a table prints: each row as tall as its cell of the most lines."""
    from ..crosswalk._wraplines import header_lines, text_lines

    room = [max((w - _CELL_PAD_CM) / _DIGIT_CM, 1.0) for w in widths]
    head = max(header_lines(str(c), r) for c, r in zip(frame.columns, room, strict=True))
    rows = [
        max(text_lines(str(v), r) for v, r in zip(row, room, strict=True))
        for row in frame.itertuples(index=False)
    ]
    return sum(n * _LINE_CM + _ROW_PAD_CM for n in [head, *rows])


def _floors(table: Table, text_width: float = _TEXT_WIDTH_CM) -> list[float]:
    """The narrowest width (cm) of each column that breaks no word (the wide one: 38 %)."""
    return _widths(table, text_width, floors_only=True)


def _widths(
    table: Table, text_width: float = _TEXT_WIDTH_CM, *, floors_only: bool = False
) -> list[float]:
    """Column widths (cm): no word broken where it fits, the wide column takes the rest."""
    cols = [str(c) for c in table.frame.columns]
    sample = table.frame.head(300)
    k = cols.index(table.wide) if table.wide in cols else None
    texts = [[c, *(str(v) for v in sample[c].tolist())] for c in cols]
    # a word's room counted at 0.22 cm a letter holds it in any font LibreOffice falls back
    # to (DejaVu Sans, without Calibri or Carlito); where those floors overflow the page, a
    # word's room as Calibri prints it, before a short table is turned onto a landscape page
    # of its own (a listing running on over pages fills its landscape pages: it stays there)
    safe = [
        0.38 * _TEXT_WIDTH_CM
        if j == k
        else min(
            max(len(w) for t in ts for w in (re.split(r"[\s/-]+", t) or [""])) * 0.22 + 0.5, 2.9
        )
        for j, ts in enumerate(texts)
    ]
    floors = safe
    if sum(safe) > text_width + 0.01 and not table.listing:
        floors = [
            f if j == k else min(_longest_word(ts[0], ts[1:]), 2.9)
            for j, (f, ts) in enumerate(zip(safe, texts, strict=True))
        ]
    widths = []
    for j, ts in enumerate(texts):
        natural = min(max(len(t) for t in ts) * 0.2 + 0.5, 4.5 if k is not None else 7.5)
        widths.append(max(natural, floors[j]))
    if floors_only:
        return floors
    if k is not None:
        widths[k] = max(text_width - (sum(widths) - widths[k]), floors[k])
    over = sum(widths) - text_width
    slack = [w - f for w, f in zip(widths, floors, strict=True)]
    if over > sum(slack):  # even the floors do not fit: the narrow columns give way
        room = text_width - (floors[k] if k is not None else 0.0)
        narrow = sum(f for j, f in enumerate(floors) if j != k)
        return [f if j == k else f * room / narrow for j, f in enumerate(floors)]
    if over > 0:
        total = sum(slack) or 1.0
        widths = [w - over * s / total for w, s in zip(widths, slack, strict=True)]
    return widths


def _longest_word(header: str, cells: list[str]) -> float:
    """The width (cm) of the column's longest word as printed: the header bold, cells regular.

    Measured in Calibri's letter widths, the report's font (Carlito's, the same), with the
    cell's margins: counted at 0.22 cm a letter, "Competencies" took 2.9 cm where it prints in
    1.8 (2.3 with its margins), and a table of eight such headers turned a page landscape.

    >>> round(_longest_word("Competencies described", ["10", "12"]), 2)
    2.26
    """

    def widest(texts: list[str], bold: bool) -> float:
        words = {w for t in texts for w in re.split(r"[\s/-]+", t) if w}
        return max((text_width(w, bold=bold) for w in words), default=0.0)

    return max(widest([header], True), widest(cells, False)) * _DIGIT_CM + _CELL_PAD_CM


def _copy_rows(grid, template, rows: list[list[str]]) -> None:
    """Fill ``template`` with the first row and append the others as copies of it.

    Copying one row's XML is much faster than python-docx's ``add_row`` for thousands of rows.
    """
    from copy import deepcopy

    from docx.oxml.ns import qn

    tbl = grid._tbl
    pristine = deepcopy(template._tr)
    for k, values in enumerate(rows):
        tr = template._tr if k == 0 else deepcopy(pristine)
        for text_el, value in zip(tr.iter(qn("w:t")), values, strict=True):
            text_el.text = value
            if value != value.strip():
                text_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if k:
            tbl.append(tr)


def _wide(section) -> bool:
    """Whether a report section holds a table too wide for a portrait page (words would break)."""
    return any(
        isinstance(b, Table) and sum(_floors(b)) > _TEXT_WIDTH_CM + 0.01 for b in section.blocks
    )


def _turn(doc, landscape: bool) -> None:
    """Start a new section (on a new page) in landscape or back in portrait; footer kept."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Cm(29.7), Cm(21.0)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _add_table(doc, table: Table, text_width: float = _TEXT_WIDTH_CM, above: float = 0.0) -> None:
    """A table under its caption; held on one page when short enough, with what is ``above`` it.

    Held whole with its section's heading and words (``above``, in cm) where they fit one page:
    a table too tall to go with them was left overleaf, its caption alone at the foot of a page
    otherwise blank (LibreOffice breaks a chain of paragraphs kept together at its end).
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    caption = doc.add_paragraph(table.caption, style="Caption")
    caption.paragraph_format.keep_with_next = True
    table, groups = _grouped(table)
    above += len(groups) * (_LINE_CM + _ROW_PAD_CM)  # its group rows, one line each
    frame = table.frame
    grid = doc.add_table(rows=1, cols=len(frame.columns))
    grid.style = "Table Grid"
    grid.autofit = False
    widths = _widths(table, text_width)
    page = _PAGE_CM[text_width > _TEXT_WIDTH_CM]
    whole = len(frame) <= WHOLE_ROWS and above + _CAPTION_CM + _height(frame, widths) <= page
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Cm(width)
    head = grid.rows[0]
    keep_row(head, header=True)
    right = table.numeric()  # figures set right, as in the HTML report
    for cell, name, width, r in zip(head.cells, frame.columns, widths, right, strict=True):
        cell.width = Cm(width)
        cell.text = ""
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if r else None
        run = cell.paragraphs[0].add_run(str(name))
        run.bold = True
        run.font.size = Pt(8.5)
        shade(cell, _HEADER_FILL)
        cell.paragraphs[0].paragraph_format.keep_with_next = whole
    rows = frame.astype(str).to_numpy().tolist()
    if rows:
        first = grid.add_row()
        keep_row(first)
        for cell, width, r in zip(first.cells, widths, right, strict=True):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run("x").font.size = Pt(8.5)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if r else None
        if not table.listing and whole:  # held on one page, as in HTML
            for cell in first.cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
        _copy_rows(grid, first, rows)
        if not table.listing and whole:  # the last row ends the hold
            for cell in grid.rows[-1].cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = False
        _group_rows(grid, groups)
    doc.add_paragraph()


def _grouped(table: Table) -> tuple[Table, list[tuple[int, str]]]:
    """A table whose first column names each run of rows' framework, and where each run starts.

    A framework's name repeated down a narrow first column wrapped over three or four lines on
    every row ("0501 Financial Administration and Program Support: Accountability"); as in
    great-tables' row groups, a row across the table names it once over its rows and the
    column goes. A table with one row per framework, or frameworks not in runs, stays as it is
    (and ``[]``).

    Examples
    --------
    >>> import pandas as pd
    >>> t = Table("Levels", pd.DataFrame({"Framework": ["A", "A", "B"], "Level": ["1", "2", "1"]}))
    >>> grouped, starts = _grouped(t)
    >>> list(grouped.frame.columns), starts
    (['Level'], [(0, 'A'), (2, 'B')])
    >>> _grouped(Table("Sizes", pd.DataFrame({"Framework": ["A", "B"], "N": ["1", "2"]})))[1]
    []
    """
    from dataclasses import replace

    frame = table.frame
    if not len(frame) or str(frame.columns[0]) != "Framework" or table.wide == "Framework":
        return table, []
    names = frame.iloc[:, 0].astype(str).tolist()
    starts = [k for k in range(len(names)) if k == 0 or names[k] != names[k - 1]]
    if len(frame.columns) < 2 or len(starts) != len(set(names)) or len(starts) == len(names):
        return table, []
    return replace(table, frame=frame.iloc[:, 1:]), [(k, names[k]) for k in starts]


def _group_rows(grid, groups: list[tuple[int, str]]) -> None:
    """Set a row naming its framework, across the table, before each run of ``groups``."""
    from docx.shared import Pt

    body = [row._tr for row in grid.rows[1:]]
    for k, name in groups:
        row = grid.add_row()
        keep_row(row)
        cell = row.cells[0].merge(row.cells[-1])
        run = cell.paragraphs[0].add_run(name)
        run.bold, run.font.size = True, Pt(8.5)
        shade(cell, _GROUP_FILL)
        cell.paragraphs[0].paragraph_format.keep_with_next = True  # with its first row
        body[k].addprevious(row._tr)


def _add_figure(doc, fig: Figure) -> None:
    from docx.shared import Cm

    width = min(_TEXT_WIDTH_CM, fig.width * 2.54)
    picture = doc.add_paragraph()
    picture.paragraph_format.keep_with_next = True
    shape = picture.add_run().add_picture(io.BytesIO(fig.png), width=Cm(width))
    described = shape._inline.docPr
    described.set("name", fig.caption)
    described.set("descr", fig.caption)  # alt text, read aloud by screen readers
    doc.add_paragraph(fig.caption, style="Caption")


def docx_bytes(report: Report) -> bytes:
    """Lay ``report`` out as a Word document and return the ``.docx`` bytes.

    Examples
    --------
    >>> import io, docx
    >>> from compkit.compare.report_content import build_report
    >>> doc = docx.Document(io.BytesIO(docx_bytes(build_report("cis", "wsx", appendix=False))))
    >>> doc.paragraphs[0].text, len(doc.inline_shapes) > 5
    ('CiS and WSX Mind: how the two competency frameworks compare', True)
    """
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Page ")
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")
    for run in footer.runs:
        run.font.size = Pt(8)

    doc.add_paragraph(report.title, style="Title")
    doc.add_paragraph(report.subtitle, style="Subtitle")
    meta = " · ".join(
        x for x in (report.author and f"Prepared by {report.author}", report.date) if x
    )
    if meta:
        doc.add_paragraph(meta)
    doc.add_heading("Summary", level=1)
    for text in report.summary:
        doc.add_paragraph(text)
    # a section whose tables cannot fit a portrait page goes on landscape pages, so no word of
    # its tables breaks; two such sections in a row share them (turning back to portrait between
    # them left a blank page: 'Levels' and 'Competencies' of frameworks with long names)
    wides = [_wide(s) for s in report.sections]
    for k, s in enumerate(report.sections):
        wide = wides[k]
        if wide and not (k and wides[k - 1]):
            _turn(doc, landscape=True)
        heading = doc.add_heading(s.title, level=1)
        heading.paragraph_format.keep_with_next = True
        for text in s.paragraphs:  # a section's words keep with its first table or figure
            doc.add_paragraph(text).paragraph_format.keep_with_next = bool(s.blocks)
        width = _LANDSCAPE_WIDTH_CM if wide else _TEXT_WIDTH_CM
        for n, block in enumerate(s.blocks):
            if isinstance(block, Table):  # the first is held with the heading and words above
                _add_table(doc, block, width, _above(s, width) if n == 0 else 0.0)
            else:
                _add_figure(doc, block)
        if wide and k + 1 < len(wides) and not wides[k + 1]:
            _turn(doc, landscape=False)
    set_language(doc, report.language)
    set_title(doc, report.title, report.author or "compkit")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
