"""Ingest of three outline shapes the seventh probe round found misread (probe 10: D2, D5, D6).

Each fixture is a short excerpt of a public framework's text, kept word for word:

- **Level titles** (D2): the City Government of Bayawan's competency dictionary (github
  Team-HR/ihris @ 472fdd4f ``competencies.json``; no licence stated, a few lines quoted for a
  test), written as its Word file sets it: "Level N: <this competency's title>" headings.
- **Polarity labels** (D5): Cheshire East Council, *Values and Behaviours: For everyone*
  ("I will" / "I won't"; cheshireeast.gov.uk, no licence stated, OGL presumed) and South East
  Coast Ambulance Service NHS Trust, *Our values* ("We will" / "We will not";
  join-secamb.co.uk/our-values and mediabeast.co.uk's copy of it, no licence stated).
- **Bold-name paragraphs** (D6): Packback's engineering ladder (github
  packbackbooks/engineering-docs, ``careers/software-engineer.md`` @ 058613ed and
  ``careers/managing-engineer.md`` @ 09263e2a; "(c) 2021 Packback, Inc., all rights reserved",
  a few cells quoted for a test).

The "Above the line" fixture and the introductions' notes are our own wording.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.blocks import Document, Label, Region
from compkit.ingest.labels import polarity_of
from compkit.ingest.limits import IngestError
from compkit.ingest.tiers import split_level_titles


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _cells(result) -> list[tuple[str, str, str, str]]:
    f = result.framework
    comps = {c.id: c.name for c in f.competency_records}
    levels = {lv.id: lv.name for lv in f.level_records}
    return [(comps[i.competency], levels[i.level], i.polarity, i.text) for i in f.indicator_records]


def _said(result, words: str) -> bool:
    return any(words in n.message for n in result.report.notes)


# --- D2: "Level N: <title>" headings, a title per competency ------------------------------

BAYAWAN = """\
# Competency Dictionary

## Adaptability

Adjusting own behaviors to work efficiently and effectively in light of new information, \
changing situations and/or different environments.

### Level 1: Recognizes how change will affect work.

- Accepts that things will change.
- Seeks clarification when faced with ambiguity or uncertainty.

### Level 2: Adapts one's work to a situation.

- Adapts personal approach to meet the needs of different or new situations.

## Continuous Learning

Identifying and addressing individual strengths and weaknesses, developmental needs and \
changing circumstances to enhance personal and organizational performance.

### Level 1: Assesses and monitors oneself to maintain personal effectiveness.

- Pursues learning opportunities and ongoing development

### Level 2: Seeks to improve personal effectiveness in current situation.

- Integrates new learning into work methods.
"""


def test_level_titles_per_competency_give_the_levels_and_keep_the_titles(tmp_path):
    result = _ingest(tmp_path, "dictionary.md", BAYAWAN)
    f = result.framework
    assert [lv.name for lv in f.level_records] == ["Level 1", "Level 2"]  # was 4 levels
    assert ("Adaptability", "Level 2", "effective", _adapts()) in _cells(result)
    assert len(_cells(result)) == 5
    described = {c.name: c.description for c in f.competency_records}
    # each title kept, word for word, in its competency's description -- never a statement
    assert "Level 1: Recognizes how change will affect work." in described["Adaptability"]
    assert described["Continuous Learning"].startswith("Identifying and addressing")
    assert (
        "Level 2: Seeks to improve personal effectiveness in current situation."
        in (described["Continuous Learning"])
    )
    assert not any("Recognizes how change" in t for *_, t in _cells(result))
    assert _said(result, "read as 2 levels (Level 1, Level 2)")


def _adapts() -> str:
    return "Adapts personal approach to meet the needs of different or new situations."


def test_level_hint_names_the_level_part_of_titled_headings(tmp_path):
    result = _ingest(tmp_path, "dictionary.md", BAYAWAN, levels=["Level 1", "Level 2"])
    assert [lv.name for lv in result.framework.level_records] == ["Level 1", "Level 2"]
    assert len(_cells(result)) == 5


def test_a_level_title_the_same_under_every_competency_names_the_level_whole():
    def region(comp: str, level: str) -> Region:
        return Region((Label(comp, "##"), Label(level, "###")), [])

    same = [region(c, f"Level {n} - Awareness" if n == 1 else f"Level {n} - Knowledge")
            for c in ("Teamwork", "Integrity") for n in (1, 2)]  # fmt: skip
    doc = Document(same)
    assert split_level_titles(doc) is None
    assert doc.regions[0].labels[-1].text == "Level 1 - Awareness"


# --- D5: "I will" / "I won't" and other names of the two sides ----------------------------

CHESHIRE_EAST = """\
# Values and Behaviours

## Flexibility

### I will

- Actively participate in and contribute to change
- Be flexible at work and willing to try new things

### I won't

- Say ‘it’s not my job’ or just moan
- Give up when things don’t go as I planned

## Innovation

### I will

- Ask curious questions
- Take a risk and make a suggestion

### I won't

- Dismiss or be negative or overly critical of new ideas
"""


def test_i_will_and_i_wont_are_the_two_sides_of_each_value(tmp_path):
    result = _ingest(tmp_path, "values.md", CHESHIRE_EAST)
    cells = _cells(result)
    assert [c.name for c in result.framework.competency_records] == ["Flexibility", "Innovation"]
    assert ("Flexibility", "All levels", "ineffective", "Say ‘it’s not my job’ or just moan") in (
        cells
    )
    assert ("Innovation", "All levels", "effective", "Ask curious questions") in cells
    assert sum(p == "ineffective" for _, _, p, _ in cells) == 3
    assert result.report.layout == "effective-ineffective"


def test_polarity_hint_naming_a_heading_of_the_document_works(tmp_path):
    result = _ingest(tmp_path, "values.md", CHESHIRE_EAST, polarity="I won't")
    assert sum(p == "ineffective" for _, _, p, _ in _cells(result)) == 3


SECAMB = """\
# Our Values

## Taking Pride

Being advocates of our organisation and recognising the important contribution we make to its \
success.

We will

- Fulfil our roles and responsibilities to the best of our ability
- Encourage our colleagues to do the best job possible

We will not

- Obstruct colleagues from being able to effectively do their job
- Engage in negative gossip

## Striving for Continuous Improvement

Seeking and acting upon opportunities to do things better

We will

- Actively participate in personal and professional learning and development

We will not

- Reject opportunities to improve the way we work
"""


def test_we_will_and_we_will_not_lines_with_the_values_own_description(tmp_path):
    result = _ingest(tmp_path, "secamb.md", SECAMB)
    cells = _cells(result)
    described = {c.name: c.description for c in result.framework.competency_records}
    assert list(described) == ["Taking Pride", "Striving for Continuous Improvement"]
    assert described["Taking Pride"].startswith("Being advocates of our organisation")
    assert ("Taking Pride", "All levels", "ineffective", "Engage in negative gossip") in cells
    assert [p for c, _, p, _ in cells if c == "Taking Pride"] == ["effective"] * 2 + [
        "ineffective"
    ] * 2
    assert len(cells) == 6  # the descriptions are no statements


ABOVE_THE_LINE = """\
# Behaviours

## Teamwork

### Above the line

- Shares information with colleagues

### Below the line

- Keeps information to themselves

## Integrity

### Above the line

- Keeps promises

### Below the line

- Blames others
"""


def test_polarity_hint_names_an_unknown_side_label(tmp_path):
    plain = _ingest(tmp_path, "line.md", ABOVE_THE_LINE)  # no side word: two competencies
    assert [c.name for c in plain.framework.competency_records] == [
        "Above the line",
        "Below the line",
    ]
    told = _ingest(tmp_path, "line.md", ABOVE_THE_LINE, polarity="Below the line")
    assert [c.name for c in told.framework.competency_records] == ["Teamwork", "Integrity"]
    assert ("Integrity", "All levels", "ineffective", "Blames others") in _cells(told)
    assert ("Integrity", "All levels", "effective", "Keeps promises") in _cells(told)


HIDDEN_SIDES = """\
# Values and Behaviours

### Flexibility

#### Flexibility for everyone

- Actively participate in and contribute to change

#### Values and behaviours that everyone won't do on Flexibility

- Say ‘it’s not my job’ or just moan

### Innovation

#### Innovation for everyone

- Ask curious questions

#### Values and behaviours that everyone won't do on Innovation

- Dismiss or be negative or overly critical of new ideas
"""


def test_polarity_hint_naming_a_heading_read_otherwise_says_so(tmp_path):
    told = "Values and behaviours that everyone won't do on Flexibility"
    with pytest.raises(IngestError) as raised:
        _ingest(tmp_path, "hidden.md", HIDDEN_SIDES, polarity=told)
    message = str(raised.value)
    assert "is a '####' label of this document (line 9)" in message
    assert "read as competencies, not as the sides of each competency" in message
    assert "names no heading" not in message
    with pytest.raises(IngestError, match="names no heading, column or label"):
        _ingest(tmp_path, "hidden.md", HIDDEN_SIDES, polarity="Watch outs")


@pytest.mark.parametrize(
    ("label", "side"),
    [
        ("I will", "effective"),
        ("I won't", "ineffective"),
        ("We will not:", "ineffective"),
        ("What we don't want to see", "ineffective"),
        ("What we want to see", "effective"),
        ("Behaviours we don't want to see", "ineffective"),
        ("Examples of behaviours we don’t want to see", "ineffective"),
        ("Unacceptable behaviours", "ineffective"),
        ("Acceptable behaviours", "effective"),
        ("Less effective", "ineffective"),
        ("Negative indicators", "ineffective"),
        ("What great looks like", "effective"),
        ("I will lead the team", None),  # a statement, not a label
        ("Doing the right thing", None),
        ("Willingness to learn", None),
        ("Acceptable use policy", None),  # a side's words open it, but it names no side
        ("Highly effective teams", None),
    ],
)
def test_polarity_labels(label, side):
    assert polarity_of(label) == side


# --- D6: ladder cells written as paragraphs opening "**Name:** text" ----------------------

PACKBACK = """\
# Software Engineer Path

## Apprentice (IC 1)

An apprentice engineer focuses on learning the basic skills of software engineering.

**Productivity:** They are capable of completing small, well-defined tasks with limited \
uncertainty with help from other engineers.

**Communication:** They ask questions to understand how their work fits into the larger context.

## Engineer I (IC 2)

An engineer I is capable of taking on well-defined technical problems and managing their own \
work each sprint.

**Productivity:** They are capable of completing small, well-defined tasks on time with minimal \
help from other engineers.

**Communication:** They welcome feedback and apply the feedback they received in other contexts.
"""


def test_bold_name_paragraphs_are_statements_of_that_competency(tmp_path):
    result = _ingest(tmp_path, "ladder.md", PACKBACK)  # was one competency, the title
    f = result.framework
    assert [c.name for c in f.competency_records] == ["Productivity", "Communication"]
    assert [lv.name for lv in f.level_records] == ["Apprentice (IC 1)", "Engineer I (IC 2)"]
    assert (
        "Communication",
        "Engineer I (IC 2)",
        "effective",
        "They welcome feedback and apply the feedback they received in other contexts.",
    ) in _cells(result)
    assert len(_cells(result)) == 4
    # each level's opening sentence stays its description, not a statement
    assert f.level_records[0].description.startswith("An apprentice engineer focuses")
    assert _said(result, "4 paragraphs open with a bold name followed by a colon")


MANAGING = """\
# Managing Engineer Path

The managing engineer path focuses on team and organizational leadership.

## Team Lead (Senior Engineer)

A Team Lead manages a team according to agile principles.

**Technical Ability:** Still primarily focused on writing code, they should start identifying \
bottlenecks in the process and roadblocks to success for their team and clearing these \
roadblocks.

**Communication:** The Team Lead gets support from their manager.

**Responsibilities:**

* Run a productive, agile team
* Track team and individual performance metrics

## Engineering Manager

The Engineering Manager is a senior manager responsible for running several teams.

**Technical Ability:** The Engineering Manager will spend less time writing code, but there is \
an expectation that they still engage in some technical deliverables such as bug fixes and \
small features, without blocking or slowing down the progress of their team.

**Communication:** The Engineering Manager is an independent manager.

**Responsibilities:**

* Manage individual contributors
"""


def test_a_bold_name_alone_over_a_list_heads_it_beside_bold_name_paragraphs(tmp_path):
    result = _ingest(tmp_path, "managing.md", MANAGING)
    assert [c.name for c in result.framework.competency_records] == [
        "Technical Ability",
        "Communication",
        "Responsibilities",
    ]
    cells = _cells(result)
    assert (
        "Responsibilities",
        "Engineering Manager",
        "effective",
        "Manage individual contributors",
    ) in cells
    assert (
        "Communication",
        "Team Lead (Senior Engineer)",
        "effective",
        "Responsibilities:",
    ) not in (cells)
    assert [c for c, lv, *_ in cells if lv == "Engineering Manager"] == [
        "Technical Ability",
        "Communication",
        "Responsibilities",
    ]


LONE_LEAD_IN = """\
# Engineering Ladder

**Note:** These expectations are a guide, not a checklist.

## Engineer I

**Scope:** Tasks within a project.

- Ships small features with help
- Writes tests for their code

## Engineer II

**Scope:** Features within a team.

- Ships features on their own
- Reviews code for their team
"""


def test_a_lone_bold_lead_in_is_left_as_written(tmp_path):
    # one bold paragraph under each heading: not the cells of a ladder, nothing read as a name
    result = _ingest(tmp_path, "lone.md", LONE_LEAD_IN)
    names = [c.name for c in result.framework.competency_records]
    assert "Note" not in names
    assert "Scope" not in names
    assert not _said(result, "paragraphs open with a bold name")
