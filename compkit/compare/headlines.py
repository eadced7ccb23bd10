"""The few findings an OD consultant would lead with, each with the figures behind it.

:func:`headline_differences` reads the side-by-side tables of :mod:`compkit.compare.tables`
(shape, growth from level to level, voice, length, scope, values) and turns the largest
differences into one sentence each.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from .._words import plural
from .tables import _load, compare_levels, compare_overview, scope_by_level

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["headline_differences"]


def headline_differences(
    a: Framework | str | os.PathLike, b: Framework | str | os.PathLike
) -> pd.DataFrame:
    """The most telling differences between two frameworks, with the figures behind them.

    Each row is one finding: ``aspect`` (shape, growth, voice, length, scope, values, and
    polarity or definition when a framework lists negative indicators or leaves cells
    undefined), ``measure``, the figure for each framework (columns named by framework id)
    and a plain-language ``finding``. Figures describe what a holder must show (effective
    statements); negative indicators are their own finding. Themes are compared separately
    (:func:`compkit.compare.themes.theme_gaps`).

    Examples
    --------
    >>> t = headline_differences("cis", "wsx")
    >>> t.set_index("measure").loc["statements", ["cis", "wsx"]].tolist()
    [62, 153]
    """
    fa, fb = _load((a, b))
    over = compare_overview(fa, fb)
    lv = compare_levels(fa, fb)
    sc = scope_by_level(fa, fb)
    A, B = fa.id, fb.id
    la, lb = fa.label, fb.label

    def val(measure):
        return over.loc[measure, A], over.loc[measure, B]

    rows = []

    def add(aspect, measure, x, y, finding):
        rows.append({"aspect": aspect, "measure": measure, A: x, B: y, "finding": finding})

    n = tuple(int(v) for v in val("effective indicators"))
    neg = tuple(int(v) for v in val("negative indicators"))
    only = " (effective statements only)" if any(neg) else ""
    add(
        "shape",
        "statements",
        n[0],
        n[1],
        f"{lb if n[1] > n[0] else la} writes {max(n) / max(min(n), 1):.1f} times as many "
        f"statements ({max(n)} against {min(n)}){only}.",
    )
    cells = val("indicators per cell (mean)")
    add(
        "shape",
        "statements per competency and level (mean)",
        float(cells[0]),
        float(cells[1]),
        f"{la}: {over.loc['competencies', A]} {fa.competency_term_plural} × "
        f"{over.loc['levels', A]} levels; {lb}: {over.loc['competencies', B]} "
        f"{fb.competency_term_plural} × {over.loc['levels', B]} levels.",
    )

    def growth(fid):
        t = lv[lv["framework"] == fid]["n_indicators"].to_numpy()
        return round(float(t[-1] / t[0]), 2) if t[0] else float("nan")

    ga, gb = growth(A), growth(B)
    add(
        "growth",
        "statements at the top level / at the lowest",
        ga,
        gb,
        f"per level {la}: {over.loc['statements per level (lowest to highest)', A]}; "
        f"{lb}: {over.loc['statements per level (lowest to highest)', B]}.",
    )
    fp = val("first person (%)")
    tp = val("third person (%)")
    add(
        "voice",
        "first-person statements (%)",
        float(fp[0]),
        float(fp[1]),
        f"{la} is written {_voice_word(fp[0], tp[0])}, {lb} {_voice_word(fp[1], tp[1])}.",
    )
    words = val("words per statement (median)")
    add(
        "length",
        "words per statement (median)",
        float(words[0]),
        float(words[1]),
        f"{la if words[0] > words[1] else lb} writes the longer statements.",
    )

    def top_org(fid):
        t = sc[(sc["framework"] == fid) & (sc["scope"] == "org")]
        return float(t["share"].iloc[-1]), float(t["share"].iloc[0])

    (ta, ba), (tb, bb) = top_org(A), top_org(B)
    add(
        "scope",
        "top-level statements reaching the organisation or sector (%)",
        ta,
        tb,
        f"at the lowest level {ba:.0f}% ({la}) and {bb:.0f}% ({lb}); "
        f"at the top level {ta:.0f}% ({la}) and {tb:.0f}% ({lb}).",
    )
    nv = val("values")
    add(
        "values",
        "organisational values named",
        int(nv[0]),
        int(nv[1]),
        _values_finding(fa, fb),
    )
    if any(neg):
        add(
            "polarity",
            "negative indicators (what not to do)",
            neg[0],
            neg[1],
            "; ".join(_negative_words(fw, k) for fw, k in ((fa, neg[0]), (fb, neg[1]))) + ".",
        )
    undefined = (len(fa.undefined_cells), len(fb.undefined_cells))
    if any(undefined):
        add(
            "definition",
            "cells the publisher left undefined",
            undefined[0],
            undefined[1],
            "; ".join(
                f"{fw.label} leaves {plural(k, 'cell')} ({fw.competency_term} at a level) "
                "undefined, shown as 'not defined', not as 0"
                if k
                else f"{fw.label} defines every cell"
                for fw, k in ((fa, undefined[0]), (fb, undefined[1]))
            )
            + ".",
        )
    return pd.DataFrame(rows, columns=["aspect", "measure", A, B, "finding"], dtype=object)


def _negative_words(fw: Framework, k: int) -> str:
    if not k:
        return f"{fw.label} lists none"
    return (
        f"{fw.label} also lists {k} negative indicators (what a holder should not do), "
        "counted apart from what a holder must show"
    )


def _voice_word(first: float, third: float) -> str:
    if first >= 80:
        return f"in the first person ({first:.0f}% 'I ...')"
    if third >= 80:
        return f"in the third person ({third:.0f}% 'Manages ...')"
    return f"in mixed voice ({first:.0f}% first, {third:.0f}% third person)"


def _values_finding(fa: Framework, fb: Framework) -> str:
    parts = []
    for fw in (fa, fb):
        if fw.value_records:
            linked = fw.competency_values["competency_id"].nunique()
            parts.append(
                f"{fw.label} names {len(fw.value_records)} values, each tied to "
                f"{fw.competency_term_plural} ({linked} of {len(fw.competency_records)} "
                f"express one)"
            )
        else:
            parts.append(f"{fw.label} names no values")
    return "; ".join(parts) + "."
