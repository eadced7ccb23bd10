"""Table cells that hold labelled parts: a row's name in parts, a cell's statements under headings.

Some ladders print one table per track with a row per level, and put structure inside the
cells (Persado's engineering job ladder, as HTML in Markdown):

- the first column's header names the parts of each row's first cell ("Level / Title /
  Experience"), and each such cell sets every part's name over its value ("Level", "1",
  "Title", "Software Engineer", "Experience", "0-3 years"): :func:`named_rows` reads the row's
  name from its level and title ("Level 1: Software Engineer"), the other parts left to the
  report as unused;
- another cell sets short headings over lists ("Role Highlights", then its items;
  "Communication", then its items), the same headings in the column's other cells:
  :func:`cell_sections` parts the cell under those headings, each a label of its own.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, clean

__all__ = ["cell_sections", "named_rows"]

_PART_SPLIT = re.compile(r"\s*/\s*")
_NUMBER = re.compile(r"^(?:\d{1,2}(?:\s*/\s*\d{1,2})?|[IVX]{1,4})$")


def _texts(cell: dict) -> list[str]:
    return [clean(p.text) for p in cell["paras"] if clean(p.text)]


def named_rows(head: str, rows: list[list[dict]]) -> list[list[dict]] | None:
    """The rows with each first cell's labelled parts read as one name, or None.

    ``head`` is the first column's header ("Level / Title / Experience"); every row's first
    cell must set part names from it over their values. The name is the level part's value
    and the title's ("Level 1: Software Engineer"); without a number, the values of the first
    two parts ("Director: 10+ years" is never made: a part holding a number names the level).

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> cell = {"paras": [Para(t, {}, key=f"k{i}") for i, t in enumerate(
    ...     ["Level", "2", "Title", "Senior Engineer", "Experience", "3-5 years"])],
    ...     "source": {}}
    >>> rows = named_rows("Level / Title / Experience", [[cell, cell]])
    >>> rows[0][0]["paras"][0].text, rows[0][0]["paras"][0].key
    ('Level 2: Senior Engineer', 'k0 k1 k2 k3')
    >>> named_rows("Level", [[cell, cell]]) is None
    True
    """
    parts = [p.casefold() for p in _PART_SPLIT.split(clean(head)) if p]
    if len(parts) < 2 or not rows:
        return None
    out = []
    for row in rows:
        paras = [p for p in row[0]["paras"] if clean(p.text)] if row else []
        if len(paras) < 4 or len(paras) % 2:
            return None
        names = [clean(p.text).casefold().rstrip(":") for p in paras[0::2]]
        if not set(names) <= set(parts):
            return None
        values = dict(zip(names, paras[1::2], strict=True))
        number = next((k for k in names if _NUMBER.match(clean(values[k].text))), None)
        title = next((k for k in names if k != number), None)
        if number is None or title is None:
            return None
        shown = paras[2 * names.index(number)].text
        name = f"{clean(shown)} {clean(values[number].text)}: {clean(values[title].text)}"
        used = [paras[2 * names.index(k) + j] for k in (number, title) for j in (0, 1)]
        para = Para(name, dict(used[0].source), key=" ".join(p.key for p in used))
        out.append([{**row[0], "paras": [para]}, *row[1:]])
    return out


_HEADING = re.compile(r"^[^.!?:;]{2,60}$")


def _sections(cell: dict) -> list[tuple[Para, list[Para]]] | None:
    """A cell's paragraphs as (heading, items), or None.

    Each run of list items has a short line over it, and there are two runs or more.
    """
    out: list[tuple[Para, list[Para]]] = []
    for p in cell["paras"]:
        listed = p.bullet or p.number is not None
        if listed and out:
            out[-1][1].append(p)
        elif not listed and _HEADING.match(clean(p.text)) and len(p.text.split()) <= 8:
            if out and not out[-1][1]:
                return None  # two headings in a row: no heading over a list
            out.append((p, []))
        else:
            return None
    return out if len(out) >= 2 and all(items for _, items in out) else None


def cell_sections(rows: list[list[dict]]) -> dict[tuple[int, int], list]:
    """Cells parted by headings over their lists: (row, column) -> [(heading label, paras)].

    A column counts when two cells or more part so and most of their headings recur across
    its cells (not one cell's own lead-ins).
    """
    found: dict[tuple[int, int], list] = {}
    for c in range(max((len(r) for r in rows), default=0)):
        parted = {r: s for r, row in enumerate(rows) if c < len(row) and (s := _sections(row[c]))}
        if len(parted) < 2:
            continue
        counts: dict[str, int] = {}
        for s in parted.values():
            for head, _ in s:
                counts[clean(head.text).casefold()] = counts.get(clean(head.text).casefold(), 0) + 1
        if sum(n >= 2 for n in counts.values()) * 2 < len(counts):
            continue  # most headings stand once: lead-ins, not the column's sections
        for r, s in parted.items():
            where = tuple(rows[r][c]["source"].items())
            found[(r, c)] = [
                (Label(clean(h.text), "cell heading", where, key=h.key), list(items))
                for h, items in s
            ]
    return found
