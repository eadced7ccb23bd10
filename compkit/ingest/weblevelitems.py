"""A web page's list item naming a level alone over paragraphs: ``<li><p><b>Level 1:</b></p>``.

A Markdown page whose levels are list items holding only the level's name and a colon, the
level's text in paragraphs indented under the item (:mod:`~compkit.ingest.mdlevelitems`), shows
in a browser as a list of items each holding paragraphs::

    <li><p><strong>Level 1:</strong></p><p>Industry L1</p><p>You know the market.</p></li>

Read as an item, its paragraphs ran into one statement after the level's name.
:func:`level_item` tells such an item: the reader then reads its name as the level's heading
and each paragraph after it as a paragraph of its own, as the Markdown reader does; a first
paragraph only repeating the level's number ("Industry L1", a title) is set aside. It acts only
on a list holding two such items or more, whose names read as a ladder's levels where they
stand (:func:`~compkit.ingest.mdlevelitems.ladder`: not "Step 1:", "Step 2:" under "How to use
this framework"). The levels' headings end with their list: the text after it stands under an
"All levels" heading (:func:`settled` drops one with nothing under it and says what was read).
"""

from __future__ import annotations

from .blocks import clean
from .htmltree import Node, descendants, text_of
from .levelnames import level_score
from .mdlevelitems import ladder, repeats_level

__all__ = ["level_item", "level_list", "page_levels", "settled"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def level_item(node: Node) -> tuple[str, list[Node], tuple[str, int] | None] | None:
    """The level's name, its paragraphs and the title set aside (its text and line), or None.

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed("<ul><li><p><b>Level 1:</b></p><p>Industry L1</p><p>Knows it.</p></li>"
    ...           "<li><p>Level 2</p><p>Shapes it.</p></li></ul>")
    >>> tree.close()
    >>> [(f[0], len(f[1]), f[2]) if (f := level_item(n)) else None
    ...  for n in descendants(tree.root, ("li",))]
    [('Level 1', 1, ('Industry L1', 1)), None]
    """
    kids = [c for c in node.children if not (isinstance(c, tuple) and not c[0].strip())]
    if len(kids) < 2 or not all(isinstance(c, Node) and c.tag == "p" for c in kids):
        return None
    head = clean(text_of(kids[0]))
    name = head[:-1].strip()
    if not head.endswith(":") or level_score(name) < 0.8:
        return None
    paras = kids[1:]
    first = clean(text_of(paras[0]))
    if len(paras) > 1 and repeats_level(first, name):
        return name, paras[1:], (first, paras[0].line)
    return name, paras, None


def _items(node: Node) -> list[str]:
    """The level names of a list's items naming a level alone."""
    lis = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
    return [found[0] for c in lis if (found := level_item(c))]


def page_levels(root: Node) -> list[tuple[Node | None, str]]:
    """The page's level names: its headings' (with None) and its lists' items' (with the list).

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree
    >>> tree = Tree(1)
    >>> tree.feed("<h3>Stage 1</h3><ol><li><p>Stage 2:</p><p>Leads.</p></li></ol>")
    >>> tree.close()
    >>> [(lst and lst.tag, name) for lst, name in page_levels(tree.root)]
    [(None, 'Stage 1'), ('ol', 'Stage 2')]
    """
    heads = [clean(text_of(h)) for h in descendants(root, _HEADINGS)]
    lists = descendants(root, ("ul", "ol"))
    return [(None, t) for t in heads if level_score(t) >= 0.8] + [
        (lst, name) for lst in lists for name in _items(lst)
    ]


def level_list(node: Node, blocks: list = (), page: list = ()) -> bool:
    """Whether a ``<ul>`` or ``<ol>`` holds two items or more naming a ladder's levels.

    ``blocks`` are those read before the list (the last heading among them stands over it),
    ``page`` the page's level names (:func:`page_levels`).

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed("<ol><li><p>Step 1:</p><p>Read.</p></li><li><p>Step 2:</p><p>Ask.</p></li></ol>")
    >>> tree.close()
    >>> level_list(descendants(tree.root, ("ol",))[0])
    False
    """
    names = _items(node)
    over = next((b.text for b in reversed(blocks) if b.depth and b.levels is None), "")
    elsewhere = [name for lst, name in page if lst is not node]
    return len(names) >= 2 and all(ladder(name, over, elsewhere) for name in names)


def settled(blocks: list) -> tuple[list, list[tuple[str, str, float, dict]]]:
    """The blocks without an "All levels" heading over nothing; the report's notes.

    The notes say how many items were read as levels' headings, every title set aside, and
    the text after a list read at all levels.
    """
    out, heads, titles, tails = [], [], [], []
    for k, block in enumerate(blocks):
        kind, said, line = block.levels or ("", "", 0)
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if kind == "tail" and (after is None or 0 < after.depth <= block.depth):
            continue
        if kind == "tail" and after is not None:
            tails.append((after.text, after.lines[0]))
        heads += [block] * (kind == "level")
        titles += [(said, line)] * bool(kind == "level" and said)
        out.append(block)
    if not heads:
        return out, []
    where = {"lines": heads[0].lines}
    notes = [
        (
            "guess",
            f"{len(heads)} list items naming a level alone ({heads[0].text + ':'!r}, line "
            f"{heads[0].lines[0]}) read as the levels' headings, their paragraphs as the text "
            "under them",
            0.7,
            where,
        )
    ]
    if titles:
        n, said = len(titles), "; ".join(f"{t!r}, line {at}" for t, at in titles)
        s = "s" * (n != 1)
        notes.append(("unused", f"{n} title line{s} repeating the level's number set aside "
                      f"({said})", 0.8, where))  # fmt: skip
    if tails:
        said = "; ".join(f"{t!r}, line {at}" for t, at in tails)
        notes.append(("guess", f"the text after a list of levels' items ({said}) read at all "
                      "levels, under an 'All levels' heading: the levels' headings end where "
                      "their list ends", 0.7, where))  # fmt: skip
    return out, notes
