"""The tables of a document (Word, or HTML inside Markdown) as labelled regions.

A reader turns each table into a grid: rows of cells, each cell a dict with its ``paras``
(:class:`~compkit.ingest.blocks.Para`), its ``source`` and whether it is ``shaded``; a cell that
spans the row's columns stands alone in its row. :func:`table_regions` reads the grid the same way
for every kind of document:

- a **title row** (one short cell above a wider row) labels the whole table; a **header row**
  of short cells labels each body cell with its column header; shaded or italic role names under
  a level name mark a role's levels; a generic header ("Statements", "Competency") labels nothing;
- a **row header**: a first column of short labels, none blank (but under a name over level
  columns: written once over its rows, or a row starting late), when the body is not all labels
  or when the header's first cell names that column ("Level", "Subcompetency") or is blank -- never
  when that cell names a level or a polarity (then the first column holds statements);
- an **outer row header**: two first columns of labels, the first written once over the rows of
  its group (blank or repeated below), the second naming every row, labels each row twice;
- a **group row** (one short cell across a table with a header, or a sentence across it over a
  named row: :mod:`.groupcells`) labels the rows below it, with a prefix every group row shares
  ("Management standard: ") left off;
- a table headed "Role", or whose cells are all level names, is read as role profiles; a long
  table as :mod:`.longtables` reads it; a header over two rows as :mod:`.mergedheads` does;
- a score column before the levels' names, and a remarks column, are set aside
  (:mod:`.scalecolumns`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bandheads import band_header
from .blocks import Document, Label, Region, clean, marker
from .cellheadlines import title_column
from .cellnames import described_name, named_cell
from .cellparts import cell_sections, named_rows
from .cellsides import SLOT as SIDE
from .cellsides import side_parts
from .columnheads import GENERIC, STATEMENTS, column_labels, describing_column, label_like, text_of
from .columnheads import cell_label as _label
from .describedtables import described_table
from .groupcells import long_group, shared_prefix
from .levelnames import level_score, special_column
from .longtables import long_regions
from .mergedheads import merged_header
from .polarity import polarity_of
from .rowbreaks import continued_rows
from .rowhints import row_name
from .scalecolumns import remark_columns, score_column

__all__ = ["GENERIC", "label_like", "table_regions"]


def _numbered_grid(grid: list[list[dict]]) -> bool:
    """A numbered list laid out in a table: every cell one item, each number once.

    Edinburgh Napier's framework sets its four ineffective behaviours two by two ("1. | 3." over
    "2. | 4."): its first row is two items, not two column headers.
    """
    numbers = [marker(text_of(c))[0] for row in grid for c in row]
    return len(grid) > 1 and None not in numbers and len(set(numbers)) == len(numbers) > 2


def table_regions(
    doc: Document, grid: list[list[dict]], labels: tuple[Label, ...], t: int, *, heading: str = ""
) -> list[Region]:
    """The regions of one table (see the module docs); role tables fill ``doc.roles``.

    ``labels`` are the headings the table sits under, ``t`` its number in the document, and
    ``heading`` the text of the heading just above it (a heading with "role" marks role tables).
    """
    grid = continued_rows(doc, [row for row in grid if row])  # a line broken in a cell
    grid = merged_header(doc, band_header(doc, grid))  # Word's "Level" over L1, L2; bands
    grid, unscored = score_column(doc, grid), grid  # "Score | Proficiency Level | ...": scale
    if not grid:
        return []
    doc.structure = "tables"
    lead: list[Region] = []
    k = 1  # a title across the table, then perhaps a description across it too
    while k < len(grid) - 1 and len(grid[k]) == 1 and k < 3:
        k += 1
    if len(grid) > k + 1 and len(grid[0]) == 1 and len(grid[k]) > 1 and label_like(grid[0][0]):
        title = grid[0][0]
        labels = (*labels, _label(title, text_of(title), "table title"))
        for row in grid[1:k]:  # the title's description: text under it, as under a heading
            lead.append(Region(labels, row[0]["paras"], source=row[0]["source"]))
        grid = grid[k:]
    head = grid[0]
    head_text = [text_of(c) for c in head]
    parted = named_rows(head_text[0], grid[1:]) if len(head) > 1 else None
    if parted:  # "Level / Title / Experience" over "Level", "1", "Title", ...: one name a row
        grid = [head, *parted]
        head_text[0] = re.split(r"\s*/\s*", head_text[0])[0]
    if len(grid) > 1 and described_table(doc, grid, head_text):  # "Role | Description"
        return []
    if len(head) > 1 and len(grid) > 1 and _roles_table(doc, grid, head_text, heading):
        return []
    has_head = len(grid) > 1 and all(label_like(c) for c in head) and not _numbered_grid(grid)
    body = grid[1:] if has_head else grid
    if has_head and (long := long_regions(doc, head, body, labels, t)) is not None:
        return lead + long
    groups = (
        {
            r
            for r, row in enumerate(body)
            if (len(row) == 1 and text_of(row[0]) and label_like(row[0])) or long_group(body, r)
        }
        or _unmerged_group_rows(body)
        if has_head and len(head) > 2
        else set()
    )
    rows = [row for r, row in enumerate(body) if r not in groups]
    corner = has_head and (not head_text[0] or bool(GENERIC.match(head_text[0])))
    long_names = corner and bool(head_text[0])  # "Focus area" over the names, however long
    first = [
        head_text[0],
        clean(head[0]["paras"][0].text.split("\n")[0]) if head[0]["paras"] else "",
    ]
    # the corner names a level or a polarity ("Effective behaviour" over a stem line)
    data = has_head and any(
        polarity_of(t) or level_score(t, doc.marked_levels) >= 0.8 for t in first if t
    )
    # a score column dropped under a header saying its rows are levels: the first names each
    ranked = len(head) > 1 and grid is not unscored and doc.slots.get("level") == "row header"
    # a name written once over its rows, blank below it (or a row starting late, w:gridBefore),
    # in a grid of level columns only: a report's tables leave first cells blank for much else
    levelled = has_head and all(level_score(h, doc.marked_levels) >= 0.8 for h in head_text[1:])
    below = {
        i
        for i, row in enumerate(rows)
        if levelled and i and not text_of(row[0]) and any(map(text_of, row))
    }
    row_head = ranked or (
        not data
        and len(head) > 1
        and bool(rows)
        and all(
            (label_like(row[0]) or named_cell(row[0]) or (long_names and _long_name(row[0])))
            and text_of(row[0])
            for i, row in enumerate(rows)
            if i not in below
        )
        and (corner or not all(all(label_like(c) for c in row) for row in rows))
        # under names ("Self", "Team"), a first column of sentences holds statements too
        and (corner or not _sentences(rows))
    )
    outer = not data and has_head and _outer_heads(head_text, rows)
    # a band of levels over its rows ("Proficient User" over C2, C1): no label, reported unused
    banded = not data and not has_head and _banded_levels(rows)
    if outer or banded:  # a group column written once over the rows of its own, then row names
        row_head, group_col = True, None
    describing = describing_column(doc, head) if has_head and row_head else None
    columns = column_labels(doc, head, describing) if has_head else [None] * len(head)
    numbers = _number_columns(doc, head, rows) if has_head else set()
    numbers |= remark_columns(doc, head, rows) if has_head else set()
    names = _group_names([text_of(body[r][0]) for r in sorted(groups)], doc)
    sections = cell_sections(body)  # "Role Highlights" over its list, in a column's cells
    if sections and "competency" not in doc.slots:  # the reader knows what they name
        doc.slots["competency"] = "cell heading"
        doc.slot_reasons["competency"] = (
            "headings over the lists of each row's cell, the same headings in the column's "
            "other cells",
            0.8,
        )
    out: list[Region] = []
    group: Label | None = None
    named = None  # the row header above, which a blank first cell stands under
    for i, row in enumerate(body):
        r = i + 1 if has_head else i
        if i in groups:
            group, named = _label(row[0], names[text_of(row[0])], "table group row"), None
            continue
        above = (*labels, group) if group is not None else labels
        cells = row
        if (outer or banded) and i not in groups:
            if text_of(row[0]) and outer:
                group_col = _label(row[0], text_of(row[0]), "row group header")
            above = (*above, group_col) if outer else above
            row = row[1:]
        hint = None  # "Awareness" over "Awareness is the first of 4 ...": see .rowhints
        if row_head:
            if text_of(row[0]) or named is None or not below:
                named, name, hint = described_name(row[0], doc) or row_name(row[0], doc)
            elif any(map(text_of, row)):  # a blank first cell under a name: said, row by row
                doc.notes.append(
                    ("guess", f"a row read under '{name}' above it", 0.8, row[1]["source"])
                )
            above = (*above, _label(named, name, "row header"))
            cells = row[1:]
        for k, cell in enumerate(cells, 2 if outer or banded else 1 if row_head else 0):
            if k in numbers:
                continue
            col = columns[k] if k < len(columns) else None
            within = (*above, col) if col else above
            if k == describing:  # "Skill Description" beside level columns: .columnheads
                paras = [replace(p, describes=True) for p in cell["paras"]]
                out.append(Region(above, paras, in_table=True, source=cell["source"]))
                continue
            for head_label, paras in sections.get((i, k)) or side_parts(cell):  # .cellsides
                if hint is not None and any(clean(p.text) for p in paras):
                    paras = [hint, *paras]
                put = (*within, head_label) if head_label else within
                region = Region(put, paras, in_table=True, source=cell["source"])
                region.pair = None if head_label and head_label.slot == SIDE else (t, r)
                out.append(region)
    beside = any(STATEMENTS.match(h) for h in head_text) if has_head else False
    out = lead + title_column(doc, out, head_text if has_head else [], beside=beside)
    for region in out if grid is not unscored else ():  # a scale's rows: see .scalecolumns
        region.scale = True
    return out


_SENTENCE = re.compile(r"^\S+(?: \S+){3,}[.!?]$")


def _long_name(cell: dict) -> bool:
    """A row's name of up to 25 words: one to three lines, no list item, no sentence.

    Read under a column header that says the column holds names ("Focus area"): AITSL's "1.5
    Differentiate teaching to meet the specific learning needs of students across the full ..."
    """
    paras = cell["paras"]
    text = text_of(cell)
    return (
        0 < len(paras) <= 3  # (a PDF's cell holds each line it wraps onto as a paragraph)
        and not any(p.number is not None or p.bullet for p in paras)
        and len(text.split()) <= 25
        and not re.search(r"[.!?:;]$", text)
    )


def _sentences(rows: list[list[dict]]) -> bool:
    """Every cell of the rows a sentence of four words or more ("Give praise to others.")."""
    return all(_SENTENCE.match(text_of(c)) for row in rows for c in row if text_of(c))


def _number_columns(doc: Document, head: list[dict], rows: list[list[dict]]) -> set[int]:
    """Columns under a generic header ("Level") holding bare numbers: ratings, not statements.

    A ladder's table per level may give each row's own scale point beside its description
    ("| Strategy | 2 | Understands ... |"); a number alone says nothing a reader could do.
    The column is reported, with its numbers, as not read.
    """
    out = set()
    for k in range(1, len(head)):
        texts = [text_of(row[k]) for row in rows if k < len(row)]
        name = text_of(head[k])
        if (
            (GENERIC.match(name) or not name)
            and any(texts)
            and all(re.fullmatch(r"\d{1,2}", t) for t in texts if t)
        ):
            out.add(k)
            for row in rows:  # reported here, once, not again as text in nothing read
                for p in row[k]["paras"] if k < len(row) else ():
                    doc.all_keys.pop(p.key, None)
            seen = ", ".join(dict.fromkeys(t for t in texts if t))
            doc.notes.append(
                (
                    "unused",
                    f"the {name or 'unnamed'!r} column holds only numbers ({seen}): "
                    "a scale point beside each row, not a statement; not read",
                    0.6,
                    head[k]["source"],
                )
            )
    return out


def _unmerged_group_rows(body: list[list[dict]]) -> set[int]:
    """Group rows written without a merged cell: a label, then every other cell blank.

    Markdown and HTML tables cannot merge a row's cells, so a group is written as a row with
    only its first cell filled (Basecamp's "| **Skill** | | | |" over its skills). Read so
    only when the table opens with such a row and another row with text follows it: a blank
    row further down alone stays a competency left blank by its publisher.
    """

    def bare(row: list[dict]) -> bool:
        return (
            len(row) > 2
            and label_like(row[0])
            and bool(text_of(row[0]))
            and not any(text_of(c) for c in row[1:])
        )

    if len(body) < 3 or not bare(body[0]) or bare(body[1]):
        return set()
    return {r for r, row in enumerate(body[:-1]) if bare(row) and not bare(body[r + 1])}


def _outer_heads(head: list[str], rows: list[list[dict]]) -> bool:
    """Two columns of labels before the levels: a group written once over its rows, then names.

    The first column is blank or repeats its name below where it starts (a merged cell), the
    second names every row, and right of them the headers name levels or the cells are not all
    labels.
    """
    if len(head) < 4 or not rows or any(len(row) < 3 for row in rows):
        return False
    outer = [text_of(row[0]) for row in rows]
    return (
        bool(outer[0])
        and len(set(outer) - {""}) < len(rows)
        and all(label_like(row[0]) and label_like(row[1]) and text_of(row[1]) for row in rows)
        and not any(polarity_of(h) or level_score(h) >= 0.8 for h in head[:2])
        and (
            all(level_score(h) >= 0.6 for h in head[2:])
            or not all(label_like(c) for row in rows for c in row[2:])
        )
    )


def _banded_levels(rows: list[list[dict]]) -> bool:
    """A table with no header: a band written once over its rows, a level per row, its text.

    The CEFR's global scale prints "Proficient User" (merged over two rows), then "C2" and
    "C1", each beside its description: the second column names the levels, not the first.
    """
    if len(rows) < 3 or any(len(row) != 3 for row in rows):
        return False
    bands = [text_of(row[0]) for row in rows]
    names = [text_of(row[1]) for row in rows]
    return (
        bool(bands[0])
        and len(set(bands) - {""}) < len(rows)
        and all(label_like(row[0]) for row in rows)
        and len(set(names)) == len(rows)
        and all(level_score(n) >= 0.8 for n in names)
        and not all(label_like(row[2]) for row in rows)
    )


def _group_names(texts: list[str], doc: Document) -> dict[str, str]:
    """Group-row names, without a prefix all of them share ("Management standard: Demands")."""
    if (shared := shared_prefix(texts)) is None:
        return {t: t for t in texts}
    doc.notes.append(
        ("guess", f"group rows read without the prefix they share, {shared[0] + ':'!r}", 0.8)
    )
    return shared[1]


def _roles_table(doc: Document, grid: list[list[dict]], head: list[str], heading: str) -> bool:
    """Read role profiles: a row per role (headed "Role") or a column per role."""
    listed = any(p.number is not None or p.bullet for row in grid for c in row for p in c["paras"])
    if listed or any(polarity_of(h) for h in head):
        return False  # list items are statements; "Effective" columns are no roles
    texts = [[text_of(c) for c in row] for row in grid]
    values = [t for row in texts[1:] for t in row[1:]]
    short = all(len(t.split()) <= 4 for t in values)
    by_row = special_column(head[0]) == "roles"
    filled = [t for t in values if t]
    leveled = bool(filled) and all(level_score(t) >= 0.5 for t in filled)
    named_rows = bool(GENERIC.match(head[0])) or not head[0]
    if not short or not (by_row or "role" in heading.lower() or (leveled and named_rows)):
        return False
    doc.role_source = grid[0][0]["source"]
    for row in texts[1:]:
        for name, cell in zip(head[1:], row[1:], strict=False):
            role, comp = (row[0], name) if by_row else (name, row[0])
            if cell and role and comp and not re.fullmatch(r"[-–—]+|n/?a|none", cell, re.I):
                yes = re.fullmatch(r"[✓✔xX]|yes|required|no level stated", cell, re.I)  # render
                doc.roles.setdefault(role, {})[comp] = None if yes else cell
    for row in grid:
        for cell in row:
            for p in cell["paras"]:
                doc.all_keys.pop(p.key, None)
    return True
