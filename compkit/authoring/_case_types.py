"""What a CASE package says of its items without a field for it: groups, and polarity.

CASE has no field for a group of competencies or for a negative indicator. A package's groups
show where its statements stand: placed at levels (``hasSkillLevel``) below the top items'
children, the tops are groups; a negative indicator shows in its item's ``CFItemType`` (a
label: "Ineffective indicator", as compkit writes it and other tools keep it). Read by
:mod:`._case_read` when an item carries no compkit extension.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["ineffective", "levelled_tiers"]

_NEGATIVE = re.compile(
    r"\b(?:ineffective|negative|counter)[- ]?(?:indicator|behaviou?r|example)s?\b"
)


def _type(item: dict) -> str:
    return str(item.get("CFItemType") or "").strip().casefold()


def ineffective(item: dict) -> bool:
    """True for an item whose type names it a negative indicator ("Ineffective indicator").

    Examples
    --------
    >>> ineffective({"CFItemType": "Ineffective indicator"}), ineffective({"CFItemType": "Skill"})
    (True, False)
    """
    return bool(_NEGATIVE.search(_type(item)))


def levelled_tiers(
    tops: Sequence[str], below: Callable[[str], list[str]], levelled: set[str]
) -> bool:
    """True when groups stand over competencies: the statements at levels are all further down.

    ``levelled`` are the items a ``hasSkillLevel`` association places at a level: statements.
    Where there are some, every one below the top items' children and none a top item or its
    child, every top item holding some, the tops are groups and their children competencies,
    though a competency hold no statements yet (a tree three deep throughout is read so without
    levels). A standards tree (clusters over standards, some with parts) places none at levels.

    Examples
    --------
    >>> tree = {"g": ["c", "d"], "c": ["s"]}
    >>> levelled_tiers(["g"], lambda k: tree.get(k, []), {"s"})  # "d" holds none yet
    True
    >>> levelled_tiers(["c"], lambda k: tree.get(k, []), {"s"})  # competencies over statements
    False
    """
    kids = [k for t in tops for k in below(t)]
    if not levelled or not all(below(t) for t in tops) or levelled & {*tops, *kids}:
        return False
    stack, seen = [k for c in kids for k in below(c)], set()
    while stack:
        k = stack.pop()
        if k not in seen:
            seen.add(k)
            stack += below(k)
    return levelled <= seen
