"""A long sheet's columns that say something of each cell or each statement, kept where they fit.

A skills framework kept as a database export (Singapore's Skills Framework: "TSC_CCS Title |
Proficiency Level | Proficiency Description | Knowledge / Ability Classification | Knowledge /
Ability Items", a row per item) repeats on each row two things a framework file has no field
of its own for:

- a description of each competency at each level ("Proficiency Description": one text per
  competency and level, written as prose): the publisher's own words for what the skill is at
  that level. :func:`describe_cells` keeps each in its competency's description, a paragraph
  per level after the competency's own description, opening with the level's name ("Level 2:
  Carry out routine bed and lawn care"), the text word for word;
- a short kind for each row ("knowledge", "ability"; a column headed "... Classification",
  "Type" or "Kind" holding two to five short labels, each on several rows, the kinds mixed
  within a cell): :func:`kind_notes` keeps each statement's in its source note
  (``source.ref``: "Knowledge / Ability Classification: knowledge"), where every export and
  the workbook show it.

Both are reported, with what was kept. Columns of any other shape are left to
:func:`compkit.ingest.longcolumns.settle`, which reports them as not read.
"""

from __future__ import annotations

import re
from collections import Counter

from .._words import plural
from .draft import Draft

__all__ = ["describe_cells", "is_cell_description", "is_kind_column", "kind_notes"]

#: A header naming a description ("Proficiency Description", "Level descriptor")
_DESCRIBES = re.compile(r"\b(?:descriptions?|descriptors?|definitions?|summary)$", re.I)
#: A header naming a kind of row ("Knowledge / Ability Classification", "Item type")
_KIND = re.compile(r"\b(?:classifications?|types?|kinds?)$", re.I)
_MOST_KINDS = 5
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


def is_cell_description(label: str | int, cells: list[tuple[str, str, str, int]]) -> bool:
    """Whether a column holding one text per competency and level describes each such cell.

    Its header names a description and its texts are prose: three words or more each, and
    differing from one competency to the next.

    Examples
    --------
    >>> cells = [("a", "1", "Plans a small garden", 1), ("a", "2", "Plans several gardens", 2),
    ...          ("b", "1", "Uses hand tools safely", 3)]
    >>> is_cell_description("Proficiency Description", cells), is_cell_description("Code", cells)
    (True, False)
    """
    texts = {t for _, _, t, _ in cells}
    return (
        bool(_DESCRIBES.search(str(label)))
        and len({c for c, *_ in cells}) >= 2
        and len(texts) >= 2
        and all(len(t.split()) >= 3 for t in texts)
    )


def describe_cells(columns: list, draft: Draft) -> None:
    """Keep each competency's text per level in its description, after its own (reported).

    ``columns`` are :class:`compkit.ingest.longcolumns.Column` of one header. A cell met on
    several rows is kept once.
    """
    kept: set[tuple[str, str]] = set()
    for column in columns:
        for comp, level, text, r in column.cells:
            key, lkey = draft.find("competency", comp), draft.find("level", level)
            if key is None or lkey is None or (key, lkey) in kept:
                continue
            kept.add((key, lkey))
            where = column.grid.where(r, column.col)
            draft.describe(key, f"{draft.levels[lkey].name}: {text}", where)
    first = columns[0]
    comps = len({k for k, _ in kept})
    draft.report.add(
        "guess",
        f"column {first.label!r} read as each competency's description of its levels (one "
        f"text per competency and level, {plural(len(kept), 'text')}): kept in the "
        f"descriptions of {plural(comps, 'competency')}, a paragraph per level opening with "
        "the level's name",
        0.6,
        first.grid.where(first.row, first.col),
    )


def is_kind_column(label: str | int, cells: list[tuple[str, str, str, int]]) -> bool:
    """Whether a column names each row's kind: a few short labels, each on several rows.

    Its header names a kind ("Classification", "Type"), it holds two to five labels of three
    words or fewer (no sentence, no figure), each on two rows or more, and two kinds meet in
    one competency's level.

    Examples
    --------
    >>> cells = [("a", "1", "knowledge", 1), ("a", "1", "ability", 2),
    ...          ("a", "2", "knowledge", 3), ("a", "2", "ability", 4)]
    >>> is_kind_column("Knowledge / Ability Classification", cells)
    True
    >>> is_kind_column("Notes", cells), is_kind_column("Type", cells[:3])
    (False, False)
    >>> codes = [(c, lv, "split-merged-statements" if t == "ability" else "joined-wrapped-lines", r)
    ...          for c, lv, t, r in cells]
    >>> is_kind_column("Repair kind", codes)
    False
    """
    counts = Counter(t for _, _, t, _ in cells)
    mixed: dict[tuple[str, str], set[str]] = {}
    for comp, level, text, _ in cells:
        mixed.setdefault((comp, level), set()).add(text)
    return (
        bool(_KIND.search(str(label)))
        and 2 <= len(counts) <= _MOST_KINDS
        and all(n >= 2 for n in counts.values())
        and all(len(t.split()) <= 3 and t[-1].isalpha() and not t.isdigit() for t in counts)
        and any(len(kinds) > 1 for kinds in mixed.values())
        and not all(_SLUG.match(t) for t in counts)  # compkit's own codes ("joined-wrapped-lines")
    )


def kind_notes(columns: list, draft: Draft) -> None:
    """Note each statement's kind in its source (``ref``), from its row's cell (reported)."""
    first = columns[0]
    counts: Counter[str] = Counter()
    for column in columns:
        sheet = column.grid.where(0, 0).get("sheet")
        kinds = {r + 1: text for _, _, text, r in column.cells}
        for statement in draft.statements:
            src = statement.source
            row = _row(src.get("cell", ""))
            if src.get("sheet") != sheet or row not in kinds or "file" in src:
                continue
            note = f"{column.label}: {kinds[row]}"
            src["ref"] = f"{src['ref']}; {note}" if src.get("ref") else note
            counts[kinds[row]] += 1
    if not counts:
        return
    shown = ", ".join(f"{k!r} {n}" for k, n in sorted(counts.items()))
    draft.report.add(
        "guess",
        f"column {first.label!r} read as each statement's kind ({shown}): kept in its source "
        "note (a framework file has no field for a statement's kind)",
        0.6,
        first.grid.where(first.row, first.col),
    )


def _row(cell: str) -> int | None:
    m = re.fullmatch(r"[A-Z]+(\d+)", cell)
    return int(m.group(1)) if m else None
