"""A CASE tree's level headings: an item named "Level 2" between a competency and its statements.

Learning progressions published in CASE (ACT's Holistic Framework, as OpenSALT holds it) put a
node per level under each competency, its short name the level's ("Level 1",
``abbreviatedStatement``) and its text what the level is about ("Forms and sources of energy",
``fullStatement``), and the level's statements under it. Read by :mod:`._case_read`, each such
heading is that level of its competency: the items under it are statements at the level, the
heading's own text is kept word for word as the first statement of its cell, and the
competencies stand where the headings' parents do, each in the group of the item above it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

__all__ = ["LEVEL_NAME", "Headings", "level_headings"]

#: A heading naming a level by a level word and its number ("Level 1", "Stage 3", "Band 2").
LEVEL_NAME = re.compile(
    r"(?:level|stage|step|tier|band|grade|phase|rung|niveau|stufe|nivel)\s*[0-9]{1,2}", re.I
)


class Headings:
    """The level headings of a package's tree and what they make of it.

    Attributes
    ----------
    level : dict
        A heading's identifier -> its level's name ("Level 1").
    under : dict
        An item below a heading -> the heading's identifier.
    pairs : list of (group or None, competency)
        The tree's competencies where headings stand, each with its group's identifier.
    folded : list
        Items above the groups (a domain over them), which compkit's one tier of groups
        cannot hold: said in the framework's notes.
    """

    def __init__(self, level: dict, under: dict, pairs: list, folded: list) -> None:
        self.level, self.under, self.pairs, self.folded = level, under, pairs, folded

    def rank(self, name: str) -> int:
        """A level's place by its number ("Level 3" -> 3)."""
        return int(re.search(r"[0-9]+", name).group())


def _name(item: dict) -> str:
    short = item.get("abbreviatedStatement")
    return str(short if isinstance(short, str) and short.strip() else item["fullStatement"])


def level_headings(
    items: dict[str, dict], tops: Sequence[str], below: Callable[[str], list[str]]
) -> Headings | None:
    """The level headings under a package's ``tops`` (the document's children), or None.

    A heading is an item below a top item whose name (its ``abbreviatedStatement``, else its
    ``fullStatement``) is a level word and a number and nothing else, and which holds items or
    says what its level is about (a ``fullStatement`` besides its name), and which stands over
    or under no other such item (a chain of "Step 1" over "Step 2" is no competency's levels).
    The competencies are the items at the depth most headings' parents stand at, each grouped
    under the item above it (where that is no top of a deeper tree); an item above that depth
    holding none is a competency too, with no statements, so nothing of the tree goes unread.

    Examples
    --------
    >>> items = {k: {"fullStatement": t} for k, t in [
    ...     ("c", "Energy"), ("l1", "Forms of energy"), ("s", "Names a form of energy.")]}
    >>> items["l1"]["abbreviatedStatement"] = "Level 1"
    >>> tree = {"c": ["l1"], "l1": ["s"]}
    >>> found = level_headings(items, ["c"], lambda k: tree.get(k, []))
    >>> found.level, found.under, found.pairs
    ({'l1': 'Level 1'}, {'s': 'l1'}, [(None, 'c')])
    """
    depth, parent, top, order = {}, {}, {}, []
    stack = [(t, 1, None, t) for t in reversed(tops)]
    while stack:  # depth first, in the tree's order
        node, d, up, root = stack.pop()
        if node in depth:
            continue
        depth[node], parent[node], top[node] = d, up, root
        order.append(node)
        stack += [(k, d + 1, node, root) for k in reversed(below(node))]
    level = {
        k: _name(items[k]).strip()
        for k in order
        if depth[k] > 1
        and LEVEL_NAME.fullmatch(_name(items[k]).strip())
        and _heads(items[k], below(k))
    }
    nested = set()  # a heading over or under another: a chain of steps, no level of a competency
    for head in level:
        up = parent[head]
        while up is not None:
            if up in level:
                nested |= {head, up}
            up = parent[up]
    level = {k: v for k, v in level.items() if k not in nested}
    if not level:
        return None
    under: dict[str, str] = {}
    for head in level:
        stack = list(below(head))
        while stack:
            k = stack.pop()
            if k not in under and k not in level:
                under[k] = head
                stack += below(k)
    at = Counter(depth[parent[h]] for h in level).most_common(1)[0][0]  # competencies' depth
    heads_top = {top[h] for h in level}
    pairs: list[tuple[str | None, str]] = []
    folded: list[str] = []
    for k in order:
        if top[k] not in heads_top or k in level or k in under:
            if depth[k] == 1 and top[k] not in heads_top:
                pairs.append((None, k))  # a tree of no headings: a competency, as before
            continue
        if depth[k] == at or (depth[k] < at and not below(k)):
            group = _ancestor(k, at - 1, parent, depth) if at > 1 else None
            pairs.append((group if group != k else None, k))
        elif depth[k] < at - 1:
            folded.append(k)
    return Headings(level, under, pairs, folded)


def _heads(item: dict, kids: list[str]) -> bool:
    """True for a heading: it holds items, or says what its level is about besides its name."""
    ext = item.get("extensions")
    if isinstance(ext, dict) and ext.get("compkit"):
        return False  # compkit's own items say what they are
    return bool(kids) or _name(item).strip() != str(item["fullStatement"]).strip()


def _ancestor(k: str, d: int, parent: dict, depth: dict) -> str | None:
    while k is not None and depth[k] > d:
        k = parent[k]
    return k if k is not None and depth[k] == d else None
