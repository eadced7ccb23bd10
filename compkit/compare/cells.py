"""Statements per competency × level: the cells of a framework, with the ones left undefined.

A cell the publisher left undefined (``Framework.undefined_cells``) is not an empty cell: its
count is missing (``<NA>``), never 0, and tables and charts show it as "not defined".
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from ._loading import _load

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["cell_counts", "counts", "undefined_cells"]


def counts(fw: Framework | str | os.PathLike, *, polarity: str = "effective") -> pd.DataFrame:
    """Statements of one polarity per competency (rows) × level (columns), in framework order.

    Cells the publisher left undefined are missing (``<NA>``), not 0: those undefined on every
    side, and those whose statements of this polarity only are undefined.

    Examples
    --------
    >>> counts("cis").loc["people"].tolist()
    [3, 2, 2, 2]
    """
    (fw,) = _load((fw,))
    table = fw.counts(polarity=polarity).astype("Int64")
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


def undefined_cells(fw: Framework) -> pd.DataFrame:
    """The cells the publisher left undefined, on both sides or on one polarity's only.

    Returns
    -------
    pandas.DataFrame
        One row per (competency, level): ``competency_id, level`` and ``polarity``: ``"all"``
        when the cell is undefined on every side, else the polarity left undefined
        (``"effective"`` or ``"ineffective"``; both listed make ``"all"``).

    Examples
    --------
    >>> len(undefined_cells("cis"))
    0
    """
    (fw,) = _load((fw,))
    sides: dict[tuple[str, str], set[str]] = {}
    for cell in fw.undefined_cells:
        sides.setdefault(cell, set()).add("all")
    for c in fw.competency_records:
        for u in c.undefined:
            if u.polarity is not None:
                sides.setdefault((c.id, u.level), set()).add(u.polarity)
    order = {cid: k for k, cid in enumerate(fw.competency_ids)}
    rank = {lid: k for k, lid in enumerate(fw.level_ids)}
    rows = [
        (comp, level, next(iter(s)) if len(s) == 1 else "all")
        for (comp, level), s in sorted(
            sides.items(), key=lambda kv: (order.get(kv[0][0], 0), rank.get(kv[0][1], 0))
        )
    ]
    return pd.DataFrame(rows, columns=["competency_id", "level", "polarity"])
