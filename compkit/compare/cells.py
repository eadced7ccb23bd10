"""Statements per competency × level: the cells of a framework, with the ones left undefined.

A cell the publisher left undefined (``Framework.undefined_cells``) is not an empty cell: its
count is missing (``<NA>``), never 0, and tables and charts show it as "not defined".
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from .tables import _load

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["cell_counts", "counts"]


def counts(fw: Framework | str | os.PathLike, *, polarity: str = "effective") -> pd.DataFrame:
    """Statements of one polarity per competency (rows) × level (columns), in framework order.

    Cells the publisher left undefined are missing (``<NA>``), not 0.

    Examples
    --------
    >>> counts("cis").loc["people"].tolist()
    [3, 2, 2, 2]
    """
    (fw,) = _load((fw,))
    ind = fw.indicators
    ind = ind[ind["polarity"] == polarity]
    table = (
        pd.crosstab(ind["competency_id"], ind["level"])
        .reindex(index=list(fw.competency_ids), columns=list(fw.level_ids), fill_value=0)
        .astype("Int64")
    )
    for comp, level in fw.undefined_cells:
        if comp in table.index and level in table.columns:
            table.loc[comp, level] = pd.NA
    return table.rename_axis(index="competency_id", columns="level")


def cell_counts(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Statements per competency × level, tidy: one row per cell, empty cells included.

    ``n_indicators`` counts effective statements, ``n_negative`` negative indicators;
    ``defined`` is False for a cell the publisher left undefined, whose counts are missing
    (``<NA>``), never 0.

    Examples
    --------
    >>> t = cell_counts("cis")
    >>> len(t), int(t["n_indicators"].sum()), int(t["n_indicators"].max())
    (24, 62, 4)
    """
    rows = []
    for fw in _load(frameworks):
        long = counts(fw).stack(future_stack=True).rename("n_indicators").reset_index()  # noqa: PD013
        negative = counts(fw, polarity="ineffective").stack(future_stack=True)  # noqa: PD013
        names = dict(zip(fw.competency_ids, (c.name for c in fw.competency_records), strict=True))
        levels = fw.levels.set_index("level")
        rows.append(
            long.assign(
                framework=fw.id,
                competency=long["competency_id"].map(names),
                level_name=long["level"].map(levels["level_name"]),
                level_rank=long["level"].map(levels["level_rank"]).astype("int64"),
                n_negative=negative.to_numpy(),
                defined=long["n_indicators"].notna().to_numpy(),
            )[
                [
                    "framework",
                    "competency_id",
                    "competency",
                    "level",
                    "level_name",
                    "level_rank",
                    "n_indicators",
                    "n_negative",
                    "defined",
                ]
            ]
        )
    return pd.concat(rows, ignore_index=True)
