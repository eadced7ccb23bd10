"""A CASE tree's siblings in the order a reader shows them: by number, else by their codes.

Read by :mod:`._case_read`: each item's children, from its ``isChildOf`` associations, in
``sequenceNumber`` order, and those with none in the natural order of their
``humanCodingScheme`` ("L1.2" before "L1.10"), as OpenSALT shows them.
"""

from __future__ import annotations

import re

__all__ = ["in_order"]


def _natural(code: str) -> tuple:
    """A sort key reading the numbers in a code as numbers ("L1.2" before "L1.10")."""
    parts = re.split(r"([0-9]+)", code.strip().casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def in_order(kids: list[tuple[float, int, str]], items: dict) -> list[tuple[float, int, str]]:
    """Siblings by ``sequenceNumber``; those without one by their codes, as OpenSALT shows them.

    A package need not number its associations: OpenSALT orders such siblings by their
    ``humanCodingScheme`` read naturally ("L1.2" before "L1.10"). Where any of them has no code,
    they keep the package's order.

    Examples
    --------
    >>> items = {"a": {"humanCodingScheme": "L1.10"}, "b": {"humanCodingScheme": "L1.2"}}
    >>> [k for _, _, k in in_order([(float("inf"), 0, "a"), (float("inf"), 1, "b")], items)]
    ['b', 'a']
    """
    codes = [str(items.get(k, {}).get("humanCodingScheme") or "").strip() for _, _, k in kids]
    unnumbered = [c for (seq, _, _), c in zip(kids, codes, strict=True) if seq == float("inf")]
    if not all(unnumbered):
        return sorted(kids)
    keyed = [
        (seq, _natural(c) if seq == float("inf") else (), n, k)
        for (seq, n, k), c in zip(kids, codes, strict=True)
    ]
    return [(seq, n, k) for seq, _, n, k in sorted(keyed)]
