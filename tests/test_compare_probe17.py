"""Seventeenth probe of the comparison: a framework whose negative indicators stand in a side list.

Edinburgh Napier's behavioural competency framework, read from Word, lists each competency's
ineffective behaviours once, for every grade, and is read with them at a last level "All
levels" beside "Grades 1-3" ... "Grades 7 & above". The checker's S001 reads such a level as
each competency's ineffective side (commit 152aff6); the comparison and the cross-walk's level
alignment counted it as a fourth level: "3 competencies × 4 levels", "per level 5 / 5 / 4 / 0",
a "Levels" row ranked 4th holding no statement that a holder "must show" with all 14 below it,
a scope row of dashes, an empty column in every level chart, the grades' positions 0, 0.33 and
0.67 (the top grade never at 1), and, in the level alignment, an all-zero column and the even
share taken as 25% instead of 33%. The framework below is written for these tests: three
grades of effective statements and, at "All levels", only ineffective ones.
"""

import pandas as pd
import pytest

import compkit
from compkit.compare.graph_plot import plot_graph
from compkit.compare.headlines import headline_differences
from compkit.compare.plots import plot_counts, plot_scope
from compkit.compare.report import report_markdown
from compkit.compare.tables import compare_levels, compare_overview, scope_by_level, statements
from compkit.crosswalk.levels import level_matrix, weak_reason

SIDES = """\
schema_version: 2
id: sides
title: Behaviours At Three Grades
organisation: Probe College
competency_term: competency
cumulative: true
language: en-GB
levels:
  - {id: g1, name: Grades 1-3, rank: 1}
  - {id: g2, name: Grades 4-6, rank: 2}
  - {id: g3, name: Grades 7 and above, rank: 3}
  - {id: all, name: All levels, rank: 4}
competencies:
  - id: lead
    name: Leading by Example
    indicators:
      - {id: lead-1, level: g1, text: "Treat colleagues with courtesy and respect"}
      - {id: lead-2, level: g1, text: "Give credit to others for their work"}
      - {id: lead-3, level: g2, text: "Represent the team at meetings across the college"}
      - {id: lead-4, level: g2, text: "Champion the team's goals within the department"}
      - {id: lead-5, level: g3, text: "Set the direction for the college and its partners"}
      - {id: lead-n1, level: all, text: "Put own interests ahead of the team", polarity: ineffective}
      - {id: lead-n2, level: all, text: "Take credit for the work of others", polarity: ineffective}
  - id: plan
    name: Planning and Organising
    indicators:
      - {id: plan-1, level: g1, text: "Plan own work to meet deadlines"}
      - {id: plan-2, level: g2, text: "Plan the team's work and share out tasks"}
      - {id: plan-3, level: g2, text: "Review progress with the team every week"}
      - {id: plan-4, level: g3, text: "Plan the college's budget across departments"}
      - {id: plan-5, level: g3, text: "Align department plans with the college strategy"}
      - {id: plan-n1, level: all, text: "Miss deadlines without telling anyone", polarity: ineffective}
  - id: comm
    name: Communicating Clearly
    indicators:
      - {id: comm-1, level: g1, text: "Listen to others and ask questions to understand"}
      - {id: comm-2, level: g1, text: "Write clear emails to colleagues"}
      - {id: comm-3, level: g2, text: "Present the team's results to managers"}
      - {id: comm-4, level: g3, text: "Speak for the college to the public and the press"}
      - {id: comm-n1, level: all, text: "Interrupt others when they speak", polarity: ineffective}
      - {id: comm-n2, level: all, text: "Use jargon that others cannot follow", polarity: ineffective}
"""


@pytest.fixture
def sides(tmp_path):
    path = tmp_path / "sides.yaml"
    path.write_text(SIDES, encoding="utf-8")
    return compkit.load(path)


def test_the_overview_counts_the_grades_not_the_side_list(sides):
    over = compare_overview(sides, "cis")
    assert over.loc["levels", "sides"] == 3  # was 4
    assert over.loc["statements per level (lowest to highest)", "sides"] == "5 / 5 / 4"
    assert over.loc["statements a top-level holder must show", "sides"] == 14
    assert over.loc["levels", "cis"] == 4


def test_compare_levels_gives_the_side_list_no_position_and_no_holder(sides):
    t = compare_levels(sides, "cis").set_index(["framework", "level"])
    assert t.loc[("sides", "g3"), "level_position"] == 1.0  # the top grade (was 0.67)
    assert t.loc[("sides", "g2"), "level_position"] == 0.5
    assert pd.isna(t.loc[("sides", "all"), "level_position"])
    assert t.loc[("sides", "all"), "n_cumulative"] == 0  # no one holds it (was 14)
    assert t.loc[("sides", "all"), "n_negative"] == 5
    assert t.loc[("cis", "l4"), "level_position"] == 1.0
    assert set(statements(sides)["level_position"].dropna()) == {0.0, 0.5, 1.0}


def test_scope_by_level_has_no_row_for_the_side_list(sides):
    t = scope_by_level(sides)
    assert list(dict.fromkeys(t["level"])) == ["g1", "g2", "g3"]


def test_headlines_say_three_levels_and_where_the_side_list_stands(sides):
    t = headline_differences(sides, "cis").set_index("measure")["finding"]
    assert (
        "Probe College: 3 competencies × 3 levels;"
        in t["statements per competency and level (mean)"]
    )
    assert "Per level Probe College: 5 / 5 / 4;" in t["statements at the top level / at the lowest"]
    assert (
        "Probe College also lists 5 negative indicators (what a holder should not do, once for "
        "every grade, at 'All levels'), counted apart" in t["negative indicators (what not to do)"]
    )


def test_the_report_reads_the_side_list_for_what_it_is(sides):
    text = report_markdown(sides, "cis", date="2027-01-15", crosswalk=False)
    assert "Probe College arranges them in 3 competencies at 3 levels;" in text
    assert "5 negative indicators (once for every grade, at 'All levels'), behaviours" in text
    levels = text.split("**Levels**")[1].split("## ")[0]
    assert "| Probe College | 3 | Grades 7 and above | 4 | 14 |" in levels
    assert "All levels" not in levels
    assert "Probe College's 'All levels' holds only negative indicators" in text
    scope = text.split("**Share of each level's statements per scope (%)**")[1].split("## ")[0]
    assert "All levels" not in scope


def test_level_charts_draw_the_grades_only(sides):
    fig = plot_counts(sides, "cis")
    assert fig.axes[0].get_title() == "Probe College: 3 competencies × 3 levels"
    ticks = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["Grades 1-3", "Grades 4-6", "Grades 7 and above"]
    scope = plot_scope(sides)
    assert [t.get_text().replace("\n", " ") for t in scope.axes[0].get_xticklabels()] == [
        "Grades 1-3",
        "Grades 4-6",
        "Grades 7 and above",
    ]
    graph = plot_graph(sides)
    assert "→ 3 levels (line width" in graph.axes[0].get_title()
    assert "dashed: a side list of negative indicators only" in graph.axes[0].get_title()


def _mappings(cis, sides, spread_l1: bool):
    """CiS Level 1 → Grades 1-3 (or spread over all three grades), 2 → 1-3, 3 → 4-6, 4 → 7+."""
    target = {"l1": "g1", "l2": "g1", "l3": "g2", "l4": "g3"}
    first = {
        lv: next(i for i in sides.indicator_records if i.level == lv) for lv in target.values()
    }
    rows = []
    for k, ind in enumerate(i for i in cis.indicator_records if i.level == "l1"):
        # spread: 16 statements, 5 at Grades 1-3, 6 at 4-6, 5 at 7 and above
        grade = ("g1" if k < 5 else "g2" if k < 11 else "g3") if spread_l1 else "g1"
        rows.append((ind, first[grade]))
    rows += [(i, first[target[i.level]]) for i in cis.indicator_records if i.level != "l1"]
    return pd.DataFrame(
        [
            {
                "subject_id": f"cis:{a.id}",
                "object_id": f"sides:{b.id}",
                "subject_level": a.level,
                "object_level": b.level,
                "zscore": 3.0,
            }
            for a, b in rows
        ]
    )


def test_the_level_alignment_shares_among_the_grades(sides):
    """No all-zero 'All levels' column; the even share 1 in 3 grades, not 1 in 4 levels."""
    cis = compkit.load("cis")
    m = _mappings(cis, sides, spread_l1=True)
    assert list(level_matrix(m, cis, sides).columns) == [
        "Grades 1-3",
        "Grades 4-6",
        "Grades 7 and above",
    ]
    al = compkit.align_levels(m, cis, sides)
    assert al["aligned_level"].tolist() == ["g1", "g1", "g2", "g3"]
    assert al["even_share"].tolist() == [0.333] * 4
    first = al.iloc[0]
    assert first["match_share"] == 0.312 and bool(first["weak"])  # 31% of 3: weak (not of 4)
    assert weak_reason(first, len(sides.level_ids)) == (
        "weak: 31% of the matches, under the even share of 33%; rests on scope"
    )
    assert not al["weak"].iloc[1:].any()


def test_a_side_list_of_a_aligns_apart_from_its_grades(sides):
    """A's grades align in order with B's grades; its side list is not forced above its top."""
    cis = compkit.load("cis")
    m = _mappings(cis, sides, spread_l1=False)
    back = m.rename(
        columns={
            "subject_id": "object_id",
            "object_id": "subject_id",
            "subject_level": "object_level",
            "object_level": "subject_level",
        }
    )
    al = compkit.align_levels(back, sides, cis).set_index("level")
    assert al.loc[["g1", "g2", "g3"], "aligned_level"].tolist() == ["l1", "l3", "l4"]
    assert al.loc["all", "match_share"] == 0.0 and bool(al.loc["all", "weak"])
    assert al.loc["all", "even_share"] == 0.25  # any of CiS's four levels: it has no side list


def test_more_statements_spread_over_levels_is_not_asking_more_of_a_holder():
    """Medium's 320 statements stand over 5 milestones, 64 at the top, none cumulative; HSE's
    67 at its one level: the summary said "Medium asks more of its staff on paper"."""
    from pathlib import Path

    from compkit.compare.report_sections import executive_summary
    from compkit.compare.themes import theme_gaps

    corpus = Path(__file__).parent / "data" / "corpus"
    fa = compkit.load(corpus / "medium-snowflake.yaml")
    fb = compkit.load(corpus / "hse-stress-competencies.yaml")
    first = executive_summary(fa, fb, compare_overview(fa, fb), theme_gaps(fa, fb), None)[0]
    assert first.startswith(
        "Medium writes more statements (320 against 67 in HSE, 4.8 times as many), but a "
        "holder of its top level must show fewer: 64 against 67."
    )
    assert "asks more of its staff" not in first


def test_the_dashboard_pairs_grades_and_shows_the_side_list_under_all_levels(sides):
    """The level picker listed 'All levels' beside CiS's Level 4 (seventeenth round)."""
    pytest.importorskip("ipywidgets")
    from compkit.compare.dashboard import dashboard

    d = dashboard({"sides": sides, "cis": compkit.load("cis")})
    d.a.value, d.b.value = "sides", "cis"
    labels = [label for label, _ in d.level.options]
    assert "All levels" not in " ".join(labels)
    assert labels[4].startswith("4: ") and labels[4].split(" | ")[0].endswith("–")
    d.level.value = 3
    chosen = d.selection()
    # cumulative: what a holder of g3 must show, the rungs up to it (round 30 review #17); the
    # side list of ineffective statements is no rung and not among them
    assert set(chosen.loc[chosen["framework"] == "sides", "level"]) == {"g1", "g2", "g3"}
    d.level.value = 0
    d.search.value = "jargon"
    assert len(d.selection()) == 1  # the side list is still there, under every level
