"""Twelfth probe, documents: a quoted summary under a heading that holds no list of its own.

Fixtures quote short excerpts of real public ladders, word for word, as the Markdown files
their repositories hold:

- Loan Market's engineering career ladder (github.com/loanmarket/career-ladder,
  Engineering.md, CC BY-SA 4.0): "## Graduate Engineer" over "> I am a committed student of
  the values and beliefs of Loan Market.", then "#### I write good quality code ..." over its
  list.
- Roomle's career ladder (github.com/tschoartschi/roomle-career-ladder, "02 Expert.md"; no
  licence stated, so a few lines only): front matter, "# 02 Expert", two short lines, a quoted
  summary of the level, then "## Technical Mastery" over its list.
"""

from __future__ import annotations

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_LOAN_MARKET = """\
# Engineering Roles

## Graduate Engineer
> I am a committed student of the values and beliefs of Loan Market.

#### I write good quality code that can be shipped to production.

- I am learning how to segment tasks into deliverable units of work.
- I am learning that I need to own my work all the way to production.

## Engineer
> I am a valuable, enthusiastic and net-positive member of the team.

#### I write high quality code quickly and ship it to production.

- I write code with testability, readability, edge cases and errors in mind.

## Senior Engineer
> I am a highly sought-after member of the team with a proven record of shipping high-quality code to production.

#### I am a technical mentor.

- I can effectively coach people and pass on my knowledge.
"""

_ROOMLE = """\
---
title: Expert
level: 2
---

# 02 Expert

Competent individual contributor

> An Expert has moved beyond the learning and onboarding phase. They solve standard problems independently within their domain.

## Technical Mastery

* **Clean code**: writes readable, maintainable code that follows established team patterns and conventions.
* **Testing**: writes meaningful tests for their code.

## Learning

* **Seeks feedback**: actively asks for feedback on their work and incorporates it into future work.
"""


def _write(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _descriptions(result) -> dict[str, str]:
    return {lv["name"]: lv.get("description", "") for lv in result.document["levels"]}


def test_a_level_summary_in_a_quote_is_the_level_s_description(tmp_path):
    """Loan Market: each level's one-line summary was reported as a note beside the lists."""
    result = ingest(_write(tmp_path, _LOAN_MARKET, "engineering.md"))
    assert _descriptions(result) == {
        "Graduate Engineer": "I am a committed student of the values and beliefs of Loan Market.",
        "Engineer": "I am a valuable, enthusiastic and net-positive member of the team.",
        "Senior Engineer": "I am a highly sought-after member of the team with a proven record "
        "of shipping high-quality code to production.",
    }
    cells = cells_by_name(result.document)
    assert (
        sum(map(len, cells.values())) == 7
    )  # the summaries are no statements; the 3 first-person headings are (probe23b)
    said = result.report.to_frame()["message"].tolist()
    assert any("3 quoted blocks under headings with no list" in m for m in said)


def test_a_quote_under_a_page_s_level_heading_joins_its_description(tmp_path):
    """Roomle, a page per level: the level's quoted summary was left out of its description."""
    result = ingest(_write(tmp_path, _ROOMLE, "02-expert.md"))
    (description,) = _descriptions(result).values()
    assert "An Expert has moved beyond the learning and onboarding phase." in description
    texts = [s["text"] for c in result.document["competencies"] for s in c["indicators"]]
    assert not any("onboarding phase" in t for t in texts)
    assert len(texts) == 3


def test_a_quote_beside_a_list_is_still_a_note(tmp_path):
    """A quote under a heading over a list stays a note beside it (probe 2's ladder)."""
    text = _LOAN_MARKET.replace(
        "#### I write high quality code quickly and ship it to production.\n\n", ""
    )
    result = ingest(_write(tmp_path, text, "engineering.md"))
    said = result.report.to_frame()["message"].tolist()
    assert any("'I am a valuable, enthusiastic" in m and "quoted block" in m for m in said)
    assert _descriptions(result)["Engineer"] == ""


def _findmypast(tmp_path):
    """Findmypast's engineering progression framework as its Word layout: a table per level."""
    docx = __import__("pytest").importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Career progression framework: Engineering", style="Title")
    rows = {
        "Junior Software Engineer": [
            (
                "You can lead on simpler tasks",
                ["You can complete a simpler task without asking for help."],
            ),
        ],
        "Software Engineer": [
            (
                "You actively identify ways your team might improve, and help put them in place",
                ["You suggest improvements to process at retrospectives and post-mortems."],
            ),
        ],
        "Senior Software Engineer": [
            (
                "You help others to deliver more value by sharing your expertise",
                ["You mentor less experienced, or more junior members of your team."],
            ),
        ],
    }
    for level, pairs in rows.items():
        document.add_heading(level, level=1)
        table = document.add_table(rows=1 + len(pairs), cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "What we expect", "Examples"
        for k, (expect, examples) in enumerate(pairs, start=1):
            table.cell(k, 0).text = expect
            table.cell(k, 1).text = examples[0]
    path = tmp_path / "findmypast.docx"
    document.save(path)
    return path


def test_an_examples_column_read_as_descriptions_is_said(tmp_path):
    """Findmypast: the 'Examples' column went into the levels' descriptions unreported."""
    result = ingest(_findmypast(tmp_path))
    texts = [s["text"] for c in result.document["competencies"] for s in c["indicators"]]
    assert texts == [
        "You can lead on simpler tasks",
        "You actively identify ways your team might improve, and help put them in place",
        "You help others to deliver more value by sharing your expertise",
    ]
    said = result.report.to_frame()["message"].tolist()
    assert sum("a column that names no competency" in m for m in said) == 1
    assert "You mentor less experienced" in _descriptions(result)["Senior Software Engineer"]
