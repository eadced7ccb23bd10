"""Twenty-third round, authoring: an author's day on frameworks nobody had revised here.

Monzo's backend ladder and the USDS sample competencies were revised through the workbook
(a level added at the top, a competency split, statements moved, renamed, reworded, a role and
values added, a statement deleted, a checker's finding fixed), each version diffed, rendered and
read back. What went wrong is pinned here on compkit's own self-written fixtures.
"""

from __future__ import annotations

from pathlib import Path

import compkit

HARBOUR = "tests/data/checks/probe19e3/harbour.yaml"


def test_a_workbook_of_names_alike_but_for_case_comes_back_unchanged(tmp_path):
    """Harbour has "Planning" (id planning) and "planning" (id planning-again).

    Each row's name column is its competency's own name as exported; the import took the name
    "planning" for the id of the other competency and moved three statements there, and said
    "Planning" was an old name of 'planning'.
    """
    book = compkit.authoring.write_workbook(HARBOUR, tmp_path / "harbour.xlsx")
    back = compkit.import_file(book)
    assert compkit.diff(HARBOUR, back.framework).empty  # was: 3 statements moved
    assert back.notes == ()  # was: 5 notes of names edited or renamed, none of them true


def _with(framework, change):
    """``framework`` with ``change`` made to its document (as an author's edit of the YAML)."""
    from compkit.framework.build import from_dict
    from compkit.framework.io import to_dict

    doc = to_dict(compkit.load(framework))
    change(doc)
    return from_dict(doc)


def test_the_change_log_gives_an_added_value_role_or_level_its_description():
    """An added value's description was in no change log: "Value: Fairness", nothing more."""

    def add(doc):
        doc["values"].append(
            {"id": "fair", "name": "Fairness", "description": "We treat all alike"}
        )
        doc["roles"].append(
            {"id": "chair", "name": "Chair", "description": "Leads the team", "requires": {}}
        )

    new = _with(HARBOUR, add)
    log = compkit.authoring.render_changelog(compkit.diff(HARBOUR, new))
    assert "- Value: Fairness\n  - Description: **We treat all alike**" in log
    assert "  - Description: **Leads the team**" in log
    csv = compkit.diff(HARBOUR, new)
    assert csv.loc[csv["new_id"] == "fair", "word_diff"].tolist() == ["{+We treat all alike+}"]


def test_two_levels_names_swapped_on_their_sheet_move_no_statement(tmp_path):
    """An author swaps two levels' names on the levels sheet and leaves the statements be.

    Each statement's level_name cell still held its level's old name, which now names the
    other level: the import took every such cell for an edit and moved 5 statements.
    """
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook(HARBOUR, tmp_path / "harbour.xlsx")
    wb = load_workbook(book)
    levels = wb["levels"]
    names = {levels.cell(r, 2).value: r for r in range(2, levels.max_row + 1)}
    levels.cell(names["Foundation"], 2).value = "Practitioner"
    levels.cell(names["Practitioner"], 2).value = "Foundation"
    wb.save(book)
    back = compkit.import_file(book)
    changes = compkit.diff(HARBOUR, back.framework)
    assert sorted(changes["change"]) == ["renamed", "renamed"]  # was: and 5 "moved"
    assert any("'Foundation' is the old name of 'l1', renamed" in n for n in back.notes)


def test_an_import_over_a_framework_file_left_with_a_yaml_error_is_refused_untouched(
    tmp_path, capsys
):
    """The author's half-made edit of the YAML broke it; an import onto it crashed (exit 3)."""
    from compkit.cli import main

    book = compkit.authoring.write_workbook(HARBOUR, tmp_path / "harbour.xlsx")
    text = (
        Path(HARBOUR)
        .read_text(encoding="utf-8")
        .replace("  - {id: l3, name: Expert, rank: 3}", "  - {id: l3, name: [Expert, rank: 3}")
    )
    out = tmp_path / "harbour.yaml"
    out.write_text(text, encoding="utf-8")
    assert main(["import", str(book), "-o", str(out)]) == 2  # was 3: ParserError
    err = capsys.readouterr().err
    assert f"{out}:12: malformed YAML" in err
    assert "nothing was written; mend the file, or force=True (--force) to replace it" in err
    assert out.read_text(encoding="utf-8") == text
    assert main(["import", str(book), "-o", str(out), "--force"]) == 0
    assert compkit.diff(HARBOUR, out).empty


def _merged(tmp_path, *columns, rows=(2, 3)):
    """Harbour's workbook with each of ``columns`` merged down ``rows`` on the indicators sheet."""
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook(HARBOUR, tmp_path / "harbour.xlsx")
    wb = load_workbook(book)
    ind = wb["indicators"]
    header = [c.value for c in ind[1]]
    for column in columns:
        at = header.index(column) + 1
        ind.merge_cells(start_row=rows[0], start_column=at, end_row=rows[1], end_column=at)
    wb.save(book)
    return book


def test_statements_merged_into_one_cell_are_refused_saying_so(tmp_path, capsys):
    """Two statement cells merged: row 3 was said to be "empty statement", as if typed so."""
    from compkit.cli import main

    book = _merged(tmp_path, "text")
    out = tmp_path / "harbour.yaml"
    assert main(["import", str(book), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert (
        "sheet 'indicators', row 3, column 'text': merged with F2 (F2:F3), so empty here: unmerge "
        "the cells (in Excel: Home > Merge & Center), then give each row its own value"
    ) in err
    assert "empty statement" not in err and not out.exists()


def test_a_competency_merged_down_its_statements_is_each_rows(tmp_path):
    """Statements grouped under one merged competency cell (ids and names): each row's, as shown.

    Row 3's competency and competency_name read empty: "no competency given".
    """
    book = _merged(tmp_path, "competency", "competency_name")
    assert compkit.diff(HARBOUR, compkit.import_file(book).framework).empty
