"""The report's section on negative indicators and the cells a publisher left undefined.

Split from :mod:`compkit.compare.report_sections` (by job: what a holder should not do, and
where a framework says nothing, as findings of their own). A side list of negative indicators
at a level of its own ("All levels" beside the grades) is said to be one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .present import readable
from .report_model import Section, Table

if TYPE_CHECKING:
    from ..framework.model import Framework


_SIDES = {
    "all": "the whole cell",  # both sides, or the only one: not "every statement"
    "effective": "what a holder must show",
    "ineffective": "negative indicators",
}


def undefined_table(fa: Framework, fb: Framework) -> pd.DataFrame:
    """Every cell left undefined by either publisher, in words: framework, competency, levels, what.

    A cell may be undefined on every side, or for one polarity only (a table of effective and
    ineffective behaviours whose ineffective column says "n/a").
    """
    from .cells import undefined_cells

    rows = []
    for fw in (fa, fb):
        names = {c.id: c.name for c in fw.competency_records}
        levels = {lv.id: lv.name for lv in fw.level_records}
        for comp, level, side in undefined_cells(fw).itertuples(index=False):
            rows.append((fw.id, names.get(comp, comp), levels.get(level, level), _SIDES[side]))
    cols = ["framework", "competency", "levels", "not defined"]
    # a competency undefined at several levels is one row naming them (GDS: 6 rows, was 18)
    frame = pd.DataFrame(rows, columns=cols).groupby(cols[:2] + cols[3:], sort=False)
    return frame.agg(levels=("levels", ", ".join)).reset_index()[cols]


def polarity_section(fa: Framework, fb: Framework) -> Section | None:
    """Negative indicators and undefined cells as findings of their own (None when neither)."""
    from .tables import _by_rank, statements

    negative = statements(fa, fb, polarity="ineffective")
    undefined = undefined_table(fa, fb)
    if negative.empty and undefined.empty:
        return None
    paragraphs, blocks = [], []
    if len(negative):
        per = negative.groupby(["framework", "level_rank", "level_name"], sort=False).size()
        per = _by_rank(per.reset_index(name="n"))
        paragraphs.append(
            "Negative indicators describe what a holder should not do (for example "
            f"'{negative['text'].iloc[0]}'). They are a different kind of statement: the rest of "
            "the report counts only what a holder must show."
        )
        blocks.append(
            Table(
                "Negative indicators per level",
                readable(per.drop(columns="level_rank"), (fa, fb)),
            )
        )
    if len(undefined):
        one_side = undefined["not defined"] != _SIDES["all"]
        text = (
            "Cells the publisher left undefined (a competency at a level the framework does not "
            "describe) are not the same as cells with no statements: they are 'not defined'."
        )
        if one_side.any():
            text += (
                " Some are undefined on one side only: the publisher gave, say, what a holder "
                "must show but marked the negative indicators as not applicable."
            )
        paragraphs.append(text)
        blocks.append(
            Table(
                "Cells not defined by the publisher",
                readable(undefined, (fa, fb), columns={"not defined": "What is not defined"}),
            )
        )
    # named for what it holds: a pair with no undefined cell has no "undefined cells" section
    title = " and ".join(
        t
        for t, held in (("Negative indicators", len(negative)), ("undefined cells", len(undefined)))
        if held
    )
    return Section(title[0].upper() + title[1:], paragraphs, blocks)
