"""A flat CASE package's tree and levels: told by its codes, its item types, its grades.

Some tools publish every item as a child of the document, or with no ``isChildOf`` at all, and
let the items' codes ("K.NS" over "K.NS.1", "RL.1.1" over "RL.1.1a"), their ``CFItemType`` in
the package's order (each "Competency" over the "Indicator" items after it) or both tell the
tree; and the grades an item is for (``educationLevel``, CEDS's codes "KG", "01" ... "12")
tell its level where the package names no levels. Read by :mod:`._case_read`: the tree
inferred here stands in for the one the package does not give, and the framework's notes say
what was inferred and from what.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .._words import plural
from ._case_order import in_order

__all__ = ["by_codes", "by_types", "grade_name", "grade_order", "grades", "place"]

#: What may stand between a code and its parent's: "K.NS" and "K.NS.1", "A-1" and "A-1-2".
_SEPARATOR = re.compile(r"[.\-_/: ]+")

#: CEDS's grade levels in their order (the values of CASE's ``educationLevel``), with names.
_CEDS = {
    "IT": "Infant/toddler",
    "PR": "Preschool",
    "PK": "Prekindergarten",
    "TK": "Transitional Kindergarten",
    "KG": "Kindergarten",
    **{f"{n:02d}": f"Grade {n}" for n in range(1, 14)},
    "PS": "Postsecondary",
    "AE": "Adult Education",
}


def _code(item: dict) -> str:
    return str(item.get("humanCodingScheme") or "").strip()


def by_codes(items: dict, tops: Sequence[str]) -> dict[str, str]:
    """Each item's parent told by its code: the longest other code it opens with.

    A code stands under another when it opens with it followed by a separator ("K.NS.1" under
    "K.NS") or, after a number, by lower-case letters alone ("RL.1.1a" under "RL.1.1"). Codes
    given twice tell nothing. Returns an item's identifier -> its parent's.

    Examples
    --------
    >>> items = {k: {"humanCodingScheme": k} for k in ["K.NS", "K.NS.1", "K.NS.1a", "K.G"]}
    >>> by_codes(items, list(items))
    {'K.NS.1': 'K.NS', 'K.NS.1a': 'K.NS.1'}
    """
    codes: dict[str, str | None] = {}
    for k in tops:
        code = _code(items[k])
        if code:
            codes[code.casefold()] = None if code.casefold() in codes else k
    parent = {}
    for k in tops:
        code = _code(items[k]).casefold()
        for end in range(len(code) - 1, 0, -1):
            head, rest = code[:end], code[end:]
            if not codes.get(head) or codes[head] == k:
                continue
            sep = _SEPARATOR.match(rest)
            if (sep and sep.end() < len(rest)) or (
                head[-1].isdigit() and re.fullmatch(r"[a-z]{1,2}", rest)
            ):
                parent[k] = codes[head]
                break
    return parent


def by_types(items: dict, tops: Sequence[str]) -> dict[str, str]:
    """Each item's parent told by its ``CFItemType`` in the package's order, else nothing.

    The types rank in the order they first appear; each item stands under the last item before
    it of a type ranked above its own. Read so only where it makes a tree of two tiers or more
    in which every item of the first type holds some and more than one holds some: a package
    listing its process standards before its domains tells no tree by its types.

    Examples
    --------
    >>> kinds = ["Competency", "Indicator", "Indicator", "Competency", "Indicator"]
    >>> items = {str(n): {"CFItemType": t} for n, t in enumerate(kinds)}
    >>> by_types(items, list(items))
    {'1': '0', '2': '0', '4': '3'}
    """
    kinds = [str(items[k].get("CFItemType") or "").strip().casefold() for k in tops]
    if not kinds or not all(kinds):
        return {}
    rank = {t: r for r, t in enumerate(dict.fromkeys(kinds))}
    if len(rank) < 2 or kinds[0] != next(iter(rank)):
        return {}
    parent: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for k, t in zip(tops, kinds, strict=True):
        while stack and stack[-1][0] >= rank[t]:
            stack.pop()
        if stack:
            parent[k] = stack[-1][1]
        stack.append((rank[t], k))
    firsts = [k for k, t in zip(tops, kinds, strict=True) if rank[t] == 0]
    held = set(parent.values())
    return parent if len(firsts) > 1 and all(k in held for k in firsts) else {}


def grades(item: dict) -> list[str]:
    """The grades an item is for, as written (``educationLevel``, CASE 1.0's draft key too).

    Examples
    --------
    >>> grades({"educationLevel": ["KG", "01"]}), grades({"educationalLevel": "06"}), grades({})
    (['KG', '01'], ['06'], [])
    """
    value = item.get("educationLevel", item.get("educationalLevel"))
    values = value if isinstance(value, list) else str(value or "").split(",")
    return [str(v).strip() for v in values if str(v).strip()]


def grade_order(grade: str) -> tuple:
    """A sort key putting grades in CEDS's order ("PK", "KG", "01" ... "12"), others after.

    Examples
    --------
    >>> sorted(["03", "KG", "10", "1", "PS"], key=grade_order)
    ['KG', '1', '03', '10', 'PS']
    """
    code = grade.strip().upper()
    if code.isdigit():
        code = f"{int(code):02d}"
    known = list(_CEDS)
    return (0, known.index(code), "") if code in _CEDS else (1, 0, code)


def grade_name(grade: str) -> str:
    """A grade's name: CEDS's for its codes ("KG" -> "Kindergarten", "01" -> "Grade 1").

    Examples
    --------
    >>> grade_name("KG"), grade_name("1"), grade_name("Year 7")
    ('Kindergarten', 'Grade 1', 'Year 7')
    """
    code = grade.strip().upper()
    if code.isdigit():
        code = f"{int(code):02d}"
    return _CEDS.get(code, grade.strip())


def place(items: dict, children: dict, root: str, below: Callable[[str], list[str]]) -> str:
    """Place a flat package's items under the items their codes or types tell; say how.

    Items with no ``isChildOf`` at all, where nothing stands under the document, are its
    children; where the document's children hold none, each is moved under the item its code
    extends (:func:`by_codes`), else under the one its type ranks it below (:func:`by_types`).
    ``children`` (an item's identifier -> its children, as ``(sequence, order, identifier)``)
    is changed in place; ``below`` lists an item's children. Returns what placed them, or "".

    Examples
    --------
    >>> items = {k: {"humanCodingScheme": k} for k in ["K.NS", "K.NS.1", "K.NS.2"]}
    >>> children = {}
    >>> def below(k):
    ...     return [e[2] for e in children.get(k, [])]
    >>> place(items, children, "doc", below)
    'codes: 2 items placed under the item whose code theirs extends'
    >>> below("doc"), below("K.NS")
    (['K.NS'], ['K.NS.1', 'K.NS.2'])
    """
    if not below(root):
        placed = {k for kids in children.values() for _, _, k in kids}
        loose = [k for k in items if k not in placed and k != root]
        children[root] = in_order([(float("inf"), n, k) for n, k in enumerate(loose)], items)
    tops = below(root)
    if len(tops) < 2 or any(below(t) for t in tops):
        return ""
    parent, how = by_codes(items, tops), "codes"
    if not parent:
        parent, how = by_types(items, tops), "types (CFItemType, in the package's order)"
    if not parent:
        return ""
    children[root] = [e for e in children[root] if e[2] not in parent]
    for n, k in enumerate(tops):
        if k in parent:
            children.setdefault(parent[k], []).append((float("inf"), n, k))
    under = "whose code theirs extends" if how == "codes" else "before them of a type ranked above"
    return f"{how}: {plural(len(parent), 'item')} placed under the item {under}"
