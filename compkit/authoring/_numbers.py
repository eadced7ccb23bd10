"""The numbers a document prints before a numbered list's statements: the source's own.

Split from :mod:`compkit.authoring._layout` (which re-exports :func:`numbering`): a list keeps
the numbers its source printed, runs broken where a joined statement took several, numbered
afresh when a revision put its statements out of order, and closed up where one was removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Indicator


def numbering(items: tuple[Indicator, ...]) -> list[tuple[int, list[Indicator]]] | None:
    """The source's numbering of a list as runs (first number, items); None if it is unnumbered.

    A run continues while each statement carries the next number; a statement joined from
    several numbers (``source.numbers`` 2, 3, 4) shows the first, and the next run starts after
    the last, so every printed number is the source's own. A list whose numbers no longer
    ascend (a revision moved a statement in from another list, or reordered one) is numbered
    afresh from 1: the source's numbers then describe another list, and "3., 2." would misread.
    A number no statement holds any more (one removed: 1, 2, 4) is closed up (1, 2, 3).

    Examples
    --------
    >>> import compkit
    >>> wsx = compkit.load("wsx")
    >>> cell = [i for i in wsx.indicator_records if (i.competency, i.level) == ("improving",
    ...         "management")]
    >>> [(start, len(run)) for start, run in numbering(tuple(cell))]
    [(1, 2), (5, 4)]
    """
    if not items or not all(i.source.numbers for i in items):
        return None
    firsts = [i.source.numbers[0] for i in items]
    lasts = [i.source.numbers[-1] for i in items]
    if any(first <= last for first, last in zip(firsts[1:], lasts, strict=False)):
        return [(1, list(items))]
    runs: list[tuple[int, list[Indicator]]] = []
    expected = last = None
    shift = 0  # numbers a removed statement left unused: the list prints no gap for them
    for ind in items:
        first = ind.source.numbers[0] - shift
        if last is not None and first > last + 1:
            shift, first = shift + first - last - 1, last + 1
        if first != expected:
            runs.append((first, []))
        runs[-1][1].append(ind)
        expected, last = first + 1, ind.source.numbers[-1] - shift  # Word numbers one on
    return runs
