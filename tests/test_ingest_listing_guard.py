"""A column read as "the levels each competency is defined at" must list something left out.

Perform & Engage 365's competency export read with hints (one level, a description per
competency) took its 'range low' column of "1"s for such a listing: "1 column 'range low' (F1)
read as the levels each competency is defined at: 0 level with no statementses not listed
recorded as undefined" (helper C2, twenty-second round). With one level, or a column that leaves
no level out, nothing is listed; a real listing is still read and its blanks recorded.
"""

from __future__ import annotations

from pathlib import Path

import compkit

HERE = Path(__file__).parent / "data" / "ingest" / "probe22-hr"


def _messages(result) -> list[str]:
    return [m for m in result.report.to_frame().message if "defined at" in m]


def test_a_column_of_ones_with_one_level_is_no_listing():
    result = compkit.ingest(
        HERE / "perform-engage-competencies.csv", competency_from="title", text_from="desc"
    )
    assert _messages(result) == []


def test_a_column_listing_every_level_is_no_listing(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Competency,Level,Behaviour,Levels\n"
        'Planning,Basic,Keeps a to-do list.,"Basic, Expert"\n'
        'Planning,Expert,Plans the team\'s quarter.,"Basic, Expert"\n'
        'Writing,Basic,Writes clear notes.,"Basic, Expert"\n'
        'Writing,Expert,Writes the annual report.,"Basic, Expert"\n',
        encoding="utf-8",
    )
    assert _messages(compkit.ingest(path)) == []


def test_a_listing_that_leaves_levels_out_is_still_read(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Competency,Level,Behaviour,Levels\n"
        "Planning,Basic,Keeps a to-do list.,Basic\n"
        'Writing,Basic,Writes clear notes.,"Basic, Expert"\n'
        'Writing,Expert,Writes the annual report.,"Basic, Expert"\n',
        encoding="utf-8",
    )
    said = _messages(compkit.ingest(path))
    assert len(said) == 1 and said[0].endswith("1 cell not listed recorded as undefined"), said
