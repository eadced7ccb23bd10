"""A framework at a glance: a table of its clusters as columns, each naming its competencies.

Many frameworks open with an overview table before the competencies: a row of cluster names
("Research Engagement and Impact | Researcher Development and Culture | ..."), and under each
the competencies of that cluster, a cell apiece, each opening with the competency's name
("Research-related engagement: Engage interest-holders to build research impact ...").
The table holds no statement, so it was read as unused text and the clusters were lost. Here,
where the framework has no groups yet, such a table gives each competency it names the cluster
over its column: the cluster row is a row of two or more short names (no sentence), and two
or more cells below it open with the name of a competency read elsewhere (any case, then a
colon or nothing more). Each competency keeps its own name; the report says which clusters.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .._words import plural
from .blocks import Document, clean

__all__ = ["column_groups"]

_REF = re.compile(r"row (\d+), column (\d+)")


def _grids(doc: Document, read: set) -> dict[int, tuple[dict, dict]]:
    """Each table that gave no statement: cells' text by (row, column), headers by column."""
    grids: dict[int, tuple[dict, dict]] = defaultdict(lambda: ({}, {}))
    for region in doc.regions:
        table, ref = region.source.get("table"), _REF.match(region.source.get("ref", ""))
        if not region.in_table or table is None or table in read or not ref:
            continue
        cells, heads = grids[table]
        row, col = int(ref.group(1)), int(ref.group(2))
        cells[row, col] = "\n".join(clean(p.text) for p in region.paras if clean(p.text))
        for label in region.labels:
            if label.slot == "column header":
                heads[col] = clean(label.text)
    return grids


def _name_row(cells: dict[int, str]) -> bool:
    """A row of two or more short names: no sentence, at most eight words each."""
    names = [t for t in cells.values() if t]
    return len(names) >= 2 and all(
        len(t.split()) <= 8 and "\n" not in t and not t.rstrip().endswith((".", ":")) for t in names
    )


def _named(text: str, names: dict[str, str]) -> str | None:
    """The competency a cell opens with: its name alone, or its name and a colon."""
    first = text.split("\n", 1)[0]
    head = first.split(":", 1)[0] if ":" in first else first
    return names.get(clean(head).casefold())


def column_groups(doc: Document, draft) -> None:
    """Give competencies the clusters an overview table prints over them.

    Parameters
    ----------
    doc : Document
        The document read; its tables' regions are looked at.
    draft : Draft
        The framework being read; competencies without a group get one.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para, Region
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> def cell(row, col, text):
    ...     ref = {"table": 2, "ref": f"row {row}, column {col}"}
    ...     return Region((), [Para(text, ref)], in_table=True, source=ref)
    >>> doc = Document([cell(1, 1, "Engagement"), cell(1, 2, "Delivery"),
    ...                 cell(2, 1, "Networking: builds links."), cell(2, 2, "Planning: plans.")])
    >>> draft = Draft(IngestReport("f.docx", "level-columns"))
    >>> for name in ("Networking", "Planning"):
    ...     _ = draft.competency(name)
    >>> column_groups(doc, draft)
    >>> [(c.name, draft.groups[c.group].name) for c in draft.competencies.values()]
    [('Networking', 'Engagement'), ('Planning', 'Delivery')]
    """
    if draft.groups or any(c.group for c in draft.competencies.values()):
        return
    names = {clean(c.name).casefold(): key for key, c in draft.competencies.items()}
    read = {s.source.get("table") for s in draft.statements} - {None}
    for table, (grid, labelled) in _grids(doc, read).items():
        tiers = [(0, labelled)] if len(set(labelled.values())) >= 2 else []
        tiers += [
            (row, {c: t for (r, c), t in grid.items() if r == row})
            for row in sorted({r for r, _ in grid})
        ]
        for head, heads in tiers:
            if not _name_row(heads):
                continue
            found = {
                key: (col, text)
                for (r, col), text in grid.items()
                if r > head and heads.get(col) and (key := _named(text, names))
            }
            if len(found) >= 2 and len({col for col, _ in found.values()}) >= 2:
                _give(draft, table, head, heads, found)
                return


def _give(draft, table: int, head: int, heads: dict[int, str], found: dict) -> None:
    """Each competency found its column's group; the table's text out of the introduction."""
    said = set(heads.values())
    for key, (col, text) in sorted(found.items(), key=lambda kv: kv[1][0]):
        comp = draft.competencies[key]
        draft.competency(comp.name, group=heads[col])
        group = draft.groups[comp.group]
        group.source = group.source or {"table": table, "ref": f"row {head}, column {col}"}
        rest = text.split(":", 1)[1].strip() if ":" in text.split("\n", 1)[0] else ""
        if rest and not comp.description:
            draft.describe(key, rest, {"table": table})
        if not rest or _same(rest, comp.description):
            said.add(text)
    groups = sorted({heads[col] for col, _ in found.values()}, key=list(heads.values()).index)
    draft.report.add(
        "guess",
        f"an overview table's columns read as {plural(len(groups), 'group')} of the "
        f"{plural(len(found), 'competency')} named under them: "
        + ", ".join(repr(g) for g in groups),
        0.7,
        {"table": table},
    )
    said = {clean(t).casefold() for t in said}
    draft.introduction = [e for e in draft.introduction if clean(e[0]).casefold() not in said]
    stale = {f"heading {g!r} and its text read as part of the introduction" for g in groups}
    draft.report.notes = [n for n in draft.report.notes if n.message not in stale]


def _same(text: str, description: str) -> bool:
    """The same words, quotes and spacing aside."""

    def bare(t: str) -> str:
        return " ".join(re.sub(r"[‘’“”\"']", "", t).split()).casefold()

    return bare(text) == bare(description)
