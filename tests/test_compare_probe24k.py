"""Round 24, helper K: comparing leftovers.

A Japanese framework's words are not counted in ``summary()`` (as the report does not), scope
readings of being informed, following the team's processes and being wanted on a team, and
charts falling back to an installed font that draws what DejaVu Sans cannot.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.framework.text import scope

LANG = Path(__file__).parent / "data" / "ingest" / "probe23-lang"


@pytest.fixture(scope="module")
def tongues():
    """The self-written Dutch and Japanese frameworks of round 23, as ingested."""
    from compkit.ingest import ingest  # compkit.ingest is the subpackage once it is imported

    return {n: ingest(LANG / f"{n}.md").framework for n in ("nl-matrix", "ja-matrix")}


def test_summary_counts_no_words_of_japanese(tongues):
    ja, nl = tongues["ja-matrix"], tongues["nl-matrix"]
    table = compkit.framework.summary(ja, nl, "cis")
    words = table.loc["words per statement (median)"]
    assert pd.isna(words[ja.id])  # was the median of the runs between its few spaces
    assert words[nl.id] == 8.0  # as compare_overview reads it
    assert words["cis"] > 5
    assert table.loc["indicators", ja.id] > 0  # the rest of its shape is given


# -- scope: news passed on to one's team, the team's processes followed, wanted on a team -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # HSE: the team kept informed is the reach, not the organisation the news is of
        ("keeps team informed of what is happening in the organisation", "team"),
        ("Keeps the team informed about the organisation's plans", "team"),
        # the board is the organisation's own: what it is kept informed of is no reach either
        ("Keeps the board informed of the organisation's strategy", "self"),
        ("Keeps the team updated on activities and blockers", "team"),  # as read before
        # LMG, Readify: knowing and following the team's processes is a member's own work
        ("I am well aware of all processes of my team and diligently follow them.", "self"),
        ("I am learning about all processes of the team and try to follow them", "self"),
        ("Sets the processes of the team", "team"),  # answering for them stays team
        # LMG: being wanted on someone's team is no reach over a team
        ("Other team members genuinely want me on their team.", "self"),
        ("Builds their team", "team"),
    ],
)
def test_scope_of_news_processes_and_membership(text, want):
    assert scope([text]).tolist() == [want]


# -- charts: a letter the charts' font lacks is drawn in an installed font that has it --------


def test_a_letter_the_font_lacks_is_drawn_in_one_that_has_it():
    """'ℊ' (script small g) is in none of DejaVu Sans but in fonts matplotlib ships: kept and
    drawn in one of them, with no missing-glyph warning (an error here); was dropped."""
    from compkit._plotting import figure, figure_png, figure_svg

    fig = figure(3, 2)
    ax = fig.subplots()
    ax.set_title("ℊ-factor")
    ax.set_yticks([0, 1], ["ℊ scale", "Plain"])
    assert figure_png(fig)[:4] == b"\x89PNG" and "<svg" in figure_svg(fig)
    assert ax.get_title() == "ℊ-factor"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["ℊ scale", "Plain"]
    assert len(ax.title.get_fontfamily()) > 1  # the fallback named after the charts' font


def test_japanese_with_no_font_for_it_is_said(caplog):
    from compkit._plotting import figure, figure_png, glyphs

    if glyphs._family_for("日"):
        pytest.skip("this machine has a font that draws Japanese")
    glyphs._SAID.clear()
    fig = figure(3, 2)
    ax = fig.subplots()
    ax.set_title("Skills 日本語")
    with caplog.at_level("WARNING", logger="compkit.charts"):
        figure_png(fig)
        figure_png(fig)
    said = [r.getMessage() for r in caplog.records if r.name == "compkit.charts"]
    assert len(said) == 1 and "no font on this machine draws" in said[0]
    assert "Chinese or Japanese" in said[0] and "fonts-noto-cjk" in said[0]
    assert ax.get_title() == "Skills"  # the words a font draws stay
