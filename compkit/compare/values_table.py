"""Organisational values side by side: which competencies express which value, as printed.

Split from :mod:`compkit.compare.tables` (the values are a table of their own, read from the
framework's ``values`` and ``competency_values``, not from its statements).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from ._loading import _load

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["values_map"]


def values_map(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Which competencies express which organisational value, as the framework prints it.

    One row per (framework, value, competency), with the competency's statement count; a value
    no competency expresses appears once with an empty competency. A framework that names no
    values has no rows (see ``compare_overview(...).loc["values"]``).

    Examples
    --------
    >>> t = values_map("cis", "wsx")
    >>> t.groupby("value", sort=False)["competency_id"].agg(", ".join).to_dict()
    {'OPEN AND FAIR': 'people, creativity, equality', 'BRAVE': 'brilliant', \
'COLLABORATIVE AND KIND': 'others, equality', 'COLLABORATIVE': 'sustainability'}
    """
    cols = ["framework", "value_id", "value", "competency_id", "competency", "n_indicators"]
    rows = []
    for fw in _load(frameworks):
        counts = fw.competencies.set_index("competency_id")["n_indicators"]
        cv = fw.competency_values
        vals = fw.values[["framework", "value_id", "value"]]
        merged = vals.merge(
            cv[["value_id", "competency_id", "competency"]], on="value_id", how="left"
        )
        merged["n_indicators"] = merged["competency_id"].map(counts).fillna(0).astype("int64")
        merged = merged.fillna({"competency_id": "", "competency": ""})
        rows.append(merged[cols])
    if not rows or all(r.empty for r in rows):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    return pd.concat([r for r in rows if not r.empty], ignore_index=True)
