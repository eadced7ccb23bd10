"""Ingest of shapes found on a third round of real public frameworks, on self-written fixtures.

Markdown pipe tables (a civil-service framework's "Good behaviour | Bad behaviour" tables under
each level, and a skills matrix with a column per level), a ladder whose section per level
comes after an introduction that describes its categories under deeper headings, and an
introduction saying the previous roles' expectations still apply.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.limits import IngestError
from compkit.ingest.pipetables import pipe_tables


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _cells(result) -> list[tuple[str, str, str, str]]:
    frame = result.framework.indicators
    return list(
        zip(frame["competency_id"], frame["level"], frame["polarity"], frame["text"], strict=True)
    )


# -- Markdown pipe tables ----------------------------------------------------------------------

POLARITY_TABLES = """\
## Keeping Pace

Short description of the competency.

**Level 1**

Good behaviour  | Bad behaviour
------------- | -------------
Plans the week ahead | Waits to be told what to do
Keeps the team informed  |  Gives up when things go wrong

**Level 2**

| Good behaviour | Bad behaviour |
|:---|---:|
| Sets **stretching** goals | Blames others \\| the tools |
"""


def test_pipe_tables_of_effective_and_ineffective_behaviours(tmp_path):
    result = _ingest(tmp_path, "pace.md", POLARITY_TABLES)
    assert result.report.layout == "effective-ineffective"
    assert _cells(result) == [
        ("keeping-pace", "level-1", "effective", "Plans the week ahead"),
        ("keeping-pace", "level-1", "ineffective", "Waits to be told what to do"),
        ("keeping-pace", "level-1", "effective", "Keeps the team informed"),
        ("keeping-pace", "level-1", "ineffective", "Gives up when things go wrong"),
        ("keeping-pace", "level-2", "effective", "Sets stretching goals"),
        ("keeping-pace", "level-2", "ineffective", "Blames others | the tools"),
    ]
    texts = " ".join(result.framework.indicators["text"])
    assert "---" not in texts and "behaviour" not in texts  # header and delimiter rows are markup
    first = result.framework.indicator_records[0]
    assert first.source.lines == (9,)


def test_pipe_table_with_a_column_per_level(tmp_path):
    text = (
        "# Skills matrix\n\n| Skill | Junior | Senior |\n|---|---|---|\n"
        "| Testing | Writes unit tests<br>Runs the suite | Designs the test strategy |\n"
        "| Delivery | Ships small changes | |\n"
    )
    result = _ingest(tmp_path, "matrix.md", text)
    assert _cells(result) == [
        ("testing", "junior", "effective", "Writes unit tests"),
        ("testing", "junior", "effective", "Runs the suite"),
        ("testing", "senior", "effective", "Designs the test strategy"),
        ("delivery", "junior", "effective", "Ships small changes"),
    ]
    assert result.framework.title == "Skills matrix"


def test_pipe_table_in_markdown_with_html(tmp_path):
    text = (
        "# Matrix\n\n<p>Read this first.</p>\n\n## Testing\n\n"
        "| Junior | Senior |\n| --- | --- |\n| Writes **unit** tests | Designs the strategy |\n"
    )
    result = _ingest(tmp_path, "html.md", text)
    assert _cells(result) == [
        ("testing", "junior", "effective", "Writes unit tests"),
        ("testing", "senior", "effective", "Designs the strategy"),
    ]
    assert result.framework.indicator_records[0].source.lines == (9,)


def test_lines_that_only_look_like_tables_stay_text():
    lines = ["A | B", "---", "text", "a | b", "- | - | -"]  # a rule without pipes; widths differ
    assert pipe_tables(lines) == (lines, {})


# -- a ladder: the introduction's category headings sit deeper than the levels -----------------

LADDER = """\
# Engineer // Progression

When taking on a new role, all the descriptions from previous roles still apply.

### Code
What code we expect.

### Colleagues
How we work together.

## Associate Engineer
_Usually one year._

### Code
- You write simple code.

### Colleagues
- You ask for help.

## Senior Engineer

### Code
- You review the team's designs.

### Colleagues
- You mentor others.
"""


def test_levels_after_deeper_introduction_headings(tmp_path):
    result = _ingest(tmp_path, "ladder.md", LADDER)
    assert _cells(result) == [
        ("code", "associate-engineer", "effective", "You write simple code."),
        ("code", "senior-engineer", "effective", "You review the team's designs."),
        ("colleagues", "associate-engineer", "effective", "You ask for help."),
        ("colleagues", "senior-engineer", "effective", "You mentor others."),
    ]
    fw = result.framework
    assert fw.title == "Engineer // Progression"
    intro = [item["text"] for item in result.document["introduction"]]
    assert intro[0].startswith("When taking on a new role")  # the title is not said twice
    assert not [n for n in result.report.notes if n.kind == "unused" and "Engineer //" in n.message]
    assert fw.cumulative  # "previous roles still apply"
    assert fw.levels["level_name"].tolist() == ["Associate Engineer", "Senior Engineer"]
    assert (
        fw.competencies.set_index("competency_id")["description"]["code"] == "What code we expect."
    )


# -- a GitHub task list, a cell left "TBD", an introduction hard-wrapped ------------------------

TASKS = """\
# Manager Ladder

This ladder shows how you can progress your
career as a manager.

## Level 1: Manager

### Coaching

- [ ] Gives timely and
      actionable feedback.
- [x] Empowers others.

## Level 2: Senior Manager

### Coaching

TBD.
"""


def test_task_list_boxes_are_markup_and_tbd_is_undefined(tmp_path):
    result = _ingest(tmp_path, "tasks.md", TASKS)
    assert _cells(result) == [
        ("coaching", "level-1-manager", "effective", "Gives timely and actionable feedback."),
        ("coaching", "level-1-manager", "effective", "Empowers others."),
    ]
    (note,) = [n for n in result.report.notes if n.kind == "undefined"]
    assert "reads 'TBD.': recorded as undefined" in note.message
    intro = [item["text"] for item in result.document["introduction"]]
    assert "This ladder shows how you can progress your career as a manager." in intro


# -- a matrix of skills marked 0/1 at each level: refused, not read as statements "1" -----------


def test_a_sheet_of_level_marks_is_refused_in_one_message(tmp_path):
    text = (
        "skill,category,Foundation,Practitioner,Advanced\n"
        "Run a clinic,Diagnostics,1,1,0\nSample plants,Diagnostics,1,0,0\n"
    )
    path = tmp_path / "marks.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError, match=r"marks.csv: the level columns \(Foundation, "):
        compkit.ingest(path)
    with pytest.raises(IngestError, match=r"hold only marks \(0, 1\), not statements"):
        compkit.ingest(path)


def test_a_wide_sheet_with_some_blank_or_numbered_cells_still_reads(tmp_path):
    text = "Competency,Beginner,Expert\nListening,Listens,\nPlanning,Plans,Plans 2 years ahead\n"
    result = _ingest(tmp_path, "wide.csv", text)
    assert [t for *_, t in _cells(result)] == ["Listens", "Plans", "Plans 2 years ahead"]


def test_an_ise_spelling_is_no_sign_of_oxford_spelling():
    from compkit.ingest.language import guess_language

    mixed = ["You summarising notes", "Prioritizes work", "Recognizes the organization"]
    guess = guess_language(mixed)
    assert (guess.tag, guess.oxford) == ("en-US", False)
    oxford = guess_language(["Organizes the programme", "Analyses behaviour in the centre"])
    assert (oxford.tag, oxford.oxford) == ("en-GB", True)


def test_words_spelt_alike_on_both_sides_are_no_american_evidence():
    from compkit.ingest.language import guess_language

    guess = guess_language(["Works safely in the laboratory", "A trusted collaborator"])
    assert guess.american == {} and guess.british == {}
    assert guess_language(["Shows good behavior"]).american == {"behavior": 1}
