"""Wide sheets whose level headers say what they hold ("Level 1 description")."""

from openpyxl import Workbook

from compkit.ingest import ingest


def sheet(tmp_path, header, rows):
    book = Workbook()
    ws = book.active
    ws.title = "Skills"
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path / "skills.xlsx"
    book.save(path)
    return path


ROWS = [
    ["Data modelling", "Designs data structures.", "Models simple data.", "Models complex data."],
    ["Testing", "Checks that systems work.", "Runs agreed tests.", "Plans the testing."],
]


def test_the_word_every_level_header_ends_with_is_not_part_of_the_level_name(tmp_path):
    header = ["Skill", "Overall description", "Level 1 description", "Level 2 description"]
    result = ingest(sheet(tmp_path, header, ROWS))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert fw.counts().sum().sum() == 4
    said = result.report.to_frame()["message"].tolist()
    assert any("without the word every level column ends with, 'description'" in m for m in said)
    # the skill's overall description is its description, not an unread column
    assert {c.name: c.description for c in fw.competency_records}["Testing"] == (
        "Checks that systems work."
    )
    assert not any("Overall description" in m and "not read" in m for m in said)


def test_level_headers_ending_differently_keep_their_names(tmp_path):
    header = ["Skill", "Description", "Novice behaviours", "Expert"]
    fw = ingest(sheet(tmp_path, header, ROWS)).framework
    assert [lv.name for lv in fw.level_records] == ["Novice behaviours", "Expert"]
