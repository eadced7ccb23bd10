"""Tenth probe, documents: shapes met on real public career ladders, pinned on small excerpts.

The excerpts are cut from Markdown files published on GitHub, word for word (each a few lines of
a longer file; the figures on the whole files are in the commit messages):

- jayzes/engineering-leader-thought-partner, ``templates/career-ladder.md``: one heading per
  level written with the ladder's code before the title ("## L1: Software Engineer I", six
  levels), each over the same few sub-headings ("### Technical Skills", "### Collaboration").
- A Thai iOS team handbook on GitHub (its "Growth Framework for iOS Engineers (L1-L6)"): "## L1 -
  Junior iOS Engineer" over plain lines "Technical:", "Ownership:", each over its list.
- Nsairat/professional-skills, ``cto-technical-leader/references/career-ladder-hiring.md``:
  "### Level 1: Junior Engineer (0-2 years)" over "**Scope**: ..." typed on the line right
  above "**Technical Skills**:" and its list.
- matthewod11-stack/HRSkills, ``skills/career-path-planner/references/career-ladders.md``:
  "### IC1 - Junior Engineer" over blank-separated "**Scope:** ..." paragraphs (read before).
"""

from __future__ import annotations

from compkit.ingest import ingest
from compkit.ingest.labels import level_score
from compkit.testing import cells_by_name

CODED_LEVELS = """# Engineering Career Ladder

## Philosophy

This ladder describes expectations for sustained performance at each level.

## L1: Software Engineer I

### Scope
Individual tasks within defined projects.

### Technical Skills
- Delivers well-defined tasks with guidance
- Writes clean, readable code

### Collaboration
- Communicates progress and blockers clearly

## L2: Software Engineer II

### Scope
Features and small projects within a team.

### Technical Skills
- Owns features from design to deployment
- Makes sound technical decisions within scope

### Collaboration
- Communicates technical concepts clearly
"""

PLAIN_LEADS = """# iOS Engineering Levels

## L1 - Junior iOS Engineer
Technical:
- เข้าใจ Swift fundamentals
- ขอ help เมื่อ stuck

Ownership:
- Deliver well-defined stories

## L2 - iOS Engineer
Technical:
- Debug complex issues
- Write unit tests

Ownership:
- Proactively identify issues
"""

TYPED_TOGETHER = """# Engineering Career Ladder & Team Building

### Level 1: Junior Engineer (0-2 years)
**Scope**: Tasks and bug fixes under guidance
**Technical Skills**:
- Writes clean, tested code with review feedback
- Debugs issues with guidance

**Promotion Criteria**: Consistently delivers assigned work, needs less guidance over time

### Level 2: Software Engineer (2-4 years)
**Scope**: Features within a well-defined area
**Technical Skills**:
- Designs and implements features independently

**Promotion Criteria**: Delivers features reliably, starts influencing technical decisions
"""


def _read(tmp_path, text: str, name: str = "ladder.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    result.framework  # noqa: B018 -- it validates
    return result.document, result.report


def _messages(report) -> list[str]:
    return report.to_frame()["message"].tolist()


def test_a_ladder_code_before_a_title_names_a_level():
    assert level_score("L1: Software Engineer I") == 0.8
    assert level_score("IC2 - Engineer") == 0.8
    assert level_score("SWE-3: Senior") == 0.8
    # a numbered competency is no level: the code needs a ladder's letters
    assert level_score("1: Communication") == 0.0
    assert level_score("C1: Craftsmanship") == 0.0


def test_levels_headed_by_their_code_over_repeated_skill_headings(tmp_path):
    doc, _ = _read(tmp_path, CODED_LEVELS)
    assert [lv["name"] for lv in doc["levels"]] == [
        "L1: Software Engineer I",
        "L2: Software Engineer II",
    ]
    cells = cells_by_name(doc)
    assert cells["Technical Skills", "L1: Software Engineer I"] == [
        "Delivers well-defined tasks with guidance",
        "Writes clean, readable code",
    ]
    assert cells["Collaboration", "L2: Software Engineer II"] == [
        "Communicates technical concepts clearly"
    ]
    assert cells["Scope", "L2: Software Engineer II"] == [
        "Features and small projects within a team."
    ]


def test_plain_names_with_a_colon_over_lists_under_each_level_are_competencies(tmp_path):
    doc, report = _read(tmp_path, PLAIN_LEADS)
    assert [c["name"] for c in doc["competencies"]] == ["Technical", "Ownership"]
    cells = cells_by_name(doc)
    assert cells["Technical", "L2 - iOS Engineer"] == ["Debug complex issues", "Write unit tests"]
    assert cells["Ownership", "L1 - Junior iOS Engineer"] == ["Deliver well-defined stories"]
    assert any("names followed by a colon stand alone over lists" in m for m in _messages(report))


def test_a_lone_stem_over_each_level_list_stays_a_stem(tmp_path):
    text = (
        "# Ladder\n\n## Level 1\nYou can:\n- Write tests\n- Ask for help\n\n"
        "## Level 2\nYou can:\n- Design services\n- Mentor others\n"
    )
    doc, _ = _read(tmp_path, text)  # one name a heading: a stem, not a competency
    assert doc["stem"] == "You can:"
    assert [c["name"] for c in doc["competencies"]] == ["Ladder"]
    assert len(doc["competencies"][0]["indicators"]) == 4


def test_bold_names_typed_on_consecutive_lines_each_head_their_own_text(tmp_path):
    doc, _ = _read(tmp_path, TYPED_TOGETHER)
    names = [c["name"] for c in doc["competencies"]]
    assert names == ["Scope", "Technical Skills", "Promotion Criteria"]
    cells = cells_by_name(doc)
    level_1 = "Level 1: Junior Engineer (0-2 years)"
    assert cells["Scope", level_1] == ["Tasks and bug fixes under guidance"]
    assert cells["Technical Skills", level_1] == [
        "Writes clean, tested code with review feedback",
        "Debugs issues with guidance",
    ]
    assert cells["Technical Skills", "Level 2: Software Engineer (2-4 years)"] == [
        "Designs and implements features independently"
    ]
