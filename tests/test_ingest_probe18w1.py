"""compkit's own renders and Markdown ladders read back right (round 18, W1).

A competency in no group beside grouped ones (:mod:`compkit.ingest.markedcomps`).
"""

from pathlib import Path

import pytest
import yaml

import compkit
from compkit.ingest import ingest

DATA = Path(__file__).parent / "data"


def _ungrouped(tmp_path):
    data = yaml.safe_load((DATA / "clustered.yaml").read_text(encoding="utf-8"))
    data["competencies"].append(
        {
            "id": "writing",
            "name": "Writing clearly",
            "indicators": [
                {"id": "w1", "level": "practitioner", "text": "Writes plain letters to people."}
            ],
        }
    )
    path = tmp_path / "ungrouped.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return compkit.load(path)


def _cells(fw):
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text, i.polarity)
        for i in fw.indicator_records
    )


def _groups(fw):
    names = {g.id: g.name for g in fw.group_records}
    return sorted((c.name, names.get(c.group)) for c in fw.competency_records)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_competency_in_no_group_beside_grouped_ones_comes_back(fmt, layout, tmp_path):
    fw = _ungrouped(tmp_path)
    got = ingest(compkit.render(fw, tmp_path / f"u.{fmt}", layout=layout)).framework
    assert [lv.name for lv in got.level_records] == [lv.name for lv in fw.level_records]
    assert _cells(got) == _cells(fw)  # 17 of 17, each in its cell
    assert _groups(got) == _groups(fw)  # 'Writing clearly' in no group, and no group itself
