"""A heatmap's rows checked once the figure is laid out: tall enough for their wrapped names.

:func:`compkit.compare.plots.plot_counts` sizes its figure from the number of competencies
(0.42 inch a row) before layout; upright level names under the panels, a title over two lines or
a colour bar then leave the rows less room than that, and names wrapped over three lines run
into each other (LMG's cloud engineering roles: 21 names of up to three lines, 0.37 inch a row
as drawn, where three lines need 0.45). This pass measures the drawn rows and makes the figure
taller by what they lack, as the names themselves cannot be cut.
"""

from __future__ import annotations

from matplotlib.figure import Figure

__all__ = ["rows_tall_enough"]

#: Room between two names a row apart, in lines (line spacing 1.2 as matplotlib draws them).
_GAP_LINES = 0.6


def _shortfall(fig: Figure) -> float:
    """How many inches the most crowded panel's rows lack in all (0 when every name fits)."""
    worst = 0.0
    for ax in fig.axes:
        labels = [t for t in ax.get_yticklabels() if t.get_text()]
        ticks = ax.get_yticks()
        if len(labels) < 2 or len(ticks) < 2:
            continue
        lines = max(t.get_text().count("\n") + 1 for t in labels)
        need = (lines * 1.2 + _GAP_LINES) * labels[0].get_fontsize() / 72
        ys = ax.transData.transform([(0, y) for y in ticks[:2]])[:, 1]
        step = abs(ys[1] - ys[0]) / fig.dpi  # inches between two rows, as drawn
        worst = max(worst, (need - step) * len(ticks))
    return worst


def rows_tall_enough(fig: Figure, *, rounds: int = 3) -> Figure:
    r"""Make ``fig`` taller until every panel's row names stand apart, as drawn.

    Each round lays the figure out, measures the rows of every panel whose names take
    several lines, and adds what the most crowded panel lacks to the figure's height (a
    constrained layout gives the added height to the panels); a figure whose names fit is
    left as it is.

    Examples
    --------
    >>> from compkit._plotting import figure, style
    >>> names = ["Leads the\nwork of\nthe team"] * 12
    >>> with style():
    ...     fig = figure(4, 2.5)
    ...     ax = fig.subplots()
    ...     _ = ax.set_yticks(range(12), labels=names)
    ...     _ = ax.set_ylim(-0.5, 11.5)
    >>> bool(rows_tall_enough(fig).get_figheight() > 6)
    True
    """
    for _ in range(rounds):
        if not any(any("\n" in t.get_text() for t in ax.get_yticklabels()) for ax in fig.axes):
            return fig
        fig.draw_without_rendering()
        lack = _shortfall(fig)
        if lack <= 0.01:
            return fig
        fig.set_figheight(fig.get_figheight() + lack)
    return fig
