"""Round 23 probe of frameworks arriving as Word, web pages and Markdown (helper B).

Mended (each test fails on the code before):

- a cluster's paragraph under its heading ("Leading people" / "This cluster is about ...")
  went into the introduction with the heading's name (the first cluster) or into no
  statement, name or description (the others); it is the group's description now, in Word,
  HTML and Markdown alike, said in the report (``ingest/groupprose.py``);
- a job ladder whose headings under each level are sentences in the holder's voice ("#### I
  write good quality code that can be shipped to production.", LMG's ladder) read each
  heading as a competency of its own (31 competencies, most at one level); the headings are
  statements, the first of their level's list, and the ladder one competency named after its
  title (``ingest/sentenceheads.py``); headings "We deliver." repeated at every level stay
  competencies;
- "Principal+ Engineer" beside "Principal Engineer" got the id ``principal-engineer-2``: a "+"
  closing a word reads "plus" in ids (``blocks.slug``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

HERE = Path(__file__).parent / "data" / "ingest" / "probe23-docs"


@pytest.mark.parametrize("ext", ["md", "docx", "html"])
def test_a_clusters_paragraph_is_its_groups_description(ext):
    result = compkit.ingest(str(HERE / f"clusters.{ext}"))
    fw = result.framework
    said = {g.name: g.description for g in fw.group_records}
    assert said == {
        "Leading people": "This cluster is about how we guide and grow the people around us.",
        "Delivering results": "This cluster covers planning and doing the work.",
    }
    assert [p.text for p in fw.introduction] == []
    texts = set(fw.indicators.text)
    assert not any("cluster" in t for t in texts)
    assert not any("cluster" in c.description for c in fw.competency_records)
    report = result.report.to_frame()
    assert not (report.kind == "unused").any()
    told = report[report.message.str.contains("read as its description")]
    assert told.message.str.contains("'Leading people'").sum() == 1
    assert len(told) == 2


def test_a_heading_over_no_competency_keeps_its_paragraph_where_it_was(tmp_path):
    page = tmp_path / "intro.md"
    page.write_text(
        "# Framework\n\n## About this framework\n\nIt describes what we expect.\n\n"
        "## Leading people\n\n### Coaching\n\n#### Level 1\n\n- Gives feedback.\n\n"
        "#### Level 2\n\n- Builds a coaching culture.\n"
    )
    fw = compkit.ingest(str(page)).framework
    assert all(not g.description for g in fw.group_records)
    assert "It describes what we expect." not in set(fw.indicators.text)


def test_a_ladders_sentence_headings_are_statements_of_one_competency():
    result = compkit.ingest(str(HERE / "sentence-ladder.md"))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Support Team Ladder"]
    cells = fw.indicators.groupby("level", sort=False).text.apply(list).to_dict()
    assert cells == {
        "associate": [
            "I answer customers' questions with care.",
            "I reply to every ticket within a day.",
            "I ask a colleague when I am unsure.",
            "I keep our notes up to date.",
            "I record what I did on each ticket.",
        ],
        "specialist": [
            "I solve hard problems for customers.",
            "I find the cause of a fault before I close its ticket.",
            "I write a guide when a question comes up twice.",
            "I am a good team mate.",
            "I share what I learn at our weekly meeting.",
        ],
        "lead": [
            "I run the team's day.",
            "I plan who covers the queue each week.",
            "I coach new colleagues.",
            "I am a good team mate.",
            "I give fair and timely feedback.",
        ],
    }
    described = {lv.name: lv.description for lv in fw.level_records}
    assert described["Associate"] == "I am new to the team and learning our ways."
    report = result.report.to_frame()
    assert report.message.str.contains("5 headings under the levels read as statements").any()


def test_headings_naming_values_at_every_level_stay_competencies():
    fw = compkit.ingest(str(HERE / "values-ladder.md")).framework
    assert [c.name for c in fw.competency_records] == ["We listen.", "We deliver.", "We care."]
    assert len(fw.indicators) == 6


def test_a_level_closed_by_a_plus_gets_its_own_id():
    fw = compkit.ingest(str(HERE / "plus-levels.md")).framework
    assert [lv.id for lv in fw.level_records] == [
        "senior-engineer",
        "principal-engineer",
        "principal-plus-engineer",
    ]
