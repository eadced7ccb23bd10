"""Compare frameworks side by side: shape, levels, cells, statement length, voice, scope, values.

Every function takes one or more frameworks (loaded, a bundled id or a path) and returns a tidy
DataFrame with a ``framework`` column, so two organisations, or two versions of one, line up row by
row. Statements are read with the classifiers of :mod:`compkit.framework.text` (voice, scope);
themes are in :mod:`compkit.compare.themes`. :func:`~compkit.compare.headlines.headline_differences`
condenses it all into the few findings an OD consultant would open a conversation with.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

from ..errors import UsageError
from ..framework.text import SCOPES, scope, voice

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = [
    "cell_counts",
    "compare_competencies",
    "compare_levels",
    "compare_overview",
    "scope_by_level",
    "statement_lengths",
    "statements",
    "values_map",
    "voice_shares",
]

FrameworkLike = "Framework | str | os.PathLike"
#: Voices of :func:`compkit.framework.text.voice`, in display order.
VOICES = ("first", "third", "other")
_LEVEL_KEYS = ["framework", "level", "level_name", "level_rank"]


def _load(frameworks) -> list[Framework]:
    from ..framework.io import load

    if not frameworks:
        raise UsageError("give at least one framework (a bundled id such as 'cis', or a path)")
    loaded = [load(f) for f in frameworks]
    ids = [fw.id for fw in loaded]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise UsageError(
            f"framework {dupes[0]!r} given twice; compare different frameworks (ids must differ)"
        )
    return loaded


def statements(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Every indicator of every framework, with its length, voice and scope.

    Returns
    -------
    pandas.DataFrame
        The ``indicators`` columns of :mod:`compkit.framework.frames`, plus ``n_levels``,
        ``level_position`` (0 for the lowest level, 1 for the highest), ``n_words``, ``voice``
        (first, third, other) and ``scope`` (self, managed, team, org; ordered categorical).

    Examples
    --------
    >>> t = statements("cis", "wsx")
    >>> t.groupby("framework")["voice"].agg(lambda v: v.value_counts().idxmax()).to_dict()
    {'cis': 'first', 'wsx': 'third'}
    """
    frames = []
    for fw in _load(frameworks):
        ind = fw.indicators
        n = len(fw.level_records)
        frames.append(
            ind.assign(
                n_levels=n,
                level_position=((ind["level_rank"] - 1) / max(n - 1, 1)).round(2),
                n_words=ind["text"].str.split().str.len().astype("int64"),
                voice=voice(ind["text"]),
                scope=scope(ind["text"]),
            )
        )
    return pd.concat(frames, ignore_index=True)


def compare_overview(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """The shape of each framework side by side: one row per measure, one column per framework.

    Extends :func:`compkit.framework.summary` with the readings of the statements: how many are
    written in the first person, how many reach beyond the holder's own work, how many statements a
    holder of the top level must show.

    Examples
    --------
    >>> compare_overview("cis", "wsx").loc[["indicators", "first person (%)", "values"]]
    framework           cis  wsx
    indicators           62  153
    first person (%)  100.0  0.0
    values                4    0
    """
    from ..framework.frames import summary

    fws = _load(frameworks)
    table = summary(*fws)
    st = statements(*fws)
    extra = {}
    for fw in fws:
        mine = st[st["framework"] == fw.id]
        top = fw.level_records[-1]
        extra[fw.id] = {
            "statements a top-level holder must show": len(fw.profile(level=top.id)),
            "statements per level (lowest to highest)": " / ".join(
                str(int(v)) for v in fw.counts().sum().tolist()
            ),
            "first person (%)": _pct((mine["voice"] == "first").mean()),
            "third person (%)": _pct((mine["voice"] == "third").mean()),
            "beyond own work (%)": _pct((mine["scope"] != "self").mean()),
            "organisation or sector scope (%)": _pct((mine["scope"] == "org").mean()),
            "competencies expressing a value": int(fw.competency_values["competency_id"].nunique()),
        }
    return pd.concat([table, pd.DataFrame(extra)]).rename_axis(columns="framework")


def _pct(x: float) -> float:
    return round(100 * float(x), 1) if pd.notna(x) else 0.0


def compare_levels(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Levels side by side: one row per (framework, level), lowest first.

    Returns
    -------
    pandas.DataFrame
        ``framework, level, level_name, level_rank, level_position`` (0 lowest, 1 highest),
        ``n_indicators`` at the level, ``n_cumulative`` (what a holder of the level must show,
        every lower level included when the framework is cumulative), ``n_competencies``
        described at the level and ``median_words``.

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
        mine = st[st["framework"] == fw.id]
        by = mine.groupby("level", sort=False)
        n = by.size().reindex(levels["level"], fill_value=0).to_numpy()
        cum = n.cumsum() if fw.cumulative else n
        rows.append(
            levels[_LEVEL_KEYS].assign(
                level_position=((levels["level_rank"] - 1) / max(len(levels) - 1, 1)).round(2),
                n_indicators=n,
                n_cumulative=cum,
                n_competencies=by["competency_id"]
                .nunique()
                .reindex(levels["level"], fill_value=0)
                .to_numpy(),
                median_words=by["n_words"].median().reindex(levels["level"]).to_numpy(),
            )
        )
    return pd.concat(rows, ignore_index=True)


def compare_competencies(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Competencies (or clusters) side by side: one row per (framework, competency).

    Returns
    -------
    pandas.DataFrame
        ``framework, competency_id, competency, group_id, term`` (the framework's own word),
        ``n_indicators``, ``share`` (% of the framework's statements), ``n_levels`` described,
        ``median_words``, ``values`` (as printed, comma-separated).

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
        mine = st[st["framework"] == fw.id].groupby("competency_id", sort=False)
        total = max(len(fw.indicator_records), 1)
        rows.append(
            comps[["framework", "competency_id", "competency", "group_id"]].assign(
                term=fw.competency_term,
                n_indicators=comps["n_indicators"].astype("int64"),
                share=(100 * comps["n_indicators"] / total).round(1),
                n_levels=mine["level"]
                .nunique()
                .reindex(comps["competency_id"], fill_value=0)
                .astype("int64")
                .to_numpy(),
                median_words=mine["n_words"].median().reindex(comps["competency_id"]).to_numpy(),
                values=comps["values"],
            )
        )
    return pd.concat(rows, ignore_index=True)


def cell_counts(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Statements per competency × level, tidy: one row per cell, empty cells included.

    Examples
    --------
    >>> t = cell_counts("cis")
    >>> len(t), int(t["n_indicators"].sum()), int(t["n_indicators"].max())
    (24, 62, 4)
    """
    rows = []
    for fw in _load(frameworks):
        wide = fw.counts()
        long = wide.stack().rename("n_indicators").reset_index()  # noqa: PD013 - keeps row order
        names = dict(zip(fw.competency_ids, (c.name for c in fw.competency_records), strict=True))
        levels = fw.levels.set_index("level")
        rows.append(
            long.assign(
                framework=fw.id,
                competency=long["competency_id"].map(names),
                level_name=long["level"].map(levels["level_name"]),
                level_rank=long["level"].map(levels["level_rank"]).astype("int64"),
            )[
                [
                    "framework",
                    "competency_id",
                    "competency",
                    "level",
                    "level_name",
                    "level_rank",
                    "n_indicators",
                ]
            ]
        )
    return pd.concat(rows, ignore_index=True)


def statement_lengths(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Statement length in words per (framework, level): count, min, median, mean, max.

    Examples
    --------
    >>> t = statement_lengths("cis", "wsx").set_index(["framework", "level"])
    >>> t.loc[("cis", "l1"), ["n", "median", "max"]].tolist()
    [16.0, 15.5, 30.0]
    """
    st = statements(*frameworks)
    out = (
        st.groupby(_LEVEL_KEYS, sort=False)["n_words"]
        .agg(n="size", min="min", median="median", mean="mean", max="max")
        .reset_index()
    )
    return out.assign(mean=out["mean"].round(1))


def voice_shares(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """How statements are written: one row per (framework, voice), with count and share (%).

    ``first`` is "I ...", ``third`` "Manages ..." or "Is able to ...", ``other`` fragments and
    imperatives (see :func:`compkit.framework.text.voice`).

    Examples
    --------
    >>> t = voice_shares("cis", "wsx")
    >>> t[t["framework"] == "wsx"][["voice", "n"]].values.tolist()
    [['first', 0], ['third', 148], ['other', 5]]
    """
    st = statements(*frameworks)
    table = pd.crosstab(st["framework"], st["voice"]).reindex(columns=list(VOICES), fill_value=0)
    table = table.reindex(pd.unique(st["framework"]))
    long = table.stack().rename("n").reset_index()  # noqa: PD013 - keeps row order
    totals = long.groupby("framework")["n"].transform("sum")
    return long.assign(n=long["n"].astype("int64"), share=(100 * long["n"] / totals).round(1))


def scope_by_level(*frameworks: Framework | str | os.PathLike) -> pd.DataFrame:
    """Share of statements per scope at each level: how far expectations reach as levels rise.

    Scopes, narrowest first: ``self`` (own work), ``managed`` (people the holder line-manages),
    ``team`` (a team or service), ``org`` (the organisation or sector); see
    :func:`compkit.framework.text.scope`.

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
    st = statements(*frameworks)
    rows = []
    for fw in _load(frameworks):
        mine = st[st["framework"] == fw.id]
        table = pd.crosstab(mine["level"], mine["scope"].astype(str)).reindex(
            index=list(fw.level_ids), columns=list(SCOPES), fill_value=0
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
