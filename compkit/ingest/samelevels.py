"""Label slots that repeat the levels: numbered level labels, and a second slot naming them.

A page may mark its levels two ways: "Level 1: Novice" headings under one competency, bold
"Level 1 – Novice" lines over lists under the next (CalHR's core competencies page). Both
slots name the same levels; only the punctuation between the number and the name differs, so
labels are compared by their number and name (:func:`level_key`). Levels numbered in order
that recur under several headings ("1 - Understand" under every competency) are found here
too (:func:`repeated_numbered`).
"""

from __future__ import annotations

from collections import defaultdict

from .blocks import Region, clean, numbered_name
from .textlevels import unqualified

__all__ = ["level_key", "repeated_numbered", "same_level_slots"]


def level_key(text: str) -> str:
    """A label's level as compared across slots: its number and name, else its words.

    Examples
    --------
    >>> level_key("Level 1 – Novice") == level_key("Level 1: Novice")
    True
    >>> level_key("Senior")
    'senior'
    """
    words = clean(text)
    found = numbered_name(unqualified(words))
    if found and found[1].strip():
        return f"{found[0]} {clean(found[1]).casefold()}"
    return words.casefold()


def same_level_slots(
    texts: dict[str, list[str]], level_slot: str, kinds: dict[str, str]
) -> dict[str, tuple[str, float]]:
    """Undecided slots of two or more labels that all name levels of ``level_slot``, with why.

    Examples
    --------
    >>> texts = {"#####": ["Level 1: Novice", "Level 2: Basic"],
    ...          "numbered line": ["Level 1 – Novice", "Level 2 – Basic"], "###": ["Teamwork"]}
    >>> list(same_level_slots(texts, "#####", {"#####": "level"}))
    ['numbered line']
    """
    same = {level_key(t) for t in texts.get(level_slot, [])}
    out = {}
    for slot, names in texts.items():
        named = {level_key(t) for t in names if t}
        if slot not in kinds and len(named) >= 2 and named <= same:
            out[slot] = (f"the same names as the {level_slot!r} levels", 0.8)
    return out


def repeated_numbered(regions: list[Region], texts: dict[str, list[str]]) -> set[str]:
    """Slots of numbered labels ("1 - Understand", "2 - Follow") repeated under other labels.

    Levels numbered in order recur under every competency; a numbered competency heading
    appears once. A slot qualifies when every label is a number and a name, the numbers are
    three or more in a row, and the same labels stand under two or more different headings.
    """
    parents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for region in regions:
        for k, lb in enumerate(region.labels):
            if k:
                parents[(lb.slot, lb.text)].add(
                    region.labels[k - 1].key or region.labels[k - 1].text
                )
    out = set()
    for slot, names in texts.items():
        found = [numbered_name(t) for t in names]
        if len(names) < 3 or not all(found):
            continue
        numbers = sorted({n for n, _ in found})
        in_row = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        if in_row and sum(len(parents[(slot, t)]) >= 2 for t in names) * 2 >= len(names):
            out.add(slot)
    return out
