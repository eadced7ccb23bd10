"""A framework's name on a chart: whole, wrapped to the room its panel keeps, never cut.

A framework whose source gives no short form keeps its long name ("0501 Financial
Administration and Program Support: Accountability", 65 characters) in every sentence and
table, where the page wraps it. A chart does not wrap: a panel's title ran past its panel into
the next one, or off the figure, and a heatmap's column header was cut to "0501 Financial
Administration and Program…". Here such a name is wrapped over lines, measured in the font
that draws it, so it stays whole within its panel; nothing is left out or invented, and a title
that fits is left as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._plotting import _drawable, _inches_at, tick_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["fit_lines", "fit_titles", "top_names"]

#: A bold title is about this much wider than the regular face :func:`_inches_at` measures.
_BOLD = 1.1


def fit_lines(text: str, inches: float, size: float) -> str:
    r"""``text`` wrapped at spaces so that each line is at most ``inches`` wide at ``size`` pt.

    A word wider than ``inches`` alone stands on its own line, whole.

    Examples
    --------
    >>> cfo = "0501 Financial Administration and Program Support: Accountability"
    >>> print(fit_lines(cfo, 2.2, 10))
    0501 Financial Administration
    and Program Support:
    Accountability
    >>> fit_lines("CiS", 0.1, 10)
    'CiS'
    """
    lines: list[str] = []
    for word in str(text).split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and _width(trial, size) <= inches:
            lines[-1] = trial
        else:
            lines.append(word)
    return "\n".join(lines) or str(text)


def fit_titles(fig: Figure) -> Figure:
    """Wrap each panel title that runs off the figure or into another panel's title.

    The figure is laid out once (as it will be drawn) to see where each title stands; a title
    that overruns is wrapped to its panel's width. Titles that fit are left as they are.

    Examples
    --------
    >>> from compkit._plotting import figure, style
    >>> with style():
    ...     fig = figure(6, 3)
    ...     axes = fig.subplots(1, 2)
    ...     _ = axes[0].set_title("Delivery by Numbers: 8 competencies × 6 levels")
    ...     _ = axes[1].set_title("0501 Financial Administration and Program Support: Accounts")
    >>> [len(ax.get_title().splitlines()) for ax in fit_titles(fig).axes]
    [2, 2]
    """
    titled = [ax for ax in fig.axes if ax.get_title()]
    if not any(_long(ax) for ax in titled):
        return fig  # no title near its panel's share of the figure: nothing to lay out
    fig.draw_without_rendering()
    width = fig.get_figwidth() * fig.dpi
    boxes = {ax: ax.title.get_window_extent() for ax in titled}
    for ax in titled:
        box = boxes[ax]
        clash = any(
            other.x0 < box.x1 and box.x0 < other.x1 and other.y0 < box.y1 and box.y0 < other.y1
            for o, other in boxes.items()
            if o is not ax
        )
        if box.x0 >= 0 and box.x1 <= width and not clash:
            continue
        size = ax.title.get_fontsize() * (_BOLD if "bold" in str(ax.title.get_weight()) else 1)
        room = ax.get_window_extent().width / fig.dpi
        ax.set_title(fit_lines(" ".join(ax.get_title().split()), room, size))
    return fig


def _long(ax: Axes) -> bool:
    """Whether the title of ``ax`` may overrun: within an inch of its share of the figure."""
    share = ax.get_figure().get_figwidth()
    spec = ax.get_subplotspec()
    if spec is not None:
        grid = spec.get_gridspec()
        ratios = list(grid.get_width_ratios() or [1] * grid.ncols)
        share *= sum(ratios[spec.colspan.start : spec.colspan.stop]) / sum(ratios)
    size = ax.title.get_fontsize() * (_BOLD if "bold" in str(ax.title.get_weight()) else 1)
    widest = max(_width(line, size) for line in ax.get_title().splitlines())
    return widest > share - 1.0


def _width(line: str, size: float) -> float:
    """The width (inches) of ``line`` as the figure draws it, without what its font cannot draw.

    A Japanese name measured whole warned of each glyph missing from the font.
    """
    return _inches_at(_drawable(line), size)


def top_names(ax: Axes, names: list[str], room: float) -> None:
    """Head a heatmap's columns with whole names when its own labels would cut one.

    The heatmap cuts a long name after three short lines ("0501 Financial / Administration /
    and Program…"); a framework's name heading a column is the reader's only key to it. Each
    name is wrapped to its column's share of ``room`` inches instead.
    """
    if not any(tick_label(n).endswith("…") for n in names):
        return
    size = ax.xaxis.get_ticklabels()[0].get_fontsize() if ax.xaxis.get_ticklabels() else 10
    across = room / max(len(names), 1)
    ax.set_xticks(range(len(names)), labels=[fit_lines(n, across, size) for n in names])
