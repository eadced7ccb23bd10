"""Pictures of frameworks and their differences, for people who would rather look than read.

Every function returns a :class:`matplotlib.figure.Figure` built without ``pyplot`` (so nothing is
shown twice in a notebook and nothing leaks between calls); in JupyterLab the figure displays as
a PNG, and :func:`figure_png` / :func:`figure_svg` turn it into bytes or text for reports.
Colours are colour-blind safe: the perceptually uniform *viridis* map for counts and shares, and
the Okabe-Ito palette for categories. Every title says what the picture shows; every heatmap cell
carries its number, so no reading depends on colour alone.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import numpy as np

from .._plotting import (
    LINES,
    OKABE_ITO,
    figure,
    figure_png,
    figure_svg,
    heatmap,
    level_ticks,
    scope_bars,
    scope_legend,
    style,
    tick_label,
    wrap,
)
from .._words import plural, possessive
from ..crosswalk.sidelevels import graded_levels
from ._chartnames import fit_titles, top_names
from ._levelticks import upright_crowded
from ._rowheights import rows_tall_enough
from ._rungs import level_axis, levels_said, rungs, shown_levels, shown_names
from .graph_plot import plot_graph

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from ..framework.model import Framework

__all__ = [
    "OKABE_ITO",
    "figure_png",
    "figure_svg",
    "plot_counts",
    "plot_graph",
    "plot_lengths",
    "plot_scope",
    "plot_theme_coverage",
    "plot_theme_levels",
    "plot_values",
]


def _frameworks(frameworks) -> list[Framework]:
    from .tables import _load

    return _load(frameworks)


# -- counts -------------------------------------------------------------------------------------
#: Competencies a counts heatmap names one by one, each cell with its number; a larger framework
#: is drawn as an overview (one thin row per competency, its groups named), since a picture of
#: thousands of labelled rows could be neither drawn nor read.
COUNTS_ROWS = 60


#: Inches of plot each level is given, so that its name ("Level 6") and a cell's "not defined"
#: fit under and in its column: a panel is as wide as its levels, not an equal share of the
#: figure (Monzo's six levels beside CiS's four ran "Level 1Level 2Level 3" together).
LEVEL_INCHES = 0.72


def _level_panels(fig, fws, *, sharey: bool = False):
    """One panel per framework, side by side, each as wide as its levels (three at least)."""
    ratios = [max(len(graded_levels(fw)), 3) for fw in fws]
    return fig.subplots(
        1, len(fws), squeeze=False, sharey=sharey, gridspec_kw={"width_ratios": ratios}
    )[0]


def _panels_width(fws, usual: float, around: float) -> float:
    """A figure's width: ``usual``, or wider where its levels need :data:`LEVEL_INCHES` each.

    ``around`` is what the figure holds beside its panels (names, colour bar, legend).
    """
    return max(usual, around + LEVEL_INCHES * sum(max(len(graded_levels(fw)), 3) for fw in fws))


def plot_counts(*frameworks: Framework | str | os.PathLike) -> Figure:
    """Heatmap of statements per competency × level, one panel per framework.

    Effective statements (what a holder must show); a cell the publisher left undefined is
    grey and says "not defined". A framework of more than :data:`COUNTS_ROWS` competencies is
    drawn as an overview: one thin row per competency, group by group (in framework order
    within each), the groups named at the side, without numbers (the report's competencies
    table gives them).

    Examples
    --------
    >>> fig = plot_counts("cis", "wsx")
    >>> [ax.get_title() for ax in fig.axes if ax.get_title()]
    ['CiS: 6 competencies × 4 levels', 'WSX Mind: 4 clusters × 5 levels']
    """
    from .cells import counts

    fws = _frameworks(frameworks)
    # a side list ("All levels" beside the grades) is no column; a level for all is last, apart
    tables = [counts(fw)[[lv.id for lv in shown_levels(fw)]] for fw in fws]
    top = max(float(t.max().max()) if t.notna().any().any() else 1.0 for t in tables)
    shown = [len(fw.competency_records) for fw in fws]  # an overview is as tall as 20 rows
    tallest = max(n if n <= COUNTS_ROWS else 20 for n in shown)
    with style():
        width = _panels_width(fws, 5.2 * len(fws) + 0.8, 2.4 * len(fws) + 0.8)
        fig = figure(width, max(4.2, 0.42 * tallest + 1.6))
        axes = _level_panels(fig, fws)
        for ax, fw, table in zip(axes, fws, tables, strict=True):
            values = table.to_numpy(dtype=float, na_value=np.nan)
            if len(fw.competency_records) > COUNTS_ROWS:
                _counts_overview(ax, values, fw, top)
            else:
                heatmap(
                    ax,
                    values,
                    [wrap(c.name, 26) for c in fw.competency_records],
                    shown_names(fw),
                    vmax=top,
                    undefined=table.isna().to_numpy(),
                )
                # a row is tall enough for a third line before a name is cut ("Browsing,
                # searching and filtering data, information and digital content", DigComp 2.1)
                ax.set_yticklabels(
                    [tick_label(wrap(c.name, 26), 32, 3) for c in fw.competency_records]
                )
            level_axis(ax, fw)
            ax.set_title(
                f"{fw.label}: {plural(len(fw.competency_records), fw.competency_term)} × "
                f"{levels_said(fw)}"
            )
            ax.set_xlabel("level (lowest → highest)")
        from matplotlib.ticker import MaxNLocator

        bar = fig.colorbar(axes[0].images[0], ax=list(axes), shrink=0.8, label="statements")
        bar.locator = MaxNLocator(integer=True)  # whole statements: no "0.2" with one a cell
        bar.update_ticks()
        fig.suptitle("How many statements each competency has at each level")
        fit_titles(upright_crowded(fig))  # names wrapped or upright as laid out
        rows_tall_enough(fig)  # rows as tall as their wrapped names, as laid out
    return fig


def _counts_overview(ax, values: np.ndarray, fw: Framework, top: float) -> None:
    """Counts of a large framework: one thin row per competency, grouped, the groups named."""
    from .._plotting import _UNDEFINED_FILL, CMAP, mpl_colormap

    rank = {g.id: i for i, g in enumerate(fw.group_records)}
    groups = [c.group for c in fw.competency_records]
    order = sorted(range(len(groups)), key=lambda i: rank.get(groups[i], len(rank)))
    cmap = mpl_colormap(CMAP).with_extremes(bad=_UNDEFINED_FILL)
    ax.imshow(values[order], cmap=cmap, vmin=0, vmax=top, aspect="auto", interpolation="nearest")
    names = {g.id: g.name for g in fw.group_records}
    ordered = [groups[i] for i in order]
    starts = [i for i, g in enumerate(ordered) if i == 0 or g != ordered[i - 1]]
    ends = [*starts[1:], len(ordered)]
    n = plural(len(groups), fw.competency_term)
    if any(groups) and len(starts) <= COUNTS_ROWS:
        ax.set_yticks(
            [(a + b - 1) / 2 for a, b in zip(starts, ends, strict=True)],
            labels=[wrap(names.get(ordered[a], ordered[a] or "no group"), 26) for a in starts],
        )
        for a in starts[1:]:
            ax.axhline(a - 0.5, color="white", linewidth=2)
        ax.set_ylabel(f"{n} by group, one row each\n(numbers: see the competencies table)")
    else:
        ax.set_yticks([])
        ax.set_ylabel(
            f"{n} in framework order, one row each\n(numbers: see the competencies table)"
        )
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)


# -- themes -------------------------------------------------------------------------------------
def plot_theme_coverage(
    *frameworks: Framework | str | os.PathLike, assignments: pd.DataFrame | None = None
) -> Figure:
    """Heatmap of theme × framework: the share of each framework's statements on each theme.

    Cells show the share (%) and, in brackets, the number of statements.

    Examples
    --------
    >>> fig = plot_theme_coverage("cis", "wsx")
    >>> fig.axes[0].get_title()
    'Share of statements on each theme (%, statements in brackets)'
    """
    from .themes import theme_coverage

    fws = _frameworks(frameworks)
    cov = theme_coverage(*fws, assignments=assignments)
    share = cov.pivot(index="theme_id", columns="framework", values="share")
    n = cov.pivot(index="theme_id", columns="framework", values="n")
    order = list(dict.fromkeys(cov["theme_id"]))
    names = dict(zip(cov["theme_id"], cov["theme"], strict=False))
    ids = [fw.id for fw in fws]
    share, n = share.loc[order, ids], n.loc[order, ids]
    labels = np.array(
        [
            [f"{s:.0f}% ({c})" for s, c in zip(rs, rc, strict=True)]
            for rs, rc in zip(share.to_numpy(), n.to_numpy(), strict=True)
        ],
        dtype=object,
    )
    with style():
        fig = figure(2.0 * len(fws) + 4.6, 0.34 * len(order) + 1.6)
        ax = fig.subplots()
        heatmap(
            ax,
            share.to_numpy(),
            [wrap(names[t], 36) for t in order],
            [fw.label for fw in fws],
            labels=labels,
            cbar_label="% of the framework's statements",
        )
        top_names(ax, [fw.label for fw in fws], 2.0 * len(fws) - 0.2)  # whole, not cut
        ax.xaxis.tick_top()
        ax.set_title("Share of statements on each theme (%, statements in brackets)")
        fig.suptitle("Which themes each framework speaks to")
    return fig


def plot_theme_levels(
    *frameworks: Framework | str | os.PathLike, assignments: pd.DataFrame | None = None
) -> Figure:
    """Heatmap of theme × level, one panel per framework: how themes rise or fade with level.

    Cells show the number of statements on the theme at the level; colour is their share (%)
    of the level's statements, so frameworks of different size compare fairly.

    Examples
    --------
    >>> fig = plot_theme_levels("cis")
    >>> fig.get_suptitle()
    'How each theme runs through the levels (colour: % of the level; number: statements)'
    """
    from .themes import theme_by_level

    fws = _frameworks(frameworks)
    table = theme_by_level(*fws, assignments=assignments)
    order = list(dict.fromkeys(table["theme_id"]))
    names = dict(zip(table["theme_id"], table["theme"], strict=False))
    top = float(table["share"].max()) or 1.0
    with style():
        fig = figure(_panels_width(fws, 2.2 + 3.4 * len(fws), 3.2), 0.32 * len(order) + 2.0)
        axes = _level_panels(fig, fws, sharey=True)
        for k, (ax, fw) in enumerate(zip(axes, fws, strict=True)):
            mine = table[table["framework"] == fw.id]
            share = mine.pivot(index="theme_id", columns="level", values="share")
            n = mine.pivot(index="theme_id", columns="level", values="n")
            grades = [lv.id for lv in shown_levels(fw)]  # "All Levels" after the rungs
            share, n = share.loc[order, grades], n.loc[order, grades]
            heatmap(
                ax,
                share.to_numpy(),
                [wrap(names[t], 34) for t in order],
                shown_names(fw),
                labels=n.to_numpy(),
                vmax=top,
            )
            level_axis(ax, fw)
            if k:
                ax.tick_params(labelleft=False)
            ax.set_title(f"{fw.label}")
            ax.set_xlabel("level (lowest → highest)")
        fig.colorbar(axes[0].images[0], ax=list(axes), shrink=0.6, label="% of the level")
        fig.suptitle(
            "How each theme runs through the levels (colour: % of the level; number: statements)"
        )
        fit_titles(upright_crowded(fig))  # names wrapped or upright as laid out
    return fig


# -- values -------------------------------------------------------------------------------------
def plot_values(*frameworks: Framework | str | os.PathLike) -> Figure:
    """Which competencies express which values: a two-column diagram per framework.

    Values stand on the left, competencies on the right, a line for each value a competency
    expresses; a framework that names no values says so in its panel.

    Examples
    --------
    >>> fig = plot_values("cis", "wsx")
    >>> [ax.get_title() for ax in fig.axes]
    ['CiS: 4 values, 6 competencies', 'WSX Mind: no values named']
    """
    fws = _frameworks(frameworks)
    tallest = max(max(len(fw.value_records), len(fw.competency_records)) for fw in fws)
    with style():
        fig = figure(5.0 * len(fws), 0.55 * tallest + 1.6)
        axes = fig.subplots(1, len(fws), squeeze=False)[0]
        for ax, fw in zip(axes, fws, strict=True):
            ax.set_axis_off()
            ax.set_xlim(-0.05, 1.05)
            if not fw.value_records:
                ax.set_title(f"{fw.label}: no values named")
                ax.text(
                    0.5,
                    0.5,
                    _no_values(fw),
                    ha="center",
                    va="center",
                    fontsize=10,
                    color="#444444",
                    transform=ax.transAxes,
                )
                continue
            vals, comps = fw.value_records, fw.competency_records
            vy = {v.id: y for v, y in zip(vals, np.linspace(1, 0, len(vals)), strict=True)}
            cy = {c.id: y for c, y in zip(comps, np.linspace(1, 0, len(comps)), strict=True)}
            colour = {v.id: LINES[i % len(LINES)] for i, v in enumerate(vals)}
            for c in comps:
                for v in c.values:
                    ax.plot([0.3, 0.7], [vy[v], cy[c.id]], color=colour[v], linewidth=2.5)
            for v in vals:
                ax.plot(0.3, vy[v.id], "o", color=colour[v.id], markersize=9)
                ax.text(0.27, vy[v.id], wrap(v.name, 18), ha="right", va="center", fontsize=9)
            for c in comps:
                ax.plot(0.7, cy[c.id], "s", color="#555555", markersize=7)
                ax.text(0.73, cy[c.id], wrap(c.name, 24), ha="left", va="center", fontsize=9)
            ax.set_ylim(-0.15, 1.15)
            ax.set_title(
                f"{fw.label}: {plural(len(vals), 'value')}, "
                f"{plural(len(comps), fw.competency_term)}"
            )
        fig.suptitle("Which competencies express each organisational value")
        fit_titles(upright_crowded(fig))  # names wrapped or upright as laid out
    return fig


# -- scope --------------------------------------------------------------------------------------
def plot_scope(*frameworks: Framework | str | os.PathLike) -> Figure:
    """Stacked bars of statement scope per level: how far expectations reach as levels rise.

    Scopes from narrowest to widest (own work, people line-managed, team or service,
    organisation or sector) share one ordered viridis scale across panels.

    Examples
    --------
    >>> fig = plot_scope("cis", "wsx")
    >>> fig.get_suptitle()
    'How far statements reach, level by level (% of the level)'
    """
    from ..framework.text import SCOPES
    from .tables import scope_by_level

    fws = _frameworks(frameworks)
    table = scope_by_level(*fws)
    with style():
        fig = figure(_panels_width(fws, 3.6 * len(fws) + 1.8, 2.6), 3.8)
        axes = _level_panels(fig, fws, sharey=True)
        for ax, fw in zip(axes, fws, strict=True):
            mine = table[table["framework"] == fw.id]
            wide = mine.pivot(index="level", columns="scope", values="share").loc[
                [lv.id for lv in rungs(fw)], list(SCOPES)
            ]
            scope_bars(ax, wide.to_numpy())
            level_ticks(ax, [lv.name for lv in rungs(fw)], np.arange(len(wide)))
            if not mine["n"].any():
                _no_statements(ax)
            ax.set_title(fw.label)
            ax.set_xlabel("level (lowest → highest)")
        axes[0].set_ylabel("% of the level's statements")
        scope_legend(fig, axes[0])
        fig.suptitle("How far statements reach, level by level (% of the level)")
        fit_titles(upright_crowded(fig))  # names wrapped or upright as laid out
    return fig


def _no_values(fw: Framework) -> str:
    """What a values panel says of a framework naming none, its organisation only if stated.

    A placeholder ("(organisation not stated)") names no one: it read "(organisation not
    stated)'s framework names no organisational values". A long name wraps.
    """
    from ..framework.model import stated_organisation

    org = stated_organisation(fw)
    if not org:
        return "The framework\nnames no organisational values"
    # HSE's "Health and Safety Executive (research by Goldsmiths, ...)" wraps within its panel
    return wrap(f"{possessive(org)} framework", 40) + "\nnames no organisational values"


def _no_statements(ax) -> None:
    """Say, in an empty panel, why it is empty."""
    ax.text(
        0.5,
        0.5,
        "no statements a holder\nmust show (effective)",
        transform=ax.transAxes,
        ha="center",
        va="center",
        color="#555555",
    )


def plot_lengths(*frameworks: Framework | str | os.PathLike) -> Figure:
    """Box plots of statement length (words) per level, one panel per framework.

    Effective statements only (what a holder must show), as in the tables of
    :func:`~compkit.compare.tables.statement_lengths`.

    Examples
    --------
    >>> plot_lengths("cis", "wsx").get_suptitle()
    'How long statements are at each level (words per statement)'
    """
    from .tables import statements

    fws = _frameworks(frameworks)
    st = statements(*fws, polarity="effective")
    with style():
        fig = figure(_panels_width(fws, 3.4 * len(fws) + 0.6, 0.8), 3.4)
        axes = _level_panels(fig, fws, sharey=True)
        for k, (ax, fw) in enumerate(zip(axes, fws, strict=True)):
            mine = st[st["framework"] == fw.id]
            data = [
                mine.loc[mine["level"] == lv.id, "n_words"].to_numpy() for lv in shown_levels(fw)
            ]
            parts = ax.boxplot(data, patch_artist=True, medianprops={"color": "black"})
            level_axis(ax, fw, first=1)
            if mine.empty:
                _no_statements(ax)
            for box in parts["boxes"]:
                box.set_facecolor(LINES[(1 + 2 * k) % len(LINES)])
            ax.set_title(fw.label)
            ax.set_xlabel("level (lowest → highest)")
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        axes[0].set_ylabel("words per statement")
        fig.suptitle("How long statements are at each level (words per statement)")
        fit_titles(upright_crowded(fig))  # names wrapped or upright as laid out
    return fig
