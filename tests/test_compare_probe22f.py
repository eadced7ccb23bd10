"""Probe 22F: an OD consultant's comparing day (level names on the charts, scope).

Frameworks read on the day: Teleport's full-stack engineering ladder (eight competencies, six
levels, American English; ``tests/data/ingest/teleport-fullstack.pdf``), the WHO global
competency model's effective and ineffective indicators (``tests/data/ingest/polarity-who.pdf``)
and InfraCloud's senior engineer expectations, clustered and written to "you"
(``tests/data/ingest/infracloud-senior-engineer.md``). The fixtures below are my own words in
their shapes.
"""

from __future__ import annotations

import itertools
import math

import pytest

from compkit.compare.plots import plot_counts, plot_scope
from compkit.framework.build import from_dict

#: A ladder's job titles, wrapped over two lines on a level axis (my own words).
TITLES = (
    "Associate Analyst I",
    "Associate Analyst II",
    "Associate Analyst III",
    "Senior Analyst",
    "Staff Analyst",
    "Senior Staff Analyst",
    "Principal Analyst",
)


COMPETENCIES = ("Responsibility and direction required", "Team contribution and culture")


def _ladder(fid: str, titles=TITLES, competencies=COMPETENCIES):
    """A ladder whose levels are job titles, one statement a cell."""
    levels = [{"id": f"l{k}", "name": t, "rank": k} for k, t in enumerate(titles, 1)]
    comps = [
        {
            "id": c.split()[0].lower(),
            "name": c,
            "indicators": [
                {
                    "id": f"{c.split()[0].lower()}-{lv['id']}",
                    "level": lv["id"],
                    "text": f"Shows {c} well.",
                }
                for lv in levels
            ],
        }
        for c in competencies
    ]
    return from_dict(
        {
            "schema_version": 1,
            "id": fid,
            "title": f"{fid.title()} ladder",
            "organisation": "Riverside Trust",
            "language": "en-GB",
            "cumulative": True,
            "levels": levels,
            "competencies": comps,
        }
    )


def _drawn(fig):
    """The figure drawn, and its renderer: where each text really stands."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from compkit._plotting import style

    with style():
        FigureCanvasAgg(fig)
        fig.canvas.draw()
    return fig.canvas.get_renderer()


def _runs_together(fig) -> list[str]:
    """Slanted level names whose lines stand too close to the next name's to read apart.

    A name slanted at angle t, w wide and h thick (its lines), covers a box w·cos t + h·sin t
    wide and w·sin t + h·cos t tall; the next name, a step along the axis, stands step·sin t
    away across the lines. Less than half a line between them and the two read as one run.
    """
    r = _drawn(fig)
    crowded = []
    for ax in fig.axes:
        labels = [t for t in ax.get_xticklabels() if t.get_text()]
        if len(labels) < 2 or labels[0].get_rotation() in (0.0, 90.0):
            continue
        t = math.radians(labels[0].get_rotation())
        c, s = math.cos(t), math.sin(t)
        xs = [ax.transData.transform((lab.get_position()[0], 0))[0] for lab in labels]
        step = min(b - a for a, b in itertools.pairwise(xs))
        line = labels[0].get_fontsize() * 1.2 * fig.dpi / 72
        for lab in labels:
            box = lab.get_window_extent(r)
            thick = (box.height * c - box.width * s) / (c * c - s * s)
            if step * s < thick + 0.5 * line:
                crowded.append(lab.get_text().replace("\n", " "))
    return crowded


def test_slanted_level_names_of_two_lines_do_not_run_together():
    """Job titles wrapped over two lines stand upright when slanted ones would touch.

    learn-with-me's seven titles ("Software Engineer III", "Sr Software Engineer") in a
    three-way counts chart beside DigComp 2.1 and the police ICF, and Teleport's six beside
    two others, were slanted with their lines about a twentieth of an inch from the next
    title's: "Engineer III Sr Software" read as one name.
    """
    three = plot_counts(_ladder("north"), _ladder("south"), _ladder("east"))
    assert _runs_together(three) == []
    one = plot_counts(_ladder("west"))
    assert _runs_together(one) == []
    # a legend beside the panel leaves less room than estimated before layout: measured after
    reach = plot_scope(_ladder("west"))
    assert _runs_together(reach) == []
    names = [t.get_text() for t in three.axes[0].get_xticklabels()]
    assert "Associate Analyst III" in names  # upright, whole, not cut


def test_short_level_names_still_stand_level():
    """Names that fit stay level; the change is only for names that would touch."""
    fig = plot_counts(_ladder("short", titles=("L1", "L2", "L3", "L4", "L5", "L6", "L7")))
    assert {t.get_rotation() for t in fig.axes[0].get_xticklabels()} == {0.0}


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second-person ladder's own team, led, coached or answered for
        ("You coach your team through a hard quarter.", "team"),
        ("You set clear goals for your team.", "team"),
        ("You are accountable for your team's delivery.", "team"),
        ("You lead and grow your teams.", "team"),
        # the team the holder belongs to: no responsibility for it
        ("You know the tools your team uses.", "self"),
        ("You plan with your team.", "self"),
        ("You ask an engineer from your team for a review.", "self"),
    ],
)
def test_your_team_is_the_team_when_the_holder_answers_for_it(text, expected):
    """ "Your team" reaches the team where a verb of responsibility takes it.

    A ladder written to "you" calls the holder's team "your team", as a first-person one says
    "my team"; "your" was missing, so "You coach your team" stayed at the holder's own work,
    while an engineer's "tools your team uses" is membership and stays there.
    """
    from compkit.framework.text import scope

    assert scope([text]).tolist() == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a method the holder uses: no organisation's strategy
        ("Employs strategies to manage conflict between colleagues.", "self"),
        ("Has strategies to cope with competing deadlines.", "self"),
        ("Uses practical strategies for handling difficult conversations.", "self"),
        # the organisation's plan, still the organisation
        ("Sets the organisation's strategy.", "org"),
        ("Develops strategies to grow the business.", "org"),
        ("Uses the strategy to set priorities.", "org"),
    ],
)
def test_strategies_used_to_handle_something_are_a_method(text, expected):
    """ "Employs strategies to manage conflict" is a way of working, not the organisation's.

    WSX Mind's "Employs strategies to manage conflict of interests and differences of
    opinion" and USDS's "has strategies to mitigate those issues" reached the organisation on
    the word "strategies" alone; a strategy someone develops or sets still does.
    """
    from compkit.framework.text import scope

    assert scope([text]).tolist() == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conforming to a wider unit's aims is membership, as "in line with" already was
        ("Reports progress as required by the team's operating rhythm.", "self"),
        ("Keeps work consistent with departmental objectives.", "self"),
        # working beside the team, as "with colleagues" already was
        ("Collaborates with the team to shape requirements.", "self"),
        ("Collaborates closely with your team on estimates.", "self"),
        # answering for the unit still reaches it
        ("Sets departmental objectives.", "team"),
        ("Ensures the team meets its operating rhythm.", "team"),
    ],
)
def test_conforming_to_or_working_with_a_team_is_membership(text, expected):
    """A statement that conforms to a team's aims or works beside it stays at the holder.

    Teleport's full-stack ladder: "Reports progress on a regular basis as required by the
    team's operational requirements", "Work is ... consistent with departmental objectives"
    and "Collaborates with the team to scope requirements" reached the team, so its lowest
    levels seemed to answer for a team.
    """
    from compkit.framework.text import scope

    assert scope([text]).tolist() == [expected]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # tailoring to a reader, however far the audience stands from "adapting"
        ("Writes plainly, adapting tone and wording so they suit the needs of the intended "
         "audience.", False),
        ("Adapts the message to the needs of each audience.", False),
        # adapting to change is still change
        ("Adapts quickly to new ways of working.", True),
    ],
)  # fmt: skip
def test_adapting_to_the_needs_of_an_audience_is_no_change(text, change):
    """ "Adapting ... to the needs of the intended audience" is communication, not change.

    The WHO model's "Speaks and writes clearly, adapting communication style and content so
    they are appropriate to the needs of the intended audience" counted as change and
    innovation, so the report said WHO "stresses 'change and innovation'" on it alone; the
    audience stood five words after "to", where the rule looked for it at most one after.
    """
    from compkit.compare.themes import assign_themes
    from compkit.testing import framework_from_cells

    fw = framework_from_cells({"Talking": {"one": [text]}})
    themes = set(assign_themes(fw, overrides=False)["theme_id"])
    assert ("change" in themes) is change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a customer's team, or teams one deals with, are no team the holder answers for
        ("Presents the case for a fix to customer teams.", "self"),
        ("Shares progress with the teams they work with.", "self"),
        ("Makes a case to customers and teams you interact with.", "self"),
        # teams the holder builds or leads still reach the team
        ("Leads the teams they build.", "team"),
    ],
)
def test_customer_teams_and_teams_one_works_with_are_not_the_holders(text, expected):
    """InfraCloud's "make a case ... in front of stakeholders including customer teams" and
    "to customers and teams you interact with" reached the team on the word "teams" alone.
    """
    from compkit.framework.text import scope

    assert scope([text]).tolist() == [expected]


@pytest.mark.parametrize(
    ("text", "culture"),
    [
        ("Chooses data structures that suit the problem.", False),
        ("Reviews code structures for clarity.", False),
        ("Shapes the structures and systems the service runs on.", True),
        ("Builds team structures that share the load.", True),
    ],
)
def test_data_structures_are_no_organisational_structures(text, culture):
    """An engineer's "data structures" are no organisation's structures.

    Teleport's "Demonstrates good understanding of basic data structures like hash tables"
    and "Designs new data structures and algorithms" counted as organisational culture and
    systems, so the theme ran through its lowest and highest levels.
    """
    from compkit.compare.themes import assign_themes
    from compkit.testing import framework_from_cells

    fw = framework_from_cells({"Craft": {"one": [text]}})
    themes = set(assign_themes(fw, overrides=False)["theme_id"])
    assert ("culture" in themes) is culture
