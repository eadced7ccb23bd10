"""Probe 21, B: Word's hidden text and character styles; frameworks laid out as their publishers do.

Word text set hidden (``w:vanish``) is left out, as Word shows and prints the document, and
counted in the report; a run in a bold character style (Word's "Strong", LibreOffice's "Strong
Emphasis") is bold, as shown. The fixtures are self-written: their statements are our own.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import compkit

DATA = Path(__file__).parent / "data" / "ingest" / "probe21-word"


def _rows(fw) -> list[tuple]:
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text)
        for i in fw.indicator_records
    )


def _levels_in_strong(path: Path, *, hidden: bool = False) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Team Framework", 0)
    for comp in ("Communication", "Planning"):
        d.add_heading(comp, 1)
        for level in ("Level 1", "Level 2"):
            d.add_paragraph().add_run(level, style="Strong")
            for n in ("one", "two"):
                d.add_paragraph(f"{comp} statement {n} at {level}.", style="List Bullet")
    if hidden:
        p = d.add_paragraph("Listens well ", style="List Bullet")
        p.add_run("(author: cut this?) ").font.hidden = True
        p.add_run("to others.")
        note = d.add_paragraph("Note to authors: ")
        note.add_run("check with HR before publishing.")
        for run in note.runs:
            run.font.hidden = True
    d.save(path)
    return path


def test_a_level_name_in_words_strong_style_is_a_bold_label(tmp_path):
    fw = compkit.ingest(_levels_in_strong(tmp_path / "strong.docx")).framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert len(fw.indicator_records) == 8
    assert ("Planning", "Level 2", "Planning statement two at Level 2.") in _rows(fw)


def test_hidden_word_text_is_left_out_and_counted(tmp_path):
    result = compkit.ingest(_levels_in_strong(tmp_path / "hidden.docx", hidden=True))
    texts = [i.text for i in result.framework.indicator_records]
    assert "Listens well to others." in texts
    assert not any("author" in t or "HR" in t for t in texts)
    said = [n.message for n in result.report.notes if n.kind == "unused"]
    assert (
        "2 pieces of hidden text left out, as Word shows and prints the document (the first:"
        " '(author: cut this?)'); unhide it in the document if it belongs"
    ) in said


def test_hidden_by_a_character_style_and_shown_again_by_the_run(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    style = d.styles.add_style("Drafting note", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    d.add_heading("Delivering", 1)
    d.add_heading("Level 1", 2)
    p = d.add_paragraph("Plans own work.", style="List Bullet")
    p.add_run(" [keep?]", style="Drafting note")
    p = d.add_paragraph("Checks own work", style="List Bullet")
    p.add_run(".", style="Drafting note").font.hidden = False  # the run's own word stands
    fw = compkit.ingest(_save(d, tmp_path / "styled.docx")).framework
    assert sorted(i.text for i in fw.indicator_records) == ["Checks own work.", "Plans own work."]


def _save(d, path: Path) -> Path:
    d.save(path)
    return path


_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def test_an_odt_span_or_paragraph_in_a_named_bold_style_is_bold(tmp_path):
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}><office:styles>'
        '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" '
        'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Kept" style:family="text" '
        'style:parent-style-name="Strong_20_Emphasis"/>'
        '<style:style style:name="Level_20_name" style:display-name="Level name" '
        'style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:styles></office:document-styles>"
    )
    body = "".join(
        f'<text:h text:outline-level="1">{comp}</text:h>'
        + "".join(
            f'<text:p><text:span text:style-name="{style}">Level {n}</text:span></text:p>'
            f"<text:p>{comp} is shown at level {n}.</text:p>"
            for n, style in ((1, "Strong_20_Emphasis"), (2, "Kept"))
        )
        for comp in ("Communication", "Planning")
    ) + "".join(
        f'<text:h text:outline-level="1">{comp}</text:h>'
        + "".join(
            f'<text:p text:style-name="Level_20_name">Level {n}</text:p>'
            f"<text:p>{comp} is shown at level {n}.</text:p>"
            for n in (1, 2)
        )
        for comp in ("Delivering",)
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    path = tmp_path / "strong.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", styles)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    fw = compkit.ingest(path).framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert ("Planning", "Level 2", "Planning is shown at level 2.") in _rows(fw)
    assert ("Delivering", "Level 2", "Delivering is shown at level 2.") in _rows(fw)


def test_a_web_pages_back_to_top_links_saved_into_word_are_no_statements(tmp_path):
    import docx

    d = docx.Document()
    for comp in ("Flexibility", "Speaking Up"):
        d.add_heading(comp, 1)
        for level in ("Level 1", "Level 2"):
            d.add_heading(level, 2)
            d.add_paragraph(f"{comp} is shown at {level.lower()}.", style="List Bullet")
        d.add_paragraph("Back to top")
    result = compkit.ingest(_save(d, tmp_path / "saved-page.docx"))
    assert len(result.framework.indicator_records) == 4
    assert not any("top" in i.text for i in result.framework.indicator_records)
    said = [n.message for n in result.report.notes if n.kind == "unused"]
    assert "2 page links ('Back to top') set aside: a web page's navigation" in said


def test_a_level_line_in_a_bold_paragraph_style_is_a_bold_label(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    style = d.styles.add_style("Level name", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    for comp in ("Communication", "Planning"):
        d.add_heading(comp, 1)
        for level in ("Level 1", "Level 2"):
            d.add_paragraph(level, style="Level name")
            d.add_paragraph(f"{comp} is shown at {level.lower()}.", style="List Bullet")
    fw = compkit.ingest(_save(d, tmp_path / "styled-levels.docx")).framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert ("Planning", "Level 2", "Planning is shown at level 2.") in _rows(fw)


def test_level_titles_over_lists_in_a_table_per_competency_say_how_many_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Competency Dictionary", 0)
    for comp in ("Adapting", "Learning"):
        d.add_heading(comp, 1)
        d.add_paragraph(f"{comp} as the team defines it.")
        table = d.add_table(rows=2, cols=2)
        for n in (1, 2):
            table.cell(0, n - 1).text = f"Level {n}"
            cell = table.cell(1, n - 1)
            cell.paragraphs[0].add_run(f"Title of {comp.lower()} at level {n}.").bold = True
            for k in ("one", "two"):
                cell.add_paragraph(f"{comp} behaviour {k} at level {n}.", style="List Bullet")
    result = compkit.ingest(_save(d, tmp_path / "dictionary.docx"))
    assert len(result.framework.indicator_records) == 8
    said = [n.message for n in result.report.notes if "own title for the level" in n.message]
    assert said == [
        "4 table cells open with their competency's own title for the level ('Title of"
        " adapting at level 1.', ...; in 2 tables, the first here): kept in each competency's"
        " description, not read as statements"
    ]
