"""Round 28, helper G: Markdown and web-page frameworks never seen before.

Fixtures in ``tests/data/probe28g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe28g"

_ROLES = ["Contributors", "Maintainers", "Leaders"]
_LISTS = [
    "Prerequisites: Indicators to look for before promotion",
    "Expectations",
    "Recognition, Access, Effect of access",
]


@pytest.mark.parametrize(
    "name", ["allstar-contributor-ladder.md", "web/allstar-contributor-ladder.html"]
)
def test_a_table_of_roles_by_what_each_asks_reads_as_a_role_ladder(name):
    result = ingest(DATA / name)
    fw = result.framework
    assert fw.levels["level_name"].tolist() == _ROLES
    assert fw.competencies["competency"].tolist() == _LISTS
    ind = fw.indicators
    grid = ind.groupby(["competency", "level_name"]).size()
    assert len(grid) == 9
    assert set(grid) == {1}
    cell = ind.loc[(ind["competency"] == "Expectations") & (ind["level_name"] == "Maintainers")]
    assert cell["text"].tolist()[0].startswith("Available to have PRs assigned to them for review")
    notes = "\n".join(n.message for n in result.report.notes)
    assert "a table of 3 roles (Contributors, Maintainers, Leaders)" in notes


_DESIGN = {
    ("Strategy", "IC1"): 8,
    ("Strategy", "IC2"): 8,
    ("Strategy", "IC3"): 10,
    ("Strategy", "IC4"): 9,
    ("Strategy", "IC5"): 8,
    ("Execution", "IC1"): 11,
    ("Execution", "IC2"): 10,
    ("Execution", "IC3"): 26,
    ("Execution", "IC4"): 16,
    ("Execution", "IC5"): 12,
    ("Teamwork", "IC1"): 14,
    ("Teamwork", "IC2"): 15,
    ("Teamwork", "IC3"): 23,
    ("Teamwork", "IC4"): 24,
    ("Teamwork", "IC5"): 14,
}


@pytest.mark.parametrize(
    "name",
    ["sourcegraph-design-career-development.md", "web/sourcegraph-design-career-development.html"],
)
def test_a_level_header_spanning_its_rows_beside_its_summary_heads_those_rows(name):
    # each level's <th rowspan="3"> shares its row with the level's summary (colspan="3"),
    # over a row of each column's summary and a row of its behaviours
    result = ingest(DATA / name)
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["IC1", "IC2", "IC3", "IC4", "IC5"]
    grid = fw.indicators.groupby(["competency", "level_name"]).size().to_dict()
    assert grid == _DESIGN
    described = dict(zip(fw.levels["level_name"], fw.levels["description"], strict=True))
    assert described["IC1"].startswith("Entry level. Starting out in their career")
    ind = fw.indicators
    ic1 = ind.loc[(ind["competency"] == "Strategy") & (ind["level_name"] == "IC1"), "text"]
    assert ic1.tolist()[:2] == ["Learning what strategy is", "Understands their product"]
    notes = "\n".join(n.message for n in result.report.notes)
    assert "heading 'IC6' and its text read as part of the introduction" in notes


@pytest.mark.parametrize("name", ["ocf-shaped-ladder.md", "web/ocf-shaped-ladder.html"])
def test_a_statements_reasons_after_it_are_set_aside(name):
    # "- **L1 (= P2)** — Plans ... review. *Evidenced by:* ... *Why this level:* ...": the
    # reasons are the author's, not the holder's; Word's reader sets them aside (wordreasons)
    result = ingest(DATA / name)
    texts = result.framework.indicators["text"].tolist()
    assert len(texts) == 6
    assert texts[0] == "Plans a team's releases with normal review."
    assert "Sets how a department weighs risk." in texts
    assert not [t for t in texts if "Why this level" in t or "Evidenced" in t or "Sources" in t]
    notes = "\n".join(n.message for n in result.report.notes)
    assert "6 statements' reasons set aside after them" in notes


def test_front_matter_competencies_are_named_by_the_titles_a_site_shows():
    # every topic has an identifier ("knowledge") and a title ("🧠 Knowledge"); Monzo's
    # leaves some titles empty, and its names stand (tests/test_ingest_corpus.py)
    result = ingest(DATA / "interact-generic-framework.md")
    fw = result.framework
    names = ["Knowledge", "Impact", "Communication", "Teamwork", "Conduct"]
    assert fw.competencies["competency"].tolist() == names
    assert len(fw.indicators) == 72
    assert fw.levels["level_name"].tolist() == [f"Level {n}" for n in range(1, 7)]
    notes = "\n".join(n.message for n in result.report.notes)
    assert "competencies named by their titles, as a site shows them ('Knowledge' for" in notes


def test_an_empty_list_item_is_no_part_of_the_item_above():
    # "* Demonstrated an open minded attitude ... solutions" over "* " (a bullet alone)
    result = ingest(DATA / "socialbakers-engineer-l3.md")
    texts = result.framework.indicators["text"].tolist()
    assert len(texts) == 34
    wanted = (
        "Demonstrated an open minded attitude to solutions presented by product and design "
        "and help to iterate and improve those solutions"
    )
    assert wanted in texts
    assert not [t for t in texts if t.endswith("*")]
    notes = "\n".join(n.message for n in result.report.notes)
    assert "1 empty list item (line 18) left out: a bullet with no text" in notes
