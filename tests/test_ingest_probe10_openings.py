"""Tenth probe, openings: a level's opening paragraph over its list is the level's description.

The excerpts are cut from ladders published on GitHub, word for word (a few lines of each;
short quotes for testing, under each repository's terms as published):

- bordenet/bloginator, ``docs/examples/software_engineer_career_ladder.md``: each level opens
  "Entry-level engineers execute well-defined tasks under guidance. ..." above "**Key
  Expectations:**" and its list; 40 statements were read where there are 34.
- Sarah Drasner, career-ladders (github.com/sdras/career-ladders, pages/engineering.vue at
  ae054cf), MIT licence: "At this point, a person is mastering how effective they can be as an
  individual contributor." set before the lists under Senior, Staff and Principal Engineer.

And a footnote mark after a heading's name: BuzzFeed's product design ladder
(github.com/buzzfeed/design, product-design-roles.md, GNU FDL 1.3) marks required points with a
star ("### Visual Design*" under "## Product Designer", "### Visual Design" under "## Associate
Product Designer"): each marked name made a second competency, 20 where there are 14.
"""

from __future__ import annotations

import compkit
from compkit.testing import cells_by_name

BORDENET = """\
# Software Engineer Career Ladder

## Individual Contributor Track (Levels 1-3)

### Level 1: Software Engineer (0-2 years)

Entry-level engineers execute well-defined tasks under guidance. They learn team practices, \
write maintainable code with support, participate in code reviews, and develop foundational \
technical skills.

**Key Expectations:**
- Complete assigned tasks with clear requirements
- Learn and apply team coding standards

### Level 2: Software Engineer II (2-5 years)

Mid-level engineers own features end-to-end. They make sound technical decisions within \
their scope, mentor junior engineers, identify and address technical debt, and contribute to \
team processes.

**Key Expectations:**
- Own feature development from design through deployment
- Make technical decisions for assigned work

### Level 3: Senior Software Engineer (5-8 years)

**Key Expectations:**
- Set technical direction for multi-sprint projects
"""

_SENIOR = (
    "At this point, a person is mastering how effective they can be as an individual contributor."
)
_STAFF = (
    "At this point, the majority of one's time is spent scaling their own skills to help others."
)

DRASNER = f"""<html><body><h1>Engineering Career Ladder</h1>
<h2>Engineer II</h2>
<ul><li>Is considerate of others on the team and tries to support other people in their work.</li>
</ul>
<h2>Senior Engineer</h2>
<p class="italic">{_SENIOR}</p>
<ul><li>Adjusts well to shifting priorities when necessary.</li>
<li>When tasks are large, works on scoping work down into smaller, actionable parts.</li></ul>
<p><em><strong>Experience</strong>: Typically requires a minimum of 5 years of professional
experience.</em></p>
<h2>Staff Engineer</h2>
<p class="italic">{_STAFF}</p>
<ul><li>Keeps the team moving quickly by working on engineering efforts that aren’t glamorous.</li>
</ul>
<p><em><strong>Experience</strong>: Typically requires a minimum of 8 years of professional
experience.</em></p>
</body></html>
"""


def _ingest(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path)


def _texts(result) -> list[str]:
    return [i.text for i in result.framework.indicator_records]


def test_a_levels_opening_paragraph_over_its_list_is_its_description_in_markdown(tmp_path):
    result = _ingest(tmp_path, "ladder.md", BORDENET)
    fw = result.framework
    assert _texts(result) == [
        "Complete assigned tasks with clear requirements",
        "Learn and apply team coding standards",
        "Own feature development from design through deployment",
        "Make technical decisions for assigned work",
        "Set technical direction for multi-sprint projects",
    ]
    described = [lv.description for lv in fw.level_records]
    assert described[0].startswith("Entry-level engineers execute well-defined tasks")
    assert described[0].endswith("develop foundational technical skills.")  # word for word
    assert described[1].startswith("Mid-level engineers own features end-to-end.")
    assert described[2] == ""
    notes = result.report.to_frame()
    said = notes[notes.message.str.contains("opening their levels")]
    assert said["where"].tolist() == ["lines 7, 15"]  # never dropped: reported where it stands


def test_a_levels_opening_paragraph_over_its_list_is_its_description_on_a_web_page(tmp_path):
    result = _ingest(tmp_path, "engineering.html", DRASNER)
    fw = result.framework
    assert _SENIOR not in _texts(result) and _STAFF not in _texts(result)
    assert len(_texts(result)) == 4
    named = {lv.name: lv.description for lv in fw.level_records}
    assert named["Senior Engineer"].startswith(_SENIOR + "\n\nExperience:")
    assert named["Staff Engineer"].startswith(_STAFF + "\n\nExperience:")


def test_cells_written_as_paragraphs_keep_every_paragraph(tmp_path):
    """No list after them: the paragraphs under each level are its statements."""
    text = "# Ladder\n\n" + "".join(
        f"## {level}\n\n{one}\n\n{two}\n\n"
        for level, one, two in (
            ("Senior Engineer", _SENIOR, "Adjusts well to shifting priorities when necessary."),
            ("Staff Engineer", _STAFF, "Keeps the team moving quickly on unglamorous work."),
        )
    )
    result = _ingest(tmp_path, "prose.md", text)
    assert _SENIOR in _texts(result) and _STAFF in _texts(result)
    assert not result.report.to_frame().message.str.contains("opening their levels").any()


def test_a_cells_first_paragraph_beside_competencies_stays_a_statement(tmp_path):
    """Competency headings over level headings: a cell's opening line may be its statement."""
    text = "# Framework\n\n" + "".join(
        f"## {comp}\n\n"
        + "".join(
            f"### {level}\n\nDelivers {comp.lower()} work of growing scope and weight.\n\n"
            f"- Asks for help on {comp.lower()}\n- Shares {comp.lower()} notes\n\n"
            for level in ("Level 1", "Level 2")
        )
        for comp in ("Delivery", "Teamwork")
    )
    result = _ingest(tmp_path, "cells.md", text)
    cells = cells_by_name(compkit.framework.to_dict(result.framework))
    assert cells["Delivery", "Level 1"][0] == "Delivers delivery work of growing scope and weight."
    assert len(_texts(result)) == 12


def test_one_level_with_an_opening_is_no_rule(tmp_path):
    """Under one level only, the paragraph stays a statement (the shape must recur)."""
    one = BORDENET.split("### Level 2")[0] + "### Level 2: Engineer II\n\n- Owns features\n"
    result = _ingest(tmp_path, "one.md", one)
    assert _texts(result)[0].startswith("Entry-level engineers execute")


_VISUAL = (
    "Demonstrates taste in layout, typography and visual hierarchy.",
    "Demonstrates **understanding** of layout, typography and visual hierarchy.",
)
_PROCESS = (
    "Understands and follows our defined design process.",
    "**Consistently demonstrates** our defined design process.",
)
BUZZFEED = f"""\
# Product Design Roles

## Associate Product Designer

### Visual Design
{_VISUAL[0]}

### Process
{_PROCESS[0]}

## Product Designer
<i>In order to move up to this level, Designers should hit each point marked with a *.</i>

### Visual Design*
{_VISUAL[1]}

### Process
{_PROCESS[1]}

### Leadership*
Leads small projects.
"""


def test_a_footnote_mark_after_a_heading_name_is_not_a_second_competency(tmp_path):
    result = _ingest(tmp_path, "roles.md", BUZZFEED)
    fw = result.framework
    # "Leadership*" never stands unmarked: its name is kept as printed
    assert [c.name for c in fw.competency_records] == ["Visual Design", "Process", "Leadership*"]
    cells = cells_by_name(compkit.framework.to_dict(fw))
    assert cells["Visual Design", "Product Designer"] == [
        "Demonstrates understanding of layout, typography and visual hierarchy."
    ]
    assert len(_texts(result)) == 5
    notes = result.report.to_frame()
    said = notes[notes.message.str.contains("footnote mark")]
    assert said["kind"].tolist() == ["repair"] and said["where"].tolist() == ["line 14"]
    assert "'Visual Design*'" in said["message"].iloc[0]


def test_a_footnote_mark_after_a_word_heading_is_not_a_second_competency(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("Product Design Roles", 0)
    for level, marked in (("Associate Product Designer", ""), ("Product Designer", "†")):
        doc.add_heading(level, 1)
        doc.add_heading(f"Visual Design{marked}", 2)
        doc.add_paragraph(_VISUAL[bool(marked)].replace("**", ""))
        doc.add_heading("Process", 2)
        doc.add_paragraph(_PROCESS[bool(marked)].replace("**", ""))
    path = tmp_path / "roles.docx"
    doc.save(path)
    fw = compkit.ingest(path).framework
    assert [c.name for c in fw.competency_records] == ["Visual Design", "Process"]
    assert len(fw.indicator_records) == 4


def test_a_levels_opening_paragraph_over_its_list_is_its_description_in_word(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("Software Engineer Career Ladder", 0)
    for part in BORDENET.split("\n### ")[1:]:
        level, _, body = part.partition("\n\n")
        doc.add_heading(level, 1)
        for line in body.splitlines():
            if line.startswith("- "):
                doc.add_paragraph(line[2:], style="List Bullet")
            elif line.strip():
                doc.add_paragraph(line.replace("**", ""))
    path = tmp_path / "ladder.docx"
    doc.save(path)
    fw = compkit.ingest(path).framework
    assert len(fw.indicator_records) == 5
    assert not any(i.text.startswith(("Entry-level", "Mid-level")) for i in fw.indicator_records)
    assert fw.level_records[0].description.startswith("Entry-level engineers execute")
