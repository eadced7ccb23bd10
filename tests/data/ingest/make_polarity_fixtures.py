"""Build the PDFs of tests/test_ingest_pdf_polarity_tables.py: pages of effective | ineffective tables.

Run from the repository root: ``.venv/bin/python tests/data/ingest/make_polarity_fixtures.py``
(needs LibreOffice's ``soffice``). Each Word document is written with python-docx in its
publisher's layout and printed to PDF by LibreOffice, as publishers' PDFs are made; the
statements are the publishers' words, excerpts only (sources and licences: the docstring of
tests/test_ingest_pdf_polarity_tables.py).

- ``polarity-who.pdf``: WHO Global Competency Model, core competencies 1-2: a competency
  heading in capitals, a "Definition:" paragraph, then a table headed EFFECTIVE BEHAVIOURS |
  INEFFECTIVE BEHAVIOURS (shaded, bold) with numbered items, one table per competency, both on
  one page; the first holds each side as one cell, the second a row per item.
- ``polarity-icf.pdf``: the UK police Integrated Competency Framework, "Strategic perspective"
  and "Openness to change" (behavioural area B): a heading, the competency's two description
  paragraphs, then a table headed Positive Indicators | Negative Indicators with bulleted
  items; the second table runs over the page break.
- ``levels-gsa.pdf``: the same path for level columns: GSA's Section 508 Program Manager
  Competency Guide, "Acquisition Strategy" and "Policy & Compliance", each a heading over a
  table headed Beginner | Intermediate | Advanced, the body right under the header row and
  the next heading right under the table, both tables on one page.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

WHO = [
    (
        "1) COMMUNICATING IN A CREDIBLE AND EFFECTIVE WAY",
        "Definition: Expresses oneself clearly in conversations and interactions with others; "
        "listens actively. Produces effective written communications. Ensures that information "
        "is shared.",
        "cells",
        [
            "Speaks and writes clearly, adapting communication style and content so they are "
            "appropriate to the needs of the intended audience",
            "Conveys information and opinions in a structured and credible way",
            "Encourages others to share their views; takes time to understand and consider "
            "these views",
            "Ensures that messages have been heard and understood",
            "Keeps others informed of key and relevant issues",
        ],
        [
            "Does not share useful information with others",
            "Does little to facilitate open communication",
            "Interrupts or argues with others rather than listening",
            "Uses jargon inappropriately in interaction with others",
            "Lacks coherence in structure of oral and written communications; overlooks key points",
        ],
    ),
    (
        "2) KNOWING AND MANAGING YOURSELF",
        "Definition: Manages ambiguity and pressure in a self-reflective way. Uses criticism as "
        "a development opportunity. Seeks opportunities for continuous learning and "
        "professional growth.",
        "rows",
        [
            "Works productively in an environment where clear information or direction is not "
            "always available",
            "Remains productive when under pressure",
            "Stays positive in the face of challenges and recovers quickly from setbacks",
        ],
        [
            "Demonstrates helplessness when confronted with ambiguous situations",
            "Demonstrates a lack of emotional control during difficult situations",
        ],
    ),
]

ICF = [
    (
        "Strategic perspective",
        [
            "Looks at issues with a broad view to achieve the organisation’s goals. Thinks "
            "ahead and prepares for the future.",
            "Concentrates on issues that support the broad organisational strategy. Maintains a "
            "broad view, and understands and considers the interests and aims of other units or "
            "outside organisations.",
        ],
        [
            "Makes sure own team’s ways of working are in line with the strategic direction of "
            "the organisation.",
            "Concentrates on issues that support organisational strategy.",
            "Thinks across functional and unit boundaries, understanding how their actions will "
            "affect other people.",
            "Thinks strategically beyond own role or specialist area.",
            "Raises awareness of strategic issues.",
            "Finds ways of exposing people to ways of working outside the service.",
        ],
        [
            "Is not aware of organisational strategy.",
            "Does not recognise the links between related activities or functions.",
            "Is not interested in what is going on outside own area.",
            "Does not see the possible damaging effects of actions or decisions on other parts "
            "of the organisation.",
            "Criticises or does not support organisational policies.",
            "Focuses on short-term issues, ignoring long-term effects.",
        ],
    ),
    (
        "Openness to change",
        [
            "Recognises and responds to the need for change, and uses it to improve "
            "organisational performance.",
            "Supports, promotes and puts into practice change. Introduces new ways of doing "
            "things and encourages others to accept them. Overcomes barriers to change.",
        ],
        [
            "Develops new systems and procedures.",
            "Encourages staff to be flexible and to think of totally new approaches or "
            "solutions to problems.",
            "Encourages others to recognise the need for change and helps them to adapt to it.",
            "Actively promotes change and manages resistance to it.",
            "Shows understanding of other people’s fear of change.",
            "Encourages people to think of improvements and to take these forward.",
            "Actively supports and promotes a change in the organisational culture.",
        ],
        [
            "Sticks to the job description so strictly that they cannot be flexible.",
            "Finds it difficult to cope with change.",
            "Resists change.",
            "Wants to keep things the way they are.",
            "Does not understand the need for change.",
            "Prefers routines and tried and tested ways of working.",
            "Is quick to say that change is not working.",
            "Does not listen to the reasons for change.",
        ],
    ),
]


GSA = [
    (
        "Acquisition Strategy",
        [
            [
                "Conduct market research, ensure procurements address Section 508 requirements, "
                "and fulfill the Federal Acquisition Regulation (FAR) requirements at FAR "
                "11.002(f) and FAR 39.2."
            ],
            [
                "Formulate strategy for incorporating Section 508 requirements across the "
                "acquisition lifecycle."
            ],
            [
                "Coordinate across Chief Information Officer (CIO), legal, acquisition, budget and "
                "IT offices to meet information and communication technology (ICT) needs of "
                "people with disabilities."
            ],
        ],
    ),
    (
        "Policy & Compliance",
        [
            [
                "Explain or provide guidance on laws, regulations, policies, standards, or "
                "procedures to management, personnel, or clients.",
                "Implement new or revised Section 508 laws, regulations, executive orders, "
                "policies, standards, or procedures.",
            ],
            [
                "Evaluate current and proposed regulatory requirements alongside mobile platforms "
                "and emerging technologies to ensure compliance with Section 508 for "
                "organizational programs, standards, and effectiveness measures."
            ],
            [
                "Oversee development and implementation of plans, policies, program procedures, "
                "standards, and architectures that support Section 508 compliance.",
                "Evaluate impact of changes to Section 508 or related laws, regulations, "
                "policies, standards, or procedures.",
            ],
        ],
    ),
]


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _header(table, names: list[str], fill: str | None) -> None:
    for i, name in enumerate(names):
        cell = table.cell(0, i)
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        if fill:
            _shade(cell, fill)


def who(path: Path) -> None:
    """The WHO document (Word), two competencies with a table each."""
    import docx

    doc = docx.Document()
    doc.add_heading("WHO GLOBAL COMPETENCY MODEL", 0)
    doc.add_heading("1. Core Competencies", 1)
    for name, definition, shape, good, bad in WHO:
        doc.add_heading(name, 2)
        doc.add_paragraph(definition)
        heads = ["EFFECTIVE BEHAVIOURS", "INEFFECTIVE BEHAVIOURS"]
        if shape == "cells":
            table = doc.add_table(rows=2, cols=2)
            table.style = "Table Grid"
            _header(table, heads, "0093D5")
            for col, items in ((0, good), (1, bad)):
                cell = table.cell(1, col)
                for k, text in enumerate(items):
                    para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    para.add_run(f"{k + 1}. {text}")
        else:
            rows = max(len(good), len(bad))
            table = doc.add_table(rows=rows + 1, cols=2)
            table.style = "Table Grid"
            _header(table, heads, "0093D5")
            for k in range(rows):
                for col, items in ((0, good), (1, bad)):
                    if k < len(items):
                        table.cell(k + 1, col).text = f"{k + 1}. {items[k]}"
    doc.save(path)


def icf(path: Path) -> None:
    """The police ICF document (Word): description paragraphs, bulleted indicator tables."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.add_heading("Integrated Competency Framework", 0)
    doc.add_paragraph("Behavioural area B: competencies, with positive and negative indicators.")
    for name, about, good, bad in ICF:
        doc.add_heading(name, 1)
        for text in about:
            doc.add_paragraph(text)
        table = doc.add_table(rows=2, cols=2)
        table.style = "Table Grid"
        _header(table, ["Positive Indicators", "Negative Indicators"], None)
        for col, items in ((0, good), (1, bad)):
            cell = table.cell(1, col)
            for k, text in enumerate(items):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                para.style = doc.styles["List Bullet"]
                para.add_run(text)
                para.paragraph_format.space_after = Pt(6)
    doc.save(path)


def gsa(path: Path) -> None:
    """The GSA guide (Word): a heading and a table with a column per level per competency."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.add_heading("Section 508 Program Manager Competency Guide", 0)
    for name, cells in GSA:
        doc.add_heading(name, 2)
        table = doc.add_table(rows=2, cols=3)
        table.style = "Table Grid"
        _header(table, ["Beginner", "Intermediate", "Advanced"], "D9E2F3")
        for col, items in enumerate(cells):
            cell = table.cell(1, col)
            for k, text in enumerate(items):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                para.add_run(text)
                para.paragraph_format.space_after = Pt(6)
    doc.save(path)


def to_pdf(build, name: str) -> None:
    """Write the Word document with ``build`` and print it to ``name`` here with LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{Path(name).stem}.docx"
        build(source)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        (HERE / name).write_bytes(source.with_suffix(".pdf").read_bytes())


if __name__ == "__main__":
    to_pdf(who, "polarity-who.pdf")
    to_pdf(icf, "polarity-icf.pdf")
    to_pdf(gsa, "levels-gsa.pdf")
