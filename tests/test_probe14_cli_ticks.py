"""Level names slant when they need more room than the axis gives each level, not by length.

Twelve levels "Level 1" ... "Level 12" (eight characters or fewer) crowd a panel and ran into
each other level; names of ten or more characters in a wide panel ("Milestone 1") need no slant.
"""

from itertools import pairwise
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

from compkit._plotting import figure, level_ticks, style
from compkit.compare import plots

CORPUS = Path(__file__).parent / "data" / "corpus"


def _drawn(fig, k=0):
    """The drawn x tick labels of axes ``k`` and their boxes."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    labels = [t for t in fig.axes[k].get_xticklabels() if t.get_text()]
    return labels, [t.get_window_extent(canvas.get_renderer()) for t in labels]


def _bars(names, width):
    with style():
        fig = figure(width, 2)
        ax = fig.subplots()
        ax.bar(range(len(names)), range(len(names)))
        level_ticks(ax, names)
    return fig


def test_short_names_that_crowd_the_axis_slant():
    labels, _ = _drawn(_bars([f"Level {k}" for k in range(1, 13)], 3))
    assert {t.get_rotation() for t in labels} == {30.0}


def test_short_names_with_room_stand_level():
    labels, boxes = _drawn(_bars([f"Level {k}" for k in range(1, 5)], 6))
    assert {t.get_rotation() for t in labels} == {0.0}
    assert not any(a.overlaps(b) for a, b in pairwise(boxes))


def test_longer_names_with_room_stand_level_and_apart():
    # Medium's milestones in its heatmap panel: 11 characters, room for each
    labels, boxes = _drawn(plots.plot_counts(CORPUS / "medium-snowflake.yaml", "cis"))
    assert [t.get_text() for t in labels][:2] == ["Milestone 1", "Milestone 2"]
    assert {t.get_rotation() for t in labels} == {0.0}
    assert all(b.x0 - a.x1 > 3 for a, b in pairwise(boxes))  # pixels between names


def test_long_names_in_a_narrow_panel_still_slant():
    names = ["Practitioner", "Senior Practitioner", "Lead Practitioner", "Head of Practice"]
    labels, _ = _drawn(_bars(names, 3))
    assert 0.0 not in {t.get_rotation() for t in labels}  # slanted, or upright in two lines
