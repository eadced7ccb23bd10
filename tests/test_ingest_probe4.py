"""Ingest of shapes found on a fourth round of real public frameworks, on self-written fixtures.

Real Word, Excel and PDF frameworks (SFIA 8's workbook, the University of Auckland's research
management capability framework, ...) read through ``compkit ingest``; each defect found is
pinned here on a small fixture written by the test itself.
"""

from __future__ import annotations

import compkit


def _cells(result) -> list[tuple[str, str, str]]:
    frame = result.framework.indicators
    return list(zip(frame["competency_id"], frame["level"], frame["text"], strict=True))


# -- Excel's _xHHHH_ escapes -------------------------------------------------------------------


def test_excel_escaped_line_ends_are_not_read_into_statements(tmp_path):
    openpyxl = __import__("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Skills"
    sheet.append(["Skill", "Level 1", "Level 2"])
    sheet.append(
        [
            "Planning",
            "Plans own work._x000D_\nKeeps a to-do list._x000D_\n",
            "Plans the team's work._x000D_\nNames files like plan_x005F_x0041_v2.",
        ]
    )
    path = tmp_path / "skills.xlsx"
    book.save(path)
    result = compkit.ingest(path)
    assert _cells(result) == [
        ("planning", "level-1", "Plans own work."),
        ("planning", "level-1", "Keeps a to-do list."),
        ("planning", "level-2", "Plans the team's work."),
        # Excel's escape of a literal '_x' stays the text the author typed
        ("planning", "level-2", "Names files like plan_x0041_v2."),
    ]


# -- Word: a heading set by hand at a heading style's size --------------------------------------


def _capability_document(path, *, sized: bool) -> None:
    docx = __import__("docx")
    from docx.shared import Pt

    word = docx.Document()
    word.styles["Heading 2"].font.size = Pt(24)
    word.styles["Heading 3"].font.size = Pt(18)
    for name in ("Engagement", "Policy"):
        word.add_paragraph(name, style="Heading 3")
        word.add_paragraph(f"What {name.lower()} means here.")
        table = word.add_table(rows=2, cols=2)
        for c, level in enumerate(("Foundation", "Advanced")):
            table.cell(0, c).text = level
            table.cell(1, c).text = f"Shows {name.lower()} at {level.lower()} level."
    line = word.add_paragraph().add_run("Alignment Statements Underpinning the Descriptors")
    line.font.size = Pt(24 if sized else 11)
    word.add_paragraph("These statements will be provided alongside future materials.")
    word.save(path)


def test_a_line_set_at_a_heading_size_closes_the_last_competency(tmp_path):
    path = tmp_path / "capabilities.docx"
    _capability_document(path, sized=True)
    result = compkit.ingest(path)
    policy = result.framework.competencies.set_index("competency_id").loc["policy"]
    assert policy["description"] == "What policy means here."
    assert _cells(result)[-1] == ("policy", "advanced", "Shows policy at advanced level.")
    unused = result.report.to_frame().query("kind == 'unused'")["message"].str.cat(sep="\n")
    assert "'Alignment Statements Underpinning the Descriptors' is in no statement" in unused
    assert "future materials" in unused


def test_a_body_sized_line_after_the_table_is_still_text(tmp_path):
    path = tmp_path / "capabilities.docx"
    _capability_document(path, sized=False)
    result = compkit.ingest(path)
    policy = result.framework.competencies.set_index("competency_id").loc["policy"]
    assert "Alignment Statements" in policy["description"]


def test_a_word_file_wrapping_an_embedded_web_page_says_so(tmp_path, capsys):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from compkit.cli import main

    doc = docx.Document()
    doc.add_paragraph("Competencies")
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), "rId99")
    doc.element.body.insert(0, chunk)
    path = tmp_path / "exported.docx"
    doc.save(path)
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "embedded web page (altChunk)" in err and "save it again as .docx" in err
    assert not (tmp_path / "out.yaml").exists()
