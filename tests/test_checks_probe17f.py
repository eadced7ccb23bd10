"""Seventeenth probe round (F): the checker on frameworks nobody tuned it on.

Six public frameworks read through ``compkit check`` (a PDF ladder, a proficiency dictionary,
a rubric with "misses" sides, a first-person skills grid, a six-level front-matter ladder and
the UK Government's skills with their "You can:" stem) showed false findings and misses that
these tests pin with self-written statements:

- T008 took the words of an acronym spelt out in mixed case ("Platform as a Service
  (PaaS)") for stray capitals, and missed a capital after the pronoun "I" ("I Influence ...");
  a statement copied into many competencies counted its capitals once a copy, so a slip
  copied eleven times read as a proper noun.
- T007 read "Effective at ..." and "Good at ..." as no verb, though "Aware of ..." and
  "Accountable for ..." read as the holder.
- V002 missed "the organisation's mission, vision and values".
- T013 missed a pair of words written twice ("with the with the"): a word between the copies.

Two of the frameworks allow redistribution and are kept in ``tests/data/checks/probe17f/``
(README there), with every finding the checker gives on them pinned.
"""

from pathlib import Path

from compkit import load
from compkit.checks import check
from compkit.framework.build import from_dict


def framework(*competencies, language="en-GB"):
    """A one-level framework; each competency is a list of statements."""
    return from_dict(
        {
            "schema_version": 2,
            "id": "probe17f",
            "title": "Probe 17 F",
            "organisation": "Riverside Housing",
            "language": language,
            "levels": [{"id": "one", "name": "One", "rank": 1}],
            "competencies": [
                {
                    "id": f"c{n}",
                    "name": f"Competency {n}",
                    "indicators": [
                        {"id": f"c{n}-{k}", "level": "one", "text": text}
                        for k, text in enumerate(statements, 1)
                    ],
                }
                for n, statements in enumerate(competencies, 1)
            ],
        }
    )


def found(fw, code):
    return [(f.indicator_id, f.message) for f in check(fw, select=code)]


def test_t008_leaves_an_acronym_spelt_out_in_mixed_case():
    fw = framework(
        [
            "Supports hosting, including Platform as a Service (PaaS) and Software as a "
            "Service (SaaS) offers.",
            "Chooses the platform for new software.",
            "Keeps the software on each platform patched.",
        ]
    )
    assert found(fw, "T008") == []


def test_t008_still_flags_a_mixed_case_bracket_that_spells_nothing():
    fw = framework(
        [
            "Reviews the Software release notes (PaaS) each week.",
            "Keeps the software up to date.",
            "Tests new software before release.",
        ]
    )
    assert [m for _, m in found(fw, "T008")] == [
        "'Software' is capitalised mid-sentence, but is written in lower case elsewhere (2 times)"
    ]


def test_t008_flags_a_capital_after_the_pronoun_i_even_when_copied():
    slip = "I Influence how the wider company plans its work."
    fw = framework(
        ["I influence my team's plans.", slip],
        ["I plan my own work.", slip],
        ["I plan releases with Level I Support colleagues."],
        language="en-GB",
    )
    assert found(fw, "T008") == [
        (
            "c1-2",
            "'Influence' is capitalised mid-sentence, but is written in lower case elsewhere "
            "(1 time)",
        ),
        (
            "c2-2",
            "'Influence' is capitalised mid-sentence, but is written in lower case elsewhere "
            "(1 time)",
        ),
    ]


def test_t007_reads_effective_at_and_good_at_as_the_holder():
    fw = framework(
        [
            "Plans the team's work.",
            "Leads the weekly review.",
            "Effective at communicating risks to the board.",
            "Good at explaining trade-offs to tenants.",
            "Reports progress to the board.",
            "Agrees priorities with tenants.",
            "Shares lessons learnt.",
            "Effective communication with tenants.",
        ]
    )
    assert [i for i, _ in found(fw, "T007")] == ["c1-8"]


def test_v002_finds_the_organisations_mission_vision_and_values():
    fw = framework(
        [
            "Explains the organisation’s mission, vision and values to new tenants.",
            "Balances competing values when choosing an option.",
        ]
    )
    assert found(fw, "V002") == [
        (
            "",
            "refers to its values 1 time ('Explains the organisation’s mission, vision and values "
            "to ...') but declares none: declare them under 'values:' and attach them to the "
            "competencies that express them",
        ),
    ]


def test_v002_leaves_values_that_are_no_organisations():
    fw = framework(["Balances competing values when choosing an option.", "Checks data values."])
    assert found(fw, "V002") == []


def test_t013_finds_a_pair_of_words_written_twice():
    fw = framework(["Works with the with the repairs team.", "Plans the plan for the week."])
    assert found(fw, "T013") == [
        ("c1-1", "'with the with the': the words 'with the' are written twice"),
    ]


DATA = Path(__file__).parent / "data" / "checks" / "probe17f"


def findings(name):
    return [(f.code, f.indicator_id) for f in check(load(DATA / name))]


def test_gravitational_management_levels_flag_the_team_statements_only():
    # "Effective at communicating risks and mitigations to SLT." reads as the holder now;
    # the statements about the team ("Team ships software ...") do break the voice
    assert findings("grav-management.yaml") == [
        ("T007", "product-output-team-lead-1"),
        ("T007", "product-output-team-lead-2"),
        ("T007", "product-output-team-lead-3"),
        ("T007", "team-development-team-lead-2"),
        ("T007", "team-development-team-lead-3"),
        ("T007", "team-development-director-of-engineering-2"),
    ]


def test_waypoints_findings_are_the_six_read_true():
    assert findings("waypoints-ic.yaml") == [
        ("T007", "support-l3-misses"),
        ("T007", "support-l5-misses"),
        ("T007", "leadership-l5-misses"),
        ("T009", "technical-l3-meets"),
        ("T011", "support-l2-misses"),
        ("T012", ""),
    ]
