"""Round 25, helper C: checker precision and the checker's messages to a wrong argument.

T011 leaves a statement closing on a list after a colon alone (GSA's nested bullets joined into
their lead-in), what people are kept informed of is no reach (the board is the organisation's
own, as a team is), and every public function of :mod:`compkit.checks` names the argument it
refuses. Statements are self-written unless a corpus file is named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import compkit
from compkit.checks import check, file_lines, get_rule
from compkit.checks.plots import plot_scope_progression, scope_table
from compkit.framework.text import scope
from compkit.testing import framework_on

DATA = Path(__file__).parent / "data"
CLEAN = yaml.safe_load((DATA / "checks" / "clean.yaml").read_text())
EXPECTED = "expected a framework, a bundled id (cis, wsx) or the path of a framework file, got"

# -- T011: a list after a colon ends as its items do -------------------------------------------

#: Statements ending with a full stop, to set the pattern.
STOPPED = [f"Plans the work of week {k} with care." for k in range(1, 31)]


def _t011(*statements: str) -> list[str]:
    fw = framework_on(CLEAN, {"Craft": {"one": [*STOPPED, *statements]}})
    report = check(fw, select="T011").to_frame()
    return [fw.indicators.set_index("indicator_id").loc[i, "text"] for i in report["indicator_id"]]


def test_gsa_nested_list_after_a_colon_is_no_missing_full_stop():
    """The corpus's GSA statement whose three nested bullets were joined to their lead-in."""
    gsa = compkit.load(DATA / "corpus" / "gsa-508-pm.yaml")
    found = check(gsa, select="T011").to_frame()
    assert "change-management-advanced-1" not in set(found["indicator_id"])


#: Lists after a colon: items in title case run together (a nested list joined), or between
#: commas; closing marks are read past.
LISTS = [
    "Reviews products for conformance in support of: Architecture Reviews Stage Gate Reviews",
    "Uses the tools the team has chosen: Jira, Confluence and Git",
    "Manages product lifecycles to include: acquisition, development, deployment or disposal",
    'Reports on progress through: "Weekly Reviews"',
]
#: Sentences, after a colon or with none: still wanting their full stop.
SENTENCES = [
    "Listens well: asks questions and waits for the answer",  # a clause, not items
    "Plans the work: weighs up the options in front of them, then chooses one and commits",
    "Uses the tools the team has chosen",
    "Knows the team's tools. They include: Jira, Confluence and Git. Uses them daily",
]


def test_a_list_after_a_colon_keeps_no_full_stop_a_sentence_does():
    assert _t011(*LISTS, *SENTENCES) == SENTENCES


# -- scope: what people are kept informed of is no reach ---------------------------------------


#: Statements of keeping people informed and the scope each reads.
INFORMED = [
    # the board is the organisation's own: telling it is the holder's own work, as writing
    # reports for it is, whatever the news is of
    ("Keeps the board informed of the organisation's strategy", "self"),
    ("Keeps trustees informed about the charity's financial position", "self"),
    ("Keeps senior leaders updated on progress against the organisation's plan", "self"),
    ("Keeping the board informed of the company's performance", "self"),
    ("Keeps governors and the executive briefed on the organisation's performance", "self"),
    ("Ensures staff are kept informed of the organisation's plans", "self"),
    # the people told keep their own reach
    ("keeps team informed of what is happening in the organisation", "team"),
    ("Keeps their team informed of changes across the organisation", "team"),
    ("Keeps direct reports informed of the organisation's direction", "managed"),
    ("Keeps all staff informed of the organisation's strategy", "org"),
    ("Keeps external partners informed of the organisation's priorities", "org"),
    ("Keeps colleagues across the organisation informed of changes", "org"),
    # what one keeps oneself informed of, or learns, stays as read
    ("Keeps themselves informed of the organisation's strategy", "org"),
    ("Keeps informed of the organisation's strategy", "org"),
    ("Keeps up to date with the organisation's strategy", "org"),
    ("Is kept informed of the organisation's strategy by their manager", "org"),
    ("I am kept regularly updated on the organisation's plans", "org"),
    # a verb of one's own after the news is read
    ("Keeps the board informed of progress and sets the organisation's strategy", "org"),
]


def test_what_people_are_kept_informed_of_is_no_reach():
    texts = [text for text, _ in INFORMED]
    assert dict(zip(texts, scope(texts), strict=True)) == dict(INFORMED)


# -- every public function of compkit.checks names the argument it refuses ---------------------


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda: check(42), f"framework: {EXPECTED} int 42"),
        (lambda: check(None, select="T"), f"framework: {EXPECTED} NoneType None"),
        (lambda: compkit.check(["cis"]), f"framework: {EXPECTED} list ['cis']"),
        (lambda: scope_table(1.5), f"framework: {EXPECTED} float 1.5"),
        (lambda: plot_scope_progression("cis", 42), f"frameworks[1]: {EXPECTED} int 42"),
        (lambda: plot_scope_progression(), "frameworks: expected one framework or more, got none"),
        (
            lambda: plot_scope_progression("cis", ax=42),
            "ax: expected a matplotlib Axes, got int 42",
        ),
        (
            lambda: get_rule(42),
            "code: expected a rule code or name (a string such as 'T005'), got int 42",
        ),
        (lambda: file_lines(42), "report: expected a Report, as compkit.check returns, got int 42"),
        (
            lambda: file_lines(compkit.load("cis")),
            "report: expected a Report, as compkit.check "
            "returns, got a Framework; compkit.check(framework) makes its report",
        ),
        (lambda: file_lines(check("cis"), None), f"frameworks[0]: {EXPECTED} NoneType None"),
    ],
)
def test_a_wrong_argument_is_named(call, said):
    with pytest.raises(compkit.UsageError) as caught:
        call()
    assert str(caught.value) == said


def test_an_unknown_framework_or_rule_is_named_too():
    with pytest.raises(compkit.FrameworkNotFoundError, match=r"^framework: unknown framework 'x'"):
        check("x")
    with pytest.raises(compkit.UsageError, match=r"^code: unknown rule 'Z001'; expected one of"):
        get_rule("Z001")


def test_a_dict_is_told_how_to_become_a_framework():
    with pytest.raises(compkit.UsageError) as caught:
        check(compkit.framework.to_dict("cis"))
    assert str(caught.value) == (
        f"framework: {EXPECTED} a dict; compkit.framework.build.from_dict makes a framework of one"
    )


def test_file_lines_takes_a_framework_by_id_and_reports_add_only_reports():
    cis = check("cis")
    assert (
        file_lines(cis, "cis")["line"].tolist()
        == file_lines(cis, compkit.load("cis"))["line"].tolist()
    )
    with pytest.raises(TypeError, match="'Report' and 'int'"):
        cis + 42


def test_one_axes_draws_one_framework():
    from compkit._plotting import figure

    ax = figure(4, 3).subplots()
    with pytest.raises(compkit.UsageError, match=r"^ax: draws one framework, got 2"):
        plot_scope_progression("cis", "wsx", ax=ax)
    assert plot_scope_progression("cis", ax=ax) is ax.figure
