"""The pieces of a Word document, each made once through python-docx and then copied.

Used by ``_docx`` for documents of any size: a paragraph of each style, a run of each kind, a
table skeleton of each shape, each made by python-docx's own calls, so every copy is the XML
python-docx makes; copying one costs a fraction of building it through python-docx's element
classes (which look up every tag name and search every child for where each new one goes). New
list numberings are counted rather than searched for: ``numbering.add_num`` lists every
instance made so far for the lowest free id, each time.
"""

from __future__ import annotations

import re
from copy import copy as clone  # lxml copies an element with its whole subtree

from .._word import keep_row

__all__ = ["Parts"]

_BREAKS = re.compile(r"[\t\r\n]")  # characters python-docx writes as elements of their own


class Parts:
    """The pieces of a document, each made once through python-docx and copied for every use.

    Paragraphs of each style (numbered or not), runs (plain, bold, italic, a line or page
    break), table skeletons of each shape, and new instances of the List Number numbering
    (each starting at a given number, the lowest unused id, as ``numbering.add_num`` does).
    """

    def __init__(self, doc, ids: dict[str, str]):
        from docx.enum.text import WD_BREAK
        from docx.oxml import OxmlElement
        from docx.text.run import Run

        self.doc, self.ids = doc, ids
        self.paras: dict = {}
        self.tables: dict = {}
        self.runs = {}
        for kind in ("", "bold", "italic", "break", "page"):
            run = Run(OxmlElement("w:r"), None)
            if kind in ("bold", "italic"):
                setattr(run, kind, True)
            elif kind in ("break", "page"):
                run.add_break(WD_BREAK.PAGE if kind == "page" else WD_BREAK.LINE)
            self.runs[kind, False] = run._r
            self.runs[kind, True] = clone(run._r)
            self.runs[kind, True].append(OxmlElement("w:t"))  # add_t's element
        self.numbering: tuple | None = None  # made on the first numbered list
        self.free = 1  # no numbering id below it is free

    def para(self, style: str | None = None, num: int | None = None):
        """A new ``w:p`` of ``style`` (None: Normal), in list numbering ``num`` if given."""
        proto = self.paras.get((style, num is not None))
        if proto is None:
            from docx.oxml import OxmlElement

            proto = OxmlElement("w:p")
            if style:
                proto.style = self.ids[style]  # paragraph.style = style
            if num is not None:
                _num(proto, 0)
            self.paras[style, num is not None] = proto
        p = clone(proto)
        if num is not None:
            p.pPr.numPr.numId.val = num
        return p

    def run(self, p, text: str, kind: str = ""):
        """Append a run of ``text`` to ``p`` (``paragraph.add_run(text)``, ``kind`` set)."""
        plain = bool(text) and not _BREAKS.search(text)
        r = clone(self.runs[kind, plain])
        p.append(r)
        if plain:  # as add_t: one w:t, its spaces preserved if it starts or ends with one
            t = r[-1]
            t.text = text
            if len(text.strip()) < len(text):
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif text:
            r.text = text  # tabs and line breaks, python-docx's way
        return r

    def table(self, width: int, widths: tuple, rows: int):
        """A new ``w:tbl`` as ``document.add_table`` makes it, with the widths and row flags."""
        proto = self.tables.get((width, widths, rows))
        if proto is None:
            from docx.oxml.table import CT_Tbl
            from docx.table import Table, _Cell

            proto = CT_Tbl.new_tbl(rows, len(widths), width)
            table = Table(proto, self.doc._body)
            proto.tblStyle_val = self.ids["Table Grid"]  # table.style = "Table Grid"
            table.autofit = False
            for col, w in zip(table.columns, widths, strict=True):
                col.width = w
            for tr in proto.tr_lst:
                for tc, w in zip(tr.tc_lst, widths, strict=True):
                    _Cell(tc, table).width = w
            for i, tr in enumerate(proto.tr_lst):
                keep_row(tr, header=i == 0)
            self.tables[width, widths, rows] = proto
        return clone(proto)

    def restart(self, start: int) -> int:
        """The id of a new numbering instance of the List Number style starting at ``start``."""
        from docx.oxml.ns import qn
        from docx.oxml.numbering import CT_Num

        if self.numbering is None:
            root = self.doc.part.numbering_part.element
            style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
            nums = root.num_lst
            abstract = next(n.abstractNumId.val for n in nums if n.numId == style_num)
            used = {n.numId for n in nums}
            self.numbering = (root, abstract, used, root.find(qn("w:numIdMacAtCleanup")))
        root, abstract, used, after = self.numbering
        while self.free in used:
            self.free += 1
        num_id = self.free
        num = CT_Num.new(num_id, abstract)
        used.add(num_id)
        if after is None:
            root.append(num)
        else:
            after.addprevious(num)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num_id


def _num(p, num_id: int) -> None:
    num_pr = p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
