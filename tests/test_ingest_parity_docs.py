"""Thirtieth probe (P, placed by I2): a document's table read as the same text in a sheet.

Each test lays the same real text out in Word or Markdown and as a CSV and asks for the
reading the sheet gives (helper P's D1, D2 and D6; all failed on 653abe5). The text is the
frameworks' own (DDaT's skills, Engineering Ladders, Monzo's progression framework, from
tests/data); the layout is self-written.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import compkit
from compkit.testing.pages import word_table

DDAT_DESC = (
    "Accessibility involves ensuring your service can be used by as many people as possible, "
    "including those with impaired vision, motor difficulties, cognitive impairments, "
    "learning disabilities and deafness."
)
DDAT_ROW = [
    "Accessibility",
    DDAT_DESC,
    "understand accessibility and that users have different accessibility needs",
    "understand users have different accessibility needs",
    "build user interfaces that meet a predefined set of standards",
]


def _markdown(path: Path, head: list[str], rows: list[list[str]]) -> Path:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _cells(fw) -> set[tuple[str, str, str, str]]:
    ind = fw.indicators
    return set(zip(ind.competency, ind.level_name, ind.polarity, ind.text, strict=True))


@pytest.mark.parametrize("kind", ["docx", "md"])
@pytest.mark.parametrize("header", ["Description", "Skill Description"])
def test_description_column_beside_level_columns(tmp_path, kind, header):
    """A description column beside level columns describes the competency, in every format.

    "Skill Name | Skill Description | Awareness | Working | Practitioner" (DDaT's skills): the
    description is the competency's, as the CSV reads it, not a statement at "All levels" or
    at a level named "Skill Description" (ingest/doctables.py, ``_column_labels``).
    """
    head = ["Skill Name", header, "Awareness", "Working", "Practitioner"]
    write = word_table if kind == "docx" else _markdown
    fw = compkit.ingest(write(tmp_path / f"ddat.{kind}", head, [DDAT_ROW])).framework
    as_csv = compkit.ingest(_csv(tmp_path / "ddat.csv", [head, DDAT_ROW])).framework
    assert list(as_csv.levels.level_name) == ["Awareness", "Working", "Practitioner"]
    assert list(fw.levels.level_name) == list(as_csv.levels.level_name)
    assert _cells(fw) == _cells(as_csv)
    assert list(fw.competencies.description) == [DDAT_DESC]


LADDER_LEVELS = ["D1 - Developer 1", "D2 - Developer 2", "D3 - Developer 3"]
LADDER_ROWS = [
    [
        "Technology",
        "actively learns and adopts the technology and tools defined by the team",
        "actively learns and adopts the technology and tools defined by the team",
        "is the go-to person for one or more technologies and takes initiative to learn new ones",
    ],
    [
        "Influence",
        "makes an impact on one or more subsystems or team pods",
        "makes an impact on one or more subsystems or team pods",
        "makes an impact on the whole team, not just on specific parts of it",
    ],
]


@pytest.mark.parametrize("title", ["Snowflake", "Engineering Competencies"])
def test_word_heading_over_one_table_is_the_title(tmp_path, title):
    """A Word document's one Heading 1 over its grid is its title, as Markdown's "#" is.

    Not the group of every competency, the title taken from the file name
    (ingest/lonegroups.py, ``innermost_lone``; ingest/labels.py).
    """
    head = ["Competency", *LADDER_LEVELS]
    fw = compkit.ingest(word_table(tmp_path / "w.docx", head, LADDER_ROWS, title=title)).framework
    md = tmp_path / "w.md"
    _markdown(md, head, LADDER_ROWS)
    md.write_text(f"# {title}\n\n" + md.read_text(encoding="utf-8"), encoding="utf-8")
    as_md = compkit.ingest(md).framework
    assert as_md.title == title
    assert set(as_md.competencies.group) == {""}
    assert fw.title == title
    assert set(fw.competencies.group) == {""}


MONZO = {
    "Level 1": [
        "Provides regular status updates to their mentor/buddy",
        "Points out syntactical improvements in code reviews",
        "Writes PR descriptions that provide basic context for the change",
        "Seeks guidance from other engineers, rather than answers",
    ],
    "Level 2": [
        "Accepts feedback graciously",
        "Gives feedback to peers when asked",
    ],
}


def test_word_cell_lines_parted_by_line_breaks(tmp_path):
    """A Word cell's statements typed on lines of one paragraph read as the CSV's lines do.

    Monzo's statements, a line each after Shift+Enter, no bullets: a statement a line, as
    HTML's <br> and a sheet's newlines read (was: one statement a cell, the lines joined with
    spaces; ingest/wordparas.py, ``broken_items``, splits only lines opening with a marker).
    """
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for k, h in enumerate(["Competency", *MONZO]):
        t.cell(0, k).text = h
    t.cell(1, 0).text = "communication"
    for k, lines in enumerate(MONZO.values(), start=1):
        run = t.cell(1, k).paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run = t.cell(1, k).paragraphs[0].add_run(line)
    d.save(tmp_path / "monzo.docx")
    rows = [["Competency", *MONZO], ["communication", *("\n".join(v) for v in MONZO.values())]]
    as_csv = compkit.ingest(_csv(tmp_path / "monzo.csv", rows)).framework
    assert len(as_csv.indicators) == 6
    assert _cells(compkit.ingest(tmp_path / "monzo.docx").framework) == _cells(as_csv)
