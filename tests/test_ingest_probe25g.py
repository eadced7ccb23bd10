"""Round 25, helper G: Markdown and web-page frameworks never seen before.

Fixtures in ``tests/data/probe25g/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe25g"


def _descriptions(fw) -> dict[str, str]:
    frame = fw.competencies
    return dict(zip(frame["competency"], frame["description"].fillna(""), strict=True))


@pytest.mark.parametrize(
    ("name", "first", "opening", "n"),
    [
        (
            "skylight-data-scientist.md",
            "Strategic and policy thinking",
            "You engage with stakeholders to identify appropriate and impactful questions",
            7,
        ),
        (
            "skylight-security-engineer.md",
            "Risk detection",
            "Part of a good security posture is remaining ever vigilant.",
            5,
        ),
    ],
)
def test_required_skills_ahead_of_the_levels_are_the_competencies_descriptions(
    name, first, opening, n
):
    got = ingest(DATA / name)
    fw = got.framework
    described = _descriptions(fw)
    assert len(described) == n
    assert all(described.values()), described
    assert described[first].startswith(opening)
    assert len(fw.levels) == 6
    assert "Required skills" not in fw.levels["level_name"].tolist()
    intro = " ".join(p.text for p in fw.introduction)
    assert opening not in intro
    said = [n.message for n in got.report.notes]
    assert f"'Required skills' read as the descriptions of {n} competencies" in said


_AHEAD = """# Support ladder

### Skills

#### Writing

Writing is how we explain our work to others.

#### Testing

Testing is how we know our work does what it should.

## Pathway

### Junior

#### What this level asks

##### Writing

You write clear notes.

##### Testing

You run the tests before each change.

### Senior

#### What this level asks

##### Writing

You edit the team's guides.

##### Testing

You design the test plan of a release.
"""


def test_a_list_of_definitions_ahead_of_the_levels_is_read_as_descriptions(tmp_path):
    # self-written, in the shape of Skylight's pathways: the names stand a rank deeper later
    path = tmp_path / "ladder.md"
    path.write_text(_AHEAD, encoding="utf-8")
    fw = ingest(path).framework
    assert fw.levels["level_name"].tolist() == ["Junior", "Senior"]
    assert _descriptions(fw) == {
        "Writing": "Writing is how we explain our work to others.",
        "Testing": "Testing is how we know our work does what it should.",
    }
    assert len(fw.indicators) == 4
    # every level in prose under the same headings as the list: the list is a level
    same = _AHEAD.replace("## Pathway\n\n", "").replace("#### What this level asks\n\n", "")
    same = same.replace("##### ", "#### ").replace("### Skills", "### Trainee")
    path.write_text(same, encoding="utf-8")
    fw = ingest(path).framework
    assert fw.levels["level_name"].tolist() == ["Trainee", "Junior", "Senior"]
    assert not any(_descriptions(fw).values())
    assert len(fw.indicators) == 6


def test_an_entry_named_in_full_matches_its_short_form_under_the_levels(tmp_path):
    # Skylight's content designer: "User experience (UX) writing" ahead, "UX writing" below
    text = _AHEAD.replace("##### Testing", "##### QA testing")
    text = text.replace("#### Testing\n", "#### Quality assurance (QA) testing\n")
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    got = ingest(path)
    assert _descriptions(got.framework) == {
        "Writing": "Writing is how we explain our work to others.",
        "QA testing": "Testing is how we know our work does what it should.",
    }
    said = [n.message for n in got.report.notes]
    assert (
        "'Skills' read as the descriptions of 2 competencies ('Quality assurance (QA) testing' as "
        "'QA testing', its name under the levels)"
    ) in said


def test_a_web_page_listing_its_skills_ahead_of_the_levels_gives_their_descriptions(tmp_path):
    # the same shape as a web page's headings (self-written)
    body = ["<h1>Support ladder</h1>", "<h3>Skills</h3>"]
    body += [f"<h4>{n}</h4><p>{n} is part of the job.</p>" for n in ("Writing", "Testing")]
    body.append("<h2>Pathway</h2>")
    for level in ("Junior", "Senior"):
        body += [f"<h3>{level}</h3>", "<h4>What this level asks</h4>"]
        body += [f"<h5>{n}</h5><p>{level}: {n}.</p>" for n in ("Writing", "Testing")]
    path = tmp_path / "ladder.html"
    path.write_text(f"<html><body><main>{''.join(body)}</main></body></html>", encoding="utf-8")
    fw = ingest(path).framework
    assert fw.levels["level_name"].tolist() == ["Junior", "Senior"]
    assert _descriptions(fw) == {
        "Writing": "Writing is part of the job.",
        "Testing": "Testing is part of the job.",
    }
    assert len(fw.indicators) == 4


def test_a_list_item_holding_only_a_comment_is_no_part_of_the_item_above(tmp_path):
    # the CNCF contributor ladder template's "* For inquiries, please reach out to:" over
    # "    *  <!-- TODO: fill in contact info ... -->" (self-written in its shape)
    text = """# Ladder

## Junior

### Contact

- Reach out to the maintainers:
    *  <!-- TODO: fill in contact info -->
- Joins the community call.

## Senior

### Contact

- Runs the community call.
"""
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    texts = ingest(path).framework.indicators["text"].tolist()
    assert texts == [
        "Reach out to the maintainers:",
        "Joins the community call.",
        "Runs the community call.",
    ]


def test_a_level_whose_headings_are_its_own_between_two_levels_stays_a_level():
    """Loan Market's "Senior QA/QE Engineer", between two levels, is no guidance beside them."""
    fw = ingest(DATA / "loanmarket-qa-qe.md").framework
    assert "Senior QA/QE Engineer" in fw.levels["level_name"].tolist()
    assert len(fw.levels) == 6
    senior = fw.indicators[fw.indicators["level_name"] == "Senior QA/QE Engineer"]
    assert len(senior) == 38


def test_words_in_capitals_are_no_evidence_of_a_spelling():
    """Skylight's security engineer names "NIST and MITRE": no British "mitre" (en-US, not en-GB)."""
    fw = ingest(DATA / "skylight-security-engineer.md").framework
    assert fw.language == "en-US"
