"""Round 28's review of the checker (C): three false readings of the day's rules mended.

A statement opening with its holder's verb ("Leads cross-team Kubernetes upgrades ...") read
as a heading run into a paragraph (T008), and a true capital mid-sentence after such an opening
("Coaches junior Engineers") was said to be one; a statement's first word, capitalised as any
first word is, paired with a stray capital after "and" ("Designs and Builds"), so the stray went
unsaid (T008); and "Senior", a level's word for a rank, read as a person's title ending a
statement (T004). Statements are self-written.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from compkit.checks import check
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())
#: Statements in the bare voice, to fill a competency.
BARE = [f"Plan the work of week {k} with the team" for k in range(8)]
#: A paragraph's second part: the statement is prose of two sentences.
REST = (
    " for the platform team and reviews their changes with care. It also writes the runbooks "
    "that on-call engineers follow."
)


def _messages(fw, code: str) -> list[str]:
    return [f.message for f in check(fw, select=code)]


def test_a_statement_opening_with_its_verb_is_no_heading_run_in():
    texts = [
        "Leads cross-team Kubernetes upgrades" + REST,
        "Builds reliable Kafka pipelines" + REST,
        "Coaches junior Engineers" + REST,
        "Engineers write code",
        *BARE,
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    (found,) = check(fw, select="T008")
    assert found.indicator_id == "craft-one-3"
    assert found.message.startswith("'Engineers' is capitalised mid-sentence, but is written in")


def test_a_first_word_pairs_with_no_capital_after_and():
    texts = [
        "Designs and Builds services for the team",
        "Builds services for the team",
        "Works with the Design team and builds services",
        *BARE,
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert [(f.indicator_id, f.subject) for f in check(fw, select="T008")] == [
        ("craft-one-1", "Builds")
    ]


def test_a_rank_in_a_level_name_is_no_persons_title():
    doc = {k: v for k, v in CLEAN.items() if k not in ("roles", "values", "competencies")}
    doc["levels"] = [
        {"id": "e1", "name": "Engineer", "rank": 1},
        {"id": "e2", "name": "Senior Engineer", "rank": 2},
        {"id": "e3", "name": "Junior Maintainer", "rank": 3},
    ]
    cells = {
        "e1": ["Writes code with tests and asks for review Senior", "Fixes bugs in own areas"],
        "e2": ["Plans the work of the team and reviews it with other Engineers"],
        "e3": ["Reviews changes and mentors each Junior", "Merges changes from Maintainers"],
    }
    fw = framework_on(doc, {"Craft": cells})
    assert [f.indicator_id for f in check(fw, select="T004")] == ["craft-e1-1", "craft-e3-1"]
