"""Curly apostrophes read as straight ones, and invisible characters reported where they are.

Frameworks keep their marks as published: WSX Mind prints "WSX Mind’s" and "people’s" with a
curly apostrophe, myUNiDAYS "Doesn’t" and "client’s". Every rule that reads words must treat
"don’t" exactly as "don't"; only rule T012 (which is about the marks) sees the difference, and a
message quotes a word with its marks as written.
"""

import copy
import re

import pytest

from compkit.checks import RULES, check
from compkit.checks.context import as_written, plain
from compkit.checks.precision import corpus_paths
from compkit.framework.build import from_dict
from compkit.framework.io import load, to_dict


def _straightened(fw):
    doc = copy.deepcopy(to_dict(fw))
    for comp in doc["competencies"]:
        for item in comp["indicators"]:
            item["text"] = plain(item["text"])
    for paragraph in doc.get("introduction", []):
        paragraph["text"] = plain(paragraph["text"])
    return from_dict(doc)


def _rows(report):
    return sorted(
        (f.code, f.indicator_id, f.related_id, plain(f.subject), plain(f.message))
        for f in report
        if f.code != "T012"
    )


def _curly_frameworks():
    paths = [load("wsx"), load("cis"), *(load(p) for p in corpus_paths())]
    return [fw for fw in paths if any("\u2019" in t for t in fw.indicators["text"])]


@pytest.mark.parametrize("fw", _curly_frameworks(), ids=lambda fw: fw.id)
def test_every_rule_reads_curly_apostrophes_as_straight(fw):
    # the published frameworks with curly marks (WSX Mind, CiS, myUNiDAYS, FT, Monzo ...)
    everything = list(RULES)
    assert _rows(check(fw, select=everything)) == _rows(check(_straightened(fw), select=everything))


def test_the_bundled_frameworks_keep_curly_marks():
    # the test above proves nothing unless the frameworks it reads hold curly marks
    assert len(_curly_frameworks()) >= 3


CURLY = from_dict(
    {
        "schema_version": 2,
        "id": "curly",
        "title": "Curly",
        "organisation": "Example Org",
        "language": "en-GB",
        "levels": [{"id": "l1", "name": "L1", "rank": 1}],
        "competencies": [
            {
                "id": "c",
                "name": "Working together",
                "indicators": [
                    {"id": "a", "level": "l1", "text": "Doesn’t wait to be asked and isn’t shy."},
                    {"id": "b", "level": "l1", "text": "Explains the organisation’s priorities."},
                    {"id": "c", "level": "l1", "text": "Says what they don’t know and why."},
                    {"id": "d", "level": "l1", "text": "Knows it’s own limits and the team’s."},
                    {"id": "e", "level": "l1", "text": "Wouldn’t hide mistakes from others."},
                ],
            }
        ],
    }
)


def test_curly_contractions_are_words():
    assert not [f for f in check(CURLY, select="T005")]


def test_a_confusion_is_quoted_as_written():
    (found,) = check(CURLY, select="T010")
    assert found.indicator_id == "d"
    assert found.subject == "it’s own"
    assert found.message == "\"it’s own\" should read \"its own\" ('it’s' is 'it is')"


def test_as_written_restores_only_the_statements_words():
    written = "Respects other’s views and the team’s"
    assert as_written("'other's' and 'team's' but not 'it's'", written) == (
        "'other’s' and 'team’s' but not 'it's'"
    )
    assert re.fullmatch(r"[^’]*", as_written("nothing to restore", written))


def _invisible(text):
    doc = copy.deepcopy(to_dict(CURLY))
    doc["competencies"][0]["indicators"][0]["text"] = text
    return [(f.subject, f.message) for f in check(from_dict(doc), select="T015")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # FT engineering and the UK DDaT framework as published: zero-width spaces at the end
        (
            "Supports the team in enabling change\u200b",
            [("U+200B", "1 invisible zero-width space (U+200B) at the end, after 'enabling change'")],
        ),
        (
            "Makes effective use of vendors\u200b. Effective use of time.",
            [("U+200B", "1 invisible zero-width space (U+200B) after 'of vendors' (character 31)")],
        ),
        (
            "\ufeffPlans the work of the team.\ufeff",
            [
                (
                    "U+FEFF",
                    "2 invisible byte order marks (U+FEFF) at the start, before 'Plans the' "
                    "and at the end, after 'the team.'",
                )
            ],
        ),
        ("Gives con\u00adstructive feedback.", [("U+00AD", "1 invisible soft hyphen (U+00AD) between 'Gives con' and 'structive' (character 10)")]),
        ("Supports their deve\u00a0lopment.", [("U+00A0", "1 invisible non-breaking space (U+00A0) between 'their deve' and 'lopment.' (character 20)")]),
        ("Plans the\u2060 work.", [("U+2060", "1 invisible word joiner (U+2060) after 'Plans the' (character 10)")]),
        # what prints: a non-breaking space between words, an emoji's joiner, plain text
        ("Plans the\u00a0work of the team, feed\u00a0back and all.", []),
        ("Celebrates wins \U0001f468\u200d\U0001f4bb with the team.", []),
        ("Plans the work of the team.", []),
    ],
)  # fmt: skip
def test_invisible_characters_are_reported_where_they_are(text, found):
    assert _invisible(text) == found


def test_invisible_characters_stay_in_the_statement():
    doc = copy.deepcopy(to_dict(CURLY))
    doc["competencies"][0]["indicators"][0]["text"] = "Plans the work\u200b."
    fw = from_dict(doc)
    check(fw)
    assert fw.indicators["text"].iloc[0] == "Plans the work\u200b."
