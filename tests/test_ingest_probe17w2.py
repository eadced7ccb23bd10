"""Seventeenth probe, W2: a level's grades line and a row header's hint are no statement, no name.

Two shapes of UK government frameworks (Open Government Licence), rebuilt here in files whose
statements are written for these tests; the level names, grade codes and hint sentences are the
frameworks' own:

- the Civil Service Behaviours give each level ("Level 1", "Level 2", ...) an "Example grades:
  AA, AO" line (also "EO", "HEO, SEO", "Grade 7, Grade 6") beside its behaviours. Read from
  Word, that line came back as a statement (from Markdown, as a competency); it is its level's
  description.
- the GOV.UK Digital, Data and Technology skills tables print under a level's name, in its row
  header, a hint ("Awareness" over "Awareness is the first of 4 ascending skill levels"); the
  level came back named "Awareness Awareness is the first of 4 ascending skill levels". Its name
  is the first line; the rest is its description.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

GRADES = [("Level 1", "AA, AO"), ("Level 2", "EO"), ("Level 3", "HEO, SEO"),
          ("Level 4", "Grade 7, Grade 6")]  # fmt: skip
BEHAVIOURS = {
    "Seeing the bigger picture": ["Knows how the team's tasks serve the wider plan",
                                  "Asks how a change affects the public"],
    "Working with others": ["Shares what they know with colleagues",
                            "Offers help when a colleague is stretched"],
}  # fmt: skip


def _headings_docx(path: Path, label: str = "Example grades", values=None) -> Path:
    """Behaviours under headings: a behaviour, its levels, each level's grades line, a list."""
    import docx

    d = docx.Document()
    d.add_heading("Behaviours (a sample written for these tests)", 0)
    for name, items in BEHAVIOURS.items():
        d.add_heading(name, 1)
        d.add_paragraph("A sample behaviour written for these tests.")
        for n, (level, grades) in enumerate(GRADES):
            d.add_heading(level, 2)
            d.add_paragraph(f"{label}: {values[n] if values else grades}")
            for item in items:
                d.add_paragraph(f"{item} at {level.lower()}", style="List Bullet")
    d.save(path)
    return path


def _table_docx(path: Path) -> Path:
    """Behaviours in tables: a column per level, the grades line first in each cell."""
    import docx

    d = docx.Document()
    d.add_heading("Behaviours (a table sample written for these tests)", 0)
    for name, items in BEHAVIOURS.items():
        d.add_heading(name, 1)
        table = d.add_table(rows=2, cols=3)
        for j, (level, grades) in enumerate(GRADES[:3]):
            table.rows[0].cells[j].text = level
            cell = table.rows[1].cells[j]
            cell.text = f"Example grades: {grades}"
            for item in items:
                cell.add_paragraph(f"{item} at {level.lower()}", style="List Bullet")
    d.save(path)
    return path


def _markdown(path: Path) -> Path:
    lines = ["# Behaviours (a sample written for these tests)", ""]
    for name, items in BEHAVIOURS.items():
        lines += [f"## {name}", ""]
        for level, grades in GRADES[:2]:
            lines += [f"### {level}", "", f"Example grades: {grades}", ""]
            lines += [f"- {item} at {level.lower()}" for item in items] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _levels(fw) -> dict[str, str]:
    return {lv.name: lv.description for lv in fw.level_records}


@pytest.mark.parametrize("build", [_headings_docx, _table_docx, _markdown])
def test_a_levels_grades_line_is_its_description(tmp_path, build):
    suffix = ".md" if build is _markdown else ".docx"
    result = compkit.ingest(build(tmp_path / f"behaviours{suffix}"))
    fw = result.framework
    texts = [s.text for s in fw.indicator_records]
    assert not [t for t in texts if "grades" in t.lower()]
    assert sorted(c.name for c in fw.competency_records) == sorted(BEHAVIOURS)
    levels = _levels(fw)
    assert levels["Level 1"] == "Example grades: AA, AO"
    assert levels["Level 2"] == "Example grades: EO"
    every = len(levels) * sum(map(len, BEHAVIOURS.values()))
    assert len(texts) == every  # every behaviour read, none lost
    assert any("grades" in n.message for n in result.report.notes)


def test_a_grades_label_with_words_for_values_stays_a_statement(tmp_path):
    values = ["marks work fairly", "explains each mark", "checks others' marks", "sets marking"]
    fw = compkit.ingest(_headings_docx(tmp_path / "g.docx", "Grades", values)).framework
    texts = [s.text for s in fw.indicator_records]
    assert sum(t.startswith("Grades: ") for t in texts) == 8
    assert not any(lv.description for lv in fw.level_records)


def test_a_grades_line_once_is_left_alone(tmp_path):
    """One grades line in the document is no pattern repeated under the levels."""
    values = ["AA, AO", "uses tools well", "helps others", "leads the unit"]
    fw = compkit.ingest(_headings_docx(tmp_path / "g.docx", "Pay band", values)).framework
    texts = [s.text for s in fw.indicator_records]
    assert sum(t.startswith("Pay band: ") for t in texts) == 8


@pytest.mark.parametrize(
    ("value", "codes"),
    [("AA, AO", True), ("HEO, SEO", True), ("Grade 7, Grade 6", True), ("SCS Pay Band 1", True),
     ("Band 5-7", True), ("EO", True), ("G6 and G7", True), ("a fair mark", False),
     ("Team leader", False), ("", False)],
)  # fmt: skip
def test_grade_codes(value, codes):
    from compkit.ingest.levelnotes import grade_codes

    assert grade_codes(value) is codes


LEVELS = [("Awareness", "first"), ("Working", "second"), ("Practitioner", "third"),
          ("Expert", "fourth")]  # fmt: skip
SKILLS = {
    "Problem framing": ["spot a problem in a service and say who it affects",
                        "sort problems by how much harm they cause",
                        "lead others in weighing which problems to tackle",
                        "shape how a whole organisation frames its problems"],
    "Service testing": ["run a test plan someone else wrote", "write a test plan for one service",
                        "coach a team to plan and run tests", "set the testing approach for many teams"],
}  # fmt: skip


def _hint(level: str, nth: str) -> str:
    return f"{level} is the {nth} of 4 ascending skill levels"


def _skills_html(path: Path) -> Path:
    """A skill a table, a level a row, its row header the name over the hint (as GOV.UK prints)."""
    out = ["<html><head><title>Skills (a sample)</title></head><body><main>"]
    for name, texts in SKILLS.items():
        out.append(f"<h2>{name}</h2><p>A sample skill written for these tests.</p>")
        out.append("<table><thead><tr><th>Skill level</th><th>Description</th></tr></thead><tbody>")
        for (level, nth), text in zip(LEVELS, texts, strict=True):
            out.append(
                f'<tr><th scope="row"><span>{level}</span><br><span class="govuk-hint">'
                f"{_hint(level, nth)}</span></th><td><p>You can:</p><ul><li>{text}</li>"
                "<li>explain why it matters</li></ul></td></tr>"
            )
        out.append("</tbody></table>")
    path.write_text("\n".join([*out, "</main></body></html>"]), encoding="utf-8")
    return path


def _skills_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Skills (a sample)", 0)
    for name, texts in SKILLS.items():
        d.add_heading(name, 2)
        d.add_paragraph("A sample skill written for these tests.")
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Skill level", "Description"
        for (level, nth), text in zip(LEVELS, texts, strict=True):
            head, cell = table.add_row().cells
            head.text = level
            head.add_paragraph(_hint(level, nth))
            cell.text = "You can:"
            cell.add_paragraph(text, style="List Bullet")
            cell.add_paragraph("explain why it matters", style="List Bullet")
    d.save(path)
    return path


@pytest.mark.parametrize("build", [_skills_html, _skills_docx])
def test_a_row_headers_hint_is_its_levels_description(tmp_path, build):
    suffix = ".html" if build is _skills_html else ".docx"
    result = compkit.ingest(build(tmp_path / f"skills{suffix}"))
    fw = result.framework
    assert _levels(fw) == {level: _hint(level, nth) for level, nth in LEVELS}
    assert sorted(c.name for c in fw.competency_records) == sorted(SKILLS)
    texts = [s.text for s in fw.indicator_records]
    assert len(texts) == 16 and not [t for t in texts if "ascending" in t]
    said = [n.message for n in result.report.notes if "second line of 8 row headers" in n.message]
    assert len(said) == 1 and "'Awareness is the first of 4 ascending skill levels'" in said[0]


def _rows_docx(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A row a competency (its name over a second line), a column a level."""
    import docx

    d = docx.Document()
    d.add_heading("Skills by level (a sample)", 0)
    table = d.add_table(rows=1, cols=3)
    for j, text in enumerate(["Skill", "Working", "Expert"]):
        table.rows[0].cells[j].text = text
    for n, (name, second) in enumerate(rows):
        head, working, expert = table.add_row().cells
        head.text = name
        head.add_paragraph(second)
        working.text, expert.text = f"writes clear notes {n}", f"sets the tone for many teams {n}"
    d.save(path)
    return path


def test_a_competency_row_headers_hint_is_its_description(tmp_path):
    rows = [("Communication", "Sharing information clearly with the people who need it"),
            ("Planning", "Setting out work so that it is done on time")]  # fmt: skip
    fw = compkit.ingest(_rows_docx(tmp_path / "rows.docx", rows)).framework
    assert {c.name: c.description for c in fw.competency_records} == dict(rows)
    assert not any(lv.description for lv in fw.level_records)
    assert len(fw.indicator_records) == 4


def test_a_row_headers_short_second_line_stays_in_its_name(tmp_path):
    """A subtitle ("Communication" over "core skill") is part of the name, as it was."""
    rows = [("Communication", "core skill"), ("Planning", "team skill")]
    fw = compkit.ingest(_rows_docx(tmp_path / "rows.docx", rows)).framework
    assert sorted(c.name for c in fw.competency_records) == [
        "Communication core skill", "Planning team skill"]  # fmt: skip


def test_a_row_headers_list_of_role_names_is_no_description(tmp_path):
    """Role names under a level ("Foundation" over "Team leader, Support worker, ...") describe
    nothing: the rule leaves them where they were."""
    roles = "Team leader, Support worker, Service manager"
    rows = "".join(
        f'<tr><th scope="row">{level}<br><span>{roles}</span></th><td><ul><li>{text}</li></ul>'
        "</td></tr>"
        for level, text in [("Foundation", "Treats people with respect."),
                            ("Practitioner", "Plans support with people.")]
    )  # fmt: skip
    html = (
        "<html><body><main><h2>Caring</h2><table><thead><tr><th>Level</th><th>Behaviours</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    )
    path = tmp_path / "roles.html"
    path.write_text(html, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert not any("Support worker" in (lv.description or "") for lv in fw.level_records)
    assert len(fw.indicator_records) == 2
