"""Round 24, helper K: comparing leftovers.

A Japanese framework's words are not counted in ``summary()`` (as the report does not), scope
readings of being informed, following the team's processes and being wanted on a team, and
charts falling back to an installed font that draws what DejaVu Sans cannot.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import compkit

LANG = Path(__file__).parent / "data" / "ingest" / "probe23-lang"


@pytest.fixture(scope="module")
def tongues():
    """The self-written Dutch and Japanese frameworks of round 23, as ingested."""
    from compkit.ingest import ingest  # compkit.ingest is the subpackage once it is imported

    return {n: ingest(LANG / f"{n}.md").framework for n in ("nl-matrix", "ja-matrix")}


def test_summary_counts_no_words_of_japanese(tongues):
    ja, nl = tongues["ja-matrix"], tongues["nl-matrix"]
    table = compkit.framework.summary(ja, nl, "cis")
    words = table.loc["words per statement (median)"]
    assert pd.isna(words[ja.id])  # was the median of the runs between its few spaces
    assert words[nl.id] == 8.0  # as compare_overview reads it
    assert words["cis"] > 5
    assert table.loc["indicators", ja.id] > 0  # the rest of its shape is given
