"""Pictures of a framework's progression: the share of statements per scope at each level."""

from __future__ import annotations

import pandas as pd

from ..framework.io import load
from ..framework.text import SCOPES, scope

#: Okabe-Ito colours (colour-blind safe), narrowest scope first.
SCOPE_COLOURS = ("#56B4E9", "#009E73", "#E69F00", "#CC79A7")


def scope_table(framework) -> pd.DataFrame:
    """Share of statements per scope (columns) at each level (rows, lowest first).

    Examples
    --------
    >>> scope_table("cis").loc["Level 4", "org"] > 0.5
    np.True_
    """
    ind = load(framework).indicators
    table = pd.crosstab(ind["level_name"], scope(ind["text"]), normalize="index")
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
        Bars in Okabe-Ito colours (colour-blind safe), narrowest scope at the bottom.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig = plot_scope_progression("cis", "wsx")
    >>> [ax.get_title() for ax in fig.axes]
    ['CiS: scope of statements by level', 'WSX Mind: scope of statements by level']
    >>> plt.close(fig)
    """
    import matplotlib.pyplot as plt

    fws = [load(f) for f in frameworks]
    if ax is None:
        fig, axes = plt.subplots(1, len(fws), figsize=(5 * len(fws), 3.6), squeeze=False)
        axes = axes[0]
    else:
        fig, axes = ax.figure, [ax]
    for fw, axis in zip(fws, axes, strict=False):
        table = scope_table(fw)
        table.plot.bar(
            stacked=True,
            ax=axis,
            color=SCOPE_COLOURS,
            width=0.75,
            rot=0 if len(table) <= 4 else 20,
            legend=False,
        )
        axis.set_title(f"{fw.label}: scope of statements by level")
        axis.set_ylabel("share of statements")
        axis.set_xlabel("")
        axis.set_ylim(0, 1)
    labels = ["self", "people they line-manage", "team or service", "organisation or sector"]
    fig.legend(
        axes[0].get_legend_handles_labels()[0], labels, loc="lower center", ncol=4, frameon=False
    )
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig
