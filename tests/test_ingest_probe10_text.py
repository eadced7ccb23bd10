"""Tenth probe, plain text: frameworks copied out of PDFs, Word and web pages into a .txt file.

Each fixture quotes a real public framework's text, word for word, in the shape a user gets
when they paste it into a text file:

- The UK Civil Service's Success Profiles: Civil Service Behaviours (gov.uk, Open Government
  Licence v3.0; two behaviours at level 3 quoted), copied out of the PDF: a behaviour's name,
  its description wrapped over two lines, "Level 3 – Example Grade: Executive Officer", its
  bullets wrapped mid-sentence, the page's footer ("Civil Service Behaviours | 4") between
  two behaviours.
- The NSW Public Sector Capability Framework, version 2 (2020; NSW Public Service Commission,
  CC BY 3.0 AU), copied out of its PDF: the footer "NSW PUBLIC SERVICE COMMISSION | NSW PUBLIC
  SECTOR CAPABILITY FRAMEWORK VERSION 2: 2020 3" closes each page, its page number after the
  year; each capability's name over its description (as the framework words it) over its
  indicators at "Highly Advanced", quoted from a NSW council's position description
  (pdbuilder.lgnsw.org.au, which prints the framework's capabilities with their level). The
  same position description pasted from the web page: the capability's name, "Level: Highly
  Advanced", its indicators.
- Washington State's Office of Financial Management, "Competencies" (ofm.wa.gov, a state
  government page; two competencies quoted for testing): "Customer Focus - builds and
  maintains customer satisfaction ..." over the competency's bullets, American English.
- Queensland's Executive Success Profile (forgov.qld.gov.au, Queensland Government, CC BY
  4.0): a web page saved as text, opening "Go to top of page".
"""

from __future__ import annotations

import pytest

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_CS_BEHAVIOURS = """\
Success Profiles: Civil Service Behaviours

Seeing the Big Picture
Understand how your role fits with and supports organisational objectives. Recognise the wider
Civil Service priorities and ensure work is in the national interest.

Level 3 – Example Grade: Executive Officer
• Understand how your work and the work of your team supports wider objectives and
meets the diverse needs of stakeholders
• Keep up to date with the issues that affect your work area
• Take a keen interest in expanding knowledge in areas related to your work
• Focus on overall goals and not just specific tasks to meet priorities

Civil Service Behaviours | 4

Changing and Improving
Seek out opportunities to create effective change and suggest innovative ideas for
improvement. Review ways of working, including seeking and providing feedback.

Level 3 – Example Grade: Executive Officer
• Regularly review own and team’s work and take the initiative to suggest ideas to make
improvements
• Give feedback on changes in a constructive manner
• Take a positive, open approach to the possibility of change and encourage others to do
the same
"""

_LEVEL_3 = "Level 3 – Example Grade: Executive Officer"


def _write(tmp_path, text: str, name: str = "framework.txt", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _messages(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_a_name_over_its_wrapped_description_over_a_level_heading_is_a_competency(tmp_path):
    result = ingest(_write(tmp_path, _CS_BEHAVIOURS))
    fw = result.document
    cells = cells_by_name(fw)
    assert [c["name"] for c in fw["competencies"]] == [
        "Seeing the Big Picture",
        "Changing and Improving",
    ]
    assert [lv["name"] for lv in fw["levels"]] == [_LEVEL_3]
    assert cells[("Seeing the Big Picture", _LEVEL_3)] == [
        "Understand how your work and the work of your team supports wider objectives and "
        "meets the diverse needs of stakeholders",
        "Keep up to date with the issues that affect your work area",
        "Take a keen interest in expanding knowledge in areas related to your work",
        "Focus on overall goals and not just specific tasks to meet priorities",
    ]
    assert len(cells[("Changing and Improving", _LEVEL_3)]) == 3
    # the description, joined over its two lines, is the behaviour's, not a statement
    described = fw["competencies"][1]["description"]
    assert described == (
        "Seek out opportunities to create effective change and suggest innovative ideas for "
        "improvement. Review ways of working, including seeking and providing feedback."
    )
    assert fw["title"] == "Success Profiles: Civil Service Behaviours"
    # the page's footer is neither a statement nor glued to one
    texts = [t for texts in cells.values() for t in texts]
    assert not any("|" in t for t in texts)
    assert any(
        "page furniture" in m and "Civil Service Behaviours | 4" in m for m in _messages(result)
    )


_NSW_FOOTER = (
    "NSW PUBLIC SERVICE COMMISSION | NSW PUBLIC SECTOR CAPABILITY FRAMEWORK VERSION 2: 2020 {}"
)

_NSW_DESCRIPTIONS = f"""\
The NSW Public Sector Capability Framework

Personal Attributes
Act with Integrity
Be ethical and professional, and uphold and promote the public sector values.
• Champions and acts as an advocate for the highest standards of ethical and professional
behaviour
• Acts promptly and visibly in response to complex ethical and people issues
{_NSW_FOOTER.format(11)}

Manage Self
Show drive and motivation, an ability to self-reflect and a commitment to learning.
• Models initiative and decisiveness
• Works to apply strengths and mitigate weaknesses and limitations
• Actively seeks, reflects and acts on feedback, showing a strong capacity and willingness
to modify behaviour
{_NSW_FOOTER.format(12)}
"""


def test_a_footer_numbered_after_its_year_is_set_aside_on_every_page(tmp_path):
    result = ingest(_write(tmp_path, _NSW_DESCRIPTIONS))
    fw = result.document
    everything = str(fw)
    assert "VERSION 2: 2020" not in everything
    cells = cells_by_name(fw)
    assert sorted(name for name, _ in cells) == ["Act with Integrity", "Manage Self"]
    (integrity,) = [texts for (name, _), texts in cells.items() if name == "Act with Integrity"]
    assert integrity == [
        "Champions and acts as an advocate for the highest standards of ethical and "
        "professional behaviour",
        "Acts promptly and visibly in response to complex ethical and people issues",
    ]
    assert any("2 lines of page furniture" in m for m in _messages(result))


def test_a_statement_ending_in_a_number_is_no_running_header(tmp_path):
    text = "Modules\n\nTraining\n• Completes the induction module 1\n• Completes the induction module 2\n"
    cells = cells_by_name(ingest(_write(tmp_path, text)).document)
    assert list(cells.values()) == [
        ["Completes the induction module 1", "Completes the induction module 2"]
    ]


_LEVEL_FIELDS = """\
Position Description

Capabilities for the role

Manage Self
Level: Highly Advanced
• Demonstrates motivation to serve the community, make an impact and advance the organisation
• Models initiative and decisiveness

Act with Integrity
Level: Highly Advanced
• Champions and acts as an advocate for the highest standards of ethical and professional behaviour
• Acts promptly and visibly in response to complex ethical and people issues

Demonstrate Accountability
Level: Adept
• Acts in the public interest at all times
• Is prepared to act and take ownership for difficult decisions
"""


def test_a_level_written_as_a_field_is_named_by_its_value(tmp_path):
    result = ingest(_write(tmp_path, _LEVEL_FIELDS))
    fw = result.document
    assert [lv["name"] for lv in fw["levels"]] == ["Highly Advanced", "Adept"]
    cells = cells_by_name(fw)
    assert cells[("Demonstrate Accountability", "Adept")] == [
        "Acts in the public interest at all times",
        "Is prepared to act and take ownership for difficult decisions",
    ]
    assert cells[("Manage Self", "Highly Advanced")][1] == "Models initiative and decisiveness"
    assert any("written as a field ('Level: ...')" in m for m in _messages(result))


def test_level_values_that_read_as_no_level_are_still_levels(tmp_path):
    # "Adept" and "Intermediate" alone read as no level name: the field says they are
    text = _LEVEL_FIELDS.replace("Highly Advanced", "Intermediate")
    fw = ingest(_write(tmp_path, text)).document
    assert [lv["name"] for lv in fw["levels"]] == ["Intermediate", "Adept"]
    assert [c["name"] for c in fw["competencies"]] == [
        "Manage Self",
        "Act with Integrity",
        "Demonstrate Accountability",
    ]


def test_the_levels_hint_names_the_levels_as_printed_after_the_field(tmp_path):
    fw = ingest(_write(tmp_path, _LEVEL_FIELDS), levels=["Adept", "Highly Advanced"]).document
    assert [lv["name"] for lv in fw["levels"]] == ["Adept", "Highly Advanced"]


_WA = """\
Competencies

Competencies are the measurable or observable knowledge, skills, abilities, and behaviors critical to successful job performance.

Customer Focus - builds and maintains customer satisfaction with the products and services offered by the organization.

  • Focuses on the customer's business results, rather than own.
  • Seeks customer feedback and ensures needs have been fully met.

Business Alignment - aligns the direction, products, services and performance of a business line with the rest of the organization.

  • Integrates executive direction into every decision and consultation.
  • Advocates for and positively represents other programs and services when working with customers and stakeholders.
"""


def test_a_name_a_dash_and_its_definition_over_a_list_head_the_list(tmp_path):
    result = ingest(_write(tmp_path, _WA, encoding="cp1252"))  # saved by Notepad: Windows-1252
    fw = result.document
    assert [c["name"] for c in fw["competencies"]] == ["Customer Focus", "Business Alignment"]
    assert fw["competencies"][0]["description"] == (
        "builds and maintains customer satisfaction with the products and services offered by "
        "the organization."
    )
    cells = cells_by_name(fw)
    assert cells[("Business Alignment", "All levels")][0] == (
        "Integrates executive direction into every decision and consultation."
    )
    assert sum(len(t) for t in cells.values()) == 4
    assert fw["language"] == "en-US"


def test_a_level_line_with_a_dash_is_no_name_and_definition(tmp_path):
    # SIDC's "Level 1 - Awareness" over its list is a level, not a competency "Level 1"
    text = (
        "Ethics and Integrity\n\nLevel 1 - Awareness of the principles and their use.\n"
        "• Recognise the principles of ethics and integrity.\n\n"
        "Level 2 - Knowledge of the code and its use at work.\n"
        "• Define the code of conduct relevant to own role and responsibilities.\n"
    )
    fw = ingest(_write(tmp_path, text)).document
    assert [c["name"] for c in fw["competencies"]] == ["Ethics and Integrity"]


def test_a_saved_page_opening_go_to_top_of_page_takes_its_title_from_the_page(tmp_path):
    text = (
        "Go to top of page\n\nExecutive - Success Profile\n\nVision\n\n"
        "Leads strategically with vision\n\n"
        "  • Communicates a clear and compelling vision for the organisation that is meaningful "
        "to others\n  • Is future-oriented in analysis, thought and action\n"
    )
    fw = ingest(_write(tmp_path, text)).document
    assert fw["title"] == "Executive - Success Profile"


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_the_pdf_copy_reads_alike_with_windows_line_ends_and_a_bom(tmp_path, line_end):
    text = "\ufeff" + _CS_BEHAVIOURS.replace("\n", line_end)
    cells = cells_by_name(ingest(_write(tmp_path, text)).document)
    assert len(cells[("Seeing the Big Picture", _LEVEL_3)]) == 4


@pytest.mark.parametrize(
    ("hint", "said"),
    [
        (["--stem", ""], "--stem is empty; expected the words every statement completes"),
        (["--polarity", " "], "--polarity is empty; expected 'ineffective', or the heading"),
        (["--levels", "Adept", "adept"], "--levels names 'adept' twice; expected each level once"),
        (["--levels", "", "Adept"], "--levels names an empty level; expected level names"),
    ],
)
def test_an_empty_or_repeated_hint_is_refused_in_one_line(tmp_path, capsys, hint, said):
    from compkit.cli import main

    path = _write(tmp_path, _LEVEL_FIELDS)
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml"), *hint]) == 2
    err = capsys.readouterr().err.strip()
    assert said in err
    assert "\n" not in err and "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()


def test_levels_given_that_leave_out_a_level_heading_are_refused(tmp_path):
    # "Adept" only: the "Highly Advanced" capabilities' statements were filed under "Adept"
    from compkit.ingest.limits import IngestError

    with pytest.raises(IngestError, match="leave out 'Highly Advanced', a level heading"):
        ingest(_write(tmp_path, _LEVEL_FIELDS), levels=["Adept"])


# The Behavioural Skills Framework's "Communication" (docest.com/doc/147943, licence not
# stated; one competency quoted for testing), its grid copied out of the PDF: "Level4" (the
# space lost), the level's actions one a line, no bullets, no blank lines, highest level first.
_BSF = """\
BEHAVIOURAL SKILLS FRAMEWORK

COMMUNICATION
To effectively show a mutual understanding through the sharing of information by speech, writing or other
Level4
Consults with team members on key issues affecting the organisation
Develops awareness and drive for effective communication
Write professional creative quality text
Level3
Shares vision, strategy and interprets for team members
Conducts regular team meetings
Can convey ideas through writing documents
Level2
Acts on own initiative
Initiates communication appropriately and professionally
Level1
Follows instructions
Writes in a clear and concise way, using good grammar
"""


def test_a_level_run_without_blank_lines_keeps_each_level_s_last_line(tmp_path):
    result = ingest(_write(tmp_path, _BSF))
    fw = result.document
    assert fw["title"] == "BEHAVIOURAL SKILLS FRAMEWORK"
    assert [c["name"] for c in fw["competencies"]] == ["COMMUNICATION"]
    assert {lv["name"] for lv in fw["levels"]} == {"Level1", "Level2", "Level3", "Level4"}
    cells = cells_by_name(fw)
    assert cells[("COMMUNICATION", "Level4")][-1] == "Write professional creative quality text"
    assert cells[("COMMUNICATION", "Level3")][-1] == "Can convey ideas through writing documents"
    assert sum(len(t) for t in cells.values()) == 10
    assert not any(n.kind == "unused" for n in result.report.notes)


def test_a_competency_s_name_over_its_first_level_still_heads_it(tmp_path):
    # pasted from Word without its bullets or blank lines, levels counting up: the line above
    # "Level 2" is level 1's last statement; the name above the first level heads the levels
    text = (
        "Teamwork\nLevel 1\nListens to others in meetings\nShares information with the team\n"
        "Level 2\nLeads team meetings well\nCoaches new members of staff\n"
        "Leadership\nLevel 1\nSets an example to others\nLevel 2\nSets the team's direction\n"
    )
    cells = cells_by_name(ingest(_write(tmp_path, text)).document)
    assert cells[("Teamwork", "Level 1")] == [
        "Listens to others in meetings",
        "Shares information with the team",
    ]
    assert cells[("Leadership", "Level 2")] == ["Sets the team's direction"]
