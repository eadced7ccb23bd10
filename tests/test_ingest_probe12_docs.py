"""Twelfth probe, documents: named list items under levels, "All Levels", a heading set beside.

Fixtures quote short excerpts of real public frameworks, word for word, in the file a user
would have (the publishers state no licence for the ladders, so only a few lines are quoted,
for testing):

- Sourcegraph's engineering career development framework (handbook, Markdown as published):
  "## All Levels" over "- Impact" with a nested list, then "## IC1" ... each over items
  "- Impact: ...", "- Scope: ...", "- Teamwork:" over a nested list.
- Sarah Drasner's engineering career ladders (sdras/career-ladders, the engineering and the
  developer-experience ladders, HTML): "Engineer I" ... "Distinguished Engineer", then a
  closing "Misc: Tech Lead" whose text says anyone can be one at any stage.
- WSX Mind's competency framework (compkit's bundled framework, CC BY 4.0) and the
  University of Florida's job competency pages: an "Introduction" heading over paragraphs.
"""

from __future__ import annotations

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_SOURCEGRAPH = """\
# Sourcegraph engineering career development framework

## What are the expectations of my role?

We have shared expectations for all engineers, regardless of level or role.

## All Levels

- Impact

  - Directly contributes to achieving the company’s strategic goals and long term success.

- Scope

  - Has high productivity and output, with frequent and meaningful commits.
  - Ships regularly.

## IC1

- Impact: Delivers clearly defined projects of small to medium technical risk.

- Scope: Primarily focuses on their team’s code. Utilizes general software engineering knowledge.

- Teamwork: Generally works with a handful of people, primarily engineers, PM, and design partners on their team.

## IC2

- Impact: Clarifies project scope and delivers projects of medium to high technical risk.

- Scope: Primarily focuses on their team’s code and architecture. Pulls on broader knowledge of Sourcegraph.

- Teamwork: Actively contributes to a collaborative and respectful team culture.
  Collaborates across teams, focused on their direct areas of work.

## IC3

- Impact: Delivers highly technical, open-ended, potentially ambiguously defined projects.

- Scope: Often works on components outside their immediate domain.

- Teamwork:
  - Actively mentors junior team members.
  - Gives feedback which influences the work of others.
"""


def _write(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_named_items_under_each_level_name_their_competencies(tmp_path):
    """Sourcegraph's IC track: 'Impact: ...' items were one competency named after the title."""
    result = ingest(_write(tmp_path, _SOURCEGRAPH, "sourcegraph.md"))
    cells = cells_by_name(result.document)
    assert [lv["name"] for lv in result.document["levels"]] == ["All Levels", "IC1", "IC2", "IC3"]
    assert cells["Impact", "IC1"] == [
        "Delivers clearly defined projects of small to medium technical risk."
    ]
    assert cells["Teamwork", "IC2"] == [  # the item's next line goes on, as Markdown reads it
        "Actively contributes to a collaborative and respectful team culture. Collaborates "
        "across teams, focused on their direct areas of work."
    ]
    assert cells["Teamwork", "IC3"] == [  # a name over its nested list: each item a statement
        "Actively mentors junior team members.",
        "Gives feedback which influences the work of others.",
    ]
    assert cells["Scope", "All Levels"] == [
        "Has high productivity and output, with frequent and meaningful commits.",
        "Ships regularly.",
    ]
    assert {c for c, _ in cells} == {"Impact", "Scope", "Teamwork"}
    assert sum(map(len, cells.values())) == 13
    said = result.report.to_frame()["message"].tolist()
    assert any("list items open with a name followed by a colon" in m for m in said)


def test_a_glossary_under_one_heading_stays_as_written(tmp_path):
    """'- Term: meaning' under one heading only names no competency (no recurring names)."""
    text = (
        "# Ladder\n\n## Terms\n\n- Impact: The difference made.\n- Scope: The breadth.\n\n"
        "## Engineer I\n\n- Ships small features.\n- Reviews code.\n\n"
        "## Engineer II\n\n- Ships large features.\n- Mentors others.\n"
    )
    result = ingest(_write(tmp_path, text, "terms.md"))
    assert "Impact" not in {c["name"] for c in result.document["competencies"]}


def _drasner(title: str, levels: list[str]) -> str:
    items = "".join(
        f"<h2>{name}</h2><ul><li>Works on {name.lower()} tasks.</li>"
        f"<li>Learns from {name.lower()} peers.</li></ul>"
        for name in levels
    )
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{items}"
        "<h2>Misc: Tech Lead</h2><p>A Tech Lead is responsible for leading a particular "
        "project, and responsible for the quality of its technical deliverables.</p>"
        '<p class="italic">Anyone can be a tech lead at any stage in their career.</p>'
        "<ul><li>May at times involve mentoring folks and pair programming.</li>"
        "<li>Helps organize and facilitate productive feedback and feedback sessions with "
        "stakeholders.</li></ul></body></html>"
    )


def test_a_misc_heading_after_the_ladder_is_no_level(tmp_path):
    """Drasner's two ladders: 'Misc: Tech Lead' was a seventh level above Distinguished."""
    for name, title, levels in [
        (
            "drasner.html",
            "Engineering Career Ladder",
            ["Engineer I", "Engineer II", "Senior Engineer", "Staff Engineer",
             "Principal Engineer", "Distinguished Engineer"],
        ),
        (
            "drasner-devex.html",
            "Developer Experience Career Ladder",
            ["DX Engineer I", "DX Engineer II", "Senior DX Engineer", "Staff DX Engineer",
             "Principal DX Engineer", "Distinguished DX Engineer"],
        ),
    ]:  # fmt: skip
        result = ingest(_write(tmp_path, _drasner(title, levels), name))
        assert [lv["name"] for lv in result.document["levels"]] == levels
        texts = [s["text"] for c in result.document["competencies"] for s in c["indicators"]]
        assert len(texts) == 12
        assert not any("pair programming" in t for t in texts)
        said = result.report.to_frame()["message"].tolist()
        assert any("'Misc: Tech Lead'" in m and "set aside" in m for m in said)


_INTRO = """\
# {title}

## Introduction

{first}

{second}

## {competency}

### Level 1

- {one}

### Level 2

- {two}
"""


def test_an_introduction_heading_s_paragraphs_keep_their_own_lines(tmp_path):
    """WSX, UF: every paragraph of an 'Introduction' read as a competency was on its heading's line."""
    for name, fields in [
        (
            "wsx.md",
            dict(
                title="WSX Mind Competency Framework",
                first="A Competency Framework defines the skills and abilities needed for "
                "employees within an organisation.",
                second="Individual competencies are directly aligned with WSX Mind’s core values.",
                competency="Communication",
                one="Listens to others.",
                two="Explains clearly.",
            ),
        ),
        (
            "uf.md",
            dict(
                title="Teamwork",
                first="Understanding of the necessity and value of teamwork.",
                second="Ability to work effectively as part of a team.",
                competency="Teamwork",
                one="Explains the importance of a cohesive work effort.",
                two="Explains own role and responsibility within team.",
            ),
        ),
    ]:
        result = ingest(_write(tmp_path, _INTRO.format(**fields), name))
        intro = {p["text"]: p["source"]["lines"] for p in result.document["introduction"]}
        assert intro[fields["first"]] == [5]
        assert intro[fields["second"]] == [7]


_SOURCEGRAPH_PAGE = """\
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sourcegraph engineering career development framework - Sourcegraph Handbook</title></head>
<body><nav><a href="/">Handbook</a> <a href="/engineering">Engineering</a></nav><main>
<h1>Sourcegraph engineering career development framework</h1>
<h2>IC1</h2>
<ul><li>Impact: Delivers clearly defined projects of small to medium technical risk.</li>
<li>Scope: Primarily focuses on their team’s code. Utilizes general software engineering knowledge.</li>
<li>Teamwork: Generally works with a handful of people, primarily engineers, PM, and design partners on their team.</li></ul>
<h2>IC2</h2>
<ul><li>Impact: Clarifies project scope and delivers projects of medium to high technical risk.</li>
<li>Scope: Primarily focuses on their team’s code and architecture.</li>
<li>Teamwork: Actively contributes to a collaborative and respectful team culture.</li></ul>
<h2>IC3</h2>
<ul><li>Impact: Delivers highly technical, open-ended, potentially ambiguously defined projects.</li>
<li>Scope: Often works on components outside their immediate domain.</li>
<li>Teamwork:<ul><li>Actively mentors junior team members.</li>
<li>Gives feedback which influences the work of others.</li></ul></li></ul>
</main><footer><p>Edit this page on GitHub</p></footer></body></html>
"""


def test_named_items_on_the_web_page_name_their_competencies(tmp_path):
    """The handbook page as a browser saves it: the same items, the same reading."""
    result = ingest(_write(tmp_path, _SOURCEGRAPH_PAGE, "sourcegraph.html"))
    cells = cells_by_name(result.document)
    assert {c for c, _ in cells} == {"Impact", "Scope", "Teamwork"}
    assert [lv["name"] for lv in result.document["levels"]] == ["IC1", "IC2", "IC3"]
    assert cells["Teamwork", "IC3"] == [
        "Actively mentors junior team members.",
        "Gives feedback which influences the work of others.",
    ]
    assert cells["Scope", "IC2"] == ["Primarily focuses on their team’s code and architecture."]
    said = result.report.to_frame()["message"].tolist()
    assert sum("list items open with a name followed by a colon" in m for m in said) == 1
