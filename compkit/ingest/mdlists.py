"""Markdown nested lists: a list item ending in a colon and the nested items that complete it.

A Markdown bullet such as ``- Knows the difference between:`` with a more indented list below
it is one statement, as the HTML reader (:mod:`compkit.ingest.markup`) reads ``<li>`` with a
nested list: the lead-in, then the nested items in order, joined with single spaces, with a
repair note naming the lines. Every other line is kept as it is. (A short bold item over a
nested list -- ``- **Beginner**`` -- is a heading; :mod:`compkit.ingest.textlines` reads it.)
"""

from __future__ import annotations

import re

from .blocks import clean, marker

__all__ = ["item_indent", "join_nested_lists"]

_ITEM = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")


def item_indent(line: str) -> int | None:
    """The indentation of a Markdown list item (tabs as 4 spaces), or None for other lines.

    Examples
    --------
    >>> item_indent("  - nested"), item_indent("1. first"), item_indent("text")
    (2, 0, None)
    """
    m = _ITEM.match(line)
    return len(m.group(1).expandtabs(4)) if m else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t")) if line.strip() else -1


def join_nested_lists(lines: list[str]) -> tuple[list[str], list[dict], dict[int, str]]:
    """Join each list item ending in ":" with the more indented list below it.

    Returns the lines (a joined item is one line), each line's source location
    (``{"lines": [...]}``, 1-based) and a repair note by output line.

    Examples
    --------
    >>> out, places, notes = join_nested_lists(["- Knows:", "  - tests", "  - tools", "- Asks"])
    >>> out, places
    (['- Knows: tests tools', '- Asks'], [{'lines': [1, 2, 3]}, {'lines': [4]}])
    """
    out: list[str] = []
    places: list[dict] = []
    notes: dict[int, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = item_indent(line)
        subs: list[list[str]] = []
        j = i + 1
        if indent is not None and clean(line).endswith(":"):
            while j < len(lines):
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k == len(lines) or _indent(lines[k]) <= indent:
                    break
                if item_indent(lines[k]) is not None:
                    subs.append([marker(lines[k].strip())[2]])
                elif subs:  # a nested item wrapped over lines
                    subs[-1].append(lines[k].strip())
                else:
                    break
                j = k + 1
        if not subs:
            out.append(line)
            places.append({"lines": [i + 1]})
            i += 1
            continue
        texts = [clean(" ".join(s)) for s in subs]
        notes[len(out)] = (
            f"This bullet holds a nested list of {_count(len(texts))} (lines {i + 2}-{j}); "
            "the text is the whole bullet, its lead-in followed by the nested items in order, "
            "joined with single spaces."
        )
        out.append(" ".join([line.rstrip(), *texts]))
        places.append({"lines": [n + 1 for n in range(i, j) if lines[n].strip()]})
        i = j
    return out, places, notes


def _count(n: int) -> str:
    return "one item" if n == 1 else f"{n} items"
