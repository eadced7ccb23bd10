"""pdfTeX tables: a row's cells in one text object, moved on by kerns and along the baseline."""

from collections import Counter
from pathlib import Path

import compkit

HERE = Path(__file__).parent / "data" / "probe30a"


def test_a_latex_table_row_reads_in_its_header_columns():
    # teachingRSE's Tables 1-3 (pages 14-15 of the paper as its site builds it): each row's
    # later cells start on the baseline by Tm, and their first lines drifted left of the
    # wrapped ones; the centred caption over a table is no row of the table above it
    read = compkit.ingest(HERE / "teachingrse-tables-1-3.pdf").framework
    per = Counter(s.competency for s in read.indicator_records)
    names = [
        "swlc",
        "docbb",
        "dist",
        "swrepos",
        "mod",
        "new",
        "rc",
        "sru",
        "sp",
        "domrep",
        "team",
        "teach",
        "pm",
        "users",
    ]
    assert sorted(per) == sorted(names)
    assert [n for n, k in per.items() if k != 3] == ["domrep"]  # Senior: "Same as junior RSE."
    texts = {(s.competency, s.level): s.text for s in read.indicator_records}
    assert texts["swlc", "senior-rse"] == (
        "Should know where in the life cycle their project is and which decisions are likely "
        "to lead to technical debt."
    )
    assert {s.level for s in read.indicator_records} == {
        "junior-rse",
        "senior-rse",
        "principal-rse",
    }
