"""Probe 9 (outline): job ladders and documents whose outline the ingest misread.

Fixtures are cut, word for word, from public frameworks' text:

- Skylight's career pathways (``skylight-hq/skylight.digital``, ``pages/career_pathways/``,
  CC BY-SA 4.0; the user-researcher page is itself based on GOV.UK's DDaT capability framework,
  OGL v3): a level heading opens with a paragraph -- some levels with a bulleted "At this
  level, you'll be expected to:" -- and its skills stand under sub-headings. The user-researcher
  and data-scientist pages read as one level of 7 and 17 statements. Under "Data scientist II"
  the data-scientist page sets six skills' headings one rank higher than everywhere else.
- danscratch's engineering ladder (``danscratch/engineering-ladder``, CC BY 4.0), L1
  "Ownership": a cell (or a level's text) holds two lists, each under a one-sentence lead-in
  ending in ":"; the second lead-in was read as a statement, while a cell's first is its stem.
- Canada's Key Leadership Competencies (2005, Deputy Minister, effective behaviours; archived
  hrma-agrh.gc.ca, Government of Canada, non-commercial reproduction permitted) rebuilt as a
  Word file: "VALUES AND ETHICS" holds its list directly, "STRATEGIC THINKING" under the bold
  labels "Analysis" and "Ideas" (read as the competencies); the first list went to the
  introduction. InfraCloud's career ladder (``infracloudio/career-ladders``, CC BY 4.0) has the
  same shape: "Core Competencies" holds its list beside "Functional Competencies" > "Management",
  and its 36 statements were read as the levels' descriptions.
"""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import Workbook

from compkit.ingest import ingest

SKYLIGHT_UR = """\
# User researcher

User researchers plan, design, and carry out research activities with users.

### Required skills

#### Analysis and synthesis
You turn research data into clear findings that inform decisions.

#### Research methods
You understand and have experience with a wide range of user research methods.

## User researcher career pathway

### Associate user researcher

As a trainee in an entry-level role, working with more experienced user researchers, you'll \
need to have an understanding of the role and show potential.

#### Skills needed for this level

##### Analysis and synthesis
You know about the need for careful analysis of data to produce clear findings.

##### Research methods
You have some understanding of basic user research methods.

### User researcher I

A user researcher I is embedded in a multidisciplinary team to carry out user research \
activities. At this level, you’ll be expected to:
- Have some practical experience but need regular guidance and training to produce your best \
work and develop your skills
- Work under the guidance of a more senior user researcher

#### Skills needed for this level

##### Analysis and synthesis
You apply basic techniques for the analysis of research data and synthesis of findings.

##### Research methods
You know when to use those methods and how to apply them correctly.

### User researcher II

A user researcher II is usually embedded in a multidisciplinary team and responsible for \
planning and carrying out user research activities. At this level, you’ll be expected to work \
independently on a team.

#### Skills needed for this level

##### Analysis and synthesis
You use a range of techniques for the analysis of research data and synthesis of findings.

##### Research methods
You understand and have experience of a range of user research methods.

### Senior user researcher

A senior user researcher is an experienced practitioner who plans and leads user research \
activities in larger teams and on more complex services. At this level, you’ll be expected to:
- build and lead user research teams
- help teams to develop their capability for user-centered design

#### Skills needed for this level

##### Analysis and synthesis
You lead analysis and synthesis activities across teams.

##### Research methods
You have a thorough knowledge of a broad range of research methods.

### Staff user researcher

A staff user researcher is an expert practitioner, leading and aligning user research \
activities across several teams. At this level, you’ll be expected to:
- Ensure that teams take a user-centered, evidence-based approach to service design and delivery
- Develop and assure good user research practice

#### Skills needed for this level

##### Analysis and synthesis
You help an organization adopt a wide range of analysis and synthesis techniques.

##### Research methods
You help an organization continually assure, improve, and innovate their research practices.
"""


def _read(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    ind = result.framework.indicators
    return result, list(zip(ind.competency, ind.level_name, ind.text, strict=True))


def test_ladder_levels_with_sub_headings_are_levels_though_some_open_with_bullets(tmp_path):
    """A level heading over sub-headings is a level, whether its opening holds a list or not."""
    result, rows = _read(tmp_path, SKYLIGHT_UR, "user-researcher.md")
    levels = result.document["levels"]
    assert [lv["name"] for lv in levels] == [
        "Associate user researcher",
        "User researcher I",
        "User researcher II",
        "Senior user researcher",
        "Staff user researcher",
    ]
    assert {c for c, *_ in rows} == {"Analysis and synthesis", "Research methods"}
    assert len(rows) == 10  # one statement a skill a level; the openings describe the levels
    assert ("Research methods", "User researcher II", "You understand and have experience of a "
            "range of user research methods.") in rows  # fmt: skip
    assert "build and lead user research teams" in levels[3]["description"]


OWNERSHIP = [
    "You are expected to own your project end-to-end, and are responsible for designing, "
    "coding, testing, merging, and monitoring your end-product.",
    "Concretely, taking ownership of the success of your project means:",
    "• Writing quality code at every relevant level of the stack",
    "• Asking for help when you get stuck",
    "Taking ownership of your mistakes means:",
    "• Publicly taking responsibility for your mistakes, and fixing them",
    "• Focusing on addressing problems, not assigning blame",
]
LEADS = [OWNERSHIP[1], OWNERSHIP[4]]
BULLETS = [OWNERSHIP[0], *(t[2:] for t in OWNERSHIP if t.startswith("• "))]


def _unused(result):
    frame = result.report.to_frame()
    return frame[frame["kind"] == "unused"]["message"].tolist()


def test_a_lead_in_mid_cell_is_no_statement_and_is_reported(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Competency", "L1", "L2"])
    sheet.append(["Ownership", "\n".join(OWNERSHIP), "You own a team's projects end-to-end."])
    sheet.append(["Communication", "You communicate clearly.", "You run design reviews."])
    book.save(tmp_path / "ladder.xlsx")
    result = ingest(tmp_path / "ladder.xlsx")
    ind = result.framework.indicators
    l1 = ind[(ind.competency == "Ownership") & (ind.level_name == "L1")].text.tolist()
    assert l1 == BULLETS  # neither lead-in is a statement; no word of a statement changed
    notes = _unused(result)
    for lead, n in zip(LEADS, (2, 2), strict=True):
        assert any(m.startswith(f"{lead!r} leads into the {n} items below it") for m in notes)


def test_a_lead_in_mid_level_text_in_markdown(tmp_path):
    text = "# L1\n\n#### Ownership\n" + "\n".join(
        t.replace("• ", "* ") if t.startswith("• ") else f"\n{t}\n" for t in OWNERSHIP
    )
    text += "\n\n#### Communication\n\n* You communicate clearly.\n"
    path = tmp_path / "L1.md"
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    ind = result.framework.indicators
    assert ind[ind.competency == "Ownership"].text.tolist() == BULLETS
    assert sum("leads into the 2 items below it" in m for m in _unused(result)) == 2


def test_two_sentences_over_a_list_are_kept_whole(tmp_path):
    """A sentence before the lead-in may be a statement: such a line stays one, word for word."""
    said = "Consider different implementation options, and discuss with your lead. Some examples:"
    cell = "\n".join(["You plan your work.", said, "• Write a design note", "• Ask your PM"])
    book = Workbook()
    book.active.append(["Competency", "L1", "L2"])
    book.active.append(["Process", cell, "You plan a team's work."])
    book.active.append(["Craft", "You write tests.", "You review designs."])
    book.save(tmp_path / "ladder.xlsx")
    ind = ingest(tmp_path / "ladder.xlsx").framework.indicators
    assert said in ind.text.tolist()


KLC = [
    ("VALUES AND ETHICS — Serving through integrity and respect", None, [
        "Demonstrates Values and Ethics, including the Code, in personal behaviour",
        "Makes transparent decisions without favouritism or bias",
    ]),
    ("STRATEGIC THINKING — Innovating through Analysis and Ideas", "Analysis", [
        "Frames issues with a thorough understanding of legislation and the role of the DM",
        "Analyzes problems thoroughly before developing solutions",
    ]),
    ("STRATEGIC THINKING — Innovating through Analysis and Ideas", "Ideas", [
        "Provides quality judgment and policy advice to the Minister",
    ]),
]  # fmt: skip


def test_a_heading_over_its_list_beside_headings_over_competencies_is_one(tmp_path):
    doc = docx.Document()
    doc.add_heading("Key Leadership Competencies", 0)
    doc.add_heading("DEPUTY MINISTER - Effective Behaviours", 1)
    last = None
    for comp, element, items in KLC:
        if comp != last:
            doc.add_heading(comp, 2)
            last = comp
        if element:
            doc.add_paragraph(element).runs[0].bold = True
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    doc.save(tmp_path / "klc.docx")
    result, rows = _read_path(tmp_path / "klc.docx")
    # the capitals name the competency, the tagline after the dash its description (round 22)
    assert [(c, t) for c, _, t in rows] == [
        (element or comp.split(" — ")[0], item) for comp, element, items in KLC for item in items
    ]
    assert not any("Demonstrates" in p["text"] for p in result.document.get("introduction", []))
    assert any("'VALUES AND ETHICS" in m and "read as a competency" in m for m in _guesses(result))


def _infracloud() -> str:
    out = ["# InfraCloud Engineering Career Ladder", ""]
    for level in ("Associate Engineer", "Engineer", "Senior Engineer"):
        out += [
            f"## {level}",
            "",
            "### Core Competencies",
            f"* You communicate clearly ({level}).",
            "",
        ]
        out += ["### Functional Competencies", ""]
        for comp in ("Management", "Delighting People"):
            out += [f"#### {comp}", f"  * You listen carefully ({comp}, {level}).", ""]
    return "\n".join([*out, "### Anti-patterns", "", "* Not eating your vegetables.", ""])


def test_a_ladders_core_list_beside_its_functional_competencies(tmp_path):
    path = tmp_path / "infracloud.md"
    path.write_text(_infracloud(), encoding="utf-8")
    result, rows = _read_path(path)
    assert sorted((c, lv) for c, lv, _ in rows) == sorted(
        [
            *(
                (c, lv)
                for lv in ("Associate Engineer", "Engineer", "Senior Engineer")
                for c in ("Core Competencies", "Management", "Delighting People")
            ),
            ("Anti-patterns", "Senior Engineer"),
        ]
    )  # "Anti-patterns" (what to avoid) is read as the ineffective side (round 30)
    avoid = result.framework.indicators.query("competency == 'Anti-patterns'")
    assert list(avoid.polarity) == ["ineffective"]
    assert all("clear language" not in (lv.get("description") or "")
               for lv in result.document["levels"])  # fmt: skip
    read_as = [m for m in _guesses(result) if m.startswith("'Core Competencies' holds a list")]
    assert len(read_as) == 1  # the guess is the same at every level: said once


def _read_path(path):
    result = ingest(path)
    ind = result.framework.indicators
    return result, list(zip(ind.competency, ind.level_name, ind.text, strict=True))


def _guesses(result):
    frame = result.report.to_frame()
    return frame[frame["kind"] == "guess"]["message"].tolist()


def _skylight_ds() -> str:
    """Skylight's data-scientist pathway, cut down; under level II a skill is one rank off."""
    skills = {
        "Associate data scientist": ("You understand the importance of stakeholder buy-in.",
                                     "You recognize structured vs. unstructured data."),
        "Data scientist I": ("You use data to communicate ideas.",
                             "You understand some methods of pre-processing data."),
        "Data scientist II": ("You work with stakeholders to identify meaningful questions.",
                              "You apply appropriate cleaning methods to a variety of formats."),
        "Senior data scientist": ("You're an expert at using data to communicate ideas.",
                                  "You're comfortable building complex data models."),
    }  # fmt: skip
    out = ["# Data scientist", "", "## Data scientist career pathway", ""]
    for level, (strategy, engineering) in skills.items():
        off = "####" if level == "Data scientist II" else "#####"
        out += [f"### {level}", "", f"A {level.lower()} works on a team.", ""]
        out += ["#### Skills needed for this level", "", "##### Strategic and policy thinking"]
        out += ["", strategy, "", f"{off} Data engineering", "", engineering, ""]
    return "\n".join(out)


def test_a_skill_heading_one_rank_off_under_one_level_is_still_that_skill(tmp_path):
    path = tmp_path / "data-scientist.md"
    path.write_text(_skylight_ds(), encoding="utf-8")
    result, rows = _read_path(path)
    assert ("Data engineering", "Data scientist II", "You apply appropriate cleaning methods to "
            "a variety of formats.") in rows  # fmt: skip
    assert len(rows) == 8
    level = next(lv for lv in result.document["levels"] if lv["name"] == "Data scientist II")
    assert "cleaning" not in level.get("description", "")
    frame = result.report.to_frame()
    repairs = frame[frame["kind"] == "repair"]["message"].tolist()
    assert any(m.startswith("'Data engineering' under 'Data scientist II' stands one rank off")
               for m in repairs)  # fmt: skip


def test_a_table_of_proportions_after_the_competencies_does_not_take_over():
    # InfraCloud's role page ends in a "Broad Indicators" table whose cells name the
    # competencies ("Core: ~50-65%"): the heading over the core list made that table, read as
    # competencies in its columns, the page's reading (18 statements, 8 of them the table's)
    path = Path(__file__).parent / "data" / "ingest" / "infracloud-senior-engineer.md"
    _, rows = _read_path(path)
    by = {}
    for comp, _, text in rows:
        by.setdefault(comp, []).append(text)
    assert list(by) == [
        "Core Competencies", "Management", "Delighting People", "Organization Building",
        "Social Capital", "Enabling Traits",
    ]  # fmt: skip
    assert (
        len(by["Core Competencies"]) == 10 and len(rows) == 25
    )  # its values line is values since round 22
    assert not any("%" in text for _, _, text in rows)
