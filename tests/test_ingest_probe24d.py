"""Sheets, CSV and data files (round 24, D): what a user's day found.

- A data file naming no competency was refused: a JSON or YAML file holding one competency's
  levels and nothing else (``{"L1": {"summary": ..., "detail": ...}, ...}``, as 17 of the EM
  Competency Matrix's 28 Japanese files, MIT, ``tests/data/probe24d/em-devops.json``), or a
  file-level title over records giving only a level and a text. Each is read as one competency,
  named by the data's own title (or, for a file with none, the file's name), and the report
  records the name as a repair saying where it came from (EM: 166 → 287 of 287 statements).

Every other fixture here is our own text, laid out in the shapes of the public files measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compkit.cli import main
from compkit.ingest import ingest
from compkit.ingest.frontmatter import read_front_matter

DATA = Path(__file__).parent / "data" / "probe24d"

TITLED = {
    "title": "Listening",
    "statements": [
        {"level": 1, "text": "Hears a speaker out before answering."},
        {"level": 1, "text": "Asks what a word means when unsure."},
        {"level": 2, "text": "Sums up what was said and checks it."},
        {"level": 3, "text": "Draws out the views of quiet members."},
    ],
}


def _messages(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_records_under_a_file_title_are_one_competency_named_by_it(tmp_path):
    path = tmp_path / "listening.json"
    path.write_text(json.dumps(TITLED, indent=1), encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Listening"]
    assert fw.indicators["text"].tolist() == [s["text"] for s in TITLED["statements"]]
    assert fw.indicators["level"].tolist() == ["level-1", "level-1", "level-2", "level-3"]
    repairs = result.report.to_frame().query("kind == 'repair'")["message"].tolist()
    assert repairs == [
        "competency 'Listening' named by the data's 'title' (the data names no competency)"
    ]
    assert not any(m.startswith("the data not read") for m in _messages(result))


def test_yaml_records_under_a_name(tmp_path):
    path = tmp_path / "feedback.yaml"
    path.write_text(
        "name: Giving feedback\n"
        "behaviours:\n"
        "  - level: Foundation\n"
        "    behaviour: Thanks people for their work.\n"
        "  - level: Foundation\n"
        "    behaviour: Says what went well, with an example.\n"
        "  - level: Advanced\n"
        "    behaviour: Gives hard feedback in private and soon.\n",
        encoding="utf-8",
    )
    result = ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Giving feedback"]
    assert [lv.name for lv in fw.level_records] == ["Foundation", "Advanced"]
    assert len(fw.indicators) == 3
    third = result.document["competencies"][0]["indicators"][2]
    assert third["source"] == {"lines": [8]}


def test_a_file_of_levels_alone_is_named_by_the_file_name():
    lines = (DATA / "em-devops.json").read_text(encoding="utf-8").split("\n")
    front = read_front_matter(lines, whole=True, file_name="em-devops")
    comps = {r.labels[0].text for r in front.regions}
    assert comps == {"Em devops"}
    assert len([p for r in front.regions for p in r.paras]) == 12
    assert front.level_names == [f"Level {n}" for n in range(1, 7)]
    assert front.notes[0][:2] == (
        "repair",
        "competency 'Em devops' named by the file's name (the data names no competency)",
    )
    assert (
        read_front_matter(lines, whole=True) is None
        or not read_front_matter(lines, whole=True).regions
    )  # no name to give it: nothing read, as before


@pytest.mark.parametrize(
    "data",
    [
        [{"level": 1, "text": "Only one record."}],  # one record is no list of statements
        {"title": "Notes", "items": [{"text": "No level here."}, {"text": "Nor here."}]},
    ],
)
def test_data_without_levels_is_still_refused(tmp_path, capsys, data):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "no competency framework found in this data file" in err
    assert not (tmp_path / "out.yaml").exists()
