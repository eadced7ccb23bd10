"""Probe 20 E: an author's leftovers (a line break kept in a workbook cell, roles with no statements)."""

import yaml

import compkit
from compkit.cli import main
from compkit.framework.io import to_dict

TWO = "Plans the team's work.\nReviews it with them."  # one statement over two lines


def _with_text(tmp_path, text: str):
    """CiS as a framework file whose first statement is ``text``; its path and that id."""
    doc = to_dict(compkit.load("cis"))
    first = doc["competencies"][0]["indicators"][0]
    first["text"] = text
    path = tmp_path / "cis-two.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, first["id"]


def _book_with(tmp_path, text: str):
    """The CiS workbook with its first statement cell retyped as ``text``; the book and the id."""
    from openpyxl import load_workbook

    book = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    wb = load_workbook(book)
    ws = wb["indicators"]
    column = [c.value for c in ws[1]].index("text") + 1
    ident = ws.cell(2, 1).value
    ws.cell(2, column).value = text
    wb.save(book)
    return book, ident


def test_a_statement_over_two_sentence_lines_comes_back_from_its_workbook_whole(tmp_path):
    path, ident = _with_text(tmp_path, TWO)
    book = compkit.authoring.write_workbook(path, tmp_path / "two.xlsx")
    result = compkit.import_file(book)
    assert result.framework.indicator(ident).text == TWO  # was 'Plans the team's work.'
    assert len(result.framework.indicator_records) == 62  # was 63: split in two
    assert result.notes == ()  # nothing guessed, nothing to say


def test_the_workbook_marks_the_kept_line_break_and_its_read_me_says_why(tmp_path):
    from openpyxl import load_workbook

    path, _ = _with_text(tmp_path, TWO)
    wb = load_workbook(compkit.authoring.write_workbook(path, tmp_path / "two.xlsx"))
    ws = wb["indicators"]
    column = [c.value for c in ws[1]].index("text") + 1
    assert ws.cell(2, column).value == "Plans the team's work.\\\nReviews it with them."
    help_text = [r[2] for r in wb["Read me"].iter_rows(values_only=True) if r[1] == "text"]
    assert any(
        "A line ending in a backslash (\\) keeps its line break" in (t or "") for t in help_text
    )


def test_a_workbook_with_no_kept_line_break_says_nothing_of_backslashes(tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx"))
    assert not any(
        "backslash" in str(v) for r in wb["Read me"].iter_rows(values_only=True) for v in r
    )
    ws = wb["indicators"]
    column = [c.value for c in ws[1]].index("text") + 1
    assert ws.cell(2, column).value == compkit.load("cis").indicator_records[0].text


def test_a_reviewer_keeps_a_line_break_by_ending_the_line_with_a_backslash(tmp_path):
    book, ident = _book_with(tmp_path, "Plans the team's work. \\\nReviews it with them.")
    result = compkit.import_file(book)
    assert result.framework.indicator(ident).text == TWO  # was kept with its backslash, noted
    assert len(result.framework.indicator_records) == 62
    assert result.notes == ()


def test_a_cell_with_one_kept_break_and_one_plain_splits_only_at_the_plain(tmp_path):
    book, ident = _book_with(tmp_path, TWO.replace("\n", "\\\n") + "\nAsks for help.")
    result = compkit.import_file(book)
    fw = result.framework
    cell = [
        i.text
        for i in fw.indicator_records
        if (i.competency, i.level) == (fw.indicator(ident).competency, fw.indicator(ident).level)
    ]
    assert cell[:2] == [TWO, "Asks for help."]
    assert len(result.notes) == 1
    note = result.notes[0]
    assert "the cell's 2 lines each read as a statement" in note
    assert "(\"Plans the team's work.\\nReviews it with them.\" / 'Asks for help.')" in note


def test_csv_tables_keep_the_line_break_too(tmp_path, capsys):
    path, ident = _with_text(tmp_path, TWO)
    folder = compkit.authoring.write_tables(path, tmp_path / "t")
    assert "work.\\\nReviews" in (folder / "indicators.csv").read_text(encoding="utf-8-sig")
    out = tmp_path / "back.yaml"
    assert main(["import", str(folder), "-o", str(out)]) == 0
    capsys.readouterr()
    assert compkit.load(out).indicator(ident).text == TWO


def test_a_backslash_ending_a_line_of_the_statement_itself_survives(tmp_path):
    text = "Saves files under C:\\\nand keeps a copy"  # the statement's own backslash
    path, ident = _with_text(tmp_path, text)
    book = compkit.authoring.write_workbook(path, tmp_path / "own.xlsx")
    assert compkit.import_file(book).framework.indicator(ident).text == text


ROLES_ONLY = """\
schema_version: 1
id: grades
title: Grade profiles
organisation: Example Agency
levels:
  - {id: l1, name: Level 1, rank: 1}
  - {id: l2, name: Level 2, rank: 2}
competencies:
  - {id: communication, name: Communication, indicators: []}
  - {id: planning, name: Planning, indicators: []}
roles:
  - {id: gs-01, name: GS-01-04, requires: {communication: l1, planning: l1}}
  - {id: gs-05, name: GS-05-07, requires: {communication: l2, planning: l1}}
"""


def test_an_author_keeps_role_profiles_before_any_statement_is_written(tmp_path, capsys):
    path = tmp_path / "grades.yaml"
    path.write_text(ROLES_ONLY, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "0 indicators, 2 roles" in capsys.readouterr().out
    for fmt in ("xlsx", "json"):
        out = tmp_path / f"grades.{fmt}"
        args = ["export", str(path), "-o", str(out)] + (["--to", "case"] if fmt == "json" else [])
        assert main(args) == 0
        back = tmp_path / f"back-{fmt}.yaml"
        assert main(["import", str(out), "-o", str(back), "--force"]) == 0
        assert main(["diff", str(path), str(back)]) == 0
        roles = compkit.load(back).roles
        assert roles.groupby("role")["level_name"].apply(list).to_dict() == {
            "GS-01-04": ["Level 1", "Level 1"],
            "GS-05-07": ["Level 2", "Level 1"],
        }
    md = tmp_path / "grades.md"
    assert main(["render", str(path), "-o", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "| Communication | Level 1 | Level 2 |" in text, text
    assert "No statements yet at levels Level 1 and Level 2." in text


GROUPED = """\
schema_version: 1
id: grouped
title: Grouped
organisation: Example Agency
levels:
  - {id: l1, name: Foundation, rank: 1}
groups:
  - {id: delivery, name: Delivery}
  - {id: people, name: People}
  - {id: craft, name: Craft}
competencies:
  - {id: planning, name: Planning, group: delivery, indicators: [{id: p1, level: l1, text: Plans work.}]}
  - {id: coaching, name: Coaching, group: people, indicators: [{id: c1, level: l1, text: Coaches others.}]}
  - {id: testing, name: Testing, group: craft, indicators: [{id: t1, level: l1, text: Writes tests.}]}
  - {id: review, name: Review, group: craft, indicators: [{id: r1, level: l1, text: Reviews code.}]}
"""


def _headings(docx_bytes: bytes, side: str) -> list[str]:
    """A redline's headings as Word shows them after Reject All (old) or Accept All (new)."""
    import io

    import docx

    body = docx.Document(io.BytesIO(docx_bytes)).element.body
    w = "{" + body.nsmap["w"] + "}"
    dropped = w + ("ins" if side == "old" else "del")
    out = []
    for para in body.iter(w + "p"):
        style = para.find(f"{w}pPr/{w}pStyle")
        if style is None or style.get(w + "val") not in ("Heading1", "Heading2"):
            continue  # groups and competencies
        text = "".join(
            t.text
            for t in para.iter(w + "t", w + "delText")
            if not any(up.tag == dropped for up in t.iterancestors())
        ).strip()
        if text:
            out.append(f"{style.get(w + 'val')}:{text}")
    return out


def _folded(tmp_path, moves: dict[str, str]):
    """The grouped framework and a new version without the group Craft, its competencies moved."""
    old = tmp_path / "old.yaml"
    old.write_text(GROUPED, encoding="utf-8")
    doc = yaml.safe_load(GROUPED)
    doc["groups"] = [g for g in doc["groups"] if g["id"] != "craft"]
    for comp in doc["competencies"]:
        comp["group"] = moves.get(comp["id"], comp["group"])
    return old, compkit.framework.build.from_dict(doc)


def test_a_group_folded_into_the_one_before_is_struck_above_its_competencies(tmp_path):
    old, new = _folded(tmp_path, {"testing": "people", "review": "people"})
    redline = compkit.authoring.render_redline(old, new)
    # Reject All gives the old version back: Craft over Testing and Review (was: after them)
    assert _headings(redline, "old")[-3:] == [
        "Heading1:Craft",
        "Heading2:Testing",
        "Heading2:Review",
    ]
    new_side = _headings(redline, "new")
    assert new_side[-4:] == [
        "Heading1:People",
        "Heading2:Coaching",
        "Heading2:Testing",
        "Heading2:Review",
    ]


def test_a_group_whose_competencies_went_two_ways_is_struck_where_it_stood(tmp_path):
    old, new = _folded(tmp_path, {"testing": "delivery", "review": "people"})
    redline = compkit.authoring.render_redline(old, new)
    assert _headings(redline, "old")[-1] == "Heading1:Craft"  # after the last group, as before


def test_a_removed_role_is_struck_out_where_it_stood(tmp_path):
    doc = to_dict(compkit.load("cis"))
    doc["roles"].append({"id": "officer", "name": "Officer", "requires": {"people": "l1"}})
    old = compkit.framework.build.from_dict(doc)
    doc["roles"] = doc["roles"][1:]  # the Senior Officer, first of the two, removed
    redline = compkit.authoring.render_redline(old, compkit.framework.build.from_dict(doc))
    roles = _headings(redline, "old")[-2:]
    assert roles == ["Heading2:Senior Officer", "Heading2:Officer"]  # was after Officer
    assert _headings(redline, "new")[-1] == "Heading2:Officer"


def test_a_level_named_level_n_is_not_said_twice_in_the_change_log():
    doc = to_dict(compkit.load("cis"))
    doc["levels"].append({"id": "l5", "name": "Level 5", "rank": 5})
    new = compkit.framework.build.from_dict(doc)
    log = compkit.authoring.render_changelog(compkit.diff("cis", new))
    assert "- Level 5: the highest, above Level 4" in log  # was "- Level Level 5: ..."
    assert "Level Level" not in compkit.authoring.render_changelog(
        compkit.diff("cis", new), to="html"
    )
