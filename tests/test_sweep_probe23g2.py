"""Faults found by a sweep of every fixture and verb over the twenty-third round (helper G2).

Each test fails on the tree the sweep found the fault in and passes with its patch
(``/tmp/s23/work/G2/patches/``): the refusal of a formula with no stored value reaches only the
sheets the framework is read from, and a data file nested thousands deep is refused in one
line by ``ingest`` and ``import`` (was a RecursionError, exit 3).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from compkit.cli import main
from compkit.ingest import IngestError, ingest

_HEADER = ["Competency", "Foundation", "Practitioner", "Expert"]
_ROWS = [
    ["Communicating", "Listens to others.", "Explains ideas clearly.", "Persuades senior staff."],
    ["Planning", "Plans own work.", "Plans team work.", "Plans programmes."],
]


def _book(path, tally: list | None = None, framework_rows: list | None = None):
    """A clean framework sheet, and a second sheet of sums written by a program (no values)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Framework"
    for row in [_HEADER, *(framework_rows or _ROWS)]:
        sheet.append(row)
    if tally is not None:
        book.create_sheet("Tally").append(tally)
    book.save(path)
    return path


def test_a_formula_on_a_sheet_not_read_does_not_refuse_the_framework(tmp_path):
    # Was: refused naming 'Tally'!B1, though the framework sheet holds every statement.
    path = _book(tmp_path / "tally.xlsx", tally=["Statements", "=COUNTA(Framework!B2:D3)"])
    framework = ingest(path).framework
    assert len(framework.indicators) == 6
    assert set(framework.indicators["text"]) == {cell for row in _ROWS for cell in row[1:]}


def test_a_formula_on_the_sheet_read_is_still_refused_naming_its_cell(tmp_path):
    rows = [_ROWS[0], ["Planning", "=B2", "Plans team work.", "Plans programmes."]]
    path = _book(tmp_path / "stmt.xlsx", tally=["Statements", "6"], framework_rows=rows)
    with pytest.raises(IngestError, match=r"sheet 'Framework', cell B3: a formula with no value"):
        ingest(path)


def _one_line_refusal(capsys, argv: list[str], path) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert "nested" in lines[0]
    assert "internal error" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.json", "[" * 5000 + "]" * 5000),
        ("deep-object.json", '{"competencies": ' + "[" * 5000 + "]" * 5000 + "}"),
        ("deep.yaml", "levels: " + "[" * 1500 + "]" * 1500 + "\n"),
    ],
)
def test_a_data_file_nested_thousands_deep_is_refused_by_ingest(tmp_path, capsys, name, text):
    # Was: compkit: internal error (RecursionError), exit 3.
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    argv = ["ingest", str(path), "-o", str(tmp_path / "out.yaml")]
    _one_line_refusal(capsys, argv, path)
    assert not (tmp_path / "out.yaml").exists()


def test_a_json_nested_thousands_deep_is_refused_by_import(tmp_path, capsys):
    # Was: compkit: internal error (RecursionError), exit 3.
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    _one_line_refusal(capsys, ["import", str(path), "-o", str(tmp_path / "out.yaml")], path)


def test_a_review_cell_emptied_reads_as_not_reviewed(tmp_path, capsys):
    # Was (3a2310c): "'' is not one of the drop-down's values", the workbook refused; an emptied
    # cell (the Delete key) is a row not reviewed, as before.
    data = Path(__file__).parent / "data"
    a, b = f"{data}/clustered.yaml", f"{data}/checks/clean.yaml"
    tsv, xlsx = str(tmp_path / "cw.sssom.tsv"), str(tmp_path / "cw.xlsx")
    lexical = ["--method", "lexical"]
    assert main(["crosswalk", a, b, *lexical, "--top", "2", "-o", tsv]) == 0
    assert main(["crosswalk", a, b, *lexical, "--reviewed", tsv, "-o", xlsx]) == 0
    book = openpyxl.load_workbook(xlsx)
    pairs = book["Pairs"]
    pairs.cell(2, [c.value for c in pairs[1]].index("Review") + 1).value = None
    book.save(xlsx)
    before = Path(tsv).read_bytes()
    capsys.readouterr()
    assert main(["take-review", tsv, xlsx, "--reviewer", "G2"]) == 0, capsys.readouterr().err
    said = capsys.readouterr()
    # since the twenty-sixth round a take-review deciding nothing says so, the file untouched
    assert f"nothing decided in the workbook: {tsv} left as it was" in said.out + said.err
    assert Path(tsv).read_bytes() == before
