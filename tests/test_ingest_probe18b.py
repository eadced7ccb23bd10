"""Eighteenth round, web pages, Markdown and text: shapes found on real pages, self-written here.

- Divider headings: a Markdown ladder (hanfak's "Core Engineer Progression" on GitHub, no
  licence stated, so measured in /tmp only) parts its 28 competencies into three groups with
  empty headings of the competencies' own rank, "# --Engineering--", "# -- Customer --",
  "# -- People Culture --". They read as empty headings (three texts "in no statement, name or
  description") and the groups were lost. The fixtures below are written for these tests.
"""

from __future__ import annotations

import compkit
from compkit.ingest.dividers import divider_heading, divider_headings

DIVIDED = """\
# Delivery Ladder

# -- Craft --

# Testing
How we test.

## Level 1
- I write unit tests for my own changes
- I run the test suite before I ask for review

## Level 2
- I design tests that catch regressions early

# Code Review
## Level 1
- I review small changes with care

## Level 2
- I help others give useful reviews

# --People--

<!-- the people side of the ladder -->

# Mentoring
## Level 1
- I share what I learn with my team

## Level 2
- I coach a newer colleague through a project
"""


def _rows(fw):
    ind = fw.indicators
    return sorted(zip(ind.competency, ind.level, ind.polarity, ind.text, strict=True))


def test_divider_headings_group_the_competencies_below_them(tmp_path):
    path = tmp_path / "ladder.md"
    path.write_text(DIVIDED, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    groups = {g.id: g.name for g in fw.group_records}
    assert sorted(groups.values()) == ["Craft", "People"]
    assert {c.name: groups[c.group] for c in fw.competency_records} == {
        "Testing": "Craft",
        "Code Review": "Craft",
        "Mentoring": "People",
    }
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert fw.title == "Delivery Ladder"
    # every statement as without the dividers, in its cell
    plain = tmp_path / "plain.md"
    plain.write_text(
        "\n".join(line for line in DIVIDED.splitlines() if not divider_heading(line.lstrip("# "))),
        encoding="utf-8",
    )
    assert _rows(fw) == _rows(compkit.ingest(plain).framework)
    assert len(fw.indicators) == 7
    said = [m for m in result.report.to_frame()["message"]]
    assert not any("-- Craft --" in m and "in no statement" in m for m in said)
    assert any("2 divider headings ('-- Craft --', ...) read as groups" in m for m in said)
    # where each group's divider stands
    sources = {g.name: g.source for g in fw.group_records}
    assert sources["Craft"].lines == (3,)
    assert sources["People"].lines == (22,)


def test_a_lone_divider_or_one_holding_text_is_left_as_it_is():
    lone = ["# -- Craft --", "# Testing", "## Level 1", "- I test"]
    assert divider_headings(lone) == (lone, [])
    holding = ["# -- Craft --", "Our craft.", "# Testing", "# -- People --", "# Mentoring"]
    assert divider_headings(holding) == (holding, [])
    # bold or struck-through names are emphasis, not rules
    assert divider_heading("**Craft**") is None
    assert divider_heading("~~Craft~~") is None
    assert divider_heading("— People —") == "People"
    # dividers already over deeper headings group them as they stand
    deeper = ["# -- Craft --", "## Testing", "# -- People --", "## Mentoring"]
    assert divider_headings(deeper) == (deeper, [])
