"""Thirtieth round (I, Word): grids run on into rows under a blank name, and past a page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import docx

import compkit

DATA = Path(__file__).parent / "data"


PLAIN = DATA / "probe29i" / "christex-people-ops-grid.docx"


@cache
def _read(path: Path):
    return compkit.ingest(path)


def _rows(path: Path) -> list[tuple[str, str, str]]:
    ind = _read(path).framework.indicators
    return list(zip(ind["competency"], ind["level_name"], ind["text"], strict=True))


def test_rows_run_on_under_a_blank_or_deleted_name_read_under_the_name_above():
    # Christex's People Ops grid (MIT), Impact's and Teamwork's criteria each run on into a
    # second row: Impact's starts one column late (w:gridBefore: its name cell deleted, as
    # Word writes it), Teamwork's keeps a blank name cell. Before, the grid lost its names
    # column (0 of 85 statements right); now it reads as the grid written in one row each.
    continued = DATA / "probe30i" / "christex-people-ops-continued.docx"
    assert _rows(continued) == _rows(PLAIN)


def test_a_grid_named_in_every_cell_and_run_on_past_a_page_reads_whole():
    # the same grid as a PDF converted to Word leaves it (a .NET matrix on GitHub has this
    # shape): no names column, each cell opening with its row's topic, the grid split into two
    # tables at a page break, only the first with the levels' header. Before: 0 of 85
    paged = DATA / "probe30i" / "christex-people-ops-paged.docx"
    assert _rows(paged) == _rows(PLAIN)
    said = [n.message for n in _read(paged).report.notes if "table above" in n.message]
    assert said == ["a table read under the level header of the table above"]


def _grid(path: Path, tables: list[list[tuple[str, ...]]], between: str = "") -> Path:
    d = docx.Document()
    for k, rows in enumerate(tables):
        if k:
            d.add_paragraph(between)
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                cell = t.rows[r].cells[c]
                cell.text = text.split("|")[0]
                for more in text.split("|")[1:]:
                    cell.add_paragraph(more)
    d.save(path)
    return path


def test_a_table_after_text_or_with_its_own_cells_is_read_as_it_stands(tmp_path):
    head = ("Level 1", "Level 2")
    first = [
        head,
        ("Planning|Plans work.", "Planning|Plans the team's work."),
        ("Scoping|Scopes work.", "Scoping|Scopes the team's work."),
    ]
    second = [("Delivery|Ships work.", "Delivery|Ships the team's work.")]
    names = {name for name, _, _ in _rows(_grid(tmp_path / "a.docx", [first, second]))}
    assert names == {"Planning", "Scoping", "Delivery"}  # run on: under the first's header
    # a paragraph of text between the tables: the second is not the first run on
    apart = _grid(tmp_path / "b.docx", [first, second], between="Our delivery standards.")
    assert ("Delivery", "Level 1", "Ships work.") not in _rows(apart)
    # cells opening with different lines: no names moved, the lines stay statements
    mixed = [head, ("Planning|Plans work.", "Scheduling|Plans the team's work.")]
    read = _rows(_grid(tmp_path / "c.docx", [mixed]))
    assert ("Level 2", "Scheduling") in [(level, text) for _, level, text in read]


def test_a_blank_name_cell_stands_under_the_name_above(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    for r, texts in enumerate(
        [
            ("", "Level 1", "Level 2", "Level 3"),
            ("Planning", "Plans the work.", "Plans the team's work.", "Plans the area's work."),
            ("", "Reviews the work.", "Reviews the team's work.", "Reviews the area's work."),
            ("Delivery", "Ships work.", "Ships the team's work.", "Ships the area's work."),
        ]
    ):
        for c, text in enumerate(texts):
            t.rows[r].cells[c].text = text
    path = tmp_path / "continued.docx"
    d.save(path)
    read = _rows(path)
    assert [name for name, _, _ in read] == ["Planning"] * 6 + ["Delivery"] * 3
    assert ("Planning", "Level 2", "Reviews the team's work.") in read


def test_a_blank_first_cell_under_no_name_leaves_the_first_column_statements(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for r, texts in enumerate(
        [
            ("Level 1", "Level 2", "Level 3"),
            ("", "Plans the team's work.", "Plans the area's work."),
            ("Reviews the work.", "Reviews the team's work.", "Reviews the area's work."),
        ]
    ):
        for c, text in enumerate(texts):
            t.rows[r].cells[c].text = text
    path = tmp_path / "statements.docx"
    d.save(path)
    assert [(level, text) for _, level, text in _rows(path)][:2] == [
        ("Level 1", "Reviews the work."),
        ("Level 2", "Plans the team's work."),
    ]


def test_a_grid_with_a_names_column_run_on_past_a_page_keeps_its_levels(tmp_path):
    # a grid under "Competency | Level 1 ..." split at a page: the second table's statements
    # read at "All levels" before (Christex's People Ops grid split so: 32 of 85 right)
    first = [
        ("Competency", "Level 1", "Level 2"),
        ("Planning", "Plans work.", "Plans the team's work."),
        ("Scoping", "Scopes work.", "Scopes the team's work."),
    ]
    second = [("Delivery", "Ships work.", "Ships the team's work.")]
    read = _rows(_grid(tmp_path / "named.docx", [first, second]))
    assert ("Delivery", "Level 2", "Ships the team's work.") in read
