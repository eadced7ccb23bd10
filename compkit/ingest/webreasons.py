"""A statement's reasons after it in its web page's list item: "<em>Why this level:</em> ...".

The same ladders :mod:`compkit.ingest.mdreasons` reads in Markdown, saved as a web page, print
each part of a statement's reasoning led by a label in ``<em>`` or ``<strong>``: "<li><strong>M1
(= P2)</strong> — Develops components of strategy. <em>Evidenced by:</em> Writes a team charter
... <em>Why this level:</em> ...</li>". :func:`item_reasons` reads the item's inline elements as
Word's runs (``<strong>``/``<b>`` bold, ``<em>``/``<i>`` italic) and asks
:func:`~compkit.ingest.wordreasons.statement_and_reasons` the same question; the item keeps the
statement, and the reasons are set aside and counted in the report. A link among the reasons
keeps its target after its words, in brackets ("Rumelt (https://...)"), as the Markdown reader
keeps it: where a source leads is part of the note.
"""

from __future__ import annotations

from types import SimpleNamespace

from .blocks import clean, clean_note
from .htmltree import Node, descendants, text_of
from .wordreasons import statement_and_reasons

__all__ = ["item_reasons", "own_note"]

_BOLD = ("strong", "b")
_ITALIC = ("em", "i")


def _runs(node: Node, skip: tuple[str, ...], *, linked: bool = False) -> list[SimpleNamespace]:
    runs = []
    for child in node.children:
        if isinstance(child, tuple):
            runs.append(SimpleNamespace(text=child[0], bold=False, italic=False))
        elif child.tag in skip:
            continue
        elif child.tag == "p":  # <li><p>...</p></li>: the paragraph's own runs
            runs += _runs(child, skip, linked=linked)
        else:
            text = _linked(child, skip) if linked else text_of(child, skip)
            runs.append(
                SimpleNamespace(text=text, bold=child.tag in _BOLD, italic=child.tag in _ITALIC)
            )
    return runs


def _linked(node: Node, skip: tuple[str, ...]) -> str:
    """An element's text, each link's target after its words in brackets.

    As :func:`~compkit.ingest.htmltree.text_of` reads it; a link within the page, or one whose
    words show its target, keeps its words alone.
    """
    if node.tag == "a":
        words, href = text_of(node, skip), node.attrs.get("href", "").strip()
        shown = not href or href.startswith("#") or not words.strip() or href in words
        return words if shown else f"{words} ({href})"
    if not descendants(node, ("a",)):
        return text_of(node, skip)
    return "".join(
        c[0] if isinstance(c, tuple) else "" if c.tag in skip else _linked(c, skip)
        for c in node.children
    )


def own_note(node: Node, skip: tuple[str, ...] = ("ul", "ol")) -> tuple[str, str] | None:
    """A list item's statement and the note compkit's own web page prints after it, or None.

    The page prints it after a line break, its label apart: ``<br><em class="note">Note:</em>
    <span class="note"> ...</span>``; the note is the words after the label, a ``<br>`` among
    them a line break.

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed('<ul><li>Plans work.<br><em class="note">Note:</em><span class="note"> '
    ...           "Seen in reviews.</span></li></ul>")
    >>> tree.close()
    >>> [own_note(li) for li in descendants(tree.root, ("li",))]
    [('Plans work.', 'Seen in reviews.')]
    """
    kids = [c for c in node.children if not isinstance(c, tuple)]
    mark = next((c for c in kids if c.tag == "em" and "note" in c.attrs.get("class", "")), None)
    if mark is None or clean(text_of(mark, skip)) != "Note:":
        return None
    at = node.children.index(mark)
    head = "".join(c[0] if isinstance(c, tuple) else text_of(c, skip) for c in node.children[:at])
    rest = "".join(
        c[0] if isinstance(c, tuple) else "\n" if c.tag == "br" else _linked(c, skip)
        for c in node.children[at + 1 :]
        if isinstance(c, tuple) or c.tag not in skip
    )  # a note over several lines: each <br> a line break, kept
    return (clean(head), clean_note(rest)) if clean(head) and clean(rest) else None


def item_reasons(node: Node, skip: tuple[str, ...] = ("ul", "ol")) -> tuple[str, str] | None:
    """A list item's statement and the reasons after it (see the module), or None.

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed("<ul><li><strong>M1</strong> — Plans work. <em>Why this level:</em> P2.</li>"
    ...           "<li>Works <em>because:</em> it matters.</li>"
    ...           '<li>Reads <a href="/r">a book</a>. <em>Sources:</em> <a href="/r">Rumelt</a>'
    ...           "</li></ul>")
    >>> tree.close()
    >>> [item_reasons(li) for li in descendants(tree.root, ("li",))]
    [('M1 — Plans work.', 'Why this level: P2.'), None, ('Reads a book.', 'Sources: Rumelt (/r)')]
    """
    runs = [r for r in _runs(node, skip) if r.text]
    found = statement_and_reasons(SimpleNamespace(runs=runs, text="".join(r.text for r in runs)))
    if not found:
        return None
    linked = [r for r in _runs(node, skip, linked=True) if r.text]  # the same runs, with targets
    at = next(k for k, run in enumerate(runs) if run is found[2])  # this run, not its equal
    return clean(found[0]), clean("".join(r.text for r in linked[at:]))
