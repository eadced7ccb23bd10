"""Sixteenth probe, Word, HTML and Markdown tables: a "Description" column beside the statements.

A capability table headed "Capability | Description | Behavioural indicators" (the Australian
Public Service's ILS profiles print every capability so) gives each row's capability its
description in the middle column and its statements in the last. "Description" names no
competency and holds no statements there: it was read as a second statement in each row (6
statements for 3 capabilities, was 3). Beside level rows ("Level | Description | Indicators")
the column describes each level, as Teleport's "Scope" column does. A table with no column of
statements beside its "Description" keeps reading that column as the statements.

Universities' Word frameworks give a level to a run of grades: Edinburgh Napier's "Grades 1-3 |
Grades 4-6 | Grades 7 & above", Durham's "Grades 1-2/Core" to "Grades 9-10", Edinburgh's
"grades 6-8" and "grades 8-10". Such a header named no level (the grades were read as
competencies). Edinburgh Napier sets its ineffective behaviours as a numbered list two by two in
a table ("1. | 3." over "2. | 4."): its first row was read as column headers. Its lead-in
"Ineffective Behaviours:" (a paragraph ending in a colon, as "Effective behaviours:" before it)
was dropped as a stem and the behaviours under it read as effective.
"""

from __future__ import annotations

import pytest

import compkit

ROWS = [
    (
        "Supports strategic direction",
        "Understands the work area's goals and how they link to the agency's direction.",
        "Follows the direction given by the team leader.",
    ),
    (
        "Achieves results",
        "Delivers on agreed outcomes and takes responsibility for them.",
        "Completes work tasks on time.",
    ),
    (
        "Communicates with influence",
        "Communicates clearly and listens to others.",
        "Writes in plain English.",
    ),
]
HEAD = ("Capability", "Description", "Behavioural indicators")


def _markdown(head, rows) -> str:
    lines = ["# Team capability profile", "", "| " + " | ".join(head) + " |"]
    lines.append("|" + " --- |" * len(head))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _html(head, rows) -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        "<!DOCTYPE html><html><head><title>Team capability profile</title></head><body>"
        f"<h1>Team capability profile</h1><table><tr>{cells}</tr>{body}</table></body></html>"
    )


def _write(tmp_path, kind, head, rows):
    path = tmp_path / f"profile.{kind}"
    if kind == "md":
        path.write_text(_markdown(head, rows), encoding="utf-8")
    elif kind == "html":
        path.write_text(_html(head, rows), encoding="utf-8")
    else:
        import docx

        doc = docx.Document()
        doc.add_heading("Team capability profile", 1)
        table = doc.add_table(rows=len(rows) + 1, cols=len(head))
        for r, row in enumerate([head, *rows]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        doc.save(path)
    return path


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_a_description_column_beside_the_indicators_describes_each_capability(tmp_path, kind):
    fw = compkit.ingest(_write(tmp_path, kind, HEAD, ROWS)).framework
    assert [c.name for c in fw.competency_records] == [row[0] for row in ROWS]
    assert [c.description for c in fw.competency_records] == [row[1] for row in ROWS]
    assert [i.text for i in fw.indicator_records] == [row[2] for row in ROWS]
    assert [lv.name for lv in fw.level_records] == ["All levels"]


@pytest.mark.parametrize("kind", ["md", "docx"])
def test_a_description_column_beside_level_rows_describes_each_level(tmp_path, kind):
    head = ("Level", "Description", "Indicators")
    rows = [
        ("Foundation", "Applies the basics with guidance.", "Follows the team's checklists."),
        ("Practitioner", "Works without guidance.", "Adapts the checklists to the task."),
        ("Expert", "Sets the standard for others.", "Writes the team's checklists."),
    ]
    fw = compkit.ingest(_write(tmp_path, kind, head, rows)).framework
    assert [(lv.name, lv.description) for lv in fw.level_records] == [r[:2] for r in rows]
    assert [(i.level, i.text) for i in fw.indicator_records] == [(r[0].lower(), r[2]) for r in rows]


def test_a_description_column_alone_still_holds_the_statements(tmp_path):
    head = ("Capability", "Description")
    rows = [row[:2] for row in ROWS]
    fw = compkit.ingest(_write(tmp_path, "md", head, rows)).framework
    assert [i.text for i in fw.indicator_records] == [row[1] for row in ROWS]
    assert all(not c.description for c in fw.competency_records)


@pytest.mark.parametrize(
    "name",
    ["Grades 1-3", "Grades 4-6", "Grades 7 & above", "Grades 3-4", "Grades 9-10", "Bands 5 to 6"],
)
def test_a_run_of_grades_names_a_level(name):
    from compkit.ingest.levelnames import level_score

    assert level_score(name) >= 0.8


@pytest.mark.parametrize("name", ["Grade 8 to 10 engineers", "Team 1-3", "Grades and bands"])
def test_other_labels_with_grades_or_numbers_name_no_level(name):
    from compkit.ingest.levelnames import level_score

    assert level_score(name) < 0.8


def _grades_docx(path, numbered_grid: bool):
    import docx

    doc = docx.Document()
    doc.add_heading("Behavioural competencies", 1)
    doc.add_heading("Leading by example", 2)
    doc.add_paragraph("Effective behaviour according to grades:")
    table = doc.add_table(rows=2, cols=3)
    heads = ["Grades 1-3", "Grades 4-6", "Grades 7 & above"]
    for c, head in enumerate(heads):
        table.cell(0, c).text = head
        table.cell(1, c).text = f"Shows the team what good work looks like in {head.lower()}."
    if numbered_grid:
        doc.add_paragraph("Behaviours to avoid:")
        grid = doc.add_table(rows=2, cols=2)
        items = [["1. Puts a private agenda first", "3. Takes the credit for the work of others"]]
        items.append(["2. Avoids hard decisions", "4. Answers fair criticism with anger"])
        for r, row in enumerate(items):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    doc.save(path)
    return path


def test_a_table_headed_by_runs_of_grades_reads_a_level_per_column(tmp_path):
    fw = compkit.ingest(_grades_docx(tmp_path / "g.docx", False)).framework
    assert [lv.name for lv in fw.level_records] == ["Grades 1-3", "Grades 4-6", "Grades 7 & above"]
    assert [c.name for c in fw.competency_records] == ["Leading by example"]
    assert len(fw.indicator_records) == 3


def test_a_numbered_list_set_in_a_table_has_no_header_row(tmp_path):
    fw = compkit.ingest(_grades_docx(tmp_path / "g.docx", True)).framework
    names = [lv.name for lv in fw.level_records]
    assert names[:3] == ["Grades 1-3", "Grades 4-6", "Grades 7 & above"]
    assert not any(n.startswith(("1.", "3.")) or "agenda" in n for n in names)
    texts = [i.text for i in fw.indicator_records]
    assert "Puts a private agenda first" in texts
    assert "Takes the credit for the work of others" in texts
    assert len(texts) == 7


SIDES = [
    (
        "Leading by example",
        "Shows the team what good work looks like.",
        "Puts a private agenda first.",
    ),
    ("Analysis", "Weighs the evidence before deciding.", "Jumps to conclusions."),
]


def _sides(tmp_path, kind):
    path = tmp_path / f"sides.{kind}"
    if kind == "docx":
        import docx

        doc = docx.Document()
        doc.add_heading("Behavioural competencies", 1)
        for name, good, bad in SIDES:
            doc.add_heading(name, 2)
            doc.add_paragraph("Effective behaviours:")
            doc.add_paragraph(good, style="List Bullet")
            doc.add_paragraph("Ineffective behaviours:")
            doc.add_paragraph(bad, style="List Bullet")
        doc.save(path)
        return path
    parts = ["# Behavioural competencies", ""]
    for name, good, bad in SIDES:
        parts += [f"## {name}", "", "Effective behaviours:", "", f"- {good}", ""]
        parts += ["Ineffective behaviours:", "", f"- {bad}", ""]
    text = "\n".join(parts)
    if kind == "html":
        text = compkit_html(text)
    path.write_text(text, encoding="utf-8")
    return path


def compkit_html(markdown: str) -> str:
    """The same outline as a web page: headings, paragraphs and one-item lists."""
    out = []
    for line in markdown.splitlines():
        if line.startswith("## "):
            out.append(f"<h2>{line[3:]}</h2>")
        elif line.startswith("# "):
            out.append(f"<h1>{line[2:]}</h1>")
        elif line.startswith("- "):
            out.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line:
            out.append(f"<p>{line}</p>")
    return "<!DOCTYPE html><html><body>" + "".join(out) + "</body></html>"


@pytest.mark.parametrize("kind", ["md", "html", "docx"])
def test_an_ineffective_lead_in_marks_its_list_ineffective(tmp_path, kind):
    fw = compkit.ingest(_sides(tmp_path, kind)).framework
    got = [(i.text, i.polarity) for i in fw.indicator_records]
    want = [
        (t, side)
        for _, good, bad in SIDES
        for t, side in ((good, "effective"), (bad, "ineffective"))
    ]
    assert got == want
    assert [c.name for c in fw.competency_records] == [name for name, *_ in SIDES]


def test_a_numbered_grid_under_an_ineffective_lead_in_is_ineffective(tmp_path):
    import docx

    path = _grades_docx(tmp_path / "g.docx", True)
    doc = docx.Document(path)
    lead = next(p for p in doc.paragraphs if p.text == "Behaviours to avoid:")
    lead.text = "Ineffective Behaviours:"
    doc.save(path)
    fw = compkit.ingest(path).framework
    sides = {i.text: i.polarity for i in fw.indicator_records}
    assert sides["Puts a private agenda first"] == "ineffective"
    assert sides["Answers fair criticism with anger"] == "ineffective"
    assert sum(side == "effective" for side in sides.values()) == 3
