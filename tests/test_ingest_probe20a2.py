"""Round twenty, helper A2: a proficiency scale in Word, web pages and Markdown.

Mended (each test fails on the code before):

- a proficiency scale laid out as a table "Score | Proficiency Level | Description", a row per
  level (the NIH Proficiency Scale's shape: "1 | Fundamental Awareness (basic knowledge) | You
  have a common knowledge ..."), named its levels from the score column ("Level 1", "Level 2"
  ...) and read each level's name as a statement of its own level. The score column is set
  aside and reported with its scores; the name column names the levels
  (``ingest/scalecolumns.py``);
- a competency dictionary with no levels (NIH's competencies dictionary: a name, one paragraph
  defining it, "Key Behaviors" over a list, then "Developmental opportunities for this
  competency are available from ...") read the definition and the closing line as two more
  statements of each competency, in Word, web pages and Markdown. The definition is the
  competency's description; the closing line, the same under every competency, is set aside
  and reported (``ingest/dictnotes.py``).

The fixtures are self-written, of the NIH scale's shape; NIH's own text (US federal work,
public domain) was measured in /tmp only.
"""

from __future__ import annotations

import pytest

import compkit

# self-written: score, level name, its bracketed gloss, description, bullets
SCALE = [
    ("N/A", "Not Applicable", "", "You do not need this skill in your post.", []),
    ("1", "Basic", "(first steps)", "You know the words and main ideas of this area of work.",
     ["Focus is on learning."]),
    ("2", "Working", "(some practice)", "You do routine tasks in this area with some help.",
     ["You ask when unsure.", "You use the team's guides."]),
    ("3", "Skilled", "(on your own)", "You do most tasks in this area without help.",
     ["You help newer staff."]),
]  # fmt: skip
NAMES = [
    "Not Applicable",
    "Basic (first steps)",
    "Working (some practice)",
    "Skilled (on your own)",
]
TITLE = "Team Proficiency Scale"
INTRO = "The scale measures how well a person applies a skill at work, in four steps."


def _docx(path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph(INTRO)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Score", "Proficiency Level", "Description"], strict=True):
        c.text = h
    for s, n, q, desc, bs in SCALE:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = s, f"{n}\n{q}" if q else n, desc
        for b in bs:
            r[2].add_paragraph(b, style="List Bullet")
    d.save(path)
    return path


def _html(path):
    rows = "".join(
        f"<tr><td>{s}</td><td>{n}" + (f"<br>{q}" if q else "") + f"</td><td><p>{desc}</p>"
        + ("<ul>" + "".join(f"<li>{b}</li>" for b in bs) + "</ul>" if bs else "")
        + "</td></tr>"
        for s, n, q, desc, bs in SCALE
    )  # fmt: skip
    path.write_text(
        f"<html><head><meta charset='utf-8'></head><body><h2>{TITLE}</h2><p>{INTRO}</p>"
        "<table><tr><th>Score</th><th>Proficiency Level</th><th>Description</th></tr>"
        f"{rows}</table></body></html>",
        encoding="utf-8",
    )
    return path


def _markdown(path):
    rows = "".join(
        f"| {s} | {n}{' ' + q if q else ''} | {' '.join([desc, *bs])} |\n"
        for s, n, q, desc, bs in SCALE
    )
    path.write_text(
        f"# {TITLE}\n\n{INTRO}\n\n| Score | Proficiency Level | Description |\n"
        f"| --- | --- | --- |\n{rows}",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("make", "name"), [(_docx, "scale.docx"), (_html, "scale.html")])
def test_a_score_column_does_not_name_the_levels(tmp_path, make, name):
    # was: levels "N/A", "Level 1", "Level 2", "Level 3" (the scores), and "Basic (first
    # steps)", "Working (some practice)" ... read as statements of their own levels
    result = compkit.ingest(make(tmp_path / name))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == NAMES
    texts = [i.text for i in fw.indicator_records]
    assert not any(n.split(" (")[0] in t.split() for t in texts for n in NAMES[1:])
    by_level = {lv.id: lv.name for lv in fw.level_records}
    cells = {(by_level[i.level], i.text) for i in fw.indicator_records}
    for _, n, q, desc, bs in SCALE:
        named = f"{n} {q}" if q else n
        assert (named, desc) in cells
        assert {(named, b) for b in bs} <= cells
    notes = " ".join(e.message for e in result.report.notes)
    assert "'Score' column holds each level's score (N/A, 1, 2, 3)" in notes


def test_a_score_column_in_a_markdown_table_does_not_name_the_levels(tmp_path):
    fw = compkit.ingest(_markdown(tmp_path / "scale.md")).framework
    assert [lv.name for lv in fw.level_records] == NAMES


@pytest.mark.parametrize(
    ("first", "second"),
    [("Competency", "Level"), ("Score", "Description")],
)
def test_other_first_columns_are_read_as_before(tmp_path, first, second):
    # a first column naming competencies (or a score beside no name column) is no scale's score
    md = tmp_path / "t.md"
    md.write_text(
        f"# Skills\n\n| {first} | {second} | Notes |\n| --- | --- | --- |\n"
        "| 1 | Basic | You know the words. |\n| 2 | Working | You do routine tasks. |\n",
        encoding="utf-8",
    )
    before = compkit.ingest(md).framework
    assert not any("holds each level's score" in n for n in _messages(md))
    assert len(before.indicator_records) >= 2


def _messages(path):
    return [e.message for e in compkit.ingest(path).report.notes]


# self-written: a dictionary of the NIH competencies dictionary's shape
ENTRIES = [
    ("Research Knowledge", "Keeps up a working knowledge of the research the team supports.",
     ["Reads the new papers in the field each month.", "Names experts."]),
    ("Data Handling", "Keeps the team's data sound, documented and safe.",
     ["Keeps data sets tidy and documented.", "Backs up data."]),
    ("Plain Writing", "Writes so that any colleague can follow.",
     ["Uses short sentences.", "Explains each term once."]),
]  # fmt: skip
NOTE = "Training for this skill is listed on the intranet."


def _dictionary(path, *, note=NOTE):
    notes = [note] * len(ENTRIES) if isinstance(note, str) else note
    if path.suffix == ".docx":
        docx = pytest.importorskip("docx")
        d = docx.Document()
        d.add_heading("Skills dictionary", 1)
        for (name, definition, items), closing in zip(ENTRIES, notes, strict=True):
            d.add_heading(name, 2)
            d.add_paragraph(definition)
            d.add_heading("Key Behaviors", 3)
            for item in items:
                d.add_paragraph(item, style="List Bullet")
            d.add_paragraph(closing)
        d.save(path)
    elif path.suffix == ".html":
        body = "".join(
            f"<h2>{n}</h2><p>{d}</p><h3>Key Behaviors</h3><ul>"
            + "".join(f"<li>{k}</li>" for k in ks) + f"</ul><p>{c}</p>"
            for (n, d, ks), c in zip(ENTRIES, notes, strict=True)
        )  # fmt: skip
        path.write_text(
            f"<html><body><h1>Skills dictionary</h1>{body}</body></html>", encoding="utf-8"
        )
    else:
        path.write_text(
            "# Skills dictionary\n\n"
            + "".join(
                f"## {n}\n\n{d}\n\n### Key Behaviors\n\n"
                + "".join(f"- {k}\n" for k in ks) + f"\n{c}\n\n"
                for (n, d, ks), c in zip(ENTRIES, notes, strict=True)
            ),
            encoding="utf-8",
        )  # fmt: skip
    return path


@pytest.mark.parametrize("name", ["dictionary.docx", "dictionary.html", "dictionary.md"])
def test_a_dictionarys_definitions_and_closing_line_are_no_statements(tmp_path, name):
    # was: 4 statements a competency, the definition first and the closing line last
    result = compkit.ingest(_dictionary(tmp_path / name))
    fw = result.framework
    comps = {c.id: c for c in fw.competency_records}
    got = {(comps[i.competency].name, i.text) for i in fw.indicator_records}
    assert got == {(n, k) for n, _, ks in ENTRIES for k in ks}
    assert [(c.name, c.description) for c in comps.values()] == [(n, d) for n, d, _ in ENTRIES]
    messages = [(n.kind, n.message) for n in result.report.notes]
    assert not any(kind == "undefined" for kind, _ in messages)
    assert any(kind == "unused" and NOTE in m and "closing line" in m for kind, m in messages)


def test_a_closing_line_of_one_competencys_own_stays_a_statement(tmp_path):
    own = ["Ask the data team for a walk-through.", "Read the house style guide first.", NOTE]
    fw = compkit.ingest(_dictionary(tmp_path / "dictionary.md", note=own)).framework
    texts = [i.text for i in fw.indicator_records]
    assert set(own) <= set(texts)  # no five-word opening shared by two competencies or more


def test_a_scale_then_a_grid_headed_by_its_levels_keeps_the_grids_competencies(tmp_path):
    # the scale's names head a later grid: the grid's rows stay its competencies (with the
    # scale's rows read as the levels' only slot they were "Team skills" and "Skills")
    md = tmp_path / "two.md"
    md.write_text(
        "# Team skills\n\n## Proficiency scale\n\n| Score | Proficiency Level | Description |\n"
        "| --- | --- | --- |\n| 1 | Basic | You know the words. |\n"
        "| 2 | Working | You do routine tasks. |\n| 3 | Skilled | You work without help. |\n\n"
        "## Skills\n\n| Skill | Basic | Working | Skilled |\n| --- | --- | --- | --- |\n"
        "| Writing | Writes notes. | Writes reports. | Edits reports. |\n"
        "| Data | Reads tables. | Builds tables. | Designs data sets. |\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(md).framework
    assert [lv.name for lv in fw.level_records] == ["Basic", "Working", "Skilled"]
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    cells = {(comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records}
    assert {
        ("Writing", "Basic", "Writes notes."),
        ("Data", "Skilled", "Designs data sets."),
    } <= cells
