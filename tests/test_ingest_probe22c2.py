"""Twenty-second probe, second wave: frameworks as HR systems and occupational databases export them.

- A list of competencies (or skills) with a description each and no behaviours, as an HR
  system exports its library (SuccessFactors, Perform & Engage 365, PeopleFluent; ESCO's skills
  download), was refused as "no header row names a competency, level or statement column", or
  sent the user looking for a level column; it is refused saying what it is and which hints
  read each description as a statement (:mod:`compkit.ingest.catalogue`). A sheet of ratings
  (O*NET's "Skills": a number per occupation and skill) is said to hold ratings, no statements
  (:mod:`compkit.ingest.ratingrows`).
- SuccessFactors heads its columns with field paths ("name.defaultValue", "name.en_US") over a
  row of labels ("Default Value", "US English"), read as a competency named "Default Value";
  the two rows are one header (:mod:`compkit.ingest.fieldpaths`).
- O*NET's "Level Scale Anchors" (Excel edition: "Element ID | Element Name | Scale ID | Scale
  Name | Anchor Value | Anchor Description", a row per anchor) was refused: no header names a
  level or a statement. A column of points on a short scale, each competency's rows at
  different points, is the level, and the column of texts differing row by row the statements
  (:mod:`compkit.ingest.scalepoints`); in the database editions' own words ("element_id |
  scale_id | anchor_value | anchor_description") too, where no header reads as a framework's.

The fixtures under ``tests/data/ingest/probe22-hr/`` take the column layouts of the exports
as their publishers document them; every text in them is written for the test
(``tests/data/ingest/probe22-hr/README.md``).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import compkit
from compkit.ingest import IngestError
from compkit.testing.printing import ingested_cells as _cells

HERE = Path(__file__).parent / "data" / "ingest" / "probe22-hr"


def _xlsx(path: Path, rows: list[tuple]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_onet_level_scale_anchors_read_a_level_per_anchor():
    result = compkit.ingest(HERE / "onet-level-scale-anchors.xlsx")
    cells = _cells(result)
    assert sum(map(len, cells.values())) == 9
    assert cells[("Active Listening", "level-4")] == [
        "Answer questions from new starters during an induction talk"
    ]
    assert cells[("Writing", "level-6")] == ["Draft a policy paper for a board of trustees"]
    fw = result.framework
    assert list(fw.levels["level_name"]) == ["Level 2", "Level 4", "Level 6"]
    assert list(fw.competencies["competency"]) == [
        "Reading Comprehension",
        "Active Listening",
        "Writing",
    ]
    said = " ".join(result.report.to_frame()["message"])
    assert "column 'Anchor Value' read as the level" in said
    assert "column 'Anchor Description' read as the statements" in said
    assert "'Scale Name' (9 cells) not read" in said


def test_anchors_headed_in_a_database_s_words_read_alike():
    result = compkit.ingest(HERE / "onet-level-scale-anchors-db.csv")
    cells = _cells(result)
    assert sum(map(len, cells.values())) == 6
    assert cells[("1.A.1.a.2", "level-6")] == ["Read a maintenance manual for an aircraft engine"]
    said = " ".join(result.report.to_frame()["message"])
    assert "column 'element_id' read as the competency" in said


def test_a_table_with_no_scale_is_still_refused(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(
        "ref,year,note\nA1,2019,Moved the archive to the new building\n"
        "A1,2020,Bought shelving for the basement store\nB2,2019,Hired a records clerk\n"
        "B2,2021,Scanned the old personnel files\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match="no competency framework found"):
        compkit.ingest(path)


def test_anchors_out_of_order_rank_by_their_points(tmp_path):
    rows = [
        ("Element ID", "Element Name", "Anchor Value", "Anchor Description"),
        ("1.A.1", "Written Expression", 4, "Write a reference for a member of your team"),
        ("1.A.1", "Written Expression", 1, "Leave a note asking a colleague to restock paper"),
        ("1.A.2", "Oral Comprehension", 2, "Follow a colleague's directions to the car park"),
        ("1.A.2", "Oral Comprehension", 4, "Take in the points of a staff briefing"),
    ]
    fw = compkit.ingest(_xlsx(tmp_path / "anchors.xlsx", rows)).framework
    assert list(fw.levels["level_name"]) == ["Level 1", "Level 2", "Level 4"]


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("Weight", [3, 3, 2, 4]),  # one competency at 3 twice: weights, not a scale's points
        ("Year", [2019, 2020, 2019, 2020]),  # not a short scale
    ],
)
def test_numbers_that_are_no_scale_are_no_level(tmp_path, column, values):
    texts = [
        "Writes notes the whole team can follow",
        "Edits reports for sense and length",
        "Explains a process to a new starter",
        "Briefs the board on a project",
    ]
    names = ["Writing", "Writing", "Speaking", "Speaking"]
    rows = [("Skill", column, "Example"), *zip(names, values, texts, strict=True)]
    with pytest.raises(IngestError, match="no column names a level"):
        compkit.ingest(_xlsx(tmp_path / "rated.xlsx", rows))


def test_items_numbered_within_each_competency_are_no_scale(tmp_path):
    rows = [
        ("Skill", "Step", "Action"),
        ("Filing", 1, "Sorts the post by department"),
        ("Filing", 2, "Files each letter under its reference"),
        ("Rotas", 1, "Collects the team's holiday requests"),
        ("Rotas", 2, "Drafts the rota for the month ahead"),
        ("Rotas", 3, "Publishes the agreed rota on the board"),
        ("Budgets", 1, "Records each purchase in the ledger"),
        ("Budgets", 2, "Checks the ledger against the bank statement"),
        ("Budgets", 3, "Reports any difference to the manager"),
        ("Budgets", 4, "Closes the month's accounts on time"),
    ]
    with pytest.raises(IngestError, match="no column names a level"):
        compkit.ingest(_xlsx(tmp_path / "steps.xlsx", rows))


def test_a_named_level_column_is_kept(tmp_path):
    rows = [
        ("Competency", "Level", "Anchor Value", "Anchor Description"),
        ("Writing", "Basic", 2, "Leave a note asking a colleague to restock paper"),
        ("Writing", "Expert", 6, "Draft a policy paper for a board of trustees"),
        ("Speaking", "Basic", 2, "Give directions to a visitor"),
        ("Speaking", "Expert", 6, "Brief a board on a project"),
    ]
    result = compkit.ingest(_xlsx(tmp_path / "named.xlsx", rows), text_from="Anchor Description")
    assert list(result.framework.levels["level_name"]) == ["Basic", "Expert"]


@pytest.mark.parametrize(
    ("name", "names", "texts"),
    [
        ("successfactors-competency.csv", "name.defaultValue", "description.defaultValue"),
        ("perform-engage-competencies.csv", "title", "desc"),
        ("peoplefluent-competency-loader.csv", "Title", "Description"),
        ("esco-skills.csv", "preferredLabel", "description"),  # its empty "scopeNote" passed over
    ],
)
def test_a_competency_library_without_behaviours_is_refused_saying_so(name, names, texts):
    with pytest.raises(IngestError) as caught:
        compkit.ingest(HERE / name)
    said = str(caught.value)
    assert f"a list of 3 competencies ({names!r}: " in said
    assert f"each with one description ({texts!r})" in said
    assert f"competency_from={names!r} and text_from={texts!r}" in said
    assert "'Default Value'" not in said  # SuccessFactors' row of labels is no competency


def test_competency_and_description_alone_say_what_they_are(tmp_path):
    path = tmp_path / "library.csv"
    path.write_text(
        "Competency,Description,Category\n"
        'Plans Work,"Sets out tasks, time and resources so that work is finished.",Delivery\n'
        "Solves Problems,Finds the cause of a problem and chooses a lasting remedy.,Delivery\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match=r"a list of 2 competencies \('Competency': "):
        compkit.ingest(path)


def test_a_description_listing_statements_is_still_told_apart(tmp_path):
    path = tmp_path / "listing.csv"
    path.write_text(
        "Competency,Description\n"
        "Planning,Sets out the tasks for the week ahead.\n"
        "Planning,Agrees the team's deadlines with its manager.\n"
        "Coaching,Asks questions that help others find answers.\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match="lists several texts under one competency"):
        compkit.ingest(path)


def test_the_labels_under_field_paths_are_no_competency():
    result = compkit.ingest(
        HERE / "successfactors-competency.csv",
        competency_from="name.defaultValue",
        text_from="description.defaultValue",
    )
    fw = result.framework
    assert list(fw.competencies["competency"]) == [
        "Builds Relationships",
        "Plans Work",
        "Solves Problems",
    ]
    cells = _cells(result)
    assert cells[("Plans Work", "all-levels")] == [
        "Sets out tasks, time and resources so that work is finished as agreed."
    ]
    assert sorted(fw.groups["group"]) == ["Delivering Results", "Working with Others"]
    said = " ".join(result.report.to_frame()["message"])
    assert "row 2 ('Supported operators: Delimit, Clear and Delete', 'Competency.GUID', " in said
    assert "'US English', ...) read with row 1 as the header" in said


def test_a_sheet_of_ratings_says_it_holds_no_statements():
    with pytest.raises(IngestError) as caught:
        compkit.ingest(HERE / "onet-skills.xlsx")
    said = str(caught.value)
    assert "each row gives a number ('Data Value': '4.12', '4.75', ...) to a competency" in said
    assert "for each 'Title' ('Chief Executives', 'Human Resources Specialists')" in said
    assert "no column holds a statement" in said


def test_workday_competencies_read_a_behaviour_per_rating():
    result = compkit.ingest(HERE / "workday-competencies.csv")
    cells = _cells(result)
    assert sum(map(len, cells.values())) == 8
    assert cells[("Coaching", "proficient")] == ["Coaches new starters through their first month"]
    fw = result.framework
    assert list(fw.levels["level_name"]) == ["Developing", "Proficient", "Expert"]
    assert sorted(fw.groups["group"]) == ["Delivery", "People"]
    assert fw.competencies.set_index("competency").loc["Planning", "description"] == (
        "Turns aims into plans."
    )
