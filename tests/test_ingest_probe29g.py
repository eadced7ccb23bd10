"""Probe 29g: Markdown and web-page frameworks never read before (round 29, helper G).

Real contributor ladders copied as published into ``tests/data/probe29g/`` (see its README):
OpenTelemetry's membership guide, Dapr's community membership and Porter's contribution
ladder; and a statement's reasons, set aside after it in Markdown and web pages, kept as its
paragraph's note (word for word) for the statement's ``note``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.ingest.textfile import read_text

DATA = Path(__file__).parent / "data"
HERE = DATA / "probe29g"


def _cells(path: Path) -> dict[tuple[str, str], list[str]]:
    ind = compkit.ingest(path).framework.indicators
    out: dict[tuple[str, str], list[str]] = {}
    for comp, level, text in zip(ind.competency, ind.level_name, ind.text, strict=True):
        out.setdefault((comp, level), []).append(text)
    return out


@pytest.fixture(scope="module")
def otel() -> dict[tuple[str, str], list[str]]:
    return _cells(HERE / "opentelemetry-membership.md")


def test_a_roles_own_section_is_set_aside_as_a_ladders_prose(otel):
    """ "### Becoming a Triager" (with "#### Self-nomination ...", its lines once nine
    "statements") and the prose over and after the lists are beside the roles' lists."""
    assert {comp for comp, _ in otel} == {"Requirements", "Responsibilities and privileges"}
    texts = [t for cell in otel.values() for t in cell]
    assert not [t for t in texts if t[:1].islower()]  # no wrapped line read on its own
    assert not [t for t in texts if t.startswith(("The following apply", "See also"))]
    assert [len(otel[("Responsibilities and privileges", lv)]) for lv in _OTEL_LEVELS] == [
        8,
        3,
        8,
        9,
        4,
    ]
    result = compkit.ingest(HERE / "opentelemetry-membership.md")
    said = " ".join(n.message for n in result.report.notes)
    assert "36 passages beside the roles' lists set aside (line 98: " in said
    assert "line 137: '### Becoming a Triager'" in said


_OTEL_LEVELS = ["Member", "Triager", "Approver", "Maintainer", "Specification Sponsor"]


def test_a_lead_in_wrapped_over_lines_holds_its_nested_list(otel):
    """ "... Contributions" / "may include, but is not limited to:" over three nested items."""
    member = otel[("Requirements", "Member")]
    assert member[1] == (
        "Have made multiple contributions to the project or community. Contributions may "
        "include, but is not limited to: Authoring or reviewing PRs on GitHub Filing or "
        "commenting on issues on GitHub Organizing and running activities (e.g. events, surveys) "
        "within the OpenTelemetry community Contributing to SIGs, subprojects, or community "
        "discussions (e.g. meetings, chat, email, and discussion forums)"
    )
    assert "Authoring or reviewing PRs on GitHub" not in member
    assert len(member) == 13


def test_a_wrapped_lead_in_reads_as_its_web_page_does():
    """Kubernetes' membership: the Markdown's "Have made multiple contributions" as the web's."""
    md = _cells(DATA / "probe26g" / "kubernetes-community-membership.md")
    web = _cells(DATA / "probe26g" / "web" / "kubernetes-community-membership.html")
    assert md[("Requirements", "Member")] == web[("Requirements", "Member")]


def test_prose_lines_join_as_markdown_shows_them(tmp_path):
    path = tmp_path / "ladder.md"
    path.write_text(
        "# Roles\n\n## Member\n\n### Requirements\n\n- Has made several contributions.\n"
        "- Has read the guide.\n\n### Becoming a Member\n\nMembers are elected by a vote of the\n"
        "maintainers of the project.\nCandidates ask a maintainer.\n\n"
        "## Approver\n\n### Requirements\n\n- Reviews code.\n- Is nominated.\n\n"
        "### Becoming an Approver\n\nApprovers are elected by a vote of the\n"
        "Technical Committee, after a month.  \nthe vote is public.\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    ind = result.framework.indicators
    assert ind[ind.competency == "Becoming a Member"].text.tolist() == [
        "Members are elected by a vote of the maintainers of the project.",
        "Candidates ask a maintainer.",  # a line of its own: opens with a capital, after a stop
    ]
    assert ind[ind.competency == "Becoming an Approver"].text.tolist() == [
        "Approvers are elected by a vote of the Technical Committee, after a month.",
        "the vote is public.",  # after a hard line break (two spaces): the author's own
    ]
    said = [n.message for n in result.report.notes]
    assert any("lines 12, 13" in m and "as Markdown shows it" in m for m in said)


@pytest.mark.parametrize("name", ["ocf-shaped-ladder.md", "web/ocf-shaped-ladder.html"])
def test_a_statements_reasons_are_its_paragraphs_note(name):
    """The reasons set aside after a statement are kept, word for word, as its note."""
    doc = read_text(DATA / "probe28g" / name)
    noted = {p.text.lstrip("- "): p.note for r in doc.regions for p in r.paras if p.note}
    assert noted == {
        "Plans a team's releases with normal review.": (
            "Evidenced by: Keeps a release plan the team can read. Scope: one team. "
            "Why this level: P2 plans with review. (A planning handbook)"
        ),
        "Plans releases across teams and resolves their clashes.": (
            "Evidenced by: Settles a clash of two teams' dates. Scope: several teams. "
            "Why this level: P3 works unaided. (A planning handbook)"
        ),
        "Sets the planning method a department follows.": (
            "Evidenced by: Writes the planning guide. Scope: a department. "
            "Why this level: P4 sets the method. (A planning handbook)"
        ),
        "Keeps the team's risk log current.": (
            "Evidenced by: Reviews the log weekly. Why this level: P2 follows the method."
        ),
        "Owns the risks that cross teams.": "Rationale: P3 owns them.",
        "Sets how a department weighs risk.": "Sources: A risk handbook.",
    }


def test_reasons_on_a_line_of_their_own_note_the_item_above(tmp_path):
    path = tmp_path / "ladder.md"
    path.write_text(
        "# Ladder\n\n## Delivery\n\n### L1\n\n- Plans a team's work.\n"
        "  *Why this level:* a [handbook](https://example.org) says so.\n"
        "- Keeps a plan.\n\n### L2\n\n- Plans for several teams.\n- Keeps several plans.\n",
        encoding="utf-8",
    )
    doc = read_text(path)
    noted = {p.text: p.note for r in doc.regions for p in r.paras if p.note}
    assert noted == {
        "- Plans a team's work.": "Why this level: a handbook (https://example.org) says so."
    }  # a link keeps its target (round 30)


def test_lists_headed_with_their_roles_name_read_as_a_ladder():
    """InstructLab: "#### Member requirements", "#### Triager responsibilities and privileges"."""
    result = compkit.ingest(HERE / "instructlab-contributor-roles.md")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["Member", "Triager", "Maintainer"]
    assert fw.competencies["competency"].tolist() == [
        "Requirements",
        "Responsibilities and privileges",
    ]
    cells = _cells(HERE / "instructlab-contributor-roles.md")
    assert {key: len(texts) for key, texts in cells.items()} == {
        ("Requirements", "Member"): 2,
        ("Requirements", "Triager"): 2,
        ("Requirements", "Maintainer"): 6,
        ("Responsibilities and privileges", "Member"): 2,
        ("Responsibilities and privileges", "Triager"): 3,
        ("Responsibilities and privileges", "Maintainer"): 14,
    }
    assert cells[("Requirements", "Member")] == [
        "You have made multiple contributions to the project or community. Contributions may "
        "include, but are not limited to: Authoring or reviewing PRs on GitHub. Filing or "
        "commenting on issues on GitHub. Contributing to community discussion, for example, "
        "meetings or on Discord/Slack.",
        "You have been sponsored by two Maintainers.",
    ]  # the nomination's steps after the list set aside
    said = " ".join(n.message for n in result.report.notes)
    assert "line 56: '#### Member requirements'" not in said


def test_an_items_line_run_on_without_indent_stays_in_its_list():
    """Porter: "* Communicate through channels (...)" / "with key achievements ..." (lazy)."""
    cells = _cells(HERE / "porter-contribution-ladder.md")
    assert cells[("Responsibilities", "Release Managers")][2:] == [
        "Communicate through channels (Slack, Groups, and website) with key achievements in "
        "that release",
        "Update release documentation with any new findings",
    ]


@pytest.mark.parametrize(
    ("name", "total"),
    [
        ("opentelemetry-membership", 58),
        ("dapr-community-membership", 49),
        ("porter-contribution-ladder", 18),
        ("instructlab-contributor-roles", 29),
    ],
)
def test_each_ladder_reads_alike_as_markdown_and_as_a_web_page(name, total):
    md = _cells(HERE / f"{name}.md")
    web = _cells(HERE / "web" / f"{name}.html")
    assert md == web
    assert sum(map(len, md.values())) == total


def test_a_bullet_typed_without_its_space_is_an_item_of_its_list():
    """Sourcegraph product's "  -Seeks clear ownership ..." under "- Execution" (round 28's
    limit: its "All Levels" section, 17 statements, was read into the introduction)."""
    result = compkit.ingest(DATA / "probe28g" / "sourcegraph-product-framework.md")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["All Levels", "IC2", "IC3", "IC4", "IC5"]
    cells = _cells(DATA / "probe28g" / "sourcegraph-product-framework.md")
    assert sum(map(len, cells.values())) == 60
    assert cells[("Execution", "All Levels")][0] == (
        "Seeks clear ownership of areas of responsibility as appropriate for the level."
    )
    assert len(cells[("Execution", "All Levels")]) == 7
    said = [n.message for n in result.report.notes]
    assert (
        "1 list item typed without a space after its bullet read as an item (line 29: "
        "'-Seeks clear ownership of areas of responsibility as appropriate for the level.')"
    ) in said


def test_a_ladder_of_unbulleted_lines_reads_a_statement_a_line():
    """fabric.js: lists written a line per statement with no bullets, a cell left "TBD"."""
    result = compkit.ingest(HERE / "fabricjs-contributor-ladder.md")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == [
        "Community Participant",
        "Contributor",
        "Organization Member",
        "Triager",
        "Approver",
        "Maintainer",
    ]
    cells = _cells(HERE / "fabricjs-contributor-ladder.md")
    assert sum(map(len, cells.values())) == 30
    assert cells[("Requirements", "Contributor")] == [
        "Follow the Code of conduct",
        "Follow the project contributing guide",
    ]
    assert len(cells[("Requirements", "Approver")]) == 6
    said = " ".join(n.message for n in result.report.notes)
    assert "the Maintainer \"Responsibilities\" cell reads 'TBD': recorded as undefined" in said
    assert "line 79: '### The process of becoming a Triager'" in said


@pytest.mark.parametrize("name", ["ocf-shaped-ladder.md", "web/ocf-shaped-ladder.html"])
def test_the_reasons_reach_the_statements_note(name):
    """Markdown and web alike: the statement's text is its own, its reasons its note."""
    ind = compkit.ingest(DATA / "probe28g" / name).framework.indicators
    noted = dict(zip(ind.text, ind.note, strict=True))
    assert noted["Owns the risks that cross teams."] == "Rationale: P3 owns them."
    assert noted["Plans a team's releases with normal review."] == (
        "Evidenced by: Keeps a release plan the team can read. Scope: one team. "
        "Why this level: P2 plans with review. (A planning handbook)"
    )
    assert not [t for t in ind.text if "Why this level" in t or "Evidenced by" in t]


@pytest.mark.parametrize("marks", [True, False])
@pytest.mark.parametrize("ext", ["md", "html"])
def test_compkits_own_render_reads_back_each_statements_note(tmp_path, ext, marks):
    """The note compkit's renders print after a statement ("*Note:* ...", a web page's
    ``<em class="note">Note:</em>``) is read back as its note, the statement its own words."""
    from compkit.authoring import render_html, render_markdown

    fw = compkit.ingest(DATA / "probe28g" / "ocf-shaped-ladder.md").framework
    path = tmp_path / f"ocf.{ext}"
    render = render_markdown if ext == "md" else render_html
    path.write_text(render(fw, marks=marks), encoding="utf-8")
    result = compkit.ingest(path)
    back = result.framework.indicators
    assert sorted(zip(back.text, back.note, strict=True)) == sorted(
        zip(fw.indicators.text, fw.indicators.note, strict=True)
    )
    said = [n.message for n in result.report.notes]
    assert "6 statements' notes as compkit prints them ('Note:') read back" in said


def test_expectations_adding_to_earlier_levels_read_as_cumulative():
    """Sourcegraph engineering: "Expectations for a level add to the expectations of earlier
    levels." (in a section read into the introduction) makes the levels cumulative."""
    result = compkit.ingest(DATA / "probe27g" / "sourcegraph-engineering-framework.md")
    assert result.framework.cumulative
    said = [n.message for n in result.report.notes]
    assert "levels read as cumulative (the introduction says so)" in said
