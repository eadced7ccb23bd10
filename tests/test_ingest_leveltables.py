"""A table of the levels, a row apiece, describes them; a row of anything else leaves it alone."""

from compkit.ingest.blocks import Document, Label, Para, Region
from compkit.ingest.draft import Draft
from compkit.ingest.leveltables import table_levels
from compkit.ingest.report import IngestReport


def _cell(row, col, level, head, text):
    ref = {"table": 0, "ref": f"row {row}, column {col}"}
    labels = (Label(level, "row header"), Label(head, "column header"))
    return Region(labels, [Para(text, ref)], in_table=True, source=ref)


def _draft():
    draft = Draft(IngestReport("f.docx", "headings-lists"))
    for name in ("L1 (= P1)", "L2 (= P2)"):
        draft.level(name)
    return draft


def test_a_table_of_every_level_describes_them():
    doc = Document([_cell(2, 2, "L1", "Title", "Operator I"), _cell(3, 2, "L2", "Title", "Lead")])
    draft = _draft()
    table_levels(doc, draft, {"row header": "other"})
    assert [lv.description for lv in draft.levels.values()] == ["Title: Operator I", "Title: Lead"]


def test_a_row_naming_no_level_leaves_the_table_unread_not_an_internal_error():
    doc = Document(
        [
            _cell(2, 2, "L1", "Title", "Operator I"),
            _cell(3, 2, "L2", "Title", "Lead"),
            _cell(4, 2, "Notes", "Title", "Titles vary by site."),
        ]
    )
    draft = _draft()
    table_levels(doc, draft, {"row header": "other"})  # was KeyError: None
    assert [lv.description for lv in draft.levels.values()] == ["", ""]
