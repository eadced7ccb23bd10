"""A long sheet's label column, its name columns in words of its own, and definitions per level.

An evaluation grid kept as a long list names its parts in its own words: "Level | Section |
Subsection | Criteria | Description", a row per level and criterion. compkit's header words
match "Criteria" as the statements and nothing as the competency, so the grid read as one
competency of two-word labels ("Quality", "Documentation"). Three readings put it right, each
reported:

- :func:`label_columns`: a statement column of short labels recurring at several levels beside a
  description column holding a sentence on each row is a column of the statements' labels (a
  framework file has no place for them: reported, not read); the description column holds the
  statements. Columns of short names left of the statements, each name met at several levels
  and not a header compkit knows, are the competency (the nearest) and its group (the one
  before it, when each competency sits in one group).
- :func:`lift_definitions`: a line opening a competency's cell at several levels, word for word,
  above the level's own lines (a competency's definition repeated over each level's summary:
  "The ability to ...") is the competency's description, read once, not a statement at every
  level. A cell of one line that says the same at every level is a statement, as printed.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .._words import plural
from .blocks import clean
from .draft import Draft
from .tables import Grid
from .tables import at as _at

__all__ = ["label_columns", "lift_definitions"]

#: A cell holding a figure, a share or a code, not a name ("1.2", "70%", "A-3")
_FIGURE = re.compile(r"^[\d\s.,%/:+-]*$")


def label_columns(grid: Grid, row: int | None, cols: dict, hints: dict, draft: Draft) -> dict:
    """``cols`` with the statements read from sentences beside labels, and the name columns.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> head = ["Level", "Area", "Criteria", "Description"]
    >>> rows = [head] + [
    ...     [lv, area, crit, f"At {lv} you {verb} the {crit.lower()} of your team."]
    ...     for lv in ("L1", "L2", "L3")
    ...     for area, crit, verb in (("Craft", "Quality", "check"), ("Craft", "Speed", "judge"),
    ...                              ("People", "Hiring", "lead"))
    ... ]
    >>> cols = {"level": 0, "text": 2, "description": 3}
    >>> label_columns(Grid("", rows), 0, cols, {}, Draft(IngestReport("grid.csv")))
    {'level': 0, 'text': 3, 'competency': 1}
    """
    if row is None or cols.get("_levels") or "level" not in cols or "text" not in cols:
        return cols
    body = [cells for cells in grid.rows[row + 1 :] if any(clean(c) for c in cells)]
    head = grid.rows[row]
    labels = None
    if not hints.get("text_from") and "description" in cols:
        labels = _labels_beside(body, cols)
    if labels is not None:
        sentences = cols["description"]
        cols = {k: v for k, v in cols.items() if k != "description"} | {"text": sentences}
        shown = ", ".join(repr(t) for t in labels[1][:3])
        draft.report.add(
            "guess",
            f"column {clean(head[labels[0]])!r} holds short labels recurring at several levels "
            f"({shown}, ...) and column {clean(head[sentences])!r} a sentence on each row: the "
            "sentences read as the statements, the labels not read (a framework file has no "
            "place for a statement's label)",
            0.6,
            grid.where(row, labels[0]),
        )
    if "competency" in cols or hints.get("competency_from"):
        return cols
    skip = {labels[0]} if labels else set()
    names = _name_columns(body, cols, skip, head)
    if not names:
        return cols
    comp, out = names[-1], {**cols, "competency": names[-1]}
    group = names[-2] if len(names) >= 2 and "group" not in cols else None
    if group is not None and _nested(body, group, comp):
        out["group"] = group
    said = f"column {clean(head[comp])!r} read as the competencies"
    if "group" in out and out["group"] == group:
        said += f" and {clean(head[group])!r} as their groups"
    draft.report.add(
        "guess",
        said + " (short names, each at several levels, left of the statements)",
        0.6,
        grid.where(row, comp),
    )
    return out


def _labels_beside(body: list[list[str]], cols: dict) -> tuple[int, list[str]] | None:
    """The label column and its first labels, when the statements' column holds labels only.

    Labels: two to five words at most (median three or fewer), none a sentence, recurring (a
    label on several rows, as each level has its criteria). Beside them, the description column
    holds sentences, nearly every row its own (eight in ten distinct, six words or more median).
    """
    text, desc = cols["text"], cols["description"]
    pairs = [(_at(cells, text), _at(cells, desc)) for cells in body]
    labels = [t for t, _ in pairs if t]
    said = [d for _, d in pairs if d]
    if len(labels) < 4 or len(said) < 4:
        return None
    words = sorted(len(t.split()) for t in labels)
    if words[len(words) // 2] > 3 or words[-1] > 5 or len(set(labels)) * 2 > len(labels):
        return None
    if sum(t.endswith((".", ";", ":")) for t in labels) * 10 > len(labels):
        return None
    said = [d for d in said if len(d.split()) >= 3]  # "N/A", "-": no statement, no sentence
    long = sorted(len(d.split()) for d in said)
    if len(said) < 4 or long[len(long) // 2] < 6 or len(set(said)) * 5 < len(said) * 4:
        return None
    return text, list(dict.fromkeys(labels))


def _name_columns(body: list[list[str]], cols: dict, skip: set[int], head: list[str]) -> list[int]:
    """Columns left of the statements holding short names, each name met at several levels."""
    taken = {v for k, v in cols.items() if k[0] != "_"} | skip
    rows = [cells for cells in body if _at(cells, cols["text"])]
    out = []
    for c in range(cols["text"]):
        if c in taken or c >= len(head) or not clean(head[c]):
            continue
        named = [(_at(cells, c), _at(cells, cols["level"])) for cells in rows]
        named = [(n, lv) for n, lv in named if n]
        if len(named) * 2 < len(rows) or not named:
            continue
        texts = [n for n, _ in named]
        if any(_FIGURE.match(t) or len(t.split()) > 6 for t in texts):
            continue
        levels: dict[str, set[str]] = defaultdict(set)
        for n, lv in named:
            levels[n].add(lv)
        several = sum(len(v) >= 2 for v in levels.values())
        if len(levels) >= 2 and len(levels) * 2 <= len(texts) and several * 2 > len(levels):
            out.append(c)
    return out


def _nested(body: list[list[str]], group: int, comp: int) -> bool:
    """Whether each competency's rows name one group, and the groups are fewer."""
    of: dict[str, set[str]] = defaultdict(set)
    for cells in body:
        if _at(cells, comp):
            of[_at(cells, comp)].add(_at(cells, group))
    groups = {g for v in of.values() for g in v}
    return all(len(v) == 1 for v in of.values()) and "" not in groups and len(groups) < len(of)


def _words(text: str) -> str:
    """A line as definitions are compared: case and a closing full stop aside."""
    return clean(text).casefold().rstrip(". ")


_SPLIT = "split-merged-statements"
#: The opening of a split cell's repair note (``celllines.split_note``)
_HELD = re.compile(r"^Cell (\S+) holds (\d+) statements, one a line:")


def _held(m: re.Match) -> str:
    return (
        f"Cell {m.group(1)} holds {m.group(2)} lines: its first, the competency's definition, "
        "is read as its description, each other line as a statement:"
    )


def _cell(s) -> tuple:
    return (s.source.get("sheet"), s.source.get("cell")) if s.source.get("cell") else (id(s),)


def lift_definitions(draft: Draft) -> None:
    """Read as its description a line opening a competency's cells at several levels.

    A grid that gives each competency a heading row per level may open each of those cells with
    the competency's definition ("The ability to ...") over the level's summary. A sentence
    (six words or more) opening the competency's first cell at three levels or more, and at
    more than half its levels, word for word (a closing full stop aside), over the level's
    own lines in at least half those cells, is its definition: its description (when it has none),
    and no statement at any level. Reported once per framework, with the count.
    """
    if any(s.mirrors is not None for s in draft.statements):
        return
    first: dict[tuple[str, str], int] = {}  # (competency, level) -> its first statement
    for k, s in enumerate(draft.statements):
        first.setdefault((s.competency, s.level), k)
    per_cell: dict[tuple, int] = defaultdict(int)  # statements read from each cell
    for s in draft.statements:
        per_cell[_cell(s)] += 1
    opening: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    over: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # over more lines
    levels: dict[str, set[str]] = defaultdict(set)
    for (comp, level), k in first.items():
        levels[comp].add(level)
        words = _words(draft.statements[k].text)
        opening[comp][words].add(level)
        over[comp][words] += per_cell[_cell(draft.statements[k])] > 1
    drop: set[int] = set()
    lifted = 0
    for comp, said in opening.items():
        if draft.competencies[comp].description:
            continue
        for words, at in said.items():
            if len(at) < 3 or len(at) * 2 <= len(levels[comp]) or len(words.split()) < 6:
                continue
            if over[comp][words] * 2 < len(at):  # a cell's own statement, not a heading line
                continue
            ks = [k for (c, _), k in first.items() if c == comp]
            ks = [k for k in ks if _words(draft.statements[k].text) == words]
            kept = draft.statements[ks[0]]
            draft.describe(comp, kept.text, kept.source)
            drop.update(ks)
            lifted += 1
            break
    if not drop:
        return
    cells = {_cell(draft.statements[k]) for k in drop}
    for k, s in enumerate(draft.statements):  # a cell split in lines: its first is no statement
        if k not in drop and _cell(s) in cells and s.repair and s.repair[0] == _SPLIT:
            s.repair = (_SPLIT, _HELD.sub(_held, s.repair[1], count=1))
    draft.statements[:] = [s for k, s in enumerate(draft.statements) if k not in drop]
    draft.report.add(
        "guess",
        f"{plural(lifted, 'competency')}: the line opening its cells at several "
        f"levels, word for word, read as its definition (its description), not as a statement "
        f"at each level ({plural(len(drop), 'line')} in all)",
        0.7,
    )
