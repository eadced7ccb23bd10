"""Documents with tables *and* an outline: which reading holds the framework; layout hints obeyed.

Shapes found on public engineering ladders and hiring guides published as Markdown (a contents
table above the levels, bold level names opening list items, job-ladder headings), pinned
here on fixtures the tests write themselves.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.limits import IngestError

LADDER = """# Developer

The developer role, level by level.

| Level | Senior | Position |
| :---: | :---: | :---: |
| 1 | No | [P1 - Programmer 1](#p1) |
| 2 | No | [P2 - Programmer 2](#p2) |
| 3 | Yes | [P3 - Programmer 3](#p3) |

## P1 - Programmer 1

* **Learns**: picks up the team's tools and asks for help when stuck on a task
* **Delivers**: ships small changes to production with tests and a clear description

## P2 - Programmer 2

* **Learns**: picks up the team's tools and asks for help when stuck on a task
* **Designs**: designs medium sized features and pays down the debt they touch

## P3 - Programmer 3

* **Mentors**: coaches newer programmers through reviews and pairing sessions
* **Designs**: designs medium sized features and pays down the debt they touch
"""


def _cells(result) -> list[tuple[str, str, str]]:
    frame = result.framework.indicators
    return list(zip(frame["competency_id"], frame["level"], frame["text"], strict=True))


def test_a_contents_table_does_not_replace_the_framework_below_it(tmp_path):
    path = tmp_path / "developer.md"
    path.write_text(LADDER, encoding="utf-8")
    result = compkit.ingest(path)
    cells = _cells(result)
    assert len(cells) == 6
    assert not any(text in ("No", "Yes") for _, _, text in cells)
    assert [lv for lv in result.framework.levels["level_name"]] == [
        "P1 - Programmer 1",
        "P2 - Programmer 2",
        "P3 - Programmer 3",
    ]
    assert (
        "learns",
        "p2-programmer-2",
        "picks up the team's tools and asks for help when stuck on a task",
    ) in cells
    messages = " ".join(result.report.to_frame()["message"])
    assert "the tables read as no statements" in messages
    assert "rise as a job ladder does" in messages
    # asked for, the table is what is read
    table = compkit.ingest(path, layout="level-columns")
    assert {text for _, _, text in _cells(table)} >= {"No", "Yes"}


def test_the_headings_lists_hint_reads_the_text_outside_tables(tmp_path):
    """A page whose table holds most of the text reads the table; told, the lists."""
    text = LADDER.split("| Level")[0] + (
        "| Level | Planning |\n| --- | --- |\n"
        "| Junior | Plans their own week with the team lead and keeps the plan up to date |\n"
        "| Senior | Plans the team's quarter with product managers and reviews it monthly |\n\n"
        "## Notes\n\n- Ask your lead\n- Read the wiki\n"
    )
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    auto = {t for _, _, t in _cells(compkit.ingest(path))}
    told = compkit.ingest(path, layout="headings-lists")
    assert "Ask your lead" not in auto and len(auto) == 2
    assert told.report.layout == "headings-lists"
    assert {t for _, _, t in _cells(told)} == {"Ask your lead", "Read the wiki"}


def test_the_level_columns_hint_on_a_document_without_tables_is_refused(tmp_path):
    path = tmp_path / "outline.md"
    path.write_text(LADDER.split("\n## ", 1)[0].split("|")[0] + "\n## P1\n\n- Does a thing\n")
    with pytest.raises(IngestError, match="layout 'level-columns' reads tables"):
        compkit.ingest(path, layout="level-columns")


def test_level_hints_that_head_nothing_are_refused(tmp_path):
    path = tmp_path / "developer.md"
    path.write_text(LADDER.split("| Level")[0] + LADDER.split("(#p3) |\n")[1], encoding="utf-8")
    with pytest.raises(IngestError, match=r"none of the levels given \('Junior', 'Lead'\)"):
        compkit.ingest(path, levels=["Junior", "Lead"])


GUIDE = """<p class="intro">Sample competencies for a hiring panel.</p>

Four proficiency levels: Novice, Practised, Expert.

## Working with data

- **Novice:** Has read reports that others prepared and can say what a chart shows.
- **Practised:** Builds simple reports from a spreadsheet and checks the sums twice.
- **Expert:** Designs the team's reporting and teaches others to question the numbers.

## Working in the open

- **Novice:** Shares drafts with the team when asked to do so by a manager.
- **Practised:** Publishes work in progress and invites comment from other teams.
- **Expert:** Sets the team's habit of working in the open, and defends it to leaders.
"""


def test_bold_names_with_the_colon_inside_open_items_in_markdown_with_html(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(GUIDE, encoding="utf-8")
    cells = _cells(compkit.ingest(path))
    assert len(cells) == 6
    assert cells[0] == (
        "working-with-data",
        "novice",
        "Has read reports that others prepared and can say what a chart shows.",
    )
    assert {lv for _, lv, _ in cells} == {"novice", "practised", "expert"}
    assert not any(t.startswith(("Novice", "**")) for _, _, t in cells)


TABLES = """# Sample competencies

## Remote work

Completes tasks well while away from the office.

| Proficiency Level | Description |
| :--- | :--- |
| **Novice** | Has not yet worked away from a shared office. |
| **Practised** | Works remotely and uses group chat and calls with ease. |
| **Expert** | Names the barriers remote work brings and how to meet them. |

## Working with data

- **Novice:** Reads reports that others prepared and says what a chart shows.
- **Practised:** Builds simple reports from a spreadsheet and checks the sums.
- **Expert:** Designs the team's reporting and teaches others to question it.

## Working in the open

- **Novice:** Shares drafts with the team when a manager asks for them.
- **Practised:** Publishes work in progress and invites comment from other teams.
- **Expert:** Sets the team's habit of working in the open and defends it.
"""


def test_a_level_description_table_per_competency_reads_a_row_per_level(tmp_path):
    path = tmp_path / "tables.md"
    path.write_text(TABLES.split("## Working with data")[0], encoding="utf-8")
    cells = _cells(compkit.ingest(path))
    assert cells == [
        ("remote-work", "novice", "Has not yet worked away from a shared office."),
        ("remote-work", "practised", "Works remotely and uses group chat and calls with ease."),
        ("remote-work", "expert", "Names the barriers remote work brings and how to meet them."),
    ]


def test_levels_named_alike_in_a_table_and_in_lists_are_one_scale(tmp_path):
    path = tmp_path / "mixed.md"
    path.write_text(TABLES, encoding="utf-8")
    result = compkit.ingest(path)
    cells = _cells(result)
    assert len(cells) == 9
    assert {c for c, _, _ in cells} == {"remote-work", "working-with-data", "working-in-the-open"}
    assert {lv for _, lv, _ in cells} == {"novice", "practised", "expert"}
    assert (
        "working-in-the-open",
        "expert",
        "Sets the team's habit of working in the open and defends it.",
    ) in cells
    assert "the same names as the" in " ".join(result.report.to_frame()["message"])


def test_outline_numbers_are_numbering_not_text(tmp_path):
    path = tmp_path / "numbered.md"
    path.write_text(
        "# Dictionary\n\n## Adaptability\n\n### Level 1\n\n1.1 Accepts that things will change.\n"
        "1.2 Seeks clarification when unsure.\n\n### Level 2\n\n2.1 Adapts plans as work "
        "changes.\n2.2 Works 1.5 days a week on improvements.\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert [(i.text, i.source.numbers) for i in fw.indicator_records] == [
        ("Accepts that things will change.", (1,)),
        ("Seeks clarification when unsure.", (2,)),
        ("Adapts plans as work changes.", (1,)),
        ("Works 1.5 days a week on improvements.", (2,)),
    ]


def test_a_word_table_titled_by_a_merged_row_reads_its_competency_and_description(tmp_path):
    """A competency dictionary: per competency one table, its name merged across the first row,
    its definition across the second, then a row of level headers and a row of cells."""
    import docx

    word = docx.Document()
    word.add_paragraph("Competency dictionary")
    for name, definition, cells in [
        ("Adaptability", "Adjusting own behaviour to new situations.",
         ["Accepts that things will change.", "Adapts plans as work changes."]),
        ("Networking", "Building relationships that help the work.",
         ["Knows who to ask for help.", "Builds contacts across teams."]),
    ]:  # fmt: skip
        table = word.add_table(rows=4, cols=2)
        title = table.cell(0, 0).merge(table.cell(0, 1))
        title.text = name
        about = table.cell(1, 0).merge(table.cell(1, 1))
        about.text = definition
        for c, level in enumerate(["Level 1", "Level 2"]):
            table.cell(2, c).text = level
            table.cell(3, c).text = cells[c]
        word.add_paragraph("")
    path = tmp_path / "dictionary.docx"
    word.save(path)
    result = compkit.ingest(path)
    assert _cells(result) == [
        ("adaptability", "level-1", "Accepts that things will change."),
        ("adaptability", "level-2", "Adapts plans as work changes."),
        ("networking", "level-1", "Knows who to ask for help."),
        ("networking", "level-2", "Builds contacts across teams."),
    ]
    comps = result.framework.competencies.set_index("competency_id")["description"]
    assert comps["adaptability"] == "Adjusting own behaviour to new situations."


def test_a_skills_matrix_with_a_header_over_two_merged_rows_reads_a_row_per_skill(tmp_path):
    openpyxl = __import__("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    sheet.append(["Tech skills matrix: testers"])
    sheet.append(["Skill area", "Description", "Seniority level", None, None])
    sheet.append([None, None, "Junior", "Middle", "Senior"])
    sheet.append(
        [
            "Test design",
            "Designing tests",
            "- Writes test cases",
            "- Designs suites",
            "- Reviews test cases",
        ]
    )
    sheet.append(
        ["Test data", "Data for tests", "- Knows the kinds of data:\n  - synthetic\n  - masked",
         "- Builds data sets", "- Plans the data for a release"]
    )  # fmt: skip
    for cells in ("A1:E1", "A2:A3", "B2:B3", "C2:E2"):
        sheet.merge_cells(cells)
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert result.report.layout == "wide"
    assert _cells(result) == [
        ("test-design", "junior", "Writes test cases"),
        ("test-design", "middle", "Designs suites"),
        ("test-design", "senior", "Reviews test cases"),
        ("test-data", "junior", "Knows the kinds of data: synthetic masked"),
        ("test-data", "middle", "Builds data sets"),
        ("test-data", "senior", "Plans the data for a release"),
    ]
    repaired = [i for i in result.framework.indicator_records if i.repair]
    assert len(repaired) == 1 and "nested list of 2 items" in repaired[0].repair.note
    notes = " ".join(result.report.to_frame()["message"])
    assert "header read over rows 2 and 3" in notes


def test_a_word_bullet_over_a_nested_list_is_one_statement_as_in_markdown(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_heading("Communication", 1)
    for level in ("Level 1", "Level 2"):
        doc.add_heading(level, 2)
        doc.add_paragraph(f"Explains plans clearly to colleagues at {level}.", "List Bullet")
        doc.add_paragraph("Understands the difference between:", "List Bullet")
        doc.add_paragraph("written and spoken updates", "List Bullet 2")
        doc.add_paragraph("formal and informal channels", "List Bullet 2")
        doc.add_paragraph(f"Listens to feedback at {level}.", "List Bullet")
    doc.add_heading("Delivery", 1)
    doc.add_heading("Level 1", 2)
    doc.add_paragraph("Plans the week's work.", "List Bullet")
    doc.add_paragraph("Keeps a written log", "List Bullet 2")  # deeper, but no lead-in
    path = tmp_path / "nested.docx"
    doc.save(path)
    result = compkit.ingest(path)
    texts = result.framework.indicators["text"].tolist()
    joined = "Understands the difference between: written and spoken updates formal and informal"
    assert texts.count(joined + " channels") == 2 and len(texts) == 8
    assert "Keeps a written log" in texts
    fw = result.framework
    repaired = [i for i in fw.indicator_records if i.repair is not None]
    assert len(repaired) == 2
    assert "nested list of 2 items (paragraphs 5-6)" in repaired[0].repair.note  # from 1
