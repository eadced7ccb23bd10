"""Word documents never seen (twenty-ninth round, helper I), and a statement's note carried.

A Word statement's reasons after it ("*Why this level:* ...", "*Evidenced by:* ...") were set
aside and counted, their text kept nowhere: they are now its note, word for word, in a
paragraph, a level item and a table cell alike (the Open Capability Framework's three
documents under ``tests/data/probe26i`` and ``probe27i``, CC BY 4.0). A list item nested under
one it does not complete (no closing ":") stays a statement of its own, as in Markdown, unless
the source marks it as an example ("Examples:", "e.g.", "For example"): then it is that item's
note. Monzo's forks laid into Word mark nothing, so their nested items stay statements.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from compkit.framework import to_dict
from compkit.ingest.api import ingest
from compkit.ingest.blocks import clean

DATA = Path(__file__).parent / "data"


def _notes(result) -> list[tuple[str, str]]:
    """(text, note) of every statement, in order."""
    return [
        (i["text"], i.get("note") or "")
        for c in result.document["competencies"]
        for i in c["indicators"]
    ]


def _paragraphs(path: Path) -> list[str]:
    d = docx.Document(str(path))
    cells = [p for t in d.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return [clean(p.text) for p in [*d.paragraphs, *cells]]


# -- a statement's reasons, kept as its note ---------------------------------------------------


@pytest.mark.parametrize(
    ("path", "count", "label"),
    [
        (DATA / "probe26i" / "ocf-code-and-quality.docx", 18, "Why this level:"),
        (DATA / "probe26i" / "ocf-em-ladder.docx", 12, "Evidenced by:"),
        (DATA / "probe27i" / "ocf-dairy-ladder.docx", 14, "Evidenced by:"),
    ],
)
def test_ocf_statements_keep_their_reasons_as_their_notes(path, count, label):
    result = ingest(path)
    notes = _notes(result)
    assert len(notes) == count and all(note.startswith(label) for _, note in notes)
    paragraphs = _paragraphs(path)
    for text, note in notes:  # the paragraph's words: the statement, then its note
        assert any(text in p and p.endswith(note) for p in paragraphs), text
    said = [n.message for n in result.report.notes if "reasons set aside" in n.message]
    assert said[0].startswith(f"{count} statements' reasons set aside after them, kept as")


def test_the_note_reaches_the_framework_file_and_frame():
    result = ingest(DATA / "probe26i" / "ocf-code-and-quality.docx")
    first = to_dict(result.framework)["competencies"][0]["indicators"][0]
    assert first["note"].startswith("Why this level: Writing working code in the team's language")
    assert "Sources:" in first["note"]  # the reasons whole, their sources too
    frame = result.framework.indicators
    assert (frame["note"].str.len() > 0).sum() == 18
    assert not frame["text"].str.contains("Why this level").any()


def _reasons(path: Path) -> Path:
    """Self-written: statements with their reasons in a list item, and in a grid's cells."""
    d = docx.Document()
    d.add_heading("Delivery", 1)
    d.add_heading("Level 1", 2)
    p = d.add_paragraph("Plans the week's work.", style="List Bullet")
    p.add_run().add_break()
    p.add_run("Why this level:").italic = True
    p.add_run(" a week is a novice's horizon.")
    d.add_paragraph("Keeps a log.", style="List Bullet")
    d.save(path)
    grid = docx.Document()
    t = grid.add_table(rows=2, cols=3)
    for j, head in enumerate(["Competency", "Level 1", "Level 2"]):
        t.cell(0, j).text = head
    t.cell(1, 0).text = "Ownership"
    for j in (1, 2):
        cell = t.cell(1, j).paragraphs[0]
        cell.add_run(f"Owns a task end to end at level {j}.")
        cell.add_run().add_break()
        cell.add_run("Evidenced by:").bold = True
        cell.add_run(f" closes {j} tickets.")
    grid.save(path.with_suffix(".grid.docx"))
    return path


def test_reasons_in_a_list_item_and_a_cell_are_notes(tmp_path):
    path = _reasons(tmp_path / "reasons.docx")
    assert _notes(ingest(path)) == [
        ("Plans the week's work.", "Why this level: a week is a novice's horizon."),
        ("Keeps a log.", ""),
    ]
    assert _notes(ingest(path.with_suffix(".grid.docx"))) == [
        (f"Owns a task end to end at level {j}.", f"Evidenced by: closes {j} tickets.")
        for j in (1, 2)
    ]


# -- nested items: statements, unless the source marks them as examples ----------------------


def test_teddy_ward_s_nested_items_are_statements_as_in_markdown():
    result = ingest(DATA / "probe28i" / "teddyward-software-grid.docx")
    notes = _notes(result)
    assert len(notes) == 128  # 52 criteria, 13 example criteria and their 63 examples
    assert not any(note for _, note in notes)  # nothing in the source names them examples
    texts = [text for text, _ in notes]
    first = texts.index("I regularly ship code that is free of glaring errors.")
    assert texts[first + 1] == "I can be trusted to implement simple components."
    assert not [n for n in result.report.notes if "marked as its examples" in n.message]


def _nested(path: Path) -> Path:
    """Self-written: a lead-in over a nested list, and statements over deeper statements."""
    d = docx.Document()
    d.add_heading("Communication", 1)
    d.add_heading("Level 1", 2)
    d.add_paragraph("Understands the difference between:", "List Bullet")
    d.add_paragraph("written and spoken updates", "List Bullet 2")
    d.add_paragraph("formal and informal channels", "List Bullet 2")
    d.add_paragraph("Designs systems", "List Bullet")
    d.add_paragraph("Leads design reviews for the team's services", "List Bullet 2")
    d.add_paragraph("Writes the design document", "List Bullet 2")
    d.add_paragraph("Listens to feedback.", "List Bullet")
    d.save(path)
    return path


def test_a_deeper_item_completes_a_lead_in_and_is_otherwise_a_statement(tmp_path):
    notes = _notes(ingest(_nested(tmp_path / "nested.docx")))
    assert notes == [
        ("Understands the difference between: written and spoken updates formal and informal "
         "channels", ""),
        ("Designs systems", ""),
        ("Leads design reviews for the team's services", ""),
        ("Writes the design document", ""),
        ("Listens to feedback.", ""),
    ]  # fmt: skip


def _marked(path: Path) -> Path:
    """Self-written: nested items the source marks as examples, four ways, and one unmarked."""
    d = docx.Document()
    d.add_heading("Delivery", 1)
    d.add_heading("Level 1", 2)
    d.add_paragraph("Uses git to manage the workflow, for example:", "List Bullet")
    d.add_paragraph("Checkout, Push, Pull", "List Bullet 2")
    d.add_paragraph("Merge, Rebase", "List Bullet 2")
    d.add_paragraph("Owns quality", "List Bullet")
    d.add_paragraph("Examples:", "List Bullet 2")  # a label over the examples
    d.add_paragraph("Sets the team's testing standards", "List Bullet 3")
    d.add_paragraph("Mentors others", "List Bullet")
    d.add_paragraph("e.g. pairs with a new hire weekly", "List Bullet 2")
    d.add_paragraph("Plans the week's work", "List Bullet")
    d.add_paragraph("Examples", "Normal")  # a label line, no list item
    d.add_paragraph("Keeps a written log", "List Bullet 2")
    d.add_paragraph("Ships small changes", "List Bullet")
    d.add_paragraph("Reviews every change", "List Bullet 2")
    d.save(path)
    return path


def test_nested_items_marked_as_examples_are_their_statement_s_note(tmp_path):
    result = ingest(_marked(tmp_path / "marked.docx"))
    assert _notes(result) == [
        ("Uses git to manage the workflow, for example:", "Checkout, Push, Pull\nMerge, Rebase"),
        ("Owns quality", "Examples:\nSets the team's testing standards"),
        ("Mentors others", "e.g. pairs with a new hire weekly"),
        ("Plans the week's work", "Examples\nKeeps a written log"),
        ("Ships small changes", ""),
        ("Reviews every change", ""),
    ]
    said = [n.message for n in result.report.notes if "marked as its examples" in n.message]
    assert len(said) == 1 and "(4 statements, the first 'Uses git" in said[0]


# -- new frameworks: the Christex Foundation's, MIT (tests/data/probe29i/README.md) -------------


def test_christex_engineering_reads_its_criteria_and_its_nested_examples():
    result = ingest(DATA / "probe29i" / "christex-engineering-examples.docx")
    notes = _notes(result)
    assert len(notes) == 134  # 105 criteria, 14 example criteria, their 15 examples unmarked
    assert not any(note for _, note in notes)
    texts = [text for text, _ in notes]
    git = texts.index("Uses git to manage the development workflow effectively")
    assert texts[git + 1] == "Checkout, Push, Pull, Branch, Diff, Merge, Stash, Rebase, etc."
    frame = result.framework.indicators
    assert frame["competency"].nunique() == 5
    assert sorted(frame["level_name"].unique()) == [f"Level {k}" for k in range(1, 5)]
    # "Level 1" stands under each of the five topics: no level printed twice by a slip
    assert not [n for n in result.report.notes if n.kind == "warning"]


def _ladder(path: Path, slip: bool) -> Path:
    """Self-written: the page's sections, then levels under each competency (or one misnamed)."""
    d = docx.Document()
    d.add_paragraph("Team Framework", style="Title")
    for head in ("About this framework", "How does it work?", "Things to keep in mind"):
        d.add_heading(head, 2)
        d.add_paragraph(f"{head}: read with your manager.")
    for skill in ("Delivery", "Teamwork"):
        d.add_heading(skill, 1)
        for k in (1, 2, 3):
            d.add_heading(f"Level {1 if slip and k == 3 else k}", 2)
            d.add_paragraph(f"Does {skill.lower()} at stage {k}.", style="List Bullet")
    d.save(path)
    return path


def test_levels_under_each_competency_are_no_heading_printed_twice(tmp_path):
    result = ingest(_ladder(tmp_path / "ladder.docx", slip=False))
    assert len(result.framework.indicators) == 6
    assert not [n for n in result.report.notes if n.kind == "warning"]
    result = ingest(_ladder(tmp_path / "slip.docx", slip=True))  # "Level 1" twice under one
    said = [n.message for n in result.report.notes if n.kind == "warning"]
    assert said and said[0].startswith("the level heading 'Level 1' stands 2 times")
