"""Compare frameworks side by side: shape, levels, cells, statement length, voice, scope, values.

Every function takes one or more frameworks (loaded, a bundled id or a path) and returns a tidy
DataFrame with a ``framework`` column, so two organisations, or two versions of one, line up row by
row. Statements are read with the classifiers of :mod:`compkit.framework.text` (voice, scope);
themes are in :mod:`compkit.compare.themes`. :func:`~compkit.compare.headlines.headline_differences`
condenses it all into the few findings an OD consultant would open a conversation with.
"""

from __future__ import annotations

import os
import weakref
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..crosswalk.sidelevels import side_levels
from ..errors import UsageError
from ..framework.text import SCOPES, scope, scope_names, voice
from ..framework.tongue import is_english
from ._loading import _load
from ._rungs import every_levels, every_said, must_show, rungs, top_must_show
from .tongues import ENGLISH_READINGS, counts_words
from .voicing import as_read

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = [
    "compare_competencies",
    "compare_levels",
    "compare_overview",
    "must_show",
    "scope_by_level",
    "statement_lengths",
    "statements",
    "voice_shares",
]

FrameworkLike = "Framework | str | os.PathLike"
#: Voices of :func:`compkit.framework.text.voice`, in display order.
VOICES = ("first", "second", "third", "other")
_LEVEL_KEYS = ["framework", "level", "level_name", "level_rank"]


# A framework is immutable, so the readings of its statements are computed once per object.
_READINGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _readings(fw: Framework) -> pd.DataFrame:
    cached = _READINGS.get(fw)
    if cached is None:
        ind = fw.indicators
        # "All levels" (a side list, or named for all) is no rung: positions run 0-1 without
        grades = {lv.id: k for k, lv in enumerate(rungs(fw))}
        n = len(grades)
        cached = ind.assign(
            n_levels=n,
            level_position=(ind["level"].map(grades).astype("float64") / max(n - 1, 1)).round(2),
            n_words=np.array(
                [len(t.split()) if isinstance(t, str) else 0 for t in ind["text"].tolist()],
                dtype="int64",
            ),
            voice=voice(as_read(fw)),
            scope=scope(ind["text"], scope_names(fw)),
        )
        _READINGS[fw] = cached
    return cached


def statements(
    *frameworks: Framework | str | os.PathLike, polarity: str | None = None
) -> pd.DataFrame:
    """Every indicator of every framework, with its length, voice and scope.

    Parameters
    ----------
    *frameworks : Framework, bundled id or path
        The frameworks.
    polarity : {"effective", "ineffective"}, optional
        Keep only the statements of this polarity (default: all, with their ``polarity``).

    Returns
    -------
    pandas.DataFrame
        The ``indicators`` columns of :mod:`compkit.framework.frames`, plus ``n_levels``,
        ``level_position`` (0 for the lowest level, 1 for the highest), ``n_words``, ``voice``
        (first, second, third, other) and ``scope`` (self, managed, team, org; ordered categorical).

    Examples
    --------
    >>> t = statements("cis", "wsx")
    >>> t.groupby("framework")["voice"].agg(lambda v: v.value_counts().idxmax()).to_dict()
    {'cis': 'first', 'wsx': 'third'}
    """
    if polarity not in (None, "effective", "ineffective"):
        raise UsageError(
            f"unknown polarity {polarity!r}; expected 'effective' or 'ineffective' (or none)"
        )
    table = pd.concat([_readings(fw) for fw in _load(frameworks)], ignore_index=True)
    if polarity is not None:
        table = table[table["polarity"] == polarity].reset_index(drop=True)
    return table


def _effective(frameworks) -> pd.DataFrame:
    return statements(*frameworks, polarity="effective")


def compare_overview(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """The shape of each framework side by side: one row per measure, one column per framework.

    Extends :func:`compkit.framework.summary` with the readings of the statements: how many are
    written in the first person, how many reach beyond the holder's own work, how many statements a
    holder of the top level must show. Everything after ``indicators`` and ``negative
    indicators`` reads the effective statements only (what a holder must show). ``levels``
    counts the grades: a level holding only a side list of negative indicators ("All
    levels" beside the grades) is not one, nor a column of ``statements per level``. The
    shares of voice and scope are missing on a framework not in English (they are read by
    English words), and the median words on one written without spaces between words.

    Examples
    --------
    >>> compare_overview("cis", "wsx").loc[["indicators", "first person (%)", "values"]]
    framework           cis  wsx
    indicators           62  153
    first person (%)  100.0  0.0
    values                4    0
    """
    from ..framework.across import summary
    from .cells import undefined_cells

    fws = _load(frameworks)
    table = summary(*fws)
    st = _effective(fws)
    extra = {}
    for fw in fws:
        mine = st[st["framework"] == fw.id]
        ladder = rungs(fw) or fw.level_records  # "All levels" is no top level
        held = [r for r in ladder if r.id in set(mine["level"])]
        top = (held or ladder)[-1]  # the top level holding statements
        grades = [lv.id for lv in rungs(fw)]  # "All levels" (a side list or not) is no level
        per_level = mine.groupby("level").size().reindex(grades, fill_value=0)
        cells = mine.groupby(["competency_id", "level"]).ngroups
        extra[fw.id] = {
            "levels": len(grades),
            "indicators per cell (mean)": float(np.round(len(mine) / cells, 1))
            if cells
            else np.nan,
            "words per statement (median)": float(mine["n_words"].median())
            if len(mine) and counts_words(fw)
            else np.nan,
            "effective indicators": len(mine),
            "cells not defined by the publisher": len(undefined_cells(fw)),
            "statements a top-level holder must show": top_must_show(fw, mine, ladder, top),
            "statements per level (lowest to highest)": " / ".join(
                str(int(v)) for v in per_level.tolist()
            )
            + every_said(fw, mine),
            "first person (%)": _pct((mine["voice"] == "first").mean()),
            "second person (%)": _pct((mine["voice"] == "second").mean()),
            "third person (%)": _pct((mine["voice"] == "third").mean()),
            "beyond own work (%)": _pct((mine["scope"] != "self").mean()),
            "organisation or sector scope (%)": _pct((mine["scope"] == "org").mean()),
            "competencies expressing a value": int(fw.competency_values["competency_id"].nunique()),
        }
        if not is_english(fw.language):  # voice and scope are read by English words
            extra[fw.id].update(dict.fromkeys(ENGLISH_READINGS, np.nan))
    extra = pd.DataFrame(extra)
    table = table.drop(index=[k for k in extra.index if k in table.index])
    order = [k for k in _OVERVIEW_ORDER if k in table.index or k in extra.index]
    return pd.concat([table, extra]).reindex(order).rename_axis(columns="framework")


_OVERVIEW_ORDER = (
    "organisation",
    "title",
    "competency term",
    "cumulative",
    "levels",
    "competencies",
    "groups",
    "values",
    "roles",
    "indicators",
    "indicators per cell (mean)",
    "words per statement (median)",
    "negative indicators",
    "recorded repairs",
    "cells not defined",
    "effective indicators",
    "cells not defined by the publisher",
    "statements a top-level holder must show",
    "statements per level (lowest to highest)",
    "first person (%)",
    "second person (%)",
    "third person (%)",
    "beyond own work (%)",
    "organisation or sector scope (%)",
    "competencies expressing a value",
)


def _pct(x: float) -> float:
    """A share in per cent, one decimal; missing (NaN) when there is nothing to share."""
    return round(100 * float(x), 1) if pd.notna(x) else np.nan


def compare_levels(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Levels side by side: one row per (framework, level), lowest first.

    Returns
    -------
    pandas.DataFrame
        ``framework, level, level_name, level_rank, level_position`` (0 lowest, 1 highest),
        ``n_indicators`` (effective statements) at the level, ``n_cumulative`` (what a holder
        of the level must show, every lower level included when the framework is cumulative),
        ``n_competencies`` described at the level, ``median_words``, ``n_negative`` (negative
        indicators at the level) and ``n_undefined`` (competencies the publisher left
        undefined at the level). A level holding only a side list of negative indicators
        ("All levels" beside the grades, :func:`compkit.crosswalk.sidelevels.side_levels`) is
        no grade: its ``level_position`` is missing and its ``n_cumulative`` 0 (no one holds
        it), and the grades' positions run from 0 to 1 without it. A level named for every
        level ("All Levels" before IC1, :func:`compkit.compare._rungs.every_levels`) is no rung
        either: its position is missing and its ``n_cumulative`` its own statements; its
        statements apply to every holder, so each rung's cumulative count includes them
        wherever it is ranked (as :func:`must_show` does).

    Examples
    --------
    >>> t = compare_levels("cis", "wsx")
    >>> t.pivot(index="level_rank", columns="framework", values="level_name")
    framework        cis          wsx
    level_rank
    1            Level 1         Core
    2            Level 2      Skilled
    3            Level 3  Supervisory
    4            Level 4   Management
    5                NaN    Executive
    >>> t[t["framework"] == "wsx"]["n_cumulative"].tolist()
    [44, 70, 106, 134, 153]
    """
    st = statements(*frameworks)
    rows = []
    for fw in _load(frameworks):
        levels = fw.levels
        everything = st[st["framework"] == fw.id]
        mine = everything[everything["polarity"] == "effective"]
        negative = (
            everything[everything["polarity"] == "ineffective"]
            .groupby("level")
            .size()
            .reindex(levels["level"], fill_value=0)
        )
        undefined = (
            pd.Series([lv for _, lv in fw.undefined_cells], dtype=object)
            .value_counts()
            .reindex(levels["level"], fill_value=0)
        )
        by = mine.groupby("level", sort=False)
        n = by.size().reindex(levels["level"], fill_value=0).to_numpy()
        every = levels["level"].isin(every_levels(fw)).to_numpy()  # "All levels": no rung
        # ... yet set for every holder: each rung of a cumulative framework counts it
        cum = np.where(every, n, np.where(every, 0, n).cumsum() + n[every].sum())
        cum = cum if fw.cumulative else n
        side = levels["level"].isin(side_levels(fw)).to_numpy()
        grades = {lv.id: k for k, lv in enumerate(rungs(fw))}
        rows.append(
            levels[_LEVEL_KEYS].assign(
                level_position=(
                    levels["level"].map(grades).astype("float64") / max(len(grades) - 1, 1)
                ).round(2),
                n_indicators=n,
                n_cumulative=np.where(side, 0, cum),  # a side list: no one holds it
                n_competencies=by["competency_id"]
                .nunique()
                .reindex(levels["level"], fill_value=0)
                .to_numpy(),
                median_words=by["n_words"].median().reindex(levels["level"]).to_numpy()
                if counts_words(fw)
                else np.nan,
                n_negative=negative.astype("int64").to_numpy(),
                n_undefined=undefined.astype("int64").to_numpy(),
            )
        )
    return pd.concat(rows, ignore_index=True)


def compare_competencies(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Competencies (or clusters) side by side: one row per (framework, competency).

    Returns
    -------
    pandas.DataFrame
        ``framework, competency_id, competency, group_id, group`` (the group's name, or ""),
        ``term`` (the framework's own word), ``n_indicators`` (effective statements),
        ``share`` (% of the framework's effective statements; missing when it has none),
        ``n_levels`` described,
        ``median_words``, ``n_negative`` (negative indicators) and ``values`` (value ids as
        printed, comma-separated).

    Examples
    --------
    >>> t = compare_competencies("cis", "wsx")
    >>> t.groupby("framework")["term"].first().to_dict()
    {'cis': 'competency', 'wsx': 'cluster'}
    >>> t.groupby("framework")["n_indicators"].sum().to_dict()
    {'cis': 62, 'wsx': 153}
    """
    st = statements(*frameworks)
    rows = []
    for fw in _load(frameworks):
        comps = fw.competencies
        everything = st[st["framework"] == fw.id]
        effective = everything[everything["polarity"] == "effective"]
        mine = effective.groupby("competency_id", sort=False)
        n = mine.size().reindex(comps["competency_id"], fill_value=0).astype("int64").to_numpy()
        negative = (
            everything[everything["polarity"] == "ineffective"]
            .groupby("competency_id")
            .size()
            .reindex(comps["competency_id"], fill_value=0)
            .astype("int64")
            .to_numpy()
        )
        total = len(effective) or np.nan  # no effective statements: no share
        groups = {g.id: g.name for g in fw.group_records}
        rows.append(
            comps[["framework", "competency_id", "competency", "group_id"]].assign(
                group=[groups.get(g, "") for g in comps["group_id"]],
                term=fw.competency_term,
                n_indicators=n,
                share=(100 * n / total).round(1),
                n_levels=mine["level"]
                .nunique()
                .reindex(comps["competency_id"], fill_value=0)
                .astype("int64")
                .to_numpy(),
                median_words=mine["n_words"].median().reindex(comps["competency_id"]).to_numpy()
                if counts_words(fw)
                else np.nan,
                n_negative=negative,
                values=comps["values"],
            )
        )
    return pd.concat(rows, ignore_index=True)


def statement_lengths(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Statement length in words per (framework, level): count, min, median, mean, max.

    Effective statements only (what a holder must show).

    Examples
    --------
    >>> t = statement_lengths("cis", "wsx").set_index(["framework", "level"])
    >>> t.loc[("cis", "l1"), ["n", "median", "max"]].tolist()
    [16.0, 15.5, 30.0]
    """
    st = _effective(frameworks)
    out = (
        st.groupby(_LEVEL_KEYS, sort=False)["n_words"]
        .agg(n="size", min="min", median="median", mean="mean", max="max")
        .reset_index()
    )
    return _by_rank(out.assign(mean=out["mean"].round(1)))


def _by_rank(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows lowest level first within each framework, the frameworks in their given order.

    Grouping statements finds a level where its first statement stands, and a level whose first
    competency comes late in the file (LMG's 'Lead Engineer', rank 5, first met after rank 6's
    'Engineering Operations Lead') would otherwise be listed out of rank.
    """
    order = {fid: k for k, fid in enumerate(dict.fromkeys(frame["framework"]))}
    keys = frame["framework"].map(order) * 1_000_000 + frame["level_rank"]
    return frame.iloc[keys.argsort(kind="stable")].reset_index(drop=True)


def voice_shares(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """How statements are written: one row per (framework, voice), with count and share (%).

    ``first`` is "I ...", ``second`` "You ...", ``third`` "Manages ..." or "Is able to ...",
    ``other`` fragments and imperatives (see :func:`compkit.framework.text.voice`). Effective
    statements only.

    Examples
    --------
    >>> t = voice_shares("cis", "wsx")
    >>> t[t["framework"] == "wsx"][["voice", "n"]].values.tolist()
    [['first', 0], ['second', 0], ['third', 148], ['other', 5]]
    """
    fws = _load(frameworks)
    st = _effective(fws)
    seen = [v for v in pd.unique(st["voice"]) if v not in VOICES]
    table = pd.crosstab(st["framework"], st["voice"]).reindex(
        index=[fw.id for fw in fws], columns=[*VOICES, *seen], fill_value=0
    )
    long = table.stack().rename("n").reset_index()  # noqa: PD013 - keeps row order
    totals = long.groupby("framework")["n"].transform("sum")
    return long.assign(n=long["n"].astype("int64"), share=(100 * long["n"] / totals).round(1))


def scope_by_level(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Share of statements per scope at each level: how far expectations reach as levels rise.

    Scopes, narrowest first: ``self`` (own work), ``managed`` (people the holder line-manages),
    ``team`` (a team or service), ``org`` (the organisation or sector); see
    :func:`compkit.framework.text.scope`. Effective statements only: a level holding only a
    side list of negative indicators ("All levels" beside the grades) has no row, nor one
    named for all ("All Levels" before IC1).

    Returns
    -------
    pandas.DataFrame
        One row per (framework, level, scope), every scope present: ``framework, level,
        level_name, level_rank, scope, n, share`` (% of the level's statements).

    Examples
    --------
    >>> t = scope_by_level("cis")
    >>> t[(t["level"] == "l4")].set_index("scope")["n"].to_dict()
    {'self': 0, 'managed': 0, 'team': 1, 'org': 15}
    """
    st = _effective(frameworks)
    rows = []
    for fw in _load(frameworks):
        mine = st[st["framework"] == fw.id]
        table = pd.crosstab(mine["level"], mine["scope"].astype(str)).reindex(
            index=[lv.id for lv in rungs(fw)], columns=list(SCOPES), fill_value=0
        )
        long = table.stack().rename("n").reset_index()  # noqa: PD013 - keeps row order
        levels = fw.levels.set_index("level")
        totals = long.groupby("level")["n"].transform("sum").replace(0, 1)
        rows.append(
            long.assign(
                framework=fw.id,
                level_name=long["level"].map(levels["level_name"]),
                level_rank=long["level"].map(levels["level_rank"]).astype("int64"),
                n=long["n"].astype("int64"),
                share=(100 * long["n"] / totals).round(1),
            )[[*_LEVEL_KEYS, "scope", "n", "share"]]
        )
    return pd.concat(rows, ignore_index=True)
