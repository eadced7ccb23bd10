"""Round 24 (F): comparing frameworks — scope readings, frameworks not in English, a day's reports.

The scope of a statement is read by English phrases (:func:`compkit.framework.text.scope`).
Belonging to a team is no responsibility for it: "adopts the tools defined by the team" (the
Engineering Ladders), "the building blocks used by our team" (LMG, Readify), "follows the team
processes", "with support from their team" (FT) were read as team scope; "makes an impact on the
tech community" (the Engineering Ladders' top level) as the holder's own work.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.framework.text import scope


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what the team one belongs to defines or uses, taken up by its member
        ("actively learns and adopts the technology and tools defined by the team", "self"),
        ("I am proficient with my tools and the core building blocks used by our team.", "self"),
        (
            "Working towards learning and cleanly using the automation languages used by the team",
            "self",
        ),
        (
            "follows the team processes, delivering a consistent flow of features to production",
            "self",
        ),
        ("I am team player who adheres to the team's conventions and processes.", "self"),
        ("Independently delivers well defined tasks with support from their team.", "self"),
        ("Provides valuable input to proposals from their team", "self"),
        ("Works well as a member of a delivery team", "self"),
        ("Collaborates with other engineers and works well in a team environment.", "self"),
        # a trade's community beyond the employer; belonging to one is still one's own
        ("makes an impact on the tech community", "org"),
        ("I am an active member of the developer community.", "self"),
        # what the industry knows or follows, learnt by the holder; the organisation's
        # processes taken part in (Carvago, Medium, FT 2019)
        ("You are aware of industry trends in your domain.", "self"),
        ("Explains appropriate available industry paths", "self"),
        ("Actively participates and makes contributions within organizational processes", "self"),
        ("Shapes practice across the industry", "org"),
        ("Defines the organisation's processes for hiring", "org"),
        # answering for the team stays team
        ("enforces the team processes, making sure everybody understands the benefits", "team"),
        ("adjusts the team processes, listening to feedback and guiding the team", "team"),
        ("Sets the tools used by the team and reviews them each year", "team"),
        (
            "Leads a team independently, takes responsibility for the completion of team goals",
            "team",
        ),
    ],
)
def test_membership_of_a_team_is_no_team_scope(text, want):
    assert scope([text]).tolist() == [want]


# -- frameworks not in English: the Shape table, the length finding and the dashboard --------

LANG = Path(__file__).parent / "data" / "ingest" / "probe23-lang"


@pytest.fixture(scope="module")
def tongues():
    """The self-written French, Dutch and Japanese frameworks of round 23, as ingested."""
    from compkit.ingest import ingest  # compkit.ingest is the subpackage once it is imported

    return {n: ingest(LANG / f"{n}.md").framework for n in ("fr-grille", "nl-matrix", "ja-matrix")}


def test_the_shape_table_says_voice_and_scope_are_not_read(tongues):
    from compkit.compare.report_content import build_report

    cis = compkit.load("cis")
    report = build_report(cis, tongues["nl-matrix"], crosswalk=False, appendix=False)
    shape = next(s for s in report.sections if s.title == "Shape").blocks[0].frame
    rows = shape.set_index("Measure")
    nl = tongues["nl-matrix"].label
    assert rows.loc["Written in the third person (%)", nl] == "not read (Dutch)"
    assert rows.loc["Reaching beyond the holder's own work (%)", nl] == "not read (Dutch)"
    # the English side keeps its figures
    assert rows.loc["Written in the first person (%)", "CiS"] == "100.0"


def test_japanese_is_not_counted_in_words(tongues):
    from compkit.compare import compare_overview, headline_differences

    ja, nl = tongues["ja-matrix"], tongues["nl-matrix"]
    over = compare_overview(ja, nl)
    assert pd.isna(over.loc["words per statement (median)", ja.id])
    assert over.loc["words per statement (median)", nl.id] == 8.0
    heads = headline_differences(ja, nl).set_index("aspect")
    assert "without spaces between words" in heads.loc["length", "finding"]
    assert "writes the longer statements" not in heads.loc["length", "finding"]
    # voice and scope are held back and said to be, not "n/a (no effective statements)"
    assert heads.loc["scope", "finding"].startswith(f"{ja.label} is written in Japanese (ja)")
    assert pd.isna(heads.loc["scope", nl.id])
    # the levels table's median words are a dash, and its text says why; the report is built
    # with no warning of glyphs missing from the charts' font (a title was measured whole)
    from compkit.compare.report_content import build_report

    report = build_report(ja, nl, crosswalk=False, appendix=False)
    levels = next(s for s in report.sections if s.title == "Levels side by side")
    assert "without spaces between words" in levels.paragraphs[0]
    words = levels.blocks[0].frame.groupby("Framework")["Median words"].agg(set)
    assert words[ja.label] == {"–"} and "–" not in words[nl.label]


def test_the_dashboard_draws_no_english_reading_of_french(tongues):
    from compkit.compare.dashboard import dashboard

    d = dashboard({"cis": compkit.load("cis"), "fr": tongues["fr-grille"]})
    assert d.coverage.value == b"" and d.scope.value == b""
    assert "written in French (fr)" in d.coverage_note.value
    assert "written in French (fr)" in d.scope_note.value
    assert d.theme.disabled and d.theme.value == ""


# -- a consultant's day: GSA's program manager guide against HSE's stress competencies --------


def test_a_cell_missing_its_negative_indicators_only_is_partly_undefined():
    """HSE's "Seeking advice" lists what a manager shows and no negative indicators.

    The summary said "wholly or partly undefined" for that one cell, the key figures "the
    negative indicators of 1 cell"; it now says which.
    """
    from compkit.compare.report_content import build_report

    corpus = Path(__file__).parent / "data" / "corpus"
    report = build_report(
        corpus / "gsa-508-pm.yaml",
        corpus / "hse-stress-competencies.yaml",
        crosswalk=False,
        appendix=False,
    )
    assert (
        "HSE leaves 1 cell (competency at a level) partly undefined (its negative indicators); "
        "it is shown as 'not defined', not as empty."
    ) in report.summary[0]
