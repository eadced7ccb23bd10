"""The look shared by every compkit chart.

Colour-blind-safe palettes, a figure factory, an
annotated heatmap, and PNG/SVG output with no timestamps (the same figure gives the same bytes).

Figures are built without ``pyplot``, so nothing is shown twice in a notebook and nothing leaks
between calls. Colours: the perceptually uniform *viridis* map for counts and shares, and the
Okabe-Ito palette for categories; every heatmap cell carries its number, so no reading depends on
colour alone.
"""

from __future__ import annotations

import functools
import io
import re
import textwrap
from typing import TYPE_CHECKING

import numpy as np

from .glyphs import BASE_FAMILY, drawable, families, glyph_safe_figure_class

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "CMAP",
    "LINES",
    "NOT_DEFINED",
    "OKABE_ITO",
    "SCOPE_COLOURS",
    "SCOPE_LABELS",
    "VOICE_LABELS",
    "figure",
    "figure_png",
    "figure_svg",
    "heatmap",
    "level_ticks",
    "style",
    "wrap",
]

#: The Okabe-Ito palette (orange, sky blue, bluish green, yellow, blue, vermilion, reddish purple,
#: black), distinguishable with every common colour-vision deficiency.
OKABE_ITO = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)
CMAP = "viridis"
# Okabe-Ito without yellow and black: line colours that stand out on white.
LINES = (OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2], OKABE_ITO[4], OKABE_ITO[5], OKABE_ITO[6])
#: Words for each scope of :func:`compkit.framework.text.scope`, narrowest first: the one set of
#: labels every scope chart and table uses.
SCOPE_LABELS = {
    "self": "own work",
    "managed": "people line-managed",
    "team": "team or service",
    "org": "organisation or sector",
}
#: One colour per scope, narrowest (light) to widest (dark): an ordered viridis scale, so the
#: order reads without a legend and in grey.
SCOPE_COLOURS = ("#bddf26", "#2ab07f", "#2d708e", "#482475")
#: Words for each voice of :func:`compkit.framework.text.voice`.
VOICE_LABELS = {
    "first": "first person ('I ...')",
    "second": "second person ('You ...')",
    "third": "third person ('Manages ...')",
    "other": "other (fragments, imperatives)",
}
#: What a chart or table shows for a cell the publisher left undefined (never 0).
NOT_DEFINED = "not defined"
_UNDEFINED_FILL = "#d9d9d9"
RC = {
    "font.family": BASE_FAMILY,
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "figure.titlesize": 12,
    "figure.titleweight": "bold",
    "svg.hashsalt": "compkit",
    "text.parse_math": False,  # a '$' in a framework's text is a dollar, not mathematics
}


def figure(width: float, height: float) -> Figure:
    """A new figure (no pyplot) whose texts drop, when drawn, characters no font can draw.

    Names such as "👩 Attitude" keep their words ("Attitude"): matplotlib would otherwise draw a
    box and warn ``Glyph … missing from font``, whatever renders the figure (PNG, SVG, a
    notebook). Letters the charts' font lacks (Japanese, Chinese) are drawn in an installed
    font that has them, or dropped and said so in the log (:mod:`compkit._plotting.glyphs`).

    Examples
    --------
    >>> fig = figure(3, 2)
    >>> _ = fig.subplots().set_title("👩 Attitude")
    >>> png = figure_png(fig)  # no warning
    >>> fig.axes[0].get_title()
    'Attitude'
    """
    return glyph_safe_figure_class()(figsize=(width, height), dpi=100, layout="constrained")


def __getattr__(name: str):
    """``_GlyphSafeFigure``, built on first use (matplotlib is imported lazily), for pickle."""
    if name == "_GlyphSafeFigure":
        return glyph_safe_figure_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_drawable = drawable  # the name the charts' measures use


def style():
    import matplotlib as mpl

    return mpl.rc_context(RC)


def wrap(label: str, width: int = 28) -> str:
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


def heatmap(
    ax: Axes,
    values: np.ndarray,
    rows: list[str],
    cols: list[str],
    *,
    labels: np.ndarray | None = None,
    vmax: float | None = None,
    cbar_label: str = "",
    undefined: np.ndarray | None = None,
) -> None:
    """Draw an annotated heatmap: viridis cells, each with its number in a legible colour.

    ``undefined`` (booleans, the shape of ``values``) marks cells the publisher left undefined:
    they are grey and say "not defined" instead of a number.
    """
    values = np.asarray(values, dtype=float)
    if undefined is not None and np.asarray(undefined).any():
        undefined = np.asarray(undefined, dtype=bool)
        values = np.where(undefined, np.nan, values)
    else:
        undefined = np.zeros(values.shape, dtype=bool)
    finite = values[np.isfinite(values)]
    top = float(vmax if vmax is not None else max(finite.max() if finite.size else 0.0, 1.0))
    cmap = mpl_colormap(CMAP).with_extremes(bad=_UNDEFINED_FILL)
    image = ax.imshow(values, cmap=cmap, vmin=0, vmax=top, aspect="auto")
    ax.set_xticks(range(len(cols)), labels=[tick_label(c) for c in cols])
    ax.set_yticks(range(len(rows)), labels=[tick_label(r, 32, 2) for r in rows])
    ax.tick_params(top=False, bottom=True, length=0)
    ax.set_xticks(np.arange(len(cols) + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(len(rows) + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    text = labels if labels is not None else values
    for (i, j), v in np.ndenumerate(values):
        if undefined[i, j]:
            ax.text(j, i, NOT_DEFINED, ha="center", va="center", color="#444444", fontsize=7)
            continue
        shown = text[i, j]
        shown = f"{shown:g}" if isinstance(shown, float | np.floating) else str(shown)
        colour = "black" if v > 0.6 * top else "white"
        ax.text(j, i, shown, ha="center", va="center", color=colour, fontsize=8)
    if cbar_label:
        bar = ax.figure.colorbar(image, ax=ax, shrink=0.8)
        bar.set_label(cbar_label)


def mpl_colormap(name: str):
    """The matplotlib colour map called ``name``."""
    from matplotlib import colormaps

    return colormaps[name]


def scope_bars(ax: Axes, shares: np.ndarray, *, numbers: bool = True) -> list:
    """Stack the scope shares (%) of each level as bars: rows are levels, columns scopes.

    Colours are :data:`SCOPE_COLOURS`, labels :data:`SCOPE_LABELS` (narrowest at the bottom);
    a segment of 8% or more carries its number. Returns the bar containers, narrowest first.
    """
    shares = np.asarray(shares, dtype=float)
    x = np.arange(shares.shape[0])
    bottom = np.zeros(shares.shape[0])
    bars = []
    for k, name in enumerate(SCOPE_LABELS.values()):
        vals = shares[:, k]
        bars.append(ax.bar(x, vals, bottom=bottom, color=SCOPE_COLOURS[k], label=name, width=0.7))
        if numbers:
            for xi, (b, v) in enumerate(zip(bottom, vals, strict=True)):
                if v >= 8:
                    colour = "black" if k < 2 else "white"
                    ax.text(
                        xi,
                        b + v / 2,
                        f"{v:.0f}",
                        ha="center",
                        va="center",
                        fontsize=8,
                        color=colour,
                    )
        bottom = bottom + vals
    ax.set_ylim(0, 100)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return bars


def scope_legend(fig: Figure, ax: Axes) -> None:
    """The one scope legend: widest scope on top, as the bars stack, outside on the right."""
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(
        handles[::-1], labels[::-1], loc="outside right center", title="scope", frameon=False
    )


_NAMED_LEVEL = re.compile(
    r"^(.{1,24}?\d\w*|.{1,24}?\b(?:one|two|three|four|five|six|seven))\s*[–—:-]\s+\S"
)


def tick_label(name: str, width: int = 16, lines: int = 3) -> str:
    r"""A name short enough for an axis: a level's number before its gloss, else wrapped.

    The publisher's "Level 2 – Professional/Technical Officers, Managers, ..." is "Level 2" on
    an axis (tables and the text keep the whole name); another long name wraps over at most
    ``lines`` lines and ends in "…" when cut.

    Examples
    --------
    >>> tick_label("Level 2 – Professional/Technical Officers, Managers, Supervisors")
    'Level 2'
    >>> tick_label("Demonstrating Personal Qualities")
    'Demonstrating\nPersonal\nQualities'
    >>> print(tick_label("Partnerships & Working With Others and Everyone Beyond Them", 12, 2))
    Partnerships
    & Working…
    >>> print(tick_label("Accountability (Level 1 - Awareness)"))  # no bracket left open
    Accountability
    (Level 1 -
    Awareness)
    """
    name = str(name)
    if len(name) <= width:
        return name
    if (m := _NAMED_LEVEL.match(name)) and m[1].count("(") <= m[1].count(")"):
        return m[1]
    parts = textwrap.wrap(name, width) or [name]
    if len(parts) > lines:
        parts = [
            *parts[: lines - 1],
            textwrap.shorten(" ".join(parts[lines - 1 :]), width - 1, placeholder="") + "…",
        ]
    return "\n".join(parts)


def level_ticks(ax: Axes, names: list[str], positions=None) -> None:
    r"""Label the level axis; long names are shortened (:func:`tick_label`) and slanted.

    Names slant when they need more room than each level has on the axis, by the width of
    their widest line as the font draws it (:func:`_room`), whatever their length: twelve
    levels "Level 10" ... crowd a narrow panel, "Practitioner" stands level in a wide one.
    Where slanted names of several lines would run into each other (FT's eight levels,
    "Senior Engineer 2 (Individual Contributor)" ..., in a panel 3 inches wide), they stand
    upright in two lines instead.

    Examples
    --------
    >>> fig = figure(3, 2)
    >>> ax = fig.subplots()
    >>> level_ticks(ax, ["Principal Engineer (People Manager)"] * 8)
    >>> [t.get_rotation() for t in ax.get_xticklabels()][:1], ax.get_xticklabels()[0].get_text()
    ([90.0], 'Principal Engineer\n(People Manager)')
    """
    labels = [tick_label(n) for n in names]
    lines = max((n.count("\n") + 1 for n in labels), default=1)
    across = _room(ax) / max(len(labels), 1)  # inches per level
    widest = max((_inches(line) for n in labels for line in n.split("\n")), default=0.0)
    slant = widest + _TICK_GAP > across
    # slanted 30°, names stand across/2 apart: their lines and one more, or they run together
    upright = slant and lines > 1 and across * 0.5 < (lines + 1) * 1.2 * _points() / 72
    if upright:
        labels = [tick_label(n, 24, 2) for n in names]
    ax.set_xticks(
        range(len(labels)) if positions is None else positions,
        labels=labels,
        rotation=90 if upright else 30 if slant else 0,
        ha="right" if slant else "center",
        va="center" if upright else "top",
        rotation_mode="anchor",
    )


#: The least space (inches) between two level names printed level, so they read apart.
_TICK_GAP = 0.12
# What constrained layout takes from an axes' width for its y label, padding and a colour bar
# (inches), beyond the y-axis tick labels measured.
_LAYOUT_MARGIN = 0.6


@functools.lru_cache(maxsize=4096)
def _inches_at(line: str, size: float) -> float:
    """The width (inches) of one line of text at ``size`` points, in the tick font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family=families(line), size=size)  # fallbacks for what it lacks
    width, _, _ = TextToPath().get_text_width_height_descent(line, prop, ismath=False)
    return width / 72


def _points() -> float:
    """The size (points) of a tick label's font as drawn now (the font size in force)."""
    import matplotlib as mpl
    from matplotlib.font_manager import FontProperties

    return FontProperties(size=mpl.rcParams["xtick.labelsize"]).get_size_in_points()


def _inches(line: str) -> float:
    """The width (inches) of one line of a tick label as drawn now (the font size in force)."""
    return _inches_at(_drawable(line), _points())


def _room(ax: Axes) -> float:
    """The width (inches) an axes' x axis is likely to keep once the figure is laid out.

    Constrained layout spreads an axes over its slot of the figure's grid, less its y-axis
    tick labels (a heatmap's competency names), its y label and a colour bar; the tick labels
    already set are measured, the rest is :data:`_LAYOUT_MARGIN`.
    """
    width = ax.get_position().width * ax.figure.get_figwidth()
    spec = ax.get_subplotspec()
    if spec is not None:  # the axes' share of the figure: layout spreads it over its slot
        grid = spec.get_gridspec()
        ratios = list(grid.get_width_ratios() or [1] * grid.ncols)
        width = ax.figure.get_figwidth() * sum(ratios[spec.colspan.start : spec.colspan.stop])
        width /= sum(ratios)
    ylabels = [t.get_text() for t in ax.get_yticklabels()]
    names = max((_inches(line) for t in ylabels for line in t.split("\n")), default=0.0)
    return max(width - names - _LAYOUT_MARGIN, 0.1 * width)


def figure_png(fig: Figure, *, dpi: int = 110) -> bytes:
    r"""Render a figure as PNG bytes (no timestamp, so the same figure gives the same bytes).

    Examples
    --------
    >>> from compkit.compare.plots import plot_counts
    >>> figure_png(plot_counts("cis"))[:4]
    b'\x89PNG'
    """
    buf = io.BytesIO()
    with style():
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def figure_svg(fig: Figure) -> str:
    """Render a figure as SVG text, fonts as paths, with no date (reproducible).

    Examples
    --------
    >>> from compkit.compare.plots import plot_counts
    >>> figure_svg(plot_counts("cis")).lstrip().startswith("<?xml")
    True
    """
    buf = io.StringIO()
    with style():
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return buf.getvalue()
