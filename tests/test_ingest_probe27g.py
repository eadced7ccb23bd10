"""Round 27, helper G: Markdown and web-page frameworks never seen before.

Fixtures in ``tests/data/probe27g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe27g"


def _grid(fw) -> dict[tuple[str, str], int]:
    ind = fw.indicators
    return ind.groupby(["competency", "level_name"], sort=False).size().to_dict()


def _texts(fw, competency: str, level: str) -> list[str]:
    ind = fw.indicators
    return ind.loc[
        (ind["competency"] == competency) & (ind["level_name"] == level), "text"
    ].tolist()


def _notes(report) -> str:
    return "\n".join(n.message for n in report.notes)


_SPINKUBE = {
    ("Expectations", "Member"): 1,
    ("Requirements", "Member"): 1,
    ("Expectations", "Reviewer"): 3,
    ("Capabilities", "Reviewer"): 1,
    ("Requirements", "Reviewer"): 3,
    ("Expectations", "Maintainer"): 5,
    ("Capabilities", "Maintainer"): 2,
    ("Requirements", "Maintainer"): 3,
}


@pytest.mark.parametrize(
    "name", ["spinkube-contributor-ladder.md", "web/spinkube-contributor-ladder.html"]
)
def test_a_ladder_whose_lists_open_with_sentences_reads_as_roles_by_lists(name):
    """SpinKube opens each role's lists with a sentence ("Reviewers are expected to:")."""
    result = ingest(DATA / name)
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["Member", "Reviewer", "Maintainer"]
    assert _grid(fw) == _SPINKUBE
    # the paragraph under a role, before its lists, is the role's description
    assert fw.levels["description"].tolist()[1] == (
        "Reviewers are members with additional capabilities and responsibilities."
    )
    assert _texts(fw, "Requirements", "Maintainer")[1] == (
        "Be nominated by another maintainer — they will inform you."
    )
    notes = _notes(result.report)
    assert "'Members are expected to' as 'Expectations'" in notes
    # prose beside the lists is set aside, not read as a statement
    assert "Members have no additional capabilities" in notes
    assert not fw.indicators["text"].str.contains("additional capabilities").any()


@pytest.mark.parametrize(
    "name",
    ["external-secrets-contributor-ladder.md", "web/external-secrets-contributor-ladder.html"],
)
def test_lists_named_in_bold_without_a_colon_read_as_a_ladder(name):
    """External Secrets names each role's lists "**Requirements**", "**Privileges**"."""
    fw = ingest(DATA / name).framework
    # "### 1) Contributor": the number is the roles' order, not their name
    assert fw.levels["level_name"].tolist() == [
        "Contributor",
        "Member",
        "Reviewer (per Specialty)",
        "Maintainer (Project-Wide)",
    ]
    assert fw.competencies["competency"].tolist() == ["Requirements", "Privileges"]
    assert len(fw.indicators) == 23
    assert _texts(fw, "Privileges", "Maintainer (Project-Wide)") == [
        "GitHub admin rights as needed.",
        "Release management authority.",
        "OSC / FOSSA Administrator",
        "Representation within CNCF.",
    ]
    # the specialty tracks, interim roles and processes after the roles are no level
    assert not fw.indicators["text"].str.contains("lazy consensus").any()


def test_a_page_of_one_level_reads_its_bold_names_as_competencies():
    """InDrive's "Senior I Engineer" page: "* **Delivery Process**: Owns ..." under its tracks."""
    result = ingest(DATA / "indrive-senior-i-engineer.md")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["Senior I Engineer"]
    comps = fw.competencies
    assert len(comps) == 17
    assert comps["competency"].tolist()[:3] == [
        "Delivery Process",
        "Design Adoption",
        "Design Process",
    ]
    assert comps["group"].unique().tolist() == [
        "Craftsmanship (C3)",
        "Impact (I2)",
        "Behavior (B1)",
    ]
    assert _texts(fw, "Promotion", "Senior I Engineer") == [
        "Creates services that are used by other teams."
    ]
    assert set(_grid(fw).values()) == {1}
    assert "each name once, on a page of one level" in _notes(result.report)


def test_a_front_matter_title_naming_a_level_is_the_pages_level():
    """InfraCloud gives each level a page, its name in the front matter alone."""
    result = ingest(DATA.parent / "ingest" / "infracloud-senior-engineer.md")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["Senior Engineer"]
    assert len(fw.indicators) == 25
    assert _grid(fw)[("Management", "Senior Engineer")] == 4
    assert "the front matter's title 'Senior Engineer' names a level" in _notes(result.report)
    # one section of items named in bold ("Enabling Traits") is no page of named competencies
    assert _texts(fw, "Enabling Traits", "Senior Engineer")[0].startswith("Tenacity: A lot of")


def test_a_web_page_of_one_level_reads_its_bold_names_as_competencies():
    """InDrive's page as a site prints it: "<li><strong>Delivery Process</strong>: Owns ...</li>"."""
    result = ingest(DATA / "web" / "indrive-senior-i-engineer.html")
    fw = result.framework
    assert fw.levels["level_name"].tolist() == ["Senior I Engineer"]
    assert len(fw.competencies) == 17
    # the quoted NOTE closing the last list is a note beside the lists, not two statements
    assert len(fw.indicators) == 17
    assert "the quoted block 'NOTE You can also find" in _notes(result.report)
    assert fw.competencies["group"].unique().tolist()[:2] == ["Craftsmanship (C3)", "Impact (I2)"]
    assert _texts(fw, "Delivery Process", "Senior I Engineer") == [
        "Owns delivery process by proficiency in building, testing, deploying and supporting "
        "solution components."
    ]


def test_a_web_ladders_recurring_bold_names_read_as_its_competencies(tmp_path):
    """Items opening with a bold name under every level name competencies, as in Markdown."""
    rows = "".join(
        f"<h2>{level}</h2><ul><li><strong>Scope</strong>: {level} scope.</li>"
        f"<li><b>Impact:</b> {level} impact.</li><li><strong>Craft</strong>: {level} craft.</li></ul>"
        for level in ("Junior", "Senior")
    )
    page = tmp_path / "ladder.html"
    page.write_text(f"<html><body><h1>Ladder</h1>{rows}</body></html>", encoding="utf-8")
    fw = ingest(page).framework
    assert fw.competencies["competency"].tolist() == ["Scope", "Impact", "Craft"]
    assert _texts(fw, "Impact", "Senior") == ["Senior impact."]
