"""Levels that are no rung: a level named for every level ("All levels") beside the grades.

Some frameworks set statements once for every level of their ladder, at a level of their own
named so: Sourcegraph's engineering framework opens with "All Levels" before IC1 ... M6, and
ingest reads statements a source gives for no level at "All levels" (a wide sheet's
description column, a section every level shares). Such a level is ranked with the others in
the file, usually first, yet it is no rung: a comparison that ranked it 1 set it beside the
other framework's lowest grade. The comparison's level tables show it apart, unranked, and
rank the grades without it; its statements still apply to every holder, so a cumulative
framework's "must show" of each rung counts them (as :func:`compkit.compare.must_show` does). A
picture draws it after the rungs, apart and labelled (:func:`shown_levels`). A side list of
ineffective statements at such a level is :func:`compkit.crosswalk.sidelevels.side_levels`'s
(left out of the level tables, said).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._words import plural
from ..crosswalk.sidelevels import graded_levels

if TYPE_CHECKING:
    import pandas as pd

    from ..framework.model import Framework
    from ..framework.records import Level

__all__ = [
    "UNRANKED",
    "at_rung",
    "every_levels",
    "every_said",
    "level_axis",
    "levels_said",
    "must_show",
    "rung_caption",
    "rungs",
    "shown_levels",
    "shown_names",
    "top_must_show",
]

#: A level's whole name saying it holds at every level: "All levels", "Every grade", "Any
#: band", "Across all levels", "All" (a level's name, not a statement: nothing else is read).
_FOR_ALL = re.compile(
    r"^\s*(?:all|(?:(?:all|any|every|across(?:\s+all)?)\s+(?:the\s+)?"
    r"(?:levels?|grades?|bands?|rungs?|ranks?|roles?|stages?|tiers?|steps?)))\s*$",
    re.IGNORECASE,
)


#: The dashboard's level picker's value for the levels named for all, after the rungs.
UNRANKED = -1


def at_rung(fw: Framework, levels: pd.Series, rank: int) -> pd.Series:
    """Which of ``fw``'s statements (by their ``levels``' ids) a pick of ``rank`` shows.

    ``rank`` counts the rungs from 1 (:func:`rungs`). In a cumulative framework, what a holder
    of that rung must show, as :func:`must_show` counts it: the statements of the rungs up to
    it and those of its levels named for all, which hold at every rung; otherwise the rung's
    own statements alone. :data:`UNRANKED` picks the levels named for all alone.

    Examples
    --------
    >>> import compkit, pandas as pd
    >>> fw = compkit.load("tests/data/probe29j/every-level.yaml")
    >>> levels = fw.indicators["level"]
    >>> levels[at_rung(fw, levels, 2)].tolist()
    ['all-levels', 'all-levels', 'e1', 'e2', 'all-levels', 'e1', 'e2']
    >>> int(at_rung(fw, levels, UNRANKED).sum()), int(at_rung(fw, levels, 9).sum())
    (3, 3)
    """
    every = set(every_levels(fw))
    if rank == UNRANKED:
        return levels.isin(every)
    ladder = [lv.id for lv in rungs(fw)]
    picked = ladder[rank - 1 : rank] if 0 < rank <= len(ladder) else []
    if fw.cumulative:  # the rungs up to it, and the levels for all (also past the ladder's top)
        picked = [*(ladder[:rank] if picked else []), *every]
    return levels.isin(picked)


def rung_caption(fw: Framework, shown: pd.DataFrame, rank: int) -> str:
    """What a pick of ``rank`` shows beside the rung's own statements, said for its caption.

    ``shown`` holds the statements :func:`at_rung` picks (a ``level`` column of ids): how many
    stand at the rungs below (a cumulative framework's) and at a level named for all.

    Examples
    --------
    >>> import compkit
    >>> fw = compkit.load("tests/data/probe29j/every-level.yaml")
    >>> ind = fw.indicators
    >>> rung_caption(fw, ind[at_rung(fw, ind["level"], 3)], 3)
    " (4 of them at the rungs below, held from there up; 3 at 'All Levels', held at every level)"
    >>> rung_caption(fw, ind[at_rung(fw, ind["level"], UNRANKED)], UNRANKED)
    ''
    """
    every = set(every_levels(fw))
    n = int(shown["level"].isin(every).sum())
    below = {lv.id for lv in rungs(fw)[: rank - 1]} if fw.cumulative and rank > 0 else set()
    lower = int(shown["level"].isin(below).sum())
    if n == len(shown) or not (n or lower):
        return ""
    named = " or ".join(f"'{fw.level(lv).name}'" for lv in every)
    said = [f"{lower} at the rungs below, held from there up"] if lower else []
    said += [f"{n} at {named}, held at every level"] if n else []
    return f" ({said[0].replace(' at', ' of them at', 1)}{''.join(f'; {s}' for s in said[1:])})"


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


def shown_levels(fw: Framework) -> list[Level]:
    """``fw``'s graded levels as a picture's columns: the rungs lowest first, then those for all.

    Examples
    --------
    >>> from dataclasses import replace
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> lv = cis.level_records
    >>> named = replace(cis, level_records=(replace(lv[0], name="All levels"), *lv[1:]))
    >>> [lv.name for lv in shown_levels(named)]
    ['Level 2', 'Level 3', 'Level 4', 'All levels']
    """
    every = set(every_levels(fw))
    return rungs(fw) + [lv for lv in graded_levels(fw) if lv.id in every]


def shown_names(fw: Framework) -> list[str]:
    """The names of :func:`shown_levels`, a level for all said to be unranked.

    Examples
    --------
    >>> from dataclasses import replace
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> lv = cis.level_records
    >>> shown_names(replace(cis, level_records=(*lv[:3], replace(lv[3], name="All levels"))))
    ['Level 1', 'Level 2', 'Level 3', 'All levels (unranked)']
    """
    every = set(every_levels(fw))
    return [f"{lv.name} (unranked)" if lv.id in every else lv.name for lv in shown_levels(fw)]


def level_axis(ax, fw: Framework, *, first: int = 0) -> None:
    """Name a picture's columns (:func:`shown_names`), those for all apart from the rungs.

    A gap and a dotted line set them apart; ``first`` is the first column's place on the axis.
    """
    from .._plotting import level_ticks

    names = shown_names(fw)
    level_ticks(ax, names, None if first == 0 else range(first, first + len(names)))
    n = len(rungs(fw))
    if every_levels(fw) and n:
        for colour, width, dash in (("white", 6, "-"), ("#888888", 0.8, ":")):  # any ground
            ax.axvline(first + n - 0.5, color=colour, linewidth=width, linestyle=dash)


def levels_said(fw: Framework) -> str:
    """How many rungs ``fw`` has, and its levels for all beside them, as a title says it.

    Examples
    --------
    >>> import compkit
    >>> levels_said(compkit.load("wsx"))
    '5 levels'
    """
    apart = "".join(f" + {fw.level(lv).name}" for lv in every_levels(fw))
    return plural(len(rungs(fw)), "level") + apart


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


def must_show(fw: Framework, level: str | int) -> int:
    """How many effective statements a holder of ``level`` must show (lower levels included).

    In a cumulative framework a level named for every level ("All Levels", ranked first or
    last: :func:`every_levels`) applies to every holder: each rung counts it, and it counts
    its own.

    Examples
    --------
    >>> import compkit
    >>> must_show(compkit.load("wsx"), "Skilled")
    70
    """
    every, top = every_levels(fw), fw.level(level).id
    rungs_too = fw.cumulative and top not in every  # else its own statements only
    held = fw.profile(level=level, cumulative=rungs_too)  # effective statements
    if not rungs_too:
        return len(held)
    ind = fw.indicators  # "All Levels" counted wherever it is ranked
    apart = (ind["polarity"] == "effective") & ind["level"].isin(every)
    return int((~held["level"].isin(every)).sum() + apart.sum())


def top_must_show(fw: Framework, mine: pd.DataFrame, ladder, top) -> int:
    """What a holder of ``top`` must show: if cumulative, the rungs to it and those for all.

    ``mine`` holds ``fw``'s effective statements, ``ladder`` its rungs (:func:`rungs`).

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> top_must_show(cis, cis.indicators, rungs(cis), rungs(cis)[-1])
    62
    """
    if not fw.cumulative:
        return int((mine["level"] == top.id).sum())
    upto = [lv.id for lv in ladder if lv.rank <= top.rank] + list(every_levels(fw))
    return int(mine["level"].isin(upto).sum())
