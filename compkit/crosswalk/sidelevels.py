"""Levels that are no grade: a side list of ineffective statements beside the graded levels.

Some frameworks list each competency's ineffective behaviours once, for every grade; read
from the document, they stand at a level of their own ("All levels" after "Grades 1-3" ...
"Grades 7 & above", Edinburgh Napier's behaviours from Word). That level holds ineffective
statements and no effective one while the other levels hold effective ones: it is each
competency's ineffective side, not a rung above the top grade. The checker's S001 reads it so
(``compkit.checks._sides.side_levels``); the level alignment and the comparison read it here
(the crosswalk layer may not import the checker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Framework
    from ..framework.records import Level

__all__ = ["graded_levels", "side_levels"]


def side_levels(fw: Framework) -> frozenset[str]:
    """The ids of the levels holding ineffective statements and no effective one.

    Only beside levels holding effective statements: a framework of ineffective statements
    only has none, and neither has a framework with no ineffective statement.

    Examples
    --------
    >>> import compkit
    >>> side_levels(compkit.load("cis"))
    frozenset()
    """
    ind = fw.indicators
    effective = set(ind.loc[ind["polarity"] == "effective", "level"])
    if not effective:
        return frozenset()
    return frozenset(set(ind.loc[ind["polarity"] == "ineffective", "level"]) - effective)


def graded_levels(fw: Framework) -> list[Level]:
    """The framework's level records, lowest first, without its side levels.

    Examples
    --------
    >>> import compkit
    >>> [lv.name for lv in graded_levels(compkit.load("cis"))]
    ['Level 1', 'Level 2', 'Level 3', 'Level 4']
    """
    side = side_levels(fw)
    return [lv for lv in fw.level_records if lv.id not in side]
