"""Ninth probe, plain text and the levels hint: shapes met on real frameworks, on small fixtures.

Each fixture is written here in the shape of a real public framework:

- The Australian Public Service Commission's Integrated Leadership System guide (Word, Crown
  copyright, CC BY 3.0 AU) prints its levels "APS 1" ... "APS 6" twice: as row headers of one
  small table of classifications, and as the column headers of every comparative table.
  Its APS 6 profile pasted as text (copied from Word: one paragraph a line) puts each
  behaviour's name over its description paragraph over its bullets, under a capability's name
  standing alone; four of its twenty names run to nine or ten words. Copied from the PDF, the
  description and the bullets wrap mid-sentence; pasted without formatting, the bullets go.
- Somerset House school's values page (www.somersethouse.co.za/general-2/values/, licence not
  stated; two values quoted for testing) saved as text: a value's name, "Definition: ...",
  "Key behaviours:", then its bullets.
- Local Government NSW's capability framework, as its position descriptions print it
  (pdbuilder.lgnsw.org.au), pasted without formatting: a capability's name, its level
  ("Highly Advanced"), one indicator a line, no bullets.
- The APS ILS "APS 1-6 comparative" Word tables copied into a text editor: one row a line, a
  tab between cells (the corner cell empty), a "Table N - <group>" caption over each; the APS 6
  profile's "Glossary of terms" table pasted the same way after the behaviours.
- Acorn's capability library (staging.acorn.works/capability-library/resilience, licence not
  stated; one capability quoted for testing) saved as text: the page's "Skip to main content"
  above the capability's name, its description and its "Level 1: Emerging" paragraphs.
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest
from compkit.testing import cells_by_name

docx = pytest.importorskip("docx")


_statements = cells_by_name


def _table(doc, rows):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _guide(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Leadership pathway", style="Title")
    doc.add_paragraph("Classifications", style="Heading 1")
    _table(doc, [["Level", "Roles"], ["APS 1", "Entry roles."], ["APS 2", "Team members."]])
    doc.add_paragraph("Comparative view", style="Heading 1")
    _table(
        doc,
        [
            ["Capability", "APS 1", "APS 2"],
            ["Thinks ahead", "Plans own tasks.", "Plans the team's work."],
            ["Shares purpose", "Knows the team's goals.", "Explains the team's goals."],
            ["Finishes work", "Completes own tasks.", "Sees projects through."],
        ],
    )
    path = tmp_path / "guide.docx"
    doc.save(path)
    return path


def test_levels_named_find_the_columns_that_hold_the_statements(tmp_path):
    result = ingest(_guide(tmp_path), levels=["APS 1", "APS 2"])
    fw = result.document
    result.framework  # noqa: B018 -- it validates
    cells = _statements(fw)
    assert [lv["name"] for lv in fw["levels"]] == ["APS 1", "APS 2"]
    assert cells[("Thinks ahead", "APS 2")] == ["Plans the team's work."]
    assert cells[("Finishes work", "APS 1")] == ["Completes own tasks."]
    # the classifications table's "Roles" column names no level: left out and said, not
    # read into the level "above" it
    assert "Team members." not in [t for texts in cells.values() for t in texts]
    messages = result.report.to_frame()["message"].tolist()
    assert any("a table's header stands under no level" in m for m in messages)
    assert not any("stands 2 times" in m for m in messages)  # tables repeat their columns


APS6 = """APS 6 profile

Achieves results

Takes responsibility for managing work projects to achieve results
Sees projects through to completion. Monitors project progress and adjusts plans as required.
• Regularly seeks feedback from supervisor to gauge their satisfaction; ensures work is delivered to a high standard.
• Monitors projects against plans; manages priorities and agrees adjustments to milestones as required.

Supports productive working relationships

Nurtures internal and external relationships
Builds and sustains positive relationships with team members, stakeholders and clients. Proactively offers assistance for a mutually beneficial relationship.
• Develops and maintains a network with others internally and externally.
• Offers reciprocal assistance in achieving mutually beneficial outcomes.

Communicates with influence

Communicates clearly
Confidently presents messages in a clear, concise and articulate manner.
• Focuses on clear communication of key points.
• Presents messages confidently and selects the appropriate medium for conveying information.

Negotiates confidently
Approaches negotiations with a clear understanding of key issues. Discusses issues credibly and thoughtfully and presents persuasive counter-arguments.
• Listens to differing ideas and views to develop a clear understanding of the issues; presents persuasive counter-arguments.
• Encourages relevant stakeholders in supporting the position.
"""

APS6_NAMES = [
    "Takes responsibility for managing work projects to achieve results",
    "Nurtures internal and external relationships",
    "Communicates clearly",
    "Negotiates confidently",
]
GROUPS = [
    "Achieves results",
    "Supports productive working relationships",
    "Communicates with influence",
]


def _ingest_text(tmp_path, text, name="framework.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    result.framework  # noqa: B018 -- it validates
    return result.document, result.report.to_frame()["message"].tolist()


def _bullets(text):
    return [line[2:] for line in text.splitlines() if line.startswith("• ")]


def _wrapped(text, width=70):
    """The text as copied out of a PDF: every paragraph broken into lines of ``width``."""
    import textwrap

    out = []
    for line in text.splitlines():
        bullet = line.startswith("• ")
        parts = textwrap.wrap(line[2:] if bullet else line, width) or [""]
        out += [
            ("• " if bullet else "") + parts[0],
            *(("  " if bullet else "") + p for p in parts[1:]),
        ]
    return "\n".join(out) + "\n"


def _texts(fw):
    return [(c["name"], s["text"]) for c in fw["competencies"] for s in c.get("indicators", [])]


def test_word_paste_a_name_over_its_description_over_its_bullets(tmp_path):
    fw, _ = _ingest_text(tmp_path, APS6)
    assert [c["name"] for c in fw["competencies"]] == APS6_NAMES
    assert [t for _, t in _texts(fw)] == _bullets(APS6)  # descriptions are not statements
    assert fw["competencies"][2]["description"] == (
        "Confidently presents messages in a clear, concise and articulate manner."
    )
    assert [g["name"] for g in fw["groups"]] == GROUPS


def test_pdf_paste_wrapped_descriptions_are_joined_and_reported(tmp_path):
    text = _wrapped(APS6).replace(  # the description broken at its hyphen
        "persuasive\ncounter-arguments.\n", "persuasive counter-\narguments.\n"
    )
    assert "counter-\narguments" in text
    fw, messages = _ingest_text(tmp_path, text)
    assert [c["name"] for c in fw["competencies"]] == APS6_NAMES
    assert [t for _, t in _texts(fw)] == _bullets(APS6)
    assert fw["competencies"][3]["description"] == APS6.split("\n")[-4]  # "counter-" mended
    assert any("paragraphs wrapped at the text's line width" in m for m in messages)


def test_saved_page_a_definition_and_a_stem_between_a_name_and_its_bullets(tmp_path):
    text = """Values and key behaviours

Integrity

Definition: Consistency of actions and values. Maintenance of social, ethical and school standards; adherence to ones code of conduct and principles.

Key behaviours:

• Keeps commitments – Does what one says one will.
• Trust – Behaves in such a way as to earn the trust of others through consistency in words and deeds.

Respect

Definition: A positive regard for self, others, the environment and property with a no-harm attitude to all.

Key behaviours:

• Considerate –Thoughtful to others and their feelings.
• Self-respect – Stands tall, feels proud and values oneself.
"""
    fw, _ = _ingest_text(tmp_path, text)
    assert [c["name"] for c in fw["competencies"]] == ["Integrity", "Respect"]
    assert [t for _, t in _texts(fw)] == _bullets(text)
    assert fw["competencies"][1]["description"].startswith("Definition: A positive regard")
    assert fw["stem"] == "Key behaviours:"


def test_a_paragraph_broken_mid_sentence_over_a_list_is_no_heading(tmp_path):
    from compkit.ingest.limits import IngestError

    text = """Plans the
work of the team and sets goals.
• Plans.
• Reviews.

Plans the
work of the team and sets goals.
• Plans.
"""
    path = tmp_path / "prose.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError, match="no competency framework found"):
        ingest(path)  # "Plans the" heads nothing


LGNSW = """Capabilities

Manage Self
Highly Advanced
Demonstrates motivation to serve the community, make an impact and advance the organisation
Models initiative and decisiveness
Works to apply strengths and mitigate weaknesses and limitations

Act with Integrity
Highly Advanced
Champions and acts as an advocate for the highest standards of ethical and professional behaviour
Acts promptly and visibly in response to complex ethical and people issues
"""


def test_bullets_lost_one_indicator_a_line_under_a_name_and_a_level(tmp_path):
    fw, messages = _ingest_text(tmp_path, LGNSW)
    cells = _statements(fw)
    assert cells[("Manage Self", "Highly Advanced")] == LGNSW.splitlines()[4:7]
    assert cells[("Act with Integrity", "Highly Advanced")] == LGNSW.splitlines()[10:12]
    assert any("5 lines under 2 names read as list items" in m for m in messages)


def test_bullets_lost_under_long_names(tmp_path):
    text = "\n".join(
        line[2:] if line.startswith("• ") else line
        for line in APS6.splitlines()
        if not line.endswith(".") or line.startswith("• ")  # without the descriptions
    )
    fw, _ = _ingest_text(tmp_path, text)
    assert [c["name"] for c in fw["competencies"]] == APS6_NAMES
    assert [t for _, t in _texts(fw)] == _bullets(APS6)


def test_wrapped_prose_without_bullets_is_not_split_into_items(tmp_path):
    text = """Teamwork
Level 1
Works with others in the team and shares
information openly with colleagues.

Planning
Level 1
Plans own tasks so that the work of the
team is done on time.
"""
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    messages = result.report.to_frame()["message"].tolist()
    assert not any("read as list items" in m for m in messages)


ACORN = """Skip to main content

Resilience

Resilience is the ability to withstand, adapt and recover quickly from difficulties, disruptions, or adverse situations.

Level 1: Emerging

At a foundational level you are learning to manage everyday challenges and uncertainties with a positive attitude.

Level 2: Proficient

At a developing level you are beginning to manage pressure and bounce back from challenges with increasing confidence.
"""


@pytest.mark.parametrize("skip", ["Skip to main content", "Skip to content"])
def test_a_saved_pages_skip_link_is_not_its_title(tmp_path, skip):
    fw, messages = _ingest_text(tmp_path, ACORN.replace("Skip to main content", skip))
    assert fw["title"] == "Resilience"
    assert [c["name"] for c in fw["competencies"]] == ["Resilience"]
    assert f"'{skip}' is in no statement, name or description" in messages


APS6_OUTLINE = """APS 6 profile

Achieves results

1. Takes responsibility for managing work projects to achieve results
1.1 Regularly seeks feedback from supervisor to gauge their satisfaction; ensures work is delivered to a high standard.
1.2 Monitors projects against plans; manages priorities and agrees adjustments to milestones as required.

Supports productive working relationships

2. Nurtures internal and external relationships
2.1 Develops and maintains a network with others internally and externally.
2.2 Offers reciprocal assistance in achieving mutually beneficial outcomes.

Communicates with influence

3. Communicates clearly
3.1 Focuses on clear communication of key points.
3.2 Presents messages confidently and selects the appropriate medium for conveying information.

4. Negotiates confidently
4.1 Listens to differing ideas and views to develop a clear understanding of the issues; presents persuasive counter-arguments.
4.2 Encourages relevant stakeholders in supporting the position.
"""


def test_outline_numbers_a_name_over_its_numbered_items(tmp_path):
    fw, _ = _ingest_text(tmp_path, APS6_OUTLINE)
    assert [c["name"] for c in fw["competencies"]] == APS6_NAMES
    assert [t for _, t in _texts(fw)] == _bullets(APS6)
    assert [g["name"] for g in fw["groups"]] == GROUPS


def test_outline_numbers_with_a_level_line_between(tmp_path):
    text = """Capabilities

1. Manage Self
Highly Advanced
1.1 Demonstrates motivation to serve the community, make an impact and advance the organisation
1.2 Models initiative and decisiveness
1.3 Works to apply strengths and mitigate weaknesses and limitations

2. Act with Integrity
Highly Advanced
2.1 Champions and acts as an advocate for the highest standards of ethical and professional behaviour
2.2 Acts promptly and visibly in response to complex ethical and people issues
"""
    fw, _ = _ingest_text(tmp_path, text)
    cells = _statements(fw)
    assert cells[("Manage Self", "Highly Advanced")] == LGNSW.splitlines()[4:7]
    assert cells[("Act with Integrity", "Highly Advanced")] == LGNSW.splitlines()[10:12]


COMPARED = (
    "ILS comparative\n\nTable 1 - Supports strategic direction\n"
    "\tAPS 1\tAPS 2\tAPS 3\n"
    "Thinks strategically\tUnderstands the work environment and participates in team goal "
    "setting.\tUnderstands the work environment and contributes to team goal setting.\t"
    "Understands the work environment and contributes to business unit goal setting.\n"
    "Harnesses information and opportunities\tKnows where to find information.\t"
    "Gathers information from a variety of sources.\tGathers and investigates information.\n"
    "\nTable 2 - Achieves results\n"
    "\tAPS 1\tAPS 2\tAPS 3\n"
    "Responds positively to change\tAccepts change.\tResponds positively to change.\t"
    "Adapts to change.\n"
    "Commits to action\tCompletes work.\tDelivers work on time.\tTakes ownership of work.\n"
)


def test_a_word_table_pasted_with_tabs_reads_as_a_table(tmp_path):
    fw, _ = _ingest_text(tmp_path, COMPARED)
    cells = _statements(fw)
    assert [lv["name"] for lv in fw["levels"]] == ["APS 1", "APS 2", "APS 3"]
    assert len(cells) == 12 and all(len(v) == 1 for v in cells.values())
    assert cells[("Commits to action", "APS 3")] == ["Takes ownership of work."]
    assert cells[("Thinks strategically", "APS 2")] == [
        "Understands the work environment and contributes to team goal setting."
    ]
    assert _members(fw)["Commits to action"] == "achieves-results"


def _members(doc):
    return {c["name"]: c.get("group") for c in doc["competencies"]}


def test_a_glossary_pasted_with_tabs_is_set_aside(tmp_path):
    text = APS6 + (
        "\nGlossary of terms\n\nagencies\tCommonwealth departments and agencies under the PS "
        "Act 1999\nAPS\tAustralian Public Service\nEL\tExecutive Level\n"
    )
    fw, messages = _ingest_text(tmp_path, text)
    assert [t for _, t in _texts(fw)] == _bullets(APS6)  # nothing joined to the last bullet
    assert "a glossary ('agencies', 'APS', 'EL'): definitions, not statements" in messages


@pytest.mark.parametrize("mark", ["{}) ", "({}) ", "{}. "])
def test_lettered_items_under_a_name_are_its_statements(tmp_path, mark):
    # LGNSW's capabilities as a Word list lettered a), b) ... pastes with its letters
    items = {
        "Manage Self": ["Models initiative and decisiveness", "Proactively seeks opportunities"],
        "Act with Integrity": ["Sets a tone of integrity", "Acts promptly and visibly"],
    }
    text = "Local Government Capability Framework\n\n" + "".join(
        f"{name}\n\n"
        + "".join(f"{mark.format(c)}{s}\n" for c, s in zip("ab", said, strict=True))
        + "\n"
        for name, said in items.items()
    )
    fw, _ = _ingest_text(tmp_path, text)
    assert _texts(fw) == [(name, s) for name, said in items.items() for s in said]
