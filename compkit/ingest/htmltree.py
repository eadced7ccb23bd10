"""A forgiving HTML element tree: every element and piece of text with its source line.

:mod:`compkit.ingest.markup` walks the tree into lines for the text reader and
:mod:`compkit.ingest.webpage` reads the page's own title from it. Elements are closed as a
browser closes them (an ``<li>`` by the next ``<li>``, a ``<dt>`` by the next ``<dd>``), a web
page's navigation is marked (``nav``, and elements whose id, class or role names a table of
contents, menu, sidebar or footer) and never read. A heading's permalink, a link to a place on
the page shown as a mark alone (``<a href="#engineer-i">#</a>``, Sphinx's "¶"), is no text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = [
    "BLOCK",
    "HIDDEN",
    "SKIP",
    "Node",
    "Tree",
    "descendants",
    "raised",
    "rows_spanned",
    "span",
    "text_of",
]

_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
SKIP = {"script", "style", "template", "svg", "noscript", "head", "title", "nav", "footer"}
# a web page's navigation, by its id, class or role: a table of contents, menus, a footer
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:toc|nav|navbar|navigation|menu|sidebar|breadcrumbs?|footer|cookies?|"
    r"banner|skip)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAGE = {"html", "body", "main", "article"}
_KEPT = {"id", "class", "role", "href", "aria-controls", "aria-labelledby", "rowspan"}
#: Text shown to screen readers only ("visually-hidden", "sr-only", "screen-reader-text").
HIDDEN = re.compile(
    r"(?:^|\s)(?:[\w-]*visually-?hidden|sr-only|screen-reader-text|a11y-hidden)(?:$|\s)", re.I
)  # never chrome, whatever their class says
BLOCK = {
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "html", "body",
}  # fmt: skip
_CLOSES = {"li": {"li"}, "p": {"p"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"}}
_CLOSES["th"] = _CLOSES["td"]
_CLOSES["dt"] = _CLOSES["dd"] = {"dt", "dd", "p"}  # end tags a browser lets a page leave out


@dataclass
class Node:
    """An element: its tag, first and last source line, and children (elements and text)."""

    tag: str
    line: int
    end: int = 0
    colspan: str | None = None
    children: list = field(default_factory=list)  # Node or (text, line)
    chrome: bool = False  # a web page's navigation (see _CHROME): not read
    chrome_id: str = ""  # the id that alone made it chrome (see _headed)
    attrs: dict = field(default_factory=dict)  # id, class, role, href, aria-* (see _KEPT)

    def last(self) -> int:
        """The last source line of the element (its end tag, else its last child)."""
        if self.end:
            return self.end
        lines = [self.line]
        for child in self.children:
            lines.append(child.last() if isinstance(child, Node) else child[1])
        return max(lines)


class Tree(HTMLParser):
    """A forgiving element tree with the source line of every element and piece of text."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift = first_line - 1
        self.root = Node("#root", first_line)
        self.stack = [self.root]

    def line(self) -> int:
        """The source line the parser stands on."""
        return self.getpos()[0] + self.shift

    def handle_starttag(self, tag, attrs):
        """Open an element, closing those its tag closes (``<li>`` an open ``<li>``)."""
        closes = _CLOSES.get(tag, set())
        while len(self.stack) > 1 and self.stack[-1].tag in closes:
            self.stack.pop().end = self.line()
        node = Node(tag, self.line(), colspan=next((v for k, v in attrs if k == "colspan"), None))
        named = " ".join(v or "" for k, v in attrs if k in ("class", "role"))
        ident = next((v or "" for k, v in attrs if k == "id"), "")
        by_id = bool(ident and _CHROME.search(ident)) and not (named and _CHROME.search(named))
        node.chrome = tag not in _PAGE and (by_id or bool(named and _CHROME.search(named)))
        node.chrome_id = ident if node.chrome and by_id else ""
        node.attrs = {k: v or "" for k, v in attrs if k in _KEPT}
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        """An element written closed (``<br/>``)."""
        self.stack[-1].children.append(Node(tag, self.line(), self.line()))

    def handle_endtag(self, tag):
        """Close the innermost open element of ``tag`` and those inside it; else nothing."""
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                for node in self.stack[k:]:
                    node.end = node.end or self.line()
                del self.stack[k:]
                return

    def handle_data(self, data):
        """Text, as a child of the open element."""
        self.stack[-1].children.append((data, self.line()))

    def close(self):
        """Finish the tree; with a ``<main>``, the site's banners around it are chrome."""
        super().close()
        _headed(self.root)
        if descendants(self.root, ("main",)):
            _banners(self.root)


#: Words naming which navigation an id is ("site-navigation", "main-menu"), not content.
_NAV_WORDS = {"site", "main", "primary", "secondary", "global", "top", "bottom", "mobile"}
_NAV_WORDS |= {"page", "header", "local", "sub", "side", "in", "on", "this", "table", "of"}


def _slugged(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _headed(node: Node) -> None:
    """Keep a section whose id only echoes its own heading ("navigation-design").

    An id is chrome's mark when it names navigation ("toc", "main-nav"), but a section of
    content takes its id from its heading: ``<section id="navigation-design">`` holding "<h2>
    Navigation Design" is a competency (compkit's own renders and most site generators write
    ids so). Kept only when the id says more than chrome words and its heading's slug is the
    id or ends with it ("Competency 1: Navigation Design").
    """
    for child in node.children:
        if not isinstance(child, Node):
            continue
        if child.chrome_id:
            words = [w for w in _slugged(child.chrome_id).split("-") if w]
            rest = [w for w in words if not _CHROME.search(w) and w not in _NAV_WORDS]
            heads = descendants(child, ("h1", "h2", "h3", "h4", "h5", "h6"))
            head, ident = _slugged(text_of(heads[0])) if heads else "", "-".join(words)
            if rest and (head == ident or head.endswith(f"-{ident}")):  # "Competency 1: ..."
                child.chrome = False
        _headed(child)


def _banners(node: Node) -> None:
    """Mark the ``<header>`` and ``<aside>`` elements outside ``<main>`` as chrome.

    A page with a ``<main>`` says its content is there: a ``<header>`` beside it is the
    site's banner (its name and links: the APSC's "Australian Public Service Commission" was
    read as the framework's title), an ``<aside>`` a sidebar. A header inside the main
    content (an article's, holding its h1) is kept.
    """
    for child in node.children:
        if isinstance(child, Node) and child.tag != "main":
            if child.tag in ("header", "aside"):
                child.chrome = True
            else:
                _banners(child)


def descendants(node: Node, tags: tuple[str, ...]) -> list[Node]:
    """The outermost descendants with one of ``tags`` (not looking inside them)."""
    out = []
    for child in node.children:
        if isinstance(child, Node) and child.tag not in SKIP:
            if child.tag in tags:
                out.append(child)
            elif child.tag != "table":
                out.extend(descendants(child, tags))
    return out


def text_of(node: Node, skip: tuple[str, ...] = (), *, shown: bool = False) -> str:
    """An element's text as shown: inline tags joined with no space, block tags as a space.

    With ``shown``, text for screen readers only (:data:`HIDDEN`) is left out; a permalink
    (a link within the page shown as a mark alone, "#", "¶", "§") is left out always.

    Examples
    --------
    >>> tree = Tree(1)
    >>> tree.feed('<h2 id="e1">Engineer I <a href="#e1">#</a></h2><p><a href="#x">See x</a></p>')
    >>> tree.close()
    >>> [text_of(n).strip() for n in descendants(tree.root, ("h2", "p"))]
    ['Engineer I', 'See x']
    """
    parts = []
    for child in node.children:
        if isinstance(child, tuple):
            parts.append(child[0])
        elif (
            child.tag in SKIP
            or child.tag in skip
            or (shown and HIDDEN.search(child.attrs.get("class", "")))
            or _permalink(child)
        ):
            continue
        elif child.tag in BLOCK:
            parts.append(f" {text_of(child, skip, shown=shown)} ")
        elif child.tag in ("sup", "sub"):
            parts.append(raised(text_of(child, skip, shown=shown), child.tag))
        else:
            parts.append(text_of(child, skip, shown=shown))
    return "".join(parts)


def _permalink(node: Node) -> bool:
    """A link within the page shown as a mark alone: a heading's "#" or "¶"."""
    return (
        node.tag == "a"
        and node.attrs.get("href", "").startswith("#")
        and not re.search(r"\w", text_of(node))
    )


_SUP = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|re|e)", re.I)  # 21<sup>st</sup>, 1<sup>er</sup>


def raised(text: str, tag: str) -> str:
    """The text of a ``<sup>`` or ``<sub>`` as a reader sees it, not run into the line.

    Numbers, signs and ``n`` as Unicode superscripts or subscripts ("2<sup>n</sup>" is
    "2ⁿ", "H<sub>2</sub>O" "H₂O"); an ordinal's letters as typed ("21<sup>st</sup>" is
    "21st"); anything else after a caret or an underscore ("x<sup>ab</sup>" is "x^(ab)").

    Examples
    --------
    >>> raised("n", "sup"), raised("2", "sup"), raised("2", "sub"), raised("st", "sup")
    ('ⁿ', '²', '₂', 'st')
    >>> raised("ab", "sup"), raised("k", "sub"), raised(" ", "sup")
    ('^(ab)', '_k', ' ')
    """
    said = text.strip()
    if not said or (tag == "sup" and _ORDINAL.fullmatch(said)):
        return text
    table = _SUP if tag == "sup" else _SUB
    shown = said.translate(table)
    if all(c != k for c, k in zip(shown, said, strict=True)):
        return shown
    mark = "^" if tag == "sup" else "_"
    return f"{mark}{said}" if len(said) == 1 else f"{mark}({said})"


def span(value: str | None) -> int:
    """The number a ``colspan`` or ``rowspan`` attribute gives, 1 when absent or not a number.

    Examples
    --------
    >>> span("3"), span(None), span("x"), span("0")
    (3, 1, 1, 1)
    """
    return int(value) if value and value.strip().isdigit() and int(value) > 0 else 1


def rows_spanned(rows: list[list[dict]]) -> list[list[dict]]:
    """Rows with a blank cell where a cell above spans down into them (``rowspan``).

    Sourcegraph's management levels head three rows with one ``<th rowspan="3">M3</th>``;
    its behaviours row's four cells then stand under the second to fifth headers, not the
    first to fourth. A row whose one cell spans every column left (its level's summary,
    ``colspan="4"``) stands alone, as a Word cell merged across its row does. The header may
    share its first row with that summary (Sourcegraph's design levels: ``<th rowspan="3">IC1``
    beside ``<td colspan="3">``): the two are read as two rows, the header alone above, as the
    management levels print them (:func:`_headers_apart`).
    """
    width = max((sum(span(c["span"]) for c in row) for row in rows), default=0)
    below: dict[int, int] = {}  # column -> rows it is still covered for
    out = []
    for row in _headers_apart(rows, width):
        placed: list[dict] = []
        col = 0
        cells = list(row)
        covered = {c for c, n in below.items() if n > 0}
        while cells or col in covered:
            if col in covered:
                placed.append({"blocks": [], "line": cells[0]["line"] if cells else 0, "span": None,
                               "down": 1, "blank": True})  # fmt: skip
                col += 1
                continue
            cell = cells.pop(0)
            if cell["down"] > 1:
                below[col] = cell["down"] - 1
            placed.append(cell)
            col += span(cell["span"])
        real = [c for c in placed if not c.get("blank")]
        if len(real) == 1 and col >= width > 1 and span(real[0]["span"]) > 1:
            placed = real  # one cell across the row's columns: alone, as Word merges it
        for c in covered:
            below[c] -= 1
        out.append(placed)
    return out


def _headers_apart(rows: list[list[dict]], width: int) -> list[list[dict]]:
    """Each header cell spanning down beside a data cell across every other column: its own row.

    A header over two header rows ("Competency" beside "Proficiency" over the levels) is no
    such row: its cells are both headers (:mod:`compkit.ingest.spanheads` reads them).

    Where the table so heads its levels, a level's header beside such a cell and spanning no
    row (its last level, not yet described: "We haven't yet finalized ...") is read so too.
    """

    def beside(row: list[dict]) -> bool:  # a header (<th>) beside a data cell (<td>)
        return (
            len(row) == 2
            and row[0].get("head", True)
            and not row[1].get("head", False)
            and span(row[0]["span"]) == 1
            and span(row[1]["span"]) == width - 1 > 1
        )

    if not any(beside(row) and row[0]["down"] > 1 for row in rows):
        return rows
    out = []
    for row in rows:
        if beside(row):
            out += [[row[0] | {"down": row[0]["down"] + 1}], [row[1]]]
        else:
            out.append(row)
    return out
