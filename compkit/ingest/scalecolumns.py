"""Columns of a document's table that stand beside its levels and hold no statement.

- a **score column** before the levels' names: a proficiency scale laid out as "Score |
  Proficiency Level | Description", a row per level ("1 | Fundamental Awareness (basic
  knowledge) | You have a common knowledge ..."; the NIH Proficiency Scale's shape). The score
  is the level's place on the scale, not its name: read as the row header, it named the levels
  "Level 1", "Level 2" ... and their names became statements. The score column is set aside
  (reported with its scores) and the name column heads the rows. Known only where the first
  header names a score ("Score", "Rating", "Points", "#", "No.", "Rank", "Step", "Level", or
  nothing), the second names the levels' names ("Proficiency Level", "Level", "Name", "Title",
  "Stage"), every body cell of the first is a bare number or a "not applicable" mark, at least
  two of them numbers, and every body cell of the second a short label with words. A second
  header naming levels ("Proficiency Level") says the rows are the levels, whatever their names,
  unless a later table is headed by two of those names or more (the scale, then a grid using it:
  :func:`scale_grids` gives the scale's names the grid's column headers' slot and reads
  the scale's rows as the levels' descriptions);
- a **remarks column** after two or more level columns ("Comments"): a publisher's remarks
  beside the levels, reported, not a level (:func:`remark_columns`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, clean
from .levelnames import level_score

__all__ = ["remark_columns", "scale_grids", "score_column"]

_SCORE_HEAD = re.compile(
    r"^(?:scores?|ratings?|points?|scale(?: points?)?|no\.?|numbers?|#|ranks?|steps?|"
    r"levels?|grades?)?$",
    re.IGNORECASE,
)
_NAME_HEAD = re.compile(
    r"^(?:(?:proficiency|competency|skills?|performance|mastery|career) )?"
    r"(?:levels?|names?|titles?|stages?)(?: names?| titles?)?$|^proficiency$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\d{1,2}$")
_NOT_APPLICABLE = re.compile(r"^(?:n/?a|not applicable|none|[-–—])$", re.IGNORECASE)


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _name_like(cell: dict) -> bool:
    """A short label holding words: at most two paragraphs of twelve words, no list item."""
    paras, text = cell["paras"], _text(cell)
    return (
        0 < len(paras) <= 2
        and len(text.split()) <= 12
        and re.search(r"[^\W\d_]{2}", text) is not None
        and not any(p.number is not None or p.bullet for p in paras)
    )


def score_column(doc: Document, grid: list[list[dict]]) -> list[list[dict]]:
    """The grid without a score column before its levels' names (see the module docs).

    The scores are reported in ``doc.notes`` and their text taken out of ``doc.all_keys`` (so
    not reported again as unread text); a grid of any other shape is returned as it is.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     return [{"paras": [Para(t, {})] if t else [], "source": {"table": 0}} for t in texts]
    >>> doc = Document([])
    >>> grid = [row("Score", "Proficiency Level", "Description"),
    ...         row("1", "Basic", "You know the words."), row("2", "Working", "You do tasks.")]
    >>> [_text(c) for c in score_column(doc, grid)[1]]
    ['Basic', 'You know the words.']
    >>> print(doc.notes[0][1][:60])
    the 'Score' column holds each level's score (1, 2) beside it
    >>> len(score_column(doc, [row("Level", "Description"), row("1", "Basic")])[0])
    2
    """
    h = 0
    while h < min(len(grid) - 1, 3) and len(grid[h]) == 1:  # a title across the table
        h += 1
    head, body = grid[h] if grid else [], [r for r in grid[h + 1 :] if len(r) > 1]
    if len(head) < 3 or len(body) < 2 or any(len(r) != len(head) for r in body):
        return grid
    first, second = _text(head[0]), _text(head[1])
    scores = [_text(r[0]) for r in body]
    if not (
        _SCORE_HEAD.match(first)
        and _NAME_HEAD.match(second)
        and all(_NUMBER.match(s) or _NOT_APPLICABLE.match(s) for s in scores)
        and sum(bool(_NUMBER.match(s)) for s in scores) >= 2
        and all(_name_like(r[1]) for r in body)
    ):
        return grid
    for row in (head, *body):  # reported here, once, not again as text in nothing read
        for p in row[0]["paras"]:
            doc.all_keys.pop(p.key, None)
    doc.notes.append(
        (
            "unused",
            f"the {first or 'unnamed'!r} column holds each level's score ({', '.join(scores)}) "
            f"beside its name under {second!r}: the levels are named from {second!r}, the "
            "scores not read",
            0.7,
            head[0]["source"],
        )
    )
    if re.search(r"level|stage|proficiency", second, re.IGNORECASE) and "level" not in doc.slots:
        doc.slots["level"] = "row header"  # the header says the rows are the levels
        doc.slot_reasons["level"] = (f"the rows' names stand under {second!r}", 0.8)
    return [*grid[:h], *(row[1:] if len(row) == len(head) else row for row in grid[h:])]


def _table(region) -> int | None:
    """The number of the table a cell's region stands in (its row pair's, or its source's)."""
    return region.pair[0] if region.pair else region.source.get("table")


def scale_grids(doc: Document) -> None:
    """A scale table followed by a grid headed by its levels' names: the scale describes them.

    The scale's rows (regions marked ``scale`` by the table reader) are the document's only
    levels until a later table is headed by two of their names or more. Then the grid holds the
    statements: the scale's row names take the grid's column headers' slot (one slot of
    levels), the slot the scale set for the levels is no longer set by it, and each row's text
    is its level's description (``describes_level``), not the statements of a competency named
    after the scale's heading. Said in ``doc.notes``.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> def cell(t, *labels, scale=False):
    ...     return Region(labels, [Para("Words.", {})], True, {}, pair=(t, 0), scale=scale)
    >>> low, high = Label("Basic", "row header"), Label("Skilled", "row header")
    >>> doc = Document([cell(0, low, scale=True), cell(0, high, scale=True),
    ...                 cell(1, Label("Writing", "row header"), Label("Basic", "column header")),
    ...                 cell(1, Label("Writing", "row header"), Label("Skilled", "column header"))])
    >>> doc.slots["level"] = "row header"
    >>> scale_grids(doc)
    >>> [(r.labels[0].slot, r.describes_level) for r in doc.regions[:2]], doc.slots
    ([('column header', True), ('column header', True)], {})
    >>> print(doc.notes[0][1])  # doctest: +NORMALIZE_WHITESPACE
    the scale's rows (Basic, Skilled) name the levels heading a later table's columns: their
    text read as the levels' descriptions
    """
    scale = [r for r in doc.regions if r.scale]
    named = [lb.text for r in scale for lb in r.labels if lb.slot == "row header"]
    names = {n.casefold() for n in named}
    tables = {_table(r) for r in scale}
    heads: dict = {}
    for r in doc.regions:
        if r.in_table and not r.scale and _table(r) not in tables:
            for lb in r.labels:
                if lb.slot == "column header":
                    heads.setdefault(_table(r), set()).add(lb.text.casefold())
    if not scale or not any(len(names & h) >= 2 for h in heads.values()):
        return
    if doc.slots.get("level") == "row header":
        doc.slots.pop("level")
        doc.slot_reasons.pop("level", None)
    for r in scale:
        r.labels = tuple(
            replace(lb, slot="column header") if lb.slot == "row header" else lb for lb in r.labels
        )
        r.describes_level = any(lb.text.casefold() in names for lb in r.labels)
    shown = ", ".join(dict.fromkeys(named))
    doc.notes.append(
        (
            "guess",
            f"the scale's rows ({shown}) name the levels heading a later table's columns: their "
            "text read as the levels' descriptions",
            0.7,
            scale[0].source,
        )
    )


#: A column of a publisher's remarks beside the level columns, no level of its own
_REMARKS = re.compile(r"^(?:comments?|notes?|remarks?|additional (?:comments|notes))\W*$", re.I)


def remark_columns(doc: Document, head: list[dict], rows: list[list[dict]]) -> set[int]:
    """A "Comments" column after two or more level columns: remarks, reported, not a level.

    The programmer competency matrix ("2^n (Level 0) | n^2 (Level 1) | ... | Comments") notes
    beside some rows what the levels assume; read as a fifth level, its blank cells were 28
    undefined cells and its remarks statements of a level above the highest.
    """
    texts = [_text(c) for c in head]
    levelled = sum(level_score(t, doc.marked_levels) >= 0.6 for t in texts[1:])
    out = {k for k in range(1, len(texts)) if _REMARKS.match(texts[k]) and levelled >= 2}
    for k in out:
        cells = [row[k] for row in rows if k < len(row) and _text(row[k])]
        for cell in cells:  # reported here, once, not again as text in nothing read
            for p in cell["paras"]:
                doc.all_keys.pop(p.key, None)
        for p in head[k]["paras"]:
            doc.all_keys.pop(p.key, None)
        if cells:
            n = f"{len(cells)} cell{'s' * (len(cells) > 1)}"
            doc.notes.append(
                (
                    "unused",
                    f"the {texts[k]!r} column ({n}, the first "
                    f"{_text(cells[0])[:60]!r}): remarks beside the levels, not read",
                    0.6,
                    head[k]["source"],
                )
            )
    return out
