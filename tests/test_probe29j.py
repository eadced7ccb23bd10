"""Twenty-ninth probe of compare, report and authoring (helper J).

A level named for every level ("All Levels" before IC1 in Sourcegraph's engineering career
development framework; "All levels" after Expert in the DDaT skills read from CSV) stood as
a rung of the ladder in the comparison: ranked 1 in the report's level table beside the
other framework's lowest grade, its statements counted into every higher level's "must
show" (or, ranked last, it was the "top level" whose holder must show every statement),
the ladder's positions running from it, and the dashboard's level picker pairing it with
the other framework's first level. The framework here is written for these tests
(``tests/data/probe29j/every-level.yaml``): "All Levels" holding 3 statements, then three
rungs of 2 each, cumulative.
"""

import html
from dataclasses import replace
from pathlib import Path

import pytest

import compkit
from compkit.compare import compare_levels, compare_overview, report_markdown, scope_by_level
from compkit.compare.tables import must_show

DATA = Path(__file__).parent / "data" / "probe29j"


@pytest.fixture(scope="module")
def every():
    return compkit.load(DATA / "every-level.yaml")


def test_a_level_named_for_all_is_no_rung_in_the_level_table(every):
    t = compare_levels(every).set_index("level_name")
    # was: positions 0, 0.33, 0.67, 1 and must show 3, 5, 7, 9 (All Levels as the first rung)
    assert t["level_position"].isna().to_dict() == {
        "All Levels": True,
        "Engineer I": False,
        "Engineer II": False,
        "Senior Engineer": False,
    }
    assert t["level_position"].dropna().tolist() == [0.0, 0.5, 1.0]
    # "All Levels" applies to every holder: each rung counts it (not [3, 2, 4, 6])
    assert t["n_cumulative"].tolist() == [3, 5, 7, 9]


def test_the_overview_counts_rungs_and_says_the_level_for_all(every):
    over = compare_overview(every, "cis")["everylevel"]
    assert over["levels"] == 3  # was 4
    assert over["statements per level (lowest to highest)"] == "2 / 2 / 2 (and 3 at 'All Levels')"
    # as tables.must_show says: the rungs and "All Levels" (review 29, finding 2: not 6)
    assert over["statements a top-level holder must show"] == 9 == must_show(every, "e3")


def test_the_report_shows_it_unranked_and_says_why(every):
    text = report_markdown(every, "cis", crosswalk=False, appendix=False)
    levels = text.split("## Levels side by side", 1)[1].split("\n## ", 1)[0]
    assert "| Probe Works | – | All Levels | 3 | 3 |" in levels  # was "| 1 | All Levels |"
    assert "| Probe Works | 1 | Engineer I | 2 | 5 |" in levels  # with All Levels' 3
    assert "| Probe Works | 3 | Senior Engineer | 2 | 9 |" in levels
    assert (
        "Probe Works' 'All Levels' holds statements set once for every level: no rung of the "
        "ladder, shown unranked (–)" in " ".join(levels.split())
    )
    assert "Probe Works: 2 competencies × 3 levels" in text  # was "× 4 levels"


def test_scope_by_level_starts_at_the_first_rung(every):
    t = scope_by_level(every)
    assert t["level_name"].unique().tolist() == ["Engineer I", "Engineer II", "Senior Engineer"]


@pytest.fixture(scope="module")
def board(every):
    pytest.importorskip("ipywidgets")
    from compkit.compare.dashboard import dashboard

    d = dashboard({"everylevel": every, "cis": compkit.load("cis")})
    d.a.value, d.b.value = "everylevel", "cis"
    return d


def test_the_dashboard_level_picker_pairs_rungs(board):
    d = board
    labels = [label for label, _ in d.level.options]
    assert labels[1] == "1: Probe Works Engineer I | CiS Level 1", labels  # was All Levels
    assert not any("All Levels" in label for label in labels[:-1])
    assert labels[-1] == "unranked: Probe Works All Levels"  # apart, after the rungs


def test_the_dashboard_shows_the_level_for_all_at_each_rung_as_must_show_counts_it(every, board):
    from compkit.compare._rungs import at_rung

    d = board
    d.level.value = 1
    mine = d.selection().query("framework == 'everylevel'")
    assert len(mine) == 5  # the rung's 2 and the 3 set for every level
    assert sorted(set(mine["level_name"])) == ["All Levels", "Engineer I"]
    assert "(3 of them at 'All Levels', held at every level)" in html.unescape(d.statements.value)
    d.level.value = -1  # the level for all alone
    assert set(d.selection().query("framework == 'everylevel'")["level"]) == {"all-levels"}
    assert "statements on all themes, the levels for all (unranked)" in d.statements.value
    d.level.value = 0
    cut = replace(every, cumulative=False)  # not cumulative: a rung shows its own alone
    levels = cut.indicators["level"]
    assert levels[at_rung(cut, levels, 2)].tolist() == ["e2", "e2"]


def test_a_cumulative_rung_shows_what_its_holder_must_show(every, board):
    """Round 30 review #17: rung 3 showed its own 2 statements and the 3 for all (5), while its
    holder must show rungs 1-3 and those (9, as must_show counts them); each statement's own
    level is named in the table, the caption saying how many stand below and for all."""
    from compkit.compare._rungs import must_show

    d = board
    d.level.value = 3
    mine = d.selection().query("framework == 'everylevel'")
    assert len(mine) == must_show(every, "e3") == 9
    assert mine["level_name"].value_counts().to_dict() == {
        "All Levels": 3,
        "Engineer I": 2,
        "Engineer II": 2,
        "Senior Engineer": 2,
    }
    shown = html.unescape(d.statements.value)
    assert "<th>Level</th>" in shown and "<td>Engineer I</td>" in shown
    assert (
        "9 statements on all themes, level 3 (4 of them at the rungs below, held from there up; "
        "3 at 'All Levels', held at every level)"
    ) in shown
    d.level.value = 0


def test_a_pictograph_dressing_a_title_is_no_part_of_the_frameworks_name(every):
    """Notion's page icon before a title ("🎯 Ops Leadership Framework", Monzo's ops ladder)
    printed as an empty box in every sentence of the Word report (no emoji in Calibri)."""
    from dataclasses import replace

    from compkit.compare import headline_differences

    dressed = replace(every, organisation="", title="🎯 Probe Ladder")
    said = " ".join(headline_differences(dressed, "cis")["finding"])
    assert "Probe Ladder: 2 competencies × 3 levels" in said, said  # was "🎯 Probe Ladder: ..."
    assert "🎯" not in said


def _ranked_last(fw):
    """``fw`` with "All Levels" ranked after the rungs (as the DDaT skills' "All levels")."""
    from dataclasses import replace

    every, *grades = fw.level_records
    ranks = [replace(lv, rank=k) for k, lv in enumerate(grades, 1)]
    return replace(fw, level_records=(*ranks, replace(every, rank=len(grades) + 1)))


@pytest.mark.parametrize("last", [False, True])
def test_what_a_holder_must_show_counts_the_level_for_all_wherever_it_is_ranked(every, last):
    fw = _ranked_last(every) if last else every
    t = compare_levels(fw).set_index("level")
    shown = {lv: must_show(fw, lv) for lv in ("e1", "e2", "e3", "all-levels")}
    assert shown == {"e1": 5, "e2": 7, "e3": 9, "all-levels": 3}
    assert t["n_cumulative"].to_dict() == shown
    over = compare_overview(fw, "cis")["everylevel"]
    assert over["statements a top-level holder must show"] == 9


def test_a_framework_not_cumulative_shows_each_level_its_own(every):
    from dataclasses import replace

    fw = replace(every, cumulative=False)
    assert [must_show(fw, lv) for lv in ("e1", "e3", "all-levels")] == [2, 2, 3]
    assert compare_levels(fw)["n_cumulative"].tolist() == [3, 2, 2, 2]
    assert compare_overview(fw, "cis")["everylevel"]["statements a top-level holder must show"] == 2


def test_pictures_show_the_level_for_all_after_the_rungs_labelled(every):
    """The heatmaps drew "All Levels" as the first (lowest) column of the ladder."""
    pytest.importorskip("matplotlib")
    from compkit.compare.plots import plot_counts, plot_lengths, plot_theme_levels
    from compkit.compare.themes import theme_by_level

    shown = ["Engineer I", "Engineer II", "Senior Engineer", "All Levels (unranked)"]
    for fig in (plot_counts(every), plot_theme_levels(every), plot_lengths(every)):
        ax = fig.axes[0]
        names = [" ".join(t.get_text().split()) for t in ax.get_xticklabels()]
        assert names == shown, names
        gaps = [list(line.get_xdata())[:1] for line in ax.get_lines()]
        assert [2.5] in gaps or [3.5] in gaps, "no gap before All Levels"
    assert plot_counts(every).axes[0].get_title() == (
        "Probe Works: 2 competencies × 3 levels + All Levels"
    )
    assert theme_by_level(every)["level_name"].unique().tolist() == [
        s.split(" (")[0] for s in shown
    ]
