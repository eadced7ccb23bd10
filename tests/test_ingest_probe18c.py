"""Eighteenth probe, C: frameworks that arrive as Word documents, and compkit's renders read back.

- An author's level with no statements yet survives a render and a read back, as an empty
  level in its place (Word, Markdown and HTML, by competency and by level): compkit's marks
  name it and the document shows it (its heading over "No statements at this level yet.", or
  the line under the title naming such levels). A source's column with nothing in it, and a
  rendered level whose heading or note was deleted, are still left out (reported).

Every framework here is self-written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.framework import from_dict
from compkit.ingest import ingest


def _draft(empty: str = "Top"):
    """Three levels, ``empty`` with no statement yet; two competencies."""
    names = ["Entry", "Middle", "Top"]
    said = {
        "Writing": ["Writes short notes.", "Writes reports.", "Edits others' reports."],
        "Speaking": ["Speaks up in meetings.", "Presents to the team.", "Speaks for the team."],
    }
    return from_dict(
        {
            "schema_version": 1,
            "id": "draft",
            "title": "Draft Level Framework",
            "organisation": "Example Org",
            "levels": [{"id": n.lower(), "name": n, "rank": k} for k, n in enumerate(names, 1)],
            "competencies": [
                {
                    "id": comp.lower(),
                    "name": comp,
                    "indicators": [
                        {"id": f"{comp.lower()}{k}", "level": lv.lower(), "text": text}
                        for k, (lv, text) in enumerate(zip(names, texts, strict=True))
                        if lv != empty
                    ],
                }
                for comp, texts in said.items()
            ],
        }
    )


def _cells(fw):
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text)
        for i in fw.indicator_records
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
@pytest.mark.parametrize("empty", ["Top", "Middle", "Entry"])
def test_an_authors_empty_level_survives_a_round_trip(fmt, layout, empty, tmp_path):
    fw = _draft(empty)
    got = ingest(compkit.render(fw, tmp_path / f"d.{fmt}", layout=layout))
    assert [lv.name for lv in got.framework.level_records] == ["Entry", "Middle", "Top"]
    assert [lv.rank for lv in got.framework.level_records] == [1, 2, 3]
    assert _cells(got.framework) == _cells(fw)
    kept = [n for n in got.report.notes if f"level {empty!r} holds no statement yet" in n.message]
    assert kept and "kept" in kept[0].message
    intro = " ".join(p.text for p in got.framework.introduction)
    assert "No statements" not in intro


def test_two_empty_levels_named_in_one_line_both_survive(tmp_path):
    doc = compkit.framework.to_dict(_draft("Top"))
    for comp in doc["competencies"]:
        comp["indicators"] = [i for i in comp["indicators"] if i["level"] == "middle"]
    fw = from_dict(doc)
    for fmt in ("md", "html", "docx"):
        got = ingest(compkit.render(fw, tmp_path / f"d.{fmt}", layout="competency")).framework
        assert [lv.name for lv in got.level_records] == ["Entry", "Middle", "Top"], fmt
        assert _cells(got) == _cells(fw)


def test_a_rendered_level_whose_note_was_deleted_is_left_out(tmp_path):
    # by competency, the empty level shows only in the note: deleted, the level goes too
    path = compkit.render(_draft("Top"), tmp_path / "d.md", layout="competency")
    text = path.read_text(encoding="utf-8").replace("*No statements yet at level Top.*\n", "")
    path.write_text(text, encoding="utf-8")
    got = ingest(path)
    assert [lv.name for lv in got.framework.level_records] == ["Entry", "Middle"]


def test_a_rendered_level_whose_heading_was_deleted_is_left_out(tmp_path):
    path = compkit.render(_draft("Top"), tmp_path / "d.md", layout="level")
    text = path.read_text(encoding="utf-8")
    assert "## Level 3: Top\n" in text or "## Top\n" in text
    head = "## Level 3: Top\n" if "## Level 3: Top\n" in text else "## Top\n"
    text = text.replace(head, "").replace("No statements at this level yet.\n", "")
    path.write_text(text, encoding="utf-8")
    got = ingest(path)
    assert [lv.name for lv in got.framework.level_records] == ["Entry", "Middle"]


def _plain_docx(path: Path) -> Path:
    """A publisher's Word tables, a column per level, the "Expert" column left blank."""
    import docx

    d = docx.Document()
    d.add_heading("Sample framework (written for these tests)", 0)
    rows = {"Planning": ["Plans the week", "Plans the quarter"],
            "Listening": ["Listens well", "Hears dissent"]}  # fmt: skip
    for comp, texts in rows.items():
        d.add_heading(comp, 1)
        table = d.add_table(rows=2, cols=3)
        for k, head in enumerate(["Foundation", "Practitioner", "Expert"]):
            table.cell(0, k).text = head
        for k, text in enumerate(texts):
            table.cell(1, k).text = text
    d.save(path)
    return path


def test_a_sources_empty_column_is_still_left_out(tmp_path):
    got = ingest(_plain_docx(tmp_path / "plain.docx"))
    assert [lv.name for lv in got.framework.level_records] == ["Foundation", "Practitioner"]
    assert len(got.framework.indicator_records) == 4
    said = [n.message for n in got.report.notes]
    assert "level 'Expert' holds no statement; left out" in said


# -- a competency dictionary's level titles in table cells ----------------------------------------
#: Self-written in the shape of a public-service competency dictionary: each competency titles
#: each of its levels in one line before the level's behaviours.
DICTIONARY = {
    "Adapting": [
        ("Notices change coming.", ["Accepts that plans move.", "Asks what a change means."]),
        ("Adjusts own work.", ["Changes approach when asked.", "Tries a new tool."]),
        ("Leads others through change.", ["Explains why a change helps.", "Keeps calm."]),
    ],
    "Learning": [
        ("Knows own gaps.", ["Asks for feedback.", "Keeps a learning log."]),
        ("Learns beyond the role.", ["Takes stretch tasks.", "Reads widely."]),
        ("Builds a learning team.", ["Shares lessons.", "Funds courses for others."]),
    ],
    "Listening": [
        ("Hears others out.", ["Lets others finish.", "Repeats back what was said."]),
        ("Draws out quiet voices.", ["Asks the quiet ones first.", "Notes dissent."]),
        ("Makes listening a habit.", ["Runs listening sessions.", "Acts on what is heard."]),
    ],
    "Planning": [
        ("Plans own week.", ["Lists tasks by day.", "Flags clashes early."]),
        ("Plans for the team.", ["Sets team milestones.", "Balances the load."]),
        ("Plans across teams.", ["Aligns roadmaps.", "Names shared risks."]),
    ],
}


def _dictionary_docx(path: Path, *, rows: bool, same_title: bool = False, entries=None) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Competency dictionary (written for these tests)", 0)
    for comp, levels in (entries or DICTIONARY).items():
        d.add_heading(comp, 1)
        d.add_paragraph(f"What {comp.lower()} means here, in a sentence written for this test.")
        if rows:
            table = d.add_table(rows=1 + len(levels), cols=3)
            for k, head in enumerate(["Level", "Proficiency", "Behavioural indicators"]):
                table.cell(0, k).text = head
        else:
            table = d.add_table(rows=2, cols=len(levels))
        for n, (title, items) in enumerate(levels, 1):
            title = "Shows this at this level." if same_title else title
            if rows:
                table.cell(n, 0).text = f"Level {n}"
                table.cell(n, 1).text = title
                cell = table.cell(n, 2)
                cell.paragraphs[0].text = items[0]
                cell.paragraphs[0].style = "List Bullet"
            else:
                table.cell(0, n - 1).text = f"Level {n}"
                cell = table.cell(1, n - 1)
                cell.paragraphs[0].add_run(title).bold = True
                cell.add_paragraph(items[0], style="List Bullet")
            for item in items[1:]:
                cell.add_paragraph(item, style="List Bullet")
    d.save(path)
    return path


def _truth(entries=None):
    return sorted(
        (comp, f"Level {n}", item)
        for comp, levels in (entries or DICTIONARY).items()
        for n, (_, items) in enumerate(levels, 1)
        for item in items
    )


@pytest.mark.parametrize("rows", [True, False], ids=["level-rows", "level-columns"])
def test_a_level_title_in_its_cell_is_the_competencys_description(rows, tmp_path):
    got = ingest(_dictionary_docx(tmp_path / "dict.docx", rows=rows))
    fw = got.framework
    assert _cells(fw) == _truth()  # the behaviours, and no title among them
    for comp, levels in DICTIONARY.items():
        description = fw.competency(comp).description
        assert all(title in description for title, _ in levels)
    said = [n.message for n in got.report.notes if "own title for the level" in n.message]
    assert len(said) == 1
    assert ("in 4 tables" if rows else "12 table cells") in said[0]
    assert not [n for n in got.report.notes if n.kind == "undefined"]  # no cell read as blank


def test_one_line_under_every_competency_at_a_level_stays_a_statement(tmp_path):
    # the same line in every competency's cell is not a competency's own title for the level
    got = ingest(_dictionary_docx(tmp_path / "same.docx", rows=False, same_title=True))
    texts = [i.text for i in got.framework.indicator_records]
    assert texts.count("Shows this at this level.") == 12


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_small_dictionary_in_level_rows_keeps_its_behaviours(n, tmp_path):
    # with few competencies the "Proficiency" header was taken for the competency, and the
    # behaviours beside it for the levels' descriptions: none was read
    entries = dict(list(DICTIONARY.items())[:n])
    got = ingest(_dictionary_docx(tmp_path / "small.docx", rows=True, entries=entries))
    assert _cells(got.framework) == _truth(entries)
    assert [c.name for c in got.framework.competency_records] == list(entries)
