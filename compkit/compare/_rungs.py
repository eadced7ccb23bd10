"""Levels that are no rung: a level named for every level ("All levels") beside the grades.

Some frameworks set statements once for every level of their ladder, at a level of their own
named so: Sourcegraph's engineering framework opens with "All Levels" before IC1 ... M6, and
ingest reads statements a source gives for no level at "All levels" (a wide sheet's
description column, a section every level shares). Such a level is ranked with the others in
the file, usually first, yet it is no rung: a comparison that ranked it 1 set it beside the
other framework's lowest grade. The comparison's level tables show it apart, unranked, and
rank the grades without it. A side list of ineffective statements at such a level is
:func:`compkit.crosswalk.sidelevels.side_levels`'s (left out of the level tables, said).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..crosswalk.sidelevels import graded_levels

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework
    from ..framework.records import Level

__all__ = ["every_levels", "every_said", "rungs", "top_must_show"]

#: A level's whole name saying it holds at every level: "All levels", "Every grade", "Any
#: band", "Across all levels", "All" (a level's name, not a statement: nothing else is read).
_FOR_ALL = re.compile(
    r"^\s*(?:all|(?:(?:all|any|every|across(?:\s+all)?)\s+(?:the\s+)?"
    r"(?:levels?|grades?|bands?|rungs?|ranks?|roles?|stages?|tiers?|steps?)))\s*$",
    re.IGNORECASE,
)


def every_levels(fw: Framework) -> tuple[str, ...]:
    """The ids of ``fw``'s graded levels named for every level, where others are rungs.

    A framework whose only level is "All levels" has no ladder to set it apart from: none.

    Examples
    --------
    >>> from dataclasses import replace
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> every_levels(cis)
    ()
    >>> lv = cis.level_records
    >>> every_levels(replace(cis, level_records=(replace(lv[0], name="All levels"), *lv[1:])))
    ('l1',)
    >>> every_levels(replace(cis, level_records=(replace(lv[0], name="All-rounder"), *lv[1:])))
    ()
    """
    graded = graded_levels(fw)
    named = tuple(lv.id for lv in graded if _FOR_ALL.match(lv.name))
    return named if len(named) < len(graded) else ()


def rungs(fw: Framework) -> list[Level]:
    """``fw``'s level records, lowest first, without side lists or levels named for all.

    Examples
    --------
    >>> import compkit
    >>> [lv.name for lv in rungs(compkit.load("wsx"))]
    ['Core', 'Skilled', 'Supervisory', 'Management', 'Executive']
    """
    every = set(every_levels(fw))
    return [lv for lv in graded_levels(fw) if lv.id not in every]


def every_said(fw: Framework, mine: pd.DataFrame) -> str:
    """The statements of ``fw``'s levels named for all, as the overview adds them, or "".

    Examples
    --------
    >>> import compkit
    >>> every_said(compkit.load("cis"), compkit.load("cis").indicators)
    ''
    """
    said = [
        f"{int((mine['level'] == lv).sum())} at '{fw.level(lv).name}'" for lv in every_levels(fw)
    ]
    return f" (and {' and '.join(said)})" if said else ""


def top_must_show(fw: Framework, mine: pd.DataFrame, ladder, top) -> int:
    """What a holder of ``top`` must show: the rungs up to it when cumulative, else its own.

    ``mine`` holds ``fw``'s effective statements, ``ladder`` its rungs (:func:`rungs`).

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> top_must_show(cis, cis.indicators, rungs(cis), rungs(cis)[-1])
    62
    """
    upto = [lv.id for lv in ladder if lv.rank <= top.rank] if fw.cumulative else [top.id]
    return int(mine["level"].isin(upto).sum())
