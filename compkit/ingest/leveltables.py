"""A table of the levels, a row apiece, describing levels the statements are read under.

A ladder often opens with a table of its levels before the competencies: "Level | Title | Scope
| Focus", a row for each level ("L1 | Operator I | one machine / task under direction | learns
the plant ..."; the Open Capability Framework's ladders, CC BY 4.0), its statements then
naming the levels in their own words ("**L1 (= P1)** — Under direction, confirms ..."). The
table holds no statement, so it was read as unused text and the levels lost their titles and
scopes. Here a table that gave no statement, whose rows are headed by the levels read from
the statements, each once and in their order (a level's name, or the code its name opens
with: "L1" for "L1 (= P1)"), two levels or more, describes those levels: each level's
description is its row's cells, each after its column's header ("Title: Operator I; Scope:
one machine / task under direction; ..."), the words as the table prints them, and the report
no longer calls the table's text unused. A level described already keeps its description; a
table whose headers were read as levels, competencies or sides (a render's empty cells) is
the framework's own.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .._words import plural
from .blocks import Document, clean

__all__ = ["table_levels"]

_REF = re.compile(r"row (\d+), column (\d+)")
#: what a label names in the framework itself
_FRAMEWORK = {"level", "competency", "polarity", "group"}


def _rows(
    doc: Document, read: set, kinds: dict[str, str]
) -> dict[int, dict[str, list[tuple[int, str, str]]]]:
    """Each table that gave no statement: by row header, its cells (column, header, text).

    A table whose headers were read as levels, competencies or sides is the framework's own
    (a render's cells of "(none)"), never a table of the levels.
    """
    tables: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    framed = set()
    for region in doc.regions:
        table, ref = region.source.get("table"), _REF.match(region.source.get("ref", ""))
        if not region.in_table or table is None or table in read or not ref:
            continue
        if any(kinds.get(lb.slot) in _FRAMEWORK for lb in region.labels):
            framed.add(table)
        rows = [clean(lb.text) for lb in region.labels if lb.slot == "row header"]
        heads = [clean(lb.text) for lb in region.labels if lb.slot == "column header"]
        text = " ".join(clean(p.text) for p in region.paras if clean(p.text))
        if len(rows) == 1 and text:
            cell = (int(ref.group(2)), heads[0] if len(heads) == 1 else "", text)
            tables[table][rows[0]].append(cell)
    return {t: rows for t, rows in tables.items() if t not in framed}


def _level(header: str, names: dict[str, str]) -> str | None:
    """The level a row header names: the level's name, or the code the name opens with."""
    head = header.casefold()
    if head in names:
        return names[head]
    found = [key for name, key in names.items() if re.match(rf"{re.escape(head)}\W", name)]
    return found[0] if len(found) == 1 else None


def table_levels(doc: Document, draft, kinds: dict[str, str]) -> None:
    """Describe the levels a table of them prints a row apiece for (see the module).

    Parameters
    ----------
    doc : Document
        The document read; its tables' regions are looked at.
    draft : Draft
        The framework being read; levels without a description get one.
    kinds : dict
        What each label slot was read as (``Decision.kinds``).

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Para, Region
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> def cell(row, col, level, head, text):
    ...     ref = {"table": 0, "ref": f"row {row}, column {col}"}
    ...     labels = (Label(level, "row header"), Label(head, "column header"))
    ...     return Region(labels, [Para(text, ref)], in_table=True, source=ref)
    >>> doc = Document([cell(2, 2, "L1", "Title", "Operator I"),
    ...                 cell(2, 3, "L1", "Scope", "one machine"),
    ...                 cell(3, 2, "L2", "Title", "Operator II"),
    ...                 cell(3, 3, "L2", "Scope", "a process area")])
    >>> draft = Draft(IngestReport("f.docx", "headings-lists"))
    >>> for name in ("L1 (= P1)", "L2 (= P2)"):
    ...     _ = draft.level(name)
    >>> table_levels(doc, draft, {"row header": "other"})
    >>> [lv.description for lv in draft.levels.values()]
    ['Title: Operator I; Scope: one machine', 'Title: Operator II; Scope: a process area']
    """
    names = {clean(lv.name).casefold(): key for key, lv in draft.levels.items()}
    read = {s.source.get("table") for s in draft.statements} - {None}
    order = list(draft.levels)
    for table, rows in _rows(doc, read, kinds).items():
        found = {header: _level(header, names) for header in rows}
        keys = [key for key in found.values() if key]
        if len(rows) < 2 or None in found.values() or keys not in (order, order[::-1]):
            continue  # every level, a row each, and no row of something else ("Notes")
        described = []
        for header, key in found.items():
            level = draft.levels[key]
            if level.description:
                continue
            cells = sorted(rows[header])
            level.description = "; ".join(f"{h}: {t}" if h else t for _, h, t in cells)
            described.append(level.name)
        doc.notes[:] = [n for n in doc.notes if not _in(n, table)]  # its text now read
        if described:
            draft.report.add(
                "guess",
                f"a table of the levels, a row apiece, read as {plural(len(described), 'level')}'"
                " descriptions: " + ", ".join(repr(n) for n in described),
                0.7,
                {"table": table},
            )
        return


def _in(note: tuple, table: int) -> bool:
    """Whether a note says text of this table is unused."""
    return note[0] == "unused" and len(note) > 3 and (note[3] or {}).get("table") == table
