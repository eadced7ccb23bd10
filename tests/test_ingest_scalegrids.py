"""A proficiency scale's table, then a grid headed by the scale's level names.

The scale ("Score | Proficiency Level | Description", a row per level) names and describes the
levels; the grid after it holds the statements under those names. The scale's rows were read as
the statements of one more competency named after the scale's heading ("Proficiency scale");
they are the levels' descriptions (``compkit.ingest.scalecolumns.scale_grids``). Self-written
fixtures, in Markdown, Word and a web page.
"""

from __future__ import annotations

import pytest

import compkit

SCALE = [("1", "Basic", "You know the words."), ("2", "Working", "You do routine tasks."),
         ("3", "Skilled", "You work without help.")]  # fmt: skip
GRID = [("Writing", "Writes notes.", "Writes reports.", "Edits reports."),
        ("Data", "Reads tables.", "Builds tables.", "Designs data sets.")]  # fmt: skip
HEAD = ["Skill", "Basic", "Working", "Skilled"]


def _markdown(path):
    scale = "".join(f"| {s} | {n} | {d} |\n" for s, n, d in SCALE)
    grid = "".join(f"| {' | '.join(row)} |\n" for row in GRID)
    path.write_text(
        "# Team skills\n\n## Proficiency scale\n\n| Score | Proficiency Level | Description |\n"
        f"| --- | --- | --- |\n{scale}\n## Skills\n\n| {' | '.join(HEAD)} |\n"
        f"| --- | --- | --- | --- |\n{grid}",
        encoding="utf-8",
    )
    return path


def _docx(path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Team skills", 1)
    d.add_heading("Proficiency scale", 2)
    rows = [("Score", "Proficiency Level", "Description"), *SCALE]
    t = d.add_table(rows=len(rows), cols=3)
    for cells, row in zip(t.rows, rows, strict=True):
        for c, text in zip(cells.cells, row, strict=True):
            c.text = text
    d.add_heading("Skills", 2)
    g = d.add_table(rows=len(GRID) + 1, cols=4)
    for cells, row in zip(g.rows, [HEAD, *GRID], strict=True):
        for c, text in zip(cells.cells, row, strict=True):
            c.text = text
    d.save(path)
    return path


def _html(path):
    def table(rows):
        head = "".join(f"<th>{h}</th>" for h in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table><tr>{head}</tr>{body}</table>"

    path.write_text(
        "<html><body><h1>Team skills</h1><h2>Proficiency scale</h2>"
        + table([("Score", "Proficiency Level", "Description"), *SCALE])
        + "<h2>Skills</h2>"
        + table([HEAD, *GRID])
        + "</body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("make", "name"), [(_markdown, "two.md"), (_docx, "two.docx"), (_html, "two.html")]
)
def test_a_scale_before_a_grid_describes_the_levels(tmp_path, make, name):
    # was: a third competency "Proficiency scale" holding "You know the words." ... as statements
    result = compkit.ingest(make(tmp_path / name))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Writing", "Data"]
    assert [(lv.name, lv.description) for lv in fw.level_records] == [(n, d) for _, n, d in SCALE]
    levels = {lv.id: lv.name for lv in fw.level_records}
    cells = {(i.competency, levels[i.level], i.text) for i in fw.indicator_records}
    assert cells == {
        (comp.lower(), level, text)
        for comp, *texts in GRID
        for level, text in zip(HEAD[1:], texts, strict=True)
    }
    notes = " ".join(e.message for e in result.report.notes)
    assert "the scale's rows (Basic, Working, Skilled) name the levels" in notes
    assert "column that names no competency" not in notes


def test_a_scale_alone_keeps_its_descriptions_as_statements(tmp_path):
    # no grid uses the scale's names: its rows are the levels and their text the statements
    path = tmp_path / "scale.md"
    scale = "".join(f"| {s} | {n} | {d} |\n" for s, n, d in SCALE)
    path.write_text(
        "# Team scale\n\n| Score | Proficiency Level | Description |\n| --- | --- | --- |\n"
        + scale,
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert {i.text for i in fw.indicator_records} == {d for *_, d in SCALE}
    assert all(not lv.description for lv in fw.level_records)


def test_a_stem_over_many_cells_is_said_once(tmp_path):
    # was: "'The employee will:' read as the stem of the Basic "Writing" cell", once per cell
    path = tmp_path / "stems.md"
    rows = "".join(
        f"| {comp} | " + " | ".join(f"The employee will:<br>{t}" for t in texts) + " |\n"
        for comp, *texts in GRID
    )
    path.write_text(
        f"# Team skills\n\n| {' | '.join(HEAD)} |\n| --- | --- | --- | --- |\n{rows}",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    said = [e.message for e in result.report.notes if "leads into" in e.message]
    assert said == ["'The employee will:' leads into the Basic \"Writing\" cell and 5 other "
                    "cells: a stem"]  # fmt: skip
    assert result.framework.stem == "The employee will:"


def test_the_report_says_an_before_a_vowel(tmp_path):
    pytest.importorskip("docx")
    odt = tmp_path / "two.odt"
    soffice = __import__("shutil").which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    import subprocess

    docx = _docx(tmp_path / "two.docx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "odt", "--outdir", str(tmp_path), str(docx)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    reasons = " ".join(compkit.ingest(odt).report.reasons)
    assert "an OpenDocument text read as" in reasons


def test_a_lead_in_over_few_cells_is_no_stem_of_the_framework(tmp_path):
    # was: "Where relevant ask the board to ensure:" over 2 of 6 cells (one of each level's
    # two) the stem of both levels, which every statement of their cells completes
    path = tmp_path / "leads.md"
    lead = "Where relevant ask the board to ensure:"
    rows = [
        f"| {comp} | " + " | ".join(
            (f"{lead}<br>{t}" if k == 2 - (comp == "Data") else t) for k, t in enumerate(texts)
        ) + " |\n"
        for comp, *texts in GRID
    ]  # fmt: skip
    path.write_text(
        f"# Team skills\n\n| {' | '.join(HEAD)} |\n| --- | --- | --- | --- |\n{''.join(rows)}",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    assert not result.framework.stem
    notes = [e.message for e in result.report.notes]
    assert f"lead-in {lead!r} opens 2 of 6 cells, no stem; not kept" in notes
