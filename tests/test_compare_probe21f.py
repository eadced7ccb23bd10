"""Probe 21F: an OD consultant's comparing day (voice of verb phrases, the framework graph).

Frameworks read on the day: DigComp 2.1's proficiency levels (two areas, five competences,
eight levels; ``tests/data/ingest/probe16-sheets``), a US engineering leveling guide written to
"you" (MIT) and the police Integrated Competency Framework's positive and negative indicators
(``tests/data/ingest/polarity-icf.pdf``). The fixtures below are my own words in their shapes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from compkit.compare import headline_differences
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


#: Verb phrases completing an unsaid "I can", as DigComp 2.1 writes its levels (its own
#: statements, "identify my information needs", are not copied here: these are my words).
OWN_WORDS = {
    "Finding things": {
        "one": ["find a file in my folders", "name my search terms"],
        "two": ["plan a search for a routine question", "sort what the search finds"],
        "three": ["adapt my search to a new source", "guide others in their searches"],
    }
}
#: The same verbs as instructions to a reader, as GDS and the Civil Service write theirs.
INSTRUCTIONS = {
    "Finding things": {
        "one": ["find a file in your folders", "name your search terms"],
        "two": ["plan a search for a routine question", "sort what the search finds"],
        "three": ["adapt your search to a new source", "guide others in their searches"],
    }
}


def _voice_finding(a, b):
    t = headline_differences(a, b)
    return t.set_index("aspect").loc["voice", "finding"]


@pytest.fixture(scope="module")
def third_person():
    return replace(
        framework_from_cells(
            {"Planning": {"one": ["Plans own work."], "two": ["Plans the team's work."]}},
            levels=("one", "two"),
        ),
        id="third",
        short_name="Third",
    )


def test_verb_phrases_saying_my_are_the_holders_words_not_instructions(third_person):
    """A bare verb that says "my" completes an unsaid "I ...": the holder speaks, no one is told.

    DigComp 2.1's levels ("identify my information needs", "adapt my searching strategy ...")
    were reported "written as instructions (100% of statements start with a verb ...)", so a
    consultant would tell a client the framework gives orders. The same verbs saying "your"
    are still instructions.
    """
    mine = replace(framework_from_cells(OWN_WORDS, cumulative=False), short_name="Mine")
    told = replace(framework_from_cells(INSTRUCTIONS, cumulative=False), short_name="Told")
    said = _voice_finding(mine, third_person)
    assert said.startswith("Mine is written in the first person with the 'I' left unsaid ("), said
    assert "'find a file in my folders'" in said, said
    assert "instructions" not in said
    assert _voice_finding(told, third_person).startswith("Told is written as instructions (")


def test_a_mix_names_the_holders_own_verb_phrases(third_person):
    """In a mix of voices the share of such phrases is named for what it is, not "instructions"."""
    cells = {k: dict(v) for k, v in OWN_WORDS.items()}
    cells["Finding things"]["three"] = ["Guides others in their searches."] * 2
    cells["Sharing"] = {"one": ["Shares what they find."], "two": ["Shares it widely."]}
    mixed = replace(framework_from_cells(cells, cumulative=False), short_name="Mixed")
    said = _voice_finding(mixed, third_person)
    assert "in a mix of voices" in said and "first person with the 'I' unsaid" in said, said
    assert "instructions" not in said


def test_voice_shares_never_count_a_statement_twice(third_person):
    """The voices' shares add up to 100% at most: a statement is in one voice.

    "apply searches to obtain data" is counted in the third person by the overview table and
    as an instruction by the finer reading: DigComp's voice read "100% ... instructions" beside
    "third person 1.0%" in the same report.
    """
    from compkit.compare.tables import compare_overview
    from compkit.compare.voicing import reading

    cells = {"Finding things": {"one": ["focus on the data"] + ["plan a search"] * 9}}
    fw = replace(framework_from_cells(cells, levels=("one",)), short_name="Ten")
    over = compare_overview(fw, third_person)
    main, shares = reading(fw, over)
    assert float(over.loc["third person (%)", fw.id]) == 10.0
    assert main == "bare" and shares["bare"] == 90.0, shares
    assert sum(shares.values()) == pytest.approx(100.0)


def test_the_dashboards_excel_rows_are_as_tall_as_their_wrapped_lines():
    """A row is as tall as its text wraps in print, no taller.

    The Excel download counted characters, not words: "Integrated Competency Framework" in
    the 12-wide Framework column took 4 lines' height for 3 printed, and "learn-with-me" (13
    characters, printed on one line) 2: every row of the leveling guide printed half empty.
    Since the twenty-sixth round lines are measured in Calibri's letter widths
    (``crosswalk/_wraplines.py``), where "learn-with-me" fills its column to a hair and counts
    two lines, so the one-line name here is "Loan Market".
    """
    import pandas as pd

    from compkit.compare.dashboard import _excel_sheet

    table = pd.DataFrame(
        {
            "Framework": ["Loan Market", "Integrated Competency Framework"],
            "Competency": ["Scope", "Openness to change"],
            "Level": ["Staff Engineer", "All levels"],
            "Kind": ["must show", "not to do"],
            "Statement": ["Plans the work.", "Resists change."],
        }
    )
    ws = _excel_sheet(table).active
    assert [ws.row_dimensions[r].height for r in (2, 3)] == [15, 45]


def test_a_long_competency_name_is_whole_on_the_counts_chart(separate_levels):
    """A competency's name wraps over three lines on the counts chart before it is cut.

    DigComp 2.1's "Browsing, searching and filtering data, information and digital content"
    (71 characters) read "Browsing, searching and / filtering data, information and…" beside
    rows tall enough for a third line; the client could not tell which competency it was.
    """
    from compkit.compare.plots import plot_counts

    name = "Finding, sorting and keeping records, notes and shared digital files"  # my words
    fw = replace(
        separate_levels,
        competency_records=(replace(separate_levels.competency_records[0], name=name),),
    )
    fig = plot_counts(fw, separate_levels)
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert [" ".join(s.split()) for s in shown] == [name], shown
