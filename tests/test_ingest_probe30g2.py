"""Thirtieth probe, G2: Markdown and web pages, second wave.

- A table column of grade lines ("GS-01-04 – Level 2", the US Department of the Interior's
  model) is read in a web page and a Markdown table as in Word (``ingest/gradecolumns.py``):
  role profiles, not statements at "All levels"; a page holding nothing else is refused in
  words naming the roles, and a page with statements at the levels keeps the roles.
- A list item naming a level alone ("- **Level 1:**") over indented paragraphs is the level's
  heading (``ingest/mdlevelitems.py``), a first paragraph only repeating its number ("Industry
  L1") set aside; a table of the skills each role needs above such levels is read beside them
  (SkillChartPlus's skill descriptions: refused as role profiles only, now 236 statements).
  The same page as a browser shows it (``ingest/weblevelitems.py``) reads the same.
- A render's role needing a competency at no stated level ("no level stated") comes back.

The DOI page is the fifteenth round's public-domain fixture; the other pages are self-written.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError

DATA = Path(__file__).parent / "data"
DOI = DATA / "ingest" / "probe15-docs" / "doi-ibc-competencies.html"

_REFUSED = (
    ": no statements to read: the document holds role profiles only, 3 roles "
    "(GS-01-04, GS-05-06, GS-07-08) each needing a level of 6 competencies (Level 2, "
    "Level 3, Level 5), and no behaviour or indicator under a competency and a level; "
    "expected statements (a framework's behaviours) beside or below the competencies"
)


def _doi_markdown(path: Path) -> Path:
    """The DOI page's table as a Markdown pipe table, a cell's lines joined by ``<br>``."""
    page = DOI.read_text(encoding="utf-8")
    rows = re.findall(r"<tr>(.*?)</tr>", page, flags=re.S)
    cells = [[html.unescape(c) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", r)] for r in rows]
    lines = ["# Competency Model", "", *(f"| {' | '.join(r)} |" for r in cells[:1])]
    lines += ["|---|---|---|", *(f"| {' | '.join(r)} |" for r in cells[1:])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_web_pages_grade_lines_alone_are_refused_as_in_word():
    with pytest.raises(IngestError) as err:
        compkit.ingest(DOI)
    assert str(err.value) == str(DOI) + _REFUSED


def test_a_markdown_tables_grade_lines_alone_are_refused_as_in_word(tmp_path):
    path = _doi_markdown(tmp_path / "doi.md")
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    assert str(err.value) == str(path) + _REFUSED


def test_grade_lines_over_a_pages_levels_are_its_role_profiles(tmp_path):
    page = tmp_path / "model.md"
    page.write_text(
        "# Team Competency Model\n\n"
        "| Competency | Definition | Proficiency Level |\n|---|---|---|\n"
        "| Decision Making | Makes sound decisions. | GS-01-04 – Level 2<br>GS-05-06 – Level 3 |\n"
        "| Teamwork | Works well with others. | GS-01-04 – Level 3<br>GS-05-06 – Level 3 |\n\n"
        "## Decision Making\n\n### Level 2\n\n- Makes routine decisions within set guidance.\n\n"
        "### Level 3\n\n- Weighs options and their risks before deciding.\n\n"
        "## Teamwork\n\n### Level 2\n\n- Shares information with the team.\n\n"
        "### Level 3\n\n- Resolves conflicts within the team.\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(page).framework
    assert len(fw.indicators) == 4
    assert not [t for t in fw.indicators["text"] if t.startswith("GS-")]
    needs = sorted(
        fw.roles[["role", "competency", "level_name"]].itertuples(index=False, name=None)
    )
    assert needs == [
        ("GS-01-04", "Decision Making", "Level 2"),
        ("GS-01-04", "Teamwork", "Level 3"),
        ("GS-05-06", "Decision Making", "Level 3"),
        ("GS-05-06", "Teamwork", "Level 3"),
    ]


# SkillChartPlus's skill descriptions (no licence: kept outside the repository) set each level
# as a list item holding its name alone over indented paragraphs, under a table of the skills
# each role needs; these pages are self-written in that shape.
_SKILLS = """# Skill Descriptions

| Competency | Product Manager | Software Engineer |
|------------|-------------|-------------|
| **Domain knowledge** | | |
| [Industry](#industry) | x | |
| [Visual (UI)](#visual-(ui)) | x | x |

## Domain knowledge

### Industry

**Description:** Understanding of the workings of an industry

**Levels:**
- **Level 1:**

  Industry L1

  You know the industry's major players.

  You follow its trends.

- **Level 2:**

  Industry L2

  You apply industry knowledge to product strategy.

### Visual (UI)

**Description:** Designing what users see

**Levels:**
- **Level 1:**

  You follow the design system.
- **Level 2:**

  You extend the design system.
"""


def test_list_items_naming_a_level_alone_head_their_paragraphs(tmp_path):
    path = tmp_path / "skills.md"
    path.write_text(_SKILLS, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    cells = [(i.competency, i.level_name, i.text) for i in fw.indicators.itertuples()]
    assert cells == [
        ("Industry", "Level 1", "You know the industry's major players."),
        ("Industry", "Level 1", "You follow its trends."),
        ("Industry", "Level 2", "You apply industry knowledge to product strategy."),
        ("Visual (UI)", "Level 1", "You follow the design system."),
        ("Visual (UI)", "Level 2", "You extend the design system."),
    ]
    assert fw.competency_records[0].description == "Understanding of the workings of an industry"
    said = [n.message for n in result.report.notes]
    assert (
        "4 list items naming a level alone ('Level 1:', line 16) over indented paragraphs read "
        "as the levels' headings, their paragraphs as the text under them" in said
    )
    assert (
        "2 title lines repeating the level's number set aside ('Industry L1', line 18; "
        "'Industry L2', line 26)" in said
    )


def test_a_role_table_over_the_levels_is_read_beside_them(tmp_path):
    """The table of the skills each role needs no longer refuses the page as role profiles."""
    path = tmp_path / "skills.md"
    path.write_text(_SKILLS, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert len(fw.indicators) == 5
    needs = sorted(fw.roles[["role", "competency"]].itertuples(index=False, name=None))
    assert needs == [
        ("Product Manager", "Industry"),
        ("Product Manager", "Visual (UI)"),
        ("Software Engineer", "Visual (UI)"),
    ]


def test_one_item_naming_a_level_is_left_a_list_item(tmp_path):
    path = tmp_path / "one.md"
    path.write_text(
        "# Skills\n\n## Teamwork\n\n- Shares what they know.\n- **Level 1:**\n\n"
        "  Note: levels are described in the handbook.\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    assert not [n for n in result.report.notes if "naming a level alone" in n.message]


@pytest.mark.parametrize("to", ["md"])
def test_a_role_needing_no_stated_level_comes_back_from_a_render(tmp_path, to):
    """The render prints "no level stated" for a role needing a skill at no level (an "x")."""
    path = tmp_path / "skills.md"
    path.write_text(_SKILLS, encoding="utf-8")
    fw = compkit.ingest(path).framework
    back = compkit.ingest(compkit.render(fw, tmp_path / f"r.{to}")).framework
    assert sorted(back.indicators["text"]) == sorted(fw.indicators["text"])
    pairs = ["role", "competency"]
    assert sorted(back.roles[pairs].itertuples(index=False, name=None)) == sorted(
        fw.roles[pairs].itertuples(index=False, name=None)
    )
    assert len(back.roles) == 3


def test_a_web_pages_items_naming_a_level_alone_head_their_paragraphs(tmp_path):
    """The same levels as a browser shows the Markdown: each item's paragraphs, ``<p>``."""
    path = tmp_path / "skills.html"
    path.write_text(
        "<html><body><h1>Skill Descriptions</h1><h2>Domain knowledge</h2><h3>Industry</h3>\n"
        "<p><strong>Levels:</strong></p>\n<ul>\n"
        "<li><p><strong>Level 1:</strong></p>\n<p>Industry L1</p>\n"
        "<p>You know the industry's major players.</p>\n<p>You follow its trends.</p></li>\n"
        "<li><p><strong>Level 2:</strong></p>\n<p>Industry L2</p>\n"
        "<p>You apply industry knowledge to product strategy.</p></li>\n</ul>\n"
        "<h3>Competitors</h3>\n<ul>\n"
        "<li><p><strong>Level 1:</strong></p>\n<p>You know the main competitors.</p></li>\n"
        "<li><p><strong>Level 2:</strong></p>\n<p>You anticipate their moves.</p></li>\n"
        "</ul></body></html>\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    fw = result.framework
    cells = [(i.competency, i.level_name, i.text) for i in fw.indicators.itertuples()]
    assert cells == [
        ("Industry", "Level 1", "You know the industry's major players."),
        ("Industry", "Level 1", "You follow its trends."),
        ("Industry", "Level 2", "You apply industry knowledge to product strategy."),
        ("Competitors", "Level 1", "You know the main competitors."),
        ("Competitors", "Level 2", "You anticipate their moves."),
    ]
    said = [n.message for n in result.report.notes]
    assert (
        "4 list items naming a level alone ('Level 1:', line 4) read as the levels' headings, "
        "their paragraphs as the text under them" in said
    )
    assert (
        "2 title lines repeating the level's number set aside ('Industry L1', line 5; "
        "'Industry L2', line 9)" in said
    )
