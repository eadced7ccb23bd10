"""Twenty-sixth round, helper J: an OD consultant's and an author's day (compare, report, authoring).

The consultant compared HSE with GDS, Medium with Monzo, USDS with GSA and the Civil Service
Competency Framework 2012 (``tests/data/probe25h``) with HSE, made each report in every format,
printed them and read the pages; the author revised GSA's Section 508 guide through the workbook
and the Python API and read every deliverable. Each test here failed on the round's start commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_the_dashboards_excel_rows_are_measured_as_they_print():
    """Rows of the dashboard's Excel download are as tall as their text prints in Calibri.

    Counted by characters, a 95-character statement in the 80-wide Statement column took two
    lines' height and printed on one (101 of 1,128 rows over five corpus pairs had a line too
    many); a line filling its column to within 1% may wrap printed scaled, so it counts two.
    """
    import pandas as pd

    from compkit.compare.dashboard import _excel_sheet

    one = (
        "You understand the trade offs between various implementations of a solution within "
        "a project."
    )  # GDS, printed on one line by LibreOffice
    full = (
        "Leading large scale technical infrastructure projects (level 5 would originate or "
        "complete, probably)"
    )  # Medium's Snowflake: fills the column to a hair, printed on two
    table = pd.DataFrame(
        {
            "Framework": ["GDS", "Medium"],
            "Competency": ["Planning and estimating", "Servers"],
            "Level": ["Mid level", "Milestone 5"],
            "Kind": ["must show", "must show"],
            "Statement": [one, full],
        }
    )
    ws = _excel_sheet(table).active
    assert [ws.row_dimensions[r].height for r in (2, 3)] == [15, 30]
