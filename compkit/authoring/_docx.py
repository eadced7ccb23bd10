"""Render a framework as a Word document that prints well (used by ``documents.render_docx``).

A title page, the framework's introduction, then the statements in the layout the source was
published in (``_layout.choose_layout``): by competency, a table per competency with a column per
level (or a row per level when there are many levels or effective | ineffective columns); or by
level, each level listing every competency's statements. Lists are real Word lists (numbered,
with the source's own numbers, where the source numbers them), stems are printed before them,
cells the publisher left undefined say so (without the curator's note), a level with no
statements yet says so once (by level, under its heading; by competency, on the title page, its
column or row left out of the tables), table rows never split
across pages and repeat their header row, headings keep with what follows, every page but the
title page is numbered ("Page 3 of 9"), and the text is in the framework's language.

Built for size too (issue 14: 100,000 statements in seconds). Every paragraph, run and table
skeleton is made once through python-docx's own calls and then copied (``Parts``), so the XML
is what those calls make; and each copy is appended where it goes directly, where python-docx
would search the whole body for its end, every style for a name, every cell of a table for one,
and every list numbering for the next free id, each time.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .._word import field, set_language, set_title, shade
from ..framework.model import stated_organisation
from . import _described as W
from . import _layout as L
from . import _named as N
from ._colwidths import fitted
from ._docx_parts import Parts
from ._marks import docx_part, structure
from ._notes import docx_item as _item

if TYPE_CHECKING:
    from ..framework.model import Framework, Indicator

SHADE = "FCE4C8"  # the highlight of a role's levels
_HEAD = "E8EEF4"  # table header rows
_STYLES = ("Title", "Subtitle", "List Bullet", "List Number", "Cell Text", "Cell Bullet")
_STYLES += ("Cell Number", "Heading 1", "Heading 2", "Heading 3", "Table Grid")
_CELL = {"List Bullet": "Cell Bullet", "List Number": "Cell Number", None: "Cell Text"}
_INTRODUCTION, _ROLES = "Introduction", "Role profiles"  # headings that hold no statements


def render(fw: Framework, *, role: str | None, layout: str, marks: bool = True) -> bytes:
    """The Word document's bytes; see :func:`compkit.authoring.render_docx`."""
    return _Word(fw, role=role, layout=L.choose_layout(fw, layout)).build(marks=marks)


class _Word:
    """Builds one document; carries the python-docx document and the page's usable width."""

    def __init__(self, fw: Framework, *, role: str | None, layout: str):
        from docx import Document

        self.fw, self.role, self.layout = fw, role, layout
        if role:
            fw.role(role)  # an unknown role is an error before anything is built
        self.negative = L.has_ineffective(fw)
        self.gone = L.gone_ids(fw)  # ids that left their cell: a list they headed starts at 1
        self.cells = {c.id: L.cells(fw, c, role) for c in fw.competency_records}
        widest = max((len(c) for c in self.cells.values()), default=1)
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
        set_language(self.doc, L.language(self.fw))
        self.parts = Parts(self.doc, {name: styles[name].style_id for name in _STYLES})
        self.end = self.doc.element.body.get_or_add_sectPr()  # blocks go just before it
        set_title(self.doc, self.fw.title, stated_organisation(self.fw))
        section.different_first_page_header_footer = True
        para = section.footer.paragraphs[0]
        name = self.fw.title if len(self.fw.title) <= 60 else self.fw.short_name or self.fw.id
        org = stated_organisation(self.fw)
        para.text = f"{name} · {org} · Page " if org else f"{name} · Page "
        field(para, "PAGE")
        para.add_run(" of ")
        field(para, "NUMPAGES")
        for run in para.runs:  # the page fields too: 'Page 2 of 9' in one size
            run.font.size = Pt(8)

    def _para(self, text: str = "", style: str | None = None):
        """A ``w:p`` at the end of the body, as ``document.add_paragraph(text, style)`` adds it."""
        p = self.parts.para(style)
        self.end.addprevious(p)
        if text:
            self.parts.run(p, text)
        return p

    def _keep_next(self, text: str):
        p = self._para(text)
        p.get_or_add_pPr().keepNext_val = True  # paragraph_format.keep_with_next = True
        return p

    # -- the document ------------------------------------------------------------------------
    def build(self, *, marks: bool = True) -> bytes:
        self._title_page()
        if self.fw.introduction:
            self._para(_INTRODUCTION, "Heading 1")
            for bullet, text in L.passages(self.fw):
                self._para(text, "List Bullet" if bullet else None)
        if self.layout == "level":
            self._by_level()
        else:
            self._by_competency()
        self._roles()
        if marks:  # what the document is, for ingest to read back (custom properties)
            fw = self.fw
            sections = {
                "contents": _contents(fw),
                "introduction": _INTRODUCTION if fw.introduction else "",
                "roles": _ROLES if fw.role_records else "",
            }
            docx_part(self.doc, structure(fw, self.layout, sections=sections))
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def _title_page(self) -> None:
        fw, run = self.fw, self.parts.run
        self._para(fw.title, "Title")
        if stated_organisation(fw):  # never a placeholder ("(organisation not stated)")
            self._para(fw.organisation, "Subtitle")
        self._para(L.summary(fw) + ".")
        if self.layout == "competency" and L.empty_note(fw):  # the tables leave them out
            self.parts.run(self._para(), L.empty_note(fw), "italic")
        if fw.version:
            self._para(f"Version: {fw.version}")
        self._para(_contents(fw), "Heading 1")
        groups = L.groups(fw)
        lines = len(fw.competency_records) > 12 or any(group for group, _ in groups)
        if W.described(fw, self.layout):  # by level: each description said once, here
            groups = []
            self._described()
        for group, comps in groups:
            if lines:  # one line per group (the ungrouped too, as the grouped): fits the page
                p = self._para()
                if group:
                    run(p, group + ": ", "bold")
                run(p, "; ".join(L.entry(n, c) for n, c in comps) + ".")
            else:
                for n, comp in comps:
                    self._para(L.heading(fw, n, comp), "List Bullet")
        if N.value_table(fw):  # the values and their descriptions, with the contents (_named.py)
            self._plain(N.value_table(fw))
        levels = ", ".join(lv.name for lv in fw.level_records)
        run(self._para(f"Levels, lowest first: {levels}."), "", "page")

    def _described(self) -> None:
        """The competencies, each with its description and values (``_described.py``)."""
        from docx.shared import Pt
        from docx.text.paragraph import Paragraph
        from docx.text.run import Run

        run = self.parts.run
        for entry in W.entries(self.fw):
            p = self._keep_next("")
            Paragraph(p, None).paragraph_format.space_before = Pt(10 if entry.group else 6)
            r = run(p, entry.heading, "bold")
            if entry.group:  # a group's name: bold and italic, over its competencies
                Run(r, None).italic = True
            for text in entry.paragraphs:
                self._para(text)
            if entry.values:
                run(self._para(), f"Values: {entry.values}", "italic")

    def _by_competency(self) -> None:
        fw = self.fw
        for group, comps in L.groups(fw):
            if group:
                self._para(group, "Heading 1")
                for text in W.group_paragraphs(fw, group):  # its description, under its name
                    self._keep_next(text)
            for n, comp in comps:
                self._para(L.heading(fw, n, comp), "Heading 2" if group else "Heading 1")
                for text in L.paragraphs(comp.description):  # a Word paragraph each
                    self._keep_next(text)
                if comp.values:
                    p = self._keep_next("")
                    self.parts.run(p, "VALUES: ", "bold")
                    self.parts.run(p, L.values_text(fw, comp))
                cols = self.cells[comp.id]
                if not cols:  # every level it is described at is empty: the title page says so
                    continue
                if self.grid == "columns":
                    self._column_table(cols)
                else:
                    self._row_table(cols)

    def _by_level(self) -> None:
        fw = self.fw
        for lv in fw.level_records:
            self._para(lv.name, "Heading 1")
            for text in L.paragraphs(lv.description):
                self._keep_next(text)
            if lv in L.empty_levels(fw):  # one line, not "(none)" under every competency
                self.parts.run(self._para(), L.EMPTY_LEVEL, "italic")
                continue
            for group, comps in L.groups(fw):
                shown = [(n, c) for n, c in comps if not c.levels or lv.id in c.levels]
                if group and shown:
                    self._para(group, "Heading 2")
                for n, comp in shown:
                    cell = next(c for c in self.cells[comp.id] if c.level.id == lv.id)
                    self._para(L.heading(fw, n, comp), "Heading 3" if group else "Heading 2")
                    if cell.missing():
                        self.parts.run(self._para(), cell.missing(), "italic")
                    elif self.negative:
                        self._polarity_table(cell)
                    else:
                        self._fill(None, cell.stem, cell.effective, "")

    # -- tables (a table is a list of rows of w:tc elements) ---------------------------------
    def _column_table(self, cols: list[L.Cell]) -> None:
        grid = self._table([self.width // max(len(cols), 1)] * len(cols))
        for j, col in enumerate(cols):
            head, body = grid[0][j], grid[1][j]
            self._head(head, col.level.name, col.roles)
            if col.roles:
                for tc in (head, body):
                    _borders(tc, size=18)  # tcBorders comes before shd in a cell's properties
                shade(head, SHADE)
            else:
                shade(head, _HEAD)
            self._fill(body, col.stem, col.effective, col.missing())

    def _row_table(self, cols: list[L.Cell]) -> None:
        from docx.shared import Cm

        level_w = Cm(3.8)
        sides = 2 if self.negative else 1
        rest = (self.width - level_w) // sides
        grid = self._table([level_w] + [rest] * sides, rows=1 + len(cols))
        heads = ["Level", *L.side_names(self.fw)][: 1 + sides]
        if sides == 1:
            heads[1] = "Statements"
        for j, text in enumerate(heads):
            self._head(grid[0][j], text, ())
            shade(grid[0][j], _HEAD)
        for i, col in enumerate(cols, 1):
            self._head(grid[i][0], col.level.name, col.roles)
            if col.roles:
                shade(grid[i][0], SHADE)
            whole = col.missing()
            shown = [(col.effective, "effective"), (col.ineffective, "ineffective")][:sides]
            if col.empty and sides > 1:  # a level not yet written: said once, across both sides
                shown, first = shown[:1], grid[i][1]
                first.grid_span, first.width = sides, rest * sides
                first.getparent().remove(grid[i][2])
            for j, (items, side) in enumerate(shown, 1):
                missing = whole or col.missing(side)
                self._fill(grid[i][j], col.stem_of(side), () if whole else items, missing)

    def _polarity_table(self, cell: L.Cell) -> None:
        # one stem of both sides stands over the table; a stem per side heads its own column
        shared = cell.stem if cell.stem == cell.ineffective_stem else ""
        if shared:
            _stem(self.parts, self._para(), shared)
        grid = self._table([self.width // 2] * 2)
        good, bad = L.side_names(self.fw)
        for j, (text, items, side) in enumerate(
            [(good, cell.effective, "effective"), (bad, cell.ineffective, "ineffective")]
        ):
            self._head(grid[0][j], text, ())
            shade(grid[0][j], _HEAD)
            self._fill(grid[1][j], "" if shared else cell.stem_of(side), items, cell.missing(side))

    def _table(self, widths: list, *, rows: int = 2) -> list[list]:
        """A new table's cells: "Table Grid", fixed column widths, rows kept whole."""
        tbl = self.parts.table(self.width, tuple(widths), rows)
        self.end.addprevious(tbl)
        return [list(tr.tc_lst) for tr in tbl.tr_lst]

    def _head(self, tc, text: str, roles: tuple[str, ...]) -> None:
        p = self.parts.para("Cell Text")
        tc.replace(tc.p_lst[0], p)
        if tc.getparent() is tc.getparent().getparent().tr_lst[0]:  # a header row: never alone
            p.get_or_add_pPr().keepNext_val = True  # at a page's foot, away from its first row
        self.parts.run(p, text, "bold")
        if roles:
            self.parts.run(p, "", "break")
            self.parts.run(p, ", ".join(roles), "italic")

    # -- lists -------------------------------------------------------------------------------
    def _fill(self, tc, stem: str, items: tuple[Indicator, ...], missing: str) -> None:
        """Write the stem, the statements as a Word list, and "Not defined" where it applies.

        ``tc`` is the table cell (``w:tc``) written in, its empty paragraph first; None: the page.
        """
        parts, spare = self.parts, tc is not None

        def para(style=None, num=None):
            nonlocal spare
            p = parts.para(_CELL[style] if tc is not None else style, num)
            if spare:  # the cell's own empty paragraph, restyled
                tc.replace(tc.p_lst[0], p)
                spare = False
            elif tc is not None:
                tc.append(p)
            else:
                self.end.addprevious(p)
            return p

        if stem and items:
            _stem(parts, para(), stem, keep=tc is None)
        runs = L.numbering(items, gone=self.gone)
        if runs is None:
            for ind in items:
                _item(parts, para("List Bullet"), ind)
        else:
            for start, run in runs:
                num = parts.restart(start)
                for ind in run:
                    _item(parts, para("List Number", num), ind)
        if missing or not items:  # an empty cell says so, as in HTML and Markdown
            parts.run(para(), missing or L.NONE, "italic")

    # -- roles -------------------------------------------------------------------------------
    def _roles(self) -> None:
        fw = self.fw
        if not fw.role_records:
            return
        self._para(_ROLES, "Heading 1")
        if N.role_descriptions(fw):  # who the roles are, then what each requires (_named.py)
            self._plain(N.role_descriptions(fw))
        below = " (and, the levels being cumulative, every level below it)" if fw.cumulative else ""
        self._keep_next(f"The level of each {fw.competency_term} a role requires{below}.")
        self._plain(L.role_table(fw))

    def _plain(self, table: list[list[str]]) -> None:
        """A table of words, its header row first and shaded (role profiles, descriptions)."""
        head, *rows = table
        first = self.width // 4 if len(head) > 3 else self.width // 3
        widths = fitted([head, *rows], self.width, first)  # no word broken in two
        grid = self._table(widths, rows=1 + len(rows))
        for j, text in enumerate(head):
            self._head(grid[0][j], text, ())
            shade(grid[0][j], _HEAD)
        for i, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                spare = grid[i][j].p_lst[0]
                for k, words in enumerate(L.paragraphs(text) if "\n" in text else [text]):
                    p = self.parts.para("Cell Text")
                    if k:
                        grid[i][j].append(p)
                    else:
                        grid[i][j].replace(spare, p)
                    self.parts.run(p, words)
        if len(rows) <= 20:  # a short table stays on one page with its heading
            for row in grid[:-1]:
                for tc in row:
                    for p in tc.p_lst:
                        p.get_or_add_pPr().keepNext_val = True


def _contents(fw: Framework) -> str:
    """The heading of the title page's list of competencies: "Clusters in this framework"."""
    return W.contents_title(fw)


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


def _stem(parts: Parts, p, stem: str, *, keep: bool = True) -> None:
    parts.run(p, stem, "italic")
    # in a table, keep-with-next would chain the whole table to what follows it
    p.get_or_add_pPr().keepNext_val = keep


def _borders(tc, *, size: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size))
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    tc.get_or_add_tcPr().append(borders)
