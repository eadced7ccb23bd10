"""Frameworks kept as data with topics (round 21, F2): a topic of level summaries, levels left out.

Upp's full-stack framework (front matter, as Monzo's) keeps a topic "summary" whose every level
is a paragraph of prose: the levels' descriptions, once read as a competency of 52 statements.
Its "leadership" and "influence" topics list Level 3 and Level 2 up only: the cells left out
were read as nothing (three S001 findings), not as undefined. The fixtures here are our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import compkit
from compkit.ingest import ingest

_PROSE = {
    1: "Someone at the first level is new to the work and learns it on small, well-defined tasks "
    "with the steady support of the people around them; they ask a lot of questions.",
    2: "Someone at the second level works on their own on most of the tasks of their team, asks "
    "for help when stuck, and is growing into a reliable member of it over a year or two.",
    3: "Someone at the third level leads pieces of work from start to end, helps others learn the "
    "craft, and is trusted by the team to choose a sound way through an unclear problem.",
}


def _page(tmp_path, *, summary="summary", prose=True, leadership=(2, 3)):
    lines = ["---", "title: 'Data Ladder'", "topics:"]
    lines += [f"  - name: '{summary}'", "    content:"]
    for n in (1, 2, 3):
        text = _PROSE[n] if prose else f"Scope: level {n} work."
        lines += [f"      - level: {n}", "        criteria:", f"          - '{text}'"]
        lines += ["          - 'Accepts feedback with grace.'"]
    lines += ["  - name: 'delivery'", "    content:"]
    for n, text in ((1, "Ships small changes."), (2, "Ships features."), (3, "Ships projects.")):
        lines += [f"      - level: {n}", "        criteria:", f"          - '{text}'"]
    lines += ["  - name: 'leadership'", "    content:"]
    for n in leadership:
        lines += [f"      - level: {n}", "        criteria:", f"          - 'Leads at level {n}.'"]
    lines += ["---", "", "Our data ladder."]
    page = tmp_path / "ladder.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return page


def _messages(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_a_summary_topic_of_prose_is_the_levels_descriptions(tmp_path):
    result = ingest(_page(tmp_path))
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["delivery", "leadership"]
    assert len(fw.indicators) == 5  # 3 delivery, 2 leadership; no summary paragraph
    descriptions = dict(zip(fw.levels["level_name"], fw.levels["description"], strict=True))
    assert descriptions["Level 1"] == _PROSE[1] + "\n\nAccepts feedback with grace."
    assert descriptions["Level 3"].startswith(_PROSE[3])
    assert (
        "the topic 'summary' holds a paragraph of prose at each of its 3 levels (6 paragraphs): "
        "read as the levels' descriptions, not a competency's statements"
    ) in _messages(result)


def test_a_topic_named_overview_is_read_so_too(tmp_path):
    fw = ingest(_page(tmp_path, summary="Level overview")).framework
    assert "Level overview" not in [c.name for c in fw.competency_records]
    assert all(fw.levels["description"].str.len() > 100)


def test_a_summary_topic_of_short_lines_stays_a_competency(tmp_path):
    # "Scope: level 1 work." is a line, not a paragraph: no tell that it sums up the level
    fw = ingest(_page(tmp_path, prose=False)).framework
    assert [c.name for c in fw.competency_records] == ["summary", "delivery", "leadership"]
    assert len(fw.indicators) == 11


def test_prose_under_a_competency_name_stays_a_competency(tmp_path):
    fw = ingest(_page(tmp_path, summary="communication")).framework
    assert "communication" in [c.name for c in fw.competency_records]
    assert len(fw.indicators) == 11


def test_levels_a_topic_leaves_out_are_recorded_undefined(tmp_path):
    result = ingest(_page(tmp_path))
    fw = result.framework
    assert set(fw.undefined_cells) == {("leadership", "level-1")}
    messages = _messages(result)
    assert (
        "no statements listed for 'leadership' at Level 1, though other topics list that level: "
        "1 cell recorded as undefined"
    ) in messages
    assert any("Level 1 \"leadership\" cell reads 'not listed in the data'" in m for m in messages)
    # the level keeps the lines it stands on, not the topic's
    assert fw.levels["level_name"].tolist() == ["Level 1", "Level 2", "Level 3"]


def test_a_gap_in_the_middle_is_undefined_too(tmp_path):
    fw = ingest(_page(tmp_path, leadership=(1, 3))).framework
    assert set(fw.undefined_cells) == {("leadership", "level-2")}


def test_topics_listing_every_level_record_nothing_undefined(tmp_path):
    result = ingest(_page(tmp_path, leadership=(1, 2, 3)))
    assert not set(result.framework.undefined_cells)
    assert not [m for m in _messages(result) if "not listed" in m]


def test_a_data_file_keyed_by_name_records_its_left_out_levels(tmp_path):
    data = {
        "Testing": {"level1": "Writes tests.", "level2": "Designs test plans."},
        "Review": {"level1": "Reads code.", "level2": "Reviews code."},
        "Mentoring": {"level2": "Mentors a new colleague."},
    }
    path = tmp_path / "ladder.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    fw = ingest(path).framework
    assert len(fw.indicators) == 5
    assert set(fw.undefined_cells) == {("mentoring", "level-1")}


def test_a_data_file_keyed_by_name_reads_its_overview_as_the_levels_descriptions(tmp_path):
    data = {
        "Overview": {"level1": _PROSE[1], "level2": _PROSE[2]},
        "Testing": {"level1": "Writes tests.", "level2": "Designs test plans."},
    }
    path = tmp_path / "ladder.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    fw = ingest(path).framework
    assert [c.name for c in fw.competency_records] == ["Testing"]
    assert fw.levels["description"].tolist() == [_PROSE[1], _PROSE[2]]


# -- Upp's full-stack framework (MIT), an excerpt: tests/data/ingest/probe21-upp/ ------------------

UPP = Path(__file__).parent / "data" / "ingest" / "probe21-upp" / "fullstack-excerpt.md"


def test_upp_summary_topic_and_left_out_levels():
    result = ingest(UPP)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["impact", "leadership", "influence"]
    assert len(fw.indicators) == 23  # was 46: the summary's 23 paragraphs read as statements
    level_1 = fw.levels["description"].iloc[0]
    assert level_1.startswith("Scope: ✅ Task\n\nSummary: A new engineer, with high potential,")
    assert "They’re expected to ask lots of questions!" in level_1
    # the checker's three S001 findings: these cells were read as nothing
    assert set(fw.undefined_cells) == {
        ("leadership", "level-1"),
        ("leadership", "level-2"),
        ("influence", "level-1"),
    }
    assert not [f for f in compkit.check(fw).to_frame().itertuples() if f.code == "S001"]
