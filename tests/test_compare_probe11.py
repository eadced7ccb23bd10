"""Eleventh probe of the comparison report, on frameworks nobody had compared.

Probed: LMG's Technology Career Ladder (CC BY-SA 4.0, github.com/positivegroup/career-ladder,
Engineering.md: 9 roles read as levels, 31 competencies each a first-person sentence defined at
one or two roles) in two versions (the older one kept at github.com/loanmarket/career-ladder, 8
roles), LumApps' product manager ladder (a CSV on GitHub: 5 levels, 20 parameters in 5
categories, American and British spellings mixed, a "Potential Misalignments" category) and the
Irish Civil Service's Higher Executive Officer competencies (flat: 6 competencies, 36
indicators, rebuilt as Word), against each other, CiS and WSX Mind; 14,712 distinct statements
of earlier probes' frameworks measured every theme keyword changed.

Mended: the words-per-statement table listed levels where their first statement stood, not by
rank (LMG's 'Lead Engineer', rank 5, after rank 6's 'Engineering Operations Lead'; so did the
negative indicators per level); two versions of one framework were named by their whole title
in every cell and sentence ("LMG Technology Career Ladder: Engineering roles
(lmg-engineering-2021.yaml)") though their publisher's short name was shared; and theme
keywords read words of another sense: "autonomy" (the holder's own) as the voice of service
users (12 of 13 statements of the pool), "diverse sources / stakeholders / audiences" as
equality, diversity and inclusion (47 statements), crossing "organisational boundaries" as
ethics (34), "sustainable ownership / agreements / tempo" as finance (20); and "teammates",
"team player" and "team discussions" were no teamwork (27 statements gained it). The summary
of LMG against LumApps had said LMG "says little or nothing" of teamwork.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.compare.tables import statement_lengths
from compkit.compare.themes import assign_themes
from compkit.testing import framework_from_cells


def _themes(text: str) -> set[str]:
    fw = framework_from_cells({"Probe": {"one": [text]}})
    return set(assign_themes(fw, overrides=False)["theme_id"])


# -- theme keywords: words of another sense ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # self-written: the holder's own autonomy, as engineering and PM ladders use the word
        ("Leads complex workstreams with high accountability and autonomy.", "service-users"),
        ("Works with autonomy on well-defined tasks.", "service-users"),
        # UK DDaT capability framework (Crown copyright, Open Government Licence v3.0)
        ("help teams connect and work across organisational boundaries", "ethics"),
        ("communicate design strategy across organisational boundaries", "ethics"),
        ("agree the evaluation approach with diverse stakeholders", "equality"),
        ("set the team cadence and tempo, ensuring it is sustainable", "finance"),
        # APS Integrated Leadership System (CC BY 4.0)
        (
            "Draws on information from diverse sources and uses experience to analyse what "
            "information is important and how it should be used.",
            "equality",
        ),
        # LMG Technology Career Ladder (CC BY-SA 4.0)
        (
            "I invest in sustainable delivery, maintaining professional standards and striking a "
            "pragmatic balance between idealistic purity and business pressures.",
            "finance",
        ),
    ],
)
def test_a_word_of_another_sense_takes_no_theme(text, theme):
    assert theme not in _themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # WSX Mind (bundled), in both apostrophes
        ("Able to promote and work diligently to support service users' autonomy", "service-users"),
        ("Able to promote and work diligently to support service users’ autonomy", "service-users"),
        ("Able to maintain solid professional boundaries with service users", "ethics"),
        # APS Integrated Leadership System (CC BY 4.0)
        ("Recognises the positive benefits that can be gained from diversity.", "equality"),
        (
            "Adopts a principled approach and adheres to the APS Values and Code of Conduct. Acts "
            "professionally at all times and operates within the boundaries of organisational "
            "processes and legal and public policy constraints.",
            "ethics",
        ),
        # UK DDaT capability framework (Crown copyright, Open Government Licence v3.0)
        ("develop a business case that provides sustainable funding", "finance"),
        (
            "advise teams on how to design inclusive, accessible and environmentally sustainable "
            "content or services",
            "finance",
        ),
        # Skylight's people manager pathway (CC BY-SA 4.0)
        (
            "You make suggestions to improve Skylight’s diversity, equity, and inclusion efforts.",
            "equality",
        ),
        # self-written, as hiring statements of engineering-management ladders put it
        ("Helps build a diverse pipeline of candidates.", "equality"),
        ("Researches approaches for diversifying hiring.", "equality"),
        # LMG Technology Career Ladder (CC BY-SA 4.0)
        (
            "My contributions to team discussions are net-positive, informative and helpful.",
            "teamwork",
        ),
        # Etsy's engineering career ladder (CC BY-SA 4.0)
        (
            "You turn ideas and opportunities into meaningful tracks of work that can be picked "
            "up by your teammates or other teams.",
            "teamwork",
        ),
        ("This person is a team player.", "teamwork"),  # self-written
    ],
)
def test_a_theme_word_in_its_own_sense_keeps_the_theme(text, theme):
    assert theme in _themes(text)


# -- levels in rank order ------------------------------------------------------------------------
def test_words_per_statement_lists_levels_by_rank_not_by_where_they_first_appear():
    # LMG's shape: a competency defined at ranks 1 and 3 comes before one defined at rank 2
    fw = framework_from_cells(
        {
            "I am adaptable": {
                "one": ["I can confidently step outside my comfort zone."],
                "three": ["I adapt quickly to new team situations and priorities."],
            },
            "I am a technical mentor": {"two": ["I am mentoring another team member."]},
        },
        cumulative=False,
    )
    lengths = statement_lengths(fw)
    assert lengths["level_name"].tolist() == ["One", "Two", "Three"]
    assert lengths["median"].tolist() == [8.0, 6.0, 9.0]  # each level's own figures


# -- two versions named for a reader -------------------------------------------------------------
FRAME = """\
schema_version: 2
id: {id}
title: "LMG Technology Career Ladder: Engineering roles"
organisation: LMG
competency_term: competency
cumulative: false
language: en-GB
levels:
  - {{id: graduate-engineer, name: Graduate Engineer, rank: 1}}
competencies:
  - id: egoless
    name: I am an egoless, team oriented developer.
    indicators:
      - {{id: egoless-1, level: graduate-engineer, text: "{text}"}}
"""


def test_two_versions_with_a_long_title_are_named_by_their_shared_publisher(tmp_path):
    old, new = tmp_path / "lmg-2021.yaml", tmp_path / "lmg-2025.yaml"
    old.write_text(FRAME.format(id="lmg-2021", text="I am learning I cannot go dark."))
    new.write_text(FRAME.format(id="lmg-2025", text="Other team members want me on their team."))
    fa, fb = compkit.compare.tables._load((old, new))
    assert (fa.label, fb.label) == ("LMG (lmg-2021.yaml)", "LMG (lmg-2025.yaml)")


@pytest.mark.slow
def test_the_html_report_fits_the_window_when_headers_hold_long_names(tmp_path, page):
    # the themes table's number columns are headed "Difference (A minus B, points)": with two
    # versions named by file those headers kept on one line and ran the table 2,200 px wide
    old, new = tmp_path / "lmg-engineering-2021.yaml", tmp_path / "lmg-engineering.yaml"
    old.write_text(FRAME.format(id="lmg-2021", text="I am learning I cannot go dark."))
    new.write_text(FRAME.format(id="lmg-2025", text="I am learning how to write tests."))
    out = compkit.write_report(old, new, tmp_path / "report.html", date="2027-01-15")
    page.goto(out.as_uri())
    assert page.locator("th", has_text="minus").count()
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]
