"""A level's title line under its heading, over its list: no heading of a competency.

A ladder may title each level in a line of its own right under the level's heading and over
its list ("### Level 3 — Practitioner", then "Leads small teams" or "Leads small teams.", then
the behaviours). Without a full stop the line stood directly over a list, as a short heading
does, and was read as a competency under the level (the competency headings above it lost;
10 of 18 statements read in a two-competency, four-level ladder). The line is the level's
title when it is the one such line under its heading: a level holding competencies as short
lines over their lists has two or more. It is left a paragraph, which
:func:`compkit.ingest.cellheadlines.cell_headlines` reads as the level's words.
"""

from __future__ import annotations

from .blocks import clean
from .labels import level_score

__all__ = ["level_title_lines"]

_OVER_LIST = "heading over a list"


def level_title_lines(lines: list[str], known: dict, found: dict) -> dict:
    """``found`` (short lines read as headings) without the level title lines (see module).

    Parameters
    ----------
    lines : list of str
        The text's lines.
    known : dict
        The headings found before, by line: ``(slot, text, number)``.
    found : dict
        The short lines over a list read as headings, by line, in the same form.

    Examples
    --------
    >>> lines = ["## Writing", "### Level 1 — Starter", "Learns the basics", "- Spells well"]
    >>> known = {0: ("##", "Writing", None), 1: ("###", "Level 1 — Starter", None)}
    >>> level_title_lines(lines, known, {2: ("heading over a list", "Learns the basics", None)})
    {}
    >>> lines[2:] = ["Drafting", "- Spells well", "Editing", "- Cuts words"]
    >>> over = "heading over a list"
    >>> found = {2: (over, "Drafting", None), 4: (over, "Editing", None)}
    >>> sorted(level_title_lines(lines, known, found))
    [2, 4]
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    out = dict(found)
    for k, i in enumerate(nonblank):
        if found.get(i, ("",))[0] != _OVER_LIST or k == 0:
            continue
        head = known.get(nonblank[k - 1])
        if head is None or not head[0].startswith("#") or level_score(clean(head[1])) < 0.8:
            continue
        after = [j for j in nonblank[k + 1 :] if j in known or j in found]
        nxt = next((j for j in after if j in known), None)
        if any(j in found for j in after if nxt is None or j < nxt):
            continue  # two short lines or more under the level: its competencies
        del out[i]
    return out
