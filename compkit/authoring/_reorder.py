"""Statements and competencies an author put in a new order: "reordered" in the change list.

An author who drags a statement up its cell, or a competency up its sheet, changes what the
published framework reads first; a diff that said "no changes" hid it from reviewers. The items
kept in order are the longest run in the old order that the new order keeps (as a line diff
keeps the lines it does not move); each of the others is reordered, with its place in words.
Only statements otherwise unchanged, in the same cell, are told this way: a statement reworded
or moved is said so already.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import numpy as np

from ._structure import _ordinal

if TYPE_CHECKING:
    from ..framework.model import Framework


def out_of_order(old_places: list[int]) -> set[int]:
    """Indexes of ``old_places`` (read in the new order) outside their longest increasing run.

    >>> [sorted(out_of_order(places)) for places in ([1, 0], [0, 1, 2], [2, 0, 1])]
    [[0], [], [0]]
    """
    tails: list[int] = []  # the smallest last place of a run of each length
    ends: list[int] = []  # the index ending that run
    before = [-1] * len(old_places)
    for i, place in enumerate(old_places):
        k = bisect_left(tails, place)
        before[i] = ends[k - 1] if k else -1
        if k == len(tails):
            tails.append(place)
            ends.append(i)
        else:
            tails[k], ends[k] = place, i
    kept, i = set(), ends[-1] if ends else -1
    while i >= 0:
        kept.add(i)
        i = before[i]
    return set(range(len(old_places))) - kept


def reordered(rows: list[dict], a: Framework, b: Framework, maps: dict) -> list[dict]:
    """The rows with each statement and competency out of its old order said "reordered".

    An unchanged statement out of order in its cell is relabelled; a competency out of order in
    the list gets a row of its own (columns as :data:`versions.DIFF_COLUMNS`).
    """
    old_cells, new_cells = _cells(a), _cells(b)
    kept: dict[tuple, list[dict]] = {}
    for row in rows:
        if row["item"] == "indicator" and row["change"] == "unchanged":
            kept.setdefault(_cell(b.indicator(row["new_id"])), []).append(row)
    for key, cell in kept.items():
        new_order = new_cells[key]
        cell.sort(key=lambda r: new_order.index(r["new_id"]))
        old_order = old_cells.get(_cell(a.indicator(cell[0]["old_id"])), [])
        for i in out_of_order([old_order.index(r["old_id"]) for r in cell]):
            row = cell[i]
            now, was = new_order.index(row["new_id"]), old_order.index(row["old_id"])
            row["change"] = "reordered"
            row["note"] = (
                f"{_ordinal(now + 1)} of {len(new_order)} in its cell, was "
                f"{_ordinal(was + 1)} of {len(old_order)}"
            )
    pairs = maps["competency"]
    shared = [c for c in a.competency_ids if c in pairs]
    news = list(b.competency_ids)
    in_new = sorted(shared, key=lambda c: news.index(pairs[c]))
    olds = list(a.competency_ids)
    for i in sorted(out_of_order([olds.index(c) for c in in_new])):
        o, n = a.competency(in_new[i]), b.competency(pairs[in_new[i]])
        rows.append(
            {
                "item": "competency",
                "change": "reordered",
                "old_id": o.id,
                "new_id": n.id,
                "old_text": o.name,
                "new_text": n.name,
                "similarity": np.nan,
                "matched_by": "id" if o.id == n.id else "content",
                "word_diff": "",
                "note": f"{_ordinal(news.index(n.id) + 1)} of {len(news)}, was "
                f"{_ordinal(olds.index(o.id) + 1)} of {len(olds)}",
            }
        )
    return rows


def _cell(ind) -> tuple[str, str, str]:
    return (ind.competency, ind.level, ind.polarity)


def _cells(fw: Framework) -> dict[tuple[str, str, str], list[str]]:
    out: dict[tuple[str, str, str], list[str]] = {}
    for ind in fw.indicator_records:
        out.setdefault(_cell(ind), []).append(ind.id)
    return out
