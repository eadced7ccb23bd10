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


def _said(path: Path) -> list[str]:
    return [n.message for n in _read(path).report.notes]


def test_a_blank_name_cell_at_the_top_of_a_run_on_continues_the_last_name_above(tmp_path):
    # the commonest split: a page break inside a competency, the second table's first row's
    # name cell blank (it continues 'Planning'). Before: its 3 statements and Delivery's read
    # as level descriptions, 'Delivery' unused (6 statements of 12)
    first = [
        ("Competency", "Level 1", "Level 2"),
        ("Planning", "Plans own tasks.", "Plans the team's sprint."),
        ("", "Estimates own work.", "Estimates for the team."),
    ]
    second = [
        ("", "Tracks own progress.", "Tracks the team's progress."),
        ("Delivery", "Ships small changes.", "Ships features."),
    ]
    path = _grid(tmp_path / "runon.docx", [first, second])
    read = _rows(path)
    assert [name for name, _, _ in read] == ["Planning"] * 6 + ["Delivery"] * 2
    assert ("Planning", "Level 2", "Tracks the team's progress.") in read
    assert (
        "a blank name cell at the top of a table read under 'Planning', the last name above"
        in _said(path)
    )


def test_a_table_of_another_kind_after_the_grid_is_no_run_on(tmp_path):
    # a rating guide as wide as the grid, only Word's paragraph between: its rows name no
    # competency and its cells are no statements in the grid's voice. Before: competencies
    # 'How we rate' and 'Who rates' with 4 statements made of the guide
    first = [
        ("Competency", "Level 1", "Level 2"),
        ("Planning", "Plans own tasks.", "Plans the team's sprint."),
        ("Delivery", "Ships small changes.", "Ships features."),
    ]
    guide = [
        ("How we rate", "Evidence is one example from the quarter.", "Evidence is two examples."),
        ("Who rates", "Your manager rates you with you.", "Your manager and a peer."),
    ]
    path = _grid(tmp_path / "guide.docx", [first, guide])
    assert {name for name, _, _ in _rows(path)} == {"Planning", "Delivery"}
    assert len(_rows(path)) == 4
    said = _said(path)
    assert "a table read under the level header of the table above" not in said
    assert any(m.startswith("a table as wide as the grid of levels above not read") for m in said)


def test_a_statement_repeated_at_the_head_of_every_cell_names_no_row(tmp_path):
    # a cumulative grid with no names column repeats each row's base statement first in every
    # level's cell: it is a statement at each level, not the row's name (before: 6 of 12)
    same = ["Writes tests for their code", "Follows the incident runbook"]
    rows = [
        ("Junior", "Mid", "Senior"),
        tuple(f"{same[0]}|{t}" for t in ("Fixes bugs.", "Designs features.", "Sets direction.")),
        tuple(f"{same[1]}|{t}" for t in ("Joins the rota.", "Leads reviews.", "Improves on-call.")),
    ]
    path = _grid(tmp_path / "repeated.docx", [rows])
    read = _rows(path)
    assert len(read) == 12
    assert [text for _, level, text in read].count(same[0]) == 3
    assert not any(name in same for name, _, _ in read)
    assert any("read as statements at every level, not the rows' names" in m for m in _said(path))
