"""Probe 21 E: an author's leftovers and day (a workbook's new rows, names with a colon, -o).

A workbook's new statement row took ``<competency>-<level>-<n>`` while an edit or a draft took
its neighbours' numbering (HSE's "...-neg-5"); a framework named with a colon made a report's
title read "Acme: Engineering and WSX Mind: how ..."; ``compkit import -o x.txt`` wrote YAML
into a .txt file.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring.changelog import title_of
from compkit.cli import main

HSE = "tests/data/corpus/hse-stress-competencies.yaml"
COMP = "managing-workload-and-resources"


def _hse_book(tmp_path, *rows):
    """HSE's editing workbook with ``rows`` (competency, level, polarity, text) added, id empty."""
    book = compkit.authoring.write_workbook(HSE, tmp_path / "hse.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    for comp, level, polarity, text in rows:
        values = {"competency": comp, "level": level, "polarity": polarity, "text": text}
        ws.append([values.get(h) for h in header])
    wb.save(book)
    return book


def test_a_workbook_row_added_to_hse_takes_its_numbering_by_side_as_an_edit_does(tmp_path):
    name = compkit.load(HSE).competency_records[0].name  # as picked from the drop-down
    book = _hse_book(
        tmp_path,
        (name, "Manager", "effective", "Plans the team's week with them."),
        (name, "Manager", "ineffective", "Sets deadlines no one can meet."),
        (COMP, "manager", "Ineffective", "Moves deadlines without a word."),
    )
    result = compkit.import_file(book)
    # was managing-workload-and-resources-manager-1, -2 and -3
    assert result.added == (f"{COMP}-pos-5", f"{COMP}-neg-5", f"{COMP}-neg-6")
    new = result.framework.indicator(f"{COMP}-neg-6")
    assert (new.polarity, new.text) == ("ineffective", "Moves deadlines without a word.")


def test_a_workbook_row_and_an_edit_give_a_new_statement_the_same_id(tmp_path):
    from compkit.authoring.edits import add_indicator

    edited = add_indicator(HSE, COMP, "manager", "Asks.", polarity="ineffective")
    (by_edit,) = {i.id for i in edited.indicator_records} - {
        i.id for i in compkit.load(HSE).indicator_records
    }
    book = _hse_book(tmp_path, (COMP, "manager", "ineffective", "Asks."))
    assert compkit.import_file(book).added == (by_edit,)


def test_a_new_row_where_no_numbering_is_shared_still_gets_its_cell_and_number(tmp_path):
    from compkit.authoring.workbook import from_tables, to_tables

    tables = to_tables("cis")
    frame = tables["indicators"]
    frame.loc[len(frame)] = {"id": None, "competency": "people", "level": "l2", "text": "New."}
    assert from_tables(tables).added == ("people-l2-3",)


# -- import -o: YAML only ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "then"),
    [
        ("out.txt", None),
        ("out.TXT", None),
        ("out.docx", "run 'compkit render out.yaml -o out.docx' after the import"),
        ("out.csv", "run 'compkit export out.yaml -o out.csv' after the import"),
    ],
)
def test_import_to_another_kind_of_file_is_refused_naming_what_it_writes(
    tmp_path, capsys, name, then
):
    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    out = tmp_path / name
    assert main(["import", str(book), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    suffix = out.suffix.lower()
    assert err.startswith(
        f"compkit: error: -o {out}: 'compkit import' writes a framework file in YAML only, not "
        f"{suffix}; expected a name ending in .yaml or .yml (-o out.yaml)"
    ), err
    assert (then or "after the import") in err if then else "after the import" not in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("name", ["out.yaml", "out.yml", "out", "out.v2"])
def test_import_writes_yaml_under_a_yaml_name_or_one_naming_no_kind_of_file(tmp_path, name):
    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    assert main(["import", str(book), "-o", str(tmp_path / name)]) == 0
    assert compkit.load(tmp_path / name).id == "cis"


# -- a name holding a colon -------------------------------------------------------------------

COLON = "Acme: Engineering Competencies"


def _named(title):
    """CiS as an ingested framework called by its title (no short name, no organisation)."""
    cis = compkit.load("cis")
    return replace(cis, short_name="", organisation="(organisation not stated)", title=title)


def test_a_report_title_takes_a_dash_after_a_name_holding_a_colon():
    from compkit.compare.report_content import build_report

    report = build_report(_named(COLON), "wsx")
    # was 'Acme: Engineering Competencies and WSX Mind: how the two ...'
    assert report.title == f"{COLON} and WSX Mind — how the two competency frameworks compare"
    assert build_report("cis", "wsx").title == (
        "CiS and WSX Mind: how the two competency frameworks compare"
    )


def test_a_versions_report_subtitle_takes_a_dash_after_a_title_holding_a_colon(tmp_path):
    from compkit.compare.report_content import build_report

    old = compkit.write_yaml(_named(COLON), tmp_path / "old.yaml")
    new = compkit.write_yaml(_named(COLON), tmp_path / "new.yaml")
    report = build_report(old, new)
    assert report.subtitle == f"Two versions of {COLON} — {COLON} (old.yaml) and {COLON} (new.yaml)"
    assert report.title.startswith(f"{COLON} (old.yaml) and {COLON} (new.yaml) — how the two")


def test_a_change_log_title_takes_no_colon_after_a_name_holding_one():
    same = {"old": COLON, "new": COLON, "old_file": "old.yaml", "new_file": "new.yaml"}
    assert title_of(same) == f"Changes to {COLON} (old.yaml → new.yaml)"
    assert title_of({"old": COLON, "new": "WSX Mind"}) == f"Changes from {COLON} to WSX Mind"
    assert title_of({"old": "CiS", "new": "WSX Mind"}) == "Changes: CiS → WSX Mind"


# -- UNiDAYS: names with emoji, typed without them ----------------------------------------------

UNIDAYS = "tests/data/corpus/myunidays.yaml"


def _unidays_book(tmp_path, level):
    """UNiDAYS' workbook with a new Communication row at ``level``, as an author typed it."""
    book = compkit.authoring.write_workbook(UNIDAYS, tmp_path / "uni.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    values = {"competency": "Communication", "level": level, "text": "Coaches others to present."}
    ws.append([values.get(h) for h in header])
    wb.save(book)
    return book


@pytest.mark.parametrize("level", ["1337", "🧙 1337", "4", "🧙 1337 ", "1337 🧙"])
def test_a_level_and_competency_named_without_their_emoji_are_found(tmp_path, level):
    result = compkit.import_file(_unidays_book(tmp_path, level))
    (added,) = result.added  # was: unknown competency 'Communication' ('💬 Communication')
    new = result.framework.indicator(added)
    assert (new.competency, new.level, added) == ("communication", "1337", "communication-1337-7")


def test_a_name_matching_no_item_is_quoted_as_typed_not_escaped(tmp_path):
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.import_file(_unidays_book(tmp_path, "👩\u200d🏫 Pr0f"))
    message = str(caught.value)
    assert (
        "column 'level': unknown level '👩\u200d🏫 Pr0f'; expected a level's id or name" in message
    )
    assert "\\u200d" not in message  # was '👩\\u200d🏫 Pr0f', the joiner escaped


def test_a_row_naming_a_level_by_its_name_before_a_rename_is_told_so(tmp_path):
    book = _unidays_book(tmp_path, "👩\u200d🏫 Pr0")
    wb = load_workbook(book)
    ws = wb["levels"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "pr0")
    ws.cell(row, 2).value = "👩\u200d🏫 Pro"  # renamed on the levels sheet
    wb.save(book)
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.import_file(book)
    assert (  # was: unknown level '👩\u200d🏫 Pr0'; expected a level's id or name (...)
        "column 'level': level '👩\u200d🏫 Pr0' was renamed '👩\u200d🏫 Pro' on the levels sheet; "
        "write its new name or its id, pr0"
    ) in str(caught.value)


def test_a_wide_role_table_in_word_gives_each_column_its_longest_word(tmp_path):
    """UNiDAYS' nine competency columns: 'Communication' broke in two at equal widths."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = Document(compkit.authoring.render(UNIDAYS, tmp_path / "uni.docx"))
    table = doc.tables[-1]  # the role profiles
    head = [cell.text for cell in table.rows[0].cells]
    assert head[0] == "Role" and len(head) == 9
    grid = [int(g.get(qn("w:w"))) * 635 for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    for text, width in zip(head, grid, strict=True):
        longest = max(len(word) for word in text.split())
        # Calibri bold at 9 pt: about 0.16 cm a character, and the cell's margins
        assert width >= Cm(0.16 * longest + 0.38), (text, width / 360000)  # was 2.18 cm each


def test_the_html_role_table_sizes_its_columns_by_their_words(tmp_path):
    """At fixed, equal widths 'Communication' ran into the next column in print."""
    page = compkit.authoring.render(UNIDAYS, tmp_path / "uni.html").read_text(encoding="utf-8")
    assert '<h2>Role profiles</h2><table class="roles">' in page
    assert "table.roles { table-layout: auto; }" in page
    back = compkit.ingest(tmp_path / "uni.html").framework  # still read back whole
    assert len(back.role_records) == 39
    assert len(back.indicator_records) == len(compkit.load(UNIDAYS).indicator_records)


def test_the_html_change_log_prints_its_tables_right_border(tmp_path):
    """Printed, a full-width table's right border (half outside the page's box) was cut off."""
    from compkit.authoring.changelog import render_changelog
    from compkit.authoring.edits import remove_indicator

    changes = compkit.diff("cis", remove_indicator("cis", "people-l1-3"))
    page = render_changelog(changes, to="html")
    rule = page[page.index("@media print{") :]
    assert "body{max-width:none;margin:0;padding:0 1px;" in rule
