"""Divider headings in Markdown: "# -- Customer --" over the competencies that follow it.

Some pages part their competencies into groups with headings set apart by rules of dashes
or equals signs ("# --Engineering--", "# -- Customer --", "## == Core ==") at the *same*
rank as the competencies below them, each divider holding nothing of its own. Read as they
stand, the dividers are empty headings among the competencies (reported as text read
nowhere) and the groups are lost. A divider is known by its dashes and by standing empty:
only the next heading of its rank follows it, after blank lines or an HTML
comment. Where two or more dividers of one rank stand so, each is set one rank above the
headings that follow it up to the next divider, its dashes taken off: the group of those
competencies, as a heading one rank up would be. A heading of the dividers' rank above the
first divider (the page's title) keeps its rank, and everything below it moves down by one.
The rules are typography, not words: the name between them is kept as printed.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import atx_heading, clean

__all__ = ["divider_heading", "divider_headings"]

#: The name between two rules of the same kind: "--Engineering--", "== Core ==", "— People —"
_DIVIDER = re.compile(r"^(?P<rule>-{2,}|={2,}|[–—]{1,3})\s*(?P<name>[^-=–—\s].*?)\s*(?P=rule)$")
_QUIET = re.compile(r"^\s*(?:<!--.*-->\s*)?$")


def divider_heading(text: str) -> str | None:
    """The name a divider heading's text sets between two rules, else None.

    Examples
    --------
    >>> divider_heading("-- Customer --"), divider_heading("--Engineering--")
    ('Customer', 'Engineering')
    >>> divider_heading("== Core competencies ==")
    'Core competencies'
    >>> divider_heading("Customer Focus"), divider_heading("-- Customer"), divider_heading("----")
    (None, None, None)
    """
    found = _DIVIDER.match(clean(text))
    return clean(found.group("name")) if found else None


def _empty(lines: list[str], i: int, rank: int) -> bool:
    """Whether heading ``i`` holds nothing: the next line with text is a heading of ``rank``."""
    for line in lines[i + 1 :]:
        if _QUIET.match(line):
            continue
        head = atx_heading(line)
        return head is not None and head[0] == rank
    return False


def divider_headings(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Markdown lines with each divider heading set one rank above the headings it groups.

    Returns the lines (as many as given, each at its place) and the report's notes.

    Examples
    --------
    >>> lines = ["# Ladder", "# -- Craft --", "", "# Testing", "## Level 1", "- Writes tests",
    ...          "# -- People --", "# Mentoring", "## Level 1", "- Helps others"]
    >>> out, notes = divider_headings(lines)
    >>> [line for line in out if line.startswith("#")]  # doctest: +NORMALIZE_WHITESPACE
    ['# Ladder', '## Craft', '### Testing', '#### Level 1', '## People', '### Mentoring',
     '#### Level 1']
    >>> notes[0][1]
    "2 divider headings ('-- Craft --', ...) read as groups of the headings below each"
    """
    heads = {i: h for i, line in enumerate(lines) if (h := atx_heading(line)) is not None}
    found = {i: h for i, h in heads.items() if divider_heading(h[1]) and _empty(lines, i, h[0])}
    ranks = {h[0] for h in found.values()}
    if len(found) < 2 or len(ranks) != 1:
        return lines, []
    rank, first = ranks.pop(), min(found)
    base = int(any(h[0] == rank for i, h in heads.items() if i < first))  # under a title
    if max(h[0] for h in heads.values()) + base + 1 > 6:
        return lines, []  # no rank left below the deepest heading
    out = list(lines)
    for i, (level, text) in heads.items():
        if i in found:
            out[i] = "#" * (level + base) + " " + divider_heading(text)
        elif i > first and level >= rank:
            out[i] = "#" * (level + base + 1) + " " + text
    named = [clean(heads[i][1]) for i in sorted(found)]
    note = (
        "guess",
        f"{plural(len(found), 'divider heading')} ({named[0]!r}, ...) read as groups of the "
        "headings below each",
        0.7,
        {"lines": [first + 1]},
    )
    return out, [note]
