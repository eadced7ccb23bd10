"""Eighteenth probe round (E): the checker on five frameworks nobody tuned it on.

A first-person rubric of learner outcomes in four levels (American), a six-level engineering
ladder written in paragraphs with anti-patterns, a behavioural model with effective and
ineffective sides grouped under values (British), a skills catalogue whose statements open
"Able to ..." or give instructions, and a four-level engineering ladder in bullets. Reading
every finding showed false ones that these tests pin with self-written statements:

- T007 took a lead-in clause holding a list ("When figures, charts and tables disagree, I
  ...") or the pronoun itself ("When I present, it ...") for a break of the first person, and
  "Neither plans nor ..." and "Under or overestimates ..." for breaks of the holder's voice.
- T008 flagged the items of a list written in capitals alike ("Credit records, Debtors
  records, Cash book"; "Specific, Measurable, Achievable, Relevant and Time-bound").
- T009 gave "rigourous" and "colourimeter" as the British spellings of "rigorous" and
  "colorimeter".
- T006 read "In addition to ..., X" as leaning on a neighbour.
- C001 called a higher statement that swaps "others" for "myself" a repeat; C003 took "Know
  who your customer is" for "Know what customer value is"; C002 took a shared lead-in clause
  ("When faced with a choice of courses, ...") for a restatement.
- T004 took "Agile", a method's name, for a stray word after "engineering, data, and".
"""

from compkit.checks import check
from compkit.framework.build import from_dict


def framework(cells, *, language="en-GB"):
    """A framework from ``{competency: {level: [statements]}}``, levels one, two, three."""
    levels = ["one", "two", "three"]
    return from_dict(
        {
            "schema_version": 2,
            "id": "probe18e",
            "title": "Probe 18 E",
            "organisation": "Riverside Housing",
            "language": language,
            "levels": [{"id": lv, "name": lv.title(), "rank": k} for k, lv in enumerate(levels, 1)],
            "competencies": [
                {
                    "id": f"c{n}",
                    "name": name,
                    "indicators": [
                        {"id": f"c{n}-{lv}-{k}", "level": lv, "text": text}
                        for lv in levels
                        for k, text in enumerate(by_level.get(lv, []), 1)
                    ],
                }
                for n, (name, by_level) in enumerate(cells.items(), 1)
            ],
        }
    )


def found(fw, code):
    return [(f.indicator_id, f.message) for f in check(fw, select=code)]


FIRST = [
    "I plan my own week and keep to it.",
    "I ask for help when I am stuck.",
    "I share what I learn with my group.",
    "I check my work before I hand it in.",
    "I set myself goals for each term.",
    "I listen to the views of others.",
    "I keep a record of my reading.",
    "I explain my reasoning to others.",
    "I look for patterns in what I find.",
    "I review my goals with my tutor.",
]
HOLDER = [
    "Plans the work of the team.",
    "Keeps records up to date.",
    "Shares what they learn with colleagues.",
    "Checks work before it is handed over.",
    "Sets goals for the team each quarter.",
    "Listens to the views of others.",
    "Keeps a log of decisions and risks.",
    "Explains decisions to the people they affect.",
    "Looks for patterns in the problems the team meets.",
    "Reviews goals with their manager.",
    "Writes clear notes of each meeting.",
    "Agrees priorities with the team.",
    "Reports progress every week.",
    "Welcomes feedback on their work.",
]


def test_t007_reads_a_lead_in_clause_holding_a_list_or_the_pronoun():
    fw = framework(
        {
            "Reasoning": {
                "one": [
                    *FIRST,
                    "When figures, charts, and/or tables disagree in a report, I can ask why.",
                    "When I present my findings to a group, it helps them see the problem.",
                    "Reports that disagree are a puzzle to solve.",
                ]
            }
        },
        language="en-US",
    )
    assert [i for i, _ in found(fw, "T007")] == ["c1-one-13"]


def test_t007_reads_neither_and_a_shared_prefix_as_the_holder():
    fw = framework(
        {
            "Delivery": {
                "one": [
                    *HOLDER,
                    "Neither plans nor tracks the work of others.",
                    "Under or overestimates the time a task will take.",
                    "Planning the work of others.",
                ]
            }
        }
    )
    assert [i for i, _ in found(fw, "T007")] == ["c1-one-17"]


def test_t008_leaves_a_list_written_in_capitals_alike():
    fw = framework(
        {
            "Records": {
                "one": [
                    "Keeps the ledgers, including Credit records, Debtors records, Cash book and "
                    "Stock records.",
                    "Sets goals that are Specific, Measurable, Achievable, Relevant and Time-bound.",
                    "Keeps credit, debtors, cash and stock records up to date.",
                    "Sets specific and measurable goals with the team.",
                    "Reports to the team, Department heads and other staff.",
                ]
            }
        }
    )
    assert [i for i, _ in found(fw, "T008")] == ["c1-one-5"]


def test_t009_keeps_the_or_of_rigorous_and_colorimeter_in_british_text():
    fw = framework(
        {
            "Testing": {
                "one": [
                    "Is rigorous in testing samples with a colorimeter.",
                    "Records the behavior of each sample.",
                    "Organises the samples by colour.",
                ]
            }
        }
    )
    assert [m for _, m in found(fw, "T009")] == [
        "'behavior' is the American spelling; in the framework's English (en-GB) it is 'behaviour'"
    ]


def test_t006_leaves_in_addition_to_a_noun():
    fw = framework(
        {
            "Delivery": {
                "one": [
                    *HOLDER,
                    "In addition to their own work, reviews the work of others.",
                    "In addition, reviews the work of others.",
                ]
            }
        }
    )
    assert [i for i, _ in found(fw, "T006")] == ["c1-one-16"]


def test_c001_takes_a_swapped_person_for_growth():
    fw = framework(
        {
            "Conflict": {
                "one": [
                    "I can name the forces within others that feed a conflict.",
                    "I can list the steps of the review process for our team.",
                ],
                "two": [
                    "I can name the forces within myself that feed a conflict.",
                    "I can list the steps of the review process for our team.",
                ],
            }
        },
        language="en-US",
    )
    assert [i for i, _ in found(fw, "C001")] == ["c1-two-2"]


def test_c003_takes_a_changed_question_word_or_verb_for_another_statement():
    fw = framework(
        {
            "Customers": {
                "one": [
                    "Know who your customer is",
                    "Know what customer value is",
                    "Explain the importance of having a strategy",
                    "Explain the importance of aligning to the strategy of an organisation",
                    "Accepts feedback graciously",
                    "Accepts feedback from others graciously",
                ]
            }
        }
    )
    assert [(i, m.split(" (")[0]) for i, m in found(fw, "C003")] == [
        ("c1-one-5", "nearly duplicates another statement of Customers at One")
    ]


def test_c002_takes_a_shared_lead_in_clause_for_no_restatement():
    fw = framework(
        {
            "Learning": {
                "one": [
                    "When faced with a choice between several training courses, I list what each costs.",
                    "I keep careful notes of what I learn in class.",
                ],
                "two": [
                    "When faced with a choice between several training courses, I weigh each one.",
                    "I keep careful notes of what I learn in class, and share them with my group each week.",
                ],
            }
        },
        language="en-US",
    )
    assert [i for i, _ in found(fw, "C002")] == ["c1-two-2"]


def test_t004_leaves_a_method_name_ending_a_list():
    fw = framework(
        {
            "Technology": {
                "one": [
                    "Leads technology as a discipline, inclusive of engineering, data, and Agile",
                    "Plans work with the team and Person",
                ]
            }
        }
    )
    assert [i for i, _ in found(fw, "T004")] == ["c1-one-2"]


def test_s002_reads_a_list_numbered_all_ones_as_lazy_numbering():
    fw = framework(
        {
            "Process": {
                "one": [
                    "Reads the task before starting it.",
                    "Asks the owner about anything unclear.",
                    "Estimates the effort the task takes.",
                ]
            },
            "Review": {
                "one": [
                    "Reviews the code of others.",
                    "Answers review comments promptly.",
                    "Merges only reviewed code.",
                ]
            },
        }
    )
    doc = fw_numbers(fw, {"c1": [1, 1, 1], "c2": [1, 2, 2]})
    assert [f.message for f in check(doc, select="S002")] == [
        "numbering of Review at One: repeated 2"
    ]


def fw_numbers(fw, numbers):
    """The framework again, each competency's statements given the source numbers listed."""
    from compkit.framework.io import to_dict

    doc = to_dict(fw)
    for comp in doc["competencies"]:
        for ind, n in zip(comp["indicators"], numbers[comp["id"]], strict=True):
            ind["source"] = {"numbers": [n]}
    return from_dict(doc)


def test_t005_finds_no_space_after_a_semicolon_or_comma():
    fw = framework(
        {
            "Records": {
                "one": [
                    "Records field data accurately;Able to summarise it for reports.",
                    "Spots the symptoms,uses the guide and reports 1,000 cases a year.",
                    "Keeps records of visits and/or calls.",
                ]
            }
        }
    )
    assert [m for _, m in found(fw, "T005")] == [
        "'accurately;Able' has no space after ';'; did you mean 'accurately; Able'?",
        "'symptoms,uses' has no space after ','; did you mean 'symptoms, uses'?",
    ]
