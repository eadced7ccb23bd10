"""Tables across several frameworks: one long table, and their shapes side by side.

Both take frameworks, bundled ids or paths alike (each is loaded as :func:`load` would).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from ..errors import UsageError
from .frames import TABLES
from .io import load
from .model import stated_organisation
from .spacing import counts_words

if TYPE_CHECKING:
    from .model import Framework

__all__ = ["combine", "summary"]


def combine(*frameworks: Framework, table: str = "indicators") -> pd.DataFrame:
    """Concatenate one table of several frameworks into one long frame.

    Parameters
    ----------
    *frameworks : Framework, bundled id or path
        Frameworks, e.g. ``*compkit.load_all().values()`` or ``"cis", "wsx"``.
    table : str
        One of ``indicators``, ``competencies``, ``levels``, ``values``,
        ``competency_values``, ``roles``, ``groups``, ``repairs``.

    Examples
    --------
    >>> import compkit
    >>> long = compkit.combine(*compkit.load_all().values())
    >>> long.groupby("framework").size().to_dict()
    {'cis': 62, 'wsx': 153}
    >>> compkit.combine("cis", "wsx", table="levels")["framework"].value_counts().to_dict()
    {'wsx': 5, 'cis': 4}
    """
    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}; expected one of: {', '.join(TABLES)}")
    frames = [getattr(load(fw), table) for fw in frameworks]
    if not frames:
        raise UsageError("combine() needs at least one framework")
    return pd.concat(frames, ignore_index=True)


def summary(*frameworks: Framework) -> pd.DataFrame:
    """The shape of each framework side by side: one column per framework, one row per measure.

    Each framework may be a :class:`Framework`, a bundled id or a path, as for :func:`combine`.
    The median words per statement are blank (NaN) for a framework written without spaces
    between words (Japanese, Chinese: :func:`~compkit.framework.spacing.counts_words`).

    Examples
    --------
    >>> import compkit
    >>> compkit.framework.summary("cis", "wsx").loc[["levels", "indicators"]]
    framework   cis  wsx
    levels        4    5
    indicators   62  153
    """
    rows = {}
    for fw in map(load, frameworks):
        words = fw.indicators["text"].str.split().str.len()
        rows[fw.id] = {
            "organisation": stated_organisation(fw),  # never a placeholder: blank
            "title": fw.title,
            "competency term": fw.competency_term,
            "cumulative": fw.cumulative,
            "levels": len(fw.level_records),
            "competencies": len(fw.competency_records),
            "groups": len(fw.group_records),
            "values": len(fw.value_records),
            "roles": len(fw.role_records),
            "indicators": len(fw.indicator_records),
            "indicators per cell (mean)": round(
                len(fw.indicator_records) / max(1, fw.counts(polarity="all").gt(0).sum().sum()), 1
            ),
            # Japanese, Chinese: no spaces, no words to count (blank, as the report's dash)
            "words per statement (median)": (float(words.median()) if len(words) else 0.0)
            if counts_words(fw)
            else float("nan"),
            "negative indicators": int((fw.indicators["polarity"] == "ineffective").sum()),
            "recorded repairs": len(fw.repairs),
        }
        if fw.undefined_cells:
            rows[fw.id]["cells not defined"] = len(fw.undefined_cells)
    table = pd.DataFrame(rows).rename_axis(columns="framework")
    if "cells not defined" in table.index:  # a framework with none has none, not "NaN"
        table.loc["cells not defined"] = table.loc["cells not defined"].fillna(0).astype(int)
    return table
