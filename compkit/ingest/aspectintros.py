"""Headings that introduce a ladder's competencies at the rank of its levels: no labels.

A job ladder may open with a section per competency ("### Technical", "### Execution", ...:
a paragraph on what the aspect covers, and a table of its own maturity scale) and then give
each job level a heading *of the same rank* ("### Junior Engineer", ...), naming the same
competencies inside each level as bold lines ("**Technical**") over their lists (Dwarves'
engineering ladder). Counted with the levels, the introducing headings made one tier of
eleven labels holding nothing alike: the levels were read as competencies and the tracks
above them as the levels. A heading is such an introduction when its section holds no list
item and its name stands, as a bold line or a deeper heading, inside two or more other
sections of its rank with different names (a heading repeated under every level, "Skills
needed for this level", is no level); where two or more stand so, their heading lines are
taken out, so that what they held reads as the page's introduction (a table under them is
still reported as text read nowhere), and the report names them. The competencies keep their
names from the levels' sections, where the statements are.
"""

from __future__ import annotations

import re

from .._words import plural, some
from .blocks import atx_heading, clean

__all__ = ["introducing_headings"]

#: A line set wholly in bold, as a name over a list ("**Technical**", "__Execution:__")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<name>[^*_].*?):?\1:?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")


def _key(text: str) -> str:
    return clean(text).rstrip(":").casefold()


def introducing_headings(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Take out the headings that introduce competencies named inside the levels' sections.

    Returns the lines (each introducing heading's line left blank, so that every line keeps
    its number) and the report's note, if any.

    Examples
    --------
    >>> lines = ["# Ladder", "## Craft", "What craft means.", "## Care", "How we care.",
    ...          "## Junior", "**Craft**", "- Writes tests", "**Care**", "- Listens",
    ...          "## Senior", "**Craft**", "- Designs systems", "**Care**", "- Coaches"]
    >>> out, notes = introducing_headings(lines)
    >>> [line for line in out if line.startswith("#")]
    ['# Ladder', '## Junior', '## Senior']
    >>> notes[0][1][:61]
    "2 headings ('Craft', 'Care') introduce the competencies named"
    """
    heads = {i: h for i, line in enumerate(lines) if (h := atx_heading(line)) is not None}
    if len(heads) < 4:
        return lines, []
    order = sorted(heads)
    # each heading's section: up to the next heading of its rank or above
    spans: dict[int, range] = {}
    for k, i in enumerate(order):
        end = next((j for j in order[k + 1 :] if heads[j][0] <= heads[i][0]), len(lines))
        spans[i] = range(i + 1, end)
    names: dict[int, set[str]] = {}  # the names a section holds as bold lines or deeper headings
    for i, span in spans.items():
        held = set()
        for j in span:
            if j in heads and heads[j][0] > heads[i][0]:
                held.add(_key(heads[j][1]))
            elif m := _BOLD_LINE.match(lines[j]):
                held.add(_key(m.group("name")))
        names[i] = held
    found = []
    for i, (rank, text) in heads.items():
        if not clean(text) or any(_ITEM.match(lines[j]) for j in spans[i]):
            continue
        others = [
            j for j in heads if j != i and heads[j][0] == rank and _key(text) in names[j]
        ]  # fmt: skip
        if len({_key(heads[j][1]) for j in others}) >= 2:  # levels: not one name repeated
            found.append(i)
    if len(found) < 2 or len({heads[i][0] for i in found}) != 1:
        return lines, []
    out = list(lines)
    for i in found:
        out[i] = ""
    named = [clean(heads[i][1]) for i in found]
    note = (
        "guess",
        f"{plural(len(found), 'heading')} ({some(named, shown=2)}) introduce the competencies "
        "named inside each level's section, at the levels' own rank: read as the page's "
        "introduction, not as labels",
        0.7,
        {"lines": [found[0] + 1]},
    )
    return out, [note]
