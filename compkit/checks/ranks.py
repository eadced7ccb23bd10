"""Structure rule S009: a gap in the levels' ranks (1, 2, 4), and what the toolkit makes of it.

The levels are read in rank order whatever their numbers, so the checker, comparisons and role
profiles read a level after a gap as the next one up; a cross-walk, though, measures how far
apart two levels are by their ranks (``crosswalk/signals.py``), so there a gap is a distance.

Examples
--------
>>> import compkit
>>> len(compkit.check("cis", select="S009"))  # CiS ranks its levels 1 to 4
0
"""

from __future__ import annotations

from ..framework.lookup import rank_gap
from .context import Context
from .registry import rule


@rule("S009", "level-rank-gap", "warning")
def level_rank_gap(ctx: Context):
    """The levels' ranks skip a number (levels ranked 1, 2 and 4).

    **What it does.** Reads the ranks of the framework's levels, which count from 1 (the
    lowest), and finds a rank that no level holds below the highest. One finding a framework,
    at the first level after a gap, naming every rank skipped.

    **Why it matters.** A gap often means a level was lost (a row deleted from the levels
    sheet, a level left out of an export). compkit reads the levels in rank order, so the
    checker and comparisons take the level after a gap as the next one up; a cross-walk,
    though, measures how far apart two levels are by their ranks, so it places that level
    as many steps above the one before as their ranks differ (two from 2 to 4), and pairs
    across the gap count as further apart than pairs of neighbouring levels elsewhere. A
    level given by its rank (``--level 3``) names no level at a skipped rank.

    **Example.** Levels *Core* (rank 1), *Skilled* (rank 2) and *Expert* (rank 4).

    **Fix.** Restore the missing level, or rank the levels 1, 2, 3, ... with no gap.
    """
    levels = sorted(ctx.fw.level_records, key=lambda lv: lv.rank)
    said = rank_gap(levels)
    if not said:
        return
    ranks = [lv.rank for lv in levels]
    after = next(i for i, rank in enumerate(ranks) if rank > i + 1)
    if after == 0:  # the lowest rank is above 1: levels given by rank count from 1
        meaning = "a level given by its rank counts from 1, so rank 1 names no level"
    else:
        below, above = levels[after - 1], levels[after]
        steps = above.rank - below.rank
        meaning = (
            f"a cross-walk measures how far apart levels are by their ranks, so it places "
            f"{above.name!r} {steps} steps above {below.name!r}, not one"
        )
    yield {
        "level": levels[after].id,
        "message": f"{said}; {meaning}. If no level is missing, rank them 1 to {len(levels)}",
    }
