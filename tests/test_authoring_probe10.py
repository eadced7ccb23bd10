"""Tenth probe of authoring: notes an author types into the workbook, and how documents number.

Found by ingesting a product-management career ladder published as CSV (pampul/pm-career-ladder
on GitHub: 20 parameters in 5 categories, 5 levels), exporting it to the workbook and editing
it as an author does (a "Reviewer notes" column beside the statements, a "Notes" sheet of
meeting notes, a competency added at the foot of its sheet, a new level), then saving it again
with LibreOffice. The workbook was refused for the notes; once imported, the rendered version
showed the first category twice (its new competency under a second "Impact & Influence" at the
end). The NHS Knowledge and Skills Framework (Crown copyright 2004) names its dimensions
"Core dimension 1: Communication", and LGNSW's capabilities pasted as Markdown read
"1. Manage Self": both rendered "Competency 1: Core dimension 1: Communication" and
"Competency 1: 1. Manage Self". The texts quoted below are theirs, word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring import (
    read_tables,
    read_workbook,
    render_markdown,
    write_tables,
    write_workbook,
)
from compkit.cli import main
from compkit.framework.build import from_dict

CORPUS = Path(__file__).parent / "data" / "corpus"
HSE = CORPUS / "hse-stress-competencies.yaml"
GDS = CORPUS / "gds-tech-career-path.yaml"


def _book(tmp_path, framework, edit) -> Path:
    out = write_workbook(framework, tmp_path / "book.xlsx")
    wb = load_workbook(out)
    edit(wb)
    wb.save(out)
    return out


def _notes(wb):
    """What an author adds: a notes column with two notes (one a formula), a notes sheet."""
    ws = wb["indicators"]
    column = ws.max_column + 1
    ws.cell(1, column, "Reviewer notes")
    ws.cell(2, column, "Agreed with Sam, 3 Dec")
    ws.cell(4, column, "=LEN(F4)")  # a note may count words: no value compkit reads
    sheet = wb.create_sheet("Notes")
    sheet["A1"] = "Review meeting, 3 December"
    sheet["A2"] = "=COUNTA(indicators!F:F)"


# -- 1: a notes column and a notes sheet are left unread, and said -------------------------------


@pytest.mark.parametrize("framework", ["wsx", "cis", HSE])
def test_a_notes_column_and_a_notes_sheet_are_left_unread_and_reported(tmp_path, framework):
    before = compkit.load(framework)
    result = read_workbook(_book(tmp_path, framework, _notes))
    assert compkit.authoring.diff(before, result.framework).empty  # nothing read from them
    assert (
        "sheet 'indicators', column 'Reviewer notes' not read (compkit did not write it); its 2 "
        "values stay in the workbook, not in the framework" in result.notes
    )
    assert (
        "sheet 'Notes' not read (compkit did not write it); it stays in the workbook, not in the "
        "framework" in result.notes
    )


def test_the_import_command_says_what_it_left_unread(tmp_path, capsys):
    book = _book(tmp_path, "wsx", _notes)
    assert main(["import", str(book), "-o", str(tmp_path / "wsx.yaml")]) == 0
    said = capsys.readouterr().err
    assert "column 'Reviewer notes' not read" in said
    assert "sheet 'Notes' not read" in said


def test_the_read_me_sheet_says_where_notes_may_go(tmp_path):
    said = [
        c.value for c in load_workbook(write_workbook("wsx", tmp_path / "w.xlsx"))["Read me"]["A"]
    ]
    assert any(str(v).startswith("Notes of your own may go in a new column") for v in said)


def test_a_notes_file_beside_the_csv_tables_is_left_unread(tmp_path):
    folder = write_tables("cis", tmp_path / "cis")
    (folder / "review notes.csv").write_text("Who,Said\nSam,Fewer levels\n", encoding="utf-8")
    result = read_tables(folder)
    assert any(n.startswith("sheet 'review notes' not read") for n in result.notes)
    assert result.framework.counts().sum().sum() == 62


# -- 2: what may be data meant for compkit is still refused, with what to do ---------------------


def _refused(book) -> str:
    with pytest.raises(compkit.WorkbookError) as info:
        read_workbook(book)
    return str(info.value)


@pytest.mark.parametrize(
    ("header", "like"), [("Text", "text"), ("Descripton", "description"), ("level name", None)]
)
def test_a_column_named_like_compkits_is_refused_not_left(tmp_path, header, like):
    def edit(wb):
        ws = wb["indicators"] if like != "description" else wb["competencies"]
        ws.cell(1, ws.max_column + 1, header)
        ws.cell(2, ws.max_column, "typed here")

    said = _refused(_book(tmp_path, "wsx", edit))
    like = like or "level_name"
    assert f"column {header!r}: a column compkit did not write, named like its column " in said
    assert f"name it {like!r} to have it read" in said


def test_a_renamed_column_is_refused_rather_than_its_values_lost(tmp_path):
    # "description" renamed "Summary": left unread, every description would be dropped
    def edit(wb):
        ws = wb["competencies"]
        column = [c.value for c in ws[1]].index("description") + 1
        ws.cell(1, column, "Summary")

    said = _refused(_book(tmp_path, "cis", edit))
    assert (
        "column 'Summary': a column compkit did not write, while compkit's column 'description' "
        "is missing: if it is 'description' renamed, name it 'description' again" in said
    )


@pytest.mark.parametrize(
    ("name", "header", "expected"),
    [
        (
            "Indicators (2)",
            ["id", "competency", "level", "text"],
            "named like its sheet 'indicators'",
        ),
        (
            "New statements",
            ["competency", "level", "text"],
            "the columns of its sheet 'indicators'",
        ),
        ("Level", ["Name", "Rank"], "named like its sheet 'levels'"),
    ],
)
def test_a_sheet_that_may_hold_data_is_refused(tmp_path, name, header, expected):
    def edit(wb):
        ws = wb.create_sheet(name)
        ws.append(header)
        ws.append(["x"] * len(header))

    said = _refused(_book(tmp_path, "wsx", edit))
    assert f"sheet {name!r}: a sheet compkit did not write, " in said
    assert expected in said


def test_a_sheet_of_notes_by_competency_and_level_is_notes(tmp_path):
    def edit(wb):
        ws = wb.create_sheet("Comments")
        ws.append(["Competency", "Level", "Comment"])
        ws.append(["Demonstrating Personal Qualities", "Core", "Too long"])

    result = read_workbook(_book(tmp_path, "wsx", edit))
    assert any(n.startswith("sheet 'Comments' not read") for n in result.notes)


def test_a_value_without_a_header_says_how_to_keep_it_as_notes(tmp_path):
    def edit(wb):
        ws = wb["indicators"]
        ws.cell(3, ws.max_column + 2, "check this")

    said = _refused(_book(tmp_path, "wsx", edit))
    assert "a value in a column without a header; give the column a header to keep it" in said


# -- 3: a competency added at the foot of the list joins its group --------------------------------


@pytest.mark.parametrize("source", [HSE, GDS])
def test_a_competency_added_at_the_foot_joins_its_group_once(tmp_path, source):
    fw = compkit.load(source)
    first = fw.group_records[0]

    def edit(wb):
        comps = wb["competencies"]
        header = [c.value for c in comps[1]]
        row = [None] * len(header)
        row[header.index("id")], row[header.index("name")] = "new-one", "A new competency"
        row[header.index("group")] = first.id
        comps.append(row)

    new = read_workbook(_book(tmp_path, source, edit)).framework
    md = render_markdown(new)
    heads = re.findall(r"^## (.+)$", md, re.M)
    assert heads.count(first.name) == 1, heads
    own = md.split(f"## {first.name}\n", 1)[1].split("\n## ", 1)[0]
    assert "A new competency" in own
    numbers = [int(n) for n in re.findall(r"^### Competency (\d+):", md, re.M)]
    assert numbers == list(range(1, len(new.competency_records) + 1))
    # the tracked changes too: the group's heading once, the new competency within it
    import io

    import docx

    redline = docx.Document(io.BytesIO(compkit.authoring.render_redline(fw, new)))
    tops = [p.text for p in redline.paragraphs if p.style.name == "Heading 1"]
    assert tops.count(first.name) == 1, tops


# -- 4: a document keeps the source's numbering, never numbers a number ---------------------------

KSF = {
    "Core dimension 1: Communication": "Communicate with a limited range of people on day-to-day "
    "matters",
    "Core dimension 2: Personal and people development": "Contribute to own personal development",
}
LGNSW = {
    "1. Manage Self": "Models initiative and decisiveness",
    "2. Act with Integrity": "Acts promptly and visibly in response to complex ethical and "
    "people issues",
}


def _numbered(names: dict[str, str]):
    comps = [
        {
            "id": f"c{k}",
            "name": name,
            "indicators": [{"id": f"c{k}-1", "level": "l1", "text": text}],
        }
        for k, (name, text) in enumerate(names.items(), 1)
    ]
    return from_dict(
        {
            "schema_version": 1,
            "id": "numbered",
            "title": "Numbered",
            "organisation": "Test",
            "levels": [{"id": "l1", "name": "Level 1", "rank": 1}],
            "competencies": comps,
        }
    )


@pytest.mark.parametrize("names", [KSF, LGNSW], ids=["ksf", "lgnsw"])
def test_a_name_with_its_own_number_is_printed_as_it_is(tmp_path, names):
    import docx

    fw = _numbered(names)
    md = render_markdown(fw)
    page = compkit.authoring.render_html(fw)
    body = [p.text for p in docx.Document(compkit.render(fw, tmp_path / "n.docx")).paragraphs]
    for name in names:
        assert f"## {name}\n" in md.replace("\\.", ".")
        assert f">{name}</h2>" in page
        assert name in body
    assert "Competency 1:" not in md + page + "\n".join(body)


def test_the_sources_own_numbers_are_kept():
    # CiS numbers its competencies ("Competency 1:  Supporting our people"): recorded in
    # source.numbers, printed as the source has them, whatever the order
    from compkit.framework import to_dict

    doc = to_dict(compkit.load("cis"))
    doc["competencies"].reverse()
    md = render_markdown(from_dict(doc))
    assert re.findall(r"^## Competency (\d+):", md, re.M)[:2] == ["6", "5"]
    assert "## Competency 1: Supporting our people" in md


# -- 5: a statement or competency put in a new order is said, not hidden --------------------------


def _swap(ws, first: int, second: int) -> None:
    """Swap two rows' values, as an author drags a row above another."""
    one = [c.value for c in ws[first]]
    two = [c.value for c in ws[second]]
    for column, (x, y) in enumerate(zip(one, two, strict=True), 1):
        ws.cell(first, column, y)
        ws.cell(second, column, x)


def _reordered_book(tmp_path, framework) -> tuple:
    fw = compkit.load(framework)
    cells: dict[tuple, list[str]] = {}
    for ind in fw.indicator_records:
        cells.setdefault((ind.competency, ind.level, ind.polarity), []).append(ind.id)
    ids = next(cell for cell in cells.values() if len(cell) > 2)

    def edit(wb):
        ws = wb["indicators"]
        rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
        _swap(ws, rows[ids[0]], rows[ids[1]])
        _swap(wb["competencies"], 2, 3)

    return fw, ids, read_workbook(_book(tmp_path, framework, edit)).framework


@pytest.mark.parametrize("framework", ["wsx", HSE])
def test_statements_and_competencies_put_in_a_new_order_are_reordered(tmp_path, framework):
    fw, ids, new = _reordered_book(tmp_path, framework)
    changes = compkit.authoring.diff(fw, new)
    assert changes[["item", "change", "new_id"]].values.tolist() == [
        ["competency", "reordered", fw.competency_ids[1]],
        ["indicator", "reordered", ids[1]],
    ]
    assert changes["note"].tolist()[1].startswith("1st of ")
    assert changes["note"].tolist()[1].split(", was ")[1].startswith("2nd of ")
    from compkit.authoring.changelog import summary

    assert summary(changes) == f"1 {fw.competency_term} reordered, 1 statement reordered"


def test_a_statement_added_or_removed_above_others_reorders_none():
    from compkit.framework import to_dict

    doc = to_dict(compkit.load("cis"))
    cell = doc["competencies"][0]["indicators"]
    del cell[0]
    cell.insert(1, dict(cell[1], id="people-new", text="I keep a shared diary of my work."))
    changes = compkit.authoring.diff("cis", from_dict(doc))
    assert sorted(changes["change"]) == ["added", "removed"]


def test_the_redline_strikes_a_reordered_statement_where_it_was(tmp_path):
    import io

    import docx
    from docx.oxml.ns import qn

    fw, ids, new = _reordered_book(tmp_path, "wsx")
    moved = fw.indicator(ids[1]).text
    redline = docx.Document(io.BytesIO(compkit.authoring.render_redline(fw, new)))
    marks = []
    for p in redline.paragraphs:
        text = "".join(n.text or "" for n in p._p.iter() if n.tag in (qn("w:t"), qn("w:delText")))
        kind = "del" if p._p.findall(f".//{qn('w:del')}") else ""
        kind = kind or ("ins" if p._p.findall(f".//{qn('w:ins')}") else "")
        marks.append((kind, text))
    at = [k for k, (_, text) in enumerate(marks) if text == moved]
    other = next(k for k, (_, text) in enumerate(marks) if text == fw.indicator(ids[0]).text)
    assert [marks[k][0] for k in at] == ["ins", "del"]
    assert at[0] < other < at[1]  # inserted above the statement it was below, struck below it


def test_a_reordered_statement_keeps_its_cross_walk_mappings(tmp_path):
    fw, ids, new = _reordered_book(tmp_path, "wsx")
    carried = compkit.authoring.carry_forward("cis-wsx", fw, new)
    mine = carried[carried["object_id"].str.endswith(ids[1])]
    assert len(mine) and set(mine["carry"]) == {"kept"}
