"""Probe 19 H2: an author's leftovers (carry's side, a removed group's place, a cell's lines)."""

import pandas as pd
import pytest

import compkit
from compkit.cli import main
from compkit.errors import UsageError


def test_carry_finds_the_side_whose_ids_are_the_old_versions(capsys, tmp_path):
    out = tmp_path / "carried.sssom.tsv"
    assert main(["carry", "cis-wsx", "cis", "cis", "-o", str(out)]) == 0  # was exit 2: --side
    assert capsys.readouterr().err == f"wrote {out}: 426 pairs (426 kept)\n"
    carried = compkit.carry_forward("cis-wsx", "cis", "cis", side=None)
    assert set(carried["carry"]) == {"kept"}


def test_carry_side_given_still_overrides(capsys, tmp_path):
    out = tmp_path / "carried.sssom.tsv"
    assert main(["carry", "cis-wsx", "cis", "cis", "--side", "object", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is a statement of CiS (cis); expected the old version of the objects' framework" in err
    assert not out.exists()


def _both_sides_wsx() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "subject_id": ["wsx:qualities-core-1"],
            "predicate_id": ["skos:closeMatch"],
            "object_id": ["wsx:qualities-core-2"],
            "mapping_justification": ["semapv:ManualMappingCuration"],
        }
    )


def test_carry_when_both_sides_could_be_the_old_version_asks_for_the_side(tmp_path):
    with pytest.raises(UsageError) as caught:
        compkit.carry_forward(_both_sides_wsx(), "wsx", "wsx", side=None)
    assert str(caught.value) == (
        "the cross-walk's subjects and objects both could be WSX Mind (wsx): their ids name its "
        "statements, and nothing tells which is the old version; expected side='subject' or "
        "side='object' (on the command line --side subject or --side object)"
    )
    carried = compkit.carry_forward(_both_sides_wsx(), "wsx", "wsx", side="subject")
    assert carried["carry"].tolist() == ["kept"]


def test_carry_cli_ambiguous_is_one_line_exit_2(capsys, tmp_path):
    from compkit.crosswalk.sssom import write_sssom

    path = write_sssom(_both_sides_wsx(), tmp_path / "self.sssom.tsv")
    out = tmp_path / "carried.sssom.tsv"
    assert main(["carry", str(path), "wsx", "wsx", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "--side subject or --side object" in err and not out.exists()


def test_carry_prefix_tells_two_versions_apart():
    """Both sides' ids are the old version's statements; only the subject's prefix names it."""
    pairs = _both_sides_wsx().assign(object_id=["wsx2:qualities-core-2"])
    doc = compkit.framework.to_dict("wsx")
    doc["id"] = "wsx2"
    pairs.loc[0, "subject_id"] = "wsx:qualities-core-1"
    new = compkit.framework.build.from_dict(doc)
    carried = compkit.carry_forward(pairs, "wsx", new, side=None)
    assert carried["subject_id"].tolist() == ["wsx2:qualities-core-1"]
    assert carried["object_id"].tolist() == ["wsx2:qualities-core-2"]


def _grouped(groups: dict[str, str], of: dict[str, str]):
    """A self-written framework: a statement per competency, ``of`` its group (``groups``)."""
    from compkit.framework import from_dict

    return from_dict(
        {
            "schema_version": 1,
            "id": "grouped",
            "title": "Grouped Test Framework",
            "organisation": "Probe Works",
            "levels": [{"id": "one", "name": "Level One", "rank": 1}],
            "groups": [{"id": gid, "name": name} for gid, name in groups.items()],
            "competencies": [
                {
                    "id": comp,
                    "name": comp.capitalize(),
                    "group": group,
                    "indicators": [{"id": f"{comp}-1", "level": "one", "text": f"Shows {comp}."}],
                }
                for comp, group in of.items()
            ],
        }
    )


def _group_heads(data: bytes) -> list[tuple[str, str]]:
    """Each group heading of a redline: ("same", name), ("del", name) or ("ins", name)."""
    import io

    import docx

    out = []
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        if para.style.name != "Heading 1" or para.text in ("Levels", "Role profiles"):
            continue
        dels = "".join(t.text for t in para._p.xpath(".//w:del//w:delText"))
        ins = "".join(t.text for t in para._p.xpath(".//w:ins//w:t"))
        out.append(
            ("del", dels) if dels and not ins else ("ins", ins) if ins else ("same", para.text)
        )
    return out


@pytest.mark.parametrize("spare_had", [None, "bravo"])
def test_a_removed_group_is_struck_out_where_it_stood(spare_had):
    """'Spare' stood between People and Work: empty, or its one competency moved to Work."""
    from compkit.authoring import render_redline

    groups = {"people": "People", "spare": "Spare", "work": "Work"}
    old_of = {"alpha": "people", "bravo": spare_had and "spare", "charlie": "work"}
    old = _grouped(groups, {k: v or "work" for k, v in old_of.items()})
    new = _grouped(
        {"people": "People", "work": "Work"},
        {"alpha": "people", "bravo": "work", "charlie": "work"},
    )
    assert _group_heads(render_redline(old, new)) == [
        ("same", "People"),
        ("del", "Spare"),  # was after Work, the last group
        ("same", "Work"),
    ]


def test_removed_groups_first_and_last_stand_first_and_last():
    from compkit.authoring import render_redline

    old = _grouped(
        {"intro": "Intro", "people": "People", "work": "Work", "coda": "Coda"},
        {"alpha": "people", "charlie": "work"},
    )
    new = _grouped({"people": "People", "work": "Work"}, {"alpha": "people", "charlie": "work"})
    assert _group_heads(render_redline(old, new)) == [
        ("del", "Intro"),
        ("same", "People"),
        ("same", "Work"),
        ("del", "Coda"),
    ]


def _book_with(tmp_path, texts: dict[int, str]):
    """The CiS workbook with the statement cells of ``texts`` (row -> text) retyped."""
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    column = [c.value for c in ws[1]].index("text") + 1
    ids = {row: ws.cell(row, 1).value for row in texts}
    for row, text in texts.items():
        ws.cell(row, column).value = text
    wb.save(book)
    return book, ids


def _cell(fw, ident):
    ind = fw.indicator(ident)
    return [
        i.text
        for i in fw.indicator_records
        if (i.competency, i.level) == (ind.competency, ind.level)
    ]


def test_two_sentences_typed_in_one_cell_are_two_statements_said_in_a_note(tmp_path):
    book, ids = _book_with(tmp_path, {2: "Plans work.\nReviews it."})
    result = compkit.import_file(book)
    fw = result.framework
    assert len(fw.indicator_records) == 63  # was 62: the two read as one
    assert fw.indicator(ids[2]).text == "Plans work."  # was 'Plans work.\nReviews it.'
    assert _cell(fw, ids[2])[:2] == ["Plans work.", "Reviews it."]
    assert fw.indicator(ids[2]).source is not None  # the first keeps the row's place
    assert result.added == ("people-l1-4",)  # the second a new statement, after the first
    assert result.notes == (
        f"{book}: sheet 'indicators', row 2, column 'text': the cell's 2 lines each read as a "
        "statement ('Plans work.' / 'Reviews it.'), imported as 2 statements in this order, the "
        "first keeping the row's id, the others new; to keep them one statement, end each line "
        "but the last with a backslash (\\) or write it on one line in the cell, and import "
        "again",
    )


def test_bullets_typed_in_one_cell_are_statements_their_marks_said(tmp_path):
    book, ids = _book_with(tmp_path, {3: "- Listens to others\n- Asks for help"})
    result = compkit.import_file(book)
    assert _cell(result.framework, ids[3])[1:3] == ["Listens to others", "Asks for help"]
    assert "their list marks left out" in result.notes[0]
    assert "('- Listens to others' / '- Asks for help')" in result.notes[0]


def test_a_wrapped_statement_stays_one_with_its_line_break_and_is_said(tmp_path):
    wrapped = "Builds relationships with colleagues across the\norganisation and partners"
    book, ids = _book_with(tmp_path, {2: wrapped})
    result = compkit.import_file(book)
    assert len(result.framework.indicator_records) == 62
    assert result.framework.indicator(ids[2]).text == wrapped  # nothing joined or lost
    assert result.notes == (
        f"{book}: sheet 'indicators', row 2, column 'text': the statement runs over 2 lines "
        "('Builds relationships with colleagues across the' / 'organisation and partners'), "
        "read as one statement wrapped by hand, its line breaks kept (a document prints each "
        "as a space); if the lines are statements of their own, end each with a full stop or "
        "start each with '- ', or give each a row",
    )


def test_csv_tables_and_the_cli_say_a_cells_lines_too(tmp_path, capsys):
    folder = compkit.authoring.write_tables("cis", tmp_path / "t")
    path = folder / "indicators.csv"
    text = path.read_text(encoding="utf-8-sig")
    first = compkit.load("cis").indicator_records[0].text
    path.write_text(text.replace(first, "Plans work.\r\nReviews it.", 1), encoding="utf-8")
    out = tmp_path / "cis.yaml"
    assert main(["import", str(folder), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 new (people-l1-4)" in err
    assert f"  {folder}: sheet 'indicators', row 2, column 'text': the cell's 2 lines" in err
    texts = [i.text for i in compkit.load(out).indicator_records]
    assert texts[:2] == ["Plans work.", "Reviews it."]


@pytest.mark.parametrize(
    "text",
    [
        "Plans work\nReviews it",  # no full stop: could be a line wrapped before a name
        "Plans work.\nreviews it.",  # the second opens in lower case
        "You can:\n- plan work",  # a stem over a bullet
        "two\r\nlines, a tab\there",  # test_workbook's awkward text
    ],
)
def test_lines_that_do_not_each_read_as_a_statement_stay_one(text):
    from compkit.authoring._cell_lines import read_lines

    assert read_lines(text)[0] == "wrapped"
