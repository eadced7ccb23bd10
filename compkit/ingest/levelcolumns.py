"""A table's "Scope" (or "Description") column beside level rows: what each level is.

A ladder printed as a table with a row per level and a column per skill may give one column to
the level itself: Teleport's engineering levels head it "Scope" ("Takes direction from the team
to configure ... systems" at level 1, "Delivers results against strategic company level
business objectives" at level 6). A sheet reads that column as each level's description
(:mod:`compkit.ingest.levelrows`); a Word, Markdown or HTML table reads it the same way here, so
one ladder reads alike whatever file it came in. The column is known by its header alone (the
names :func:`compkit.ingest.levelnames.special_column` calls a description), and only in a table
whose levels run down its rows: a "Scope" row beside level columns (Basecamp's ladders) and a
"**Scope:**" label under a level's heading stay competencies, as a sheet's "Scope" row does.

Turned the other way, a table with a column per level may give its first row to the level: the
Sourcegraph comms ladder's "Role Summary" row ("An autonomous contributor, executor, and
collaborator ..." under IC4). A row headed as a summary, overview, description or definition
(of the role or level, or bare) is read as each level's description the same way; "Scope" rows
stay competencies.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Label, Region, clean, unbulleted, wrapped
from .draft import Draft
from .levelnames import special_column
from .prose import describe_level

__all__ = ["describes_levels"]

#: A row beside level columns that sums each level up ("Role Summary", "Level overview"); a
#: "Scope" row stays a competency (Basecamp's ladders), as a sheet's does.
_SUMMARY_ROW = re.compile(
    r"^(?:(?:role|level|job|position|grade)\s+)?(?:summary|overview|description|definition)\W*$",
    re.IGNORECASE,
)


def describes_levels(
    draft: Draft,
    comp: Label | None,
    level: Label | None,
    region: Region,
    used: set[str],
) -> bool:
    """Read a table cell under a "Scope" header as its level's description; True when it did.

    Parameters
    ----------
    draft : Draft
        The framework being read.
    comp, level : Label or None
        The competency and level labels over the region.
    region : Region
        One table cell.
    used : set of str
        Keys of the text read so far; the cell's and the header's are added.

    Returns
    -------
    bool
        Whether the cell was read as its level's description.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("t.md"))
    >>> scope, one = Label("Scope", "column header"), Label("1", "row header")
    >>> cell = Region((one, scope), [Para("Delivers team-level goals", {})], in_table=True)
    >>> describes_levels(draft, scope, one, cell, set())
    True
    >>> [(lv.name, lv.description) for lv in draft.levels.values()]
    [('Level 1', 'Delivers team-level goals')]
    >>> describes_levels(draft, Label("Scope", "Heading 3"), one, cell, set())
    False
    >>> two, summary = Label("2", "column header"), Label("Role Summary", "row header")
    >>> cell = Region((summary, two), [Para("Leads.", {})], in_table=True)
    >>> describes_levels(draft, summary, two, cell, set())
    True
    >>> draft.levels[draft.level("2", {})].description
    'Leads.'
    """
    if comp is None or level is None or not region.in_table:
        return False
    down = (level.slot, comp.slot) == ("row header", "column header")
    across = (level.slot, comp.slot) == (
        "column header",
        "row header",
    )  # "Role Summary" row
    if not (down and special_column(comp.text) == "description") and not (
        across and _SUMMARY_ROW.match(clean(comp.text))
    ):
        return False
    before = {text for text, _ in draft.levels[draft.level(level.text, level.where)].said}
    paras = [unbulleted(p.text) for p in wrapped(region.paras) if clean(p.text)]
    if paras and all(text in before for text in paras):  # the same definition in each table
        used.update([*level.key.split(), *(p.key for p in region.paras)])
    else:
        describe_level(draft, level, replace(region, in_table=False), used)  # said once, below
    used.update(comp.key.split())
    said = f"the {comp.text!r} {'column' if down else 'row'} read as each level's description"
    if said not in {n.message for n in draft.report.notes}:
        draft.report.add("guess", said, 0.7, comp.where)
    return True
