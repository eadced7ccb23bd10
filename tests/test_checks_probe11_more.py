"""The eleventh probe of the checker, second part: C004 grouped, T008's full stop, pinned here.

- **One text copied across competencies is one finding** (C004): a statement repeating a
  lower statement of another competency was one finding per pair. The UK Digital, Data and
  Technology framework (GOV.UK, Open Government Licence v3.0; an excerpt of its roles'
  skills) gives several skills the same Awareness sentence and repeats it at Working: 8
  findings for one copied sentence, now 1 naming the others. SFIA 8 (sfia-online.org, the
  SFIA licence; its skills workbook) repeats one Level 2 sentence of Security operations and
  Customer service support in Incident management at Level 3: 2 findings, now 1; its other
  four repeats stay one each. The Australian Public Service's Integrated Leadership System
  (APSC, CC BY 4.0) repeats an APS 1 sentence in six 'All levels' statements: 26 findings,
  now 5. Distinct statements each repeated once stay one finding each (myUNiDAYS' three
  play3r statements of Attitude, each from a n00b one of Problem Solving, in the corpus).
- **A comma where a full stop was meant** (T008): a capital after a comma, opening a clause
  as the framework's statements open, was said to be "a list item among lower-case words" or
  "written in lower case elsewhere". The e-CF 4.0 (CEN, EN 16234-1; e-CF competence E.2
  Project and Portfolio Management, level e-2): "... to manage simple projects, Optimises
  costs and minimises waste."; the SFIA 8 guidance notes (Performance management, PEMT):
  "... by any means, Develops organisational policies ...". The message now says the comma
  should be a full stop, or the word written in lower case.
- **An ineffective behaviour kept as effective** (S007, new): one negative indicator among
  positive ones went unreported (S006 reports a level that is mostly negated, and leaves a
  lone "Does not give up" alone). DARE+'s teamwork competence table (dareplus.eu/tables/1.html,
  no licence stated) has "Avoiding addressing conflicts" among 14 positive indicators; the UK
  Civil Service's 'Delivering at Pace' behaviour (GOV.UK, Open Government Licence v3.0) read
  its "not effective" list as effective ("Fail to maintain pace and progress", "Blame others
  for poor quality work"); Cheshire East Council's behaviours ("Ignore something or say
  nothing when something seems wrong"); a product-management ladder's watch-outs ("May
  struggle to delegate product decisions ..."). Over 614 framework files of the corpus and
  earlier probes it makes 32 distinct findings, 30 right (the two wrong: a PDF fragment "lack
  of support, to stand in the way ..." and a rating scale's lowest rung). Statements that
  negate a good behaviour or avoid a bad thing mean what they say: HSE's "refusing to take on
  additional work when team is under pressure", Medium's "Avoids blame and focuses on
  positive change", the APS's "does not react personally to criticism".
"""

from compkit.checks import check
from compkit.testing import framework_from_cells

AWARE = "You know about the history and ethics of data and how it is used."


def c004(cells):
    return list(check(framework_from_cells(cells, cumulative=True), select="C004"))


def test_a_sentence_copied_into_several_competencies_is_one_c004_finding():
    skills = ["Analysis", "Agile working", "Applied social sciences", "Data ethics"]
    cells = {s: {"one": [AWARE, f"You write {s.lower()} notes."]} for s in skills}
    cells["Data ethics"]["two"] = [AWARE]
    cells["Applied social sciences"]["two"] = [AWARE]
    (f,) = c004(cells)
    assert f.indicator_id == "applied-social-sciences-two-1"
    assert f.message.startswith("is already required at One: it repeats the One statement")
    assert "; the same words are also in the One statement" in f.message
    assert f.message.endswith("; the Two statement in Data ethics repeats it too")


def test_a_lower_statement_repeated_by_many_higher_ones_is_one_finding_naming_five():
    shared = "Responds to change with an open mind and a positive attitude."
    cells = {"Change": {"one": [shared]}}
    cells.update({f"Area {k}": {"two": [shared], "three": [f"Runs area {k}."]} for k in range(7)})
    (f,) = c004(cells)
    assert f.related_id == "change-one-1" and f.indicator_id == "area-0-two-1"
    assert f.message.endswith(
        "; the Two statement in Area 1, the Two statement in Area 2, the Two statement in "
        "Area 3, the Two statement in Area 4, the Two statement in Area 5 and 1 more repeat it "
        "too"
    )


def test_distinct_statements_each_repeated_once_stay_one_finding_each():
    cells = {
        "Problem solving": {
            "one": [
                "Asks questions about tasks they do not understand.",
                "Breaks big problems down into small testable steps.",
            ]
        },
        "Attitude": {
            "two": [
                "Asks questions about tasks they do not understand.",
                "Breaks big problems down into small testable steps.",
            ]
        },
    }
    assert [f.indicator_id for f in c004(cells)] == ["attitude-two-1", "attitude-two-2"]


def t008(cells):
    return [f.message for f in check(framework_from_cells(cells), select="T008")]


def test_a_capital_verb_after_a_comma_says_the_comma_should_be_a_full_stop():
    cells = {
        "Project management": {
            "one": [
                "Applies methodologies, tools and processes to manage simple projects, "
                "Optimises costs and minimises waste.",
                "Provides reports on progress to the team.",
                "Ensures resources are in place.",
            ]
        }
    }
    assert t008(cells) == [
        "'Optimises' is capitalised after a comma, as if it opened a sentence: if it does, the "
        "comma should be a full stop ('simple projects. Optimises costs'); if not, write "
        "'optimises'"
    ]


def test_a_word_that_opens_statements_after_a_comma_in_an_imperative_framework():
    cells = {
        "Performance": {
            "one": [
                "Assess knowledge, skills and behaviours by any means, Develop policies and "
                "standards.",
                "Develop people through coaching.",
                "Plan the work of the team.",
            ]
        }
    }
    (m,) = t008(cells)
    assert "the comma should be a full stop ('any means. Develop policies')" in m


def test_a_capital_noun_in_a_list_keeps_its_list_message():
    cells = {
        "Improving": {
            "one": [
                "Contributes their unique perspective to team, Department system and "
                "organisational decisions.",
                "Provides feedback to the department.",
            ]
        }
    }
    assert t008(cells) == [
        "'Department' is capitalised mid-sentence, but is written in lower case elsewhere (1 time)"
    ]


POSITIVE = [
    "Shares information and knowledge with the team.",
    "Listens to colleagues' views and takes them into account.",
    "Supports colleagues when they need help.",
]


def s007(extra):
    cells = {"Teamwork": {"one": POSITIVE + extra}}
    return [(f.indicator_id, f.subject) for f in check(framework_from_cells(cells), select="S007")]


def test_a_lone_ineffective_indicator_among_positive_ones_is_reported():
    assert s007(["Avoiding addressing conflicts"]) == [
        ("teamwork-one-4", "Avoiding addressing conflicts")
    ]
    assert s007(["Blame others for poor quality work", "Fail to maintain pace and progress"]) == [
        ("teamwork-one-4", "Blame others for poor quality work"),
        ("teamwork-one-5", "Fail to maintain pace and progress"),
    ]
    (found,) = s007(["Delegates product work. May struggle to delegate product decisions."])
    assert found[1] == "May struggle to delegate product decisions"


def test_a_negated_good_behaviour_or_an_avoided_bad_thing_is_not_reported():
    assert (
        s007(
            [
                "refusing to take on additional work when team is under pressure",
                "Avoids blame and focuses on positive change",
                "Avoids siloing information when it can be usefully shared with others",
                "Stays calm under pressure; does not react personally to criticism.",
                "Never blames others for their own mistakes.",
                "Does not give up at the first obstacle.",
            ]
        )
        == []
    )


def test_the_message_says_what_to_do():
    cells = {"Teamwork": {"one": [*POSITIVE, "Ignores staff concerns about workload."]}}
    (f,) = check(framework_from_cells(cells), select="S007")
    assert f.message == (
        "describes a behaviour to avoid ('Ignores staff concerns about workload'), yet is kept "
        "as effective: if it is an ineffective indicator, give it that polarity"
    )
