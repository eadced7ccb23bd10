"""Sheets headed word for word as the best one: read with its columns as finally found.

A workbook with a sheet per competency repeats one header on every sheet ("Level | Attainment
Criteria (non-exhaustive)"). When compkit's header words do not name the statement column,
the best sheet's is found by what it holds (:mod:`~compkit.ingest.longwords`), and the other
sheets, weighed by their headers alone, were passed over as having none: a 29-sheet ladder
read its first sheet's statements only, or none. :func:`peer_columns` gives every sheet headed
as the best one is the best one's columns.
"""

from __future__ import annotations

from .blocks import clean

__all__ = ["peer_columns"]


def peer_columns(ranked: list, best: dict) -> list:
    """``ranked`` with each sheet headed as the first one's taking ``best`` as its columns.

    ``ranked`` holds ``(score, grid, header row, columns)`` per sheet, best first.

    Examples
    --------
    >>> from compkit.ingest.tables import Grid
    >>> head = ["Level", "Attainment criteria"]
    >>> ranked = [(3, Grid("A", [head]), 0, {"level": 0}), (3, Grid("B", [head]), 0, {"level": 0})]
    >>> [cols for *_, cols in peer_columns(ranked, {"level": 0, "text": 1})]
    [{'level': 0, 'text': 1}, {'level': 0, 'text': 1}]
    """
    _, top, top_row, _ = ranked[0]
    if top_row is None:
        return ranked
    head = [clean(c).casefold() for c in top.rows[top_row]]
    return [
        (score, grid, row, best)
        if row is not None and [clean(c).casefold() for c in grid.rows[row]] == head
        else (score, grid, row, cols)
        for score, grid, row, cols in ranked
    ]
