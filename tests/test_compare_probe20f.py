"""Probe 20F: an OD consultant's comparing day (headline findings, long names in charts)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import compkit
from compkit.compare import headline_differences


@pytest.fixture(scope="module")
def pair():
    return compkit.load("cis"), compkit.load("wsx")


def test_headline_findings_open_with_a_capital(pair):
    """Each finding reads as a sentence as the function returns it, not only in the report.

    "per level CiS: ..." and "at the lowest level 12% (CiS) ..." opened in lower case; the
    report capitalised them, a notebook or a CSV of the table did not.
    """
    t = headline_differences(*pair)
    labels = tuple(fw.label for fw in pair)
    openings = [f for f in t["finding"] if not f.startswith(labels)]
    assert {"Growth", "Scope"} <= {a.capitalize() for a in t["aspect"]}
    assert openings, "some finding opens with a word, not a name"
    assert all(f[:1].isupper() for f in openings), openings


def test_a_name_opening_a_finding_keeps_its_own_case(pair):
    """A framework called "eNgage" opens a finding as its publisher writes it."""
    a, b = pair
    a = replace(a, short_name="eNgage")
    t = headline_differences(a, b)
    assert any(f.startswith("eNgage ") for f in t["finding"])


#: A framework title of my own, 71 characters, with no short form in it (no bracketed
#: acronym, a head before the colon still over 40 characters): the comparison keeps it whole.
LONG = "Probe Borough Council Adult Social Care Practice Standards: Supervision"


@pytest.fixture(scope="module")
def long_named(pair):
    return replace(pair[0], title=LONG, short_name="", organisation="(organisation not stated)")


def _drawn_titles(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    return [(ax.get_title(), ax.title.get_window_extent(r)) for ax in fig.axes if ax.get_title()]


@pytest.mark.parametrize("name", ["plot_counts", "plot_lengths", "plot_scope", "plot_values"])
def test_a_long_name_stays_whole_inside_its_panel(pair, long_named, name):
    """A 71-character name wraps over lines within its panel: not cut, not over its neighbour.

    It ran on one line off the figure's edge (box plots) or into the next panel's title
    (CFO's "0501 Financial Administration and Program Support: Accountability" beside
    "Delivery by Numbers: 8 competencies × 6 levels").
    """
    from compkit.compare import plots

    fig = getattr(plots, name)(long_named, pair[1])
    titles = _drawn_titles(fig)
    mine = [t for t, _ in titles if " ".join(t.split()).startswith(LONG)]
    assert mine, [t for t, _ in titles]
    assert "\n" in mine[0]
    width = fig.get_figwidth() * fig.dpi
    for _, box in titles:
        assert box.x0 >= 0
        assert box.x1 <= width
    (_, a), (_, b) = titles[:2]
    assert a.x1 <= b.x0 or b.x1 <= a.x0, "two panel titles run into each other"


def test_a_long_name_heads_its_theme_column_whole(pair, long_named):
    """The theme heatmap's column header was cut after three lines ("... Adult…")."""
    from compkit.compare.plots import plot_theme_coverage

    fig = plot_theme_coverage(long_named, pair[1])
    heads = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert [" ".join(h.split()) for h in heads] == [LONG, pair[1].label]
    assert not any("…" in h for h in heads)


def test_a_values_panel_names_no_placeholder_organisation(pair, long_named):
    """A framework whose organisation is "(organisation not stated)" is not called by it.

    The panel read "(organisation not stated)'s framework / names no organisational values"
    (CFO's card, the three ingested frameworks of this probe, any ingest naming no publisher).
    """
    from compkit.compare.plots import plot_values

    bare = replace(pair[1], id="bare", organisation="(organisation not stated)")  # no values
    texts = [t.get_text() for ax in plot_values(bare, pair[1]).axes for t in ax.texts]
    assert texts[0] == "The framework\nnames no organisational values"
    assert not any("not stated" in t for t in texts)


def test_a_long_organisation_wraps_in_its_values_panel(pair):
    """HSE's 103-character organisation ran on one line over both panels of the values chart."""
    from compkit.compare.plots import plot_values

    org = "Probe Borough Council (research by the Probe Institute and Probe University College)"
    bare = replace(pair[1], id="bare", organisation=org)
    note = next(t.get_text() for t in plot_values(bare, pair[0]).axes[0].texts)
    assert " ".join(note.split()) == f"{org}'s framework names no organisational values"
    assert max(map(len, note.splitlines())) <= 40
