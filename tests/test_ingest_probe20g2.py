"""Ingest of Markdown ladders and workbook cells met in the twentieth round (G2).

Each shape is pinned on a fixture written here whose text is our own; the shapes are those of
a public engineering ladder kept as Markdown (levels as numbered lines "0 - None", "1 - ..."
under each competency, the "0 - None" level empty until a late competency).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import compkit

_DATA = Path(__file__).parent / "data" / "ingest" / "probe20-ladders"


def test_numbered_levels_rising_under_each_competency_are_named_and_ranked_by_number():
    """'0 - None' first shows text under the last competency: still 'None', ranked first."""
    fw = compkit.ingest(_DATA / "none-level-late.md").framework
    assert list(fw.levels["level_name"]) == ["None", "Aware", "Follow", "Lead"]
    assert list(fw.levels["level_rank"]) == [1, 2, 3, 4]
    assert [lv.source.numbers for lv in fw.level_records] == [(0,), (1,), (2,), (3,)]
    assert len(fw.indicators) == 11
    assert set(fw.indicators["level"]) == {"aware", "follow", "lead"}


def test_rise_within_each_competency_needs_every_competency_to_rise():
    """One competency whose numbers fall is enough for the labels to stay as printed."""
    from compkit.ingest.blocks import Document, Label, Region
    from compkit.ingest.levelnumbers import _rise_within

    def doc(*rows):
        return Document([Region((Label(c, "H1"), Label(lv, "line")), []) for c, lv in rows])

    nums = {"0 - None": 0, "1 - Aware": 1, "2 - Follow": 2}
    rising = [("A", "1 - Aware"), ("A", "2 - Follow"), ("B", "0 - None"), ("B", "1 - Aware")]
    assert _rise_within(doc(*rising), "line", nums)
    assert not _rise_within(doc(*rising, ("B", "0 - None")), "line", nums)
    assert not _rise_within(doc(("A", "2 - Follow"), ("A", "1 - Aware")), "line", nums)


# A ladder laid out as a sheet per competency, each level's criteria one a line in its cell
# with no closing stops (the shape of the Markdown ladder above, as a workbook).
_BAKERY = {
    "Dough Handling": [
        ("1 - Aware", "Knows why dough is left to prove"),
        (
            "2 - Follow",
            "Weighs ingredients to the recipe card\nShapes rolls that hold their form\n"
            "(Sourdough) Feeds the starter on schedule",
        ),
        (
            "3 - Lead",
            "Adjusts hydration for the flour in use.\nTeaches new starters to knead by hand\n"
            "Plans the week's bakes with the head baker",
        ),
    ],
    "Oven Safety": [
        ("1 - Aware", "Knows where the burn kit is kept\nAsks before opening a hot oven"),
        ("2 - Follow", "Loads trays with the peel\nChecks the oven log at every shift"),
        ("3 - Lead", "Runs the morning safety check\nTrains others to report near misses"),
    ],
}


def _ladder_book(path: Path, sheets: dict[str, list[tuple[str, str]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append([name])
        ws.append(["Level", "What we look for"])
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def test_lines_opening_with_capitals_and_no_stops_are_a_statement_each(tmp_path):
    """221 of 388 statements on such a ladder read before: each cell's lines were one."""
    result = compkit.ingest(_ladder_book(tmp_path / "bakery.xlsx", _BAKERY))
    fw = result.framework
    texts = list(fw.indicators["text"])
    want = [t for rows in _BAKERY.values() for _, cell in rows for t in cell.split("\n")]
    assert sorted(texts) == sorted(want)  # word for word, the full stop kept where printed
    notes = " ".join(n.message for n in result.report.notes if n.kind == "repair")
    assert "lines, each opening with a capital and none running on into the next" in notes


@pytest.mark.parametrize(
    "cell",
    [
        "Works closely with\nProduct Managers on the roadmap",  # a word that runs on
        "Presents the plan to senior leaders,\nFinance and the board",  # a comma
        "Reviews code for\nsecurity issues",  # lower case: a wrapped line
        "Writes tests\nDocs",  # a line of one word: no clause
    ],
)
def test_lines_running_on_stay_one_statement(tmp_path, cell):
    sheets = {"Testing": [("1 - Aware", cell), ("2 - Follow", "Writes unit tests")]}
    sheets["Oven Safety"] = _BAKERY["Oven Safety"]
    fw = compkit.ingest(_ladder_book(tmp_path / "one.xlsx", sheets)).framework
    assert cell.replace("\n", " ") in set(fw.indicators["text"])
