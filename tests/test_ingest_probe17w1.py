"""compkit's own renders read back through the marks: a level heading naming the roles that
require it ("Senior — Team leader") is the level, and those roles are read back
(:mod:`compkit.ingest.marks`)."""

from pathlib import Path

import pytest

import compkit
from compkit.ingest import ingest
from compkit.ingest.blocks import clean

DATA = Path(__file__).parent / "data"


def _roles(fw):
    return sorted(
        (
            clean(r.name),
            sorted(
                (fw.competency(c).name, fw.level(lv).name if lv else None) for c, lv in r.requires
            ),
        )
        for r in fw.role_records
    )


def _cells(fw):
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, clean(i.text), i.polarity)
        for i in fw.indicator_records
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_levels_headed_with_roles_come_back(fmt, layout, tmp_path):
    fw = compkit.load(DATA / "clustered.yaml")
    got = ingest(compkit.render(fw, tmp_path / f"c.{fmt}", layout=layout)).framework
    assert [lv.name for lv in got.level_records] == [lv.name for lv in fw.level_records]
    assert _cells(got) == _cells(fw)
    assert _roles(got) == _roles(fw)


def test_a_level_heading_naming_something_else_is_left_as_shown(tmp_path):
    fw = compkit.load(DATA / "clustered.yaml")
    text = compkit.render(fw, tmp_path / "c.md", layout="competency").read_text(encoding="utf-8")
    text = text.replace("#### Lead\n", "#### Lead — Head of service\n", 1)
    (tmp_path / "c2.md").write_text(text, encoding="utf-8")
    got = ingest(tmp_path / "c2.md").framework
    assert "Lead — Head of service" in [lv.name for lv in got.level_records]
    assert "Senior" in [lv.name for lv in got.level_records]


DRAFT = {
    "schema_version": 1,
    "id": "draft",
    "title": "Draft Level Framework",
    "organisation": "Example Org",
    "cumulative": True,
    "levels": [
        {"id": "a", "name": "Entry", "rank": 1},
        {"id": "b", "name": "Middle", "rank": 2},
        {"id": "c", "name": "Top", "rank": 3},
    ],
    "competencies": [
        {
            "id": "x",
            "name": "Writing",
            "indicators": [
                {"id": "x1", "level": "a", "text": "Writes short notes."},
                {"id": "x2", "level": "b", "text": "Writes reports."},
            ],
        },
        {
            "id": "y",
            "name": "Speaking",
            "indicators": [
                {"id": "y1", "level": "a", "text": "Speaks up in meetings."},
                {"id": "y2", "level": "b", "text": "Presents to the team."},
            ],
        },
    ],
}


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_level_with_no_statements_yet_is_not_the_introduction(fmt, layout, tmp_path):
    from compkit.framework import from_dict

    fw = from_dict(DRAFT)
    got = ingest(compkit.render(fw, tmp_path / f"d.{fmt}", layout=layout))
    intro = " ".join(p.text for p in got.framework.introduction)
    assert "No statements" not in intro and "Top" not in intro
    assert _cells(got.framework) == _cells(fw)
    # the level itself is still left out: ingest keeps no level without a statement
    assert "Top" in got.report.to_markdown()


def _stems(fw):
    return sorted(
        (
            fw.competency(i.competency).name,
            fw.level(i.level).name,
            i.polarity,
            fw.stem_for(i.competency, i.level, i.polarity),
        )
        for i in fw.indicator_records
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_stem_of_both_sides_over_a_table_is_the_stem(fmt, layout, tmp_path):
    # Word and HTML print a stem both sides complete once, over the table of the two sides
    fw = compkit.load(DATA / "stem_sides" / "sides.yaml")
    got = ingest(compkit.render(fw, tmp_path / f"s.{fmt}", layout=layout)).framework
    assert _cells(got) == _cells(fw)
    assert _stems(got) == _stems(fw)


def test_a_role_name_run_into_a_level_name_is_not_split(tmp_path):
    fw = compkit.load(DATA / "clustered.yaml")
    text = compkit.render(fw, tmp_path / "c.md", layout="competency").read_text(encoding="utf-8")
    text = text.replace("#### Lead\n", "#### LeadTeam leader\n", 1)
    (tmp_path / "c2.md").write_text(text, encoding="utf-8")
    got = ingest(tmp_path / "c2.md").framework
    assert "LeadTeam leader" in [lv.name for lv in got.level_records]
