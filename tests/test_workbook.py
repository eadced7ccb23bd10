import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook

import compkit
from compkit.authoring.workbook import SHEETS, from_tables, to_tables
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.testing import framework_documents, stripped

EDITED = Path(__file__).parent / "data" / "authoring" / "clustered-edited"


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_bundled_frameworks_round_trip_through_workbook_and_tables(tmp_path, name):
    doc = compkit.framework.to_dict(name)
    book = compkit.authoring.read_workbook(
        compkit.authoring.write_workbook(name, tmp_path / "fw.xlsx")
    )
    assert compkit.framework.to_dict(book.framework) == doc
    assert book.added == book.deleted == ()
    tables = compkit.authoring.read_tables(compkit.authoring.write_tables(name, tmp_path / "fw"))
    assert compkit.framework.to_dict(tables.framework) == doc


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=framework_documents(v2=True))
def test_any_framework_round_trips_losslessly(tmp_path, doc):
    """Every field, version 2's too (stems, undefined cells, mirrors, locations, no level).

    Only the spaces and line breaks around a text are left behind: typed in a cell, they are
    no part of it (``tests/test_authoring_probe9.py``).
    """
    fw = from_dict(doc)
    doc = stripped(doc)
    assert (
        compkit.framework.to_dict(
            compkit.authoring.read_workbook(
                compkit.authoring.write_workbook(fw, tmp_path / "x.xlsx")
            ).framework
        )
        == doc
    )
    assert (
        compkit.framework.to_dict(
            compkit.authoring.read_tables(
                compkit.authoring.write_tables(fw, tmp_path / "x")
            ).framework
        )
        == doc
    )


def test_workbook_layout(tmp_path, cis):
    wb = load_workbook(compkit.authoring.write_workbook(cis, tmp_path / "cis.xlsx"))
    assert wb.sheetnames == ["Read me", *SHEETS, "exported_ids"]
    assert wb["exported_ids"].sheet_state == "hidden"
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["id", "competency", "competency_name", "level", "level_name", "text"]
    assert [h for h in header if h not in ("competency_name", "level_name")] == list(
        SHEETS["indicators"]
    )
    assert (ws["C2"].value, ws["E2"].value) == ("Supporting our people", "Level 1")
    assert ws.max_row == 63 and ws.freeze_panes == "A2"
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["D2"] == "levels!$B$2:$B$500"  # level drop-down: the names
    assert lists["G2"] == '"effective,ineffective"'
    assert {c.data_type for row in ws.iter_rows(min_row=2) for c in row if c.value} == {"s"}


def test_an_edited_table_folder_imports_with_new_and_deleted_rows():
    result = compkit.authoring.read_tables(EDITED)
    fw = result.framework
    assert result.added == ("caring-practitioner-2",)
    assert result.deleted == ("caring-experienced-1",)
    assert (
        fw.indicator("caring-practitioner-2").text
        == "Reviews each support plan with the service user."
    )
    assert fw.indicator("caring-practitioner-2").position == 2
    assert fw.indicator("delivering-experienced-1").level == "senior"
    assert result.changes.to_dict("records") == [
        {"sheet": "indicators", "row": 8, "id": "caring-practitioner-2", "change": "added"},
        {"sheet": "indicators", "row": None, "id": "caring-experienced-1", "change": "deleted"},
    ]
    changes = compkit.diff(compkit.load(EDITED.parent.parent / "clustered.yaml"), fw)
    assert sorted(changes["change"]) == ["added", "moved", "removed", "reworded"]


def test_rows_without_an_id_get_the_next_free_id_of_their_cell():
    tables = to_tables("tests/data/clustered.yaml")
    ind = tables["indicators"]
    new = dict.fromkeys(ind.columns, "") | {
        "competency": "caring",
        "level": "lead",
        "text": "Listens.",
    }
    tables["indicators"] = pd.concat(
        [ind, pd.DataFrame([new, new | {"text": "Hears."}])], ignore_index=True
    )
    result = from_tables(tables)
    assert result.added == ("caring-lead-2", "caring-lead-3")
    assert [
        i.text
        for i in result.framework.indicator_records
        if i.level == "lead" and i.competency == "caring"
    ] == [
        "Designs services around what service users say.",
        "Listens.",
        "Hears.",
    ]


def test_new_ids_skip_ids_the_workbook_was_exported_with(tmp_path, clustered):
    out = compkit.authoring.write_workbook(clustered, tmp_path / "c.xlsx")
    wb = load_workbook(out)
    ws = wb["indicators"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "caring-lead-1":
            row[0].value = None  # cleared id: a new statement, deleted old one
    wb.save(out)
    result = compkit.authoring.read_workbook(out)
    assert result.added == ("caring-lead-2",)
    assert result.deleted == ("caring-lead-1",)


def at(ws, column: str, row: int) -> str:
    """The address of ``column`` (a header of the sheet) in ``row``: sheets show names beside ids."""
    from openpyxl.utils import get_column_letter

    header = [c.value for c in ws[1]]
    return f"{get_column_letter(header.index(column) + 1)}{row}"


def edited_workbook(tmp_path, edit) -> Path:
    out = compkit.authoring.write_workbook("tests/data/clustered.yaml", tmp_path / "book.xlsx")
    wb = load_workbook(out)
    edit(wb)
    wb.save(out)
    return out


def import_error(path) -> str:
    with pytest.raises(compkit.WorkbookError) as info:
        compkit.import_file(path)
    return str(info.value)


def test_missing_sheet(tmp_path):
    out = edited_workbook(tmp_path, lambda wb: wb.remove(wb["levels"]))
    msg = import_error(out)
    assert msg.splitlines()[0] == (
        f"{out}: sheet 'levels': missing sheet; a workbook needs the sheets framework, "
        "introduction, levels, groups, values, competencies, indicators, undefined, roles, "
        "requirements"
    )


def test_unknown_level_duplicate_id_empty_statement_and_formula_all_at_once(tmp_path):
    def edit(wb):
        ws = wb["indicators"]
        ws[at(ws, "level", 3)] = "leed"  # row 3: leading-lead-1
        ws["A4"] = "leading-lead-1"  # duplicate id
        ws[at(ws, "text", 5)] = "   "  # empty statement
        ws[at(ws, "text", 6)] = "=CONCAT(D2, D3)"  # a formula

    out = edited_workbook(tmp_path, edit)
    assert import_error(out).splitlines() == [
        f"{out}: sheet 'indicators', row 3, column 'level': unknown level 'leed'; expected a "
        "level's id or name (6 levels declared: foundation (Foundation), practitioner "
        "(Practitioner), experienced (Experienced), senior (Senior), lead (Lead), director "
        "(Director))",
        f"{out}: sheet 'indicators', row 4, column 'id': duplicate id 'leading-lead-1' (also row "
        "3); each indicator needs its own id: clear the cell to get a new one",
        f"{out}: sheet 'indicators', row 5, column 'text': empty statement; write the statement "
        "or delete the row",
        f"{out}: sheet 'indicators', row 6, column 'text': a formula (=CONCAT(D2, D3)); type the "
        "value itself (in Excel: copy, then Paste Special > Values)",
    ]


def test_other_bad_cells_name_sheet_row_and_column(tmp_path):
    def edit(wb):
        wb["levels"]["C3"] = "second"
        wb["competencies"]["E2"] = "courage, nerve"
        ws = wb["indicators"]
        ws[at(ws, "competency", 7)] = "cooking"
        ws[at(ws, "polarity", 8)] = "sometimes"
        ws[at(ws, "source_lines", 9)] = "12, twelve"
        ws.cell(1, ws.max_column + 1, "comment")
        wb["requirements"]["A2"] = "boss"
        wb.create_sheet("notes")

    out = edited_workbook(tmp_path, edit)
    lines = import_error(out).splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "sheet 'levels', row 3, column 'rank'",
        "sheet 'competencies', row 2, column 'values'",
        "sheet 'indicators', row 7, column 'competency'",
        "sheet 'indicators', row 8, column 'polarity'",
        "sheet 'indicators', row 9, column 'source_lines'",
        "sheet 'requirements', row 2, column 'role'",
    ]  # the 'comment' column and the 'notes' sheet are notes, left unread
    assert (
        "unknown value 'nerve'; expected a value's id or name (2 values declared: care (Care), "
        "courage (Courage))" in lines[1]
    )
    assert lines[2].endswith(
        "unknown competency 'cooking'; expected a competency's id or name (3 competencies "
        "declared: leading (Leading others), caring (Caring for service users), delivering "
        "(Delivering results))"
    )
    assert lines[3].endswith(
        "'sometimes' is not allowed here; expected one of: effective, ineffective"
    )


def test_nothing_is_written_on_error(tmp_path):
    def edit(wb):
        wb["indicators"][at(wb["indicators"], "level", 2)] = "leed"

    out = edited_workbook(tmp_path, edit)
    target = tmp_path / "fw.yaml"  # a framework file, which import may edit
    previous = compkit.framework.bundled()["cis"].read_text(encoding="utf-8")
    target.write_text(previous, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "compkit.cli", "import", str(out), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.startswith(
        f"compkit: error: {out}: sheet 'indicators', row 2, column 'level'"
    )
    assert target.read_text(encoding="utf-8") == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "fw.yaml"]


def test_not_a_workbook(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a zip")
    assert import_error(bad).startswith(f"{bad}: not a valid workbook")
    with pytest.raises(compkit.WorkbookError, match=r"cannot import a \.txt"):
        compkit.import_file(shutil.copy(bad, tmp_path / "bad.txt"))


def test_csv_tables_escape_formulas_and_reject_typed_ones(tmp_path):
    doc = compkit.framework.to_dict("tests/data/clustered.yaml")
    doc["competencies"][1]["indicators"][0]["text"] = "=1+1 is not a formula here"
    doc["competencies"][1]["indicators"][1]["text"] = "'quoted' text"
    folder = compkit.authoring.write_tables(from_dict(doc), tmp_path / "t")
    text = (folder / "indicators.csv").read_text(encoding="utf-8")
    assert "'=1+1 is not a formula here" in text and "''quoted' text" in text
    assert compkit.framework.to_dict(compkit.authoring.read_tables(folder).framework) == doc
    (folder / "indicators.csv").write_text(text.replace("'=1+1", "=1+1"), encoding="utf-8")
    assert import_error(folder).splitlines() == [
        f"{folder}: sheet 'indicators', row 5, column 'text': a formula (=1+1 is not a formula "
        "here); type the value itself"
    ]


def test_cli_export_workbook_then_import_keeps_the_yaml_file(tmp_path):
    yaml_file = shutil.copy(compkit.framework.bundled()["cis"], tmp_path / "cis.yaml")
    before = Path(yaml_file).read_text(encoding="utf-8")
    book = tmp_path / "cis.xlsx"
    assert main(["export", "cis", "--to", "workbook", "-o", str(book)]) == 0
    wb = load_workbook(book)
    wb["indicators"][at(wb["indicators"], "text", 2)] = (
        "I take responsibility for my own wellbeing."
    )
    wb.save(book)
    assert main(["import", str(book), "-o", str(yaml_file)]) == 0
    after = Path(yaml_file).read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    old_text = compkit.load("cis").indicator("people-l1-1").text
    old_line = next(line for line in before.splitlines() if line.endswith(f"text: {old_text}"))
    new_line = old_line.replace(old_text, "I take responsibility for my own wellbeing.")
    assert changed == [(old_line, new_line)]


def test_levels_competencies_and_roles_may_be_given_by_name(tmp_path):
    def edit(wb):
        ws = wb["indicators"]
        ws[at(ws, "competency", 2)], ws[at(ws, "level", 2)] = "LEADING OTHERS", "Lead"  # any case
        ws = wb["requirements"]
        ws["A2"], ws[at(ws, "competency", 2)], ws[at(ws, "level", 2)] = (
            "Team leader",
            "Leading others",
            "Lead",
        )

    fw = compkit.import_file(edited_workbook(tmp_path, edit)).framework
    first = fw.indicator_records[0]
    assert (first.competency, first.level) == ("leading", "lead")
    assert fw.role("team-leader").required_levels["leading"] == "lead"


def test_a_name_two_levels_share_is_not_guessed(tmp_path):
    def edit(wb):
        wb["levels"]["B3"] = "Foundation"  # two levels now named Foundation
        wb["indicators"][at(wb["indicators"], "level", 5)] = "FOUNDATION"  # a name, not an id

    lines = import_error(edited_workbook(tmp_path, edit)).splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        "sheet 'levels', row 3, column 'name'",  # the rename made the clash: said first
        "sheet 'indicators', row 5, column 'level'",
    ]
    assert "'Foundation' is also the name of row 2; each level needs a name of its own" in lines[0]
    assert "unknown level 'FOUNDATION'; expected a level's id or name (6 levels" in lines[1]


def test_one_declared_level_reads_in_the_singular():
    tables = to_tables("tests/data/corpus/hse-stress-competencies.yaml")
    tables["indicators"].loc[0, "level"] = "boss"
    with pytest.raises(compkit.WorkbookError, match=r"\(1 level declared: manager \(Manager\)\)"):
        from_tables(tables)


def test_a_requirement_without_a_level_round_trips(tmp_path):
    fw = compkit.load("tests/data/authoring/behaviours.yaml")
    book = compkit.authoring.read_workbook(
        compkit.authoring.write_workbook(fw, tmp_path / "b.xlsx")
    ).framework
    assert book.role("officer").required_levels == {"leading": "two", "delivering": None}
    assert compkit.framework.to_dict(book) == compkit.framework.to_dict(fw)


def test_every_sheet_prints_landscape_one_page_wide_with_its_header(tmp_path):
    wb = load_workbook(compkit.authoring.write_workbook("wsx", tmp_path / "wsx.xlsx"))
    for name in SHEETS:
        ws = wb[name]
        setup = ws.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
    ws = wb["indicators"]
    # the provenance columns are kept, grouped to the right and left out of the print
    assert ws.print_area == "'indicators'!$A$1:$H$154"  # to the statements' notes
    assert ws.column_dimensions["I"].outline_level == 1
    text = [c for c in ws["F"][1:] if c.value]
    assert all(c.alignment.wrap_text for c in text)
    assert ws.row_dimensions[text[1].row].height >= 30  # a wrapped statement gets its lines


def test_the_workbook_opens_on_a_read_me_that_explains_every_column(tmp_path):
    wb = load_workbook(compkit.authoring.write_workbook("wsx", tmp_path / "wsx.xlsx"))
    assert wb.sheetnames[0] == "Read me"
    rows = [tuple(c.value for c in row) for row in wb["Read me"].iter_rows()]
    assert rows[0][0] == "Staff Competency Framework (WSX Mind)"
    assert any("compkit import" in (r[0] or "") for r in rows)
    explained = {(sheet, column) for sheet, column, text in (r[:3] for r in rows if len(r) >= 3)
                 if column and text}  # fmt: skip
    provenance = " ".join(r[2] for r in rows if len(r) >= 3 and r[1] == "source_…")
    for sheet in SHEETS:
        for column in [c.value for c in wb[sheet][1]]:
            listed = any(c == column for _, c in explained) or (
                column.startswith("source_") and re.search(rf"\b{column}\b", provenance)
            )
            assert listed, f"{sheet}.{column} is not explained on the Read me sheet"
    sections, sheet = {}, None  # no sheet's help says one thing twice (provenance: one row)
    for r in rows[rows.index(("Sheet", "Column", "What it holds")) + 1 :]:
        sheet = r[0] or sheet
        if r[1]:
            sections.setdefault(sheet, []).append(r[2])
    assert all(len(said) == len(set(said)) for said in sections.values()), sections


def test_export_to_xlsx_is_the_workbook_import_reads(tmp_path):
    book = tmp_path / "wsx.xlsx"
    assert main(["export", "wsx", "--to", "xlsx", "-o", str(book)]) == 0
    assert main(["import", str(book), "-o", str(tmp_path / "wsx.yaml")]) == 0
    back = compkit.load(tmp_path / "wsx.yaml")
    assert (
        compkit.framework.to_dict(back)["competencies"]
        == compkit.framework.to_dict("wsx")["competencies"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Works well.\r=2+3",
        "two\r\nlines, a tab\there",
        "'already quoted' and # not a comment",
        "ناجح — RTL, emoji 🙂",
        "x" * 40_000,
    ],
)
def test_awkward_text_survives_csv_tables_and_the_workbook(tmp_path, text):
    doc = compkit.framework.to_dict("cis")
    doc["competencies"][0]["indicators"][0]["text"] = text
    fw = from_dict(doc)
    folder = compkit.authoring.write_tables(fw, tmp_path / "t")
    assert compkit.authoring.read_tables(folder).framework.indicator("people-l1-1").text == text
    if len(text) > 32_767:
        with pytest.raises(compkit.UsageError, match="an XLSX cell holds at most 32,767"):
            compkit.authoring.write_workbook(fw, tmp_path / "b.xlsx")
        assert not (tmp_path / "b.xlsx").exists()
        return
    book = compkit.authoring.write_workbook(fw, tmp_path / "b.xlsx")
    assert compkit.authoring.read_workbook(book).framework.indicator("people-l1-1").text == text


def test_a_workbook_declaring_a_huge_sheet_is_refused_before_reading(tmp_path):
    import zipfile

    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD1048576"', data)
            dst.writestr(item, data)
    message = import_error(bomb)
    assert "declares 1,048,576 rows x 16,384 columns" in message
    assert message.startswith(f"{bomb}: ")


def test_a_duplicated_column_is_an_error_not_a_guess(tmp_path):
    def edit(wb):
        ws = wb["indicators"]
        ws[at(ws, "polarity", 1)] = "text"

    lines = import_error(edited_workbook(tmp_path, edit)).splitlines()
    assert any("the column 'text' appears 2 times; keep one" in line for line in lines)


def test_an_unbalanced_quote_in_csv_tables_is_an_error(tmp_path):
    folder = compkit.authoring.write_tables("tests/data/clustered.yaml", tmp_path / "t")
    path = folder / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = fh.read().split("\r\n")
    rows[2] = rows[2].replace(",", ',"', 1)  # an opening quote that never closes
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(rows))
    with pytest.raises(compkit.WorkbookError, match=r"row 3: a quoted value is never closed"):
        compkit.import_file(folder)


def test_tables_saved_as_utf16_read_alike_and_other_encodings_are_refused(tmp_path, capsys):
    folder = compkit.authoring.write_tables("wsx", tmp_path / "wsx")
    indicators = folder / "indicators.csv"
    text = indicators.read_text(encoding="utf-8-sig")
    indicators.write_bytes(text.encode("utf-16"))  # what Excel's "Unicode Text" writes: a BOM
    doc = compkit.framework.to_dict(compkit.authoring.read_tables(folder).framework)
    assert doc == compkit.framework.to_dict("wsx")
    indicators.write_bytes(text.replace("and", "and café", 1).encode("cp1252"))
    with pytest.raises(compkit.CompkitError, match=r"indicators.csv: not UTF-8 text .*save"):
        compkit.authoring.read_tables(folder)
    assert main(["import", str(folder), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert "save the file as UTF-8" in err and "Traceback" not in err
    assert not (tmp_path / "out.yaml").exists()
