"""OpenDocument text (``.odt``: LibreOffice Writer, many public bodies) as a Word document.

:func:`odt_word` lays an ``.odt`` file's body out again as a python-docx document, in memory,
so that :mod:`compkit.ingest.wordfile` reads it exactly as it reads a ``.docx`` and every
Word heuristic applies: a heading (``text:h``) takes the "Heading N" style of its outline
level, a paragraph its named style (Title, Subtitle, Caption, List Bullet ...), a list
(``text:list``) Word numbering of the same kind (bullets or numbers, one numbering per list, a
list continuing another keeps its numbering) at its depth, a table its rows with merged cells
merged and shaded cells shaded, a table in a cell in place. Bold, italics and font sizes are
carried where the author set them by hand (automatic styles), as Word keeps them on runs.
Tracked changes are read as accepted (the text as it stands: ODF keeps deleted text apart
from the body), hidden text carried as Word's, left out and said (:mod:`.odthidden`),
footnotes, comments, tables of contents and drawings are left out as the Word reader leaves
them. A text box's paragraphs are read after the paragraph holding it, as
:mod:`compkit.ingest.textboxes` places Word's. Parts are parsed by lxml, entities and network
off.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from .limits import IngestError
from .odthidden import field_hides, hidden_paragraph, hidden_section, style_hides

__all__ = ["is_odt", "odt_word"]

_MIME = "application/vnd.oasis.opendocument.text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


#: body elements left out, as python-docx leaves a Word document's content controls and fields
_SKIPPED = {
    _q(f"text:{n}")
    for n in (
        "table-of-content", "alphabetical-index", "bibliography", "illustration-index",
        "table-index", "object-index", "user-index", "tracked-changes", "sequence-decls",
        "variable-decls", "user-field-decls", "note", "number", "change", "change-start",
        "change-end", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break",
    )
} | {_q("office:annotation"), _q("office:annotation-end"), _q("office:forms")}  # fmt: skip
#: a list style's name saying its depth, as Word's reader reads it ("List Bullet 2")
_LIST_STYLE = re.compile(r"^List(?: (?:Bullet|Number|Continue))?\s+(\d)$", re.IGNORECASE)
_ROW_HOLDERS = {_q(f"table:{n}") for n in ("table-header-rows", "table-rows", "table-row-group")}


def is_odt(path: Path) -> bool:
    """Whether ``path`` is an OpenDocument text file (by its ``mimetype`` entry)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("mimetype").decode("ascii", "replace").strip() == _MIME
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _parse(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    if root.getroottree().docinfo.doctype:  # OpenDocument declares no document type
        raise ValueError("declares entities")
    return root


def odt_word(path: Path):
    """An ``.odt`` file as a python-docx document, its custom properties and the report's notes.

    Returns
    -------
    tuple
        ``(document, properties, notes)``: the python-docx ``Document``, the file's
        user-defined properties (``meta:user-defined``: compkit's own marks) and the notes
        saying what was accepted, read or left out.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            content = _parse(zf.read("content.xml"))
            names = zf.namelist()
            styles = _parse(zf.read("styles.xml")) if "styles.xml" in names else None
            meta = _parse(zf.read("meta.xml")) if "meta.xml" in names else None
    except Exception as exc:  # a damaged zip or XML part, or one declaring entities
        said = f"not a readable OpenDocument text ({type(exc).__name__})"
        if "entities" in str(exc):
            said = "a part declares entities (a document type), as OpenDocument never does"
            said += "; refused as unsafe"
        raise IngestError(path, said) from None
    props = {}
    for el in meta.iter(_q("meta:user-defined")) if meta is not None else ():
        props[el.get(_q("meta:name"), "")] = "".join(el.itertext())
    builder = _Builder(content, styles)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise IngestError(path, "not an OpenDocument text (no office:text in content.xml)")
    builder.blocks(body, builder.word)
    return builder.word, props, builder.notes()


class _Builder:
    def __init__(self, content, styles) -> None:
        import docx

        self.word = docx.Document()
        paragraph = docx.enum.style.WD_STYLE_TYPE.PARAGRAPH
        self.style_ids = {  # by name in lower case: Word's own names ("caption") and shown
            name.lower(): s.style_id
            for s in self.word.styles
            if s.type == paragraph
            for name in (s.name, s.element.name_val or "")
        }
        self.styles: dict[str, object] = {}
        self.lists: dict[str, object] = {}
        for root in (styles, content):
            for el in root.iter(_q("style:style")) if root is not None else ():
                self.styles[el.get(_q("style:name"))] = el
            for el in root.iter(_q("text:list-style")) if root is not None else ():
                self.lists[el.get(_q("style:name"))] = el
        self.auto = {
            el.get(_q("style:name"))
            for el in content.iter(_q("style:style"))
            if el.getparent().tag == _q("office:automatic-styles")
        }
        self.numbering = self.word.part.numbering_part.element
        for old in list(self.numbering):  # the template's own numberings: the file's alone
            self.numbering.remove(old)
        self.abstract: dict[str, str] = {}  # list style -> abstractNumId
        self.last_num: dict[str, str] = {}  # list style -> numId of its last list
        self.by_id: dict[str, str] = {}  # xml:id of a list -> numId
        self.overrides: dict[str, str] = {}  # a list item's own list style -> numId
        self.counts = {"changes": len(content.findall(f".//{_q('text:changed-region')}"))}
        self.counts |= {"boxes": 0, "contents": 0}
        self.hiding: list[bool] = []  # the sections a paragraph stands in: any hidden?
        self.page_notes: list[tuple[str, str, float]] = []
        self.first_box = ""
        self._sizes(styles)

    def notes(self) -> list[tuple[str, str, float]]:
        out = []
        if self.counts["changes"]:
            n = self.counts["changes"]
            out.append(("guess", f"tracked changes left in, read as accepted ({n} changes)", 0.6))
        if self.counts["boxes"]:
            n, first = self.counts["boxes"], self.first_box[:57]
            first += "..." if len(self.first_box) > 60 else self.first_box[57:]
            said = f"{n} text box{'es' if n > 1 else ''} read after the paragraph holding"
            out.append(("guess", f"{said} {'each' if n > 1 else 'it'} ({first!r})", 0.6))
        if self.counts["contents"]:
            out.append(("unused", "a table of contents (or index) set aside", 0.9))
        return out + self.page_notes

    # -- styles ----------------------------------------------------------------------------------

    def prop(self, name: str | None, family: str, attr: str, direct: bool = True) -> str | None:
        """A style's property (``fo:font-weight`` ...); only automatic styles when ``direct``."""
        seen = 0
        while name and seen < 20:
            seen += 1
            if direct and name not in self.auto:
                return None
            style = self.styles.get(name)
            if style is None:
                return None
            props = style.find(_q(f"style:{family}-properties"))
            if props is not None and props.get(_q(attr)) is not None:
                return props.get(_q(attr))
            name = style.get(_q("style:parent-style-name"))
        return None

    def style_name(self, name: str | None) -> str:
        """The display name of a paragraph's named style (an automatic style's parent's)."""
        if name in self.auto:
            name = self.styles[name].get(_q("style:parent-style-name"))
        style = self.styles.get(name)
        shown = style.get(_q("style:display-name")) if style is not None else None
        shown = shown or re.sub(r"_([0-9a-fA-F]{2})_", lambda m: chr(int(m[1], 16)), name or "")
        if shown in ("", "Standard", "Default Paragraph Style", "Text Body", "Body Text"):
            return "Normal" if shown != "Body Text" else shown
        if shown.lower() not in self.style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            try:
                added = self.word.styles.add_style(shown, WD_STYLE_TYPE.PARAGRAPH)
            except ValueError:  # the name of a character or table style in Word's template
                return "Normal"
            self.style_ids[shown.lower()] = added.style_id
        return shown

    def _sizes(self, styles) -> None:
        """Normal's and each heading style's font size, as the document sets them."""
        from docx.shared import Pt

        def size(name):
            value = self.prop(name, "text", "fo:font-size", direct=False)
            return float(value[:-2]) if value and value.endswith("pt") else None

        body = size("Standard")
        if body is None and styles is not None:
            default = styles.find(
                f".//{_q('style:default-style')}[@{_q('style:family')}='paragraph']"
            )
            props = default.find(_q("style:text-properties")) if default is not None else None
            value = props.get(_q("fo:font-size")) if props is not None else None
            body = float(value[:-2]) if value and value.endswith("pt") else None
        self.word.styles["Normal"].font.size = Pt(body) if body else None
        for n in range(1, 10):
            own = size(f"Heading_20_{n}")
            self.word.styles[f"Heading {n}"].font.size = Pt(own) if own and body else None

    # -- the body --------------------------------------------------------------------------------

    def blocks(self, parent, into, depth: int = 0) -> None:
        for el in parent:
            tag = el.tag if isinstance(el.tag, str) else ""  # a comment: no text
            if tag == _q("text:p") or tag == _q("text:h"):
                self.paragraph(el, into)
            elif tag == _q("text:list"):
                self.list(el, into, None, 0)
            elif tag == _q("table:table"):
                self.table(el, into)
            elif tag in _SKIPPED:
                self.counts["contents"] += tag.endswith(("table-of-content", "index"))
            elif tag == _q("draw:frame"):  # a box anchored to the page: not in the text
                self.on_page(el)
            elif tag == _q("text:section") or tag == _q("text:index-body"):
                self.hiding.append(hidden_section(el))
                self.blocks(el, into, depth)
                self.hiding.pop()

    def on_page(self, frame) -> None:
        """A text box set on the page: reported as Word's are (.textboxes), not read."""
        paras = [" ".join("".join(p.itertext()).split()) for p in frame.iter(_q("text:p"))]
        text = " / ".join(t for t in paras if t)
        shown = text if len(text) <= 80 else text[:77] + "..."
        if text:
            said = f"a text box holds {shown!r}: not read (its place in the text is not known)"
            self.page_notes.append(("unused", said, 0.5))

    def list(self, el, into, num: str | None, level: int) -> None:
        style = el.get(_q("text:style-name")) or getattr(self, "_list_style", None) or ""
        if num is None:
            num = self._num(el, style)
        self._list_style = style
        for item in el:
            if item.tag not in (_q("text:list-item"), _q("text:list-header")):
                continue
            own = num  # an item in another list style: one of Word's numberings sharing a list
            if override := item.get(_q("text:style-override")):
                own = self.overrides.get(override) or self._num(item, override)
                self.overrides[override] = own
            for child in item:
                if child.tag == _q("text:list"):
                    self.list(child, into, own, level + 1)
                    self._list_style = style
                elif child.tag in (_q("text:p"), _q("text:h")):
                    numbered = item.tag == _q("text:list-item")
                    self.paragraph(child, into, (own, level) if numbered else None)
                elif child.tag == _q("table:table"):
                    self.table(child, into)
        if level == 0:
            self._list_style = None

    def _num(self, el, style: str) -> str:
        """The Word numbering of a list: a new one, or the one it continues."""
        ident = el.get("{http://www.w3.org/XML/1998/namespace}id")
        go_on = el.get(_q("text:continue-list"))
        if go_on in self.by_id:
            num = self.by_id[go_on]
        elif el.get(_q("text:continue-numbering")) == "true" and style in self.last_num:
            num = self.last_num[style]
        else:
            if style not in self.abstract:
                self.abstract[style] = str(len(self.abstract) + 1)
                self.numbering.insert(0, self._abstract_num(style, self.abstract[style]))
            num = str(len(self.numbering.findall(f"{{{_W}}}num")) + 1)
            node = etree.SubElement(self.numbering, f"{{{_W}}}num", {f"{{{_W}}}numId": num})
            etree.SubElement(node, f"{{{_W}}}abstractNumId", {f"{{{_W}}}val": self.abstract[style]})
        self.last_num[style] = num
        if ident:
            self.by_id[ident] = num
        return num

    def _abstract_num(self, style: str, ident: str):
        node = etree.Element(f"{{{_W}}}abstractNum", {f"{{{_W}}}abstractNumId": ident})
        levels = self.lists.get(style)
        for k in range(9):
            fmt = "bullet"
            for lvl in levels if levels is not None else ():
                if lvl.get(_q("text:level")) == str(k + 1):
                    fmt = "bullet" if "bullet" in lvl.tag or "image" in lvl.tag else "decimal"
                    if fmt == "decimal" and not lvl.get(_q("style:num-format")):
                        fmt = "none"
            lv = etree.SubElement(node, f"{{{_W}}}lvl", {f"{{{_W}}}ilvl": str(k)})
            etree.SubElement(lv, f"{{{_W}}}numFmt", {f"{{{_W}}}val": fmt})
        return node

    def paragraph(self, el, into, numbered: tuple[str, int] | None = None):
        if el.tag == _q("text:h"):
            level = min(max(int(el.get(_q("text:outline-level"), "1") or 1), 1), 9)
            style = f"Heading {level}"
        else:
            style = self.style_name(el.get(_q("text:style-name")))
        para = into.add_paragraph()
        if style != "Normal":  # by its id: python-docx looks a name up by a slow scan
            para._p.style = self.style_ids[style.lower()]
        if numbered and not numbered[1] and _LIST_STYLE.match(style):
            numbered = None  # "List Bullet 2": a list by its style, read by it as Word's is
        if numbered:
            ppr = para._p.get_or_add_pPr()
            num = etree.SubElement(ppr, f"{{{_W}}}numPr")
            etree.SubElement(num, f"{{{_W}}}ilvl", {f"{{{_W}}}val": str(numbered[1])})
            etree.SubElement(num, f"{{{_W}}}numId", {f"{{{_W}}}val": numbered[0]})
        pstyle = el.get(_q("text:style-name"))
        base = {
            "bold": self._bold(pstyle, "paragraph"),
            "italic": self._italic(pstyle, "paragraph"),
            "size": self._size(pstyle, "paragraph"),
            "hidden": any(self.hiding) or style_hides(self.prop, pstyle) or hidden_paragraph(el),
        }
        boxes: list = []
        self._runs(el, para, base, boxes)
        for box in boxes:  # a text box's paragraphs after the paragraph holding it
            self.counts["boxes"] += 1
            texts = [" ".join("".join(p.itertext()).split()) for p in box.iter(_q("text:p"))]
            self.first_box = self.first_box or " / ".join(t for t in texts if t)
            self.blocks(box, into)
        return para

    def _bold(self, name, family):
        # a named style counts ("Strong Emphasis", a bold paragraph style), as in Word
        value = self.prop(name, "text", "fo:font-weight", direct=False)
        return None if value is None else value in ("bold", "600", "700", "800", "900")

    def _italic(self, name, family):
        value = self.prop(name, "text", "fo:font-style", direct=family != "text")
        return None if value is None else value in ("italic", "oblique")

    def _size(self, name, family):
        value = self.prop(name, "text", "fo:font-size")
        return float(value[:-2]) if value and value.endswith("pt") else None

    def _runs(self, el, para, fmt: dict, boxes: list) -> None:
        from docx.shared import Pt

        def put(text: str, hidden: bool = False) -> None:
            if not text:
                return
            run = para.add_run(text)
            run.bold, run.italic = fmt["bold"], fmt["italic"]
            run.font.size = Pt(fmt["size"]) if fmt["size"] else None
            if hidden or fmt["hidden"]:
                run.font.hidden = True  # w:vanish: left out and said by the Word reader

        put(el.text or "")
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIPPED or not tag:
                pass
            elif tag == _q("text:s"):
                put(" " * int(child.get(_q("text:c"), "1") or 1))
            elif tag == _q("text:tab"):
                put("\t")
            elif tag == _q("text:line-break"):
                put("\n")
            elif tag == _q("draw:frame") and child.get(_q("text:anchor-type")) == "page":
                self.on_page(child)
            elif tag == _q("draw:frame") or tag == _q("draw:a"):
                boxes.extend(child.iter(_q("draw:text-box")))
            elif tag.startswith(f"{{{_NS['draw']}}}"):
                pass  # a drawing or an image: no text of the document
            elif tag == _q("text:hidden-text"):
                text = child.get(_q("text:string-value")) or "".join(child.itertext())
                put(text, field_hides(child))
            else:
                inner = dict(fmt)
                if tag == _q("text:span"):
                    name = child.get(_q("text:style-name"))
                    for key, get in (("bold", self._bold), ("italic", self._italic)):
                        value = get(name, "text")
                        inner[key] = value if value is not None else fmt[key]
                    inner["size"] = self._size(name, "text") or fmt["size"]
                    inner["hidden"] = fmt["hidden"] or style_hides(self.prop, name)
                self._runs(child, para, inner, boxes)
            put(child.tail or "")

    # -- tables ----------------------------------------------------------------------------------

    def table(self, el, into) -> None:
        rows = []
        for row in _rows(el):
            cells = []
            for cell in row:
                if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                    continue
                times = int(cell.get(_q("table:number-columns-repeated"), "1") or 1)
                cells += [cell] * min(times, 500)
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        if not rows or not width:
            return
        table = into.add_table(rows=len(rows), cols=width)
        spans = []
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                if cell.tag != _q("table:table-cell"):
                    continue
                target = table.cell(r, c)
                first = target.paragraphs[0]
                self.blocks(cell, target)
                if len(target.paragraphs) > 1 or target.tables:
                    first._p.getparent().remove(first._p)  # the empty paragraph it came with
                self._shade(target, cell.get(_q("table:style-name")))
                down = int(cell.get(_q("table:number-rows-spanned"), "1") or 1)
                across = int(cell.get(_q("table:number-columns-spanned"), "1") or 1)
                if down > 1 or across > 1:
                    spans.append((r, c, min(r + down, len(rows)) - 1, min(c + across, width) - 1))
        for r, c, r2, c2 in spans:
            table.cell(r, c).merge(table.cell(r2, c2))

    def _shade(self, cell, name: str | None) -> None:
        fill = self.prop(name, "table-cell", "fo:background-color", direct=False)
        if not fill or not fill.startswith("#"):
            return
        pr = cell._tc.get_or_add_tcPr()
        etree.SubElement(pr, f"{{{_W}}}shd", {f"{{{_W}}}val": "clear", f"{{{_W}}}fill": fill[1:]})


def _rows(table):
    for child in table:
        if child.tag == _q("table:table-row"):
            times = int(child.get(_q("table:number-rows-repeated"), "1") or 1)
            yield from [child] * min(times, 200)
        elif child.tag in _ROW_HOLDERS:
            yield from _rows(child)
