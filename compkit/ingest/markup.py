"""Markdown with HTML in it: headings, lists and tables read from the tags, line by line.

Pages published through a site generator (Jekyll, Hugo, GitHub Pages) mix Markdown lines with
raw HTML: a competency's table of levels as ``<table>``, its behaviours as ``<ul><li>``, its name
in an ``<h3>``. :func:`markdown_lines` turns such a text into what the text reader reads -- one
line per Markdown line or HTML block (an ``<h3>`` as ``### Name``, an ``<li>`` as ``- text``),
each with the source lines it came from -- and every HTML table into a grid of cells for
:func:`compkit.ingest.doctables.table_regions`. Text is read as a browser shows it: tags dropped
(inline tags such as ``<a>`` with no space, block tags as a space), entities decoded, Markdown
links keep their words. A list item that ends in a colon and holds a nested list ("in support
of:") is one statement, its lead-in then the nested items, with a repair note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .blocks import Para, clean

__all__ = ["HTML", "Block", "grid", "inline_markdown", "markdown_lines", "spans_over_breaks"]

#: A text holds HTML blocks worth reading as HTML (not a stray ``<`` in prose).
HTML = re.compile(r"<(?:table|ul|ol|li|p|div|h[1-6]|tr|td|th|section|details|dl)\b", re.I)
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_SKIP = {"script", "style", "template", "svg", "noscript", "head", "nav", "footer"}
# a web page's navigation, by its id, class or role: a table of contents, menus, a footer
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:toc|nav|navbar|navigation|menu|sidebar|breadcrumbs?|footer|cookies?|"
    r"banner|skip)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAGE = {"html", "body", "main", "article"}  # never chrome, whatever their class says
_BLOCK = {
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "html", "body",
}  # fmt: skip
_CLOSES = {"li": {"li"}, "p": {"p"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"}}
_CLOSES["th"] = _CLOSES["td"]
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash escape: \_ is _
_CODE = re.compile(r"`([^`]+)`")
_HIDDEN = {c: 0xF0000 + c for c in range(0x21, 0x7F)}  # printable ASCII, out of the regexes' way
_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
# Emphasis as CommonMark reads it: ``**x**``, ``*x*``, ``__x__`` and ``_x_``; an underscore
# inside a word (snake_case, __init__.py's dots aside) opens or closes nothing.
_STRONG = re.compile(
    r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])|`([^`]+)`|"
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|"
    r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
)


def inline_markdown(line: str) -> str:
    r"""A Markdown line with its inline markup resolved: links keep their words, no ``**``.

    Emphasis markers (``*``, ``_``, doubled or not) are dropped and their words kept; an
    underscore inside a word is no emphasis and stays.

    Examples
    --------
    >>> inline_markdown("- Read **the** [guide](https://example.org) `now`, *please*")
    '- Read the guide now, please'
    >>> inline_markdown("_Plans ahead._ Keeps snake_case names, __always__")
    'Plans ahead. Keeps snake_case names, always'
    >>> inline_markdown(r"the todo\_lists table, 2 \* 3")
    'the todo_lists table, 2 * 3'
    >>> inline_markdown("***I deliver code*** and ***ship it***, 2 * 3, `__init__`, `*a*`")
    'I deliver code and ship it, 2 * 3, __init__, *a*'
    """
    line = _ESCAPED.sub(lambda m: chr(0xF0000 + ord(m.group(1))), line)  # kept as they are
    line = _CODE.sub(lambda m: m.group(1).translate(_HIDDEN), line)  # a code span: as it is
    line = _LINK.sub(lambda m: m.group(1) or "", line)
    for _ in range(2):  # ***both***: emphasis inside strong, resolved from the outside in
        line = _STRONG.sub(lambda m: next(g for g in m.groups() if g is not None), line)
    return re.sub("[\U000f0021-\U000f007e]", lambda m: chr(ord(m.group(0)) - 0xF0000), line)


def spans_over_breaks(lines: list[str]) -> list[str]:
    """Close on each line a bold span a hard line break cuts in two.

    ("**enhancing knowledge" / "or skill**."): the per-line markup pass then resolves both.

    Examples
    --------
    >>> spans_over_breaks(["- Focus on **new", "  skills**.", "- Plain ** text"])
    ['- Focus on **new**', '  **skills**.', '- Plain ** text']
    """
    out = list(lines)
    for k in range(len(out) - 1):
        here, after = out[k], out[k + 1]
        if not after.strip() or _MARK.sub("", here).count("**") % 2 == 0:
            continue
        if _MARK.sub("", after).count("**") % 2 and re.search(r"\S\*\*", after):
            head = re.match(r"\s*", after).group(0)
            out[k], out[k + 1] = f"{here}**", f"{head}**{after[len(head) :]}"
    return out


_MARK = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


@dataclass
class _Node:
    tag: str
    line: int
    end: int = 0
    colspan: str | None = None
    children: list = field(default_factory=list)  # _Node or (text, line)
    chrome: bool = False  # a web page's navigation (see _CHROME): not read

    def last(self) -> int:
        """The last source line of the element (its end tag, else its last child)."""
        if self.end:
            return self.end
        lines = [self.line]
        for child in self.children:
            lines.append(child.last() if isinstance(child, _Node) else child[1])
        return max(lines)


class _Tree(HTMLParser):
    """A forgiving element tree with the source line of every element and piece of text."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift = first_line - 1
        self.root = _Node("#root", first_line)
        self.stack = [self.root]

    def line(self) -> int:
        return self.getpos()[0] + self.shift

    def handle_starttag(self, tag, attrs):
        closes = _CLOSES.get(tag, set())
        while len(self.stack) > 1 and self.stack[-1].tag in closes:
            self.stack.pop().end = self.line()
        node = _Node(tag, self.line(), colspan=next((v for k, v in attrs if k == "colspan"), None))
        named = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role"))
        node.chrome = tag not in _PAGE and bool(named and _CHROME.search(named))
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, self.line(), self.line()))

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                for node in self.stack[k:]:
                    node.end = node.end or self.line()
                del self.stack[k:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append((data, self.line()))


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


class _Walker:
    def __init__(self) -> None:
        self.out: list[Block] = []
        self.buf: list[str] = []
        self.buf_lines: list[int] = []

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
            elif child.tag not in _BLOCK:
                self.buf.append(_inline(child).replace("\n", " "))
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
        elif tag in ("ul", "ol"):
            self.items(node, ordered=tag == "ol")
        elif tag == "li":
            self.item(node, None)
        elif tag == "table":
            self.out.append(Block("", [node.line], table=_rows(node)))
        elif tag == "p" and (named := _named_description(node)):
            (name, at), (words, line) = named
            self.out += [Block(name, [at]), Block(words, [line], describes=True)]
        elif tag not in ("br", "hr"):
            self.container(node)

    def items(self, node: _Node, *, ordered: bool) -> None:
        n = 0
        for child in node.children:
            if isinstance(child, _Node) and child.tag == "li":
                n += 1
                self.item(child, n if ordered else None)
            elif isinstance(child, _Node) and child.tag not in _SKIP:
                self.block(child)

    def item(self, node: _Node, number: int | None) -> None:
        nested = _descendants(node, ("ul", "ol"))
        own = clean(_inline(node, skip=("ul", "ol")))
        if nested and own.endswith(":"):
            subs = [clean(_inline(li)) for lst in nested for li in _descendants(lst, ("li",))]
            subs = [s for s in subs if s]
            first, last = nested[0].line, max(lst.last() for lst in nested)
            note = (
                f"This bullet holds a nested list of {_count(len(subs))} (lines {first}-{last}); "
                "the text is the whole bullet, its lead-in followed by the nested items in "
                "order, joined with single spaces."
            )
            lines = list(range(node.line, node.last() + 1))
            text = " ".join([own, *subs])
            self.out.append(Block(text, lines, number=number, bullet=number is None, repair=note))
            return
        if own:
            end = nested[0].line - 1 if nested else node.last()
            lines = list(range(node.line, max(node.line, end) + 1))
            self.out.append(Block(own, lines, number=number, bullet=number is None))
        for lst in nested:
            self.items(lst, ordered=lst.tag == "ol")


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


def _count(n: int) -> str:
    return "one item" if n == 1 else f"{n} items"


def _descendants(node: _Node, tags: tuple[str, ...]) -> list[_Node]:
    """The outermost descendants with one of ``tags`` (not looking inside them)."""
    out = []
    for child in node.children:
        if isinstance(child, _Node) and child.tag not in _SKIP:
            if child.tag in tags:
                out.append(child)
            elif child.tag != "table":
                out.extend(_descendants(child, tags))
    return out


def _inline(node: _Node, skip: tuple[str, ...] = ()) -> str:
    """An element's text as shown: inline tags joined with no space, block tags as a space."""
    parts = []
    for child in node.children:
        if isinstance(child, tuple):
            parts.append(child[0])
        elif child.tag in _SKIP or child.tag in skip:
            continue
        elif child.tag in _BLOCK:
            parts.append(f" {_inline(child, skip)} ")
        else:
            parts.append(_inline(child, skip))
    return "".join(parts)


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
                cells.append({"blocks": walker.out, "line": td.line, "span": td.colspan})
        rows.append(cells)
    return rows


def markdown_lines(lines: list[str], first_line: int = 1) -> list[Block]:
    """Read Markdown-with-HTML lines (the first numbered ``first_line``) into blocks."""
    tree = _Tree(first_line)
    tree.feed("\n".join(lines))
    tree.close()
    walker = _Walker()
    walker.container(tree.root, root=True)
    return walker.out


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
