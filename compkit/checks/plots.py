"""Pictures of a framework's progression: the share of statements per scope at each level."""

from __future__ import annotations

import pandas as pd

from .._plotting import figure, level_ticks, scope_bars, scope_legend
from ..framework.argument import framework_argument
from ..framework.text import SCOPES, scope, scope_names
from ._arguments import given


def scope_table(framework) -> pd.DataFrame:
    """Share of statements per scope (columns) at each level (rows, lowest first).

    Examples
    --------
    >>> scope_table("cis").loc["Level 4", "org"] > 0.5
    np.True_
    """
    fw = framework_argument(framework, "framework")
    ind = fw.indicators
    table = pd.crosstab(ind["level_name"], scope(ind["text"], scope_names(fw)), normalize="index")
    order = ind.drop_duplicates("level_name").sort_values("level_rank")["level_name"]
    return table.reindex(index=order, columns=list(SCOPES), fill_value=0.0).rename_axis(
        index="level", columns="scope"
    )


def plot_scope_progression(*frameworks, ax=None):
    """Stacked bars: how the scope of statements widens (or not) level by level.

    Parameters
    ----------
    *frameworks : Framework, bundled id or path
        One panel per framework.
    ax : matplotlib Axes, optional
        Draw the (single) framework here instead of in a new figure.

    Returns
    -------
    matplotlib.figure.Figure
        Bars of the share (%) of each level's statements per scope, narrowest scope at the
        bottom, in the colours and words every compkit scope chart uses
        (``compkit._plotting.SCOPE_COLOURS`` and ``SCOPE_LABELS``).

    Examples
    --------
    >>> fig = plot_scope_progression("cis", "wsx")
    >>> [ax.get_title() for ax in fig.axes]
    ['CiS: scope of statements by level', 'WSX Mind: scope of statements by level']
    """
    from ..errors import UsageError

    if not frameworks:
        raise UsageError("frameworks: expected one framework or more, got none")
    fws = [framework_argument(f, f"frameworks[{i}]") for i, f in enumerate(frameworks)]
    if ax is not None and not hasattr(ax, "figure"):
        raise UsageError(f"ax: expected a matplotlib Axes, got {given(ax)}")
    if ax is not None and len(fws) > 1:
        raise UsageError(
            f"ax: draws one framework, got {len(fws)}; leave ax out to draw each in a panel"
        )
    if ax is None:
        fig = figure(5 * len(fws), 3.6)
        axes = fig.subplots(1, len(fws), squeeze=False)[0]
    else:
        fig, axes = ax.figure, [ax]
    for fw, axis in zip(fws, axes, strict=False):
        table = scope_table(fw)
        scope_bars(axis, 100 * table.to_numpy())
        level_ticks(axis, list(table.index), range(len(table)))
        axis.set_title(f"{fw.label}: scope of statements by level")
        axis.set_ylabel("% of the level's statements")
        axis.set_xlabel("level (lowest → highest)")
    fig.set_layout_engine("constrained")
    scope_legend(fig, axes[0])
    return fig
