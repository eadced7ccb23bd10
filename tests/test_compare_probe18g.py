"""Eighteenth probe of the comparison: an OD consultant's day on pairs nobody tuned on.

Monzo's six levels against UNiDAYS' four, GSA's American instructions against HSE's British
stress competencies with their negative indicators, and CFO.gov's Accountability card
(ingested fresh from its web page: one competency, five levels, no organisation stated) against
WSX Mind's clusters. Every sentence of their reports was read against the frameworks; what was
false or read badly is pinned here, on corpus files or on frameworks written for these tests.
"""

from dataclasses import replace
from pathlib import Path

import pytest

import compkit
from compkit.compare.headlines import headline_differences
from compkit.compare.report_content import _graphs, build_report
from compkit.testing import framework_from_cells

CORPUS = Path(__file__).parent / "data" / "corpus"
GDS = CORPUS / "gds-tech-career-path.yaml"
USDS = CORPUS / "usds-sample-competencies.yaml"
DATE = "2027-01-15"


def _section(report, title):
    return next(s for s in report.sections if s.title == title)


@pytest.fixture(scope="module")
def short_report():
    """GDS against USDS without the appendix (``compkit report --no-appendix``)."""
    return build_report(GDS, USDS, date=DATE, crosswalk=False, appendix=False)


def test_themes_point_to_the_appendix_only_when_it_is_there(short_report):
    # was "(read a sample in the appendix)" in every report made with --no-appendix
    said = " ".join(_section(short_report, "Themes").paragraphs)
    assert "which no reviewer has checked." in said
    assert "appendix" not in said.lower()
    assert not any(s.title.startswith("Appendix") for s in short_report.sections)


@pytest.fixture(scope="module")
def titled_report():
    """USDS, called by its title (no short name, no organisation), against GDS, with appendix."""
    usds = replace(compkit.load(USDS), short_name="", organisation="(organisation not stated)")
    return usds, build_report(usds, GDS, date=DATE, crosswalk=False)


def test_themes_point_to_the_appendix_when_it_is_there(titled_report):
    report = titled_report[1]
    said = " ".join(_section(report, "Themes").paragraphs)
    assert "which no reviewer has checked (read a sample in the appendix)." in said
    assert report.sections[-1].title == "Appendix: every statement"


def test_graphs_name_values_only_when_a_framework_names_some(short_report):
    # neither GDS nor USDS names a value: the graphs show competencies and levels only
    said = _section(short_report, "The frameworks as graphs").paragraphs[0]
    assert said.startswith("Competencies and levels as a graph;")
    said = _graphs((compkit.load("cis"), compkit.load(USDS))).paragraphs[0]
    assert said.startswith("Values, competencies and levels as a graph;")  # CiS names 4


def test_appendix_names_a_framework_called_by_its_title_once(titled_report):
    # an ingested framework with no short name and no organisation is called by its title;
    # its appendix table was headed "<title>: <title>"
    usds, report = titled_report
    captions = [b.caption for b in _section(report, "Appendix: every statement").blocks]
    assert captions[0] == usds.title
    assert captions[1] == "GDS: " + compkit.load(GDS).title  # a short name and its title


def _lengths(*words):
    """A framework whose statements hold ``words`` words each (a median to order)."""
    texts = [" ".join(["Plans"] + ["work"] * (k - 1)) + "." for k in words]
    return framework_from_cells({"Planning": {"one": texts}}, cumulative=False)


def test_length_half_a_word_apart_is_about_the_same():
    # CFO's Accountability (median 13.5 words) against WSX Mind (14): "WSX Mind writes the
    # longer statements" read as a difference nobody could see
    a = _lengths(13, 14)
    b = replace(_lengths(14, 14, 14), id="other", short_name="Other")
    heads = headline_differences(a, b).set_index("aspect")
    assert heads.loc["length", "finding"] == (
        "The two write statements of about the same length (median 13.5 and 14 words)."
    )
    c = replace(_lengths(16, 16), id="long", short_name="Long")  # 2.5 words apart: longer
    heads = headline_differences(a, c).set_index("aspect")
    assert heads.loc["length", "finding"] == "Long writes the longer statements."


def test_dashboard_names_a_framework_called_by_its_title_once():
    # the dashboard's pickers read "<title>: <title>" for such a framework
    from compkit.compare.dashboard import dashboard

    pytest.importorskip("ipywidgets")
    usds = replace(compkit.load(USDS), short_name="", organisation="(organisation not stated)")
    d = dashboard({"usds": usds, "gds": compkit.load(GDS)})
    shown = [name for name, _ in d.a.options]
    assert shown == [usds.title, "GDS: " + compkit.load(GDS).title]


def test_crosswalk_figures_say_pairs_in_words_and_what_their_share_is_of():
    # were "pairs: close | 74 | 34.1%" under statements' shares: a share of what?
    from compkit.compare.mapping import crosswalk_overview

    table = crosswalk_overview("cis-wsx", "cis", "wsx").set_index("measure")
    assert table.loc["Pairs that are close (share of the 217 pairs)", "value"] == 74
    assert table.loc["Pairs that are narrower in WSX Mind (share of the 217 pairs)", "share"] == 4.6
    assert not [m for m in table.index if m.startswith("pairs")]


def _voiced(texts, ident):
    fw = framework_from_cells({"Managing": {"one": texts}}, cumulative=False)
    return replace(fw, id=ident, short_name=ident.title())


THIRD = ["Plans the team's work.", "Reviews progress weekly.", "Agrees priorities with staff."]
DOING = [
    "monitoring team workload",
    "dealing calmly with problems",
    "giving staff responsibility",
    "monitoring deadlines",
]
NOUNS = ["A strong work ethic", "An eye for detail", "A calm manner", "The will to learn"]


def test_statements_in_no_voice_that_open_with_ing_are_named_so():
    # HSE's "monitoring team workload": was "57% in other forms", a form nobody could picture
    heads = headline_differences(_voiced(THIRD + DOING, "mixed"), _voiced(THIRD, "plain"))
    said = heads.set_index("aspect").loc["voice", "finding"]
    assert "Mixed is written in a mix of voices (43% third person, 57% '-ing' phrases such as" in (
        said
    )
    assert "'Monitoring ...')" in said
    heads = headline_differences(_voiced(DOING, "doing"), _voiced(THIRD, "plain"))
    said = heads.set_index("aspect").loc["voice", "finding"]
    assert said.startswith("Doing is written as '-ing' phrases (100% of statements, such as")


def test_statements_in_no_voice_of_mixed_kinds_stay_other_forms():
    heads = headline_differences(_voiced(THIRD + NOUNS, "nouns"), _voiced(THIRD, "plain"))
    said = heads.set_index("aspect").loc["voice", "finding"]
    assert "43% third person, 57% in other forms)" in said and "-ing" not in said


def test_a_cell_undefined_whole_is_called_so():
    # Monzo's leadership at levels 1 and 2 read "What is not defined: every statement"
    from compkit.compare.report_polarity import undefined_table

    table = undefined_table(compkit.load(CORPUS / "monzo-backend.yaml"), compkit.load(USDS))
    assert table.values.tolist() == [
        ["monzo-backend", "leadership", "Level 1, Level 2", "the whole cell"]
    ]


def test_summary_says_how_many_counterparts_are_close():
    # "82% of Monzo's statements have a counterpart in UNiDAYS" counted related candidates as
    # counterparts alike; the sentence now says how many of them are close
    from compkit.compare import tables, themes
    from compkit.compare.mapping import report_mappings
    from compkit.compare.report_sections import executive_summary

    fa, fb = tables._load(("cis", "wsx"))
    over, gaps = tables.compare_overview(fa, fb), themes.theme_gaps(fa, fb)
    said = executive_summary(fa, fb, over, gaps, report_mappings(None, fa, fb))[-1]
    assert said.startswith(
        "By the reviewed cross-walk, 95% of CiS's statements have a counterpart in WSX Mind "
        "(a close one for 69%), and 72% of WSX Mind's have one in CiS."
    )
