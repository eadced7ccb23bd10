"""Tenth probe of the comparison report, on frameworks nobody had compared.

Probed: Croner-i's progression frameworks (a fork of Monzo's, MIT licence,
github.com/croner-i-web/progression-framework: the Quality Analyst framework in two versions,
4 levels in the third person; Product Design, 5 levels in the second person; Business Analyst
leader) against CiS, WSX Mind and the corpus (tests/data/corpus: Medium, Monzo, USDS, HSE, GDS,
FT, GSA, UNiDAYS, Engineering Ladders), 90 pairs read by their summaries.

Mended: the summary said a framework "stresses" a theme two of its 330 statements touch
(Medium's 'finance and sustainability', 0.6%; 106 of 542 themes named in the 90 summaries held
under 5% of their framework), and that the other framework "says little or nothing" of themes it
gives a sixth of its statements (USDS against WSX Mind: 'problem solving and decisions', 27
statements, 17.6%; 94 of 542); theme names with commas of their own ran together in one list
("ethics, values and integrity, finance and sustainability"). "Machine learning" read as
learning and development (SFIA's machine-learning skill, the UK DDaT data scientist, Medium,
Etsy, a data-science ladder: 233 theme assignments over the probe corpus, none of them about
staff learning), and so did a lean roadmap's "learning milestones" (Skylight's product manager).
A statement in American spelling lost themes its British twin has: "Analyzes ..." no problem
solving and decisions (168 of 2,091 British statements of the probe corpus, re-spelled), and
"marginalized" no equality, diversity and inclusion (8); none differ now.
Long level names of many levels, slanted in two or three lines, ran into each other under every
level chart (FT's eight levels, "Senior Engineer 2 (Individual Contributor)" ...; Dropbox's seven
"IC3 Software Engineer"; Skylight's six "Associate security engineer" ...): they stand upright.
Statements quoted from public frameworks say whose they are.
"""

from itertools import pairwise
from pathlib import Path

import pytest

import compkit
from compkit._plotting import figure_png
from compkit.compare.plots import plot_counts, plot_theme_levels
from compkit.compare.report_content import build_report
from compkit.compare.themes import assign_themes, emphases
from compkit.testing import framework_from_cells

CORPUS = Path(__file__).parent / "data" / "corpus"
DATE = "2027-01-15"


def _learning(texts: list[str]) -> list[bool]:
    fw = framework_from_cells({"Data science": {"one": texts}})
    themed = assign_themes(fw, overrides=False)
    learning = set(themed.loc[themed["theme_id"] == "learning", "indicator_id"])
    return [f"data-science-one-{k}" in learning for k in range(1, len(texts) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        # UK DDaT data scientist (Crown copyright, Open Government Licence v3.0)
        "demonstrate a basic understanding of key data science techniques, such as machine "
        "learning, and how they can be used",
        # Medium's engineering ladder (tests/data/corpus/medium-snowflake.yaml)
        "Builds machine learning jobs within the ML framework",
        "Applies deep learning and reinforcement learning to ranking problems",
        # Skylight's product manager pathway (CC BY-SA 4.0): lean 'learning milestones'
        "You create outcome-oriented roadmaps inclusive of learning milestones, each achieved "
        "by experimentation.",
    ],
)
def test_machine_learning_and_learning_milestones_are_no_staff_learning(text):
    assert _learning([text]) == [False]


def test_learning_beside_machine_learning_is_still_learning():
    texts = [
        "Focuses on learning the team's machine learning frameworks",
        "I take responsibility for my own wellbeing, managing my workload and proactively seek "
        "and take up learning opportunities for myself.",  # CiS
        "Learns from mistakes and shares the learning with the team",
        "Supports the learning of junior machine-learning engineers",
    ]
    assert _learning(texts) == [True, True, True, True]


def test_a_theme_two_statements_in_hundreds_touch_is_not_stressed():
    medium, monzo = CORPUS / "medium-snowflake.yaml", CORPUS / "monzo-backend.yaml"
    gaps = compkit.theme_gaps(medium, monzo).set_index("theme_id")
    assert gaps.loc["finance", "status"] == "only medium-snowflake"  # the table still says so
    assert gaps.loc["finance", "medium-snowflake %"] < 1  # 2 of 330 statements
    little, less = emphases(gaps.reset_index(), "medium-snowflake", "monzo-backend")
    assert "Finance and sustainability" not in little + less
    assert "Equality, diversity and inclusion" not in little + less  # 8 of 330
    assert "Quality and performance" in little  # 17 of 330, Monzo 3 of 136


def test_the_other_framework_saying_much_is_not_said_to_say_little():
    usds = CORPUS / "usds-sample-competencies.yaml"
    report = build_report(usds, "wsx", date=DATE, crosswalk=False, appendix=False)
    themes = next(p for p in report.summary if p.startswith("Themes"))
    gaps = compkit.theme_gaps(usds, "wsx").set_index("theme_id")
    assert gaps.loc["decisions", "wsx"] == 27  # WSX Mind says much of it, USDS more
    said_little, said_less = themes.split(";")[0].split(", and ")
    assert "'problem solving and decisions'" in said_less
    assert "at twice WSX Mind's share or more" in said_less
    assert "'problem solving and decisions'" not in said_little
    assert "'technology and digital', where WSX Mind says little or nothing" in said_little


def test_theme_names_with_commas_are_told_apart():
    report = build_report("cis", "wsx", date=DATE, crosswalk=False, appendix=False)
    themes = next(p for p in report.summary if p.startswith("Themes"))
    assert "CiS stresses 'equality, diversity and inclusion', 'organisational culture" in themes
    assert "where WSX Mind says little or nothing" in themes
    assert "the other framework" not in themes


@pytest.mark.parametrize(
    ("british", "american"),
    [
        # Medium's engineering ladder (tests/data/corpus), in both spellings
        (
            "Analyses existing processes for bias and shortfall",
            "Analyzes existing processes for bias and shortfall",
        ),
        # CiS, Working with others, in both spellings
        (
            "I actively seek out partnerships with organisations that support and centre "
            "marginalised voices.",
            "I actively seek out partnerships with organizations that support and center "
            "marginalized voices.",
        ),
    ],
)
def test_american_spelling_carries_the_themes_of_british(british, american):
    fw = framework_from_cells({"Spelling": {"one": [british], "two": [american]}})
    themed = assign_themes(fw, overrides=False).groupby("level")["theme_id"].apply(set)
    assert themed["one"] == themed["two"]
    assert themed["one"] & {"decisions", "equality"}


# -- level names on chart axes -----------------------------------------------------------------
def _tick_boxes(fig, k=0):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    labels = [t for t in fig.axes[k].get_xticklabels() if t.get_text()]
    return labels, [t.get_window_extent(canvas.get_renderer()) for t in labels]


@pytest.mark.parametrize("plot", [plot_counts, plot_theme_levels])
def test_many_long_level_names_do_not_run_into_each_other(plot):
    ft = CORPUS / "ft-engineering.yaml"  # 8 levels, "Principal Engineer (People Manager)"
    labels, boxes = _tick_boxes(plot(ft, "cis"))
    assert len(labels) == 8
    assert not any(a.overlaps(b) for a, b in pairwise(boxes))
    assert {t.get_rotation() for t in labels} == {90.0}
    assert labels[3].get_text() == "Senior Engineer 2\n(Individual Contributor)"  # whole
    assert figure_png(plot(ft, "cis"))


def test_short_level_names_keep_their_slant():
    labels, _ = _tick_boxes(plot_counts("cis", "wsx"), k=1)  # WSX Mind: Core ... Executive
    assert {t.get_rotation() for t in labels} == {30.0}
    assert "\n" not in "".join(t.get_text() for t in labels)
