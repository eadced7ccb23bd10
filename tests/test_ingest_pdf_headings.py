"""Ingest, PDF: headings told by their font (larger, or bold lines standing alone).

The PDFs are written here with pypdf's object model (Helvetica and Helvetica-Bold at chosen
sizes), and one is printed by LibreOffice from a Word document with real Heading styles when
``soffice`` is installed.
"""

from __future__ import annotations

import shutil

import pytest

import compkit
from compkit.ingest import pdffile
from compkit.testing import pdf_fonts, word_to_pdf

# (font, size, text): F1 Helvetica, F2 Helvetica-Bold
FRAMEWORK = [
    [
        ("F1", 20, "Staff Behaviours"),
        ("F1", 11, "How we work with each other and with the people we serve."),
        ("F2", 14, "Working with People"),
        ("F1", 11, "Building trust with colleagues and partners."),
        ("F2", 11, "Level 1"),
        ("F1", 11, "Listens to colleagues before acting."),
        ("F1", 11, "Shares information with the team."),
        ("F2", 11, "Level 2"),
        ("F1", 11, "Builds networks across the organisation."),
    ],
    [
        ("F2", 14, "Delivering Results"),
        ("F1", 11, "Getting the right things done on time."),
        ("F2", 11, "Level 1"),
        ("F1", 11, "Plans own work to meet deadlines."),
        ("F2", 11, "Level 2"),
        ("F1", 11, "Sets clear goals for the team."),
        ("F1", 11, "Reviews progress and adjusts plans."),
    ],
]


def write_pdf(path, pages, *, uniform=False):
    """A PDF of lines each set in its own font and size (all Helvetica 11 pt if uniform)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    fonts = pdf_fonts(writer)
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        body, y = ["BT"], 790
        for font, size, text in lines:
            font, size = ("F1", 11) if uniform else (font, size)
            body += [f"/{font} {size} Tf", f"1 0 0 1 50 {y} Tm", f"({text}) Tj"]
            y -= round(size * 1.6)
        body.append("ET")
        stream = StreamObject()
        stream.set_data("\n".join(body).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def cells(result):
    fw = result.framework
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    return sorted((comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records)


def test_headings_by_font_become_competencies_and_levels(tmp_path):
    path = tmp_path / "behaviours.pdf"
    write_pdf(path, FRAMEWORK)
    result = compkit.ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Working with People", "Delivering Results"]
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert fw.title == "Staff Behaviours"
    assert cells(result) == [
        ("Delivering Results", "Level 1", "Plans own work to meet deadlines."),
        ("Delivering Results", "Level 2", "Reviews progress and adjusts plans."),
        ("Delivering Results", "Level 2", "Sets clear goals for the team."),
        ("Working with People", "Level 1", "Listens to colleagues before acting."),
        ("Working with People", "Level 1", "Shares information with the team."),
        ("Working with People", "Level 2", "Builds networks across the organisation."),
    ]
    first = next(i for i in fw.indicator_records if i.text.startswith("Listens"))
    assert (first.source.page, first.source.lines) == (1, (6,))
    last = next(i for i in fw.indicator_records if i.text.startswith("Reviews"))
    assert (last.source.page, last.source.lines) == (2, (7,))
    assert "Building trust" in fw.competency_records[0].description
    said = [n for n in result.report.notes if "by their font" in n.message]
    assert len(said) == 2
    larger = next(n for n in said if "14 pt bold" in n.message)
    assert "larger than the body text (11 pt)" in larger.message
    assert "'Working with People', 'Delivering Results'" in larger.message
    bold = next(n for n in said if "11 pt bold" in n.message)
    assert "short lines standing alone in bold" in bold.message
    assert 0.5 <= bold.confidence < larger.confidence <= 0.9
    assert not any("every statement read into one competency" in n.message for n in said)


def test_a_heading_wrapped_over_two_lines_is_one(tmp_path):
    pages = [[*FRAMEWORK[0][:2], ("F2", 14, "Working with People and"), *FRAMEWORK[0][2:]]]
    pages[0][3] = ("F2", 14, "partners")
    pages += FRAMEWORK[1:]
    path = tmp_path / "wrapped.pdf"
    write_pdf(path, pages)
    fw = compkit.ingest(path).framework
    names = [c.name for c in fw.competency_records]
    assert names == ["Working with People and partners", "Delivering Results"]
    assert fw.competency_records[0].source.lines == (3, 4)


def test_uniform_font_reads_as_without_fonts(tmp_path, monkeypatch):
    path = tmp_path / "uniform.pdf"
    write_pdf(path, FRAMEWORK, uniform=True)
    result = compkit.ingest(path)
    assert not any("by their font" in n.message for n in result.report.notes)

    def unchanged(lines, styles, ys, where, chars):
        return lines, where, {}, []

    monkeypatch.setattr(pdffile, "font_headings", unchanged)
    before = compkit.ingest(path)
    assert cells(result) == cells(before)
    assert [n.message for n in result.report.notes] == [n.message for n in before.report.notes]
    assert [i.source for i in result.framework.indicator_records] == [
        i.source for i in before.framework.indicator_records
    ]


def test_word_headings_printed_by_libreoffice(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    import docx

    doc = docx.Document()
    doc.add_paragraph("Team Framework", style="Title")
    for comp, levels in {
        "Communicating Clearly": {
            "Level 1": ["Speaks clearly to colleagues.", "Writes short, plain emails."],
            "Level 2": ["Adapts the message to the audience."],
        },
        "Solving Problems": {
            "Level 1": ["Asks for help when stuck."],
            "Level 2": ["Finds the cause of a problem.", "Weighs options before deciding."],
        },
    }.items():
        doc.add_heading(comp, level=1)
        doc.add_paragraph(f"What {comp.lower()} means for everyone in the team.")
        for level, statements in levels.items():
            doc.add_heading(level, level=2)
            for text in statements:
                doc.add_paragraph(text)
    word = tmp_path / "team.docx"
    doc.save(word)
    word_to_pdf(word)
    from_word, from_pdf = compkit.ingest(word), compkit.ingest(tmp_path / "team.pdf")
    assert cells(from_pdf) == cells(from_word)
    assert [c.name for c in from_pdf.framework.competency_records] == [
        "Communicating Clearly",
        "Solving Problems",
    ]
    assert all(i.source.page for i in from_pdf.framework.indicator_records)
    assert any("by their font" in n.message for n in from_pdf.report.notes)


def test_level_headings_repeated_on_one_page_and_a_summary_under_each_name(tmp_path):
    """Two competencies on one page, each with a summary line under its name and the same
    level headings (a page the reader also tries as a table); a bullet broken after a comma
    carries on, it heads nothing."""
    page = [("F2", 20, "Tester skills")]
    for name, summary in (("Test Design", "Cases and checklists"), ("Test Reporting", "Metrics")):
        page += [("F2", 14, name), ("F1", 10, summary)]
        for level in ("Trainee", "Junior", "Senior"):
            page += [("F2", 11, level), ("F1", 10, f"- {level} work on {name.lower()}.")]
    page[4:4] = [("F1", 10, "- Knows the levels: unit, system,"), ("F1", 10, "Acceptance Testing")]
    path = tmp_path / "skills.pdf"
    write_pdf(path, [page])
    result = compkit.ingest(path)
    got = cells(result)
    assert ("Test Design", "Trainee", "Knows the levels: unit, system, Acceptance Testing") in got
    assert ("Test Reporting", "Senior", "Senior work on test reporting.") in got
    assert len(got) == 7
    fw = result.framework
    assert [c.description for c in fw.competency_records] == ["Cases and checklists", "Metrics"]
