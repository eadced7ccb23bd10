"""Eleventh probe of authoring: what an author types into the workbook, and what a review sees.

Found by drafting revisions of two frameworks compkit had not seen, each taken through the
workbook, LibreOffice, ``compkit import``, ``diff`` and the Word documents:

- Rent the Runway's engineering ladder, the public Google Sheet "Software Development/Leadership
  Ladder, multi-track, public" (levels Engineer I and Engineer II, competencies Technical Skill,
  G(et)S(tuff)D(one), Impact and Communication & Leadership; no licence stated, a few statements
  quoted for testing);
- the United Nations core values as quoted by "Blue Helmets' Core Values and Core Competencies"
  (peacekeeper.design.blog, 29 April 2020): Integrity and Professionalism, each with its stem
  ("In acting with Integrity, the Peacekeeper:"), in a group "Core values";

and proved again on the GDS technology career path in the corpus (Open Government Licence;
groups, and cells left blank by the publisher). What was wrong: a group added on the groups
sheet and typed by its name in a competency's ``group`` cell was refused as an invalid id; a
cell the author marked undefined (or defined again) was "no changes" to ``diff`` and invisible in
the redline; the Word footer printed "2 of 2" larger than "Page"; the redline opened with
"(organisation not stated)." when the source named none; an empty statement typed in the
editor was refused with the validator's document path ("at competencies[2].indicators[1].text").
The texts quoted below are theirs, word for word.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import compkit
from compkit.authoring import diff, read_workbook, render_docx, render_redline, write_workbook
from compkit.authoring.edits import add_indicator
from compkit.framework import to_dict
from compkit.framework.build import from_dict

GDS = Path(__file__).parent / "data" / "corpus" / "gds-tech-career-path.yaml"


def _un() -> compkit.Framework:
    integrity = [
        "upholds the principles of the United Nations Charter",
        "acts without consideration of personal gain",
        "does not abuse power or authority",
    ]
    professionalism = [
        "Show pride in work and in achievements",
        "remain calm in stressful situations",
    ]

    def comp(ident, name, stem, texts):
        return {
            "id": ident,
            "name": name,
            "group": "core-values",
            "stem": stem,
            "indicators": [
                {"id": f"{ident}-{n}", "level": "all-levels", "text": t}
                for n, t in enumerate(texts, 1)
            ],
        }

    return from_dict(
        {
            "schema_version": 2,
            "id": "un-core-values",
            "title": "UN Core Values and Core Competencies",
            "organisation": "(organisation not stated)",
            "language": "en-US",
            "levels": [{"id": "all-levels", "name": "All levels", "rank": 1}],
            "groups": [{"id": "core-values", "name": "Core values"}],
            "competencies": [
                comp(
                    "integrity",
                    "Integrity",
                    "In acting with Integrity, the Peacekeeper:",
                    integrity,
                ),
                comp(
                    "professionalism",
                    "Professionalism",
                    "Behaving with Professionalism, the Peacekeeper will:",
                    professionalism,
                ),
            ],
        }
    )


def _rtr() -> compkit.Framework:
    cells = {
        ("technical-skill", "Technical Skill"): (
            ["Broad knowledge of core CS concepts."],
            ["Participates in technical design of features with guidance"],
        ),
        ("gsd", "G(et)S(tuff)D(one)"): (
            ["Capable of taking well-defined sub-tasks and completing these tasks"],
            [
                "Makes steady progress on tasks; knows when to ask for help in order to get "
                "themselves unblocked"
            ],
        ),
        ("communication-leadership", "Communication & Leadership"): (
            ["Effective in communicating status to the team"],
            ["Gives timely, helpful feedback to peers and managers"],
        ),
    }
    comps = []
    for (ident, name), (one, two) in cells.items():
        inds = [
            {"id": f"{ident}-{lv}-{n}", "level": lv, "text": t}
            for lv, texts in (("engineer-i", one), ("engineer-ii", two))
            for n, t in enumerate(texts, 1)
        ]
        comps.append({"id": ident, "name": name, "indicators": inds})
    return from_dict(
        {
            "schema_version": 2,
            "id": "rtr-ladder",
            "title": "Software Development/Leadership Ladder",
            "organisation": "Rent the Runway",
            "language": "en-US",
            "levels": [
                {"id": "engineer-i", "name": "Engineer I (<1-2)", "rank": 1},
                {"id": "engineer-ii", "name": "Engineer II (2-6+)", "rank": 2},
                {"id": "senior-engineer-i", "name": "Senior Engineer I", "rank": 3},
            ],
            "competencies": comps,
        }
    )


def _edited(tmp_path, framework, edit):
    book = write_workbook(framework, tmp_path / "book.xlsx")
    wb = load_workbook(book)
    edit(wb)
    wb.save(book)
    return read_workbook(book)


# -- 1: a group (or value, or level) typed by its name in a competency's row --------------------


def _new_group(name: str, competency: str, *, group_row=None):
    def edit(wb):
        if group_row is None:
            wb["groups"].append([None, name])  # a new group: its name, no id
        for row in wb["competencies"].iter_rows(min_row=2):
            if row[1].value == competency:
                row[3].value = name  # the 'group' column, typed by name

    return edit


def test_a_new_group_typed_by_its_name_is_read_un_core_values(tmp_path):
    def edit(wb):
        wb["groups"].append([None, "Core competencies"])
        wb["competencies"].append([None, "Communication", None, "Core competencies"])

    result = _edited(tmp_path, _un(), edit)
    fw = result.framework
    assert fw.competency("communication").group == "core-competencies"
    assert {g.id: g.name for g in fw.group_records}["core-competencies"] == "Core competencies"
    assert (
        "competencies row 4: group 'Core competencies' → 'core-competencies', by its name"
        in result.notes
    )


def test_an_existing_group_typed_by_its_name_moves_the_competency_gds(tmp_path):
    # the name in any case, and a group name holding a comma
    edit = _new_group("Leading, managing and developing", "Building software as a team")
    before = compkit.load(GDS)
    result = _edited(tmp_path, before, edit)
    ident = before.competency("Building software as a team").id
    assert result.framework.competency(ident).group == "leading-managing-and-developing"
    moved = _edited(
        tmp_path, before, _new_group("technical SKILLS", "Building software as a team", group_row=0)
    )
    assert moved.framework.competency(ident).group == "technical-skills"
    log = diff(before, moved.framework)
    assert log[log["item"] == "competency"]["note"].tolist() == [
        "moved from Working practices to Technical skills"
    ]


def test_a_group_name_naming_no_group_says_which_groups_there_are(tmp_path):
    with pytest.raises(compkit.WorkbookError) as caught:
        _edited(tmp_path, _un(), _new_group("Core valeus", "Integrity", group_row=0))
    assert (
        "sheet 'competencies', row 2, column 'group': unknown group 'Core valeus'; expected a "
        "group's id or name (1 group declared: core-values (Core values))" in str(caught.value)
    )


# -- 2: cells left undefined, or defined again, are changes ------------------------------------


def _undefine(competency: str, level: str, polarity: str | None):
    def edit(wb):
        wb["undefined"].append([competency, level, polarity, "not defined at this level"])

    return edit


@pytest.mark.parametrize(
    ("framework", "cell", "ident", "said"),
    [
        (
            _rtr,
            ("Communication & Leadership", "Senior Engineer I", None),
            "communication-leadership",
            "Senior Engineer I",
        ),
        (  # the UN's indicators list no ineffective behaviours: the author says so
            _un,
            ("Integrity", "All levels", "ineffective"),
            "integrity",
            "All levels (ineffective side)",
        ),
    ],
)
def test_a_cell_marked_undefined_in_the_workbook_is_in_the_change_log(
    tmp_path, framework, cell, ident, said
):
    before = framework()
    after = _edited(tmp_path, before, _undefine(*cell)).framework
    log = diff(before, after)
    assert log[["item", "change", "new_id", "note"]].values.tolist() == [
        ["competency", "changed", ident, f"left undefined at {said}"]
    ]
    back = diff(after, before)
    assert back["note"].tolist() == [f"no longer undefined at {said}"]


def test_gds_cells_defined_again_and_a_note_reworded_are_changes(tmp_path):
    before = compkit.load(GDS)

    def edit(wb):
        sheet = wb["undefined"]
        for row in list(sheet.iter_rows(min_row=2)):
            if row[0].value == "prioritising-your-time" and row[1].value == "junior":
                sheet.delete_rows(row[0].row)
                break
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == "working-independently" and row[1].value == "mid":
                row[3].value = "not expected at this level"

    after = _edited(tmp_path, before, edit).framework
    notes = diff(before, after).set_index("new_id")["note"].to_dict()
    assert notes == {
        "prioritising-your-time": "no longer undefined at Junior level",
        "working-independently": "note on the undefined cell at Mid level changed",
    }


def test_the_redline_says_a_cell_left_undefined_in_a_comment():
    before = _rtr()
    data = to_dict(before)
    data["competencies"][2]["undefined"] = [{"level": "senior-engineer-i"}]
    after = from_dict(data)
    comments = _part(render_redline(before, after), "word/comments.xml")
    assert "Left undefined at Senior Engineer I" in comments


# -- 3: the Word documents' footers and the redline's opening ------------------------------------


def _part(docx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return z.read(name).decode()


@pytest.mark.parametrize("framework", [_rtr, _un])
def test_the_footer_prints_in_one_size_page_fields_too(framework):
    import docx

    document = docx.Document(io.BytesIO(render_docx(framework())))
    footer = document.sections[0].footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and "NUMPAGES" in footer._p.xml
    sizes = {run.font.size.pt if run.font.size else None for run in footer.runs}
    assert sizes == {8.0}  # "2 of 9" was the body's 10 pt beside "Page" in 8 pt


def test_the_redline_names_no_placeholder_organisation_and_counts_its_pages():
    import docx

    before = _un()
    ineffective = "abuses power or authority"  # the author's words
    after = add_indicator(before, "integrity", "all-levels", ineffective, polarity="ineffective")
    document = docx.Document(io.BytesIO(render_redline(before, after)))
    opening = document.paragraphs[1].text
    assert opening.startswith("Changes since the previous version: 1 statement added.")
    assert "organisation not stated" not in opening
    assert "NUMPAGES" in document.sections[0].footer.paragraphs[0]._p.xml
    rtr = docx.Document(io.BytesIO(render_redline(_rtr(), _rtr())))
    assert rtr.paragraphs[1].text.startswith("Rent the Runway. Changes since")


# -- 4: an empty statement typed in the editor -------------------------------------------------


@pytest.mark.parametrize("framework", [_rtr, _un])
def test_an_empty_statement_is_refused_in_words_not_by_its_document_path(framework):
    fw = framework()
    comp, level = fw.competency_ids[0], fw.level_ids[0]
    with pytest.raises(compkit.UsageError) as caught:
        add_indicator(fw, comp, level, "   ")
    assert str(caught.value) == "add_indicator: the statement is empty; expected its words"


# -- 5: competencies merged and split are said so in the change log ---------------------------


def _merge(data: dict, gone: str, into: str) -> dict:
    comps = {c["id"]: c for c in data["competencies"]}
    comps[into]["indicators"] += comps[gone]["indicators"]
    data["competencies"].remove(comps[gone])
    return data


def _split(data: dict, source: str, new_id: str, new_name: str, take: int = 1) -> dict:
    comp = next(c for c in data["competencies"] if c["id"] == source)
    moved, comp["indicators"] = comp["indicators"][-take:], comp["indicators"][:-take]
    extra = {"id": new_id, "name": new_name, "indicators": moved}
    if comp.get("group"):
        extra["group"] = comp["group"]
    data["competencies"].append(extra)
    return data


@pytest.mark.parametrize(
    ("framework", "gone", "into", "said"),
    [
        (_rtr, "gsd", "technical-skill", "merged into Technical Skill"),
        (
            lambda: compkit.load(GDS),
            "pair-programming",
            "building-software-as-a-team",
            "merged into Building software as a team",
        ),
    ],
)
def test_a_competency_merged_into_another_is_said_merged(framework, gone, into, said):
    before = framework()
    after = from_dict(_merge(to_dict(before), gone, into))
    log = diff(before, after)
    removed = log[(log["item"] == "competency") & (log["change"] == "removed")]
    assert removed[["old_id", "note"]].values.tolist() == [[gone, said]]
    assert set(log["change"]) == {"moved", "removed"}  # its statements moved, none removed


@pytest.mark.parametrize(
    ("framework", "source", "said"),
    [
        (_rtr, "communication-leadership", "split from Communication & Leadership"),
        (
            lambda: compkit.load(GDS),
            "building-software-as-a-team",
            "split from Building software as a team",
        ),
    ],
)
def test_a_competency_split_off_another_is_said_split(framework, source, said):
    before = framework()
    after = from_dict(_split(to_dict(before), source, "new-part", "New part"))
    log = diff(before, after)
    added = log[(log["item"] == "competency") & (log["change"] == "added")]
    assert added[["new_id", "note"]].values.tolist() == [["new-part", said]]
    # a competency added with statements of its own is no split
    data = to_dict(before)
    data["competencies"].append(
        {"id": "mentoring", "name": "Mentoring", "indicators": [
            {"id": "mentoring-1", "level": data["levels"][0]["id"], "text": "Mentors others."}
        ]}
    )  # fmt: skip
    log = diff(before, from_dict(data))
    assert log[log["item"] == "competency"]["note"].tolist() == [""]


# -- 6: a folder with no CSV tables given to import --------------------------------------------


def test_a_folder_without_csv_tables_is_one_message_naming_the_workbook_in_it(tmp_path, capsys):
    from compkit.cli import main

    folder = tmp_path / "drafts"
    folder.mkdir()
    write_workbook(_un(), folder / "un-v2.xlsx")  # the author saved the workbook in a folder
    assert main(["import", str(folder), "-o", str(tmp_path / "un.yaml")]) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [
        f"compkit: error: {folder}: no CSV tables here; expected the folder 'compkit export "
        "--to tables' wrote; it holds un-v2.xlsx: import it"
    ]  # was one "missing sheet" line for each of four tables


# -- 7: a table's header row is never left alone at a page's foot --------------------------------

HSE = Path(__file__).parent / "data" / "corpus" / "hse-stress-competencies.yaml"


@pytest.mark.parametrize("framework", [_rtr, lambda: compkit.load(HSE)])
def test_a_tables_header_row_keeps_with_its_first_row(framework):
    """HSE's 'Competency 11: Managing conflict' printed its heading and header row at the foot
    of page 3 and its behaviours on page 4 (LibreOffice, A4 landscape)."""
    import docx

    document = docx.Document(io.BytesIO(render_docx(framework())))
    assert document.tables
    for table in document.tables:
        head, *body = table.rows
        assert all(p.paragraph_format.keep_with_next for c in head.cells for p in c.paragraphs)
        assert not any(
            p.paragraph_format.keep_with_next for r in body for c in r.cells for p in c.paragraphs
        )  # the body may break between rows: a long table runs on


# -- 8: a name left as exported after its item was renamed is no typo ---------------------------


def _rename(sheet: str, old: str, new: str):
    def edit(wb):
        for row in wb[sheet].iter_rows(min_row=2):
            if row[1].value == old:
                row[1].value = new

    return edit


@pytest.mark.parametrize(
    ("framework", "sheet", "old", "new", "ident"),
    [
        (_rtr, "levels", "Engineer I (<1-2)", "Engineer I", "engineer-i"),
        (
            lambda: compkit.load(GDS),
            "competencies",
            "Building software as a team",
            "Building software together",
            "building-software-as-a-team",
        ),
    ],
)
def test_a_renamed_items_old_name_beside_its_statements_is_said_renamed(
    tmp_path, framework, sheet, old, new, ident
):
    before = framework()
    result = _edited(tmp_path, before, _rename(sheet, old, new))
    column = "level" if sheet == "levels" else "competency"
    said = [n for n in result.notes if f"{column}_name '{old}'" in n]
    assert len(said) == 1
    assert said[0].endswith(f"{column}_name '{old}' is the old name of '{ident}', renamed")
    log = diff(before, result.framework)
    assert log[["change", "note"]].values.tolist() == [["renamed", f"renamed from {old} to {new}"]]


def test_a_name_that_was_never_the_items_is_still_a_possible_typo(tmp_path):
    def edit(wb):
        sheet = wb["indicators"]
        column = [c.value for c in sheet[1]].index("competency_name")
        sheet.cell(2, column + 1, "Tecnical Skill")

    result = _edited(tmp_path, _rtr(), edit)
    assert any("(a typo, or the old name of a renamed one?" in n for n in result.notes)


# -- 9: a one-sided framework's cell marked undefined on its effective side ---------------------


def _with_undefined(data: dict, comp: str, level: str) -> compkit.Framework:
    entry = {"level": level, "polarity": "effective", "note": "-"}
    for c in data["competencies"]:
        if c["id"] == comp:
            c["undefined"] = [entry]
            return from_dict(data)
    data["competencies"].append(
        {"id": comp, "name": "Communication", "undefined": [entry], "indicators": []}
    )
    return from_dict(data)


@pytest.mark.parametrize(
    ("framework", "comp", "level"),
    [
        (_rtr, "communication-leadership", "senior-engineer-i"),
        (_un, "communication", "all-levels"),
    ],
)
def test_an_effective_side_undefined_where_nothing_is_ineffective_is_not_defined(
    framework, comp, level
):
    """The workbook's 'undefined' sheet has a polarity column; an author fills it in."""
    from compkit.authoring import render_html, render_markdown

    fw = _with_undefined(to_dict(framework()), comp, level)
    name = fw.competency(comp).name
    text = render_markdown(fw, marks=False)
    part = text[text.index(f": {name}\n") :].split("Competency ", 1)[0]  # to the next one
    assert "*Not defined by the publisher*" in part
    assert "*(none)*" not in part  # was "(none)": an empty cell, not one the author undefined
    assert "Not defined by the publisher" in render_html(fw)
    assert "Not defined by the publisher" in _part(render_docx(fw), "word/document.xml")


def test_an_effective_side_undefined_beside_ineffective_statements_stays_one_side():
    data = to_dict(_un())
    data["competencies"][0]["indicators"].append(
        {"id": "integrity-8", "level": "all-levels", "text": "abuses power or authority",
         "polarity": "ineffective"}
    )  # fmt: skip
    from compkit.authoring import render_markdown

    text = render_markdown(_with_undefined(data, "communication", "all-levels"), marks=False)
    part = text[text.index(": Communication\n") :].split("Competency ", 1)[0]
    assert "*Not defined by the publisher*" in part
    assert "*(none)*" in part  # its ineffective side: empty, not undefined
