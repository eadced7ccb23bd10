"""A PDF's line naming a competency above its table of levels, read as the tables' caption.

A competency dictionary may print each competency as one line ("Keeping Records - Keeps the
team's records ...") over a table with a row per level ("Proficiency Level | Definition |
Illustrations"), with no heading over any of them. A PDF's lines with no heading above them
all went into the introduction, so nothing named the tables' competency: every table was read
under the document's title, one competency. Here each table's nearest line above (after the
table before it) is lifted out of the introduction to stand right over its table, where
:func:`compkit.ingest.tablecaptions.table_captions` reads it as the table's competency, as it
does in Word; only when that reading holds for every such table (each line names one, two
tables or more), else the document is left as it was.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from .blocks import Document, Region, clean
from .levelnames import level_score
from .tablecaptions import table_captions

__all__ = ["caption_line", "centred_caption", "continued", "lift_captions"]

#: a caption saying its table goes on from the page before: "Table 4-3. Name (continued)"
_CONTINUED = re.compile(r"[(\[]\s*(?:continued|cont['’]?d|cont\.?)\s*[)\]]\W*$", re.I)


def _where(source: dict) -> tuple[int, int]:
    lines = source.get("lines") or [0]
    return int(source.get("page") or 0), int(min(lines))


def lift_captions(doc: Document) -> None:
    """Move the introduction's line right above each table of levels over its table (see module).

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para
    >>> def table(t, page):
    ...     return [Region((Label(lv, "row header"),), [Para("Does it.", {})], in_table=True,
    ...                    source={"page": page, "lines": [5]}, pair=(t, n))
    ...             for n, lv in enumerate(("Level 1", "Level 2"))]
    >>> doc = Document([*table(0, 1), *table(1, 2)])
    >>> doc.introduction = [Para("Keeping Records - Keeps records.", {"page": 1, "lines": [2]}),
    ...                     Para("Planning Work", {"page": 2, "lines": [1]})]
    >>> lift_captions(doc)
    >>> [r.paras[0].text for r in doc.regions if not r.in_table], doc.introduction
    (['Keeping Records - Keeps records.', 'Planning Work'], [])
    """
    if not doc.introduction or (doc.title is None and len(doc.introduction) < 2):
        return
    firsts: dict = {}
    for k, region in enumerate(doc.regions):
        if region.labels and not all(
            lb.slot in ("row header", "column header") for lb in region.labels
        ):
            return  # a heading over a table: it names the table, no caption needed
        if region.in_table and region.pair and region.pair[0] not in firsts:
            firsts[region.pair[0]] = (k, _where(region.source))
    if len(firsts) < 2 or len(firsts) != len({k for k, _ in firsts.values()}):
        return
    intro = [(p, _where(p.source)) for p in doc.introduction if clean(p.text)]
    lifted, after = {}, (0, 0)
    for k, at in sorted(firsts.values()):
        above = [p for p, w in intro if after < w < at]
        if not above:
            return
        start = len(above) - 1  # the last paragraph: its wrapped lines back to a blank line
        while start > 0 and not above[start].blank_before:
            start -= 1
        lifted[k] = above[start:]
        after = at
    regions: list[Region] = []
    for k, region in enumerate(doc.regions):
        if k in lifted:
            lines = lifted[k]
            spread = [n for p in lines for n in p.source.get("lines", [])]
            where = {**lines[0].source, "lines": spread}
            text = clean(" ".join(clean(p.text) for p in lines))
            key = " ".join(p.key for p in lines)  # every line's: each is read
            para = replace(lines[0], text=text, source=where, key=key)
            regions.append(Region((), [para], source=where))
        regions.append(region)
    trial = copy.deepcopy(regions)
    if table_captions(Document(trial)) is None:
        return
    doc.regions[:] = regions
    taken = {id(p) for lines in lifted.values() for p in lines}
    doc.introduction = [p for p in doc.introduction if id(p) not in taken]


def caption_line(lines: list[str], j: int, parts: list, starts: list[int], header) -> bool:
    """Whether line ``j``, under a table with a row per level, opens the next table's caption.

    One piece of text at the first column's start running across the next column's, no
    level's name, and a table's header within the three lines after it ("Planning Work -
    Breaks work into ..." over "Proficiency Level | ... Definition | ... Illustrations" at a
    page's top, the table above read on to that page); ``header(k)``, whether line ``k``
    heads a table.
    """
    at, text = parts[0]
    if len(parts) != 1 or at > starts[0] + 1 or at + len(text) <= starts[1] + 4:
        return False
    if level_score(text) >= 0.8:
        return False
    return any(header(k) for k in range(j + 1, min(j + 4, len(lines))))


def centred_caption(lines: list[str], j: int, parts: list, starts: list[int], header) -> bool:
    """Whether line ``j``, under a table after a blank line, is the next table's centred caption.

    One piece of text set right of its column's start and running across a later column's
    start (a row's cell stays inside its column), with a table's header within the three lines
    after it: LaTeX centres "Table 3: Levels of ... per career stage." over the next table.
    ``header(k)``, whether line ``k`` heads a table.

    Examples
    --------
    >>> page = ["          Table 3: Levels of skills.", "", "Skill Junior        Senior"]
    >>> centred_caption(page, 0, [(10, "Table 3: Levels of skills.")], [0, 6, 20],
    ...     lambda k: k == 2)
    True
    >>> centred_caption(page, 0, [(6, "Shares work with the team.")], [0, 6, 20],
    ...     lambda k: k == 2)  # a cell's line from its column's start
    False
    """
    if len(parts) != 1:
        return False
    at, text = parts[0]
    column = max((n for n, start in enumerate(starts) if start <= at + 2), default=0)
    if at <= starts[column] + 2 or not any(at < s - 2 < at + len(text) - 4 for s in starts[1:]):
        return False
    return any(header(k) for k in range(j + 1, min(j + 4, len(lines))))


def continued(text: str) -> bool:
    """Whether a line is a table's caption saying the table goes on from the page before.

    A manual printing a table over pages repeats its caption at the next page's top, marked
    ("Table 4-3. Communicates (continued)"): the table reads on, the caption no row of it.

    Examples
    --------
    >>> continued("Table 4-3. Communicates (continued)"), continued("Table 2 (cont'd)")
    (True, True)
    >>> continued("Continued learning"), continued("Table 4-3. Communicates")
    (False, False)
    """
    return bool(_CONTINUED.search(clean(text)))
