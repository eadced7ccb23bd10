"""Ingest hints that cannot be honoured are refused in one line (probe round 11, hints).

Sources: the purpose-made fixtures of tests/data/ingest (wide.xlsx, long.csv,
effective-ineffective.docx), and two real frameworks with ineffective statements of their own:
``polarity-who.pdf`` (WHO Global Competency Model, see test_ingest_pdf_polarity_tables.py) and
the HSE management competencies for preventing and reducing stress (corpus raw text). Before
this round a polarity label that named nothing was accepted silently wherever the file already
had ineffective statements; level names matching no column of a wide sheet were said as "no
column names a level"; ``sheet=`` on a CSV file was ignored by the API; readers named the file
by its base name where the rest of compkit names it as given.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from compkit.cli import main
from compkit.ingest import ingest
from compkit.ingest.limits import IngestError

DATA = Path(__file__).parent / "data" / "ingest"
HSE = Path(__file__).parent / "data" / "corpus" / "raw" / "hse-stress-competencies.txt"


def _cli(capsys, *argv) -> tuple[int, str]:
    code = main(["ingest", *map(str, argv)])
    return code, capsys.readouterr().err


def test_levels_naming_no_column_of_a_wide_sheet_are_said(tmp_path, capsys):
    with pytest.raises(IngestError, match=r"none of the levels given \('Nope', 'Other'\) names "
                       r"a column of sheet 'Skills', header row 3 \('Skill', "):  # fmt: skip
        ingest(DATA / "wide.xlsx", levels=["Nope", "Other"])
    with pytest.raises(IngestError, match=r"the levels given name 'Nope', which no column"):
        ingest(DATA / "wide.xlsx", levels=["Awareness", "Nope"])  # was: 'Nope' dropped unsaid
    code, err = _cli(capsys, DATA / "wide.xlsx", "--levels", "Nope", "-o", tmp_path / "x.yaml")
    assert code == 2
    assert "--levels 'Nope' names no column of sheet 'Skills'" in err
    assert "expected the level columns' names as the header prints them" in err
    fw = ingest(DATA / "wide.xlsx", levels=["awareness", "Working"]).framework  # as printed
    assert len(fw.level_records) == 2


@pytest.mark.parametrize(
    "source",
    [DATA / "long.csv", DATA / "effective-ineffective.docx", DATA / "polarity-who.pdf", HSE],
    ids=["csv", "docx", "who-pdf", "hse-txt"],
)
def test_a_polarity_label_the_file_does_not_carry_is_refused(source):
    """Each of these has ineffective statements of its own: the label was ignored, unsaid."""
    with pytest.raises(IngestError) as caught:
        ingest(source, polarity="Nonexistent heading")
    assert str(caught.value) == (
        f"{source}: polarity 'Nonexistent heading' names no heading, column or label of this "
        "document; expected the label that marks its ineffective statements as the document "
        "prints it, or 'ineffective' to read every statement so"
    )


def test_a_polarity_label_the_file_carries_is_still_read(capsys, tmp_path):
    fw = ingest(DATA / "long.csv", polarity="type").framework  # the 'Type' column
    assert sum(i.polarity == "ineffective" for i in fw.indicator_records) == 2
    code, err = _cli(capsys, DATA / "long.csv", "--polarity", "Nope", "-o", tmp_path / "x.yaml")
    assert code == 2 and "--polarity 'Nope' names no heading, column or label" in err


def test_sheet_on_a_file_without_sheets_is_refused_by_the_api_too(tmp_path, capsys):
    for name in ("long.csv", "effective-ineffective.docx"):
        with pytest.raises(IngestError, match=r"sheet='Skills' names a workbook's sheet; this"):
            ingest(DATA / name, sheet="Skills")
    code, err = _cli(capsys, DATA / "long.csv", "--sheet", "Skills", "-o", tmp_path / "x.yaml")
    assert code == 2 and "--sheet 'Skills' names a workbook's sheet; this file has none" in err


def test_the_file_is_named_as_given_in_every_refusal(tmp_path):
    """The readers named it by its base name ('wide.xlsx'), the API by the path given."""
    where = tmp_path / "in a folder"
    where.mkdir()
    for name, hint in [
        ("wide.xlsx", {"text_from": "Nope"}),  # sheets.py said the path, widesheet the name
        ("wide.xlsx", {"levels": ["Nope"]}),
        ("headings-lists.docx", {"level_from": "Nope"}),
        ("headings-lists.docx", {"polarity": "Nope"}),
    ]:
        shutil.copy(DATA / name, where / name)
        with pytest.raises(IngestError) as caught:
            ingest(where / name, **hint)
        assert str(caught.value).startswith(f"{where / name}: "), caught.value
        assert caught.value.file == where / name


def test_messages_in_python_spelling_for_the_api(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "Lists"
    book.active.append(["Skill", "Awareness", "Expert"])
    book.save(tmp_path / "shown.xlsx")  # openpyxl keeps one sheet visible: hide it in the XML
    path = tmp_path / "hidden.xlsx"
    with zipfile.ZipFile(tmp_path / "shown.xlsx") as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            out.writestr(item, data)
    with pytest.raises(IngestError, match=r"or give sheet=NAME to read a hidden one$"):
        ingest(path)
    code, err = _cli(capsys, path, "-o", tmp_path / "x.yaml")
    assert code == 2 and err.rstrip().endswith("or give --sheet NAME to read a hidden one")
    notes = ingest(DATA / "long.csv").report.to_markdown()
    assert "--organisation (organisation= in Python)" in notes
    assert "--language" in notes and "language= in Python" in notes


def test_an_id_the_file_cannot_hold_is_refused_before_reading(tmp_path, capsys):
    with pytest.raises(IngestError, match=r"long.csv: id='My Framework!' is not an id; "
                       r"expected .* such as 'my-framework'$"):  # fmt: skip
        ingest(DATA / "long.csv", id="My Framework!")
    code, err = _cli(capsys, DATA / "long.csv", "--id", "Band_A", "-o", tmp_path / "x.yaml")
    assert code == 2 and "long.csv: --id 'Band_A' is not an id;" in err and "'band_a'" in err
    assert "<" not in err  # was: "<Band_A>: id: 'Band_A' is not valid here ... (at id)"


@pytest.mark.parametrize(
    ("source", "hints", "said"),
    [
        (DATA / "long.csv", {"level_from": "Grade", "competency_from": "grade"}, "'Grade'"),
        (DATA / "long.csv", {"level_from": "Grade", "text_from": "Grade"}, "'Grade'"),
        (DATA / "outline.md", {"level_from": "##", "competency_from": "##"}, "'##'"),
    ],
)
def test_one_column_named_as_the_source_of_two_things_is_refused(source, hints, said):
    """Was read: 'Band A' became both a competency and a level of every statement."""
    first, second = hints
    with pytest.raises(IngestError, match=f"{first} and {second} both name {said}; expected a "
                       "different column or kind of heading for each"):  # fmt: skip
        ingest(source, **hints)


@pytest.mark.parametrize("side", ["effective", "ineffective"])
def test_every_statement_read_as_one_side_keeps_a_cell_marked_na_on_the_other(side):
    """HSE stress competencies: 'Seeking advice' prints 'n/a' in its ineffective column.

    Read as one side, the cell holds statements and the 'n/a' no longer marks it undefined;
    the framework was refused ("declared undefined but holds statements").
    """
    result = ingest(HSE, polarity=side)
    fw = result.framework
    assert {i.polarity for i in fw.indicator_records} == {side}
    assert "Seeking advice at All levels: 'n/a' not read as undefined" in (
        result.report.to_markdown()
    )
    assert len(ingest(DATA / "polarity-who.pdf", polarity=side).framework.indicators) > 0


def test_cumulative_that_is_not_true_or_false_is_refused_before_reading():
    """Was: "<long>: cumulative: expected a boolean, got a string 'no' (at cumulative)"."""
    with pytest.raises(IngestError, match=r"^\S+long.csv: cumulative='no' is not True or False"):
        ingest(DATA / "long.csv", cumulative="no")
    assert ingest(DATA / "long.csv", cumulative=True).document["cumulative"] is True
