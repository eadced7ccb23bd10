"""Read a Word document (DOCX, through python-docx) into labelled regions.

Headings (the "Heading N" styles, or a short line set in bold) label what follows them; list
paragraphs (Word numbering, "List Bullet" / "List Number" styles, or typed "1." and "•") are
items with their numbers. A table with a header row labels each body cell with its column header;
a first column of short labels is a row header. Shaded column headers, and role names printed
under a level name, mark the levels a role requires. A table headed "Role" whose other headers
are competencies is read as role profiles. Every paragraph keeps its place: ``paragraph`` (in
body order) for body text, ``table`` and a row/column ``ref`` for table cells.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..authoring._marks import from_properties
from .blocks import Document, Label, Para, Region, clean, marker, numbered_heading
from .cellnames import all_bold, mark_described
from .doctables import table_regions
from .emptylevels import add_noted_levels
from .gradecolumns import grade_columns
from .limits import IngestError, refuse_embedded_page
from .marks import apply as apply_marks
from .marks import from_docx as docx_marks
from .marks import levels as marked_levels
from .nestedcells import cell_paragraphs
from .pagelinks import is_page_link, page_links_note
from .paralabels import level_lead, name_and_description, side_line
from .revisions import accept_changes
from .runstyles import bold_from_styles, leave_hidden_out
from .subcolumns import spread_levels
from .textboxes import place_text_boxes
from .textheads import side_colon
from .wordnotes import word_notes
from .wordparts import dictionary_marks, level_item_slot

__all__ = ["read_docx"]

_HEADING = re.compile(r"^Heading\s+(\d)$", re.IGNORECASE)
_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> Document:
    """Read a DOCX file or an OpenDocument text (.odtword); raise :class:`IngestError`."""
    import docx

    from .odtword import is_odt, odt_word

    props, notes = None, []
    if is_odt(path):
        word, props, notes = odt_word(path)
    else:
        try:
            word = docx.Document(str(path))
        except Exception as exc:  # python-docx raises many kinds for a damaged package
            raise IngestError(
                path, f"not a readable Word document ({type(exc).__name__})"
            ) from None
        refuse_embedded_page(word, path)
    notes += accept_changes(word.element.body) + place_text_boxes(word.element.body)
    notes += leave_hidden_out(word)  # as Word shows it; said
    bold_from_styles(word)  # a "Strong" run is bold, as Word shows it
    marks = docx_marks(word) if props is None else from_properties(props)  # compkit's own
    reader = _Reader(word)
    reader.doc.notes += notes  # tracked changes read as accepted, text boxes placed
    reader.doc.marked_levels = marked_levels(marks)  # a table's first column may be a level
    doc = reader.read()
    word_notes(doc, word)  # "_At this point ..._": a note on its level, as in Markdown
    apply_marks(doc, marks)
    add_noted_levels(doc, marks)  # levels with no statements yet, named under the title
    return doc


class _Reader:
    def __init__(self, word) -> None:
        self.word = word
        self.doc = Document(regions=[], kind="docx", structure="headings and lists")
        self.stack: list[tuple[int, Label]] = []
        self.flow: Region | None = None
        self.formats = _list_formats(word)
        self.counters: dict[str, int] = {}
        self.n_para = self.n_table = 0
        self.seen_heading = False
        self.sizes = _heading_sizes(word)
        self.parts, self.levelled = dictionary_marks([p.text for p in word.paragraphs])
        self.aside: list[str] = []  # a dictionary's part labels set aside
        self.links: list[str] = []  # a web page's "Back to top" links, saved into Word

    def read(self) -> Document:
        from docx.table import Table

        for block in self.word.iter_inner_content():
            if isinstance(block, Table):
                self.table(block)
            else:
                self.paragraph(block)
        if self.levelled:
            names = ", ".join(dict.fromkeys(n for n, _ in self.levelled.values()))
            said = f"{len(self.levelled)} paragraphs opening with a level's name and a colon"
            self.doc.notes.append(
                ("guess", f"{said} ({names}): each read as its level over its text", 0.7)
            )
        if self.aside:
            shown = ", ".join(repr(t) for t in dict.fromkeys(self.aside))
            self.doc.notes.append(
                ("unused", f"labels of a competency's parts set aside ({shown})", 0.8)
            )
        self.doc.notes += page_links_note(self.links)
        return self.doc

    def labels(self) -> tuple[Label, ...]:
        return tuple(lb for _, lb in self.stack)

    # -- body paragraphs -------------------------------------------------------------------------

    def paragraph(self, p) -> None:
        index = self.n_para
        self.n_para += 1
        text = p.text
        if not clean(text):
            return
        key = f"P{index}"
        source = {"paragraph": index}
        if is_page_link(clean(text)):  # a web page's own navigation, saved into Word
            self.links.append(clean(text))
            return
        self.doc.all_keys[key] = (clean(text), source)
        style = p.style.name if p.style is not None else ""
        if style == "Title" and self.doc.title is None:
            self.doc.title = Para(text, source, key=key)
            return
        if style == "Subtitle" and self.doc.subtitle is None and not self.seen_heading:
            self.doc.subtitle = Para(text, source, key=key)
            return
        if style == "Caption" and self.caption(p, text, source, key):
            return
        named = self.seen_heading and name_and_description(p)
        if named:  # a bold name, then its description in italics: "Scope / Area of ownership"
            self.heading(Label(named[0], "bold line", tuple(source.items()), key=key), 9)
            self._add(Para(named[1], source, key=key, describes=True))
            return
        sized = 0 if _HEADING.match(style) else _sized_depth(p, self.sizes)
        depth = sized or _heading_depth(p, style)
        if depth:
            slot = f"Heading {sized}" if sized else style if depth < 9 else "bold line"
            split = numbered_heading(text)
            name, number = (split[2], split[1]) if split else (clean(text), None)
            name = _KIND_PREFIX.sub("", name) or name  # "Competency: We take ownership"
            self.heading(Label(name, slot, tuple(source.items()), number=number, key=key), depth)
            return
        if self.seen_heading and index not in self.levelled and (led := level_lead(p)):
            self.levelled[index] = led  # "**Level A:** Communicates ...": .paralabels
        if index in self.parts or index in self.levelled:  # a dictionary's part (wordparts)
            self.dictionary_part(index, text, source, key)
            return
        number, bullet = self.list_info(p, style, "body")
        field = number is None and not bullet and _named_field(text)
        if field:  # "Competency Title: Strategic Thinking" over the competency's table
            self.heading(Label(field, "named field", tuple(source.items()), key=key), 8)
            return
        lone = number is None and not bullet and self.seen_heading and side_line(p)
        if lone or (number is None and not bullet and self.seen_heading and side_colon(text)):
            name = clean(text) if lone else clean(text)[:-1]  # "Positive indicators" or "...:"
            side = Label(name, "side line", tuple(source.items()), key=key)
            self.heading(side, 10 if lone else 9)  # "Ineffective behaviours:" over its list
            return
        depth = _list_depth(p, style) if number is not None or bullet else 0
        pieces = [text] if number is not None or bullet else _broken_items(text)
        for j, piece in enumerate(pieces):  # "• Plans.⏎• Reviews.": typed items, each apart
            part = key if j == 0 else f"{key}:{j}"
            if len(pieces) > 1:
                self.doc.all_keys[part] = (clean(piece), source)
            para = Para(piece, source, number=number, bullet=bullet, key=part, depth=depth)
            if not self.seen_heading:
                self.doc.introduction.append(para)
            else:
                self._add(para)

    def dictionary_part(self, index: int, text: str, source: dict, key: str) -> None:
        """A part label set aside, or a level's name over its statement ("–Expert: ...")."""
        if index in self.parts:
            self.aside.append(clean(text))
            return
        name, rest = self.levelled[index]
        self.heading(Label(name, level_item_slot, tuple(source.items()), key=key), 9)
        self.doc.all_keys[f"{key}:1"] = (clean(rest), source)
        self._add(Para(rest, source, key=f"{key}:1"))

    def caption(self, p, text: str, source: dict, key: str) -> bool:
        """A caption ("Table 1 - Achieves results") over a table names the table, as a heading.

        Word's captions title a table without a heading style: the APS's comparative tables
        are each captioned with their capability. A caption opening a document that has no
        Title is its title. Other captions (a figure's) stay text.
        """
        following = p._p.getnext()
        split = numbered_heading(text)
        if following is not None and following.tag == f"{_NS}tbl" and split:
            label = Label(split[2], "Caption", tuple(source.items()), number=split[1], key=key)
            self.heading(label, 8)
            return True
        if self.n_para == 1 and self.doc.title is None and not split:
            self.doc.title = Para(text, source, key=key)
            return True
        return False

    def _add(self, para: Para) -> None:
        if self.flow is None:
            self.flow = Region(self.labels(), [])
            self.doc.regions.append(self.flow)
        self.flow.paras.append(para)

    def heading(self, label: Label, depth: int) -> None:
        self.seen_heading = True
        while self.stack and self.stack[-1][0] >= depth:
            self.stack.pop()
        self.stack.append((depth, label))
        self.flow = None
        self.counters = {k: v for k, v in self.counters.items() if not k.startswith("body")}

    def list_info(self, p, style: str, where: str) -> tuple[int | None, bool]:
        ppr = p._p.pPr
        num = ppr.numPr if ppr is not None else None
        fmt = None
        ident = style
        if num is not None and num.numId is not None:
            ident = str(num.numId.val)
            level = num.ilvl.val if num.ilvl is not None else 0
            fmt = self.formats.get((ident, level), "decimal")
        elif "Number" in style:
            fmt = "decimal"
        elif "Bullet" in style or ("List" in style and "Paragraph" not in style):
            fmt = "bullet"
        if fmt is None:
            return None, False
        if fmt in ("bullet", "none"):
            return None, True
        counter = f"{where}:{ident}"
        self.counters[counter] = self.counters.get(counter, 0) + 1
        return self.counters[counter], False

    # -- tables ----------------------------------------------------------------------------------

    def table(self, table) -> None:
        t = self.n_table
        self.n_table += 1
        self.flow = None
        grid = []
        for r, row in enumerate(table.rows):
            seen, cells = set(), []
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:  # merged across: how many columns it spans
                    cells[-1]["span"] = cells[-1].get("span", 1) + 1
                    continue
                seen.add(id(cell._tc))
                cells.append(self.cell(cell, t, r, c))
            grid.append(cells)
        heading = " ".join(lb.text for _, lb in self.stack[-1:])
        for part in spread_levels(self.doc, table, grid):  # one grid, or a grid per side
            part = grade_columns(self.doc, part)
            self.doc.regions += table_regions(self.doc, part, self.labels(), t, heading=heading)

    def cell(self, cell, t: int, r: int, c: int) -> dict:
        paras, bold = [], []
        counters = self.counters
        self.counters = {}
        where = {"table": t, "ref": f"row {r + 1}, column {c + 1}"}
        for k, p in enumerate(cell_paragraphs(cell, self.doc.notes, where)):  # .nestedcells
            if not clean(p.text):
                continue
            key, source = f"T{t}R{r}C{c}P{k}", dict(where)
            style = p.style.name if p.style is not None else ""
            number, bullet = self.list_info(p, style, "cell")
            italic = any(run.italic for run in p.runs if run.text.strip())
            depth = _list_depth(p, style) if number is not None or bullet else 0
            pieces = [p.text] if number is not None or bullet else _broken_items(p.text)
            for j, text in enumerate(pieces):
                part = key if j == 0 else f"{key}:{j}"
                self.doc.all_keys[part] = (clean(text), source)
                paras.append(
                    Para(
                        text, source, number=number, bullet=bullet, key=part, italic=italic,
                        depth=depth,
                    )
                )  # fmt: skip
                bold.append(any(r.text.strip() for r in p.runs) and all_bold(p))
        paras = mark_described(paras, bold) if not c else paras  # a name over a description
        self.counters = counters
        return {
            "paras": paras,
            "source": {"table": t, "ref": f"row {r + 1}, column {c + 1}"},
            "shaded": _shaded(cell),
        }


#: A heading's word for what it names, before the name: "Competency: We take ownership"
_KIND_PREFIX = re.compile(
    r"^(?:competency|capability|behaviou?r|skill)(?:\s+(?:title|name))?\s*:\s+(?=\S)", re.I
)


def _named_field(text: str) -> str | None:
    """A competency's name given as a field in a line of its own, or None.

    Word exports of competency dictionaries print each competency's name as a labelled
    field over its table ("Competency Title: Strategic Thinking", "Competency: Planning"),
    not as a heading: a short name, no sentence.

    Examples
    --------
    >>> _named_field("Competency Title: Strategic Thinking"), _named_field("Skill: Testing")
    ('Strategic Thinking', 'Testing')
    >>> _named_field("Competency Type: Behavioural"), _named_field("Skill: Tests all code.")
    (None, None)
    """
    text = clean(text)
    m = _KIND_PREFIX.match(text)
    if not m:
        return None
    name = text[m.end() :]
    if len(name.split()) > 8 or name.endswith((".", ":", ";")):
        return None
    return name


def _broken_items(text: str) -> list[str]:
    r"""A cell paragraph's list items typed after line breaks, each apart; else the paragraph.

    A list pasted into a table cell often keeps its bullets as typed characters, its items
    parted by line breaks (Shift+Enter) within one paragraph: "• Relate goals to own work.
    ⏎• Know the vision." Two or more lines opening with a marker are items; a line without one
    goes on with the item above it (a wrapped line), and lines before the first item stand
    apart (a lead-in such as "You can:"). A paragraph broken anywhere else stays whole.

    Examples
    --------
    >>> _broken_items("• Relates goals.\n• Knows the\nvision.")
    ['• Relates goals.', '• Knows the vision.']
    >>> _broken_items("You can:\n- plan work\n- review it"), _broken_items("One\nline")
    (['You can:', '- plan work', '- review it'], ['One\nline'])
    """
    lines = [line for line in text.split("\n") if clean(line)]
    marked = [marker(line)[0] is not None or marker(line)[1] for line in lines]
    if sum(marked) < 2:
        return [text]
    pieces: list[str] = []
    for k, (line, opens) in enumerate(zip(lines, marked, strict=True)):
        if pieces and not opens and any(marked[:k]):
            pieces[-1] = f"{pieces[-1]} {line.strip()}"
        else:
            pieces.append(line.strip())
    return pieces


_LIST_STYLE = re.compile(r"^List(?: (?:Bullet|Number|Continue))?\s+(\d)$", re.IGNORECASE)


def _list_depth(p, style: str) -> int:
    """How deep a list paragraph is nested: its numbering level, else its style's ("List 2")."""
    ppr = p._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is not None and num.ilvl is not None:
        return int(num.ilvl.val)
    m = _LIST_STYLE.match(style)
    return int(m.group(1)) - 1 if m else 0


def _heading_depth(p, style: str) -> int:
    m = _HEADING.match(style)
    if m:
        return int(m.group(1))
    text = clean(p.text)
    runs = [run for run in p.runs if run.text.strip()]
    bold = runs and all(run.bold for run in runs)
    number, bullet, _ = marker(text)
    if (
        bold
        and len(text.split()) <= 10
        and not text.endswith(".")
        and number is None
        and not bullet
    ):
        return 9
    return 0


def _heading_sizes(word) -> list[tuple[int, int]]:
    """(size, N) of each "Heading N" style set clearly larger than the body text, largest first."""
    body = word.styles["Normal"].font.size if "Normal" in word.styles else None
    if body is None:  # the body size is the document default's (w:sz counts half points)
        sz = word.styles.element.find(f"{_NS}docDefaults/{_NS}rPrDefault/{_NS}rPr/{_NS}sz")
        body = int(sz.get(f"{_NS}val")) * 6350 if sz is not None else None
    sizes = []
    for style in word.styles if body else ():
        m = _HEADING.match(getattr(style, "name", "") or "")
        size = getattr(getattr(style, "font", None), "size", None)
        if m and size and size >= 1.2 * body:
            sizes.append((size, int(m.group(1))))
    return sorted(sizes, reverse=True)


def _sized_depth(p, sizes: list[tuple[int, int]]) -> int:
    """A short line set by hand at a heading style's size reads as that heading (0 if not).

    Authors often set a heading as a Normal paragraph in a large font; the University of
    Auckland's capability framework sets 'Alignment Statements ...' at Heading 2's 24 pt, and
    read as body text it ran into the last capability's description.
    """
    runs = [run for run in p.runs if run.text.strip()]
    text = clean(p.text)
    if not sizes or not runs or len(text.split()) > 12 or text.endswith((".", ":", ";", ",")):
        return 0
    size = min((run.font.size or 0) for run in runs)
    if marker(text)[0] is not None or marker(text)[1]:
        return 0
    return next((n for heading, n in sizes if size >= heading), 0)


def _shaded(cell) -> bool:
    pr = cell._tc.tcPr
    if pr is None:
        return False
    shd = pr.find(f"{_NS}shd")
    fill = shd.get(f"{_NS}fill") if shd is not None else None
    return fill not in (None, "auto", "FFFFFF", "ffffff")


def _list_formats(word) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ("decimal", "bullet", ...) from the numbering part."""
    try:
        numbering = word.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for a in numbering.findall(f"{_NS}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{_NS}lvl"):
            fmt = lvl.find(f"{_NS}numFmt")
            levels[int(lvl.get(f"{_NS}ilvl", "0"))] = (
                fmt.get(f"{_NS}val") if fmt is not None else "decimal"
            )
        abstract[a.get(f"{_NS}abstractNumId")] = levels
    out = {}
    for num in numbering.findall(f"{_NS}num"):
        ref = num.find(f"{_NS}abstractNumId")
        levels = abstract.get(ref.get(f"{_NS}val") if ref is not None else None, {})
        for level, fmt in levels.items():
            out[(num.get(f"{_NS}numId"), level)] = fmt
    return out
