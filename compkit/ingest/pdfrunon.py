"""A PDF table's row broken by a page's end, read as two tables: its items joined again.

A level table printed from Word whose row is taller than what is left of the page goes on at
the next page's top under its header row repeated there. The reader finds one table on each
page, and an item the page break cut ("• Review and" at one page's foot, "recommend the
approval or disapproval of funding requests." at the next one's top, GSA's Section 508
competency guide laid out as a table a competency) read as two statements. :func:`join_run_on`
finds such pairs (a table at the top of a page, nothing but blank lines after the table before
it, under the same header), and joins the first paragraph of each cell of the later table's
first row to the last paragraph of the same column of the earlier table's last row where the
item was left open: the later paragraph bears no list marker and opens in lower case, or the
earlier cell holds a list whose last item ends with no full stop (a list's lines, one a
paragraph, move over, the item's lines up to the next marked one, and are joined as the item's
wrapped lines). The join is a repair the report names.
"""

from __future__ import annotations

import itertools

from .blocks import clean, marker

__all__ = ["join_run_on"]


def join_run_on(lines: list[str], where: list[dict], tables: dict[int, list]) -> list[tuple]:
    """Join items a page break cut between two tables (see the module); the report's notes.

    ``tables`` maps a line index of ``lines`` to its grid (rows of cells, each a dict holding
    its ``paras``); ``where`` gives each line's place. Changed in place: a joined paragraph
    leaves the later table, and a first row left empty goes.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def grid(*cells):
    ...     head = [{"paras": [Para("Beginner", {})]}, {"paras": [Para("Advanced", {})]}]
    ...     return [head, [{"paras": [Para(t, {"page": 1, "lines": [5]}) for t in c]}
    ...                    for c in cells]]
    >>> tables = {0: grid(["• Plans work."], ["• Review and"]),
    ...           2: grid([], ["approve funding requests."])}
    >>> where = [{"page": 1, "lines": [1]}, {"page": 1, "lines": [9]}, {"page": 2, "lines": [1]}]
    >>> said = join_run_on(["", "", ""], where, tables)
    >>> [p.text for p in tables[0][1][1]["paras"]], 2 in tables  # its one row went on
    (['• Review and', 'approve funding requests.'], False)

    A list's cell holds a paragraph a line; the item's lines move, and the list reader joins
    them as it joins any item's wrapped lines. Paragraphs are joined here:

    >>> tables = {0: grid(["Plans work"]), 2: grid(["and reviews it."])}
    >>> _ = join_run_on(["", "", ""], where, tables)
    >>> [p.text for p in tables[0][1][0]["paras"]]
    ['Plans work and reviews it.']
    >>> said[0][1][:56]
    '1 item cut by a page break in a table joined over it (pa'
    """
    joined: list[int] = []
    keys = sorted(tables)
    for a, b in itertools.pairwise(keys):
        first, later = tables[a], tables[b]
        top = where[b] if b < len(where) else {}
        if (
            len(first) < 2
            or len(later) < 2
            or top.get("page", 0) <= (where[a].get("page") or 0 if a < len(where) else 0)
            or any(clean(lines[k]) for k in range(a + 1, b))
            or _header(first) != _header(later)
        ):
            continue
        for c, (cell, more) in enumerate(zip(first[-1], later[1], strict=False)):
            cut, rest = (cell["paras"] or [None])[-1], (more["paras"] or [None])[0]
            listed = any(_listed(p.text) for p in cell["paras"])
            if cut is None or rest is None or not _open(cut.text, rest.text, listed):
                continue
            joined.append(top.get("page"))
            if listed:  # a list's lines, one a paragraph: the item's lines go with it
                n = next((k for k, p in enumerate(more["paras"]) if _listed(p.text)), None)
                cell["paras"] += more["paras"][:n]
                del more["paras"][:n]
                continue
            cut.text = f"{cut.text.rstrip()} {rest.text.strip()}"
            cut.repair = (
                f"A statement cut by a page break (page {top.get('page')}, column {c + 1}) "
                "goes on at the next page's top under the repeated header; joined with a space."
            )
            more["paras"].pop(0)
        if all(not cell["paras"] for cell in later[1]):
            del later[1]
    for k in [k for k in keys if len(tables[k]) < 2 and k != keys[0]]:
        del tables[k]  # a table whose one row went on from the page before: read whole
    if not joined:
        return []
    pages = ", ".join(str(p) for p in dict.fromkeys(joined))
    item = "item" if len(joined) == 1 else "items"
    return [
        (
            "repair",
            f"{len(joined)} {item} cut by a page break in a table joined over it (page"
            f"{'s' if ',' in pages else ''} {pages}): its text goes on at the top of the next "
            "page under the repeated header",
            0.85,
            None,
        )
    ]


def _header(grid: list) -> list[str]:
    return [" ".join(clean(p.text) for p in cell["paras"]) for cell in grid[0]]


def _open(cut: str, rest: str, listed: bool) -> bool:
    """Whether ``rest`` (a later page's first paragraph in a column) goes on from ``cut``.

    ``listed``: the earlier cell holds a list, whose item a line with no marker goes on.
    """
    if _listed(rest) or not clean(cut) or not clean(rest):
        return False
    first = clean(rest).lstrip("‘“'\"(")[:1]
    return first.islower() or (listed and not clean(cut).endswith((".", "!", "?", ":")))


def _listed(text: str) -> bool:
    """Whether ``text`` opens with a list marker (a bullet or a number)."""
    number, bullet, _ = marker(clean(text))
    return bullet or number is not None
