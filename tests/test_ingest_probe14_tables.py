"""Numbered level names ranked by their numbers; typed bullets after line breaks in Word cells.

Probed (probe 14, tables; the texts are their publishers', so the rows below are written for
the tests in the same shapes):

- the Securities Industry Development Corporation's Industry Competency Framework (Malaysia's
  capital market, cms.sidc.com.my), whose five proficiency levels are "Level 1 - Awareness",
  "Level 2 - Knowledge", "Level 3 - Skill", "Level 4 - Mastery", "Level 5 - Expert", each with
  three behavioural indicators, as a long CSV ("Competency Type | Competency Title |
  Proficiency Level | Behavioural Indicator") and as a Word table with a column per level whose
  cells list their indicators as typed bullets ("• ...") parted by line breaks;
- Teleport's SRE levels (gravitational/careers ``levels/sre.md``, Apache-2.0) as a workbook
  with a row per level (1-6), a column per skill and 12 blank cells; the Police Integrated
  Competency Framework's "Positive Indicators | Negative Indicators" in Word; a DDaT-style
  "You can:" table with a row per skill level; a US "Written Communication" competency as a wide
  sheet printing its levels from Expert down; a US university police's core competencies in
  Word, levels "Contributing | Journey | Advanced", each cell grouping "Name: text" items under
  a cluster line.

Measured before and after (``/tmp/s14/tables``): the long CSV read 15 of 15 indicators but
ranked its levels "Level 2 - Knowledge, Level 3 - Skill, Level 1 - Awareness, Level 5 - Expert,
Level 4 - Mastery" (by their words alone, where "Knowledge" and "Skill" carry no rank and
"Mastery" outranks "Expert"), saying they were met in no order though the rows met them in
order; now Level 1 ... Level 5, nothing to say. The Word table read 5 of 15 (each cell one
statement, "... work area. • Know the importance ..."); now 15 of 15.
"""

from __future__ import annotations

import csv

import pytest

import compkit

_LEVELS = [
    "Level 1 - Awareness",
    "Level 2 - Knowledge",
    "Level 3 - Skill",
    "Level 4 - Mastery",
    "Level 5 - Expert",
]


def _rows(levels):
    return [
        ["Behavioural", "Planning", level, f"Plans work at step {k} of the ladder."]
        for level in levels
        for k in (1, 2)
    ]


def _csv(path, rows):
    head = ["Competency Type", "Competency Title", "Proficiency Level", "Behavioural Indicator"]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([head, *rows])
    return path


def _level_names(got):
    return [lv["name"] for lv in sorted(got.document["levels"], key=lambda lv: lv["rank"])]


def test_numbered_levels_of_a_long_sheet_keep_their_order_when_met_in_it(tmp_path):
    got = compkit.ingest(_csv(tmp_path / "icf.csv", _rows(_LEVELS)))
    assert _level_names(got) == _LEVELS
    assert not any("met in no order" in n.message for n in got.report.notes)
    assert sum(len(c["indicators"]) for c in got.document["competencies"]) == 10


def test_numbered_levels_met_out_of_order_are_ranked_by_their_numbers(tmp_path):
    met = [_LEVELS[k] for k in (2, 0, 4, 1, 3)]
    got = compkit.ingest(_csv(tmp_path / "icf.csv", _rows(met)))
    assert _level_names(got) == _LEVELS
    said = [n.message for n in got.report.notes if "met in no order" in n.message]
    assert len(said) == 1
    assert said[0].startswith("levels met in no order, ranked by the seniority")


def test_numbered_levels_printed_from_the_top_are_ranked_from_the_lowest(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Competency", *reversed(_LEVELS)])
    sheet.append(["Planning", *(f"Plans work at step {k}." for k in (5, 4, 3, 2, 1))])
    book.save(tmp_path / "icf.xlsx")
    got = compkit.ingest(tmp_path / "icf.xlsx")
    assert _level_names(got) == _LEVELS
    step = {ind["level"]: ind["text"] for ind in got.document["competencies"][0]["indicators"]}
    assert step["level-1-awareness"] == "Plans work at step 1."
    assert any("printed highest first" in n.message for n in got.report.notes)


def _word_table(path, cells, header=_LEVELS):
    import docx

    document = docx.Document()
    document.add_heading("Planning", 1)
    table = document.add_table(rows=2, cols=len(header))
    for k, (name, text) in enumerate(zip(header, cells, strict=True)):
        table.cell(0, k).text = name
        table.cell(1, k).text = text  # "\n" is a line break inside the one paragraph
    document.save(path)
    return path


def test_typed_bullets_after_line_breaks_in_a_word_cell_are_statements_each(tmp_path):
    cells = [
        f"• Plans work at step {k}.\n• Reviews the plan\nwith the team.\n• Shares it."
        for k in range(1, 6)
    ]
    got = compkit.ingest(_word_table(tmp_path / "icf.docx", cells))
    (comp,) = got.document["competencies"]
    assert comp["name"] == "Planning"
    texts = [ind["text"] for ind in comp["indicators"] if ind["level"] == "level-1-awareness"]
    assert texts == ["Plans work at step 1.", "Reviews the plan with the team.", "Shares it."]
    assert len(comp["indicators"]) == 15


def test_a_stem_over_typed_bullets_in_a_word_cell_is_the_stem(tmp_path):
    cells = ["You can:\n• plan your work\n• review a plan"] * 2
    got = compkit.ingest(_word_table(tmp_path / "dd.docx", cells, header=["Working", "Expert"]))
    assert got.document.get("stem") == "You can:"
    (comp,) = got.document["competencies"]
    assert [ind["text"] for ind in comp["indicators"]][:2] == ["plan your work", "review a plan"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Plans the work of the team\nand reviews it.",
            "Plans the work of the team and reviews it.",
        ),
        ("• Plans the work of the team\nand more.", "Plans the work of the team and more."),
    ],
)
def test_a_word_cell_broken_without_two_bullets_stays_one_statement(tmp_path, text, read):
    path = _word_table(tmp_path / "one.docx", [text] * 2, header=["Working", "Expert"])
    (comp,) = compkit.ingest(path).document["competencies"]
    assert [ind["text"] for ind in comp["indicators"]] == [read, read]


def test_typed_bullets_after_line_breaks_under_headings_are_statements_each(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Planning", 1)
    for level in ("Foundation", "Expert"):
        document.add_heading(level, 2)
        document.add_paragraph(f"• Plans at {level}.\n• Reviews the plan\nwith the team.")
    document.save(tmp_path / "body.docx")
    (comp,) = compkit.ingest(tmp_path / "body.docx").document["competencies"]
    assert [(i["level"], i["text"]) for i in comp["indicators"]] == [
        ("foundation", "Plans at Foundation."),
        ("foundation", "Reviews the plan with the team."),
        ("expert", "Plans at Expert."),
        ("expert", "Reviews the plan with the team."),
    ]


def test_a_levels_own_number_ranks_it_not_the_grades_after_it(tmp_path):
    names = [
        "Level 1 – Administrative Officer",
        "Level 2 – Executive Officer",
        "Level 3 – Senior Executive Officer",
        "Level 4 – Grade 7 / Grade 6",
        "Level 5 – Deputy Director (SCS PB1)",
    ]
    met = [names[k] for k in (3, 0, 4, 2, 1)]
    got = compkit.ingest(_csv(tmp_path / "cs.csv", _rows(met)))
    assert _level_names(got) == names
