"""Round 16 (leftovers) probe of PDF grids: level names that carry a code ("D1 - Developer 1").

Mended (each test fails on the code before):

- a grid whose level names open with a code ("D1 - Developer 1" … "D7 - Developer 7", the
  CEFR's "A1 Breakthrough" … "C2 Mastery", "TL4 - Tech Lead 4") lost the code or the whole
  header: no word list knows "D" or "Waystage", so the header was no level header. A header
  cell left open by its dash ("D1 -" over "Developer 1") then went unjoined, the name under
  it read alone ("Developer 1", or "Level 1" from the bare numbers of a narrower column);
  the CEFR grid read as one level "All levels"; Tech Lead 4-7 was refused. Engineering
  Ladders' Developer grid printed by Chromium: 0 of 35 statements in their cell, now 35; its
  Tech Lead and Technical Program Manager grids 0 of 20 each, now 20.
  A header whose codes run as a ladder (``pdfcodes.coded_ladder``: letters numbered on,
  "D1" … "D7", "TL4" … "TL7"; runs under new letters from 1, "A1 A2 B1 B2") names levels.

Kept: a run of codes alone ("L1 L2 L3") as before; codes that skip or go back name none.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.framework.build import from_dict
from compkit.ingest.pdfcodes import coded_ladder
from compkit.ingest.pdfheadlines import open_header
from compkit.ingest.pdfheads import levels_header
from compkit.testing import grid_pdf, in_place, word_grid, word_to_pdf

CORPUS = Path(__file__).parent / "data" / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LADDER = CORPUS / "engineering-ladders-developer.yaml"


STEPS = [
    "with help on familiar everyday topics",
    "on familiar topics with some help",
    "on most everyday topics alone",
    "on complex topics with some effort",
    "on demanding topics with ease",
    "on any topic without effort",
]


def _coded(names: list[str]):
    """A synthetic grid of three skills under coded level names, a sentence a cell."""
    skills = ["Listening", "Reading", "Writing"]
    ids = [n.split()[0].lower() for n in names]
    return from_dict(
        {
            "schema_version": 1,
            "id": "coded",
            "title": "Coded levels",
            "organisation": "Riverside Trust",
            "language": "en-GB",
            "cumulative": False,
            "levels": [
                {"id": i, "name": n, "rank": k}
                for k, (i, n) in enumerate(zip(ids, names, strict=True), 1)
            ],
            "competencies": [
                {
                    "id": s.lower(),
                    "name": s,
                    "indicators": [
                        {"id": f"{s.lower()}-{i}", "level": i, "text": f"{s} {t}."}
                        for i, t in zip(ids, STEPS, strict=False)
                    ],
                }
                for s in skills
            ],
        },
        validate=False,
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([f"D{k} - Developer {k}" for k in range(1, 8)], True),
        (["A1 Breakthrough", "A2 Waystage", "B1 Threshold", "B2 Vantage", "C1 Effective"], True),
        ([f"TPM{k} - Technical Program Manager {k}" for k in range(4, 8)], True),
        (["D1 - Developer 1", "D3 - Developer 3", "D4 - Developer 4"], False),  # skips
        (["A1 Basics", "B1 Basics", "A2 Basics"], False),  # back to earlier letters
        (["B2 Vantage", "C2 Mastery", "C3 Beyond"], False),  # a later run from 2
        (["D1 - Developer 1", "D2 - Developer 2"], False),  # two cells
    ],
)
def test_a_coded_ladder_is_a_level_header(names, expected):
    assert coded_ladder(names) is expected
    if expected:  # a level header now (other tests may take the others)
        assert levels_header(names)


def test_a_coded_header_cell_left_open_is_joined_beside_the_rows_names():
    # "D1 -" over "Developer 1" under a "Competency" corner: was None (the name read alone)
    lines = [
        "Competency       D1 -              D2 -              D3 -",
        "                 Developer 1       Developer 2       Developer 3",
        "Technology       actively          actively learns   is the go-to",
    ]
    head, under = open_header(lines, 0)
    assert [t for _, t in head] == [
        "Competency",
        "D1 - Developer 1",
        "D2 - Developer 2",
        "D3 - Developer 3",
    ]
    assert under == 1


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("thead", [False, True])
def test_engineering_ladders_printed_reads_its_coded_levels(tmp_path, thead):
    # was 0 of 35 in their cell: levels "Developer 1" ... (the code lost)
    source = compkit.load(LADDER)
    pdf = grid_pdf(source, tmp_path, thead=thead)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert [lv.name for lv in fw.level_records] == [lv.name for lv in source.level_records]
    assert in_place(source, fw) == 35


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize(
    "names",
    [
        ["A1 Breakthrough", "A2 Waystage", "B1 Threshold", "B2 Vantage"],
        ["TL4 - Tech Lead 4", "TL5 - Tech Lead 5", "TL6 - Tech Lead 6", "TL7 - Tech Lead 7"],
    ],
)
def test_other_coded_ladders_printed_read_in_their_cells(tmp_path, names):
    # CEFR-coded: was one level 'All levels'; Tech Lead 4-7: was refused
    source = _coded(names)
    pdf = grid_pdf(source, tmp_path)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert [lv.name for lv in fw.level_records] == names
    assert in_place(source, fw) == len(source.indicator_records)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_engineering_ladders_from_word_reads_its_coded_levels(tmp_path):
    # Word wraps "D1 - Developer" over "1" in portrait: was levels "per 1" ..., 0 of 35
    source = compkit.load(LADDER)
    pdf = word_to_pdf(word_grid(source, tmp_path / "ladder.docx", size=9, landscape=True))
    fw = compkit.ingest(pdf).framework
    assert [lv.name for lv in fw.level_records] == [lv.name for lv in source.level_records]
    assert in_place(source, fw) >= 30
