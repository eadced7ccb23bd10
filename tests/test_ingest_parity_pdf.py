"""A framework printed to PDF reads as the Word document it was printed from.

Placed from the thirtieth probe's parity tests (helper P): the same real text laid out in a
Word table, printed by LibreOffice, and read with no hints. The text is the frameworks' own
(tests/data/corpus); the layout is self-written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.testing.pages import word_table

DATA = Path(__file__).parent / "data"
PRINTED = DATA / "probe30a2"  # LibreOffice 7.4's prints of Word tables (see its README)

GSA = [
    ["Acquisition Strategy", "Beginner",
     "Conduct market research, ensure procurements address Section 508 requirements, and "
     "fulfill the Federal Acquisition Regulation (FAR) requirements at FAR 11.002(f) and "
     "FAR 39.2."],
    ["Acquisition Strategy", "Intermediate",
     "Formulate strategy for incorporating Section 508 requirements across the acquisition "
     "lifecycle."],
    ["Change Management", "Beginner",
     "Update relevant plans and communicate approved changes to Section 508 program "
     "activities."],
    ["Change Management", "Intermediate",
     "Identify the impacts of change on business processes."],
]  # fmt: skip

MONZO = [  # a row a line: each row's first line right under the last row's, no space between
    ["leadership", "Level 5", "Bootstraps new teams"],
    ["leadership", "Level 5", "Leads the team's work"],
    ["leadership", "Level 6", "Helps groups of squads work together more effectively"],
    ["leadership", "Level 6", "Sets direction"],
    ["delivery", "Level 5", "Ships large projects"],
    ["delivery", "Level 6", "Plans across squads"],
]


def _cells(fw) -> set[tuple[str, str, str, str]]:
    ind = fw.indicators
    return set(zip(ind.competency, ind.level_name, ind.polarity, ind.text, strict=True))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_long_table_printed_to_pdf(tmp_path):
    """A long table printed to PDF reads as its Word document does.

    "Competency | Level | Behaviour", a row per statement, printed by LibreOffice (was refused:
    "no competency framework found"; ingest/pdflong.py). Text: GSA's Section 508 program
    manager competencies; Monzo's, a row a line, the name on every row (was: the one-line
    rows joined, "Bootstraps new teams Helps groups ..."). Slow (LibreOffice): about 6 s.
    """
    from compkit.testing import word_to_pdf

    head = ["Competency", "Level", "Behaviour"]
    gsa = word_table(tmp_path / "gsa.docx", head, GSA, title="GSA 508")
    monzo = word_table(tmp_path / "monzo.docx", head, MONZO, title="Monzo")
    word_to_pdf(gsa, monzo)
    for word, n in ((gsa, 4), (monzo, 6)):
        want = _cells(compkit.ingest(word).framework)
        assert len(want) == n
        got = compkit.ingest(word.with_suffix(".pdf"))
        assert _cells(got.framework) == want
        said = [n for n in got.report.notes if "Competency, Level, Behaviour" in n.message]
        assert said, "the report names the table read"


def _corpus(name: str) -> set[tuple[str, str, str]]:
    ind = compkit.load(DATA / "corpus" / f"{name}.yaml").indicators
    return set(zip(ind.competency, ind.level_name, ind.text, strict=True))


def test_grid_row_broken_over_a_page_reads_on():
    """A grid row a page break cuts reads on in its columns, no competency of its own.

    Engineering Ladders' 5 x 7 grid printed landscape: the "Influence" row breaks after
    "... one or more subsystems or"; the next page holds no name, so its text stands left
    of where it stood on the first page (was: "team pods" a competency with 4 statements,
    5 cells cut; ingest/pdfalign.py measures that page by its own plain lines).
    """
    fw = compkit.ingest(PRINTED / "eladders-wide.pdf").framework
    ind = fw.indicators
    got = set(zip(ind.competency, ind.level_name, ind.text, strict=True))
    assert got == _corpus("engineering-ladders-developer")
    assert "team pods" not in set(fw.competencies.competency)


def test_blank_row_in_a_grid_is_left_out_not_joined():
    """A grid row holding only its name is its own, blank row, as the Word document reads it.

    GDS's "Prioritising your time" (no statements) over "Pair programming", printed with no
    space between the rows (was: one competency "Prioritising your time Pair programming";
    ingest/pdfnamerows.py, ``name_only``).
    """
    result = compkit.ingest(PRINTED / "gds-blank-row.pdf")
    names = list(result.framework.competencies.competency)
    assert names == ["Building software as a team", "Pair programming"]
    said = [n.message for n in result.report.notes if "Prioritising your time" in n.message]
    assert any("holds no statement; left out" in m for m in said)


def test_blank_rows_under_a_cluster_column_keep_every_name():
    """Blank rows beside a cluster column are rows of their own, and the named rows are read.

    GDS's whole grid, "Cluster | Competency | Junior level | Mid level | Senior level", six
    rows of it blank (was: the blank rows' names joined to the next row's and every statement
    read under one competency named by the title; 0 of 3 names kept).
    """
    fw = compkit.ingest(PRINTED / "gds-cluster-column.pdf").framework
    assert set(fw.competencies.competency) == {
        "Building software as a team", "Planning and estimating", "Pair programming"
    }  # fmt: skip
    assert len(fw.indicators) == 35


def test_slash_at_a_line_end_keeps_the_source_space():
    """ "knowledge/ skills" wrapped after the slash keeps its space (a silent edit before).

    CSCF 2012's "Building Capability for All", Level 5, ineffective: the printed line ends
    "technical knowledge/ " with its space (the PDF's text keeps it); no space was read
    ("knowledge/skills"). A slash set close, "and/" over "or", still joins with none.
    """
    texts = list(compkit.ingest(PRINTED / "cscf-percomp-sides.pdf").framework.indicators.text)
    assert any("technical knowledge/ skills gaps" in t for t in texts)
    assert not any("knowledge/skills" in t for t in texts)
    assert len(texts) == 138
