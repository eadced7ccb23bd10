"""Numbered lists whose numbers are the levels, when the page says so.

CircleCI's engineering competency matrix, written out as Markdown, puts one numbered list
under each competency's heading and says in its guidelines: "A numbered list is used for each
theme, where the higher the number is, the higher seniority level one has." Read as lists, every
statement fell at one level ("All levels", 85 statements). When a sentence of the page ties
the list numbers to levels, and most competency headings hold a list numbered from 1, each
item is read at the level its number names ("Level 2"), as a heading would name it; the
report says so. Without such a sentence a numbered list is a list.
"""

from __future__ import annotations

import re

__all__ = ["numbered_levels"]

#: A sentence that says the numbers of the lists are levels: "a numbered list is used for
#: each theme, where the higher the number is, the higher seniority level one has", "each
#: item's number is its level".
_SAYS = re.compile(
    r"\bnumber(?:ed|s)?\b(?!\s+of\b)[^.\n]{0,80}\b(?:levels?|seniority|grades?)\b", re.IGNORECASE
)
_ITEM = re.compile(r"^( {0,3})(\d{1,2})[.)][ \t]+(\S.*)$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+\S")
_BULLET_OR_PROSE = re.compile(r"^ {0,3}(?:[-*+][ \t]+\S|[A-Za-z])")


def numbered_levels(
    lines: list[str], places: list[dict], repairs: dict[int, str], notes: list[tuple]
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """Items of numbered lists under headings, each under a heading naming its number's level.

    Parameters
    ----------
    lines, places, repairs : list of str, list of dict, dict
        The Markdown file's lines (nested lists joined), where each came from, and the repair
        notes by line.
    notes : list of tuple
        The report's notes so far; this reading's guess is added.

    Returns
    -------
    tuple
        The lines, places, repairs and notes: each top-level numbered item ``2. Text`` under a
        competency heading becomes a heading ``Level 2`` one below it (from the item's line)
        over ``- Text``.

    Examples
    --------
    >>> page = ["A numbered list is used for each theme: the higher the number, the "
    ...         "higher the level.", "## Testing", "1. Writes tests.", "2. Leads testing.",
    ...         "## Debugging", "1. Debugs.", "2. Leads incidents.", "## Security",
    ...         "1. Reviews code.", "2. Fosters a security mindset."]
    >>> places = [{"lines": [i + 1]} for i in range(len(page))]
    >>> out, where, _, said = numbered_levels(page, places, {}, [])
    >>> out[1:6]
    ['## Testing', '### Level 1', '- Writes tests.', '### Level 2', '- Leads testing.']
    >>> where[2:4]
    [{'lines': [3]}, {'lines': [3]}]
    """
    said = next((m.group(0) for line in lines if (m := _SAYS.search(line))), None)
    if said is None:
        return lines, places, repairs, notes
    sections = _sections(lines)
    listed = [s for s in sections if s[2]]
    if len(listed) < 3 or len(listed) * 3 < len([s for s in sections if s[3]]) * 2:
        return lines, places, repairs, notes  # few headings hold a list numbered from 1
    at = {i: depth for _, depth, items, _ in listed for i in items}
    out, where, moved, numbers = [], [], {}, set()
    for i, line in enumerate(lines):
        if i in at:
            m = _ITEM.match(line)
            numbers.add(int(m.group(2)))
            out.append(f"{'#' * min(6, at[i] + 1)} Level {int(m.group(2))}")
            where.append(places[i])
            line = f"- {m.group(3)}"
        if i in repairs:
            moved[len(out)] = repairs[i]
        out.append(line)
        where.append(places[i])
    top = max(numbers)
    note = (
        "guess",
        f"the numbers of the lists under {len(listed)} headings read as levels 1 to {top}, "
        f"as the page says ({said!r}); the levels are named 'Level 1' ... 'Level {top}'",
        0.7,
    )
    return out, where, moved, [*notes, note]


def _sections(lines: list[str]) -> list[tuple[int, int, list[int], bool]]:
    """(heading line, depth, its list numbered from 1, whether it holds text) per heading.

    The list is the run of numbered items right under the heading (blank and indented lines
    between them); what follows it (a "References:" line) is no part of it.
    """
    found = []
    heads = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    for k, start in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        items = []
        for i in range(start + 1, end):
            if _ITEM.match(lines[i]):
                items.append(i)
            elif lines[i].strip() and not (items and lines[i][:1] in " \t"):
                break
        first = _ITEM.match(lines[items[0]]) if items else None
        numbered = first is not None and first.group(2) == "1"
        held = any(
            _BULLET_OR_PROSE.match(line) or _ITEM.match(line) for line in lines[start + 1 : end]
        )
        depth = len(_HEADING.match(lines[start]).group(1))
        found.append((start, depth, items if numbered else [], held))
    return found
