"""T005 (misspelling): a slip is not rescued by reading it as an inflection or a compound.

"commiting" reads as "commit" + "ing" and "maintenace" as "main" + "tenace", but the dictionary
spells that inflection "committing", and "tenace" is far rarer than "maintenance", one dropped
letter away: both are slips. A word with a regular ending, or two common words written as one,
is still a word ("sharding", "backfills", "styleguides", "runbooks").
"""

import pytest

from compkit.checks import check
from compkit.checks.dictionary import likely_typo
from compkit.framework.build import from_dict


def framework(statements, *, language="en-US"):
    """A framework of one competency with ``statements`` at one level."""
    inds = [{"id": f"s{k}", "level": "one", "text": t} for k, t in enumerate(statements, 1)]
    doc = {
        "schema_version": 1,
        "id": "misspelling",
        "title": "Misspelling",
        "organisation": "Riverside Trust",
        "language": language,
        "levels": [{"id": "one", "name": "One", "rank": 1}],
        "competencies": [{"id": "c", "name": "Delivery", "indicators": inds}],
    }
    return from_dict(doc, validate=False)


def misspelt(statements, language="en-US"):
    return [f.message for f in check(framework(statements, language=language), select="T005")]


@pytest.mark.parametrize(
    ("statement", "word", "fix"),
    [
        ("I avoid introducing future maintenace work.", "maintenace", "maintenance"),
        ("I help by disagreeing, commiting and moving on.", "commiting", "committing"),
        ("I notice when issues are reoccuring.", "reoccuring", "reoccurring"),
        ("I identify coupled issuses early.", "issuses", "issues"),
        ("I avoid errors occuring twice.", "occuring", "occurring"),
        ("I have commited to the plan.", "commited", "committed"),
        ("I am begining to lead.", "begining", "beginning"),
    ],
)
def test_a_slip_that_reads_as_an_inflection_or_a_compound_is_flagged(statement, word, fix):
    for language in ("en-US", "en-GB"):
        assert misspelt([statement], language) == [
            f"'{word}' looks misspelt; did you mean '{fix}'?"
        ]


@pytest.mark.parametrize(
    "word",
    [
        "sharding",  # "shard" + "ing", though "sharing" is one letter away
        "learnings",
        "backfills",
        "styleguides",
        "runbooks",
        "skillsets",
        "dockerfiles",
        "modelling",
        "labelled",
        "travelling",
        "mentee",
    ],
)
def test_an_inflection_or_a_compound_spelt_right_is_a_word(word):
    assert likely_typo(word, "en-US") is None
    assert likely_typo(word, "en-GB") is None


# Two words run together, as a PDF or a web page converted to text leaves them. The first two
# are CERN's competency model as published ("provides honest andconstructive feedback",
# "Fails to test or consult othersbefore implementation"); the third is the UK DDaT capability
# framework's page text, where a heading runs on ("organisational environmentExamples of
# leadership"); the fourth the same artefact in a statement's first word.
@pytest.mark.parametrize(
    ("statement", "word", "split"),
    [
        ("Gives praise and provides honest andconstructive feedback.", "andconstructive", "and constructive"),
        ("Fails to test or consult othersbefore implementation.", "othersbefore", "others before"),
        ("Knows the organisational environmentExamples of leadership.", "environmentExamples", "environment Examples"),
        ("Shares the plan inthe team's channel.", "inthe", "in the"),
        ("Theteam's plan is shared.", "Theteam's", "The team's"),
    ],
)  # fmt: skip
def test_words_run_together_are_flagged_with_their_split(statement, word, split):
    for language in ("en-US", "en-GB"):
        assert misspelt([statement], language) == [
            f"'{word}' looks like two words run together; did you mean '{split}'?"
        ]


def test_words_run_together_are_flagged_where_the_framework_repeats_them():
    # a conversion artefact repeats; it is not the framework's own vocabulary
    statements = ["Plans work withthe team.", "Reviews work withthe team."]
    assert len(misspelt(statements)) == 2


@pytest.mark.parametrize(
    "statement",
    [
        # compounds of content words, particles and prefixes: coinages, not slips
        "Writes styleguides, runbooks and flamegraphs for the team.",
        "Plans failover and the rollout of backpressure limits; doesn't overcomplicate.",
        "Works in a workstream, timeboxed, on onboarding and the codebase.",
        # names and identifiers, however they are capitalised
        "Uses iOS, macOS, JavaScript, GitHub, DevOps, PowerPoint and SharePoint.",
        "Builds eLearning on OKRs and mTLS with eBPF and WireGuard.",
        "Names variables in camelCase, like firstName, not snake_case.",
        "Sets `displayName` and reads obj.previousIcon or getValue() in code.",
    ],
)
def test_compounds_names_and_identifiers_are_not_words_run_together(statement):
    assert misspelt([statement], "en-US") == []
    assert misspelt([statement], "en-GB") == []
