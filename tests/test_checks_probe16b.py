"""Sixteenth probe round, second part: T004 on a name for an organisation's people.

"... an inclusive environment for all Dropboxers" (Dropbox's career framework, organisation
not stated, title "Dropbox Engineering Career Framework") was a stray word; the same holds for
"Googlers" and "Monzonauts" beside their organisations' names. A common word pasted on stays a
finding.
"""

import pytest

from compkit.checks import check
from compkit.framework.build import from_dict


def framework(statements, *, title="Probe 16b", organisation="Riverside Trust"):
    """A one-level framework of one competency holding the statements."""
    return from_dict(
        {
            "schema_version": 2,
            "id": "probe16b",
            "title": title,
            "organisation": organisation,
            "levels": [{"id": "one", "name": "One", "rank": 1}],
            "competencies": [
                {
                    "id": "c",
                    "name": "Delivery",
                    "indicators": [
                        {"id": f"c-{k}", "level": "one", "text": text}
                        for k, text in enumerate(statements, 1)
                    ],
                }
            ],
        }
    )


def t004(statements, **names):
    return [f.indicator_id for f in check(framework(statements, **names), select="T004")]


@pytest.mark.parametrize(
    ("statement", "names"),
    [
        (
            "I support an inclusive environment for all Dropboxers",
            {"title": "Dropbox Engineering Career Framework"},
        ),
        ("Shares what they learn with other Googlers", {"organisation": "Google"}),
        ("Welcomes and supports new Monzonauts", {"organisation": "Monzo Bank"}),
    ],
)
def test_a_name_for_the_organisations_people_is_no_stray_word(statement, names):
    assert t004([statement, "Plans the team's work."], **names) == []


@pytest.mark.parametrize(
    "statement",
    [
        "Works with service users Person",  # a heading pasted on
        "Works with other Engineers",  # a dictionary word, though it starts with 'Engine'
    ],
)
def test_a_common_word_pasted_on_is_still_a_stray_word(statement):
    assert t004([statement], title="Engine Framework") == ["c-1"]
