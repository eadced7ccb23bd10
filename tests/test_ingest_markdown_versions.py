"""Markdown that changed between real versions of a framework must read the same way.

Monzo's progression framework (https://github.com/monzo/progression-framework, MIT licence)
wrote each page in Markdown until it moved the framework into YAML front matter. The Markdown
pages separate levels with a thematic break ("---") and give a criterion its examples in a
block quote indented under its bullet (``> **Examples**``), or in a nested bullet. The
excerpts below are cut from ``frameworks/engineering/backend.md`` at commit b834feb, word for
word. Every Markdown-era version gained "---" statements, quoted examples read as statements,
and lost "Writes idiomatic Go code" and "Implements complex RPC handlers" (probe 12, D6).

Engineering Ladders (https://github.com/jorgef/engineeringladders, Apache License 2.0) added a
trailing "# Other Pages" (links) to its Developer page, and from then on every version was
titled after its file name (D7); the corpus copy (``tests/data/corpus/raw``) has that h1.
The other fixtures are our own words.
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.mdlists import blockquotes, thematic_breaks

CORPUS = Path(__file__).parent / "data" / "corpus"


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _cells(result) -> dict[tuple[str, str], list[str]]:
    levels = {lv["id"]: lv["name"] for lv in result.document["levels"]}
    out: dict[tuple[str, str], list[str]] = {}
    for c in result.document["competencies"]:
        for i in c["indicators"]:
            out.setdefault((c["name"], levels[i["level"]]), []).append(i["text"])
    return out


# Monzo backend.md at b834feb (MIT): levels 2 and 3 of Mastery, cut at the level boundaries
MONZO = """\
## Level 2
### Mastery
- Writes automated unit and acceptance tests

- Implements simple RPC handlers

    > **Examples**
    >
    > Basic CRUD handlers, Internal/external API proxies, etc.

- Designs simple database tables

### Communication & Feedback
- Writes PR descriptions that provide context and provide rationale for significant decisions

\t> *“I decided to X instead of Y here, I also considered Z but for these reasons I went with X”*

---

## Level 3
### Mastery
- Writes idiomatic Go code

\t- Follows the guidelines in [Effective Go](https://golang.org/doc/effective_go.html), \
avoids using patterns that are idiomatic in other languages

- Uses appropriate design patterns

- Implements complex RPC handlers

\t- Implements complex business logic, orchestrates multi-stage processes, deals with \
idempotency or distributed data sources

- Designs new schemas comprising multiple tables

### Communication & Feedback
- Provides context and background on the codebase to help others

---
"""


def test_a_thematic_break_is_never_a_statement(tmp_path):
    result = _ingest(tmp_path, "backend.md", MONZO)
    texts = [t for cell in _cells(result).values() for t in cell]
    assert "---" not in texts
    assert _cells(result)["Communication & Feedback", "Level 2"] == [
        "Writes PR descriptions that provide context and provide rationale for significant "
        "decisions"
    ]


def test_a_quote_under_a_bullet_is_that_bullets_example_not_a_statement(tmp_path):
    result = _ingest(tmp_path, "backend.md", MONZO)
    assert _cells(result)["Mastery", "Level 2"] == [
        "Writes automated unit and acceptance tests",
        "Implements simple RPC handlers",  # its words alone, as the source writes them
        "Designs simple database tables",
    ]
    unused = [n for n in result.report.notes if n.kind == "unused"]
    quoted = [n for n in unused if "Basic CRUD handlers" in n.message]
    assert len(quoted) == 1
    assert "inside the list item 'Implements simple RPC handlers' (line 5)" in quoted[0].message
    assert quoted[0].where == "lines 7-9"
    said = [n.message for n in unused if "I decided to X" in n.message]
    assert said and "'Writes PR descriptions that provide context" in said[0]


def test_a_bullet_over_its_nested_example_is_never_lost(tmp_path):
    result = _ingest(tmp_path, "backend.md", MONZO)
    level3 = _cells(result)["Mastery", "Level 3"]
    assert level3[0] == "Writes idiomatic Go code"
    assert "Implements complex RPC handlers" in level3
    # a nested item under a whole statement is read as compkit reads nested lists (and <li>):
    # a statement of its own, after its parent
    assert level3[1].startswith("Follows the guidelines in Effective Go, avoids")
    assert [c["name"] for c in result.document["competencies"]] == [
        "Mastery",
        "Communication & Feedback",
    ]


BOLD_LEVELS = """\
# Widget Making

## Planning
- **Beginner**
  - Reads a widget plan.
- **Expert**
  - Writes widget plans for others.

## Building
- **Beginner**
  - Builds a widget from a plan.
- **Expert**
  - Builds widgets no plan covers.
"""


def test_bold_bullets_over_nested_lists_still_name_levels(tmp_path):
    result = _ingest(tmp_path, "widgets.md", BOLD_LEVELS)
    assert [lv["name"] for lv in result.document["levels"]] == ["Beginner", "Expert"]
    assert _cells(result)["Building", "Expert"] == ["Builds widgets no plan covers."]


def test_thematic_breaks_and_setext_underlines():
    lines = ["- Ships", "***", "", "Planning", "---", "- Plans", "", "_ _ _", "| a |", "---"]
    want = ["- Ships", "", "", "## Planning", "", "- Plans", "", "", "| a |", ""]
    assert thematic_breaks(lines) == want  # a rule under a table row is no underline


def test_a_quote_at_the_margin_is_still_beside_the_lists():
    out, notes = blockquotes(["> Read this first.", "", "- Ships", "  more words", "- Plans"])
    assert out == ["", "", "- Ships", "  more words", "- Plans"]
    assert "(a note or summary beside the lists)" in notes[0][1]
    # an indented line that is no quote is left to the list reader
    assert blockquotes(["- Ships", "    code > 1", "- Plans"])[1] == []


# -- the title when a page has a second h1 (D7) ----------------------------------------------


def test_a_trailing_h1_of_links_leaves_the_first_h1_the_title():
    result = compkit.ingest(CORPUS / "raw" / "engineering-ladders-developer.txt")
    assert result.framework.title == "Developer"
    intro = [p["text"] for p in result.document["introduction"]]
    assert intro == [
        "Role also known as programmer or software engineer, requires a deep level of technical "
        "expertise."
    ]  # the title is not also the introduction's first paragraph
    messages = [n.message for n in result.report.notes]
    assert "'# Other Pages' is in no statement, name or description" in messages
    assert "title 'Developer' taken from the document" in messages


SECTIONS = """\
# Backend

## Level 1
### Mastery
- Fixes simple bugs.

# Frontend

## Level 1
### Mastery
- Builds simple components.
"""

INTRODUCED = """\
# Introduction

Our ladder for widget makers.

# Levels

## Level 1
### Planning
- Reads a widget plan.

## Level 2
### Planning
- Writes widget plans.
"""


def test_several_h1s_that_each_head_statements_are_sections_not_the_title(tmp_path):
    result = _ingest(tmp_path, "ladder.md", SECTIONS)
    assert result.framework.title != "Backend"
    assert len(result.framework.indicator_records) == 2


def test_a_first_h1_over_no_statement_is_not_the_title(tmp_path):
    result = _ingest(tmp_path, "ladder.md", INTRODUCED)
    assert result.framework.title not in ("Introduction", "Levels")
    assert len(result.framework.indicator_records) == 2
