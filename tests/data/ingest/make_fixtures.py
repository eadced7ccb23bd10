"""Build the small purpose-made documents that tests/test_ingest*.py read.

Run from the repository root: ``.venv/bin/python tests/data/ingest/make_fixtures.py``. Each
document is a few competencies of one layout, in the shapes real frameworks are published in:

- ``levels-in-columns.docx``: a table per competency, a column per level, role levels shaded;
- ``headings-lists.docx``: Heading 1 per cluster, Heading 2 per level, numbered and bulleted lists;
- ``effective-ineffective.docx``: per competency and level, a table effective | ineffective;
- ``wide.xlsx``: a "Read me" sheet, then a title row, a row per skill, a column per level, cells
  with a stem ("You can:") and "- " bullets, one "n/a" cell, a roles column;
- ``long.csv``: a row per statement (Competency Area, Grade, Behaviour, Type);
- ``outline.pdf``: headings and numbered lists over two pages (written with pypdf only);
- ``levels-in-columns.pdf``, ``effective-ineffective.pdf``: the two Word documents with tables
  printed to PDF by LibreOffice (``soffice --convert-to pdf``), as publishers' PDFs are made;
- ``outline.md``: Markdown headings and bullets.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent


def levels_in_columns(path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = docx.Document()
    doc.add_paragraph("Behaviours Framework", style="Title")
    doc.add_paragraph("The levels build on each other: each level also meets the levels below.")
    comps = {
        "Communicating": [
            ["Listens to others", "Speaks clearly"],
            ["Adapts the message to the audience"],
            ["Shapes how the organisation communicates", "Coaches others to present"],
        ],
        "Delivering": [["Plans own work"], ["Plans the team's work", "Tracks risks"], ["n/a"]],
    }
    for n, (name, cells) in enumerate(comps.items(), 1):
        doc.add_heading(f"Competency {n}: {name}", level=1)
        doc.add_paragraph(f"How we go about {name.lower()}.")
        table = doc.add_table(rows=2, cols=3)
        for j, (level, cell) in enumerate(
            zip(["Foundation", "Practitioner", "Expert"], cells, strict=True)
        ):
            head = table.cell(0, j).paragraphs[0]
            head.add_run(level).bold = True
            if j < 2:
                head.add_run("\nTeam Leader").italic = True
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "FCE4C8")
                table.cell(0, j)._tc.get_or_add_tcPr().append(shd)
            body = table.cell(1, j)
            for k, text in enumerate(cell):
                para = body.paragraphs[0] if k == 0 else body.add_paragraph()
                para.style = doc.styles["List Bullet"]
                para.add_run(text)
    doc.save(path)


def headings_lists(path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Staff Framework", style="Title")
    doc.add_paragraph("There are three levels: Core, Senior and Leader.")
    content = {
        "Working Together": {
            "Core": ["Shares information with the team", "Asks for help when needed"],
            "Senior": ["Builds links with partner agencies"],
            "Leader": ["Sets direction for joint work", "Resolves conflict between teams"],
        },
        "Managing Work": {
            "Core": ["Plans and prioritises own workload"],
            "Senior": ["Allocates work fairly", "Monitors progress against plans"],
            "Leader": ["Owns the organisation's delivery plan"],
        },
    }
    for cluster, levels in content.items():
        doc.add_heading(cluster, level=1)
        for level, items in levels.items():
            doc.add_heading(level, level=2)
            style = "List Number" if cluster == "Working Together" else "List Bullet"
            for text in items:
                doc.add_paragraph(text, style=style)
    doc.save(path)


def effective_ineffective(path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Leadership Behaviours", style="Title")
    pairs = {
        "Seeing the Big Picture": {
            "Level 1": [
                ("Understands how own work fits the strategy", "Focuses only on own tasks"),
                ("Keeps up to date with the sector", "Ignores wider changes"),
            ],
            "Level 2": [("Explains the strategy to the team", "Keeps the team in the dark")],
        },
        "Making Decisions": {
            "Level 1": [("Weighs the evidence before deciding", "Decides on impulse")],
            "Level 2": [("Takes difficult decisions in time", "Puts off hard choices")],
        },
    }
    for comp, levels in pairs.items():
        doc.add_heading(comp, level=1)
        for level, rows in levels.items():
            doc.add_heading(level, level=2)
            table = doc.add_table(rows=1 + len(rows), cols=2)
            table.cell(0, 0).text = "Effective behaviours"
            table.cell(0, 1).text = "Ineffective behaviours"
            for r, (good, bad) in enumerate(rows, 1):
                table.cell(r, 0).text = good
                table.cell(r, 1).text = bad
    doc.save(path)


def wide(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    readme = book.active
    readme.title = "Read me"
    readme["A1"] = "This workbook lists the skills of the data profession."
    readme["A2"] = "Each level column says what a person at that level can do."
    sheet = book.create_sheet("Skills")
    sheet.append(["Data Profession Skills"])
    sheet.append([])
    sheet.append(
        ["Skill", "Description", "Awareness", "Working", "Practitioner", "Expert", "Roles"]
    )
    rows = [
        [
            "Data analysis",
            "Turning data into insight.",
            "You can:\n- describe common analysis methods\n- read a chart correctly",
            "You can:\n- run a standard analysis",
            "You can:\n- choose the right method\n- explain limits of the results",
            "You can:\n- set analysis standards for the organisation",
            "Data analyst, Data scientist",
        ],
        [
            "Data ethics",
            "Using data responsibly.",
            "You can:\n- explain why data ethics matters",
            "n/a",
            "You can:\n- apply an ethics framework to a project",
            "",
            "Data scientist",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    book.save(path)


def long_csv(path: Path) -> None:
    rows = [
        ["Competency Area", "Grade", "Behaviour", "Type"],
        ["Customer focus", "Band A", "Greets customers promptly", "Positive"],
        ["Customer focus", "Band A", "Ignores customer complaints", "Negative"],
        ["Customer focus", "Band B", "Resolves complaints at first contact", "Positive"],
        ["Teamwork", "Band A", "Helps colleagues when busy", "Positive"],
        ["Teamwork", "Band B", "Leads team briefings", "Positive"],
        ["Teamwork", "Band B", "Blames others for mistakes", "Negative"],
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    """A PDF with text lines in Helvetica, written with pypdf's object model only."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    from compkit.testing import pdf_fonts

    writer = PdfWriter()
    fonts = pdf_fonts(writer)  # /F1 Helvetica, /F2 its bold
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        body = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
        for line in lines:
            text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            body.append(f"({text}) Tj T*")
        body.append("ET")
        stream = StreamObject()
        stream.set_data("\n".join(body).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


OUTLINE = [
    [
        "Care Staff Competencies",
        "",
        "Person-centred care",
        "Level 1",
        "1. Treats each person as an individual",
        "2. Involves people in decisions about their care",
        "Level 2",
        "1. Plans care with the person and their family",
    ],
    [
        "Safe practice",
        "Level 1",
        "1. Follows infection control procedures",
        "2. Reports concerns about safety at once",
        "Level 2",
        "1. Checks that the team follows safe practice",
        "2. Reviews incidents and shares the",
        "lessons with the team",
    ],
]


def outline_md(path: Path) -> None:
    path.write_text(
        "# Engineering Ladder\n\n"
        "## Technical skill\n\n### Junior\n\n- Writes tested code\n- Fixes small bugs\n\n"
        "### Senior\n\n- Designs systems with others\n- Reviews code with care\n\n"
        "## Collaboration\n\n### Junior\n\n- Asks questions early\n\n"
        "### Senior\n\n- Mentors junior engineers\n",
        encoding="utf-8",
    )


def pdf_from_docx(path: Path) -> None:
    """The Word document beside ``path`` printed to PDF by LibreOffice (headless)."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
             str(path.with_suffix(".docx"))],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / path.name, path)


def main() -> None:
    levels_in_columns(HERE / "levels-in-columns.docx")
    headings_lists(HERE / "headings-lists.docx")
    effective_ineffective(HERE / "effective-ineffective.docx")
    wide(HERE / "wide.xlsx")
    long_csv(HERE / "long.csv")
    write_pdf(HERE / "outline.pdf", OUTLINE)
    pdf_from_docx(HERE / "levels-in-columns.pdf")
    pdf_from_docx(HERE / "effective-ineffective.pdf")
    outline_md(HERE / "outline.md")


if __name__ == "__main__":
    main()
