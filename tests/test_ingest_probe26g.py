"""Round 26, helper G: Markdown and web-page frameworks never seen before.

Fixtures in ``tests/data/probe26g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe26g"


def _grid(fw) -> dict[tuple[str, str], int]:
    ind = fw.indicators
    return ind.groupby(["competency", "level_name"], sort=False).size().to_dict()


def _texts(fw, competency: str, level: str) -> list[str]:
    ind = fw.indicators
    return ind.loc[
        (ind["competency"] == competency) & (ind["level_name"] == level), "text"
    ].tolist()


_LADDERS = [
    (
        "cncf-contributor-ladder-template.md",
        ["Community Participant", "Contributor", "Organization Member", "Reviewer", "Maintainer"],
        {
            ("Responsibilities", "Reviewer"): 4,
            ("Requirements", "Contributor"): 11,
            ("Privileges", "Reviewer"): 2,  # "Additional privileges:"
            ("Privileges", "Maintainer"): 4,
            ("How users can get involved with the community", "Community Participant"): 7,
        },
        63,
    ),
    (
        "openfeature-contributor-ladder.md",  # its lowest role kept: a reader's own levels
        [
            "Community Participant",
            "Contributor",
            "Organization Member",
            "Triager",
            "Approver",
            "Maintainer",
        ],
        {
            ("Requirements", "Approver"): 5,
            ("Responsibilities and privileges", "Maintainer"): 9,
            ("Requirements", "Triager"): 2,
            ("How users can get involved with the community", "Community Participant"): 6,
        },
        52,
    ),
    (
        "kubewarden-contributor-ladder.md",
        ["Contributor", "Mentee", "Maintainer"],
        {
            ("Responsibilities", "Contributor"): 9,
            ("Responsibilities", "Maintainer"): 12,
            ("Requirements", "Maintainer"): 4,
            ("Privileges", "Maintainer"): 4,  # "Additional privileges:"
        },
        42,
    ),
    (
        "ramalama-contributor-ladder.md",
        ["Contributor", "Reviewer", "Maintainer"],
        {
            ("Requirements", "Contributor"): 7,
            ("Privileges", "Maintainer"): 3,  # "* **Additional privileges:**"
            ("Responsibilities", "Reviewer"): 4,
        },
        29,
    ),
    (
        "copacetic-contributor-ladder.md",
        ["Contributor", "Reviewer", "Maintainer"],
        {
            ("Requirements", "Contributor"): 10,
            ("Requirements", "Maintainer"): 3,  # "- Requirements", no colon
            ("Privileges", "Reviewer"): 3,
        },
        36,
    ),
]


@pytest.mark.parametrize(("name", "levels", "cells", "total"), _LADDERS)
def test_a_contributor_ladder_reads_its_roles_as_levels_and_its_lists_as_competencies(
    name, levels, cells, total
):
    got = ingest(DATA / name)
    fw = got.framework
    assert fw.levels["level_name"].tolist()[-len(levels) :] == levels
    grid = _grid(fw)
    for cell, n in cells.items():
        assert grid.get(cell) == n, (cell, grid.get(cell))
    assert len(fw.indicators) == total
    said = " ".join(n.message for n in got.report.notes)
    assert "a role ladder:" in said
    assert "passages beside the roles' lists set aside" in said


def test_the_templates_lists_are_its_items_word_for_word_and_its_steps_set_aside():
    fw = ingest(DATA / "cncf-contributor-ladder-template.md").framework
    assert _texts(fw, "Responsibilities", "Contributor") == [
        "Follow the CNCF CoC",
        "Follow the project contributing guide",
    ]
    assert _texts(fw, "Privileges", "Reviewer") == [
        "Has GitHub or CI/CD rights to approve pull requests in specific directories",
        "Can recommend and review other contributors to become Reviewers",
    ]
    texts = " ".join(fw.indicators["text"])
    assert "nominated by opening a PR" not in texts  # the steps of becoming a Reviewer
    assert "Inactivity" not in fw.levels["level_name"].tolist()
    described = dict(zip(fw.levels["level_name"], fw.levels["description"], strict=True))
    assert described["Reviewer"].startswith("Description: A Reviewer has responsibility")


def test_the_names_read_are_said_with_the_words_printed():
    got = ingest(DATA / "cncf-contributor-ladder-template.md")
    said = next(n.message for n in got.report.notes if n.message.startswith("a role ladder"))
    assert "'Responsibilities include' as 'Responsibilities'" in said
    assert "'Requirements (one or several of the below)' as 'Requirements'" in said


_ASPECTS = """# Engineering competencies

## Communication

- Behaviours:
  - Listens to others
  - Writes clearly
- Examples:
  - Runs a meeting

## Delivery

- Behaviours:
  - Ships on time
- Examples:
  - Plans a release

## Craft

- Behaviours:
  - Writes tests
- Examples:
  - Reviews code
"""


def test_lists_named_alike_with_no_word_of_a_roles_duties_are_no_role_ladder(tmp_path):
    path = tmp_path / "aspects.md"
    path.write_text(_ASPECTS, encoding="utf-8")
    got = ingest(path)
    said = " ".join(n.message for n in got.report.notes)
    assert "a role ladder" not in said
    assert "Communication" not in got.framework.levels["level_name"].tolist()


def test_lists_named_by_headings_under_each_role_read_alike():
    got = ingest(DATA / "kubernetes-community-membership.md")
    fw = got.framework
    assert fw.levels["level_name"].tolist() == ["Member", "Reviewer", "Approver"]
    grid = _grid(fw)
    # "The following apply to the part of codebase for which one would be a reviewer ..." over
    # each list is prose beside it, set aside (round 29; was read as a statement of each)
    assert grid[("Responsibilities and privileges", "Reviewer")] == 10
    assert grid[("Requirements", "Approver")] == 6
    assert "Inactive members" not in " ".join(fw.competencies["competency"])
    said = " ".join(n.message for n in got.report.notes)
    assert "each hold headings named alike" in said


def test_lists_under_bold_leads_in_two_roles_read_as_a_ladder():
    got = ingest(DATA / "openfga-contributor-ladder.md")
    fw = got.framework
    assert fw.levels["level_name"].tolist() == ["Member", "Maintainer"]
    assert _grid(fw) == {
        ("Responsibilities", "Member"): 4,
        ("Responsibilities", "Maintainer"): 6,
        ("Requirements", "Member"): 3,
        ("Requirements", "Maintainer"): 4,
    }
    assert _texts(fw, "Requirements", "Member")[0] == (
        "A history of several substantive contributions."
    )
    said = " ".join(n.message for n in got.report.notes)
    assert "'**How to become a Member:**'" in said  # set aside, said


@pytest.mark.parametrize(
    ("name", "levels", "total"),
    [
        ("cncf-contributor-ladder-template", 5, 63),
        # reference links, read as text; "### Kubernetes Ecosystem" and the prose around the
        # lists set aside since round 29 (63 -> 57, the Markdown alike)
        ("kubernetes-community-membership", 3, 57),
        ("openfga-contributor-ladder", 2, 17),
        ("ramalama-contributor-ladder", 3, 29),
    ],
)
def test_a_contributor_ladder_saved_as_a_web_page_reads_as_its_markdown(name, levels, total):
    page = ingest(DATA / "web" / f"{name}.html").framework
    assert len(page.levels) == levels
    assert len(page.indicators) == total
    markdown = ingest(DATA / f"{name}.md").framework
    assert page.levels["level_name"].tolist() == markdown.levels["level_name"].tolist()
    assert _grid(page).keys() == _grid(markdown).keys()


def test_markdown_without_headings_is_no_ladder_and_no_failure(tmp_path):
    from compkit.ingest.rolelists import role_lists

    lines = ["- Responsibilities:", "  - Reviews code", "- Privileges:", "  - Approves"]
    assert role_lists(lines) == (lines, [], {})


def test_a_link_cut_by_a_line_break_keeps_its_words():
    fw = ingest(DATA / "kubewarden-contributor-ladder.md").framework
    assert _texts(fw, "Responsibilities", "Mentee")[0] == "Follow the Kubewarden CoC"
    said = " ".join(fw.indicators["text"])
    assert "[Kubewarden" not in said


_WRAPPED = """# Support ladder

## Junior

### Craft

- Follows the Team
  Charter in every review
- Writes tests

## Senior

### Craft

- Leads the Incident
  Review each quarter
- Designs services
"""


def test_a_list_items_wrapped_line_opening_with_a_capital_goes_on_the_item(tmp_path):
    path = tmp_path / "wrapped.md"
    path.write_text(_WRAPPED, encoding="utf-8")
    fw = ingest(path).framework
    assert fw.competencies["competency"].tolist() == ["Craft"]
    assert _texts(fw, "Craft", "Junior") == [
        "Follows the Team Charter in every review",
        "Writes tests",
    ]
    assert _texts(fw, "Craft", "Senior")[0] == "Leads the Incident Review each quarter"


def test_reference_links_read_as_their_words_and_their_definitions_go():
    got = ingest(DATA / "kubernetes-community-membership.md")
    texts = got.framework.indicators["text"].tolist()
    assert "Enabled two-factor authentication on their GitHub account" in texts
    assert not [t for t in texts if "[" in t]
    said = [n.message for n in got.report.notes]
    assert "25 link reference definitions set aside: not shown on the page" in said


@pytest.mark.parametrize(
    "name",
    [
        "cncf-contributor-ladder-template",
        "copacetic-contributor-ladder",
        "ramalama-contributor-ladder",
    ],
)
def test_a_role_that_adds_to_the_role_below_makes_the_levels_cumulative(name):
    got = ingest(DATA / f"{name}.md")
    assert got.framework.cumulative is True
    said = " ".join(got.report.to_frame()["message"])
    assert "adds to another's" in said and ", plus" in said


def test_a_level_naming_no_other_level_before_plus_leaves_them_not_cumulative(tmp_path):
    text = (
        "# Ladder\n\n## Junior\n\nResponsibilities of the team, plus:\n\n"
        "- Writes code that works and is tested\n- Reviews pull requests of peers\n\n"
        "## Senior\n\nSenior engineers:\n\n- Leads the design of large systems\n"
        "- Mentors junior engineers on the team\n"
    )
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    assert ingest(path).framework.cumulative is False
