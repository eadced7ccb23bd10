"""Nineteenth round, helper B2: long tables, two-row headers and a cell's sides in documents.

Every fixture is self-written and built here (python-docx, or HTML text): a "Competency |
Level | Behaviours" table with a row per statement (the competency spanning its rows by
``rowspan`` or Word's vertical merge, or repeated), a Word header whose "Level" is merged over
the level names, and a cell's lists under "You can:" / "You don't:" lines.
"""

from __future__ import annotations

import docx

import compkit

COMPS = {
    "Testing": {
        "L1": ["Writes unit tests for own code.", "Runs the suite before merging."],
        "L2": ["Plans tests for a feature.", "Reviews others' tests."],
        "L3": ["Sets the team's testing approach."],
    },
    "Delivery": {
        "L1": ["Finishes small tasks on time."],
        "L2": ["Breaks a feature into tasks.", "Flags risks early."],
        "L3": ["Plans a quarter's work with the team."],
    },
}
EXPECTED = sorted(
    (comp, level.lower(), "effective", text)
    for comp, cells in COMPS.items()
    for level, texts in cells.items()
    for text in texts
)


def _rows(fw):
    ind = fw.indicators
    return sorted(zip(ind.competency, ind.level, ind.polarity, ind.text, strict=True))


def _long_html(path, *, rowspan):
    rows = []
    for comp, cells in COMPS.items():
        n = sum(len(v) for v in cells.values())
        first = True
        for level, texts in cells.items():
            for text in texts:
                name = f"<td>{comp}</td>"
                if rowspan:
                    name = f"<td rowspan='{n}'>{comp}</td>" if first else ""
                first = False
                rows.append(f"<tr>{name}<td>{level}</td><td>{text}</td></tr>")
    head = "<tr><th>Competency</th><th>Level</th><th>Behaviors</th></tr>"
    page = f"<html><body><h1>Engineering framework</h1><table>{head}{''.join(rows)}</table>"
    path.write_text(page + "</body></html>", encoding="utf-8")
    return path


def _long_docx(path, *, merged, per_cell=False):
    d = docx.Document()
    d.add_heading("Engineering framework", 1)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Competency", "Level", "Behaviors"], strict=True):
        c.text = h
    for comp, cells in COMPS.items():
        start = len(t.rows)
        for level, texts in cells.items():
            for part in [texts] if per_cell else [[x] for x in texts]:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = comp, level, part[0]
                for more in part[1:]:
                    r[2].add_paragraph(more, style="List Bullet")
                if len(part) > 1:
                    r[2].paragraphs[0].style = d.styles["List Bullet"]
        if merged:
            for i in range(start + 1, len(t.rows)):
                t.cell(i, 0).text = ""
            t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0)).text = comp
    d.save(path)
    return path


def test_a_long_web_table_reads_a_level_per_row(tmp_path):
    for rowspan in (True, False):
        result = compkit.ingest(_long_html(tmp_path / f"long{rowspan}.html", rowspan=rowspan))
        assert _rows(result.framework) == EXPECTED  # was 18 (or 20) in one level, 'L1' a statement
        assert [lv.name for lv in result.framework.level_records] == ["L1", "L2", "L3"]
    said = result.report.to_frame().message.str.cat(sep="\n")
    assert "'Competency' names each row's competency, 'Level' its level" in said


def test_a_long_word_table_reads_a_level_per_row(tmp_path):
    for name, merged, per_cell in [("merged", True, False), ("repeat", False, False),
                                   ("cells", True, True)]:  # fmt: skip
        path = _long_docx(tmp_path / f"{name}.docx", merged=merged, per_cell=per_cell)
        assert _rows(compkit.ingest(path).framework) == EXPECTED, name


def test_a_table_with_a_row_per_level_stays_a_grid(tmp_path):
    # no level recurs: "Level | Behaviours" rows, each level once, are the grid's row names
    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Level", "Testing", "Delivery"], strict=True):
        c.text = h
    for level in ("L1", "L2"):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = (
            level,
            COMPS["Testing"][level][0],
            COMPS["Delivery"][level][0],
        )
    d.save(tmp_path / "grid.docx")
    fw = compkit.ingest(tmp_path / "grid.docx").framework
    assert len(fw.indicators) == 4 and {lv.name for lv in fw.level_records} == {"L1", "L2"}


def test_a_word_level_merged_over_the_level_names_is_one_header(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=5)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Skill"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "Level"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "Notes"  # merged down after the levels too
    for i, name in enumerate(["L1", "L2", "L3"]):
        t.cell(1, i + 1).text = name
    for comp, cells in COMPS.items():
        r = t.add_row().cells
        r[0].text = comp
        for i, texts in enumerate(cells.values()):
            r[i + 1].text = texts[0]
            for more in texts[1:]:
                r[i + 1].add_paragraph(more)
    d.save(tmp_path / "matrix.docx")
    result = compkit.ingest(tmp_path / "matrix.docx")
    assert _rows(result.framework) == EXPECTED  # was 12 at one level, 'L1' ... 'L3' statements
    said = result.report.to_frame().message.str.cat(sep="\n")
    assert "('Level' merged over 'L1', 'L2', 'L3') read as one" in said


def _sides_docx(path, positive, negative):
    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Competency", "Level 1", "Level 2"], strict=True):
        c.text = h
    for comp, cells in COMPS.items():
        r = t.add_row().cells
        r[0].text = comp
        for k, level in enumerate(["L1", "L2"], 1):
            r[k].text = positive
            for text in cells[level]:
                r[k].add_paragraph(text, style="List Bullet")
            r[k].add_paragraph(negative)
            r[k].add_paragraph(f"Leaves {comp.lower()} to others at {level}.", style="List Bullet")
    d.save(path)
    return path


def test_a_cells_dont_list_under_its_side_line_is_ineffective(tmp_path):
    pairs = [("You can:", "You don't:"), ("Do:", "Don't:"), ("Effective:", "Less effective:"),
             ("Effective behaviours:", "Ineffective behaviours:"), ("I will:", "I won't:")]  # fmt: skip
    for n, (positive, negative) in enumerate(pairs):
        fw = compkit.ingest(_sides_docx(tmp_path / f"s{n}.docx", positive, negative)).framework
        sides = {(i.text, i.polarity) for i in fw.indicator_records}
        assert len(sides) == 11, positive
        leaves = {text for text, side in sides if text.startswith("Leaves")}
        assert {(text, "ineffective") for text in leaves} <= sides, negative  # were effective
        assert {side for text, side in sides if text not in leaves} == {"effective"}, positive


def test_you_can_and_you_dont_stay_each_sides_stem(tmp_path):
    result = compkit.ingest(_sides_docx(tmp_path / "you.docx", "You can:", "You don't:"))
    assert result.document["stem"] == {"effective": "You can:", "ineffective": "You don't:"}


def test_a_cell_with_one_stem_line_and_no_other_side_keeps_its_stem(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(1, 0).text = "Competency", "Level 1", "Testing"
    t.cell(1, 1).text = "You can:"
    for text in COMPS["Testing"]["L1"]:
        t.cell(1, 1).add_paragraph(text, style="List Bullet")
    d.save(tmp_path / "one.docx")
    result = compkit.ingest(tmp_path / "one.docx")
    assert result.document["stem"] == "You can:"
    assert {i.polarity for i in result.framework.indicator_records} == {"effective"}


def test_a_row_per_level_table_headed_in_the_first_headers_words(tmp_path):
    # OPM-style "Proficiency Level | Proficiency Level Definition | ... Illustrations"
    meaning = {"Level 1 - Basic": "Needs close guidance.", "Level 2 - Advanced": "Guides others."}
    shown = {"Level 1 - Basic": ["Keeps a daily log."], "Level 2 - Advanced": ["Audits the logs."]}
    d = docx.Document()
    d.add_heading("Proficiency levels", 1)
    t = d.add_table(rows=1, cols=3)
    heads = ["Proficiency Level", "Proficiency Level Definition", "Proficiency Level Illustrations"]
    for c, h in zip(t.rows[0].cells, heads, strict=True):
        c.text = h
    for level, text in meaning.items():
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = level, text, shown[level][0]
    d.save(tmp_path / "opm.docx")
    fw = compkit.ingest(tmp_path / "opm.docx").framework
    # was two competencies named by the headers, each level's definition a statement of one
    assert sorted((fw.level(i.level).name, i.text) for i in fw.indicator_records) == [
        ("Level 1 - Basic", "Keeps a daily log."),
        ("Level 2 - Advanced", "Audits the logs."),
    ]
    assert [lv.description for lv in fw.level_records] == list(meaning.values())


CAPTIONED = {
    "Keeping Records": (
        "Keeps the team's records in order.",
        ["Files each note.", "Audits files."],
    ),
    "Planning Work": ("Breaks work into steps.", ["Plans a day.", "Plans a quarter."]),
}


def test_a_line_naming_a_competency_over_its_table_of_levels_word(tmp_path):
    d = docx.Document()
    d.add_heading("Proficiency levels for team competencies", 1)
    for name, (meaning, shown) in CAPTIONED.items():
        p = d.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(f" - {meaning}")
        t = d.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Proficiency Level", "Illustrations"
        for k, text in enumerate(shown, 1):
            r = t.add_row().cells
            r[0].text, r[1].text = f"Level {k}", text
    d.save(tmp_path / "dictionary.docx")
    _captioned_read_right(compkit.ingest(tmp_path / "dictionary.docx"))


def test_a_line_naming_a_competency_over_its_table_of_levels_web(tmp_path):
    parts = ["<html><body><h2>Proficiency levels for team competencies</h2>"]
    for name, (meaning, shown) in CAPTIONED.items():
        rows = "".join(f"<tr><td>Level {k}</td><td>{t}</td></tr>" for k, t in enumerate(shown, 1))
        parts.append(f"<p><b>{name}</b> - {meaning}</p><table><tr><th>Proficiency Level</th>")
        parts.append(f"<th>Illustrations</th></tr>{rows}</table>")
    (tmp_path / "dictionary.html").write_text("".join(parts) + "</body></html>", encoding="utf-8")
    _captioned_read_right(compkit.ingest(tmp_path / "dictionary.html"))


def _captioned_read_right(result):
    fw = result.framework
    # was one competency, the page's heading, both lines in its description
    assert [(c.name, c.description) for c in fw.competency_records] == [
        (name, meaning) for name, (meaning, _) in CAPTIONED.items()
    ]
    assert sorted((fw.competency(i.competency).name, fw.level(i.level).name, i.text)
                  for i in fw.indicator_records) == sorted(
        (name, f"Level {k}", text)
        for name, (_, shown) in CAPTIONED.items()
        for k, text in enumerate(shown, 1)
    )  # fmt: skip
    said = result.report.to_frame().message.str.cat(sep="\n")
    assert "2 tables of levels each stand under a line naming their competency" in said


def test_a_position_descriptions_capabilities_at_the_level_the_role_needs(tmp_path):
    # a row per capability, "Group and Capability" naming it, every row at one level
    rows = {
        "Personal Attributes Plan Own Work": ["Sets own weekly goals.", "Checks progress."],
        "Relationships Work Together": ["Shares what they know."],
    }
    body = "".join(
        f"<tr><td>{name}</td><td>Intermediate</td><td><ul>"
        + "".join(f"<li>{t}</li>" for t in texts)
        + "</ul></td></tr>"
        for name, texts in rows.items()
    )
    head = "<tr><th>Group and Capability</th><th>Level</th><th>Behavioural Indicators</th></tr>"
    page = f"<html><body><h1>Position description</h1><table>{head}{body}</table></body></html>"
    (tmp_path / "pd.html").write_text(page, encoding="utf-8")
    fw = compkit.ingest(tmp_path / "pd.html").framework
    # was 'Intermediate' read as a statement of each capability, at no level
    assert sorted((fw.competency(i.competency).name, fw.level(i.level).name, i.text)
                  for i in fw.indicator_records) == sorted(
        (name, "Intermediate", t) for name, texts in rows.items() for t in texts
    )  # fmt: skip
