"""Ingest of shapes found on a fifth round of real public frameworks, on self-written fixtures.

Tech career ladders (Teleport's engineering levels, Dropbox's career framework) and the CEFR
self-assessment grid name their levels by code ("L1", "IC3", "B2") and refer one cell to
another ("Same as L1."); each defect found is pinned here on a small fixture.
"""

from __future__ import annotations

import pytest

import compkit

GRID = """# Levels

| Area | {0}1 | {0}2 | {0}3 |
| --- | --- | --- | --- |
| Security | Applies basic security principles. | Applies security guidelines. | Designs secure protocols. |
| Networking | Reasons about networking concepts. | Designs networks for a team. | Same as {0}2. |
"""


def _cells(result) -> list[tuple[str, str, str]]:
    frame = result.framework.indicators
    return list(zip(frame["competency_id"], frame["level"], frame["text"], strict=True))


@pytest.mark.parametrize("code", ["L", "IC", "E", "P"])
def test_coded_level_columns_are_levels(tmp_path, code):
    path = tmp_path / "grid.md"
    path.write_text(GRID.format(code), encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [f"{code}1", f"{code}2", f"{code}3"]
    assert [c.name for c in fw.competency_records] == ["Security", "Networking"]
    assert ("networking", f"{code.lower()}2", "Designs networks for a team.") in _cells(result)
    # "Same as L2." says the cell adds nothing: undefined, in the publisher's words
    networking = fw.competency("networking")
    assert [(u.level, u.note) for u in networking.undefined] == [
        (f"{code.lower()}3", f"Same as {code}2.")
    ]
    assert len(fw.indicator_records) == 5


def test_a_ladder_of_coded_job_titles_reads_a_level_per_title(tmp_path):
    text = "".join(
        f"# IC{n} Software Engineer\n\n## Results\n\n**Impact**\n\n- I deliver {what}\n\n"
        for n, what in enumerate(["small tasks on time", "features for the team", "team goals"], 1)
    )
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    levels = [lv.name for lv in result.framework.level_records]
    assert levels == ["IC1 Software Engineer", "IC2 Software Engineer", "IC3 Software Engineer"]
    assert [t for *_, t in _cells(result)] == [
        "I deliver small tasks on time",
        "I deliver features for the team",
        "I deliver team goals",
    ]


def test_cefr_levels_in_a_grid_are_levels(tmp_path):
    rows = "\n".join(
        f"| {skill} | " + " | ".join(f"I can {skill.lower()} at {lv}." for lv in LEVELS) + " |"
        for skill in ("Listening", "Reading")
    )
    path = tmp_path / "cefr.md"
    path.write_text(
        "# Self-assessment grid\n\n| Skill | "
        + " | ".join(LEVELS)
        + " |\n|"
        + " --- |" * 7
        + "\n"
        + rows
        + "\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert [lv.name for lv in fw.level_records] == list(LEVELS)
    assert len(fw.indicator_records) == 12


LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


def test_bold_level_labels_closed_by_a_colon_are_levels_not_stems(tmp_path):
    text = "# Self-assessment\n\n## I. UNDERSTANDING\n\n"
    for skill in ("Listening", "Reading"):
        text += f"### {skill}\n\n" + "".join(
            f"**{lv}:**\n*   I can {skill.lower()} at {lv}.\n\n" for lv in LEVELS[:3]
        )
    path = tmp_path / "cefr.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == list(LEVELS[:3])
    assert [c.name for c in fw.competency_records] == ["Listening", "Reading"]
    assert fw.stem == "" and len(fw.indicator_records) == 6
    assert ("reading", "b1", "I can reading at B1.") in _cells(result)


LONG = "Competency,Level,Behaviour\nTeamwork,1,Helps colleagues\nTeamwork,2,Leads a team\n"


def test_the_level_columns_hint_on_a_long_csv_is_refused_in_words(tmp_path):
    from compkit.cli import main

    path = tmp_path / "long.csv"
    path.write_text(LONG, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="'level-columns' needs a column per level"):
        compkit.ingest(path, layout="level-columns")
    assert main(["ingest", str(path), "--layout", "level-columns"]) == 2


def test_levels_given_that_head_no_row_are_left_out_or_refused(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(LONG, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match=r"none of the levels given \('A', 'B'\)"):
        compkit.ingest(path, levels=["A", "B"])
    result = compkit.ingest(path, levels=["2", "1", "A"])
    assert [lv.name for lv in result.framework.level_records] == ["Level 2", "Level 1"]
    assert any("left out: A" in n.message for n in result.report.notes)


def test_with_levels_given_a_heading_of_their_rank_naming_none_is_the_level_above(tmp_path):
    text = "".join(
        f"# IC{n} Engineer\n\n**Scope**\n\n- I own {scope}\n\n"
        f"# Core Responsibilities\n\n## Results\n\n**Impact**\n\n- I deliver {goal}\n\n"
        for n, scope, goal in ((1, "tasks", "tasks on time"), (2, "projects", "team goals"))
    )
    path = tmp_path / "pages.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path, levels=["IC1 Engineer", "IC2 Engineer"])
    assert result.framework.level_ids == ("ic1-engineer", "ic2-engineer")
    assert ("impact", "ic2-engineer", "I deliver team goals") in _cells(result)
    assert any("'Core Responsibilities'" in n.message for n in result.report.notes)


def test_a_pdf_grid_with_row_names_under_a_blank_header_reads_them_as_rows():
    from compkit.ingest.pdftables import find_tables

    pad = " " * 30
    lines = [
        "Self-assessment grid",
        f"{pad}A1                   A2",
        "Understanding   Listening    I can recognise      I can understand",
        "                             familiar words.      phrases.",
        "",
        "                Reading      I can read names.    I can read texts.",
    ]
    _, grids, _ = find_tables(lines, 1, "p1")
    (grid,) = grids.values()
    rows = [[" ".join(p.text for p in cell["paras"]).strip() for cell in row] for row in grid]
    assert rows[0] == ["", "", "A1", "A2"]
    assert rows[1] == [
        "Understanding",
        "Listening",
        "I can recognise familiar words.",
        "I can understand phrases.",
    ]
    assert rows[2][1:] == ["Reading", "I can read names.", "I can read texts."]


def test_a_spreadsheet_grid_with_blank_headers_over_its_name_columns(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Self-assessment grid"
    sheet.append(["", "", *LEVELS[:3]])
    sheet.append(["Understanding", "Listening", "I listen A1.", "I listen A2.", "I listen B1."])
    sheet.append(["", "Reading", "I read A1.", "I read A2.", "I read B1."])
    sheet.append(["Speaking", "Spoken production", "I say A1.", "I say A2.", "I say B1."])
    path = tmp_path / "grid.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Listening", "Reading", "Spoken production"]
    assert [g.name for g in fw.group_records] == ["Understanding", "Speaking"]
    assert fw.competency("reading").group == "understanding"
    assert ("reading", "a2", "I read A2.") in _cells(result)
    assert len(fw.indicator_records) == 9


PAGE = """<!DOCTYPE html>
<html><head><title>Skills</title><style>body {{ color: black; }}</style></head>
<body class="nav-left">
<div id="toc"><a href="a.html">Overview</a><ul><li>Skills framework home</li></ul></div>
<nav><ul><li>Careers</li><li>Blog</li></ul></nav>
<main>
<h1>Engineering skills</h1>
{body}
</main>
<div class="site-footer"><p>Copyright 2026</p></div>
</body></html>
"""


def test_a_web_page_reads_its_content_not_its_navigation(tmp_path):
    body = "".join(
        f"<h2>{comp}</h2>"
        + "".join(f"<h3>Level {n}</h3><ul><li>{comp} statement {n}.</li></ul>" for n in (1, 2))
        for comp in ("Delivery", "Craft")
    )
    path = tmp_path / "skills.html"
    path.write_text(PAGE.format(body=body), encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Delivery", "Craft"]
    assert [t for *_, t in _cells(result)] == [
        "Delivery statement 1.",
        "Delivery statement 2.",
        "Craft statement 1.",
        "Craft statement 2.",
    ]
    assert "Copyright" not in str(result.document) and "Careers" not in str(result.document)


def _described(result) -> list[tuple[str, str]]:
    return [(c.name, c.description) for c in result.framework.competency_records]


def test_a_bold_name_over_its_italic_description_in_markdown(tmp_path):
    text = "".join(
        f"# Level {n}\n\n**Scope**\n*Area of ownership and autonomy*\n\n- I own {what}\n\n"
        f"**Reach**\n*Organizational reach*\n\n- I work with {who}\n\n"
        for n, what, who in ((1, "tasks", "my team"), (2, "projects", "other teams"))
    )
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    assert _described(result) == [
        ("Scope", "Area of ownership and autonomy"),
        ("Reach", "Organizational reach"),
    ]
    assert ("scope", "level-2", "I own projects") in _cells(result)
    assert len(result.framework.indicator_records) == 4


def test_a_bold_name_over_its_italic_description_in_a_web_page_and_in_word(tmp_path):
    import docx

    body = "<h1>Level 1</h1>" + "".join(
        f"<p><strong>{name}</strong>\n<em>{desc}</em></p><ul><li>I {verb}.</li></ul>"
        for name, desc, verb in (
            ("Scope", "Area of ownership", "own tasks"),
            ("Reach", "Who", "help"),
        )
    )
    page = tmp_path / "level.html"
    page.write_text(PAGE.format(body=body), encoding="utf-8")
    assert _described(compkit.ingest(page)) == [("Scope", "Area of ownership"), ("Reach", "Who")]
    doc = docx.Document()
    for level in ("Level 1", "Level 2"):
        doc.add_heading(level, 1)
        para = doc.add_paragraph()
        para.add_run("Scope").bold = True
        para.add_run().add_break()
        para.add_run("Area of ownership").italic = True
        doc.add_paragraph(f"I own work at {level}", style="List Bullet")
    path = tmp_path / "ladder.docx"
    doc.save(path)
    result = compkit.ingest(path)
    assert _described(result) == [("Scope", "Area of ownership")]
    assert [t for *_, t in _cells(result)] == ["I own work at Level 1", "I own work at Level 2"]


def test_a_bold_name_after_an_item_ending_in_an_open_word_is_still_a_name(tmp_path):
    text = "# Level 1\n\n**Ownership**\n\n- I update playbooks for components I own\n\n"
    text += "**Decision Making**\n\n- I make timely decisions\n"
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert [c.name for c in fw.competency_records] == ["Ownership", "Decision Making"]


def test_of_two_labels_above_everything_the_outer_is_the_title(tmp_path):
    text = "## Site Reliability Engineer Levels\n\n### Legend\n\nThe matrix below explains.\n\n"
    text += "| Level/Skill | Scope | On-call |\n| --- | --- | --- |\n"
    text += "| 1 | Owns a task. | Joins the rota. |\n| 2 | Owns a project. | Leads incidents. |\n"
    path = tmp_path / "sre.md"
    path.write_text(text, encoding="utf-8")
    assert compkit.ingest(path).framework.title == "Site Reliability Engineer Levels"


def test_emphasised_paragraphs_among_plain_statements_are_notes_on_the_level(tmp_path):
    text = "".join(
        f"# Engineer {n}\n\n_At this point, one is {note}._\n\nShips code that {what}.\n\n"
        f"Reviews the work of {who}.\n\n__Experience: Typically requires {n * 2} years.__\n\n"
        for n, note, what, who in (
            (1, "learning fast", "works", "peers"),
            (2, "leading", "scales", "teams"),
        )
    )
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert len(fw.indicator_records) == 4
    assert fw.level_records[1].description == (
        "At this point, one is leading.\n\nExperience: Typically requires 4 years."
    )


def test_two_level_lines_that_say_level_are_levels_and_a_footer_is_no_statement(tmp_path):
    body = "<h2>Teamwork</h2><p><strong>Level 1: Novice</strong></p><p>Seeks help.</p>"
    body += "<p><strong>Level 2: Basic</strong></p><p>Helps others.</p>"
    page = PAGE.replace(
        '<div class="site-footer"><p>Copyright 2026</p></div>', "<footer>Top</footer>"
    )
    path = tmp_path / "teamwork.html"
    path.write_text(page.format(body=body), encoding="utf-8")
    result = compkit.ingest(path)
    assert [lv.name for lv in result.framework.level_records] == [
        "Level 1: Novice",
        "Level 2: Basic",
    ]
    assert [t for *_, t in _cells(result)] == ["Seeks help.", "Helps others."]


def test_a_definition_paragraph_describes_its_competency(tmp_path):
    text = "# Producing results\n\nDefinition: Produces high-quality results.\n\n"
    text += "## Level 1\n\n- Sees tasks through\n\n## Level 2\n\n- Sets the team's goals\n"
    path = tmp_path / "results.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert fw.competency_records[0].description == "Definition: Produces high-quality results."
    assert len(fw.indicator_records) == 2


def test_a_level_merged_down_a_long_sheet_fills_its_rows(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Competency", "Level", "Behaviour"])
    for row in (["Teamwork", "Essential", "Helps"], ["", "", "Shares"], ["", "Expert", "Leads"]):
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B3")
    path = tmp_path / "long.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert [(lv, t) for _, lv, t in _cells(result)] == [
        ("essential", "Helps"),
        ("essential", "Shares"),
        ("expert", "Leads"),
    ]


def test_with_levels_given_sections_before_the_first_level_are_the_introduction(tmp_path):
    body = "<h1>We are aware</h1><h2>Introduction</h2><p>Why this matters to us all.</p>"
    body += "<h2>Level 1</h2><ul><li>I listen.</li></ul><h2>Level 2</h2><ul><li>I lead.</li></ul>"
    path = tmp_path / "cvf.html"
    path.write_text(PAGE.format(body=body), encoding="utf-8")
    result = compkit.ingest(path, levels=["Level 1", "Level 2"])
    assert result.framework.level_ids == ("level-1", "level-2")
    assert [t for *_, t in _cells(result)] == ["I listen.", "I lead."]


def test_header_cells_written_without_a_row_are_the_header_row(tmp_path):
    cell = "<td><ul><li>{}</li></ul></td>"
    table = "<table><thead><th>Beginner</th><th>Expert</th></thead><tbody><tr>"
    table += cell.format("You test your work.") + cell.format("You set the standard.")
    table += "</tr></tbody></table>"
    text = f"# Ladder\n\n### Delivery\n**Example Skills:** Testing, Shipping\n{table}\n"
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    assert [lv.name for lv in result.framework.level_records] == ["Beginner", "Expert"]
    assert _cells(result) == [
        ("delivery", "beginner", "You test your work."),
        ("delivery", "expert", "You set the standard."),
    ]


def test_front_matter_holding_a_framework_but_broken_is_refused_at_its_line(tmp_path):
    from compkit.cli import main

    text = "---\ntitle: People\ntopics:\n  - name: communication\n\tcontent: x\n---\n\nBody.\n"
    path = tmp_path / "people.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match=r"line 5: the front matter holds a framework"):
        compkit.ingest(path)
    assert main(["ingest", str(path)]) == 2


def test_roles_listed_under_a_skill_are_roles_not_statements(tmp_path):
    text = "# Skills\n\n"
    for skill, roles in (
        ("Accessibility", ["Frontend developer"]),
        ("Agile", ["Delivery manager", "Product manager"]),
    ):
        text += f"## {skill}\n\n1. Awareness\n\n  - understand {skill.lower()}\n\n"
        text += (
            f"2. Working\n\n  - apply {skill.lower()}\n\n3. Expert\n\n  - lead {skill.lower()}\n\n"
        )
        text += (
            "Roles that require this skill:\n\n"
            + "".join(f"- [{r}](/role/{r.lower().replace(' ', '-')})\n" for r in roles)
            + "\n"
        )
    path = tmp_path / "skills.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert len(fw.indicator_records) == 6
    assert {r.name: dict(r.required_levels) for r in fw.role_records} == {
        "Frontend developer": {"accessibility": None},
        "Delivery manager": {"agile": None},
        "Product manager": {"agile": None},
    }


def test_a_level_said_undefined_in_a_sentence_is_an_undefined_cell(tmp_path):
    """UK DDaT's skills write 'This skill level is currently not defined.' where a skill has
    no such level (Open Government Licence v3.0): an undefined cell, not a statement."""
    path = tmp_path / "ddat.md"
    path.write_text(
        "# Accessibility\n\n"
        "- Awareness\n  - This skill level is currently not defined.\n"
        "- Working\n  - You can explain what accessibility is.\n"
        "- Practitioner\n  - You can design for assisted digital users.\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert [i.text for i in fw.indicator_records] == [
        "You can explain what accessibility is.",
        "You can design for assisted digital users.",
    ]
    (undefined,) = [u for c in fw.competency_records for u in c.undefined]
    assert undefined.note == "This skill level is currently not defined."
