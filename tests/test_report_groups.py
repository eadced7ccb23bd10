"""The Word report names each framework once over its rows, not down a column (report_docx)."""

import io

import docx
import pandas as pd

import compkit
from compkit.compare.report_docx import docx_bytes
from compkit.compare.report_model import Report, Section, Table

LONG = "0501 Financial Administration and Program Support: Accountability"


def _word(*tables: Table) -> dict:
    report = Report("T", "S", "", "", [], [Section("Levels side by side", ["Words."], [*tables])])
    doc = docx.Document(io.BytesIO(docx_bytes(report)))
    return {t.rows[0].cells[0].text: t for t in doc.tables}


def _levels() -> pd.DataFrame:
    rows = [
        (name, str(lv.rank), lv.name, "4")
        for name, fw in ((LONG, compkit.load("cis")), ("WSX Mind", compkit.load("wsx")))
        for lv in fw.level_records
    ]
    return pd.DataFrame(rows, columns=["Framework", "Rank", "Level", "Statements"])


def test_a_frameworks_rows_are_named_once_in_a_row_across_the_table():
    levels = _word(Table("Levels", _levels()))["Rank"]
    # was: a 'Framework' column repeating the long name on every row, over 3-4 lines
    assert [c.text for c in levels.rows[0].cells] == ["Rank", "Level", "Statements"]
    groups = [r for r in levels.rows[1:] if len({id(c._tc) for c in r.cells}) == 1]
    assert [r.cells[0].text for r in groups] == [LONG, "WSX Mind"]
    assert len(levels.rows) == 1 + 2 + 4 + 5  # header, two group rows, 4 and 5 levels
    assert [c.text for c in levels.rows[2].cells] == ["1", "Level 1", "4"]


def test_a_table_of_one_row_per_framework_keeps_its_column():
    sizes = pd.DataFrame({"Framework": [LONG, "WSX Mind"], "Statements": ["62", "153"]})
    table = _word(Table("Sizes", sizes))["Framework"]
    assert [r.cells[0].text for r in table.rows[1:]] == [LONG, "WSX Mind"]
