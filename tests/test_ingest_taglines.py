"""A competency name in capitals with a tagline after a dash: the capitals its name, the tagline its description.

Canada's Key Leadership Competencies (2005) print "VALUES AND ETHICS — Serving through integrity
and respect"; the tagline stood in the name (twenty-first round). `ingest/taglines.py` parts them
(helper B, twenty-second round: 5 of 241 dashed names in tests/data and earlier rounds' files,
all KLC's). Self-written fixtures.
"""

from __future__ import annotations

import compkit

TAGLINES = """\
# Leadership Competencies

## COLLABORATION — Working across teams with trust

### Supervisor

- Shares plans with the team early.
- Asks other teams for their view.

### Director

- Builds partnerships across departments.

## RESULTS — Delivering what was promised

### Supervisor

- Sets clear goals for each quarter.

### Director

- Aligns programs with the agency's priorities.
"""


def test_a_capitals_name_keeps_its_tagline_as_its_description(tmp_path):
    # was: "COLLABORATION — Working across teams with trust" the competency's name
    path = tmp_path / "leaders.md"
    path.write_text(TAGLINES, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    comps = {c.name: c.description for c in fw.competency_records}
    assert comps == {
        "COLLABORATION": "Working across teams with trust",
        "RESULTS": "Delivering what was promised",
    }
    assert len(fw.indicator_records) == 5
    notes = " ".join(e.message for e in result.report.notes)
    assert "'COLLABORATION' is printed with a tagline after a dash" in notes


def test_a_dash_between_two_names_stays_in_the_name(tmp_path):
    text = TAGLINES.replace(
        "COLLABORATION — Working across teams with trust", "Relationship - External"
    ).replace("RESULTS — Delivering what was promised", "Team Contribution - People & Culture")
    path = tmp_path / "leaders.md"
    path.write_text(text, encoding="utf-8")
    fw = compkit.ingest(path).framework
    names = [c.name for c in fw.competency_records]
    assert names == ["Relationship - External", "Team Contribution - People & Culture"]
