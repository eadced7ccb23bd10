"""Ingest, PDF: the eleventh probe round's PDF mends (the tenth round's leftovers, bare items).

Found on PDFs printed by LibreOffice from Word layouts of real frameworks:

- page-number lines: plain text knew "- 4 -" and "Title | ii", PDFs knew "Guide - page 2 of
  9"; both now ask :mod:`compkit.ingest.folios` (one vocabulary);
- a running header on a two-page file was kept (found on three pages or more);
- in a table cell listing sentences one a paragraph, an item ending "etc." ran on into the next
  (Bayawan's "... work processes, systems, etc." / "Maintains composure ...");
- in a table cell listing items with no full stops, one a paragraph with no gap, items ran
  together when the break left no room for the next word (the Royal Opera House's progression
  framework, six levels: 25 of 72 read right, now 68; Novoda's: likewise);
- a wrapped paragraph split where a full line ends a sentence, in a document whose paragraphs
  stand apart (WSX Mind's introduction, InfraCloud's level descriptions);
- a compkit-rendered PDF's title page read as one paragraph without its page.

Text, word for word: the City Government of Bayawan's competency dictionary (github
Team-HR/ihris @ 472fdd4f ``competencies.json``; no licence stated, a few lines quoted for a
test); the Royal Opera House's progression framework (github royaloperahouse/progression-
framework @ 14cba42 ``frameworks/generic.md``, MIT); Novoda's progression framework (github
novoda/progression-framework @ 3f29d06 ``frameworks/engineering/*.md``, MIT); InfraCloud's
career ladder (github infracloudio/career-ladders; a few lines quoted for a test); WSX Mind's
framework (bundled). The LibreOffice tests skip when ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Pt

import compkit
from compkit.framework import to_dict
from compkit.ingest.folios import folio, named_page
from compkit.ingest.pdfparas import furniture
from compkit.ingest.textpages import page_furniture
from compkit.testing import word_to_pdf

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)

ROH = {
    "Knowledge": [
        [
            "Learning just as much as adding value",
            "Has enough knowledge to make informed decisions",
            "Doesn’t necessarily know what they don’t know",
        ],
        [
            "Identifies areas/subjects they don’t know and proactively seeks out knowledge",
            "Increased domain knowledge",
            "Aware of their weaknesses",
        ],
        ["Additional expertise or breadth of knowledge"],
        [
            "Has depth of knowledge in a particular area and breadth of knowledge across "
            "their domain",
            "You know who the experts are and delegate accordingly",
        ],
        [
            "Wide breadth of knowledge",
            "Can easily context switch within their area and pick up new concepts",
        ],
        [
            "Has a high-level understanding of all the areas they own",
            "Understands the wider business context",
        ],
    ],
    "Teamwork": [
        [
            "Works closely or in pairs with more senior members of the team when facing "
            "tasks for the first time",
            "Needs support and guidance from managers, mentors and leads",
            "Needs approval to ship projects of a certain impact",
            "They may need support on how to navigate the professional environment",
        ],
        [
            "Starts to delegate tasks to peers",
            "Collaborates within their team",
            "Independently works and learns",
            "Do not need to be checked in on daily",
        ],
        [
            "Collaborates across the organisation",
            "Strong cultural understanding",
            "Empowers those around them",
            "Takes ownership of their own development",
        ],
        [
            "Leads through influence",
            "Natural teacher, they’re able to formally and informally teach those around them",
            "You unblock people within your area",
            "You’re recognised for your impact on team culture and people want to work with you",
        ],
        [
            "You coach others to find the best solution",
            "You inspire your team and can attract top talent to the organisation",
            "You unblock people outside of your area",
        ],
        [
            "Leader of business culture and strategy",
            "You own your area’s structure",
            "Strong leadership and coaching abilities",
        ],
    ],
}  # the Royal Opera House's generic framework: two topics, six levels
NOVODA = {
    "Associate Product Engineer": [
        [
            "Has an understanding of the wider context of complex "
            "situations, and can achieve results on small, simple tasks",
            "Connects theoretical knowledge and practical learning",
            "Conveys work progress in accurate, fluent and succinct manner",
            "Is actively working to fill gaps in knowledge, and "
            "demonstrates continuous learning and improvement in work",
            "Co-facilitates workshops and is able to understand team "
            "dynamics in order to solve a problem",
        ],
        [
            "Can explain benefits and rationale of engineering solutions and decisions",
            "Understands long-term impact of short-term actions, and "
            "wider context of small scale projects",
            "Can hold delivery partners to account within the development process",
            "Defines and identifies scope for technical priorities and small scale changes",
            "Is able to critically assess working practices and can suggest areas for improvement",
        ],
        [
            "Independetly seeks out tasks that need to be completed and "
            "takes initiative without being directed",
            "Identifies risk and is able to propose mitigation",
            "Can confidently translate business requirements into project "
            "requirements and inputs these into software development "
            "specifications on small scale projects",
            "Takes ownership of the successful management and delivery of "
            "a simple project from start to finish",
        ],
    ],
    "Senior Product Engineer": [
        [
            "Is able to work with client as well as internal stakeholders to "
            "meet consistent and reliable deliverables",
            "Able to craft simple solutions for vague problems that are difficult to grasp",
            "Is developing an understanding of commercial implications of projects",
            "Is able to present technical and non-technical information to a "
            "wide range of audiences in an engaging, impactful and coherent "
            "manner",
        ],
        [
            "Can adapt to the needs of the client and the project",
            "Is able to plan resources for projects if required",
            "Is improving mentoring, coaching and training skills",
            "Is developing persuasion, negotiation, consensus building and "
            "conflict resolution skills",
        ],
        [
            "Supports thought leadership inside and outside of Novoda",
            "Is making significant technical contribution to teams capability",
            "Is developing project planning and management skills, project "
            "scoping, estimation and process planning",
            "Exhibits empathy when gathering requirements, during the coding "
            "process and in leadership style",
        ],
    ],
}  # Novoda's engineering roles: their 'competencies' topic, three levels
BAYAWAN = {
    "Adaptability": [
        [
            "Accepts that things will change.",
            "Seeks clarification when faced with ambiguity or uncertainty.",
            "Demonstrates willingness to try new approaches.",
            "Suspends judgment; thinks before acting.",
            "Acknowledges the value of others' contributions regardless of how they are presented.",
        ],
        [
            "Adapts personal approach to meet the needs of different or new situations.",
            "Seeks guidance in adapting behavior to the needs of a new or different situation.",
        ],
        [
            "Adapts to new ideas and initiatives across a wide variety of issues or situations.",
            "Shifts priorities, changes style and responds with new approaches as "
            "needed to deal with new or changing demands.",
        ],
        [
            "Publicly supports and adapts to major/fundamental changes that show "
            "promise of improving established ways of operating.",
            "Seeks opportunities for change in order to achieve improvement in work "
            "processes, systems, etc.",
            "Maintains composure and shows self control in the face of challenges and change.",
        ],
        [
            "Anticipates change and makes large or long-term adaptations in "
            "organization in response to the needs of the situation.",
            "Performs effectively amidst continuous change, ambiguity and, at times, "
            "apparent chaos.",
            "Shifts readily between dealing with macro-strategic issues and critical details.",
        ],
    ],
    "Continuous Learning": [
        [
            "Continually self-assesses and seeks feedback from others to "
            "identify strengths and weaknesses and ways of improving.",
            "Pursues learning opportunities and ongoing development",
        ],
        [
            "Tries new approaches to maximize learning in current situation.",
            "Takes advantage of learning opportunities (e.g., courses, "
            "observation of others, assignments, etc.).",
            "Integrates new learning into work methods.",
        ],
        [
            "Sets challenging goals and standards of excellence for self in view "
            "of growth beyond current job.",
            "Actively pursues self-development on an ongoing basis (technically and personally).",
            "Pursues assignments designed to challenge abilities.",
        ],
        [
            "Designs personal learning objectives based on evolving needs of the "
            "portfolio or business unit.",
            "Uses organizational change as an opportunity to develop new skills and knowledge.",
        ],
        [
            "Identifies future competencies and expertise required by the "
            "organization and develops and pursues learning plans accordingly.",
            "Continuously scans the environment to keep abreast of emerging "
            "developments in the broader work context.",
        ],
    ],
}  # the City of Bayawan's competency dictionary, levels 1 to 5

# each form of a page-number line, as printed on page 1 and on page 2
FORMS = [
    ("- 1 -", "- 2 -"),
    ("Page 1 of 9", "Page 2 of 9"),
    ("Guide - page 1 of 9", "Guide - page 2 of 9"),
    ("Civil Service Behaviours | Page 1", "Civil Service Behaviours | Page 2"),
    ("Civil Service Behaviours | i", "Civil Service Behaviours | ii"),
    ("1 | Leadership Guide", "2 | Leadership Guide"),
]


@pytest.mark.parametrize(("first", "second"), FORMS)
def test_a_page_number_line_is_furniture_in_text_and_in_a_pdf(first, second):
    text = ["Seeing the Big Picture", "Plans work.", first, "Owns budgets.", second, "Leads."]
    kept, _, notes = page_furniture(text)
    assert kept == ["Seeing the Big Picture", "Plans work.", "Owns budgets.", "Leads."]
    assert notes
    lines = ["Seeing the Big Picture", "Plans work.", first, "Owns budgets.", "Leads.", second]
    where = [{"page": 1 + k // 3, "lines": [1 + k % 3]} for k in range(6)]
    furniture(lines, where, [None] * 6, set())
    assert [t for t in lines if t] == [
        "Seeing the Big Picture",
        "Plans work.",
        "Owns budgets.",
        "Leads.",
    ]


def test_page_number_vocabulary_keeps_statements():
    assert folio("Level 4") is None
    assert named_page("Reads the home page 4") is None
    assert named_page("Plans | Ships") is None
    kept, _, _ = page_furniture(["Level 4", "Works with the team | 4 people", "4"])
    assert kept == ["Level 4", "Works with the team | 4 people", "4"]


def _statements(path, **hints):
    fw = to_dict(compkit.ingest(path, **hints).framework)
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    return fw, [
        (c["name"], names.get(s["level"]), s["text"])
        for c in fw["competencies"]
        for s in c.get("indicators", [])
    ]


def _grid(path, rows: dict, *, size=9, header="Topic"):
    """A landscape Word table: a name column, then a column per level, an item a paragraph."""
    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    n = len(next(iter(rows.values())))
    table = doc.add_table(rows=1 + len(rows), cols=1 + n)
    table.style = "Table Grid"
    for c, name in enumerate([header, *(f"Level {k}" for k in range(1, n + 1))]):
        table.cell(0, c).text = name
    for r, (name, levels) in enumerate(rows.items(), 1):
        table.cell(r, 0).text = name
        for k, items in enumerate(levels, 1):
            cell = table.cell(r, k)
            cell.text = items[0]
            for item in items[1:]:
                cell.add_paragraph(item)
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    doc.save(path)
    return [
        (name, f"Level {k}", t)
        for name, lv in rows.items()
        for k, ts in enumerate(lv, 1)
        for t in ts
    ]


@needs_soffice
def test_table_cells_listing_items_with_no_stops_read_item_by_item(tmp_path):
    roh, novoda = tmp_path / "roh.docx", tmp_path / "novoda.docx"
    want_roh = _grid(roh, ROH)  # six narrow level columns
    want_novoda = _grid(novoda, NOVODA, size=10, header="Role")
    word_to_pdf(roh, novoda)
    for path, want in ((roh, want_roh), (novoda, want_novoda)):
        _, got = _statements(path.with_suffix(".pdf"))
        right = len(set(want) & set(got))
        assert right >= len(want) - 2, (path.name, right, len(want), sorted(set(got) - set(want)))


@needs_soffice
def test_an_item_ending_etc_in_a_cell_of_sentence_items_ends_there(tmp_path):
    path = tmp_path / "bayawan.docx"
    want = _grid(path, BAYAWAN, header="Competency")
    _, got = _statements(word_to_pdf(path))
    texts = [t for _, _, t in got]
    assert (
        "Seeks opportunities for change in order to achieve improvement in work processes, systems, etc."
        in texts
    )
    assert (
        "Maintains composure and shows self control in the face of challenges and change." in texts
    )
    assert set(want) <= set(got), sorted(set(want) - set(got))


def _headed(path, header: str, sections: dict) -> None:
    """Two pages: competencies as headings, levels as subheadings, items as bullets."""
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = header
    for k, (name, levels) in enumerate(sections.items()):
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(name, style="Heading 1")
        for n, items in enumerate(levels, 1):
            doc.add_paragraph(f"Level {n}", style="Heading 2")
            for item in items:
                doc.add_paragraph(item, style="List Bullet")
    doc.save(path)


@needs_soffice
def test_a_running_header_on_both_pages_of_a_two_page_file_is_set_aside(tmp_path):
    roh, novoda = tmp_path / "roh.docx", tmp_path / "novoda.docx"
    _headed(roh, "Progression at the ROH", ROH)
    _headed(novoda, "Novoda progression framework", NOVODA)
    word_to_pdf(roh, novoda)
    for path, header, rows in (
        (roh, "Progression at the ROH", ROH),
        (novoda, "Novoda progression framework", NOVODA),
    ):
        result = compkit.ingest(path.with_suffix(".pdf"))
        fw = to_dict(result.framework)
        texts = [p["text"] for p in fw.get("introduction", [])] + [fw["title"]]
        texts += [s["text"] for c in fw["competencies"] for s in c.get("indicators", [])]
        assert header not in texts
        assert any(
            "running header" in n.message and header in n.message for n in result.report.notes
        )
        assert [c["name"] for c in fw["competencies"]] == list(rows)


INFRACLOUD = [
    "Your primary role as a staff engineer is to enable more engineers, senior engineers etc. - "
    "with design, reducing risk, architecture and planning ahead from your experience. While you "
    "are hands-on - you are doing it only in areas which are supercritical and no one else on the "
    "team can do without your help.",
    "You can own the design of the entire application/infrastructure stack and break it down into "
    "smaller chunks so that you along with the team can deliver it. You are pretty good at "
    "estimating the efforts and planning any risks ahead of time.",
    "You dedicate time to keep your knife sharp i.e. you work constantly and consistently to keep "
    "your technical chops sharp through a combination of reading, experimenting, and working with "
    "other colleagues.",
    "As a principal engineer, you can own the entire lifecycle from customer to delivery. This "
    "involves many phases and we will discuss it in subsequent points. But one key metric is "
    "within a few iterations of initially working with a team - you can leave the team in such a "
    "state that it is auto-functioning and set up for success. These iterations could be a few "
    "weeks or months - depending on the size of the transformation/work etc.",
    "You can be in front of the customer, present our point of view & offerings, understand the "
    "customer’s problems/ask and translate that into technology, team requirements, and a plan. "
    "Many times you will be faced with new technologies in the customer’s context, you can work "
    "your way through those by learning, doing quick POCs, and then arriving at requirements.",
]


def _spaced(path, paras, statements) -> None:
    """An introduction of paragraphs set apart by 8 pt, then a competency at two levels."""
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(8)
    doc.add_paragraph("Introduction", style="Heading 1")
    for p in paras:
        doc.add_paragraph(p)
    doc.add_paragraph(statements[0], style="Heading 1")
    for level, items in statements[1]:
        doc.add_paragraph(level, style="Heading 2")
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    doc.save(path)


@needs_soffice
def test_a_spaced_paragraph_wrapped_where_a_full_line_ends_a_sentence_stays_whole(tmp_path):
    wsx = to_dict(compkit.load("wsx"))
    long = [p["text"] for p in wsx["introduction"] if len(p["text"]) > 150]
    comp = wsx["competencies"][0]
    levels = [
        (lv["name"], [s["text"] for s in comp["indicators"] if s["level"] == lv["id"]][:2])
        for lv in wsx["levels"][:2]
    ]
    ic_levels = [("Staff Engineer", ["You keep the team moving quickly by working on engineering "
                                     "efforts that aren’t glamorous."])]  # fmt: skip
    a, b = tmp_path / "wsx.docx", tmp_path / "infracloud.docx"
    _spaced(a, long, (comp["name"], levels))
    _spaced(b, INFRACLOUD, ("Staff and principal engineers", ic_levels))
    word_to_pdf(a, b)
    for path, paras in ((a, long), (b, INFRACLOUD)):
        fw, _ = _statements(path.with_suffix(".pdf"))
        intro = [p["text"] for p in fw.get("introduction", [])]
        assert [p for p in paras if p not in intro] == [], intro


INFRACLOUD_YAML = """\
schema_version: 2
id: infracloud
title: Infracloud
organisation: InfraCloud
competency_term: competency
cumulative: false
language: en-US
levels:
- {id: associate-engineer, name: Associate Engineer, rank: 1, description: "* You are able to \\
work on tasks which are allocated to you usually by a lead from the InfraCloud team or a \\
customer team. You care about the quality of work you do and have attention to every detail."}
- {id: engineer, name: Engineer, rank: 2, description: "* You can own and execute tasks \\
independently and debug easy-medium problems fairly independently."}
groups:
- {id: functional-competencies, name: Functional Competencies}
- {id: behavioral-competencies, name: Behavioral Competencies}
competencies:
- id: management
  name: Management
  group: functional-competencies
  indicators:
  - {id: m1, level: associate-engineer, text: "You listen carefully to understand the \\
task/request being made and if some parts are not clear, you ask questions and get clarity \\
on the task."}
  - {id: m2, level: engineer, text: "You are able to interact with customers and team members \\
independently in a clear and articulate manner."}
- id: delighting-people
  name: Delighting People
  group: functional-competencies
  indicators:
  - {id: d1, level: associate-engineer, text: "You think of ways we can improve and ways we can \\
delight people and discuss with your colleagues and improve your understanding of this space."}
- id: organization-building
  name: Organization Building
  group: functional-competencies
  indicators:
  - {id: o1, level: engineer, text: "You seek feedback and work on action items together with \\
an experienced member of the team."}
- id: social-capital
  name: Social Capital
  group: functional-competencies
  indicators:
  - {id: s1, level: associate-engineer, text: "You offer feedback to lead and customers on how \\
we can improve systems, technologies and processes."}
- id: enabling-traits
  name: Enabling Traits
  group: behavioral-competencies
  indicators:
  - {id: e1, level: engineer, text: "You seek feedback on areas that you need to work on from \\
your lead every 1:1 which happens monthly."}
"""


@needs_soffice
def test_a_rendered_pdfs_title_page_reads_line_by_line_with_its_page(tmp_path):
    source = tmp_path / "infracloud.yaml"
    source.write_text(INFRACLOUD_YAML, encoding="utf-8")
    word = compkit.render(compkit.load(source), tmp_path / "infracloud.docx")
    wsx = compkit.render("wsx", tmp_path / "wsx.docx")
    word_to_pdf(word, wsx)
    fw, _ = _statements(word.with_suffix(".pdf"))
    intro = fw["introduction"]
    assert all("page" in p["source"] for p in intro), intro
    texts = [p["text"] for p in intro]
    assert "InfraCloud" in texts
    assert (
        "Functional Competencies: 1. Management; 2. Delighting People; 3. Organization "
        "Building; 4. Social Capital." in texts
    )
    fw, got = _statements(wsx.with_suffix(".pdf"))
    assert all("page" in p["source"] for p in fw["introduction"])
    assert len(got) == 153
