"""The ninth probe round's checker findings, pinned on the published text that showed them.

T009 on one word's forms spelt in two systems: inDrive's Engineer Track (github.com/inDriver/
handbook, docs/people/crafters/ladders/engineer-track/*.md, commit 1d1f2c5, MIT licence;
statements word for word) writes "organises" and "organisation" but "organize", "utilising"
but "Utilizes"; Medium's snowflake ladder (the corpus, Apache-2.0) writes "organise" once among 23
-ize forms of the word. No rule saw either: T009 compared each form with its own spellings
only ("organises" with "organizes").

T016 on statements that stop mid-sentence: the Australian Public Service Commission's
"Integrated Leadership System (ILS) APS 1-6 comparative" (Word, as published; read from
github.com/Verridian-ai/APS-Performance-Assistant, documents/APS1-6_Comparative.docx, commit
5ba711a; Commonwealth of Australia material, quoted word for word, two cells) has cells cut
short in the source ("Recognises the need for", "Identifies other people's"); T011 only said
they lacked a full stop (info). The same rule reads the statements that PDF conversions split
at a page or column break (SFIA 8's reference, Kareo's ladder, Cardiff's grid, as earlier
versions of compkit ingested them: 178 findings on 222 frameworks read, none on the corpus).
"""

from compkit.checks import check
from compkit.testing import framework_from_cells

framework = framework_from_cells


def t009(fw):
    return [(f.indicator_id, f.subject, f.message) for f in check(fw, select="T009")]


# inDrive, Engineer Track (Senior I, Senior III, Principal I, Middle I), word for word
INDRIVE = {
    "Software Engineering": {
        "one": [
            "Has comprehensive knowledge and skills to autonomously implement scenarios as well "
            "as organises and leads implementation. Has experience of failures and lessons "
            "learned."
        ],
        "two": [
            "Has advanced knowledge and skills to autonomously implement scenarios as well as "
            "organize and lead implementations that have a high levels of complexity and "
            "uncertainty."
        ],
    },
    "Design Process": {
        "three": [
            "Sets strategic direction for design principles across the entire engineering "
            "organisation, utilising architecture, tools and a product focus."
        ]
    },
    "Sustainability and Reliability": {
        "one": ["Utilizes security guidelines and assessing and highlighting risks."]
    },
}


def test_a_word_spelt_ise_in_some_forms_and_ize_in_others_is_found():
    assert t009(framework(INDRIVE)) == [
        (
            "software-engineering-two-1",
            "organize",
            "'organize' is spelt -ize, the word's other forms in the framework -ise: "
            "'organises' and 'organisation' (2 times)",
        ),
        (
            "sustainability-and-reliability-one-1",
            "utilizes",
            "'utilizes' is spelt -ize, the word's other forms in the framework -ise: "
            "'utilising' (1 time)",
        ),
    ]


def test_in_american_text_the_ise_forms_are_the_slip_however_many():
    found = t009(framework(INDRIVE, language="en-US"))
    assert [(i, s) for i, s, _ in found] == [
        ("software-engineering-one-1", "organises"),
        ("design-process-three-1", "organisation"),
        ("design-process-three-1", "utilising"),
    ]


def test_medium_writes_organise_once_among_its_ize_forms():
    report = check("tests/data/corpus/medium-snowflake.yaml", select="T009")
    said = {f.indicator_id: f.message for f in report.findings}
    assert said["accomplishment-m5-1"] == (
        "'organise' is spelt -ise, the word's other forms in the framework -ize: "
        "'organization', 'organizational' and 2 more (23 times)"
    )
    # 'recognises' against 'recognizes' stays the form-by-form finding, reported once
    assert said["career-development-m1-2"].startswith("'recognises' is spelt 'recognizes'")


def test_oxford_spelling_with_yse_and_one_spelling_words_are_no_mix():
    cells = {
        "Delivery": {
            "one": ["Organizes the work of the team.", "Analyses the risks of a plan."],
            "two": ["Advises on the organization of the service.", "Uses expertise to size work."],
        }
    }
    assert t009(framework(cells)) == []
    # 'analyses', the plural of 'analysis', is not the British form of 'analyzes'
    cells = {"Delivery": {"one": ["Analyzes the data.", "Reads the analyses of others."]}}
    assert t009(framework(cells, language="en-US")) == []


# -- T016: a statement that stops mid-sentence -----------------------------------------------

LEVELS = ("one", "two", "three", "four")

# APS ILS comparative at APS 1 to APS 4 ("one" to "four"), word for word: cells of three
# capabilities, two of them cut short in the source
EXPERTISE = "Contributes own expertise to achieve outcomes for the business unit."
LISTENS = "Listens to, and considers different ideas"
APS = {
    "Applies and builds professional expertise": {lv: [EXPERTISE] for lv in LEVELS},
    "Shows judgement": {
        "one": [
            "Researches information relevant to work tasks and responsibilities. Participates "
            "in discussions around issues and refers problems to supervisor. Recognises the "
            "need for"
        ],
        "two": [
            "Researches and analyses information relevant to work tasks and responsibilities. "
            "Identifies issues that may impact on designated tasks and alerts supervisor. "
            "Suggests improvements to work tasks."
        ],
    },
    "Negotiates confidently": {
        "one": [f"{LISTENS}. Discusses issues without getting personal or aggressive."],
        "two": [f"{LISTENS}. Discusses issues without getting personal or aggressive."],
        "three": [
            f"{LISTENS} and discusses issues credibly and thoughtfully. Identifies relevant "
            "stakeholders."
        ],
        "four": [
            f"{LISTENS} and discusses issues credibly and thoughtfully. Identifies other people's"
        ],
    },
}


def test_cells_cut_short_in_the_source_are_found_not_just_unpunctuated():
    report = check(framework(APS, levels=LEVELS), select=["T011", "T016"])
    assert [(f.code, f.indicator_id, f.message) for f in report] == [
        (
            "T016",
            "shows-judgement-one-1",
            "ends '... the need for' with no full stop: it stops mid-sentence",
        ),
        (
            "T016",
            "negotiates-confidently-four-1",
            "ends '... Identifies other people's' with no full stop: it stops mid-sentence",
        ),
    ]


def test_a_curly_possessive_is_quoted_as_written():
    cells = {"Negotiates confidently": {"one": ["Identifies other people\u2019s"]}}
    (f,) = check(framework(cells), select="T016")
    assert (
        f.message
        == "ends '... Identifies other people\u2019s' with no full stop: it stops mid-sentence"
    )


def test_splits_at_a_page_break_are_found_and_sentences_that_end_are_not():
    cells = {
        "Data science": {
            "one": [
                "Leads the development of organisational capabilities for data science and",
                "analytics.",
                "Contributes to the setting of",
                "Designs solid object oriented programs such as",
            ],
            "two": [
                # a preposition may end a sentence; without full stops it is not read as cut
                "Contributes to external technologies or libraries that we depend on",
                "Knows what the team is responsible for",
                "Takes the lead on hiring",
            ],
        }
    }
    found = [f.indicator_id for f in check(framework(cells), select="T016")]
    assert found == ["data-science-one-1", "data-science-one-3", "data-science-one-4"]


def test_where_statements_end_with_full_stops_a_preposition_without_one_is_cut():
    ends = ["Plans the work of the team.", "Reviews the code of others.", "Shares knowledge."]
    cells = {"Delivery": {"one": [*ends, "Owns the release plan and is accountable for"]}}
    found = [f.indicator_id for f in check(framework(cells), select="T016")]
    assert found == ["delivery-one-4"]
    # with the full stop, a stranded preposition is a sentence's end
    cells = {"Delivery": {"one": [*ends, "Knows the services the team is accountable for."]}}
    assert check(framework(cells), select="T016").findings == ()


# -- T007: a run-in label before a statement in the framework's voice --------------------------

# The pattern of Dropbox's career framework ("Craft - I ...", "Project Leadership - I ..."),
# Basecamp's titles ("WEB: You're proficient ..."), SFIA 8's summary chart ("Security, privacy
# and ethics — understands ...") and InfraCloud's ladder ("Decision making: You ..."), as
# ingested: 142 T007 findings on 14 frameworks of the round's files, each a label before a
# statement in the framework's voice. Statements written for these tests.


def t007(cells, **kw):
    return [f.indicator_id for f in check(framework(cells, **kw), select="T007")]


def test_a_label_before_a_statement_in_the_voice_is_read_past():
    first = ["I plan my work.", "I review code.", "I share what I learn.", "I test my changes."]
    cells = {
        "Impact": {
            "one": [*first, "Craft - I focus on improving my craft as an engineer."],
            "two": ["Project Leadership - I define well-scoped milestones for a project."],
        }
    }
    assert t007(cells) == []
    you = ["You plan your work.", "You review code.", "You share what you learn."]
    cells = {"Skills": {"one": [*you, "WEB: You're proficient in modern HTML and CSS."]}}
    assert t007(cells) == []
    holder = ["Plans the work.", "Reviews code.", "Shares knowledge.", "Tests changes."]
    cells = {
        "Attributes": {
            "one": [*holder, "Security, privacy and ethics \u2014 understands the standards."]
        }
    }
    assert t007(cells) == []


def test_a_label_before_another_voice_and_a_noun_phrase_still_break_it():
    you = ["You plan your work.", "You review code.", "You share what you learn."]
    cells = {"Traits": {"one": [*you, "Astute: We would expect you to find the real ask."]}}
    assert t007(cells) == ["traits-one-4"]
    # MyUNiDAYS (the corpus): a noun phrase with a dash, not a label
    holder = ["Plans the work.", "Reviews code.", "Shares knowledge.", "Tests changes."]
    cells = {
        "Attitude": {
            "one": [
                *holder,
                "A self-motivator - picks up the correct work without having to be asked",
            ]
        }
    }
    assert t007(cells) == ["attitude-one-5"]


def test_a_name_in_the_possessive_ends_a_sentence():
    cells = {"Partners": {"one": ["Works with suppliers such as Sainsbury's", "Knows the staff's"]}}
    assert [f.indicator_id for f in check(framework(cells), select="T016")] == ["partners-one-2"]
