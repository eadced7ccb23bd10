"""Word documents never seen (twenty-seventh round, helper I).

Six real frameworks laid out in Word (eight layouts) (``tests/data/probe27i/README.md``: Monzo's and Novoda's
frameworks from novoda/progression-framework, MIT; the Open Capability Framework's dairy
ladder, CC BY 4.0), and three mends: a statement's reasons after it ("*Why this level:*",
"*Evidenced by:*") set aside, a table of the levels describing them, and a catalogue's
code-and-title ("SWE-01 — Writing Code") no level name.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx

from compkit.ingest.api import ingest
from compkit.ingest.levelnames import level_score

DATA = Path(__file__).parent / "data"
HERE = DATA / "probe27i"
DAIRY = (1, 2, 3, 4, 4, 5, 6)  # the proficiency each rung of the dairy ladder holds


def _read(path):
    result = ingest(path)
    return result.document, [n.message for n in result.report.notes]


def _cells(document) -> Counter:
    """Statements per (competency, level name)."""
    names = {lv["id"]: lv["name"] for lv in document["levels"]}
    return Counter(
        (c["name"], names[i["level"]]) for c in document["competencies"] for i in c["indicators"]
    )


def _texts(document) -> list[str]:
    return [i["text"] for c in document["competencies"] for i in c["indicators"]]


# -- six real frameworks ---------------------------------------------------------------------

REAL = {  # file: statements, competencies, level names
    "monzo-client-services-grid.docx": (61, 3, [f"Level {n}" for n in range(1, 8)]),
    "monzo-ops-leadership.docx": (152, 5, [f"Level {n}" for n in range(2, 7)]),
    "monzo-ops-ic-rows.docx": (70, 4, [f"Level {n}" for n in range(1, 6)]),
    "monzo-producers-by-level.docx": (87, 7, [f"Level {n}" for n in range(1, 6)]),
    "novoda-senior-product-engineer.docx": (38, 7, ["Level 1", "Level 2", "Level 3", "All levels"]),
    "ocf-dairy-ladder.docx": (14, 2, [f"L{n} (= P{p})" for n, p in enumerate(DAIRY, 1)]),
    "monzo-producers-office.docx": (87, 7, [f"Level {n}" for n in range(1, 6)]),
    "monzo-client-services-boxes.docx": (61, 3, [f"Level {n}" for n in range(1, 8)]),
}


def test_six_real_frameworks_in_eight_layouts_read_whole_without_their_reasons():
    read = {name: _read(HERE / name) for name in REAL}
    for name, (statements, competencies, levels) in REAL.items():
        document, _ = read[name]
        texts = _texts(document)
        assert len(texts) == statements, name
        assert len(document["competencies"]) == competencies, name
        assert [lv["name"] for lv in document["levels"]] == levels, name
        assert not any("Why this level" in t or "Evidenced by" in t for t in texts), name
    cells = _cells(read["monzo-client-services-grid.docx"][0])  # seven level columns
    assert cells["🧠 Domain Knowledge and Skills", "Level 7"] == 1
    assert cells["🗣️ Ownership and Influence", "Level 1"] == 3
    cells = _cells(read["monzo-producers-by-level.docx"][0])  # level first, topics under it
    assert cells["🧠 Problem solving", "Level 2"] == 7
    office, notes = read["monzo-producers-office.docx"]  # merged cells, comment, tracked
    assert _cells(office) == _cells(read["monzo-producers-by-level.docx"][0])
    assert "tracked changes left in, read as accepted (1 insertions, 1 deletions)" in notes
    assert not any("Is this still true?" in t for t in _texts(office))  # a comment's text
    boxes, _ = read["monzo-client-services-boxes.docx"]  # each level's list in a text box
    assert _cells(boxes) == _cells(read["monzo-client-services-grid.docx"][0])
    document, notes = read["novoda-senior-product-engineer.docx"]  # reading is no statement
    assert "Working Effectively with Legacy Code - Michael Feathers" not in _texts(document)
    assert any("'Recommended reading'" in n and "reading, not statements" in n for n in notes)


# -- a statement's reasons after it -----------------------------------------------------------


def test_the_catalogue_statements_leave_their_reasons_out():
    document, notes = _read(DATA / "probe26i" / "ocf-code-and-quality.docx")
    texts = _texts(document)
    assert len(texts) == 18
    assert texts[0] == "Writes working, readable code in the team's language; debugs own changes."
    assert not any("Why this level" in t or "Sources:" in t for t in texts)
    kept = "18 statements' reasons set aside after them, kept as their notes, each led by"
    assert f"{kept} 'Why this level:'" in notes


def test_the_ladder_statements_end_before_their_evidence():
    document, notes = _read(HERE / "ocf-dairy-ladder.docx")
    texts = _texts(document)
    assert texts[6].startswith("Defines flow-diversion-control practice adopted beyond the plant")
    assert texts[6].endswith("and is a reference others in the industry adopt.")
    assert not any("Evidenced by" in t or "Scope:" in t or "Why this level" in t for t in texts)
    assert any(n.startswith("14 statements' reasons set aside") for n in notes)


def _grid(path: Path, label_italic: bool = True) -> Path:
    """A self-written grid: each cell a statement, a line break, its labelled reasons."""
    d = docx.Document()
    d.add_paragraph("Code & Quality", style="Title")
    t = d.add_table(rows=3, cols=4)
    for j, head in enumerate(["Capability", "P1 — Assisted", "P2 — Independent", "P3 — Expert"]):
        t.cell(0, j).text = head
    for i, name in enumerate(["Writing Code", "Testing"], 1):
        t.cell(i, 0).text = name
        for j in range(1, 4):
            p = t.cell(i, j).paragraphs[0]
            p.add_run(f"Does {name.lower()} at P{j}.")
            p.add_run().add_break()
            p.add_run("Rationale:").italic = label_italic
            p.add_run(f" Stage {j} of five.")
    d.save(path)
    return path


def test_reasons_after_a_line_break_in_a_cell_are_set_aside(tmp_path):
    document, notes = _read(_grid(tmp_path / "grid.docx"))
    assert _texts(document) == [
        f"Does {n} at P{j}." for n in ("writing code", "testing") for j in (1, 2, 3)
    ]
    kept = "6 statements' reasons set aside after them, kept as their notes, each led by"
    assert f"{kept} 'Rationale:'" in notes
    document, _ = _read(_grid(tmp_path / "plain.docx", label_italic=False))  # a plain label
    assert _texts(document)[0] == "Does writing code at P1. Rationale: Stage 1 of five."


def _leads(path: Path) -> Path:
    """A bold lead opening each statement, a reason inside the sentence in italics.

    The introduction's own sources stay in it.
    """
    d = docx.Document()
    d.add_paragraph("Behaviours", style="Title")
    intro = d.add_paragraph("Read with care. ")
    intro.add_run("Sources:").italic = True
    intro.add_run(" the 2019 review.")
    for skill in ("Ownership", "Delivery"):
        d.add_heading(skill, 1)
        for level in ("Level 1", "Level 2"):
            d.add_heading(level, 2)
            p = d.add_paragraph(style="List Bullet")
            p.add_run("Proactive:").bold = True
            p.add_run(f" raises {skill.lower()} issues early, ")
            p.add_run("because:").italic = True
            p.add_run(" late news costs more.")
    d.save(path)
    return path


def test_reasons_after_a_statement_s_end_only(tmp_path):
    document, notes = _read(HERE / "ocf-dairy-ladder.docx")
    assert len(_texts(document)) == 14 and any("reasons set aside" in n for n in notes)
    document, notes = _read(_leads(tmp_path / "leads.docx"))
    assert (
        _texts(document)[0]
        == "Proactive: raises ownership issues early, because: late news costs more."
    )
    assert not any("reasons set aside" in n for n in notes)
    assert document["introduction"][0]["text"] == "Read with care. Sources: the 2019 review."


# -- a table of the levels ---------------------------------------------------------------------


def test_a_table_of_the_levels_describes_them():
    document, notes = _read(HERE / "ocf-dairy-ladder.docx")
    first, last = document["levels"][0], document["levels"][-1]
    assert first["description"] == (
        "Title: Operator I; Scope: one machine / task under direction; "
        "Focus: learns the plant and runs a single process area under direction"
    )
    assert last["description"].startswith("Title: Plant Operations Manager; Scope: the whole plant")
    assert any(
        n.startswith("a table of the levels, a row apiece, read as 7 levels'") for n in notes
    )
    assert not any("'Operator I' is in no statement" in n for n in notes)


def test_the_em_ladder_s_level_table_is_read():
    document, notes = _read(DATA / "probe26i" / "ocf-em-ladder.docx")
    assert document["levels"][4]["description"] == (
        "Title: VP; Scope: a function; "
        "Focus: sets functional direction and represents engineering to the business"
    )
    assert sum("is in no statement" in n for n in notes) < 10


def _other_rows(path: Path) -> Path:
    """A table whose rows name one level and something else, over a ladder of bold leads."""
    d = docx.Document()
    d.add_paragraph("Ladder", style="Title")
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Track", "Focus"), ("L1", "learns"), ("Manager", "leads")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    for skill in ("Writing Code", "Testing"):
        d.add_heading(skill, 1)
        for level in ("L1 (= P1)", "L2 (= P2)", "L3 (= P3)"):
            p = d.add_paragraph(style="List Bullet")
            p.add_run(level).bold = True
            p.add_run(f" — Does {skill.lower()} at {level[:2]}.")
    d.save(path)
    return path


def test_a_table_of_the_levels_only_when_every_row_names_one(tmp_path):
    document, _ = _read(HERE / "ocf-dairy-ladder.docx")
    assert all(lv.get("description") for lv in document["levels"])
    document, _ = _read(_other_rows(tmp_path / "other.docx"))
    assert [lv.get("description") for lv in document["levels"]] == [None, None, None]
    assert len(_texts(document)) == 6


# -- a catalogue's code and title --------------------------------------------------------------


def test_a_catalogue_code_and_title_is_no_level_name():
    assert level_score("SWE-01 — Writing Code") == 0.0
    assert level_score("EM-03 — Hiring") == 0.0
    assert level_score("SWE-1 — Writing Code") == 0.8  # a ladder's rung, then its title
    assert level_score("EM-01 — Team Lead") == 0.8  # a padded code before a level's title
    assert level_score("L2 - Analyst") == 0.8
