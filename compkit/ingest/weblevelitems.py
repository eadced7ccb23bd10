"""A web page's list item naming a level alone over paragraphs: ``<li><p><b>Level 1:</b></p>``.

A Markdown page whose levels are list items holding only the level's name and a colon, the
level's text in paragraphs indented under the item (:mod:`~compkit.ingest.mdlevelitems`), shows
in a browser as a list of items each holding paragraphs::

    <li><p><strong>Level 1:</strong></p><p>Industry L1</p><p>You know the market.</p></li>

Read as an item, its paragraphs ran into one statement after the level's name.
:func:`level_item` tells such an item: the reader then reads its name as the level's heading
and each paragraph after it as a paragraph of its own, as the Markdown reader does; a first
paragraph only repeating the level's number ("Industry L1", a title) is set aside, said on the
statement after it. It acts only on a list holding two such items or more.
"""

from __future__ import annotations

from .blocks import clean
from .htmltree import Node, text_of
from .levelnames import level_score
from .mdlevelitems import repeats_level

__all__ = ["level_item", "level_list"]


def level_item(node: Node) -> tuple[str, list[Node], str | None] | None:
    """The level's name, its paragraphs and the title set aside, or None for another item.

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed("<ul><li><p><b>Level 1:</b></p><p>Industry L1</p><p>Knows it.</p></li>"
    ...           "<li><p>Level 2</p><p>Shapes it.</p></li></ul>")
    >>> tree.close()
    >>> [(f[0], len(f[1]), f[2]) if (f := level_item(n)) else None
    ...  for n in descendants(tree.root, ("li",))]
    [('Level 1', 1, 'Industry L1'), None]
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
        return name, paras[1:], first
    return name, paras, None


def level_list(node: Node) -> bool:
    """Whether a ``<ul>`` or ``<ol>`` holds two items or more naming a level alone.

    Examples
    --------
    >>> from compkit.ingest.htmltree import Tree, descendants
    >>> tree = Tree(1)
    >>> tree.feed("<ul><li><p><b>Level 1:</b></p><p>Knows it.</p></li>"
    ...           "<li><p><b>Level 2:</b></p><p>Shapes it.</p></li></ul>"
    ...           "<ol><li><p><b>Level 1:</b></p><p>Knows it.</p></li><li>Plain</li></ol>")
    >>> tree.close()
    >>> [level_list(n) for n in descendants(tree.root, ("ul", "ol"))]
    [True, False]
    """
    items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
    return sum(level_item(c) is not None for c in items) >= 2
