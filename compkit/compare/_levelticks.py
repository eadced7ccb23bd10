"""Level names on a chart's axis checked once the figure is laid out: upright where crowded.

:func:`compkit._plotting.level_ticks` chooses level, slanted or upright names before layout,
from an estimate of each panel's width; a legend or colour bar beside the panels, or another
panel's long competency names, can leave a panel a third narrower than estimated (learn-with-me's
seven titles in a scope chart: 0.97 inch a level estimated, 0.69 drawn). Slanted names of
several lines then stand too close to read apart. This pass measures the drawn spacing and
stands such names upright, as ``level_ticks`` does where it sees the crowding itself.
"""

from __future__ import annotations

from matplotlib.figure import Figure

from .._plotting import tick_label

__all__ = ["upright_crowded"]


def upright_crowded(fig: Figure) -> Figure:
    r"""Stand slanted level names of several lines upright where, as drawn, they would touch.

    At 30 degrees, names a step apart stand step·sin 30° apart across their lines; they need
    room for their lines and one more (line spacing 1.2), or "Software / Engineer III" and
    "Sr Software / Engineer" read as one run.

    Examples
    --------
    >>> from compkit._plotting import figure, style
    >>> names = ["Software\nEngineer I", "Software\nEngineer II", "Sr Software\nEngineer"]
    >>> with style():
    ...     fig = figure(2.5, 2)
    ...     ax = fig.subplots()
    ...     _ = ax.set_xticks(range(3), labels=names, rotation=30, ha="right")
    >>> [t.get_text() for t in upright_crowded(fig).axes[0].get_xticklabels()]
    ['Software Engineer I', 'Software Engineer II', 'Sr Software Engineer']
    """
    slanted = [
        ax
        for ax in fig.axes
        if len(ax.get_xticklabels()) > 1
        and ax.get_xticklabels()[0].get_rotation() not in (0.0, 90.0)
        and any("\n" in t.get_text() for t in ax.get_xticklabels())
    ]
    if not slanted:
        return fig
    fig.draw_without_rendering()
    for ax in slanted:
        labels = ax.get_xticklabels()
        ticks = ax.get_xticks()
        xs = ax.transData.transform([(x, 0) for x in ticks[:2]])[:, 0]
        step = abs(xs[1] - xs[0]) / fig.dpi  # inches between two levels, as drawn
        lines = max(t.get_text().count("\n") + 1 for t in labels)
        line = 1.2 * labels[0].get_fontsize() / 72
        if step * 0.5 >= (lines + 1) * line:
            continue
        names = [tick_label(" ".join(t.get_text().split("\n")), 24, 2) for t in labels]
        ax.set_xticks(
            ticks, labels=names, rotation=90, ha="right", va="center", rotation_mode="anchor"
        )
    return fig
