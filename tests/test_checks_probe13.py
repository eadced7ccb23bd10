"""The thirteenth probe of the checker: every English but American is spelt the British way.

- **Australian (and every other non-American) English was checked as American**: the spelling
  rules asked whether a framework's ``language`` started with "en-GB", so an en-AU, en-NZ,
  en-IE or en-CA framework was read as American: AITSL's "Organise content ..." (the
  Australian Professional Standards for Teachers, aitsl.edu.au, focus area 2.2) was the slip
  beside one "organize", "'organize' is the en-AU spelling", and a misspelt "behavour" was
  offered no British "behaviour".
- **"program" is Australian and Canadian, not American**: AITSL writes "programs" ten times
  beside "organise", "organisation" and "analyse"; ingest counted each as American evidence
  and called the standards en-US. "program" now counts only beside other American spellings.
  In en-AU and en-CA "programme" is another spelling of "program" (the Australian Public
  Service Commission's page on its Integrated Leadership System, apsc.gov.au, CC BY 4.0:
  "Outlines information on leadership, learning and development programmes" under the
  heading "Programs"); in en-GB and en-NZ the two stay two words. Canada's Key Leadership
  Competencies ("behaviours", "organizational", "Program") read as Oxford spelling, not
  American; "program" alone tells no English, and the ingest report says it was not counted.
"""

import csv

import pytest

import compkit
from compkit import check
from compkit.checks.dictionary import british_spelling, likely_typo
from compkit.testing import framework_from_cells

#: AITSL focus area 2.2 (Graduate, Proficient) and 1.2 (Proficient), as published.
ORGANISE = "Organise content into an effective learning and teaching sequence."
PROGRAMS = "Organise content into coherent, well-sequenced learning and teaching programs."
STRUCTURE = (
    "Structure teaching programs using research and collegial advice about how students learn."
)
#: The APSC's Integrated Leadership System page, as published.
PROGRAMMES = "Outlines information on leadership, learning and development programmes"


def t009(cells, language):
    fw = framework_from_cells(cells, language=language)
    return [(f.indicator_id, f.subject) for f in check(fw, select="T009")]


@pytest.mark.parametrize("language", ["en-GB", "en-AU", "en-NZ", "en-IE", "en-CA", "en"])
def test_a_lone_ize_among_australian_ise_is_the_slip(language):
    cells = {"Content": {"one": [ORGANISE], "two": [PROGRAMS], "three": ["Helps organize events."]}}
    assert t009(cells, language) == [("content-three-1", "organize")]


def test_american_english_still_calls_the_ise_forms_the_slip():
    cells = {"Content": {"one": [ORGANISE], "two": [PROGRAMS], "three": ["Helps organize events."]}}
    assert t009(cells, "en-US") == [("content-one-1", "organise"), ("content-two-1", "organise")]


@pytest.mark.parametrize(
    ("language", "found"),
    [
        ("en-AU", [("content-three-1", "programmes")]),
        ("en-CA", [("content-three-1", "programmes")]),
        # and 'Organise', spelt the British way in a text with no -ize (the sixteenth round)
        ("en-US", [("content-three-1", "programmes"), ("content-two-1", "organise")]),
        ("en-GB", []),  # a programme of work, a computer program: two words
        ("en-NZ", []),
    ],
)
def test_programme_is_a_spelling_of_program_only_where_program_is_the_word(language, found):
    cells = {"Content": {"one": [STRUCTURE], "two": [PROGRAMS], "three": [PROGRAMMES]}}
    assert t009(cells, language) == found


def test_a_program_outnumbered_by_programmes_is_still_the_australian_spelling():
    cells = {"Content": {"one": [PROGRAMMES], "two": [PROGRAMMES.replace("Outl", "Also outl")]}}
    cells["Content"]["three"] = [STRUCTURE]
    fw = framework_from_cells(cells, language="en-AU")
    messages = [f.message for f in check(fw, select="T009")]
    assert (
        messages
        == [
            "'programmes' is spelt 'programs' elsewhere in the framework (1 time); 'programs' is the "
            "en-AU spelling"
        ]
        * 2
    )


def test_misspellings_are_corrected_the_british_way_in_australian_english():
    assert likely_typo("behavour", "en-AU") == likely_typo("behavour", "en-GB") == "behaviour"
    assert likely_typo("recognse", "en-NZ") == "recognise"
    assert likely_typo("behavour", "en-US") is None  # "behavior" is two letters away


def test_which_englishes_are_spelt_the_british_way():
    assert all(map(british_spelling, ["en-GB", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-IN"]))
    assert not any(map(british_spelling, ["en-US", "en-PH", "fr", "de-DE"]))


def test_aitsl_is_ingested_as_british_spelt_not_american(tmp_path):
    rows = [
        ("Focus area", "Graduate", "Proficient"),
        (
            "Understand how students learn",
            "Demonstrate knowledge and understanding of research into how students learn and the "
            "implications for teaching.",
            STRUCTURE,
        ),
        ("Content selection and organisation", ORGANISE, PROGRAMS),
        (
            "Curriculum, assessment and reporting",
            "Use curriculum, assessment and reporting knowledge to design learning sequences and "
            "lesson plans.",
            "Design and implement learning and teaching programs using knowledge of curriculum, "
            "assessment and reporting requirements.",
        ),
        (
            "Evaluate and improve teaching programs",
            "Demonstrate broad knowledge of strategies that can be used to evaluate teaching "
            "programs to improve student learning.",
            "Evaluate personal teaching and learning programs using evidence, including feedback "
            "from students and student assessment data, to inform planning.",
        ),
    ]
    path = tmp_path / "aitsl.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    result = compkit.ingest(path, organisation="AITSL")
    assert result.document["language"] == "en-GB"
    said = [n.message for n in result.report.notes if n.message.startswith("language")]
    assert said == [
        "language en-GB guessed from British spellings: British organise ×2, organisation; American "
        "none; not counted: programs ×6 (Australian and Canadian English spell them so too) "
        "(give --language to override; language= in Python)"
    ]


def test_canadian_english_reads_as_oxford_spelling_not_american():
    from compkit.ingest.language import guess_language

    # the Government of Canada's Key Leadership Competencies (canada.ca, Open Government
    # Licence - Canada): British "behaviours", -ize "organizational" and "mobilize", "Program"
    texts = [
        "The Key Leadership Competencies define the behaviours expected of leaders in Canada's "
        "Public Service.",
        "Leaders balance organizational and government-wide priorities and improve outcomes for "
        "Canada and Canadians.",
        "They nurture productive relationships, build cohesive teams and create the "
        "organizational conditions for others to succeed.",
        "The Key Leadership Competencies are a mandatory component of the Executive (EX) Group "
        "Qualification Standard and the Directive on the Performance Management Program for "
        "Executives.",
        "They mobilize teams, building momentum to get things done.",
    ]
    guess = guess_language(texts)
    assert (guess.tag, guess.oxford, guess.uncounted) == ("en-GB", True, {"program": 1})


def test_program_alone_tells_no_english_and_says_so():
    from compkit.ingest.language import guess_language

    guess = guess_language(["Structure teaching programs using research."])
    assert (guess.tag, guess.confidence) == ("en-GB", 0.3)
    assert "not counted: programs (Australian and Canadian English" in guess.describe()
