"""Themes: read every framework through one shared vocabulary an OD consultant recognises.

The vocabulary is data, not code: ``data/themes/themes.yaml`` lists about twenty themes
(wellbeing and workload, learning and development, change and innovation, voice of service users
and children, finance and sustainability, ...), each with a one-sentence description and its
keywords. The method is deliberately transparent, so a reviewer can see why a statement carries a
theme:

1. **Keywords.** A statement belongs to a theme when one of the theme's keywords, a Python regular
   expression matched case-insensitively, occurs in it; the matched words are kept as evidence.
   A statement may carry several themes, or none.
2. **Manual overrides.** A reviewer's corrections, ``data/themes/overrides.yaml``, add a theme the
   keywords missed or remove one they wrongly gave, each with a note saying why. Overrides win.

:func:`~compkit.compare.theme_suggest.suggest_themes` helps the reviewer: it ranks themes for
statements the keywords left unthemed by word overlap (TF-IDF cosine) with each theme's name,
description and keywords. Its suggestions are never applied by themselves; a reviewer copies the
good ones into the overrides. (Sentence embeddings would rank better, but they need model weights
this project cannot download; the TF-IDF ranking needs nothing beyond numpy.)

Coverage per framework, theme × level and the gaps between two frameworks are DataFrames.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from ..errors import Problem, ThemeFileError
from ..framework._keywords import Statements
from ..framework.text import normalise
from ._rungs import shown_levels
from ._themefiles import read_overrides, read_vocabulary, themes_dir

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = [
    "assign_themes",
    "emphases",
    "read_overrides",
    "read_vocabulary",
    "theme_by_level",
    "theme_coverage",
    "theme_gaps",
    "unthemed",
]

#: Columns of :func:`assign_themes`.
THEME_COLUMNS = [
    "framework",
    "indicator_id",
    "competency_id",
    "level",
    "level_rank",
    "theme_id",
    "theme",
    "method",
    "evidence",
]


# -- assigning ----------------------------------------------------------------------------------
def _vocab(vocabulary) -> pd.DataFrame:
    if vocabulary is None or isinstance(vocabulary, str | os.PathLike):
        return read_vocabulary(vocabulary)
    return _table(vocabulary, "vocabulary", "theme_id, theme, keywords")


def _table(value, what: str, columns: str) -> pd.DataFrame:
    """``value`` if it is a DataFrame with ``columns``, else one clear error saying so."""
    from ..errors import UsageError

    lacks = [c for c in columns.split(", ") if c not in getattr(value, "columns", ())]
    if not isinstance(value, pd.DataFrame) or lacks:
        framed = isinstance(value, pd.DataFrame)
        got = f"columns {list(value.columns)}" if framed else f"{type(value).__name__} {value!r}"
        raise UsageError(f"{what}: expected a DataFrame with {columns}, got {got}"[:300])
    return value


def assign_themes(
    *frameworks: Framework | str | os.PathLike,
    vocabulary: str | os.PathLike | pd.DataFrame | None = None,
    overrides: str | os.PathLike | pd.DataFrame | Literal[False] | None = None,
) -> pd.DataFrame:
    """Assign each indicator to its themes: keywords first, then the manual overrides.

    Parameters
    ----------
    *frameworks : Framework, bundled id or path
        The frameworks whose statements to read.
    vocabulary : path or DataFrame, optional
        The themes (default: the bundled vocabulary, see :func:`read_vocabulary`).
    overrides : path, DataFrame or False, optional
        Manual corrections (default: the bundled overrides); ``False`` for keywords alone.

    Returns
    -------
    pandas.DataFrame
        One row per (framework, indicator, theme), in framework, statement and vocabulary
        order: ``framework, indicator_id, competency_id, level, level_rank, theme_id, theme,
        method`` (``keyword`` or ``override``) and ``evidence`` (the matched words, or the
        reviewer's note).

    Raises
    ------
    compkit.ThemeFileError
        When an override names an indicator the framework does not have.

    Examples
    --------
    >>> t = assign_themes("cis")
    >>> t[t["indicator_id"] == "sustainability-l1-1"][["theme_id", "evidence"]].values.tolist()
    [['finance', 'budget']]
    >>> t.groupby("method").size().to_dict()
    {'keyword': 118, 'override': 1}
    """
    from ..framework.io import load
    from .tables import _load

    given = [load(f) for f in frameworks]  # once: _load tells versions apart by new ids
    fws = _load(given)
    vocab = _vocab(vocabulary)
    ind = pd.concat([fw.indicators for fw in fws], ignore_index=True)
    texts = ind["text"].fillna("")
    statements = Statements([normalise(str(t)) for t in texts])  # "team’s" reads as "team's"
    found = []
    for order, row in enumerate(vocab.itertuples(index=False)):
        pattern = "|".join(f"(?:{k})" for k in row.keywords)
        first = statements.first_matches(f"({pattern})", re.IGNORECASE)  # as str.extract
        match = pd.Series(first, index=texts.index, dtype=texts.dtype)
        hit = match.notna()
        found.append(
            ind.loc[hit, THEME_COLUMNS[:5]].assign(
                theme_id=row.theme_id,
                theme=row.theme,
                method="keyword",
                evidence=match[hit].str.strip(),
                _order=order,
            )
        )
    table = pd.concat(found)
    if overrides is not False:
        over = (
            read_overrides(overrides, vocabulary=vocab)
            if overrides is None or isinstance(overrides, str | os.PathLike)
            else overrides
        )
        table = _apply_overrides(
            table, _for_versions(over, given, fws, ind), ind, vocab, fws, overrides
        )
    position = pd.Series(np.arange(len(ind)), index=ind["framework"] + "\0" + ind["indicator_id"])
    table = table.assign(_pos=(table["framework"] + "\0" + table["indicator_id"]).map(position))
    table = table.sort_values(["_pos", "_order"], kind="stable")
    return table[THEME_COLUMNS].reset_index(drop=True)


def _for_versions(over: pd.DataFrame, given, fws, ind: pd.DataFrame) -> pd.DataFrame:
    """The overrides of a framework given twice, for each version that holds the statement.

    Two versions of one framework are compared under ids of their own (``cis-1``, ``cis-2``):
    the reviewer's overrides for ``cis`` apply to both.
    """
    origin = {fw.id: f.id for fw, f in zip(fws, given, strict=True)}
    renamed = {new: old for new, old in origin.items() if new != old}
    if not renamed:
        return over
    held = set(zip(ind["framework"], ind["indicator_id"], strict=True))
    extra = []
    for new, old in renamed.items():
        mine = over[over["framework"] == old].assign(framework=new)
        pairs = zip(mine["framework"], mine["indicator_id"], strict=True)
        extra.append(mine[[pair in held for pair in pairs]])
    return pd.concat([over, *extra], ignore_index=True)


def _apply_overrides(table, over, ind, vocab, fws, source) -> pd.DataFrame:
    ids = {fw.id for fw in fws}
    over = over[over["framework"].isin(ids)]
    if over.empty:
        return table
    keys = set(zip(ind["framework"], ind["indicator_id"], strict=True))
    bad = [r for r in over.itertuples(index=False) if (r.framework, r.indicator_id) not in keys]
    if bad:
        file = source if isinstance(source, str | os.PathLike) else themes_dir() / "overrides.yaml"
        raise ThemeFileError(
            file,
            [
                Problem(
                    "",
                    f"unknown indicator {r.indicator_id!r} in framework {r.framework!r}; check "
                    "the id with 'compkit show " + r.framework + "'",
                    int(r.line) if pd.notna(r.line) else None,
                )
                for r in bad
            ],
        )
    key = table["framework"] + "\0" + table["indicator_id"] + "\0" + table["theme_id"]
    removed = over[over["action"] == "remove"]
    drop = set(removed["framework"] + "\0" + removed["indicator_id"] + "\0" + removed["theme_id"])
    added = over[over["action"] == "add"]
    add_key = added["framework"] + "\0" + added["indicator_id"] + "\0" + added["theme_id"]
    keep = table[~key.isin(drop) & ~key.isin(set(add_key))]
    order = pd.Series(np.arange(len(vocab)), index=vocab["theme_id"])
    names = vocab.set_index("theme_id")["theme"]
    meta = ind.set_index(["framework", "indicator_id"])[THEME_COLUMNS[2:5]]
    extra = added.join(meta, on=["framework", "indicator_id"]).assign(
        theme=added["theme_id"].map(names),
        method="override",
        evidence=added["note"],
        _order=added["theme_id"].map(order),
    )
    return pd.concat([keep, extra[[*THEME_COLUMNS, "_order"]]], ignore_index=True)


def unthemed(*frameworks: Framework | str | os.PathLike, assignments=None) -> pd.DataFrame:
    """The statements that carry no theme, for a reviewer to look at (``indicators`` rows).

    Examples
    --------
    >>> len(unthemed("cis", "wsx"))
    0
    """
    from ..framework.io import load
    from .tables import _load

    given = [load(f) for f in frameworks]  # once: _load tells versions apart by new ids
    fws = _load(given)
    t = assign_themes(*fws) if assignments is None else assignments
    ind = pd.concat([fw.indicators for fw in fws], ignore_index=True)
    has = set(zip(t["framework"], t["indicator_id"], strict=True))
    mask = [k not in has for k in zip(ind["framework"], ind["indicator_id"], strict=True)]
    return ind[mask].reset_index(drop=True)


# -- summaries ----------------------------------------------------------------------------------
def _themed(frameworks, assignments, vocabulary):
    """The frameworks, the vocabulary and the themes of their effective statements.

    Assignments are computed if not given; coverage describes what a holder must show.
    """
    from ..framework.io import load
    from .tables import _load

    given = [load(f) for f in frameworks]  # once: _load tells versions apart by new ids
    fws = _load(given)
    vocab = _vocab(vocabulary)
    t = assign_themes(*fws, vocabulary=vocab) if assignments is None else assignments
    t = _table(t, "assignments", "framework, indicator_id, theme_id")
    ind = pd.concat([fw.indicators for fw in fws], ignore_index=True)
    negative = ind[ind["polarity"] == "ineffective"]
    if len(negative):
        drop = set(negative["framework"] + "\0" + negative["indicator_id"])
        t = t[~(t["framework"] + "\0" + t["indicator_id"]).isin(drop)]
    return fws, vocab, t


def _effective_count(fw) -> int:
    return max(int((fw.indicators["polarity"] == "effective").sum()), 1)


def theme_coverage(
    *frameworks: Framework | str | os.PathLike,
    assignments: pd.DataFrame | None = None,
    vocabulary: str | os.PathLike | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How much of each framework speaks to each theme: one row per (theme, framework).

    Returns
    -------
    pandas.DataFrame
        Every theme of the vocabulary for every framework, zeros included: ``theme_id, theme,
        framework, n`` (effective statements), ``share`` (% of the framework's effective
        statements) and ``n_competencies`` (how many competencies carry the theme).

    Examples
    --------
    >>> t = theme_coverage("cis", "wsx").set_index(["theme_id", "framework"])
    >>> t.loc["technology", "n"].to_dict()
    {'cis': 4, 'wsx': 1}
    """
    fws, vocab, t = _themed(frameworks, assignments, vocabulary)
    ids = [fw.id for fw in fws]
    t = t[t["framework"].isin(ids)]
    grid = pd.MultiIndex.from_product([vocab["theme_id"], ids], names=["theme_id", "framework"])
    by = t.groupby(["theme_id", "framework"])
    n = by["indicator_id"].nunique().reindex(grid, fill_value=0)
    comps = by["competency_id"].nunique().reindex(grid, fill_value=0)
    totals = pd.Series({fw.id: _effective_count(fw) for fw in fws})
    out = pd.DataFrame({"n": n.astype("int64"), "n_competencies": comps.astype("int64")})
    out = out.reset_index()
    out["share"] = (100 * out["n"] / out["framework"].map(totals)).round(1)
    out["theme"] = out["theme_id"].map(vocab.set_index("theme_id")["theme"])
    return out[["theme_id", "theme", "framework", "n", "share", "n_competencies"]]


def theme_by_level(
    *frameworks: Framework | str | os.PathLike,
    assignments: pd.DataFrame | None = None,
    vocabulary: str | os.PathLike | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """How each theme runs through the levels: one row per (framework, level, theme).

    Returns
    -------
    pandas.DataFrame
        ``framework, level, level_name, level_rank, theme_id, theme, n`` and ``share`` (% of the
        level's statements), every theme at every level, zeros included; the levels lowest
        first, a level named for all ("All Levels", no rung) after them.

    Examples
    --------
    >>> t = theme_by_level("cis")
    >>> t[t["theme_id"] == "strategy"].set_index("level")["n"].to_dict()
    {'l1': 1, 'l2': 0, 'l3': 0, 'l4': 5}
    """
    fws, vocab, t = _themed(frameworks, assignments, vocabulary)
    names = vocab.set_index("theme_id")["theme"]
    rows = []
    for fw in fws:
        mine = t[t["framework"] == fw.id]
        # a side list at "All levels": no row; one named for all after the rungs, unranked
        grades = [lv.id for lv in shown_levels(fw)]
        table = pd.crosstab(mine["level"], mine["theme_id"]).reindex(
            index=grades, columns=list(vocab["theme_id"]), fill_value=0
        )
        long = table.stack().rename("n").reset_index()  # noqa: PD013 - keeps row order
        levels = fw.levels.set_index("level")
        ind = fw.indicators[fw.indicators["polarity"] == "effective"]
        per_level = ind.groupby("level").size().reindex(grades).fillna(0)
        rows.append(
            long.assign(
                framework=fw.id,
                level_name=long["level"].map(levels["level_name"]),
                level_rank=long["level"].map(levels["level_rank"]).astype("int64"),
                theme=long["theme_id"].map(names),
                n=long["n"].astype("int64"),
                share=(100 * long["n"] / long["level"].map(per_level).replace(0, 1)).round(1),
            )[["framework", "level", "level_name", "level_rank", "theme_id", "theme", "n", "share"]]
        )
    return pd.concat(rows, ignore_index=True)


def theme_gaps(
    a: Framework | str | os.PathLike,
    b: Framework | str | os.PathLike,
    *,
    ratio: float = 2.0,
    assignments: pd.DataFrame | None = None,
    vocabulary: str | os.PathLike | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Themes one framework covers and the other does not, or covers far less.

    Parameters
    ----------
    a, b : Framework, bundled id or path
        The two frameworks.
    ratio : float
        A theme is *mostly* in one framework when its share of that framework's statements is
        at least ``ratio`` times its share of the other's (default 2).

    Returns
    -------
    pandas.DataFrame
        One row per theme: ``theme_id, theme``, the statement count in each framework (columns
        named by framework id), the share of each (``<id> %``), ``status`` (``only <a>``,
        ``only <b>``, ``mostly <a>``, ``mostly <b>``, ``both`` or ``neither``) and
        ``difference`` (share of a minus share of b, in points). Gaps first, then by size of
        the difference.

    Examples
    --------
    >>> import compkit
    >>> g = compkit.theme_gaps("cis", "wsx").set_index("theme_id")
    >>> g.loc["technology", "status"], g.loc["technology", ["cis", "wsx"]].astype(int).tolist()
    ('mostly cis', [4, 1])
    """
    from ..errors import UsageError
    from .tables import _load

    if isinstance(ratio, bool) or not isinstance(ratio, int | float) or not ratio > 0:
        raise UsageError(
            f"ratio: expected a number above 0 (2 means twice the share), got "
            f"{type(ratio).__name__} {ratio!r}"[:300]
        )
    fa, fb = _load((a, b))
    A, B = fa.id, fb.id
    cov = theme_coverage(fa, fb, assignments=assignments, vocabulary=vocabulary)
    n = cov.pivot(index="theme_id", columns="framework", values="n")
    share = cov.pivot(index="theme_id", columns="framework", values="share")
    order = cov.drop_duplicates("theme_id")[["theme_id", "theme"]].set_index("theme_id")
    out = order.assign(
        **{
            A: n[A],
            B: n[B],
            f"{A} %": share[A],
            f"{B} %": share[B],
        }
    )
    conds = [
        (out[A] == 0) & (out[B] == 0),
        out[B] == 0,
        out[A] == 0,
        out[f"{A} %"] >= ratio * out[f"{B} %"],
        out[f"{B} %"] >= ratio * out[f"{A} %"],
    ]
    labels = ["neither", f"only {A}", f"only {B}", f"mostly {A}", f"mostly {B}"]
    rank = np.select(conds, [5, 0, 0, 1, 1], default=2)
    out["status"] = np.select(conds, labels, default="both")
    out["difference"] = (out[f"{A} %"] - out[f"{B} %"]).round(1)
    out = out.assign(_rank=rank, _size=-out["difference"].abs())
    out = out.sort_values(["_rank", "_size"], kind="stable").drop(columns=["_rank", "_size"])
    return out.reset_index()


#: A theme holding less of a framework's statements than this (%) is no emphasis of it, and a
#: framework giving a theme less than this "says little or nothing" of it.
EMPHASIS_SHARE = 5.0


def emphases(gaps: pd.DataFrame, framework: str, other: str) -> tuple[list[str], list[str]]:
    """The themes ``framework`` stresses against ``other``, from :func:`theme_gaps`.

    A theme is stressed when it is only or mostly in ``framework`` and holds at least
    :data:`EMPHASIS_SHARE` % of its statements (two statements or more, unless it is a tenth of
    them): two statements in 330 are no emphasis. The themes come in two lists: those ``other``
    says little or nothing of (under :data:`EMPHASIS_SHARE` %), and those it says less of.

    Examples
    --------
    >>> gaps = theme_gaps("cis", "wsx")
    >>> emphases(gaps, "cis", "wsx")[0][1:]
    ['Organisational culture and systems', 'Technology and digital']
    >>> emphases(gaps, "wsx", "cis")
    (['Teamwork and collaboration', 'Self-awareness and reflection'], [])
    """
    mine = gaps[gaps["status"].isin([f"only {framework}", f"mostly {framework}"])]
    share, count = mine[f"{framework} %"], mine[framework]
    mine = mine[(share >= EMPHASIS_SHARE) & ((count >= 2) | (share >= 10))]
    little = mine[f"{other} %"] < EMPHASIS_SHARE
    return mine.loc[little, "theme"].tolist(), mine.loc[~little, "theme"].tolist()
