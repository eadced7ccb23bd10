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
