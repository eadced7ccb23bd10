"""Tenth probe of spreadsheet ingest (sheets2): hidden sheets, side rows in a wide sheet.

Sources (text copied word for word, only a few cells of each):

- Daniel Blumenthal and Arnaud Lucas, an engineering career ladder L1-L6 (github.com/danscratch/
  ladder, CC0 1.0): the L1 and L2 overviews.
- UK Health and Safety Executive, Management competencies for preventing and reducing stress at
  work (research report RR553, 2007; the corpus file ``hse-stress-competencies.yaml``, Crown
  copyright, presumed Open Government Licence v3.0): a few positive and negative behaviours.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from compkit.ingest import ingest

L1 = (
    "An L1 is an entry level or early career developer who has had formal training or "
    "equivalent experience in software development."
)
L2 = (
    "An L2 is a developer who has some experience in software development, and is able to "
    "work independently on well-defined tasks."
)


def _ladder(path: Path, hidden: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ladder"
    ws.append(["Area", "L1", "L2"])
    ws.append(["Overview", L1, L2])
    if hidden:
        lists = wb.create_sheet("Lists")
        lists.sheet_state = "hidden"
        lists.append(["L1"])
        lists.append(["L2"])
    wb.save(path)
    return path


def test_hidden_sheet_is_named_in_the_report(tmp_path):
    got = ingest(_ladder(tmp_path / "ladder.xlsx"))
    text = got.report.to_markdown()
    assert "hidden sheet 'Lists' not read; give --sheet 'Lists'" in text
    assert [i["text"] for i in got.document["competencies"][0]["indicators"]] == [L1, L2]


def test_no_hidden_sheet_no_note(tmp_path):
    got = ingest(_ladder(tmp_path / "ladder.xlsx", hidden=False))
    assert "hidden" not in got.report.to_markdown()


LEAD = [
    "L2s are expected to start taking a leadership role within their teams.",
    "As engineers become more senior, they are expected to take the initiative, identify needs "
    "that aren’t being addressed, come up with solutions, and make them happen - in addition to "
    "assigned technical tasks.",
]
ANTI = [
    "Not eating your vegetables. In order to exceed expectations, you must first meet "
    "expectations.",
    "Staying in your lane. It’s easy to stay heads down on assigned projects, and to become a "
    "passive recipient of tasks.",
]


def _sided(path: Path, label: str, first: str = "Leadership") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Area", "L2", "L3"])
    ws.append(["Overview", L2, "An L3 has had significant professional experience."])
    ws.append([first, *LEAD])
    ws.append([label, *(f"• {a}" for a in ANTI)])
    wb.save(path)
    return path


@pytest.mark.parametrize("label", ["Ineffective behaviours", "Negative indicators"])
def test_a_side_row_holds_the_other_side_of_the_competency_above(tmp_path, label):
    """The ladder's anti-patterns per level, in a row named for the ineffective side."""
    got = ingest(_sided(tmp_path / "ladder.xlsx", label))
    comps = {c["name"]: c for c in got.document["competencies"]}
    assert label not in comps
    said = [(i["text"], i.get("polarity", "effective")) for i in comps["Leadership"]["indicators"]]
    want = [(LEAD[0], "effective"), (ANTI[0], "ineffective")]
    assert said == [*want, (LEAD[1], "effective"), (ANTI[1], "ineffective")]
    assert f"1 row named for a side ({label!r})" in got.report.to_markdown()


def test_a_competency_named_with_a_side_word_stays_a_competency(tmp_path):
    """'Effective communication' opens with a side word but names a competency, not a side."""
    got = ingest(_sided(tmp_path / "ladder.xlsx", "Effective communication"))
    names = [c["name"] for c in got.document["competencies"]]
    assert names == ["Overview", "Leadership", "Effective communication"]
    assert "named for a side" not in got.report.to_markdown()


HSE = [
    ("Managing workload and resources", "bringing in additional resource to handle workload", "+"),
    ("Managing workload and resources", "delegating work unequally to team", "-"),
    ("Dealing with work problems", "following through problems on behalf of employees", "+"),
    ("Dealing with work problems", "listening but not resolving problems", "-"),
]


def test_a_lone_level_named_statement_column_is_the_statement_column(tmp_path):
    """HSE's stress competencies as a long sheet: 'Manager behaviour' heads the statements."""
    path = tmp_path / "hse.csv"
    rows = ["Competency,Manager behaviour,Positive / Negative"]
    rows += [f"{c},{t},{'Positive' if s == '+' else 'Negative'}" for c, t, s in HSE]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    fw = ingest(path).document
    said = [
        (c["name"], i["text"], i.get("polarity", "effective"))
        for c in fw["competencies"]
        for i in c["indicators"]
    ]
    sides = {"+": "effective", "-": "ineffective"}
    assert said == [(c, t, sides[s]) for c, t, s in HSE]


def test_a_level_named_statement_column_beside_a_level_column(tmp_path):
    """The ladder as a long sheet: 'Level' holds each row's level, 'Senior behaviour' the text."""
    path = tmp_path / "ladder.csv"
    rows = [["Area", "Level", "Senior behaviour"], ["Leadership", "L2", LEAD[0]]]
    rows += [["Leadership", "L3", LEAD[1]]]
    path.write_text("\n".join(",".join(f'"{x}"' for x in r) for r in rows), encoding="utf-8")
    fw = ingest(path).document
    assert [i["text"] for i in fw["competencies"][0]["indicators"]] == LEAD
    assert [lv["name"] for lv in fw["levels"]] == ["L2", "L3"]


def test_two_level_named_statement_columns_stay_a_wide_sheets_levels(tmp_path):
    """'Manager behaviour | Senior manager behaviour': two levels' columns, not a statement one."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Competency", "Manager behaviour", "Senior manager behaviour"])
    ws.append(["Leadership", *LEAD])
    wb.save(tmp_path / "wide.xlsx")
    got = ingest(tmp_path / "wide.xlsx")
    assert got.report.layout == "wide"
    assert [lv["name"] for lv in got.document["levels"]] == ["Manager", "Senior manager"]
