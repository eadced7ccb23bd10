"""Eleventh probe, documents: levels printed highest first, and a level heading naming its side.

The excerpts are word for word from public frameworks (short quotes for testing):

- Canada's Key Leadership Competencies (Public Service Human Resources Management Agency of
  Canada, 2006; the archived profile pages at bac-lac.wayback.archive-it.org, crown copyright,
  reproduced for non-commercial use): each level's page is headed "DEPUTY MINISTER - Effective
  Behaviours", then "DIRECTOR", "MANAGER", "SUPERVISOR" -- the highest level first. Read in
  the printed order, Deputy Minister was the lowest level, and every level was named
  "... - Effective Behaviours".
- The CEFR's global scale (Council of Europe, Common European Framework of Reference for
  Languages, Table 1): C2 printed first, A1 last; in Word, a band ("Proficient User") merged
  over its two levels, the level's code, its description. The table read the bands as three
  levels of 4 "statements" each (the codes among them); the Markdown read A1 as the highest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.framework import to_dict
from compkit.ingest import ingest

_DM = [
    "Demonstrates Values and Ethics, including the Code, in personal behaviour",
    "Integrates Values and Ethics, including the Code, into departmental practices",
    "Makes transparent decisions without favouritism or bias",
]
_DIRECTOR = [
    "Demonstrates Values and Ethics, including the Code, in personal behaviour",
    "Integrates Values and Ethics, including the Code, into division practices",
    "Incorporates equitable practices into HR planning",
]
_MANAGER = [
    "Integrates Values and Ethics, including the Code, into unit practices",
    "Reflects a commitment to citizens and clients in own and unit activities",
]
_SUPERVISOR = [
    "Integrates Values and Ethics, including the Code, into staff work practices",
    "Is alert to and deals quickly with harassment and discrimination",
]


def _klc(tmp_path: Path) -> Path:
    parts = ["<html><body><h1>Key Leadership Competencies</h1>"]
    for name, items in (
        ("DEPUTY MINISTER", _DM),
        ("DIRECTOR", _DIRECTOR),
        ("MANAGER", _MANAGER),
        ("SUPERVISOR", _SUPERVISOR),
    ):
        parts.append(f"<h2>{name} - Effective Behaviours</h2>")
        parts.append("<h3>VALUES AND ETHICS — Serving through integrity and respect</h3>")
        parts.append("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
    path = tmp_path / "klc.html"
    path.write_text("\n".join([*parts, "</body></html>"]), encoding="utf-8")
    return path


def test_levels_printed_highest_first_are_ranked_from_the_lowest(tmp_path):
    result = ingest(_klc(tmp_path))
    doc = to_dict(result.framework)
    assert [lv["name"] for lv in doc["levels"]] == [
        "SUPERVISOR",
        "MANAGER",
        "DIRECTOR",
        "DEPUTY MINISTER",
    ]
    assert [lv["rank"] for lv in doc["levels"]] == [1, 2, 3, 4]
    by_level = {}
    for i in doc["competencies"][0]["indicators"]:
        by_level.setdefault(i["level"], []).append(i["text"])
    assert by_level == {
        "supervisor": _SUPERVISOR,
        "manager": _MANAGER,
        "director": _DIRECTOR,
        "deputy-minister": _DM,
    }
    assert all(i.get("polarity") is None for i in doc["competencies"][0]["indicators"])
    said = " ".join(result.report.to_frame().message)
    assert "levels printed highest first (DEPUTY MINISTER ... SUPERVISOR)" in said
    assert "end in 'Effective Behaviours': read without those words" in said


_CEFR = {
    "C2": "Can understand with ease virtually everything heard or read. Can summarise "
    "information from different spoken and written sources, reconstructing arguments and "
    "accounts in a coherent presentation.",
    "C1": "Can understand a wide range of demanding, longer texts, and recognise implicit meaning.",
    "B2": "Can understand the main ideas of complex text on both concrete and abstract topics, "
    "including technical discussions in his/her field of specialisation.",
    "B1": "Can understand the main points of clear standard input on familiar matters "
    "regularly encountered in work, school, leisure, etc.",
    "A2": "Can understand sentences and frequently used expressions related to areas of most "
    "immediate relevance (e.g. very basic personal and family information, shopping, local "
    "geography, employment).",
    "A1": "Can understand and use familiar everyday expressions and very basic phrases aimed "
    "at the satisfaction of needs of a concrete type.",
}
_BANDS = ["Proficient User"] * 2 + ["Independent User"] * 2 + ["Basic User"] * 2


def _cefr_docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Table 1. Common Reference Levels: global scale")
    table = document.add_table(rows=6, cols=3)
    for r, (code, text) in enumerate(_CEFR.items()):
        table.cell(r, 1).text, table.cell(r, 2).text = code, text
    for top in (0, 2, 4):
        table.cell(top, 0).merge(table.cell(top + 1, 0)).text = _BANDS[top]
    document.save(tmp_path / "cefr.docx")
    return tmp_path / "cefr.docx"


def _cefr_md(tmp_path: Path) -> Path:
    lines = ["# Common Reference Levels: global scale", ""]
    for code, text in _CEFR.items():
        lines += [f"## {code}", "", text, ""]
    (tmp_path / "cefr.md").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path / "cefr.md"


@pytest.mark.parametrize("make", [_cefr_docx, _cefr_md])
def test_cefr_global_scale_reads_a1_to_c2(tmp_path, make):
    result = ingest(make(tmp_path))
    doc = to_dict(result.framework)
    assert [lv["name"] for lv in doc["levels"]] == ["A1", "A2", "B1", "B2", "C1", "C2"]
    (comp,) = doc["competencies"]
    assert {i["level"]: i["text"] for i in comp["indicators"]} == {
        code.lower(): text for code, text in _CEFR.items()
    }
    said = result.report.to_frame()
    assert "levels printed highest first (C2 ... A1)" in " ".join(said.message)
    if make is _cefr_docx:  # the bands of levels: no competency, no level, reported
        unused = " ".join(said.query("kind == 'unused'").message)
        assert all(band in unused for band in set(_BANDS))


def test_a_ladder_printed_lowest_first_keeps_its_order(tmp_path):
    lines = ["# Ladder", ""]
    for name in ["Junior Engineer", "Engineer", "Senior Engineer", "Staff Engineer"]:
        lines += [f"## {name}", "", f"- Works as a {name.lower()} would.", ""]
    (tmp_path / "ladder.md").write_text("\n".join(lines), encoding="utf-8")
    result = ingest(tmp_path / "ladder.md")
    names = [lv["name"] for lv in to_dict(result.framework)["levels"]]
    assert names == ["Junior Engineer", "Engineer", "Senior Engineer", "Staff Engineer"]
    assert "highest first" not in " ".join(result.report.to_frame().message)


_TECH_LEAD = """\
<h2>Misc: Tech Lead</h2>
<p>A Tech Lead is responsible for leading a particular project, and responsible for the quality
of its technical deliverables.</p>
<p class="italic">Anyone can be a tech lead at any stage in their career.</p>
<ul><li>May at times involve mentoring folks and pair programming.</li>
<li>Helps organize and facilitate productive feedback and feedback sessions with
stakeholders.</li></ul>
"""
_DEVEX_NOTE = (
    "<p>Note: Developer Experience is a hybrid of Engineering and Developer Advocacy/Developer "
    "Relations. If you are using these ladders for Advocacy, you may need to remove some "
    "Engineering tasks.</p>"
)


@pytest.mark.parametrize("note", ["", _DEVEX_NOTE])
def test_a_level_opening_with_two_paragraphs_is_its_description(tmp_path, note):
    """Sarah Drasner's ladders (github.com/sdras/career-ladders, pages/engineering.vue and
    pages/devex.vue, MIT licence) open "Misc: Tech Lead" with two paragraphs over its list,
    and the developer-experience ladder closes it with a "Note:": both paragraphs, and the
    note, were statements (engineering 51 read of 49 items, devex 63 of 60).
    """
    page = (
        "<html><body><h1>Engineering Career Ladder</h1><h2>Senior Engineer</h2>"
        "<p>At this point, a person is mastering how effective they can be as an individual "
        "contributor.</p><ul><li>Adjusts well to shifting priorities when necessary.</li></ul>"
        "<h2>Staff Engineer</h2><p>At this point, the majority of one's time is spent scaling "
        "their own skills to help others.</p><ul><li>Keeps the team moving quickly.</li></ul>"
        f"{_TECH_LEAD}{note}</body></html>"
    )
    (tmp_path / "ladder.html").write_text(page, encoding="utf-8")
    result = ingest(tmp_path / "ladder.html")
    doc = to_dict(result.framework)
    texts = [i["text"] for c in doc["competencies"] for i in c["indicators"]]
    assert texts == [
        "Adjusts well to shifting priorities when necessary.",
        "Keeps the team moving quickly.",
        "May at times involve mentoring folks and pair programming.",
        "Helps organize and facilitate productive feedback and feedback sessions with "
        "stakeholders.",
    ]
    lead = next(lv for lv in doc["levels"] if lv["name"] == "Misc: Tech Lead")
    assert lead["description"].startswith("A Tech Lead is responsible for leading")
    assert "Anyone can be a tech lead at any stage in their career." in lead["description"]
    assert ("Note: Developer Experience" in lead["description"]) == bool(note)


def _sourcegraph_level(code: str, summary: str, cells: list[list[str]]) -> str:
    tds = "".join(
        '<td class="behaviors"><ul>' + "".join(f"<li>{t}</li>" for t in items) + "</ul></td>"
        for items in cells
    )
    return (
        f'<tr><th scope="row" rowspan="3" class="level"><abbr title="Manager">M</abbr>{code[1]}'
        f'</th></tr>\n<tr><td class="level-summary" colspan="4"><p>{summary}</p></td></tr>\n'
        f'<tr class="behaviors-row">{tds}</tr>\n'
    )


def test_a_web_table_cell_spanning_rows_keeps_the_columns_below_it_in_place(tmp_path):
    """Sourcegraph's engineering career development framework (github.com/sourcegraph/
    handbook, content/departments/engineering/dev/career-development/framework.md), as the
    repository holds it: each management level heads three rows with ``<th rowspan="3">``,
    over a summary row (``colspan="4"``) and a row of four cells. The four cells were read
    one column to the left: Proficiency's 12 behaviours of M3 went under "Level" and were
    lost, Execution's read as Proficiency, and so on (60 of 96 read, all in the wrong column).
    """
    m3 = [
        ["Has IC4 equivalent technical knowledge.", "Still writes some code."],
        [
            "Responsible for the operational, people, and roadmap aspects of your area.",
        ],
        [
            "Has IC4 equivalent teamwork expectations.",
            "Proactively resolves interpersonal conflicts.",
        ],
        ["Analogy: captain of a smaller crew; takes people on day trips."],
    ]
    m4 = [
        ["Has IC5 equivalent technical knowledge."],
        ["Operates a single complex area or a couple of medium sized areas of our services."],
        ["Has IC5 equivalent teamwork expectations."],
        ["Analogy: captain of a larger crew."],
    ]
    page = (
        "# Sourcegraph engineering career development framework\n\n## Management Levels\n\n"
        '<table class="levels-table">\n<thead><tr><th scope="col">Level</th>'
        '<th scope="col">Proficiency</th><th scope="col">Execution</th>'
        '<th scope="col">Teamwork</th><th scope="col">Additional Notes/Key Points/Examples'
        "</th></tr></thead>\n<tbody>\n"
        + _sourcegraph_level(
            "M3",
            "Accountable for the performance and results of a small team of professional "
            "individual contributors..",
            m3,
        )
        + _sourcegraph_level(
            "M4",
            "Accountable for performance and results of a medium sized team or multiple "
            "small teams.",
            m4,
        )
        + "</tbody></table>\n"
    )
    (tmp_path / "framework.md").write_text(page, encoding="utf-8")
    doc = to_dict(ingest(tmp_path / "framework.md").framework)
    read = {(c["name"], i["level"]): [] for c in doc["competencies"] for i in c["indicators"]}
    for c in doc["competencies"]:
        for i in c["indicators"]:
            read[(c["name"], i["level"])].append(i["text"])
    names = ["Proficiency", "Execution", "Teamwork"]
    expected = {(n, "m3"): items for n, items in zip(names, m3[:3], strict=True)}
    expected |= {(n, "m4"): items for n, items in zip(names, m4[:3], strict=True)}
    assert read == expected
    # the last column names no competency: its cell is the note of its row's statements
    notes = {(i["level"], i.get("note")) for c in doc["competencies"] for i in c["indicators"]}
    assert notes == {("m3", m3[3][0]), ("m4", m4[3][0])}
    m3_level = next(lv for lv in doc["levels"] if lv["id"] == "m3")
    assert m3_level["description"].startswith("Accountable for the performance and results")


def test_a_heading_left_out_for_holding_no_statement_reports_its_text(tmp_path):
    """A heading read as a competency but holding no statement lost its text unreported
    (Microsoft's "Essential questions" and, before the page was read as one competency,
    its "Overdoing action oriented" list).
    """
    page = (
        "<html><body><h1>Ladder</h1><h2>Delivery</h2><h3>Level 1</h3><ul><li>Ships small "
        "changes</li></ul><h3>Level 2</h3><ul><li>Ships features</li></ul>"
        "<h2>Essential questions</h2><p>To improve your proficiency, ask</p>"
        "<p>What would you do differently?</p></body></html>"
    )
    (tmp_path / "ladder.html").write_text(page, encoding="utf-8")
    unused = " ".join(
        ingest(tmp_path / "ladder.html").report.to_frame().query("kind == 'unused'").message
    )
    assert "'Essential questions' was read as a competency but holds no" in unused
    assert "with its text (2 paragraphs: 'To improve your proficiency, ask', ...)" in unused


_COMPOSURE = (
    ["Is cool under pressure", "Is considered mature", "Can handle stress"],
    [
        "Gets rattled and loses cool under pressure and stress",
        "May blow up, say things he/she shouldn’t",
        "May be cynical or moody",
    ],
)
_CUSTOMER = (
    ["Acts with customers in mind"],
    ["Doesn’t think of the customer first", "Uncomfortable with new people contacts"],
)


def test_skilled_beside_unskilled_columns_are_the_two_sides(tmp_path):
    """A 'Competency Directory - Competency Assessment Worksheet - Core Competencies' (public
    on scribd, document 19794859, and pdfcoke), in the Lominger tradition, prints
    "Competencies | SKILLED | UNSKILLED": the unskilled behaviours were read as a second,
    higher level "UNSKILLED" of 16 effective statements.
    """
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for c, head in enumerate(["Competencies", "SKILLED", "UNSKILLED"]):
        table.cell(0, c).text = head
    for r, (name, (good, bad)) in enumerate(
        [("Composure", _COMPOSURE), ("Customer focus", _CUSTOMER)], 1
    ):
        table.cell(r, 0).text = name
        for c, items in ((1, good), (2, bad)):
            cell = table.cell(r, c)
            cell.paragraphs[0].text = items[0]
            cell.paragraphs[0].style = document.styles["List Bullet"]
            for item in items[1:]:
                cell.add_paragraph(item, style="List Bullet")
    document.save(tmp_path / "directory.docx")
    result = ingest(tmp_path / "directory.docx")
    assert result.report.layout == "effective-ineffective"
    doc = to_dict(result.framework)
    assert len(doc["levels"]) == 1
    read = {
        c["name"]: (
            [i["text"] for i in c["indicators"] if not i.get("polarity")],
            [i["text"] for i in c["indicators"] if i.get("polarity") == "ineffective"],
        )
        for c in doc["competencies"]
    }
    assert read == {
        "Composure": (_COMPOSURE[0], _COMPOSURE[1]),
        "Customer focus": (_CUSTOMER[0], _CUSTOMER[1]),
    }


def test_a_page_per_competency_reads_its_scale_and_its_skill_overdone(tmp_path):
    """Microsoft's education competencies (every page has "a definition, four levels of
    proficiency, ... and examples of overdoing the competency"): the competency was named
    "Proficiency level" after the heading over its table, and the seven "Overdoing action
    oriented" behaviours were lost (13 of 20 read).
    """
    overdoing = ["May be a workaholic", "May push solutions before adequate analysis"]
    page = (
        "<html><body><h1>Education competencies: Action oriented</h1><p>Performs work with "
        "energy and drive; values planning, but will take quick, decisive action when an "
        "opportunity presents itself.</p><h2>Proficiency level</h2><table><tr>"
        "<th>Level 1: Basic</th><th>Level 2: Intermediate</th></tr><tr><td>Is a hard worker; "
        "is energized by a good challenge</td><td>Energetically pursues tasks he or she sees "
        "as challenging</td></tr></table><h2>Overdoing action oriented</h2><ul>"
        + "".join(f"<li>{t}</li>" for t in overdoing)
        + "</ul><h2>Essential questions</h2><p>To improve your proficiency, ask</p>"
        "</body></html>"
    )
    (tmp_path / "action.html").write_text(page, encoding="utf-8")
    doc = to_dict(ingest(tmp_path / "action.html").framework)
    (comp,) = doc["competencies"]
    assert comp["name"] == "Action oriented"
    assert [i["text"] for i in comp["indicators"] if i.get("polarity") == "ineffective"] == (
        overdoing
    )
    assert [i["text"] for i in comp["indicators"] if not i.get("polarity")] == [
        "Is a hard worker; is energized by a good challenge",
        "Energetically pursues tasks he or she sees as challenging",
    ]
