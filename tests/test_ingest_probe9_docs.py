"""Ninth probe, documents: shapes met on real frameworks, pinned on self-written fixtures.

Each fixture is written here in the shape of a real public framework (the real files are not
redistributable, or are long; the figures measured on them are in the commit messages):

- Basecamp's job ladders (basecamp/handbook, ``titles-for-programmers.md`` and its designer,
  ops and QA siblings) write a group of rows in a Markdown table as a row whose first cell alone
  is filled (``| **Skill** |  |  |``); Word authors type the same row without merging it.
- The Australian Public Service Commission's "ILS APS 1-6 comparative" Word file captions each
  table with its capability ("Table 1 - Supports strategic direction", Word's Caption style)
  and opens with a caption-styled title.
- A product ladder on GitHub (jduartea/forest, ``career-framework/product/levels``) draws a
  Mermaid radar chart per level in fenced code, and gives each row of its level table a bare
  scale number ("| Strategy | 2 | Understands ... |") under a "Level" column.
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest
from compkit.testing import cells_by_name

docx = pytest.importorskip("docx")

GROUPED = """# Titles for Testers

| Category | Tester (L1) | Senior Tester (L2) |
| ----- | ----- | ----- |
| **Skill** |  |  |
| *Mastery* | Follows the test plans of the team. | Writes the test plans of the team. |
| *Scope* | Works on small, routine checks. | Owns the checks of a whole feature. |
| **Engagement** |  |  |
| *Ownership* | Finishes the checks given to them. | Sees a release through to its end. |
"""


def _read(path):
    """The framework document read and its report's messages."""
    result = ingest(path)
    result.framework  # noqa: B018 -- it validates
    return result.document, result.report


_statements = cells_by_name


def _groups(doc: dict) -> list[str]:
    return [g["name"] for g in doc.get("groups", [])]


def _members(doc: dict) -> dict[str, str | None]:
    return {c["name"]: c.get("group") for c in doc["competencies"]}


def _count(doc: dict) -> int:
    return sum(len(c.get("indicators", [])) for c in doc["competencies"])


def _messages(report) -> list[str]:
    return report.to_frame()["message"].tolist()


def test_markdown_group_rows_without_merged_cells_are_groups(tmp_path):
    path = tmp_path / "testers.md"
    path.write_text(GROUPED, encoding="utf-8")
    fw, report = _read(path)
    assert _groups(fw) == ["Skill", "Engagement"]
    assert _members(fw) == {
        "Mastery": "skill",
        "Scope": "skill",
        "Ownership": "engagement",
    }
    assert _statements(fw)[("Scope", "Senior Tester (L2)")] == [
        "Owns the checks of a whole feature."
    ]
    assert _count(fw) == 6
    messages = " ".join(_messages(report))
    assert "blank" not in messages  # the group rows are no blank cells of a competency


def test_a_blank_row_further_down_stays_a_competency_left_blank(tmp_path):
    page = GROUPED.replace("| **Skill** |  |  |\n", "").replace("**Engagement**", "*Teaching*")
    path = tmp_path / "testers.md"
    path.write_text(page, encoding="utf-8")
    fw, report = _read(path)
    assert not _groups(fw)
    assert [c["name"] for c in fw["competencies"]] == ["Mastery", "Scope", "Ownership"]
    assert "'Teaching' was read as a competency but holds no statement" in " ".join(
        _messages(report)
    )


def test_word_group_rows_typed_without_merging(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Titles for Testers", style="Title")
    rows = [r.split(" | ") for r in GROUPED.splitlines()[2:] if r and "-----" not in r]
    table = doc.add_table(rows=0, cols=3)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text.strip("| *")
    path = tmp_path / "testers.docx"
    doc.save(path)
    fw, _ = _read(path)
    assert _groups(fw) == ["Skill", "Engagement"]
    assert _count(fw) == 6


def _captioned(tmp_path, *, figure: bool = False):
    doc = docx.Document()
    doc.add_paragraph("Leadership capabilities: levels 1-2 compared", style="Caption")
    for n, (group, rows) in enumerate(
        [
            (
                "Sets direction",
                [
                    ("Thinks ahead", "Plans own tasks.", "Plans the team's work."),
                    ("Shares purpose", "Knows the team's goals.", "Explains the team's goals."),
                ],
            ),
            (
                "Gets results",
                [
                    ("Uses resources well", "Tracks own time.", "Tracks team costs."),
                    ("Finishes work", "Completes own tasks.", "Sees projects through."),
                ],
            ),
        ],
        1,
    ):
        if figure and n == 1:
            doc.add_paragraph("Figure 1 The leadership model", style="Caption")
            doc.add_paragraph("The model has two capabilities.")
        doc.add_paragraph(f"Table {n} - {group}", style="Caption")
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ["", "Level 1", "Level 2"], strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    path = tmp_path / "compared.docx"
    doc.save(path)
    return _read(path)


def test_word_table_captions_name_groups_and_a_leading_caption_is_the_title(tmp_path):
    fw, _ = _captioned(tmp_path)
    assert fw["title"] == "Leadership capabilities: levels 1-2 compared"
    assert _groups(fw) == ["Sets direction", "Gets results"]
    assert _members(fw) == {
        "Thinks ahead": "sets-direction",
        "Shares purpose": "sets-direction",
        "Uses resources well": "gets-results",
        "Finishes work": "gets-results",
    }
    assert not fw.get("introduction")  # the captions were the framework's own words, now placed
    assert _statements(fw)[("Uses resources well", "Level 2")] == ["Tracks team costs."]


def test_a_figure_caption_stays_text(tmp_path):
    fw, _ = _captioned(tmp_path, figure=True)
    assert _groups(fw) == ["Sets direction", "Gets results"]
    assert "Figure 1 The leadership model" in [p["text"] for p in fw["introduction"]]


LADDER = """# Product Levels

```mermaid
radar-beta
  axis str["Strategy"], exe["Execution"]
  curve ic1["IC1"]{1, 1}
```

### Level 1: Associate (IC1)

*   **Summary:** A learner who ships small features under guidance.

```mermaid
radar-beta
  curve ic1["IC1"]{1, 1}
```

| Axis | Level | Description |
| :--- | :--- | :--- |
| Strategy | 1 | Understands the goals of one feature and asks a peer how it serves the product. |
| Execution | 1 | Manages a backlog of small, well-defined tasks and says clearly how far each one has got. |

### Level 2: Product Manager (IC2)

*   **Summary:** A reliable contributor who ships features alone.

| Axis | Level | Description |
| :--- | :--- | :--- |
| Strategy | 2 | Connects their work to the team's goals and makes trade-offs inside a feature to serve them. |
| Execution | 1 | Manages a backlog of small, well-defined tasks and says clearly how far each one has got. |
"""


def test_code_blocks_and_scale_numbers_are_not_statements(tmp_path):
    path = tmp_path / "pm.md"
    path.write_text(LADDER, encoding="utf-8")
    fw, report = _read(path)
    assert [lv["name"] for lv in fw["levels"]] == [
        "Level 1: Associate (IC1)",
        "Level 2: Product Manager (IC2)",
    ]
    said = fw["levels"][0]["description"]  # the summary bullet, its marker markup, not words
    assert said.endswith("A learner who ships small features under guidance.")
    assert not said.startswith("*")
    assert _statements(fw) == {
        ("Strategy", "Level 1: Associate (IC1)"): [
            "Understands the goals of one feature and asks a peer how it serves the product."
        ],
        ("Execution", "Level 1: Associate (IC1)"): [
            "Manages a backlog of small, well-defined tasks and says clearly how far each one has got."
        ],
        ("Strategy", "Level 2: Product Manager (IC2)"): [
            "Connects their work to the team's goals and makes trade-offs inside a feature to serve them."
        ],
        ("Execution", "Level 2: Product Manager (IC2)"): [
            "Manages a backlog of small, well-defined tasks and says clearly how far each one has got."
        ],
    }
    messages = _messages(report)
    assert "2 fenced code blocks ('mermaid') set aside: code, not text" in messages
    assert any("the 'Level' column holds only numbers (2, 1)" in m for m in messages)
    assert not any("radar" in m or "curve" in m for m in messages)
    assert not report.unread()


def test_an_unclosed_fence_is_left_as_text(tmp_path):
    path = tmp_path / "pm.md"
    path.write_text(LADDER.replace("```\n\n### Level 1", "\n### Level 1", 1), encoding="utf-8")
    _, report = _read(path)
    assert "1 fenced code block ('mermaid') set aside: code, not text" in _messages(report)


def test_introduction_bullets_lose_their_markers(tmp_path):
    page = "# Titles for Testers\n\n## Leads\n\nLeads are responsible for:\n- Reviewing plans.\n\n"
    path = tmp_path / "testers.md"
    path.write_text(page + GROUPED.split("\n", 2)[2], encoding="utf-8")
    fw, _ = _read(path)
    assert "Reviewing plans." in [p["text"] for p in fw["introduction"]]


PROGRESSION = """# Tester // Progression Framework

The descriptions are split into the following categories:

### Good tests
We believe that tests make for systems that last.

## Associate Tester
_Testers usually spend 1 year in this role._

### Good tests
- You write simple checks that others can read.
- You run the checks before every merge.

### Additional reading
- The Testing Pyramid
- Linting

## Tester

**Time expectation**: Testers are expected to use about
20 percent of their time on reviews.

### Good tests
- You write checks for whole features.

### Additional reading
- Property-based testing
"""


def test_reading_lists_are_not_statements(tmp_path):
    """Abtion's progression framework closes each level with "Additional reading" (GDS's pages
    with "External resources"): titles to read, reported once, never statements."""
    path = tmp_path / "progression.md"
    path.write_text(PROGRESSION, encoding="utf-8")
    fw, report = _read(path)
    assert [c["name"] for c in fw["competencies"]] == ["Good tests"]
    assert _count(fw) == 3
    messages = _messages(report)
    assert (
        "the lists under 'Additional reading' (2 sections) are reading, not statements: not read"
        in messages
    )
    assert not any("Linting" in m or "Pyramid" in m for m in messages)


def test_a_competency_named_reading_is_kept(tmp_path):
    """A bare "Reading" names a skill (CEFR's): only a qualified name is a reading list."""
    page = PROGRESSION.replace("### Additional reading", "### Reading")
    path = tmp_path / "progression.md"
    path.write_text(page, encoding="utf-8")
    fw, _ = _read(path)
    assert [c["name"] for c in fw["competencies"]] == ["Good tests", "Reading"]


def test_a_level_description_wrapped_over_lines_reads_as_one_paragraph(tmp_path):
    path = tmp_path / "progression.md"
    path.write_text(PROGRESSION, encoding="utf-8")
    fw, _ = _read(path)
    assert fw["levels"][1]["description"] == (
        "Time expectation: Testers are expected to use about 20 percent of their time on reviews."
    )


PAGE = """<!DOCTYPE html><html><head><title>Tester profile | Example Commission</title></head>
<body>
<header><a href="/">Example Public Service Commission</a>
<ul><li><a href="/about">About us</a></li><li><a href="/learn">Learn</a></li></ul></header>
<main>{header}
<h2>Achieves results</h2>
<h3>Uses resources wisely</h3>
<ul><li>Tracks the time each task takes.</li><li>Alerts the team early when work is late.</li></ul>
<h3>Finishes work</h3>
<ul><li>Sees each task through to its end.</li></ul>
<h2>Works with others</h2>
<h3>Listens</h3>
<ul><li>Listens to colleagues and clients.</li></ul>
<h3>Shares learning</h3>
<ul><li>Shares what they learn with the team.</li></ul>
</main>
<footer><p>Copyright</p></footer>
</body></html>
"""


@pytest.mark.parametrize(
    "header", ["<h1>Tester profile</h1>", "<header><h1>Tester profile</h1></header>"]
)
def test_a_site_banner_beside_main_is_not_the_title(tmp_path, header):
    """A saved page's banner (the site's name and links, in a <header> beside <main>) is the
    site's, not the framework's; a header inside <main> holds the page's own h1."""
    path = tmp_path / "profile.html"
    path.write_text(PAGE.format(header=header), encoding="utf-8")
    fw, report = _read(path)
    assert fw["title"] == "Tester profile"
    assert _count(fw) == 5
    assert not any("About us" in m or "Commission" in m for m in _messages(report))


def test_an_html_table_caption_names_its_table(tmp_path):
    """A web page's <caption> titles its table as Word's caption does (it was dropped unread)."""
    rows = "".join(
        f"<tr><td>{name}</td><td>{a}</td><td>{b}</td></tr>"
        for name, a, b in [
            ("Thinks ahead", "Plans own tasks.", "Plans the team's work."),
            ("Shares purpose", "Knows the team's goals.", "Explains the team's goals."),
        ]
    )
    head = "<thead><tr><th></th><th>Level 1</th><th>Level 2</th></tr></thead>"
    page = (
        "<html><body><main><h1>Capabilities compared</h1>"
        f"<table><caption>Table 1 - Sets direction</caption>{head}<tbody>{rows}</tbody></table>"
        f"<table><caption>Table 2 - Gets results</caption>{head}"
        f"<tbody>{rows.replace('Thinks ahead', 'Tracks time').replace('Shares', 'Serves')}"
        "</tbody></table></main></body></html>"
    )
    path = tmp_path / "compared.html"
    path.write_text(page, encoding="utf-8")
    fw, _ = _read(path)
    assert fw["title"] == "Capabilities compared"
    assert _groups(fw) == ["Sets direction", "Gets results"]
    assert _members(fw)["Serves purpose"] == "gets-results"
    assert _count(fw) == 8
