"""Probe 21F: an OD consultant's comparing day (voice of verb phrases, the framework graph).

Frameworks read on the day: DigComp 2.1's proficiency levels (two areas, five competences,
eight levels; ``tests/data/ingest/probe16-sheets``), a US engineering leveling guide written to
"you" (MIT) and the police Integrated Competency Framework's positive and negative indicators
(``tests/data/ingest/polarity-icf.pdf``). The fixtures below are my own words in their shapes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from compkit.compare.graph_plot import plot_graph
from compkit.testing import framework_from_cells

LEVELS = ("one", "two", "three")


def _drawn(fig):
    """The figure drawn, and its renderer: where each text really stands."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig.canvas.get_renderer()


@pytest.fixture(scope="module")
def separate_levels():
    """Three levels described apart (not cumulative): no level builds on another."""
    return framework_from_cells(
        {
            "Finding things": {
                "one": ["Plans a simple search."],
                "two": ["Plans a routine search."],
                "three": ["Plans a search for others."],
            }
        },
        cumulative=False,
    )


def test_the_graph_says_arrows_only_where_it_draws_them(separate_levels):
    """A legend names only what the picture holds.

    DigComp's levels, the leveling guide's and the ICF's do not build on each other, so no
    arrow is drawn, yet the graph's subtitle said "(line width: statements in the cell;
    arrows: builds on)" for all three. A cumulative framework's arrows are still named.
    """
    fig = plot_graph(separate_levels)
    title = fig.axes[0].get_title()
    assert "line width: statements in the cell" in title
    assert "arrow" not in title
    fig = plot_graph(replace(separate_levels, cumulative=True))
    assert "arrows: builds on" in fig.axes[0].get_title()


def test_a_long_name_over_the_graph_stays_inside_the_figure(separate_levels):
    """The subtitle wraps within the figure, as the title above it does.

    "DigComp 2.1 proficiency levels: 0 values → 5 competencies → 8 levels (line width: ...)"
    ran off both edges of the picture, in the HTML report and the Word one alike ("gComp 2.1
    proficiency levels: ... arrows: builds o").
    """
    long = replace(
        separate_levels,
        title="Everyday Digital Proficiency Levels",
        organisation="(organisation not stated)",
        cumulative=True,  # its arrows named too: the longest subtitle
    )
    fig = plot_graph(long)
    r = _drawn(fig)
    ax = fig.axes[0]
    box = ax.title.get_window_extent(r)
    width = fig.bbox.width
    assert ax.get_title().startswith("Everyday Digital Proficiency Levels: ")
    assert box.x0 >= 0 and box.x1 <= width, (box, width)
