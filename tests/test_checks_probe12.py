"""The twelfth probe of the checker: defects found on real public frameworks, each pinned here.

- **An opening shared mid-clause is growth, not a restatement** (C002): a higher statement that
  opened with the same five content words as a lower one was said to restate it, though the
  two part in the middle of a clause and say different things. The UK Digital, Data and
  Technology framework (GOV.UK, Open Government Licence v3.0; its design and data skills):
  "effectively plan and run design sessions that include senior leaders or stakeholders"
  above "effectively plan and run a design session with your team, users or stakeholders",
  and "design data architecture that deals with problems across the enterprise" above "...
  spanning different business areas"; the GDS technology career path (GOV.UK, OGL v3.0): "You
  understand the trade offs between various implementations for epics that touch multiple
  projects or code bases." above "... of a solution within a project."; the Australian
  Public Service's Integrated Leadership System (APSC, CC BY 4.0): "Knows where to find
  information, and asks questions to ensure a full understanding of an issue." above "... a
  better understanding of issues." An opening restated up to the end of a clause still is
  one: WSX's "Act as a positive role model for innovation and inspires others ..." above
  "Acts as a positive role model for innovation, creativity and change" (the seeds), and
  the APS's "Monitors task progress against performance expectations to ensure deadlines are
  met; communicates outcomes to supervisor." above "...; alerts supervisor early ...".
- **Numbers written as words are numbers** (C001): "two or three" and "six to eight" were
  content words like any other, so a higher statement that moved them about repeated the
  lower one and "added nothing".
- **A rating scale's rung is no ineffective behaviour** (S007): a lowest rung that speaks of
  the competency itself ("Struggles to demonstrate the competency; needs guidance and
  practice.", a US state's competency page, read from a web page with its rungs as
  statements) was reported as a behaviour to avoid; "Fails to meet expectations" likewise.
  "May struggle to delegate product decisions" still is one.
- **One-word statements** (T009): a framework whose statements are single words (a table's
  codes read as statements) stopped the checker with an internal error.
"""

import dataclasses

from compkit import check
from compkit.testing import framework_from_cells


def codes(cells, select, **kw):
    return [f for f in check(framework_from_cells(cells, cumulative=True, **kw), select=select)]


def test_an_opening_shared_mid_clause_is_no_restatement():
    pairs = [
        (
            "effectively plan and run a design session with your team, users or stakeholders",
            "effectively plan and run design sessions that include senior leaders or stakeholders",
        ),
        (
            "design data architecture that deals with problems spanning different business areas",
            "design data architecture that deals with problems across the enterprise",
        ),
        (
            "You understand the trade offs between various implementations of a solution "
            "within a project.",
            "You understand the trade offs between various implementations for epics that "
            "touch multiple projects or code bases.",
        ),
        (
            "Knows where to find information, and asks questions to ensure a better "
            "understanding of issues.",
            "Knows where to find information, and asks questions to ensure a full "
            "understanding of an issue.",
        ),
    ]
    for lower, higher in pairs:
        assert codes({"Skill": {"one": [lower], "two": [higher]}}, "C002") == [], higher


def test_an_opening_restated_to_the_end_of_a_clause_is_still_a_restatement():
    pairs = [
        (
            "Acts as a positive role model for innovation, creativity and change",
            "Act as a positive role model for innovation and inspires others to be creative "
            "in their approach to their ideas and work",
        ),
        (
            "Monitors task progress against performance expectations to ensure deadlines are "
            "met; alerts supervisor early if work is behind schedule or can't be done, and "
            "where appropriate, makes alternative arrangements.",
            "Monitors task progress against performance expectations to ensure deadlines are "
            "met; communicates outcomes to supervisor.",
        ),
    ]
    for lower, higher in pairs:
        (f,) = codes({"Skill": {"one": [lower], "two": [higher]}}, "C002")
        assert f.message.startswith("opens as the One statement '")


def test_number_words_are_numbers_to_c001():
    cells = {
        "Delivery": {
            "one": ["Works on one or two projects at once, with two to three engineers."],
            "two": ["Works on two or three projects at once, with one to two engineers."],
        },
        "Hiring": {
            "one": ["Interviews six to eight candidates a month for the team."],
            "two": ["Interviews eight to ten candidates a month for the team."],
        },
    }
    assert codes(cells, "C001") == []
    same = {"Delivery": {"one": cells["Delivery"]["one"], "two": cells["Delivery"]["one"]}}
    (f,) = codes(same, "C001")
    assert f.indicator_id == "delivery-two-1"


def test_a_rating_scale_rung_is_no_ineffective_behaviour():
    cells = {
        "Learning": {
            "one": [
                "Struggles to demonstrate the competency; needs guidance and practice.",
                "Fails to meet expectations for this competency.",
                "Seeks feedback and acts on it.",
            ],
            "two": ["May struggle to delegate product decisions to the team."],
        }
    }
    (f,) = codes(cells, "S007")
    assert f.indicator_id == "learning-two-1"
    assert "'May struggle to delegate product decisions to the team'" in f.message


def test_one_word_statements_do_not_stop_the_checker():
    cells = {"Codes": {"one": ["l1", "l2"], "two": ["l4", "self-aware"]}}
    fw = framework_from_cells(cells)
    assert list(check(fw, select="T009")) == []
    assert len(check(fw)) >= 0


def digcomp(stems):
    """DigComp 2.1's 'Protecting devices' at levels 1 to 4 (JRC, (c) European Union 2017,
    reuse authorised with the source acknowledged), with its level stems or none."""
    from compkit.framework.build import from_dict

    cells = {
        "level-1": ["identify simple ways to protect my devices and digital content"],
        "level-2": ["identify simple ways to protect my devices and digital content"],
        "level-3": ["select well-defined and routine safety and security measures."],
        "level-4": ["select safety and security measures."],
    }
    stem = {
        "level-1": "At basic level and with guidance, I can:",
        "level-2": "At basic level and with autonomy and appropriate guidance where needed, I can:",
        "level-3": "On my own and solving straightforward problems, I can:",
        "level-4": "Independently, according to my own needs, and solving well-defined and "
        "non-routine problems, I can:",
    }
    levels = [
        {"id": lv, "name": f"Level {k}", "rank": k} | ({"stem": stem[lv]} if stems else {})
        for k, lv in enumerate(cells, 1)
    ]
    inds = [
        {"id": f"devices-{lv}-{k}", "level": lv, "text": t}
        for lv, texts in cells.items()
        for k, t in enumerate(texts, 1)
    ]
    doc = {
        "schema_version": 2,
        "id": "digcomp",
        "title": "DigComp",
        "organisation": "JRC",
        "cumulative": True,
        "levels": levels,
        "competencies": [{"id": "devices", "name": "Protecting devices", "indicators": inds}],
    }
    return from_dict(doc, validate=False)


def test_a_statement_repeated_under_a_stem_that_says_more_is_growth():
    assert list(check(digcomp(stems=True), select=["C001", "C002", "P003"])) == []
    (f,) = check(digcomp(stems=False), select="C001")
    assert f.indicator_id == "devices-level-2-1"


def test_a_stem_that_only_names_its_level_is_no_growth():
    levels = ("senior", "staff")
    cells = {"Craft": {lv: ["Writes clear and well-tested code for the team."] for lv in levels}}
    fw = framework_from_cells(cells, levels=levels)
    lv = [dataclasses.replace(x, stem=f"As a {x.name} Engineer, you:") for x in fw.level_records]
    (f,) = check(dataclasses.replace(fw, level_records=tuple(lv)), select="C001")
    assert f.indicator_id == "craft-staff-1"


def test_dropping_a_lower_level_limit_is_growth():
    # DigComp's level 4 above level 3, and a ladder's "with support" dropped a level up
    cells = {
        "Safety": {
            "one": ["select well-defined and routine safety and security measures."],
            "two": ["select safety and security measures."],
        },
        "Testing": {
            "one": ["Writes unit tests for new code with support from a senior engineer."],
            "two": ["Writes unit tests for new code."],
        },
        "Notes": {
            "one": ["Keeps clear notes of decisions and actions for the team."],
            "two": ["Keeps clear notes of decisions for the team."],
        },
    }
    assert [f.indicator_id for f in codes(cells, "C001")] == ["notes-two-1"]


def test_a_rubric_rung_described_in_the_negative_is_reported():
    # the lowest rung of two rubrics, in the third person or as fragments: Danielson's
    # Framework for Teaching (2013, Unsatisfactory; quoted from a public transcription) and
    # Kennewick School District's principal rubric (Washington State criteria, Unsatisfactory)
    rungs = {
        "teaching": [
            "The teacher is unaware of resources to assist student learning beyond materials "
            "provided by the school or district.",
            "Assessment procedures are not congruent with instructional outcomes. The teacher "
            "has no plan to incorporate formative assessment in the lesson or unit.",
            "Much instructional time is lost due to inefficient classroom routines and "
            "procedures. There is little or no evidence of the teacher's managing instructional "
            "groups.",
            "The teacher ignores students' questions.",
        ],
        "principal": [
            "Little or no evidence of feedback to staff.",
            "Unaware of curriculum implementation.",
            "Is not aware of school performance expectations.",
            "Interacts negatively.",
        ],
    }
    for name, rung in rungs.items():
        cells = {"Practice": {"one": rung, "two": ["Provides feedback to staff."]}}
        found = [f.indicator_id for f in codes(cells, "S006")]
        assert found == ["practice-one-1", "practice-one-2", "practice-one-3"], name


def test_a_lone_negation_among_positive_statements_is_left_alone():
    cells = {
        "Drive": {
            "one": [
                "Is not afraid to challenge the status quo.",
                "Shares information with the team.",
                "Listens to colleagues' views.",
            ]
        }
    }
    assert codes(cells, "S006") == []


def test_words_put_among_the_lower_statements_words_are_growth():
    # DigComp 2.1 (levels 4 and 5) and the Australian Professional Standards for Teachers
    # (AITSL, focus area 3.4, Proficient and Highly Accomplished)
    pairs = [
        (
            "differentiate risks and threats in digital environments,",
            "differentiate a variety of risks and threats in digital environments,",
        ),
        (
            "Select and/or create and use a range of resources, including ICT, to engage "
            "students in their learning",
            "Assist colleagues to create, select and use a wide range of resources, including "
            "ICT, to engage students in their learning",
        ),
    ]
    for lower, higher in pairs:
        assert codes({"Skill": {"one": [lower], "two": [higher]}}, "C002") == [], higher
    added = "I am aware of my team's budget and financial targets."
    cells = {"Money": {"one": [added], "two": [added + " I contribute to achieving them."]}}
    assert [f.indicator_id for f in codes(cells, "C002")] == ["money-two-1"]
    # a behaviour joined on with "and" adds to the lower statement (the APS's ILS, APS 2-3)
    lower = "Understands and supports the organisation's vision, mission and business objectives."
    higher = (
        "Understands, supports and promotes the organisation's vision, mission and business "
        "objectives; sets appropriate direction for the team in line with broader objectives."
    )
    assert len(codes({"Vision": {"one": [lower], "two": [higher]}}, "C002")) == 1


def test_a_higher_statement_that_only_drops_a_limit_is_no_restatement():
    # the UK DDaT framework (OGL v3.0): Working "..., with support", Practitioner without it
    lower = (
        "design an architecture that defines the technology, people, process and other "
        "elements needed to achieve organisation objectives, with support"
    )
    higher = lower.removesuffix(", with support")
    assert codes({"Architecture": {"one": [lower], "two": [higher]}}, ["C001", "C002"]) == []
