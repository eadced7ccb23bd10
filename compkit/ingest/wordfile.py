"""Read a Word document (DOCX, through python-docx) into labelled regions.

Headings (the "Heading N" styles, or a short line set in bold) label what follows them; list
paragraphs (Word numbering, "List Bullet" / "List Number" styles, or typed "1." and "•") are
items with their numbers. A table with a header row labels each body cell with its column header;
a first column of short labels is a row header. Shaded column headers, and role names printed
under a level name, mark the levels a role requires. A table headed "Role" whose other headers
are competencies is read as role profiles. Every paragraph keeps its place: ``paragraph`` (in
body order) for body text, ``table`` and a row/column ``ref`` for table cells, each counted
from 1 as a reader counts them ("table 2; row 4, column 3" is the second table).
"""

from __future__ import annotations

from pathlib import Path

from ..authoring._marks import from_properties
from .blocks import Document, Label, Para, Region, clean, clean_note, numbered_heading
from .cellnames import all_bold, mark_described
from .doctables import table_regions
from .emptylevels import add_noted_levels
from .gradecolumns import grade_columns
from .limits import IngestError, refuse_embedded_page
from .listleads import list_level_leads
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
from .wordbreaks import break_lines, breaks_note
from .wordcontrols import drop_contents_page, open_content_controls
from .wordgrids import carried_header, level_header, repeated_names
from .wordnotes import word_notes
from .wordparas import (
    HEADING,
    KIND_PREFIX,
    NS,
    broken_items,
    heading_depth,
    heading_sizes,
    list_depth,
    list_formats,
    named_field,
    shaded,
    sized_depth,
)
from .wordparts import dictionary_marks, level_item_slot
from .wordreasons import reasons_note, statement_and_reasons
from .wordwrappers import open_wrappers

__all__ = ["read_docx"]


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
    notes += open_wrappers(word.element.body)  # smart tags, custom XML, simple fields
    notes += open_content_controls(word.element.body)  # a template's fields, its contents page
    notes += drop_contents_page(word)  # one converted to text: "TOC 1" paragraphs
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
        self.formats = list_formats(word)
        self.counters: dict[str, int] = {}
        self.n_para = self.n_table = 0
        self.seen_heading = False
        self.sizes = heading_sizes(word)
        self.parts, self.levelled = dictionary_marks([p.text for p in word.paragraphs])
        self.led = list_level_leads(word.paragraphs)  # "**P1 — Assisted:** ..." each heading
        self.levelled |= self.led
        self.aside: list[str] = []  # a dictionary's part labels set aside
        self.reasons: list[str] = []  # a statement's reasons after it (.wordreasons)
        self.broken: list[tuple[list[str], dict]] = []  # a cell's lines apart (.wordbreaks)
        self.links: list[str] = []  # a web page's "Back to top" links, saved into Word
        self.above: list | None = None  # the grid of levels just above, as read (.wordgrids)

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
            said += " or a dash" if self.led else ""  # "**M1 (= P2)** — ..." (.listleads)
            self.doc.notes.append(
                ("guess", f"{said} ({names}): each read as its level over its text", 0.7)
            )
        if self.led:  # the leads name the levels: the headings over them are not levels
            names = list(dict.fromkeys(n for n, _ in self.led.values()))
            self.doc.slots["level"] = level_item_slot
            why = f"the same {len(names)} bold leads open the list items under each heading"
            self.doc.slot_reasons["level"] = (why, 0.8)
        if self.aside:
            shown = ", ".join(repr(t) for t in dict.fromkeys(self.aside))
            self.doc.notes.append(
                ("unused", f"labels of a competency's parts set aside ({shown})", 0.8)
            )
        self.doc.notes += page_links_note(self.links) + reasons_note(self.reasons, kept=True)
        self.doc.notes += breaks_note(self.broken)
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
        self.above = None  # text between two tables: the second is no page's run-on
        reasons = self.seen_heading and statement_and_reasons(p)  # the introduction's are its
        why = None
        if reasons and not HEADING.match(p.style.name if p.style is not None else ""):
            text, why, _ = reasons  # "... ⏎— *Why this level:* ...": set aside
            self.reasons.append(why)
        key = f"P{index}"
        source = {"paragraph": index + 1}  # counted from 1, as a reader does
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
        sized = 0 if HEADING.match(style) else sized_depth(p, self.sizes)
        depth = sized or heading_depth(p, style)
        if depth:
            slot = f"Heading {sized}" if sized else style if depth < 9 else "bold line"
            split = numbered_heading(text)
            name, number = (split[2], split[1]) if split else (clean(text), None)
            name = KIND_PREFIX.sub("", name) or name  # "Competency: We take ownership"
            self.heading(Label(name, slot, tuple(source.items()), number=number, key=key), depth)
            return
        if self.seen_heading and index not in self.levelled and (led := level_lead(p)):
            self.levelled[index] = led  # "**Level A:** Communicates ...": .paralabels
        if index in self.parts or index in self.levelled:  # a dictionary's part (wordparts)
            self.dictionary_part(index, text, source, key, why)
            return
        number, bullet = self.list_info(p, style, "body")
        field = number is None and not bullet and named_field(text)
        if field:  # "Competency Title: Strategic Thinking" over the competency's table
            self.heading(Label(field, "named field", tuple(source.items()), key=key), 8)
            return
        lone = number is None and not bullet and self.seen_heading and side_line(p)
        if lone or (number is None and not bullet and self.seen_heading and side_colon(text)):
            name = clean(text) if lone else clean(text)[:-1]  # "Positive indicators" or "...:"
            side = Label(name, "side line", tuple(source.items()), key=key)
            self.heading(side, 10 if lone else 9)  # "Ineffective behaviours:" over its list
            return
        depth = list_depth(p, style) if number is not None or bullet else 0
        pieces = [text] if number is not None or bullet else broken_items(text)
        for j, piece in enumerate(pieces):  # "• Plans.⏎• Reviews.": typed items, each apart
            part = key if j == 0 else f"{key}:{j}"
            if len(pieces) > 1:
                self.doc.all_keys[part] = (clean(piece), source)
            note = clean_note(why or "") if j == len(pieces) - 1 else ""  # its reasons: its note
            para = Para(
                piece, source, number=number, bullet=bullet, key=part, depth=depth, note=note
            )
            if not self.seen_heading:
                self.doc.introduction.append(para)
            else:
                self._add(para)

    def dictionary_part(
        self, index: int, text: str, source: dict, key: str, why: str | None
    ) -> None:
        """A part label set aside, or a level's name over its statement ("–Expert: ...").

        ``why`` is the paragraph's reasons (:mod:`.wordreasons`), the end of its text, or None:
        the statement is the text after the level's name up to them.
        """
        if index in self.parts:
            self.aside.append(clean(text))
            return
        name, rest = self.levelled[index]
        if why and clean(rest).endswith(clean(why)):  # its reasons, set aside (.wordreasons)
            rest = clean(rest)[: -len(clean(why))].rstrip(" \t—–-\n")
        self.heading(Label(name, level_item_slot, tuple(source.items()), key=key), 9)
        self.doc.all_keys[f"{key}:1"] = (clean(rest), source)
        self._add(Para(rest, source, key=f"{key}:1", note=clean_note(why or "")))

    def caption(self, p, text: str, source: dict, key: str) -> bool:
        """A caption ("Table 1 - Achieves results") over a table names the table, as a heading.

        Word's captions title a table without a heading style: the APS's comparative tables
        are each captioned with their capability. A caption opening a document that has no
        Title is its title. Other captions (a figure's) stay text.
        """
        following = p._p.getnext()
        split = numbered_heading(text)
        if following is not None and following.tag == f"{NS}tbl" and split:
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
            # a row starting late (w:gridBefore: leading cells deleted or merged away) stands
            # under the same columns: its skipped columns are blank cells, as Word shows them
            before = row.grid_cols_before
            seen, cells = set(), [_blank(t, r, c) for c in range(before)]
            for c, cell in enumerate(row.cells, start=before):
                if id(cell._tc) in seen:  # merged across: how many columns it spans
                    cells[-1]["span"] = cells[-1].get("span", 1) + 1
                    continue
                seen.add(id(cell._tc))
                cells.append(self.cell(cell, t, r, c))
            grid.append(cells)
        marked, notes = self.doc.marked_levels, self.doc.notes
        ran_on = carried_header(grid, self.above, marked, notes)  # a grid run on past a page
        self.above = ran_on if level_header(ran_on, marked) is not None else None
        least = 1 if ran_on is not grid else 2
        grid = repeated_names(ran_on, marked, notes, least=least)  # a row's name in every cell
        heading = " ".join(lb.text for _, lb in self.stack[-1:])
        for part in spread_levels(self.doc, table, grid):  # one grid, or a grid per side
            part = grade_columns(self.doc, part)
            self.doc.regions += table_regions(self.doc, part, self.labels(), t, heading=heading)

    def cell(self, cell, t: int, r: int, c: int) -> dict:
        paras, bold = [], []
        counters = self.counters
        self.counters = {}
        where = {"table": t + 1, "ref": f"row {r + 1}, column {c + 1}"}
        for k, p in enumerate(cell_paragraphs(cell, self.doc.notes, where)):  # .nestedcells
            if not clean(p.text):
                continue
            key, source = f"T{t}R{r}C{c}P{k}", dict(where)
            style = p.style.name if p.style is not None else ""
            number, bullet = self.list_info(p, style, "cell")
            whole, runs, why = p.text, [run for run in p.runs if run.text.strip()], ""
            if reasons := statement_and_reasons(p):  # "...⏎*Why this level:* ...": set aside
                whole = reasons[0]
                runs = runs[: next(k for k, r in enumerate(runs) if r._r is reasons[2]._r)]
                self.reasons.append(why := reasons[1])
            italic = any(run.italic for run in runs)
            depth = list_depth(p, style) if number is not None or bullet else 0
            pieces = [whole] if number is not None or bullet else broken_items(whole)
            if len(pieces) == 1 and pieces[0] is whole and (lines := break_lines(whole)):
                pieces = lines  # "Accepts feedback⏎Gives feedback ...": .wordbreaks
                self.broken.append((lines, where))
            for j, text in enumerate(pieces):
                part = key if j == 0 else f"{key}:{j}"
                self.doc.all_keys[part] = (clean(text), source)
                paras.append(
                    Para(
                        text, source, number=number, bullet=bullet, key=part, italic=italic,
                        depth=depth, note=clean_note(why) if j == len(pieces) - 1 else "",
                    )
                )  # fmt: skip
                bold.append(any(r.text.strip() for r in p.runs) and all_bold(p))
        paras = mark_described(paras, bold) if not c else paras  # a name over a description
        self.counters = counters
        return {
            "paras": paras,
            "source": dict(where),
            "shaded": shaded(cell),
        }


def _blank(t: int, r: int, c: int) -> dict:
    """A grid column a row leaves out (``w:gridBefore``), read as a blank cell."""
    return {"paras": [], "source": {"table": t + 1, "ref": f"row {r + 1}, column {c + 1}"}}
