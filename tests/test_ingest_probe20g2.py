"""Ingest of Markdown ladders and workbook cells met in the twentieth round (G2).

Each shape is pinned on a fixture written here whose text is our own; the shapes are those of
a public engineering ladder kept as Markdown (levels as numbered lines "0 - None", "1 - ..."
under each competency, the "0 - None" level empty until a late competency).
"""

from __future__ import annotations

from pathlib import Path

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
