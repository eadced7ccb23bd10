"""Ninth probe of authoring: a workbook edited as people edit one, then brought back.

Found by exporting InfraCloud's engineering career ladder (five Markdown pages, CC BY 4.0,
github.com/infracloudio/career-ladders) and the two bundled frameworks to the authoring
workbook, editing it in Excel's ways and saving it again with LibreOffice
(``soffice --headless --convert-to xlsx``): the statements quoted below are InfraCloud's,
word for word.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring import read_workbook, write_workbook

INFRACLOUD = (
    "You can derive rough estimates of a task with some variation in accuracy and are working "
    "on improving it."
)


def _framework_sheet_part(path) -> str:
    """The part name of the workbook's 'framework' sheet."""
    wb = load_workbook(path, read_only=True)
    index = wb.sheetnames.index("framework")
    wb.close()
    return f"xl/worksheets/sheet{index + 1}.xml"


def _as_libreoffice_saves(path, out):
    """The workbook with its TRUE/FALSE cell written as LibreOffice writes every boolean."""
    part = _framework_sheet_part(path)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                xml = data.decode()
                xml, n = re.subn(
                    r'<c r="(B\d+)"([^>]*) t="b"><v>([01])</v></c>',
                    lambda m: (
                        f'<c r="{m[1]}"{m[2]} t="b"><f aca="false">'
                        f"{'TRUE' if m[3] == '1' else 'FALSE'}()</f><v>{m[3]}</v></c>"
                    ),
                    xml,
                )
                assert n == 1, xml[:500]  # cumulative: the sheet's one boolean
                data = xml.encode()
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize("framework", ["cis", "wsx"])
def test_a_boolean_saved_by_libreoffice_is_its_value_not_a_formula(tmp_path, framework):
    # LibreOffice saves TRUE as <f>TRUE()</f><v>1</v>: the import refused every workbook only
    # opened and saved in LibreOffice ("a formula (=TRUE()); type the value itself").
    book = write_workbook(framework, tmp_path / "book.xlsx")
    saved = _as_libreoffice_saves(book, tmp_path / "saved.xlsx")
    result = read_workbook(saved)
    assert compkit.diff(framework, result.framework).query("change != 'unchanged'").empty
    assert result.framework.cumulative == compkit.load(framework).cumulative


def test_a_real_formula_is_still_refused(tmp_path):
    book = write_workbook("cis", tmp_path / "book.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    ws["F2"] = '=UPPER("x")'
    wb.save(book)
    with pytest.raises(compkit.CompkitError, match=r"row 2, column 'text': a formula"):
        read_workbook(book)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_imports_unchanged(tmp_path):
    book = write_workbook("wsx", tmp_path / "wsx.xlsx")
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(book)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    result = read_workbook(out / "wsx.xlsx")
    assert compkit.diff("wsx", result.framework).query("change != 'unchanged'").empty


def _infracloud(tmp_path):
    """Two statements of InfraCloud's engineering ladder, one competency at two levels."""
    path = tmp_path / "ic.yaml"
    path.write_text(
        "schema_version: 2\nid: infracloud\ntitle: Engineering career ladder\n"
        "organisation: InfraCloud\nlanguage: en-US\ncumulative: false\nlevels:\n"
        "  - {id: associate-engineer, name: Associate Engineer, rank: 1}\n"
        "  - {id: engineer, name: Engineer, rank: 2}\n"
        "competencies:\n  - id: management\n    name: Management\n    indicators:\n"
        "      - id: management-associate-engineer-1\n        level: associate-engineer\n"
        "        text: You listen carefully to understand the task/request being made and if "
        "some parts are not clear, you ask questions and get clarity on the task.\n"
        "      - id: management-engineer-2\n        level: engineer\n"
        f"        text: {INFRACLOUD}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("framework", ["infracloud", "wsx"])
def test_a_space_typed_after_a_statement_is_no_rewording(tmp_path, framework):
    # A space left after a statement in Excel was kept in the framework file, and the change
    # log listed the statement as "reworded" with no word changed.
    source = _infracloud(tmp_path) if framework == "infracloud" else framework
    book = write_workbook(source, tmp_path / "book.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    column = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, column).value = f"  {ws.cell(2, column).value}  \n"
    wb.save(book)
    result = read_workbook(book)
    old = compkit.load(source)
    first = old.indicator_records[0]
    assert result.framework.indicator(first.id).text == first.text
    assert compkit.diff(old, result.framework).query("change != 'unchanged'").empty


def test_diff_reads_spaces_around_or_between_words_as_no_change(tmp_path):
    path = _infracloud(tmp_path)
    text = path.read_text(encoding="utf-8")
    spaced = tmp_path / "spaced.yaml"
    spaced.write_text(
        text.replace(INFRACLOUD, INFRACLOUD.replace("rough estimates", "rough  estimates")),
        encoding="utf-8",
    )
    assert compkit.load(spaced).indicator("management-engineer-2").text != INFRACLOUD
    changes = compkit.diff(path, spaced)
    assert changes.empty, changes
    reworded = tmp_path / "reworded.yaml"
    reworded.write_text(text.replace("rough estimates", "rough, honest estimates"), "utf-8")
    row = compkit.diff(path, reworded).query("change == 'reworded'").iloc[0]
    assert "{+rough, honest+}" in row["word_diff"]


@pytest.mark.parametrize("framework", ["cis", "wsx"])
def test_csv_tables_saved_by_excel_with_semicolons_import_unchanged(tmp_path, framework):
    # Excel saves "CSV" with the region's list separator, a semicolon in much of Europe (and
    # a byte-order mark in "CSV UTF-8"): every header was one unknown column before.
    import csv
    import io

    folder = compkit.authoring.write_tables(framework, tmp_path / "tables")
    for path in folder.glob("*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    assert ";" in (folder / "indicators.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    imported = compkit.authoring.read_tables(folder)
    assert compkit.diff(framework, imported.framework).empty


@pytest.mark.parametrize("framework", ["infracloud", "cis"])
def test_set_text_and_add_indicator_leave_the_spaces_around_a_statement(tmp_path, framework):
    # The editor's text box (and a pasted line) brings a trailing space or line break: it was
    # kept in the framework file, or refused as "holds a line break".
    from compkit.authoring import add_indicator, set_text

    source = _infracloud(tmp_path) if framework == "infracloud" else framework
    first = compkit.load(source).indicator_records[0]
    with pytest.warns(compkit.errors.CompkitWarning, match="nothing to change"):
        edited = set_text(source, first.id, f" {first.text}\n")
    assert edited.indicator(first.id).text == first.text
    assert compkit.diff(source, edited).empty
    added = add_indicator(source, first.competency, first.level, "You share what you learn. \n")
    assert "You share what you learn." in [i.text for i in added.indicator_records]


CORPUS = Path(__file__).parent / "data" / "corpus"
#: Frameworks of effective and ineffective behaviours: a corpus one and a made-up one.
_POLAR = {
    "hse": CORPUS / "hse-stress-competencies.yaml",
    "behaviours": Path(__file__).parent / "data" / "authoring" / "behaviours.yaml",
}


def _with_new_competency(source, tmp_path):
    """The framework with a competency added in no group, as a workbook row gives it."""
    from compkit.framework import to_dict
    from compkit.framework.build import from_dict

    doc = to_dict(source)
    if not doc.get("groups"):  # InfraCloud's: Management among its Functional Competencies
        doc["groups"] = [{"id": "functional-competencies", "name": "Functional Competencies"}]
        for comp in doc["competencies"]:
            comp["group"] = "functional-competencies"
    level = doc["levels"][0]["id"]
    doc["competencies"].append(
        {
            "id": "core",
            "name": "Core",
            "indicators": [
                {"id": "core-1", "level": level, "text": "You own small features entirely."}
            ],
        }
    )
    return from_dict(doc)


@pytest.mark.parametrize("framework", ["infracloud", "gds"])
def test_the_title_page_lists_a_competency_in_no_group_as_the_grouped_ones(tmp_path, framework):
    # A competency added in no group was a lone bullet "Competency 10: Core" under the
    # groups' lines ("Functional Competencies: 1. Management."), not a line like them.
    import docx

    source = (
        _infracloud(tmp_path) if framework == "infracloud" else CORPUS / "gds-tech-career-path.yaml"
    )
    fw = _with_new_competency(source, tmp_path)
    out = compkit.render(fw, tmp_path / "fw.docx")
    body = docx.Document(out).paragraphs
    start = next(n for n, p in enumerate(body) if p.text.endswith("in this framework"))
    listed = body[start + 1 : next(n for n, p in enumerate(body) if p.text.startswith("Levels,"))]
    n = len(fw.competency_records)
    assert listed[-1].text == f"{n}. Core."
    assert {p.style.name for p in listed} == {body[start + 1].style.name} != {"List Bullet"}


@pytest.mark.parametrize("framework", ["infracloud", "hse"])
def test_a_description_of_several_paragraphs_keeps_them_in_markdown_and_html(tmp_path, framework):
    # A level description typed in two paragraphs (Alt+Enter in the workbook) was one run-on
    # paragraph in Markdown and HTML (Word kept the break).
    from compkit.framework import to_dict
    from compkit.framework.build import from_dict

    if framework == "infracloud":
        doc = to_dict(_infracloud(tmp_path))
        first = "You own small features/areas of a system entirely."
    else:
        doc = to_dict(CORPUS / "hse-stress-competencies.yaml")
        first = doc["levels"][0]["description"]
    second = (
        "As a broad range indicator, your time and energies are roughly split in the "
        "following proportions."
    )
    doc["levels"][0]["description"] = f"{first}\n\n{second}"
    fw = from_dict(doc)
    md = compkit.render(fw, tmp_path / "fw.md", layout="level").read_text("utf-8")
    html = compkit.render(fw, tmp_path / "fw.html", layout="level").read_text("utf-8")
    assert f"\n\n{second}\n\n" in md and f"{first}\n\n" in md
    assert f"<p>{second}</p>" in html


@pytest.mark.parametrize("framework", ["cis", "wsx"])
def test_a_level_added_at_the_foot_with_no_rank_is_the_highest(tmp_path, framework):
    # An author adding a level types its name and leaves the rank: it was refused ("'' is not
    # a whole number"); a level in the middle with no rank still meets the rank below it.
    book = write_workbook(framework, tmp_path / "book.xlsx")
    wb = load_workbook(book)
    ws = wb["levels"]
    top = ws.max_row
    ws.cell(top + 1, 2).value = "Distinguished Engineer"
    wb.save(book)
    result = read_workbook(book)
    new = result.framework.level_records[-1]
    assert (new.name, new.rank) == ("Distinguished Engineer", top)
    assert f"levels row {top + 1}: rank {top} given (the rank was empty)" in result.notes
    ws.insert_rows(3)  # a level put between the first two with no rank meets the second
    ws.cell(3, 2).value = "Level 1.5"
    wb.save(book)
    with pytest.raises(compkit.CompkitError, match="row 4, column 'rank': duplicate level rank 2"):
        read_workbook(book)


def test_carry_forward_takes_the_cross_walk_file_as_the_other_verbs_do(tmp_path):
    # compkit.review_crosswalk and the CLI take a cross-walk's file; carry_forward refused it
    # ("expected the cross-walk as a DataFrame, got str").
    from compkit.authoring import set_text
    from compkit.crosswalk import write_sssom

    new = set_text("cis", "people-l1-1", "I take responsibility for my own wellbeing.")
    by_name = compkit.carry_forward("cis-wsx", "cis", new, side="subject")
    frame = compkit.read_sssom("cis-wsx")
    path = write_sssom(frame, tmp_path / "cis-wsx.sssom.tsv")
    by_path = compkit.carry_forward(path, "cis", new, side="subject")
    by_frame = compkit.carry_forward(frame, "cis", new, side="subject")
    assert by_name.equals(by_frame) and by_path["carry"].tolist() == by_frame["carry"].tolist()
    assert "re-review" in set(by_frame.loc[by_frame.subject_id == "cis:people-l1-1", "carry"])
    with pytest.raises(compkit.CompkitError, match=r"no-such\.sssom\.tsv"):
        compkit.carry_forward(tmp_path / "no-such.sssom.tsv", "cis", new, side="subject")


@pytest.mark.parametrize("framework", ["hse", "behaviours"])
def test_the_change_log_says_which_statements_are_ineffective(tmp_path, framework):
    # In a framework of effective and ineffective behaviours, an ineffective statement added
    # or reworded read in the change log as any other ("Managing workload and resources /
    # Manager: Ignoring staff concerns about workload"): the reader could not tell the side.
    from compkit.authoring import add_indicator, render_changelog, set_text

    path = _POLAR[framework]
    old = compkit.load(path)
    bad = next(i for i in old.indicator_records if i.polarity == "ineffective")
    good = next(i for i in old.indicator_records if i.polarity == "effective")
    new = set_text(path, bad.id, bad.text + " again")
    new = set_text(new, good.id, good.text + " again")
    added = "Ignoring staff concerns about workload"
    new = add_indicator(new, bad.competency, bad.level, added, polarity="ineffective")
    changes = compkit.diff(old, new)
    assert set(changes["new_polarity"]) == {"effective", "ineffective"}
    log = render_changelog(changes, to="md")
    comp, level = old.competency(bad.competency).name, old.level(bad.level).name
    assert f"- {comp} / {level} / ineffective: {bad.text} **again**" in log
    good_at = f"{old.competency(good.competency).name} / {old.level(good.level).name}"
    assert f"- {good_at}: {good.text} **again**" in log
    assert f"- {comp} / {level} / ineffective: {added} (`" in log
    with pytest.raises(compkit.CompkitError, match="polarity"):
        add_indicator(path, bad.competency, bad.level, added, polarity="negative")


@pytest.mark.parametrize("framework", ["hse", "behaviours"])
def test_a_polarity_typed_with_a_capital_is_read_as_the_drop_down_has_it(tmp_path, framework):
    # Excel's list check takes "Ineffective" for "ineffective"; the import refused it.
    path = _POLAR[framework]
    book = write_workbook(path, tmp_path / "book.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    polarity, ident = header.index("polarity") + 1, header.index("id") + 1
    mirrored = {ws.cell(r, header.index("mirrors") + 1).value for r in range(2, ws.max_row + 1)}
    row = next(
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, polarity).value == "effective" and ws.cell(r, ident).value not in mirrored
    )
    ws.cell(row, polarity).value = "Ineffective "
    wb.save(book)
    changes = compkit.diff(path, read_workbook(book).framework)
    assert changes[["change", "new_id", "new_polarity"]].values.tolist() == [
        ["changed", ws.cell(row, ident).value, "ineffective"]
    ]


@pytest.mark.parametrize(
    ("framework", "sheet", "column"),
    [("cis", "competencies", "competency"), ("wsx", "levels", "level")],
)
def test_statements_of_a_deleted_row_say_it_was_deleted(tmp_path, framework, sheet, column):
    # Deleting a competency's (or level's) row left its statements "unknown competency
    # 'brilliant'; expected a competency's id or name (5 competencies declared: ...)".
    book = write_workbook(framework, tmp_path / "book.xlsx")
    wb = load_workbook(book)
    gone = wb[sheet].cell(3, 1).value
    wb[sheet].delete_rows(3)
    wb.save(book)
    with pytest.raises(compkit.CompkitError) as caught:
        read_workbook(book)
    said = str(caught.value)
    assert (
        f"column '{column}': {column} '{gone}' was deleted from the {sheet} sheet; restore its "
        "row there, or delete this row"
    ) in said
    assert f"unknown {column} '{gone}'" not in said


@pytest.mark.parametrize("framework", ["hse", "behaviours"])
def test_the_editor_adds_an_ineffective_behaviour_and_marks_them(tmp_path, framework):
    # The editor listed effective and ineffective statements alike and could only add
    # effective ones: an author revising HSE's negative behaviours could not add one.
    import itertools

    from compkit.authoring import editor

    source = {
        "hse": CORPUS / "hse-stress-competencies.yaml",
        "behaviours": __import__("pathlib").Path(__file__).parent
        / "data"
        / "authoring"
        / "behaviours.yaml",
    }[framework]
    path = shutil.copy(source, tmp_path / "fw.yaml")
    ed = editor(path)
    bad = next(i for i in ed.framework.indicator_records if i.polarity == "ineffective")
    ed.competency.value, ed.level.value = bad.competency, bad.level
    labels = dict((v, k) for k, v in ed.statements.options)
    assert labels[bad.id].endswith(f"{bad.text} (ineffective)")
    assert ed.side in itertools.chain.from_iterable(
        getattr(c, "children", ()) for c in ed.widget.children
    )
    ed.text.value = "Ignoring staff concerns about workload"
    ed.side.value = "ineffective"
    ed.buttons["add"].click()
    ed.save()
    added = [i for i in compkit.load(path).indicator_records if i.text == ed.text.value]
    assert [i.polarity for i in added] == ["ineffective"]


def test_the_editor_shows_no_side_where_every_statement_is_effective():
    from compkit.authoring import editor

    ed = editor("cis")
    shown = [getattr(c, "children", ()) for c in ed.widget.children]
    assert not any(ed.side in row for row in shown)
    assert not any(k.endswith("(ineffective)") for k, _ in ed.statements.options)


def test_every_text_of_a_row_leaves_its_spaces_around_it(tmp_path):
    # The statement lost the spaces typed around it, its repair note kept them (found by the
    # round-trip property of tests/test_workbook.py).
    from compkit.framework import to_dict

    book = write_workbook("cis", tmp_path / "book.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    for column, value in (("repair_kind", "joined-wrapped-lines"), ("repair_note", " joined ")):
        ws.cell(2, header.index(column) + 1).value = value
    wb.save(book)
    first = to_dict(read_workbook(book).framework)["competencies"][0]["indicators"][0]
    assert first["repair"] == {"kind": "joined-wrapped-lines", "note": "joined"}


@pytest.mark.parametrize("framework", ["cis", "wsx"])
def test_import_onto_a_framework_file_says_what_changed_in_it(tmp_path, capsys, framework):
    # The import named the new and deleted statements only: a reworded one went unsaid.
    from compkit.cli import main

    target = tmp_path / "fw.yaml"
    shutil.copy(compkit.load(framework).path, target)
    book = write_workbook(framework, tmp_path / "book.xlsx")
    assert main(["import", str(book), "-o", str(target)]) == 0
    assert "  changes to fw.yaml: none\n" in capsys.readouterr().err
    wb = load_workbook(book)
    ws = wb["indicators"]
    text = [c.value for c in ws[1]].index("text") + 1
    ws.cell(2, text).value = ws.cell(2, text).value.rstrip(".") + " every day."
    wb.save(book)
    assert main(["import", str(book), "-o", str(target)]) == 0
    said = capsys.readouterr().err
    assert "  changes to fw.yaml: 1 statement reworded (compkit diff lists them)\n" in said
