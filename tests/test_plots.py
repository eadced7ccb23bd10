import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import compkit
from compkit.compare import plots
from compkit.testing import large_framework


@pytest.fixture(scope="module")
def assigned():
    return compkit.compare.assign_themes("cis", "wsx")


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_counts_heatmap_shows_every_cell_with_its_number(cis, wsx):
    fig = plots.plot_counts(cis, wsx)
    assert isinstance(fig, Figure)
    assert fig.get_suptitle() == "How many statements each competency has at each level"
    heat = [ax for ax in fig.axes if ax.images]
    assert len(heat) == 2
    assert heat[0].images[0].get_cmap().name == "viridis"
    assert [t.get_text() for t in heat[1].get_xticklabels()] == [
        "Core",
        "Skilled",
        "Supervisory",
        "Management",
        "Executive",
    ]
    numbers = [int(t) for t in texts(fig)]
    assert len(numbers) == 6 * 4 + 4 * 5 and sum(numbers) == 62 + 153
    assert heat[1].get_xticklabels()[2].get_rotation() == 30  # long names slant, never overlap


def test_counts_of_a_large_framework_are_an_overview_by_group(cis):
    """Thousands of labelled rows could be neither drawn nor read: one thin row each, grouped."""
    fw = large_framework(5000)
    assert len(fw.competency_records) > plots.COUNTS_ROWS
    fig = plots.plot_counts(fw, cis)
    big, small = [ax for ax in fig.axes if ax.images]
    groups = [
        g.name for g in fw.group_records if any(c.group == g.id for c in fw.competency_records)
    ]
    assert [t.get_text() for t in big.get_yticklabels()] == groups
    assert big.images[0].get_array().shape == (len(fw.competency_records), len(fw.level_records))
    assert not big.texts and len(small.texts) == 6 * 4  # the small framework keeps its numbers
    assert fig.get_figheight() < 12
    assert plots.figure_png(fig)[:4] == b"\x89PNG"


def test_theme_pictures(assigned):
    cov = plots.plot_theme_coverage("cis", "wsx", assignments=assigned)
    assert "6% (4)" in texts(cov) and "1% (1)" in texts(cov)  # technology: CiS, WSX
    assert (
        cov.axes[0].get_title() == "Share of statements on each theme (%, statements in brackets)"
    )
    levels = plots.plot_theme_levels("cis", "wsx", assignments=assigned)
    labels = [t.get_text() for t in levels.axes[0].get_yticklabels()]
    assert "Technology and digital" in labels and len(labels) == 18


def test_values_chart_says_when_there_are_none(cis, wsx):
    fig = plots.plot_values(cis, wsx)
    assert [ax.get_title() for ax in fig.axes] == [
        "CiS: 4 values, 6 competencies",
        "WSX Mind: no values named",
    ]
    lines = fig.axes[0].get_lines()
    links = [ln for ln in lines if len(ln.get_xdata()) == 2]
    assert len(links) == 7  # one line per (competency, value) as printed
    palette = {c.lower() for c in plots.OKABE_ITO}
    assert {to_hex(ln.get_color()) for ln in links} <= palette
    assert "names no organisational values" in " ".join(texts(fig))


def test_scope_bars_stack_to_a_hundred(cis, wsx):
    fig = plots.plot_scope(cis, wsx)
    ax = fig.axes[0]
    tops = {}
    for bar in ax.patches:
        x = round(bar.get_x() + bar.get_width() / 2)
        tops[x] = max(tops.get(x, 0), bar.get_y() + bar.get_height())
    assert [round(v) for v in tops.values()] == [100, 100, 100, 100]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [
        "organisation or sector",
        "team or service",
        "people line-managed",
        "own work",
    ]


def test_lengths_boxplot(cis):
    fig = plots.plot_lengths(cis)
    assert fig.axes[0].get_ylabel() == "words per statement"


def test_graph_drawing_shows_values_competencies_and_levels(cis, wsx, clustered):
    fig = plots.plot_graph(cis)
    labels = texts(fig)
    for name in ["OPEN AND FAIR", "Being brilliant", "Level 4", "values", "levels"]:
        assert name in labels
    assert fig.get_suptitle() == (
        "The framework graph of Competencies – Senior Officer roles (Children in Scotland)"
    )
    assert "no values named" in texts(plots.plot_graph(wsx))
    domains = plots.plot_graph(clustered)
    assert "domains" in texts(domains)
    assert domains.axes[0].get_title().startswith("ExT: 2 values → 3 domains → 6 levels")


def test_png_and_svg_are_reproducible(cis):
    fig = plots.plot_counts(cis)
    png = plots.figure_png(fig)
    assert png.startswith(b"\x89PNG") and png == plots.figure_png(plots.plot_counts(cis))
    svg = plots.figure_svg(plots.plot_counts(cis))
    assert "<dc:date>" not in svg
    assert svg == plots.figure_svg(plots.plot_counts(cis))


def test_unknown_framework_is_a_clear_error():
    with pytest.raises(compkit.FrameworkNotFoundError, match="unknown framework 'nope'"):
        plots.plot_counts("nope")


def test_dollar_signs_are_text_not_mathematics():
    data = compkit.framework.to_dict(compkit.load("cis"))
    data["id"] = "dollars"
    data["competencies"][0]["name"] = "Budgets of $5 and $x_1"
    fig = plots.plot_counts(compkit.framework.build.from_dict(data))
    assert plots.figure_png(fig).startswith(b"\x89PNG")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "Budgets of $5 and $x_1"


def test_names_with_emoji_draw_without_missing_glyphs():
    """UNiDAYS names its competencies "👨‍👨‍👧 Team Orientation" …: the font has no glyph for
    some of them; the figure draws the words (a missing glyph would warn, an error here)."""
    from pathlib import Path

    from compkit._plotting import figure_png, figure_svg

    fw = compkit.load(Path(__file__).parent / "data" / "corpus" / "myunidays.yaml")
    assert any("\u200d" in name for name in fw.competencies["competency"])
    for fig in (plots.plot_counts(fw), plots.plot_lengths(fw, "wsx")):
        assert figure_png(fig)[:4] == b"\x89PNG" and "<svg" in figure_svg(fig)
    fig = plots.plot_counts(fw)
    figure_png(fig)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Team Orientation" in labels and not any("\u200d" in label for label in labels)
    assert "Problem Solving" in labels  # a glyph the font lacks goes, the words stay


def test_a_drawn_figure_still_pickles(cis):
    import pickle

    from compkit._plotting import figure_png

    fig = plots.plot_counts(cis)
    figure_png(fig)
    again = pickle.loads(pickle.dumps(fig))
    assert figure_png(again)[:4] == b"\x89PNG" and repr(again) == repr(fig)
