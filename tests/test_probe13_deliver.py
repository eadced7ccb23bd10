"""Probe 13 (deliverables): frameworks of six or more levels, clusters, undefined cells.

Fixtures are the corpus's own frameworks (tests/data/corpus/README.md gives their sources and
licences): Monzo's backend framework (six levels, "leadership" described from level 3 only, so
two cells not defined) and FT's engineering competencies (eight levels).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

import compkit
from compkit.compare import plots

CORPUS = Path(__file__).parent / "data" / "corpus"
PLOTS = [plots.plot_counts, plots.plot_theme_levels, plots.plot_scope, plots.plot_lengths]


def _collisions(fig) -> list[str]:
    """Level names printed into each other, and "not defined" wider than its cell."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    bad = []
    for ax in fig.axes:
        ticks = [t for t in ax.get_xticklabels() if t.get_text() and t.get_rotation() == 0]
        boxes = [t.get_window_extent(renderer) for t in ticks]
        bad += [
            f"{a.get_text()!r} runs into {b.get_text()!r}"
            for a, b, x, y in zip(ticks, ticks[1:], boxes, boxes[1:], strict=False)
            if x.x1 > y.x0 + 1
        ]
        columns = len(ax.get_xticks())
        if columns:
            cell = ax.get_window_extent(renderer).width / columns
            bad += [
                "'not defined' wider than its cell"
                for t in ax.texts
                if t.get_text() == "not defined" and t.get_window_extent(renderer).width > cell
            ]
    return bad


@pytest.mark.parametrize("plot", PLOTS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("other", ["cis", "wsx"])
def test_six_levels_beside_four_or_five_leave_room_for_each_level(plot, other):
    monzo = compkit.load(CORPUS / "monzo-backend.yaml")
    assert _collisions(plot(monzo, other)) == []


def test_a_panel_is_as_wide_as_its_levels():
    fig = plots.plot_counts(compkit.load(CORPUS / "ft-engineering.yaml"), "cis")
    ft, cis = (ax.get_position().width for ax in fig.axes[:2])
    assert ft == pytest.approx(cis * 8 / 4, rel=0.05)


def _findings(a, b):
    return compkit.headline_differences(a, b).set_index("measure")


def test_a_one_level_framework_has_no_growth_and_one_level_of_reach():
    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    table = _findings(hse, "cis")
    growth = table.loc["statements at the top level / at the lowest"]
    assert growth[hse.id] != growth[hse.id]  # NaN: no ratio of a level to itself
    assert f"{hse.label} has one level: no growth to measure" in growth["finding"]
    reach = table.loc["top-level statements reaching the organisation or sector (%)", "finding"]
    assert f"{hse.label}: " in reach
    assert "at its one level" in reach
    assert "lowest level" not in reach.split(";")[0]


def test_effective_only_is_said_inside_the_one_bracket():
    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    said = _findings(hse, "cis").loc["statements", "finding"]
    assert ") (" not in said
    assert said.endswith(", effective statements only).")


def test_growth_says_when_the_lowest_level_leaves_competencies_undefined():
    monzo = compkit.load(CORPUS / "monzo-backend.yaml")
    said = _findings(monzo, "cis").loc["statements at the top level / at the lowest", "finding"]
    assert "(Monzo's lowest level describes 4 of its 5 topics)" in said


def test_a_short_table_prints_whole_and_a_long_one_runs_on():
    from compkit.compare.report import WHOLE_ROWS, report_html

    page = report_html("cis", "wsx")
    tables = page.split("<table")[1:]
    short = [t for t in tables if t.count("<tr>") - 1 <= WHOLE_ROWS]
    long = [t for t in tables if t.count("<tr>") - 1 > WHOLE_ROWS]
    assert short and long  # the key figures and the appendix of every statement
    assert all(t.startswith(" class=whole>") for t in short)
    assert not any(t.startswith(" class=whole>") for t in long)
    assert "table.whole{break-inside:avoid" in page


def test_the_workbook_read_me_gives_each_wrapped_help_line_its_height(tmp_path):
    import math

    import openpyxl

    from compkit.authoring.xlsx import README

    compkit.authoring.write_workbook(
        compkit.load(CORPUS / "monzo-backend.yaml"), tmp_path / "m.xlsx"
    )
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx")[README]
    width = ws.column_dimensions["C"].width
    long = [row for row in ws.iter_rows(min_row=6) if len(str(row[2].value or "")) > width]
    assert long  # "The values the competency expresses: ids or names ..."
    for row in long:
        lines = math.ceil(len(str(row[2].value)) / width)
        assert (ws.row_dimensions[row[0].row].height or 0) >= 15 * lines, row[2].value


def test_the_summary_says_a_one_level_framework_reaches_at_its_one_level():
    from compkit.compare.report import report_markdown

    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    summary = report_markdown(hse, "cis").split("## Key figures")[0]
    assert f"of {hse.label}'s statements at its one level and " in summary
    assert "of CiS's at its top level (6% at its lowest) reach the organisation" in summary
    assert "(at the lowest level:" not in summary
