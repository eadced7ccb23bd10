"""The numbers a document prints before a numbered list's statements: the source's own.

Split from :mod:`compkit.authoring._layout` (which re-exports :func:`numbering`): a list keeps
the numbers its source printed, runs broken where a joined statement took several, numbered
afresh when a revision put its statements out of order, and closed up where one was removed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Indicator


def numbering(
    items: tuple[Indicator, ...], *, gone: frozenset[str] = frozenset()
) -> list[tuple[int, list[Indicator]]] | None:
    """The source's numbering of a list as runs (first number, items); None if it is unnumbered.

    A list is numbered when one of its statements carries the source's number: a statement
    an author added to it (no number of its own) takes the number after the one before it.

    A run continues while each statement carries the next number; a statement joined from
    several numbers (``source.numbers`` 2, 3, 4) shows the first, and the next run starts after
    the last, so every printed number is the source's own. A list whose numbers no longer
    ascend (a revision moved a statement in from another list, or reordered one) is numbered
    afresh from 1: the source's numbers then describe another list, and "3., 2." would misread.
    A number no statement holds any more (one removed: 1, 2, 4) is closed up (1, 2, 3), and so
    are the numbers before the first that statements now ``gone`` from the cell held (ids
    removed or moved away, :func:`gone_ids`): with ``people-l1-1`` moved away, ``people-l1-2``
    first, numbered 2, prints 1. A late start nothing gone explains is the source's own and kept
    (a source that starts a list at 3, or runs its numbers on from the level before, prints 3).

    Examples
    --------
    >>> import compkit
    >>> wsx = compkit.load("wsx")
    >>> cell = [i for i in wsx.indicator_records if (i.competency, i.level) == ("improving",
    ...         "management")]
    >>> [(start, len(run)) for start, run in numbering(tuple(cell))]
    [(1, 2), (5, 4)]
    """
    if not items or not any(i.source.numbers for i in items):
        return None
    spans = _spans(items)
    firsts, lasts = [f for f, _ in spans], [la for _, la in spans]
    if any(first <= last for first, last in zip(firsts[1:], lasts, strict=False)):
        return [(1, list(items))]
    runs: list[tuple[int, list[Indicator]]] = []
    expected = last = None
    shift = _gone_before(items[0], gone)  # numbers a removed statement left unused: no gap for them
    for ind, (given, upto) in zip(items, spans, strict=True):
        first = given - shift
        if last is not None and first > last + 1:
            shift, first = shift + first - last - 1, last + 1
        if first != expected:
            runs.append((first, []))
        runs[-1][1].append(ind)
        expected, last = first + 1, upto - shift  # Word numbers one on
    return runs


def _spans(items: tuple[Indicator, ...]) -> list[tuple[int, int]]:
    """Each statement's first and last number: the source's, or one after the statement before.

    A statement an author added to a numbered list has no number of its own; it takes the
    number after the one before it (1 if it comes first).
    """
    spans, last = [], 0
    for ind in items:
        numbers = ind.source.numbers or (last + 1,)
        spans.append((numbers[0], numbers[-1]))
        last = numbers[-1]
    return spans


def gone_ids(fw) -> frozenset[str]:
    """The ids of statements that left their cell: retired (removed) or moved to another one.

    compkit gives a statement the id ``<competency>-<level>-<n>`` of the cell it is written in;
    one whose id names another cell has moved since (:func:`compkit.authoring.move_indicator`).
    """
    moved = {
        i.id for i in fw.indicator_records if not i.id.startswith(f"{i.competency}-{i.level}-")
    }
    return frozenset(fw.retired_ids or ()) | moved


def _gone_before(first: Indicator, gone: frozenset[str]) -> int:
    """How many of the numbers before a list's ``first`` statement were held by statements gone.

    Its id ``<competency>-<level>-<n>`` says ``n - 1`` statements were written in its cell before
    it; those of them ``gone`` count, up to its own number less one (all of them where its id
    follows its number, as ingest gives ids: the numbers a joined statement gone took count
    too). An id of another shape, or of another cell (a statement moved in), says nothing: 0.
    """
    stem = f"{first.competency}-{first.level}-"
    m = re.fullmatch(rf"{re.escape(stem)}(\d+)", first.id)
    if not m or not gone or not first.source.numbers:
        return 0
    serial, number = int(m.group(1)), first.source.numbers[0]
    before = sum(f"{stem}{k}" in gone for k in range(1, serial))
    if before and serial == number:  # ids follow the numbers: every number before it is gone
        return number - 1
    return min(before, number - 1)
