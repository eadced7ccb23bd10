"""A data file's topics read as a framework: a topic of level summaries, and levels left out.

Frameworks kept as data (YAML front matter or a JSON/YAML file, :mod:`.frontmatter` and
:mod:`.datarecords`) list each competency -- a *topic* -- with its levels. Two habits of such
files are not competencies and statements:

- *A topic of level summaries.* A topic named "summary", "overview", "description" or "about"
  ("Level summary", "Overview") whose every level holds a paragraph of prose (20 words or more)
  says what each level is, not a behaviour: its text is read as the levels' descriptions, and
  that is reported.
- *Levels a topic leaves out.* A topic listing some of the levels that the other topics of its
  group or track define ("leadership" from Level 3 only) says nothing at the others: those
  cells are recorded as undefined, as a document's "not defined at this level" is, each one
  reported. Levels only another group's topics list are that group's, not left out here (a
  manager track from Level 3 has no undefined Level 1).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Label, Para, Region, clean

__all__ = ["left_out_levels", "level_summaries"]

#: A topic's name that says it sums up each level rather than naming a competency.
_SUMMARY = re.compile(
    r"^(?:(?:the\s+)?levels?['’]?s?\s+)?(?:summary|summaries|overview|description|descriptions|"
    r"about|introduction|definition|definitions)(?:\s+of\s+(?:the\s+)?levels?)?$",
    re.IGNORECASE,
)
#: Words a paragraph of prose holds at least (a statement is a line; a summary is a paragraph).
_PROSE_WORDS = 20
#: The undefined note of a cell a data file leaves out (read as "Not defined (...)").
NOT_LISTED = "not listed in the data"


def _words(text: str) -> int:
    return len(clean(text).split())


def level_summaries(regions: list[Region]) -> tuple[list[Region], list[tuple]]:
    """The regions with a topic of level summaries read as its levels' descriptions.

    Parameters
    ----------
    regions : list of Region
        A data file's regions: a topic's description under ``(topic,)``, its statements at a
        level under ``(..., topic, level)``.

    Returns
    -------
    regions : list of Region
        The same, the summary topic's cells moved to the end as regions that describe their
        level (``describes_level``), its own labels gone.
    notes : list of tuple
        One report note per topic so read.

    Examples
    --------
    >>> name, one, two = (Label(t, s) for t, s in
    ...     [("summary", "topic"), ("Level 1", "lv"), ("Level 2", "lv")])
    >>> prose = "Level one engineers are new to the craft and learn it with support " * 2
    >>> regions = [Region((name, one), [Para(prose, {})]), Region((name, two), [Para(prose, {})]),
    ...            Region((Label("impact", "topic"), one), [Para("Ships tasks.", {})])]
    >>> out, notes = level_summaries(regions)
    >>> [(tuple(lb.text for lb in r.labels), r.describes_level) for r in out]
    [(('impact', 'Level 1'), False), (('Level 1',), True), (('Level 2',), True)]
    """
    cells: dict[str, list[Region]] = {}
    for region in regions:
        if len(region.labels) >= 2 and not region.describes_level:
            cells.setdefault(region.labels[-2].text, []).append(region)
    summaries = {
        name
        for name, held in cells.items()
        if _SUMMARY.match(clean(name))
        and len(cells) > 1
        and all(any(_words(p.text) >= _PROSE_WORDS for p in r.paras) for r in held)
    }
    if not summaries:
        return regions, []
    kept, moved, notes = [], [], []
    for region in regions:
        topic = region.labels[-2].text if len(region.labels) >= 2 else None
        if topic in summaries and not region.describes_level:
            moved.append(replace(region, labels=region.labels[-1:], describes_level=True))
        else:
            kept.append(region)
    for name in sorted(summaries):
        held = cells[name]
        n = sum(len(r.paras) for r in held)
        where = held[0].labels[-2].where
        notes.append(
            (
                "guess",
                f"the topic {name!r} holds a paragraph of prose at each of its {len(held)} "
                f"levels ({n} paragraphs): read as the levels' descriptions, not a competency's "
                "statements",
                0.8,
                where,
            )
        )
    return kept + moved, notes


def left_out_levels(regions: list[Region]) -> tuple[list[Region], list[tuple]]:
    """The regions with a cell recorded undefined for each level a topic leaves out.

    A level counts when another topic of the same group (or track: the labels above the
    topics) lists it; a topic that lists no level is left alone. A track whose topics list
    levels 3 to 5 only leaves levels 1 and 2 to the other tracks, not undefined in its own.

    Parameters
    ----------
    regions : list of Region
        A data file's regions, as :func:`level_summaries` takes them.

    Returns
    -------
    regions : list of Region
        The same, then a region per cell left out holding the note "Not defined (not listed in
        the data)", which the outline reader records as undefined.
    notes : list of tuple
        One report note saying which topics leave which levels out.

    Examples
    --------
    >>> a, b = Label("impact", "topic"), Label("leadership", "topic")
    >>> one, two = Label("Level 1", "lv"), Label("Level 2", "lv")
    >>> regions = [Region((a, one), [Para("Ships.", {})]), Region((a, two), [Para("Leads.", {})]),
    ...            Region((b, two), [Para("Mentors.", {})])]
    >>> out, notes = left_out_levels(regions)
    >>> [(r.labels[-2].text, r.labels[-1].text, r.paras[0].text) for r in out[3:]]
    [('leadership', 'Level 1', 'Not defined (not listed in the data)')]
    """
    listed: dict[tuple, list[str]] = {}  # (its groups, topic) -> its levels, in order
    first: dict[tuple, Region] = {}
    for region in regions:
        if len(region.labels) < 2 or region.describes_level:
            continue
        key = tuple(lb.text for lb in region.labels[:-1])
        first.setdefault(key, region)
        listed.setdefault(key, [])
        if region.labels[-1].text not in listed[key]:
            listed[key].append(region.labels[-1].text)
    every: dict[tuple, list[str]] = {}  # a group's (or track's) levels, as its topics list them
    for key, levels in listed.items():
        every.setdefault(key[:-1], []).extend(lv for lv in levels if lv not in every[key[:-1]])
    added, said, where = [], [], {}
    for key, levels in listed.items():
        topic = key[-1]
        missing = [lv for lv in every[key[:-1]] if lv not in levels]
        if not missing or len(listed) < 2:
            continue
        region = first[key]
        comp = region.labels[-2]
        where = where or comp.where
        for lv in missing:
            label = Label(lv, region.labels[-1].slot)  # no line of its own
            para = Para(f"Not defined ({NOT_LISTED})", comp.where, key=f"LO{len(added)}.{comp.key}")
            added.append(Region((*region.labels[:-1], label), [para]))
        said.append(f"{topic!r} at {_span(missing)}")
    if not added:
        return regions, []
    n = len(added)
    note = (
        f"no statements listed for {', '.join(said)}, though other topics list "
        f"{'that level' if n == 1 else 'those levels'}: {n} cell{'s' * (n > 1)} recorded as "
        "undefined"
    )
    return regions + added, [("guess", note, 0.8, where)]


def _span(levels: list[str]) -> str:
    """Levels in a phrase: "Level 1", "Level 1 and Level 2", "Level 1, Level 2 and Level 4"."""
    return levels[0] if len(levels) == 1 else f"{', '.join(levels[:-1])} and {levels[-1]}"
