"""A drawing of one framework's graph.

Values, competencies and levels stand in columns, edges weighted by the statements behind them (see
:mod:`compkit.framework.graph` for the graph itself).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import numpy as np

from .._plotting import OKABE_ITO, figure, style, wrap
from .._words import plural

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..framework.model import Framework

__all__ = ["plot_graph"]


# -- the framework graph ------------------------------------------------------------------------
def plot_graph(framework: Framework | str | os.PathLike) -> Figure:
    """Draw the framework graph: values, competencies and levels, in three columns.

    Built from :func:`compkit.to_graph`: a value is joined to the competencies that express it
    (``expresses`` edges), a competency to each level it is described at, the line as thick as
    the number of indicators in that cell (``belongs_to`` + ``at_level``); levels are stacked
    lowest at the bottom, joined by ``builds_on`` when cumulative. Indicators are counted, not
    drawn: a picture of 150 statement nodes says less than the thickness of a line.

    Examples
    --------
    >>> plot_graph("cis").axes[0].get_title().split(" (")[0]
    'CiS: 4 values → 6 competencies → 4 levels'

    A title too long for the figure is wrapped, not cut off at its edges:

    >>> from compkit.testing import framework_from_cells
    >>> from dataclasses import replace
    >>> fw = replace(framework_from_cells({"Craft": {"one": ["Plans."]}}), title="Career " * 20)
    >>> max(map(len, plot_graph(fw)._suptitle.get_text().splitlines())) <= 90
    True
    """
    from collections import Counter

    from ..crosswalk.sidelevels import side_levels
    from ..framework.graph import to_graph
    from ..framework.io import load
    from ..framework.model import stated_organisation

    fw = load(framework)
    g = to_graph(fw)
    nodes = dict(g.nodes(data=True))
    kind = {n: d["type"] for n, d in nodes.items()}
    comps = sorted(
        (n for n in nodes if kind[n] == "competency"), key=lambda n: nodes[n]["position"]
    )
    levels = sorted((n for n in nodes if kind[n] == "level"), key=lambda n: nodes[n]["level_rank"])
    values = [n for n in nodes if kind[n] == "value"]
    cell: Counter = Counter()
    for n in nodes:
        if kind[n] == "indicator":
            targets = {d["type"]: v for _, v, d in g.out_edges(n, data=True)}
            cell[(targets["belongs_to"], targets["at_level"])] += 1
    expresses = [(u, v) for u, v, d in g.edges(data=True) if d["type"] == "expresses"]
    # a side list of negative indicators ("All levels" beside the grades) is no rung: no
    # "builds on" arrow to or from it, drawn dashed, not counted among the levels
    side = {n for n in levels if nodes[n]["level"] in side_levels(fw)}
    builds = [
        (u, v) for u, v, d in g.edges(data=True) if d["type"] == "builds_on" and not {u, v} & side
    ]

    def column(items, x):
        ys = np.linspace(1, 0, len(items)) if len(items) > 1 else np.full(len(items), 0.5)
        return {n: (x, float(y)) for n, y in zip(items, ys, strict=True)}

    pos = {**column(values, 0.0), **column(comps, 0.5), **column(levels[::-1], 1.0)}
    widest = max(cell.values(), default=1)
    fill = {"value": "#FBE3B3", "competency": "#BFE6DA", "level": "#BBD7EE"}
    edge = {"value": OKABE_ITO[0], "competency": OKABE_ITO[2], "level": OKABE_ITO[4]}
    with style():
        fig = figure(9.5, 0.6 * max(len(comps), len(levels), len(values), 4) + 1.6)
        ax = fig.subplots()
        ax.set_axis_off()
        for (c, lv), k in sorted(cell.items()):
            (x0, y0), (x1, y1) = pos[c], pos[lv]
            ax.plot(
                [x0, x1],
                [y0, y1],
                color=OKABE_ITO[4],
                alpha=0.35,
                linewidth=0.4 + 6 * (k / widest) ** 1.5,
                solid_capstyle="butt",
                zorder=1,
            )
        for v, c in expresses:
            (x0, y0), (x1, y1) = pos[v], pos[c]
            ax.plot([x0, x1], [y0, y1], color=OKABE_ITO[0], linewidth=2.2, zorder=1)
        for a, b in builds:
            (x0, y0), (x1, y1) = pos[a], pos[b]
            ax.annotate(
                "",
                xy=(x1 + 0.13, y1 + 0.03),
                xytext=(x0 + 0.13, y0 - 0.03),
                arrowprops={"arrowstyle": "->", "color": "#666666"},
                zorder=2,
            )
        for n, (x, y) in pos.items():
            k = kind[n]
            ax.text(
                x,
                y,
                wrap(nodes[n]["label"], 24),
                ha="center",
                va="center",
                fontsize=8.5,
                zorder=4,
                bbox={
                    "boxstyle": "round,pad=0.35",
                    "fc": fill[k],
                    "ec": edge[k],
                    "lw": 1.2,
                    "ls": "--" if n in side else "-",
                },
            )
        if not values:
            ax.text(
                0.0,
                0.5,
                "no values named",
                ha="center",
                va="center",
                color="#666666",
                fontsize=9,
                style="italic",
            )
        for x, head in ((0.0, "values"), (0.5, fw.competency_term_plural), (1.0, "levels")):
            ax.text(
                x,
                1.14,
                head,
                ha="center",
                va="bottom",
                fontsize=9.5,
                color="#333333",
                weight="bold",
            )
        ax.set_xlim(-0.2, 1.2)
        ax.set_ylim(-0.08, 1.2)
        counts = (
            plural(len(values), "value"),
            plural(len(comps), fw.competency_term),
            plural(len(levels) - len(side), "level"),
        )
        ax.set_title(
            _subtitle(f"{fw.label}: {' → '.join(counts)}", arrows=bool(builds), side=bool(side))
        )
        org = stated_organisation(fw)  # a placeholder ("(organisation not stated)") names no one
        # a long title wraps within the figure instead of running off both edges (GDS's "The
        # technologist's career path at GDS - career path competencies (Government Digital ...")
        title = f"The framework graph of {fw.title}" + (f" ({org})" if org else "")
        fig.suptitle(wrap(title, 90))
    return fig


#: The widest line of the graph's subtitle, in characters: about the figure's width at its size.
_SUBTITLE_WIDTH = 108


def _subtitle(head: str, *, arrows: bool, side: bool) -> str:
    """The line under the graph's title: its counts, then a key to what is drawn, and only that.

    "arrows: builds on" only when levels build on each other (arrows drawn); the key goes to a
    line of its own when the whole would run past the figure's edges ("DigComp 2.1 proficiency
    levels: 0 values → 5 competencies → 8 levels (line width: ...)" was cut at both ends).

    Examples
    --------
    >>> print(_subtitle("CiS: 4 values → 4 levels", arrows=True, side=False))
    CiS: 4 values → 4 levels (line width: statements in the cell; arrows: builds on)
    >>> head = "A framework named at very great length indeed: 0 values → 5 competencies → 8 levels"
    >>> print(_subtitle(head, arrows=False, side=True))
    A framework named at very great length indeed: 0 values → 5 competencies → 8 levels
    (line width: statements in the cell)
    dashed: a side list of negative indicators only, no level
    """
    key = "(line width: statements in the cell" + ("; arrows: builds on)" if arrows else ")")
    one = f"{head} {key}"
    lines = [one] if len(one) <= _SUBTITLE_WIDTH else [wrap(head, _SUBTITLE_WIDTH), key]
    if side:
        lines.append("dashed: a side list of negative indicators only, no level")
    return "\n".join(lines)
