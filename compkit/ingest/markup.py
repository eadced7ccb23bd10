"""Markdown with HTML in it: headings, lists and tables read from the tags, line by line.

Pages published through a site generator (Jekyll, Hugo, GitHub Pages) mix Markdown lines with
raw HTML: a competency's table of levels as ``<table>``, its behaviours as ``<ul><li>``, its name
in an ``<h3>``. :func:`markdown_lines` turns such a text into what the text reader reads -- one
line per Markdown line or HTML block (an ``<h3>`` as ``### Name``, an ``<li>`` as ``- text``),
each with the source lines it came from -- and every HTML table into a grid of cells for
:func:`compkit.ingest.doctables.table_regions`. Text is read as a browser shows it: tags dropped
(inline tags such as ``<a>`` with no space, block tags as a space), entities decoded, Markdown
links keep their words. A list item that ends in a colon and holds a nested list ("in support
of:") is one statement, its lead-in then the nested items, with a repair note. A definition
list's terms (``<dt>``) are labels over the descriptions (``<dd>``) after them, unless the list
is a glossary (see :func:`_settle`). The element tree is :mod:`compkit.ingest.htmltree`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .blocks import Para, clean
from .htmltree import BLOCK as _BLOCK
from .htmltree import HIDDEN as _SR_ONLY
from .htmltree import SKIP as _SKIP
from .htmltree import Node as _Node
from .htmltree import Tree as _Tree
from .htmltree import descendants as _descendants
from .htmltree import raised, rows_spanned, span
from .htmltree import text_of as _inline
from .labels import level_score
from .mdinline import inline_markdown, spans_over_breaks
from .nameditems import markdown_named, named_items
from .weblevelitems import level_item, level_list, page_levels, settled
from .webreasons import item_reasons, own_note

__all__ = [
    "HTML",
    "LEAD_MARK",
    "TERM",
    "Block",
    "grid",
    "inline_markdown",
    "markdown_lines",
    "spans_over_breaks",
]

#: A text holds HTML blocks worth reading as HTML (not a stray ``<`` in prose).
HTML = re.compile(r"<(?:table|ul|ol|li|p|div|h[1-6]|tr|td|th|section|details|dl)\b", re.I)


@dataclass
class Block:
    """One line for the text reader: a Markdown line, or an HTML heading, item or paragraph."""

    text: str
    lines: list[int]
    html: bool = True
    depth: int = 0  # an HTML heading's level
    number: int | None = None
    bullet: bool = False
    repair: str | None = None
    table: list | None = None  # rows of cells, each a list of Blocks
    describes: bool = False  # the italic line under a bold name: its description
    slot: str | None = None  # a label's slot the reader names (a definition list's terms)
    glossary: bool = False  # a term of a glossary (see _settle)
    hidden: str | None = None  # a tab's label: the hidden heading it stands for, if any
    nest: int = 0  # a list item's depth in nested lists
    subs: tuple = ()  # the nested items joined to a lead-in ending in a colon: (text, line)
    lead: str | None = None  # an item's opening bold name closed by a colon ("<b>Scope</b>:")
    quoted: bool = False  # inside a <blockquote>
    reasons: str | None = None  # the reasons after an item's statement, set aside (.webreasons)
    noted: bool = False  # those reasons are the note compkit's own page prints (.webreasons)
    levels: tuple | None = None  # ("level" or "tail", a title set aside, its line): .weblevelitems


class _Walker:
    def __init__(self, glossaries: list | None = None) -> None:
        self.out: list[Block] = []
        self.glossaries = [] if glossaries is None else glossaries  # see _settle
        self.buf: list[str] = []
        self.buf_lines: list[int] = []
        self.tabs: list[tuple[str, str]] = []  # a tab list's labels and targets (see panel)
        self.panels = 0  # the tab panels read since the tab list
        self.depth = 0  # the last heading's level
        self.levels: list = []  # the page's level names (.weblevelitems.page_levels)

    def flush(self, html: bool) -> None:
        text = "".join(self.buf)
        if text.strip():
            lines = sorted(set(self.buf_lines))
            if html:
                self.out.append(Block(clean(text), lines))
            else:
                self.out.append(Block(inline_markdown(text.rstrip()), lines[:1], html=False))
        self.buf, self.buf_lines = [], []

    def container(self, node: _Node, *, root: bool = False) -> None:
        for child in node.children:
            if isinstance(child, tuple):
                self.text(*child, root=root)
            elif child.tag in _SKIP or child.chrome:
                continue
            elif child.attrs.get("role") == "tablist":
                self.flush(html=not root)
                self.tablist(child)
            elif self.tabs and _PANEL.search(
                f"{child.attrs.get('role', '')} {child.attrs.get('class', '')}"
            ):
                self.flush(html=not root)
                self.panel(child)
            elif child.tag not in _BLOCK:
                said = _inline(child).replace("\n", " ")
                self.buf.append(raised(said, child.tag) if child.tag in ("sup", "sub") else said)
                self.buf_lines.append(child.line)
            else:
                self.flush(html=not root)
                self.block(child)
        self.flush(html=not root)

    def text(self, data: str, line: int, *, root: bool) -> None:
        """Text at the Markdown level: a line each; inside HTML: a paragraph per blank line."""
        breaks = re.compile(r"\n" if root else r"\n[ \t]*\n")
        start = 0
        for m in [*breaks.finditer(data), None]:
            part = data[start : m.start() if m else len(data)]
            if part:
                self.buf.append(part if root else part.replace("\n", " "))
                self.buf_lines.append(line + data.count("\n", 0, start))
            if m is not None:
                self.flush(html=not root)
                start = m.end()

    def block(self, node: _Node) -> None:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = clean(_inline(node))
            if text:
                self.out.append(Block(text, [node.line], depth=int(tag[1])))
                self.depth = int(tag[1])
        elif tag in ("ul", "ol"):
            self.items(node, ordered=tag == "ol")
        elif tag == "li":
            self.item(node, None)
        elif tag == "table":  # its <caption> names it, as a heading under the page's last
            for caption in _descendants(node, ("caption",))[:1]:
                if text := clean(_inline(caption)):
                    self.out.append(Block(text, [caption.line], depth=min(self.depth + 1, 6)))
            self.out.append(Block("", [node.line], table=_rows(node)))
        elif tag == "dl":
            self.terms(node)
        elif tag == "blockquote":  # a note or summary beside the lists (see markupdoc)
            start = len(self.out)
            self.container(node)
            for block in self.out[start:]:
                block.quoted = True
        elif tag == "p" and (named := _named_description(node)):
            (name, at), (words, line) = named
            self.out += [Block(name, [at]), Block(words, [line], describes=True)]
        elif tag not in ("br", "hr"):
            self.container(node)

    def items(self, node: _Node, *, ordered: bool, nest: int = 0) -> None:
        leveled = level_list(node, self.out, self.levels)  # "<li><p><b>Level 1:</b></p>..."
        n, depth = 0, min(self.depth + 1, 6)
        for child in node.children:
            if isinstance(child, _Node) and child.tag == "li":
                n += 1
                if leveled and (found := level_item(child)):  # a level's heading (.weblevelitems)
                    said = ("level", *(found[2] or ("", 0)))  # its title set aside, if any
                    self.out.append(Block(found[0], [child.line], depth=depth, levels=said))
                    for p in found[1]:
                        self.block(p)
                else:
                    self.item(child, n if ordered else None, nest)
            elif isinstance(child, _Node) and child.tag not in _SKIP:
                self.block(child)
        if leveled:  # the levels' headings end with the list: what follows is at all levels
            self.out.append(Block("All levels", [node.last()], depth=depth, levels=("tail", "", 0)))

    def item(self, node: _Node, number: int | None, nest: int = 0) -> None:
        nested = _descendants(node, ("ul", "ol"))
        own = clean(_inline(node, skip=("ul", "ol")))
        if nested and own.endswith(":"):
            lis = [(clean(_inline(x)), x.line) for u in nested for x in _descendants(u, ("li",))]
            subs = [s for s, _ in lis if s]
            first, last = nested[0].line, max(lst.last() for lst in nested)
            count = "one item" if len(subs) == 1 else f"{len(subs)} items"
            note = (
                f"This bullet holds a nested list of {count} (lines {first}-{last}); "
                "the text is the whole bullet, its lead-in followed by the nested items in "
                "order, joined with single spaces."
            )
            lines = list(range(node.line, node.last() + 1))
            text = " ".join([own, *subs])
            parts = tuple(t for t in lis if t[0])
            self.out.append(Block(text, lines, number=number, bullet=number is None, repair=note))
            self.out[-1].nest, self.out[-1].subs = nest, parts
            return
        if own:
            end = nested[0].line - 1 if nested else node.last()
            lines = list(range(node.line, max(node.line, end) + 1))
            lead = _bold_lead(node)
            mine = own_note(node)  # "<br><em class=note>Note:</em> ...": compkit's own
            own, why = mine or item_reasons(node) or (own, None)  # "... <em>Why this level:</em>"
            self.out.append(
                Block(own, lines, number=number, bullet=number is None, nest=nest, lead=lead)
            )
            self.out[-1].reasons, self.out[-1].noted = why, mine is not None
        for lst in nested:
            self.items(lst, ordered=lst.tag == "ol", nest=nest + 1)

    def terms(self, node: _Node) -> None:
        """A definition list: each term (``<dt>``) labels the descriptions (``<dd>``) after it.

        A term is a label in a slot of its own (:data:`TERM`), which the label classifier
        reads as levels, competencies or groups as it reads headings; each description (or
        each item of a list inside it) is a line under it. A list of one description to a
        term, none of them a list, may be a glossary: :func:`_settle` decides once the whole
        page is read.
        """
        entries = []
        for dts, dds in _term_groups(node):
            heads = [Block(t, [dt.line], slot=TERM) for dt in dts if (t := clean(_inline(dt)))]
            body = [block for dd in dds for block in _described(dd, self.glossaries)]
            entries.append((heads, body))
            self.out += [*heads, *body]
        if entries and all(len(h) == 1 and len(b) == 1 and not b[0].table for h, b in entries):
            self.glossaries.append(entries)
        else:
            _items([block for _, body in entries for block in body])

    def tablist(self, node: _Node) -> None:
        """A tab list: its tabs' shown labels name the tab panels after it (not read itself)."""
        tabs = [n for n in _all(node) if n.attrs.get("role") == "tab"] or _descendants(
            node, ("li",)
        )
        self.tabs, self.panels = [], 0
        for tab in tabs:
            target = next((n.attrs["href"] for n in _all(tab) if "href" in n.attrs), "")
            target = tab.attrs.get("aria-controls") or target.lstrip("#")
            if label := clean(_inline(tab, shown=True)):
                self.tabs.append((label, target))

    def panel(self, node: _Node) -> None:
        """A tab panel, under its tab's label as a heading (a hidden heading it holds set aside).

        The tab is the one whose target is the panel's id ("#wont" for "wont" or
        "flexibility-wont"), else the next in turn: a page may repeat its panels under each
        heading ("Flexibility": "I will", "I won't"; "Innovation": ...) with one tab list.
        """
        ident = node.attrs.get("id", "")
        found = [k for k, (_, t) in enumerate(self.tabs) if t and ident.endswith(t)]
        k = max(found, key=lambda k: len(self.tabs[k][1])) if found else self.panels
        self.panels += 1
        label = self.tabs[k % len(self.tabs)][0]
        heads = [h for h in _all(node) if h.tag in _HEADINGS and _SR_ONLY.search(_class(h))]
        depth = int(heads[0].tag[1]) if heads else min(self.depth + 1, 6)
        hidden = clean(_inline(heads[0])) if heads else None
        self.out.append(Block(label, [node.line], depth=depth, hidden=hidden or label))
        for head in heads:
            head.tag = "span"  # no heading now: its words are read nowhere (see textfile)
            head.children = []
        self.container(node)
        self.depth = depth


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A tab panel, by its role or class ("tabpanel", "tab-panel", "tab-pane").
_PANEL = re.compile(r"(?:^|\s)(?:tabpanel|tab-?panel|tab-pane)(?:$|\s)", re.I)


def _class(node: _Node) -> str:
    return node.attrs.get("class", "")


def _all(node: _Node) -> list[_Node]:
    """Every element inside ``node``, in order."""
    out = []
    for child in node.children:
        if isinstance(child, _Node):
            out += [child, *_all(child)]
    return out


def _settle(blocks: list[Block], glossaries: list) -> None:
    """Read each list of one description to a term as a glossary, or as labelled statements.

    A glossary says what each term means ("Accountability" -- "Holds self and others
    accountable ..."): each description is its term's description, never a statement. Its
    terms appear once in the page and none reads as a level; terms that recur (the same
    competencies under every level) or name levels label statements.
    """
    seen = Counter(b.text.casefold() for b in blocks if b.slot == TERM)
    for entries in glossaries:
        terms = [heads[0].text for heads, _ in entries]
        if all(seen[t.casefold()] == 1 and level_score(t) < 0.5 for t in terms):
            for heads, body in entries:
                heads[0].glossary = body[0].describes = True
        else:
            _items([block for _, body in entries for block in body])


#: what parts a bold name from its item's text: a colon, or a dash with a space after it
LEAD_MARK = re.compile(r"^\s*(?::|[—–-]\s)")


def _bold_lead(node: _Node) -> str | None:
    """A list item's opening bold name closed by a colon, or None.

    Examples
    --------
    >>> tree = _Tree(1)
    >>> tree.feed("<li><strong>Scope</strong>: Owns it.</li><li><b>Ship:</b> Ships.</li>"
    ...           "<li><b>Owns</b> the roadmap.</li>")
    >>> tree.close()
    >>> [_bold_lead(n) for n in _descendants(tree.root, ("li",))]
    ['Scope', 'Ship', None]

    Or closed by a spaced dash, as a level's name before its statement: "<b>L1</b> — Ships."
    """
    kids = [c for c in node.children if not (isinstance(c, tuple) and not c[0].strip())]
    if kids and isinstance(kids[0], _Node) and kids[0].tag == "p":  # <li><p><b>Scope</b>: ...
        kids = [c for c in kids[0].children if not (isinstance(c, tuple) and not c[0].strip())]
    if len(kids) < 2 or not isinstance(kids[0], _Node) or kids[0].tag not in ("strong", "b"):
        return None
    name, after = clean(_inline(kids[0])), kids[1]
    if name.endswith(":"):
        name = name[:-1].strip()
    elif not (isinstance(after, tuple) and LEAD_MARK.match(after[0])):
        return None
    return name if 2 <= len(name) <= 60 and ":" not in name else None


def _items(blocks: list[Block]) -> None:
    """A definition's paragraphs as list items (statements), as a ``<li>`` is read."""
    for block in blocks:
        if block.table is None and not block.depth and block.slot is None:
            block.bullet = block.number is None


#: The slot of a definition list's terms.
TERM = "definition term"


def _term_groups(node: _Node) -> list[tuple[list[_Node], list[_Node]]]:
    """A ``<dl>``'s terms and descriptions, grouped: the terms, then the descriptions after them.

    Descriptions before the first term form a group with no terms; ``<div>`` wrappers (as
    HTML allows around a term and its descriptions) are looked through.
    """
    groups: list[tuple[list[_Node], list[_Node]]] = []
    for child in _descendants(node, ("dt", "dd")):
        if child.tag == "dt" and (not groups or groups[-1][1]):
            groups.append(([child], []))
        elif child.tag == "dt":
            groups[-1][0].append(child)
        elif not groups:
            groups.append(([], [child]))
        else:
            groups[-1][1].append(child)
    return groups


def _described(dd: _Node, glossaries: list) -> list[Block]:
    """The blocks of a ``<dd>``: its paragraphs, list items, tables, as a page shows them."""
    walker = _Walker(glossaries)
    walker.container(dd)
    return settled(walker.out)[0]


def _named_description(node: _Node) -> tuple | None:
    """A paragraph of a bold name and an italic line: ``<p><b>Scope</b><br><i>...</i></p>``."""
    parts = [c for c in node.children if not (isinstance(c, tuple) and not c[0].strip())]
    parts = [c for c in parts if not (isinstance(c, _Node) and c.tag == "br")]
    if len(parts) != 2 or not all(isinstance(c, _Node) for c in parts):
        return None
    bold, italic = parts
    if bold.tag not in ("strong", "b") or italic.tag not in ("em", "i"):
        return None
    name, words = clean(_inline(bold)), clean(_inline(italic))
    if not name or not words or len(name.split()) > 8:
        return None
    return (name, bold.line), (words, italic.line)


def _rows(table: _Node) -> list[list[dict]]:
    rows = []
    # a row is a <tr>; cells straight under <thead>, <tbody> or the table (no <tr> written,
    # as browsers forgive: "<thead><th>Beginner</th>...") are a row of their own
    loose = [
        part
        for part in (table, *_descendants(table, ("thead", "tbody", "tfoot")))
        if any(isinstance(c, _Node) and c.tag in ("td", "th") for c in part.children)
    ]
    trs = _descendants(table, ("tr",))
    for tr in sorted([*loose, *trs], key=lambda node: node.line):
        cells = []
        for td in tr.children:
            if isinstance(td, _Node) and td.tag in ("td", "th"):
                walker = _Walker()
                walker.container(td)
                cells.append(
                    {"blocks": settled(walker.out)[0], "line": td.line, "span": td.colspan}
                    | {"down": span(td.attrs.get("rowspan")), "head": td.tag == "th"}
                )
        rows.append(cells)
    return rows_spanned(rows)


def markdown_lines(lines: list[str], first_line: int = 1) -> list[Block]:
    """Read Markdown-with-HTML lines (the first numbered ``first_line``) into blocks."""
    tree = _Tree(first_line)
    tree.feed("\n".join(lines))
    tree.close()
    walker = _Walker()
    walker.levels = page_levels(tree.root)
    walker.container(tree.root, root=True)
    _settle(walker.out, walker.glossaries)
    return markdown_named(named_items(walker.out))  # "<li>Impact: ...</li>", "- Impact: ..."


def grid(rows: list[list[dict]], key: str) -> list[list[dict]]:
    """An HTML table's rows as the cells :func:`~compkit.ingest.doctables.table_regions` reads.

    Each paragraph of a cell is its own block (never a wrapped line of the one above).
    """
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            paras = [
                Para(
                    block.text,
                    {"lines": block.lines},
                    number=block.number,
                    bullet=block.bullet,
                    blank_before=True,
                    key=f"{key}R{r}C{c}P{k}",
                    repair=block.repair,
                )
                for k, block in enumerate(cell["blocks"])
                if block.table is None
            ]
            cells.append({"paras": paras, "source": {"lines": [cell["line"]]}, "shaded": False})
        out.append(cells)
    return out
