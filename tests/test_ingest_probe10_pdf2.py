"""Ingest, PDF: the tenth probe round's second PDF mends (sentence items in a table cell).

Found on PDFs printed by LibreOffice from Word tables of real frameworks: a cell holding a
list of sentences, one a paragraph with no space between them, ran together as one
statement, though each ended with a full stop and the next opened with a capital on a new
line: GitLab's engineering career matrix read 4 statements for 26 items; the City of
Bayawan's competency dictionary set as a level grid read 42 for 116. A line ending a
sentence short of the column by more than the next word (a break, not a wrap), at least
twice in a table and more often than sentences ending inside a line, shows the author
writes a sentence a paragraph. A cell written as one paragraph of sentences (Bayawan's
items joined; the APS ILS comparative, tested in ``test_ingest_probe9_sheets``) ends most
sentences inside its lines and is kept whole.

Text, word for word: GitLab's handbook (engineering career matrix), CC BY-SA 4.0,
https://about.gitlab.com/handbook/ (as stored in the public repository sshumaker/fhl,
``data/handbook/engineering/career-development/matrix/``); the City Government of Bayawan's
competency dictionary (github Team-HR/ihris @ 472fdd4f ``competencies.json``; no licence
stated, a few lines quoted for a test). The cell lines below are pypdf's layout text of the
PDFs LibreOffice printed from python-docx tables (9 pt Bayawan, GitLab at the default size,
landscape). The LibreOffice test skips when ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil

import docx
import pytest
from docx.enum.section import WD_ORIENT

import compkit
from compkit.ingest.pdfcells import cell_grid
from compkit.testing import word_to_pdf

BAYAWAN_ITEMS = [
    [
        "Accepts that things",
        "will change.",
        "Seeks clarification",
        "when faced with",
        "ambiguity or",
        "uncertainty.",
        "Demonstrates",
        "willingness to try",
        "new approaches.",
        "Suspends",
        "judgment; thinks",
        "before acting.",
        "Acknowledges the",
        "value of others'",
        "contributions",
        "regardless of how",
        "they are presented.",
    ],
    [
        "Adapts personal",
        "approach to meet",
        "the needs of",
        "different or new",
        "situations.",
        "Seeks guidance in",
        "adapting behavior",
        "to the needs of a",
        "new or different",
        "situation.",
    ],
    [
        "Adapts to new",
        "ideas and",
        "initiatives across a",
        "wide variety of",
        "issues or situations.",
        "Shifts priorities,",
        "changes style and",
        "responds with new",
        "approaches as",
        "needed to deal with",
        "new or changing",
        "demands.",
    ],
    [
        "Publicly supports",
        "and adapts to",
        "major/fundamental",
        "changes that show",
        "promise of",
        "improving",
        "established ways of",
        "operating.",
        "Seeks opportunities",
        "for change in order",
        "to achieve",
        "improvement in",
        "work processes,",
        "systems, etc.",
        "Maintains",
        "composure and",
        "shows self control",
        "in the face of",
        "challenges and",
        "change.",
    ],
    [
        "Anticipates change",
        "and makes large or",
        "long-term",
        "adaptations in",
        "organization in",
        "response to the",
        "needs of the",
        "situation.",
        "Performs",
        "effectively amidst",
        "continuous change,",
        "ambiguity and, at",
        "times, apparent",
        "chaos.",
        "Shifts readily",
        "between dealing",
        "with macro-",
        "strategic issues and",
        "critical details.",
    ],
]

BAYAWAN_PARAGRAPHS = [
    [
        "Accepts that things",
        "will change. Seeks",
        "clarification when",
        "faced with",
        "ambiguity or",
        "uncertainty.",
        "Demonstrates",
        "willingness to try",
        "new approaches.",
        "Suspends",
        "judgment; thinks",
        "before acting.",
        "Acknowledges the",
        "value of others'",
        "contributions",
        "regardless of how",
        "they are presented.",
    ],
    [
        "Adapts personal",
        "approach to meet",
        "the needs of",
        "different or new",
        "situations. Seeks",
        "guidance in",
        "adapting behavior",
        "to the needs of a",
        "new or different",
        "situation.",
    ],
    [
        "Adapts to new",
        "ideas and",
        "initiatives across a",
        "wide variety of",
        "issues or situations.",
        "Shifts priorities,",
        "changes style and",
        "responds with new",
        "approaches as",
        "needed to deal with",
        "new or changing",
        "demands.",
    ],
    [
        "Publicly supports",
        "and adapts to",
        "major/fundamental",
        "changes that show",
        "promise of",
        "improving",
        "established ways of",
        "operating. Seeks",
        "opportunities for",
        "change in order to",
        "achieve",
        "improvement in",
        "work processes,",
        "systems, etc.",
        "Maintains",
        "composure and",
        "shows self control",
        "in the face of",
        "challenges and",
        "change.",
    ],
    [
        "Anticipates change",
        "and makes large or",
        "long-term",
        "adaptations in",
        "organization in",
        "response to the",
        "needs of the",
        "situation. Performs",
        "effectively amidst",
        "continuous change,",
        "ambiguity and, at",
        "times, apparent",
        "chaos. Shifts",
        "readily between",
        "dealing with macro-",
        "strategic issues and",
        "critical details.",
    ],
]

GITLAB_ITEMS = [
    [
        "Considers quality,",
        "security, and",
        "performance of",
        "assigned tasks.",
        "Independently",
        "plans, estimates",
        "and, delivers small",
        "and moderate",
        "solutions.",
        "Seeks guidance",
        "when blocked and",
        "iterates to a",
        "solution.",
        "Performs thorough",
        "reviews within",
        "their domain and",
        "provides helpful",
        "feedback to team",
        "members.",
        "Encourages",
        "participation and",
        "engages with",
        "contributions from",
        "those in the",
        "community.",
    ],
    [
        "Contributes to the",
        "team’s",
        "understanding of",
        "quality and how it",
        "impacts the team’s",
        "domain with",
        "respect to their",
        "role.",
        "Able to take on",
        "large issues with",
        "vague",
        "requirements.",
        "Able to resolve",
        "complex",
        "challenges.",
        "Acts as a Coach",
        "and Mentor to",
        "others.",
    ],
    [
        "Advocates for",
        "quality and makes",
        "sure it is",
        "everyone's",
        "responsibility.",
        "Mentors others on",
        "how to maintain",
        "and continue to",
        "raise the level of",
        "quality in",
        "everything we",
        "produce.",
        "Advocates for tech",
        "debt, customer",
        "issues, and high",
        "severity bugs.",
        "Advocates for",
        "security.",
        "Provides guidance",
        "to others regarding",
        "how to properly",
        "address security",
        "issues and",
        "vulnerabilities.",
        "Able to take on",
        "complex",
        "requirements and",
        "decompose them",
        "into a proposal of",
        "small deliverables.",
        "Able to quickly",
        "pivot a solution",
    ],
    [
        "Has a broad skill-",
        "set with in-depth",
        "expertise in several",
        "areas.",
        "Blends technical,",
        "product and design",
        "strategy, helping",
        "the team to be",
        "more productive",
        "while interfacing",
        "with teams.",
        "Reaches beyond",
        "immediate needs,",
        "independently",
        "considering the",
        "longer-term, and is",
        "always looking",
        "beyond for ways to",
        "have a broad",
        "impact.",
        "Addresses cross-",
        "team challenges",
        "related to",
        "customers, quality",
        "and security.",
        "Able to take on",
        "cross-team complex",
        "requirements and",
        "decompose them",
        "into a proposal of",
        "small deliverables.",
    ],
]

GITLAB_MATRIX = {
    "Intermediate": [
        "Considers quality, security, and performance of assigned tasks.",
        "Independently plans, estimates and, delivers small and moderate solutions.",
        "Seeks guidance when blocked and iterates to a solution.",
        "Performs thorough reviews within their domain and provides helpful feedback to team "
        "members.",
        "Encourages participation and engages with contributions from those in the community.",
    ],
    "Senior": [
        "Contributes to the team’s understanding of quality and how it impacts the team’s domain "
        "with respect to their role.",
        "Able to take on large issues with vague requirements.",
        "Able to resolve complex challenges.",
        "Acts as a Coach and Mentor to others.",
    ],
    "Staff": [
        "Advocates for quality and makes sure it is everyone's responsibility.",
        "Mentors others on how to maintain and continue to raise the level of quality in "
        "everything we produce.",
        "Advocates for tech debt, customer issues, and high severity bugs.",
        "Advocates for security.",
        "Provides guidance to others regarding how to properly address security issues and "
        "vulnerabilities.",
    ],
    "Principal": [
        "Has a broad skill-set with in-depth expertise in several areas.",
        "Blends technical, product and design strategy, helping the team to be more productive "
        "while interfacing with teams.",
        "Addresses cross-team challenges related to customers, quality and security.",
    ],
}


def _grid(name: str, cells: list[list[str]]) -> list[list[str]]:
    """The paragraphs cell_grid reads from one body row of a table of paragraphs."""
    header = [[("Competency", 0)], *[[(f"Level {n}", 0)] for n in range(1, len(cells) + 1)]]
    body = [[(name, 1)], *[[(t, n) for n, t in enumerate(cell, 1)] for cell in cells]]
    grid = cell_grid([header, body], (lambda n: (1, n + 1), set()), "T", prose=True)
    return [[p.text for p in cell["paras"]] for cell in grid[1][1:]]


def test_sentence_items_in_a_cell_are_read_one_a_statement():
    """Bayawan's and GitLab's items, a sentence a paragraph: each its own (were one a cell)."""
    bayawan = _grid("Adaptability", BAYAWAN_ITEMS)
    assert bayawan[0] == [
        "Accepts that things will change.",
        "Seeks clarification when faced with ambiguity or uncertainty.",
        "Demonstrates willingness to try new approaches.",
        "Suspends judgment; thinks before acting.",
        "Acknowledges the value of others' contributions regardless of how they are presented.",
    ]
    assert bayawan[1] == [
        "Adapts personal approach to meet the needs of different or new situations.",
        "Seeks guidance in adapting behavior to the needs of a new or different situation.",
    ]
    assert bayawan[2][1] == (
        "Shifts priorities, changes style and responds with new approaches as needed to deal "
        "with new or changing demands."
    )
    gitlab = _grid("Engineering", GITLAB_ITEMS)
    assert gitlab[0] == GITLAB_MATRIX["Intermediate"]
    assert gitlab[1] == GITLAB_MATRIX["Senior"]


def test_a_paragraph_of_sentences_in_a_cell_is_kept_whole():
    """Bayawan's items written as one paragraph a cell: one statement a cell, as before."""
    cells = _grid("Adaptability", BAYAWAN_PARAGRAPHS)
    assert [len(c) for c in cells] == [1] * len(BAYAWAN_PARAGRAPHS)
    assert cells[0][0].startswith("Accepts that things will change. Seeks clarification")
    # one break alone is no evidence: the column's widths are characters, not the letters'
    assert [len(c) for c in _grid("Adaptability", BAYAWAN_ITEMS[:3])] == [1, 1, 1]


def _soffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    return soffice


def test_gitlab_matrix_printed_to_pdf_reads_each_item(tmp_path):
    """GitLab's matrix as a Word table printed to PDF: every item a statement (were 4)."""
    _soffice()  # skips without LibreOffice
    doc = docx.Document()
    section = doc.sections[0]  # landscape, as the matrix is printed
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    table = doc.add_table(rows=2, cols=1 + len(GITLAB_MATRIX))
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(1, 0).text = "Competency", "Engineering"
    for j, (level, items) in enumerate(GITLAB_MATRIX.items(), 1):
        table.cell(0, j).text = level
        cell = table.cell(1, j)
        cell.text = items[0]
        for item in items[1:]:
            cell.add_paragraph(item)
    word = tmp_path / "matrix.docx"
    doc.save(word)
    word_to_pdf(word)
    fw = compkit.ingest(tmp_path / "matrix.pdf").document
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    got = {(names[i["level"]], i["text"]) for c in fw["competencies"] for i in c["indicators"]}
    assert got == {(lv, t) for lv, items in GITLAB_MATRIX.items() for t in items}
