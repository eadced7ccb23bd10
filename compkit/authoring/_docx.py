"""Render a framework as a Word document that prints well (used by ``documents.render_docx``).

A title page, the framework's introduction, then the statements in the layout the source was
published in (``_layout.choose_layout``): by competency, a table per competency with a column per
level (or a row per level when there are many levels or effective | ineffective columns); or by
level, each level listing every competency's statements. Lists are real Word lists (numbered,
with the source's own numbers, where the source numbers them), stems are printed before them,
cells the publisher left undefined say so with the source's note, table rows never split across
pages and repeat their header row, headings keep with what follows, and every page but the title
page is numbered ("Page 3 of 9").
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .._word import field, keep_row, shade
from . import _layout as L

if TYPE_CHECKING:
    from ..framework.model import Framework, Indicator

SHADE = "FCE4C8"  # the highlight of a role's levels
_HEAD = "E8EEF4"  # table header rows


def render(fw: Framework, *, role: str | None, layout: str) -> bytes:
    """The Word document's bytes; see :func:`compkit.authoring.render_docx`."""
    return _Word(fw, role=role, layout=L.choose_layout(fw, layout)).build()


class _Word:
    """Builds one document; carries the python-docx document and the page's usable width."""

    def __init__(self, fw: Framework, *, role: str | None, layout: str):
        from docx import Document

        self.fw, self.role, self.layout = fw, role, layout
        if role:
            fw.role(role)  # an unknown role is an error before anything is built
        self.negative = L.has_ineffective(fw)
        widest = max((len(L.cells(fw, c)) for c in fw.competency_records), default=1)
        self.grid = "columns" if widest <= 4 and not self.negative else "rows"
        self.landscape = layout == "competency" and (self.grid == "columns" or self.negative)
        self.doc = Document()
        self._setup()

    # -- page and styles ---------------------------------------------------------------------
    def _setup(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Cm, Pt

        section = self.doc.sections[0]
        width, height = (Cm(29.7), Cm(21.0)) if self.landscape else (Cm(21.0), Cm(29.7))
        section.orientation = WD_ORIENT.LANDSCAPE if self.landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = Cm(1.8)
        section.top_margin = section.bottom_margin = Cm(1.4)
        section.footer_distance = Cm(0.7)
        self.width = width - Cm(3.6)
        styles = self.doc.styles
        styles["Normal"].font.name = "Calibri"
        styles["Normal"].font.size = Pt(10)
        styles["Normal"].paragraph_format.space_after = Pt(4)
        for name in ("List Number", "List Bullet"):
            styles[name].paragraph_format.space_after = Pt(2)
        for n in (1, 2, 3):
            fmt = styles[f"Heading {n}"].paragraph_format
            fmt.keep_with_next = True
            fmt.space_before, fmt.space_after = Pt(14 - 2 * n), Pt(3)
        _cell_styles(styles)
        self.doc.core_properties.title = self.fw.title
        self.doc.core_properties.author = self.fw.organisation
        section.different_first_page_header_footer = True
        para = section.footer.paragraphs[0]
        name = self.fw.title if len(self.fw.title) <= 60 else self.fw.short_name or self.fw.id
        para.text = f"{name} · {self.fw.organisation} · Page "
        field(para, "PAGE")
        para.add_run(" of ")
        field(para, "NUMPAGES")
        para.runs[0].font.size = Pt(8)

    # -- the document ------------------------------------------------------------------------
    def build(self) -> bytes:
        self._title_page()
        if self.fw.introduction:
            self.doc.add_heading("Introduction", level=1)
            for bullet, text in L.passages(self.fw):
                self.doc.add_paragraph(text, style="List Bullet" if bullet else None)
        if self.layout == "level":
            self._by_level()
        else:
            self._by_competency()
        self._roles()
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def _title_page(self) -> None:
        from docx.enum.text import WD_BREAK

        fw, doc = self.fw, self.doc
        doc.add_paragraph(fw.title, style="Title")
        doc.add_paragraph(fw.organisation, style="Subtitle")
        doc.add_paragraph(L.summary(fw) + ".")
        if fw.version:
            doc.add_paragraph(f"Version: {fw.version}")
        doc.add_heading(f"{fw.competency_term_plural.capitalize()} in this framework", 2)
        for group, comps in L.groups(fw):
            if group or len(fw.competency_records) > 12:  # one line per group: it fits the page
                para = doc.add_paragraph()
                if group:
                    para.add_run(group + ": ").bold = True
                para.add_run("; ".join(f"{n}. {c.name}" for n, c in comps) + ".")
            else:
                for n, comp in comps:
                    doc.add_paragraph(L.heading(fw, n, comp), style="List Bullet")
        levels = ", ".join(lv.name for lv in fw.level_records)
        doc.add_paragraph(f"Levels, lowest first: {levels}.")
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def _by_competency(self) -> None:
        fw, doc = self.fw, self.doc
        for group, comps in L.groups(fw):
            if group:
                doc.add_heading(group, level=1)
            for n, comp in comps:
                doc.add_heading(L.heading(fw, n, comp), level=2 if group else 1)
                if comp.description:
                    doc.add_paragraph(comp.description).paragraph_format.keep_with_next = True
                if comp.values:
                    para = doc.add_paragraph()
                    para.add_run("VALUES: ").bold = True
                    para.add_run(L.values_text(fw, comp))
                    para.paragraph_format.keep_with_next = True
                cols = L.cells(fw, comp, self.role)
                if self.grid == "columns":
                    self._column_table(cols)
                else:
                    self._row_table(cols)

    def _by_level(self) -> None:
        fw, doc = self.fw, self.doc
        for lv in fw.level_records:
            doc.add_heading(lv.name, level=1)
            if lv.description:
                doc.add_paragraph(lv.description).paragraph_format.keep_with_next = True
            for group, comps in L.groups(fw):
                shown = [(n, c) for n, c in comps if not c.levels or lv.id in c.levels]
                if group and shown:
                    doc.add_heading(group, level=2)
                for n, comp in shown:
                    cell = next(c for c in L.cells(fw, comp, self.role) if c.level.id == lv.id)
                    doc.add_heading(L.heading(fw, n, comp), level=3 if group else 2)
                    if cell.missing():
                        _note(doc.add_paragraph(), cell.missing())
                    elif self.negative:
                        self._polarity_table(cell)
                    else:
                        self._fill(doc, cell.stem, cell.effective, "", first=None)

    # -- tables ------------------------------------------------------------------------------
    def _column_table(self, cols: list[L.Cell]) -> None:
        table = self._table(len(cols), [self.width // max(len(cols), 1)] * len(cols))
        for j, col in enumerate(cols):
            head, body = table.cell(0, j), table.cell(1, j)
            _head(head, col.level.name, col.roles)
            if col.roles:
                for c in (head, body):
                    _borders(c, size=18)  # tcBorders comes before shd in a cell's properties
                shade(head, SHADE)
            else:
                shade(head, _HEAD)
            self._fill(body, col.stem, col.effective, col.missing(), first=body.paragraphs[0])
        _keep_rows(table)

    def _row_table(self, cols: list[L.Cell]) -> None:
        from docx.shared import Cm

        level_w = Cm(3.8)
        sides = 2 if self.negative else 1
        rest = (self.width - level_w) // sides
        table = self._table(1 + sides, [level_w] + [rest] * sides, rows=1 + len(cols))
        heads = ["Level", "Effective behaviours", "Ineffective behaviours"][: 1 + sides]
        if sides == 1:
            heads[1] = "Statements"
        for j, text in enumerate(heads):
            _head(table.cell(0, j), text, ())
            shade(table.cell(0, j), _HEAD)
        for i, col in enumerate(cols, 1):
            _head(table.cell(i, 0), col.level.name, col.roles)
            if col.roles:
                shade(table.cell(i, 0), SHADE)
            whole = col.missing()
            for j, (items, side) in enumerate(
                [(col.effective, "effective"), (col.ineffective, "ineffective")][:sides], 1
            ):
                body = table.cell(i, j)
                missing = whole or col.missing(side)
                shown = () if whole else items
                self._fill(body, col.stem, shown, missing, first=body.paragraphs[0])
        _keep_rows(table)

    def _polarity_table(self, cell: L.Cell) -> None:
        if cell.stem:
            _stem(self.doc.add_paragraph(), cell.stem)
        table = self._table(2, [self.width // 2] * 2)
        for j, (text, items, side) in enumerate(
            [
                ("Effective behaviours", cell.effective, "effective"),
                ("Ineffective behaviours", cell.ineffective, "ineffective"),
            ]
        ):
            _head(table.cell(0, j), text, ())
            shade(table.cell(0, j), _HEAD)
            body = table.cell(1, j)
            self._fill(body, "", items, cell.missing(side), first=body.paragraphs[0])
        _keep_rows(table)

    def _table(self, ncols: int, widths: list, *, rows: int = 2):
        table = self.doc.add_table(rows=rows, cols=ncols)
        table.style = "Table Grid"
        table.autofit = False
        for j, width in enumerate(widths):
            table.columns[j].width = width
            for cell in table.columns[j].cells:
                cell.width = width
        keep_row(table.rows[0], header=True)
        return table

    # -- lists -------------------------------------------------------------------------------
    def _fill(self, where, stem: str, items: tuple[Indicator, ...], missing: str, *, first):
        """Write the stem, the statements as a Word list, and "Not defined" where it applies."""
        paras = [first] if first is not None else []
        in_cell = where is not self.doc
        names = {"List Bullet": "Cell Bullet", "List Number": "Cell Number", None: "Cell Text"}

        def para(style=None):
            p = paras.pop(0) if paras else where.add_paragraph()
            if style or in_cell:
                p.style = self.doc.styles[names[style] if in_cell else style]
            return p

        if stem and items:
            _stem(para(), stem, keep=not in_cell)
        runs = L.numbering(items)
        if runs is None:
            for ind in items:
                para("List Bullet").add_run(ind.text)
        else:
            for start, run in runs:
                num = self._restart(start)
                for ind in run:
                    p = para("List Number")
                    p.add_run(ind.text)
                    _num(p, num)
        if missing:
            _note(para(), missing)

    def _restart(self, start: int) -> int:
        """A new numbering instance of the List Number style that starts at ``start``."""
        numbering = self.doc.part.numbering_part.element
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = next(n.abstractNumId.val for n in numbering.num_lst if n.numId == style_num)
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    # -- roles -------------------------------------------------------------------------------
    def _roles(self) -> None:
        fw, doc = self.fw, self.doc
        if not fw.role_records:
            return
        doc.add_heading("Role profiles", level=1)
        below = " (and, the levels being cumulative, every level below it)" if fw.cumulative else ""
        para = doc.add_paragraph(f"The level of each {fw.competency_term} a role requires{below}.")
        para.paragraph_format.keep_with_next = True
        head, *rows = L.role_table(fw)
        first = self.width // 4 if len(head) > 3 else self.width // 3
        rest = (self.width - first) // (len(head) - 1)
        table = self._table(len(head), [first] + [rest] * (len(head) - 1), rows=1 + len(rows))
        for j, text in enumerate(head):
            _head(table.cell(0, j), text, ())
            shade(table.cell(0, j), _HEAD)
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                table.cell(i, j).paragraphs[0].add_run(text)
                table.cell(i, j).paragraphs[0].style = self.doc.styles["Cell Text"]
        _keep_rows(table)
        if len(rows) <= 20:  # a short table stays on one page with its heading
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = True


# -- low-level Word XML helpers --------------------------------------------------------------


def _cell_styles(styles) -> None:
    """Paragraph styles for table cells: 9 pt text, lists indented less than on the page."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    for name, base in (
        ("Cell Text", "Normal"),
        ("Cell Bullet", "List Bullet"),
        ("Cell Number", "List Number"),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.font.size = Pt(9)
        fmt = style.paragraph_format
        fmt.space_after = Pt(2)
        if base != "Normal":
            fmt.left_indent, fmt.first_line_indent = Cm(0.45), Cm(-0.45)


def _head(cell, text: str, roles: tuple[str, ...]) -> None:
    para = cell.paragraphs[0]
    para.style = cell.part.document.styles["Cell Text"]
    para.add_run(text).bold = True
    if roles:
        run = para.add_run()
        run.add_break()
        para.add_run(", ".join(roles)).italic = True


def _stem(para, stem: str, *, keep: bool = True) -> None:
    para.add_run(stem).italic = True
    # in a table, keep-with-next would chain the whole table to what follows it
    para.paragraph_format.keep_with_next = keep


def _note(para, text: str) -> None:
    para.add_run(text).italic = True


def _num(para, num_id: int) -> None:
    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _borders(cell, *, size: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)


def _keep_rows(table) -> None:
    """No row splits across pages (w:cantSplit)."""
    for row in table.rows:
        keep_row(row)
