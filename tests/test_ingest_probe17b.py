"""Round 17 probe of frameworks arriving as PDF: a grid cell's paragraphs told by their gaps.

Mended (each test fails on the code before):

- a web page's grid printed by Chromium keeps no space at a wrapped line's end, so a cell's
  paragraphs were told apart by their words alone: items in lower case with no full stop
  ("be familiar with the language and tools your team uses." / "follow coding conventions")
  ran together, and paragraphs of several sentences were cut or joined by where a sentence
  happened to end (GDS's career path printed as a grid: 3 of 35 statements in their cell,
  10 read). The extra space the page sets above a cell's paragraph is now read from where
  each line stands (``pdfgaps``): 24 of 35, every one of the 24 read word for word in its cell
  (the other 11, a row on the third page under rows with no statements, are not read as a
  table: left).

Kept: a grid whose paragraphs are set with no space between them reads as before (the step
between lines tells nothing there; ``cell_gaps`` gives None).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import compkit
from compkit.framework.build import from_dict
from compkit.ingest.pdfgaps import cell_gaps, line_top, line_tops
from compkit.testing import cell_keys, grid_pdf, in_place, word_to_pdf

CORPUS = Path(__file__).parent / "data" / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

# self-written: lower-case items with no stop, and paragraphs of several sentences
CELLS = {
    ("Sharing work", "Beginner"): [
        "keep your notes where the team can find them",
        "ask for a review before you merge a change",
        "write down what you tried. Say what worked and what did not, so that the next "
        "person starts from there and not from nothing",
    ],
    ("Sharing work", "Intermediate"): [
        "run the team's review rota when the lead is away",
        "show newer colleagues how the team keeps its records. Pair with them on their "
        "first two reviews and go through each comment together afterwards",
    ],
    ("Sharing work", "Advanced"): [
        "set how the team reviews work and write it down",
        "notice when the review rota slows delivery and change it with the team",
    ],
    ("Planning", "Beginner"): [
        "break a task into steps of a day or less",
        "say early when a step takes longer than planned",
    ],
    ("Planning", "Intermediate"): [
        "plan a fortnight's work for a pair. Leave room for support duties and leave, and "
        "check the plan with the people doing the work",
        "spot work that depends on another team and raise it at planning",
    ],
    ("Planning", "Advanced"): [
        "plan a quarter's work across several teams",
        "trim the scope of a plan when it cannot be delivered. Explain the choice to the "
        "people who asked for the work, in words they use",
    ],
}


def _gapped():
    """A self-written grid of two competencies × three levels, several paragraphs a cell."""
    levels = ["Beginner", "Intermediate", "Advanced"]
    comps = ["Sharing work", "Planning"]
    return from_dict(
        {
            "schema_version": 1,
            "id": "gapped",
            "title": "Team practice",
            "organisation": "Riverside Trust",
            "language": "en-GB",
            "cumulative": True,
            "levels": [{"id": n.lower(), "name": n, "rank": k} for k, n in enumerate(levels, 1)],
            "competencies": [
                {
                    "id": c.lower().replace(" ", "-"),
                    "name": c,
                    "indicators": [
                        {
                            "id": f"{c[:4].lower()}-{lv[:3].lower()}-{k}",
                            "level": lv.lower(),
                            "text": t,
                        }
                        for lv in levels
                        for k, t in enumerate(CELLS[c, lv], 1)
                    ],
                }
                for c in comps
            ],
        },
        validate=False,
    )


def test_the_gaps_between_a_cells_paragraphs_are_told_from_its_line_step():
    # baselines of three cells: a 14 pt line step, 17 pt above each new paragraph
    cells = [[500, 486, 469, 455], [500, 483, 469], [500, 486, 472, 455, 441]]
    assert cell_gaps(cells) == [
        [None, False, True, False],
        [None, True, False],
        [None, False, False, True, False],
    ]


@pytest.mark.parametrize(
    "cells",
    [
        [[500, 486, 472, 458], [500, 486, 472], [500, 486, 472, 458, 444]],  # no spacing
        [[500, 486, 472], [500, 486, 469]],  # one longer step only
        [[500, 486, 469], [500, 483, 469], [500, 486, 478, 464], [500, 486, 476]],  # no one gap
    ],
)
def test_steps_that_show_no_one_paragraph_spacing_tell_nothing(cells):
    assert cell_gaps(cells) is None


def test_a_line_met_twice_on_a_page_stands_below_the_line_above():
    tops = line_tops(["You understand and", "can estimate", "You understand and"], [400, 386, 300])
    assert tops["You understand and"] == (400.0, 300.0)
    assert line_top(tops["You understand and"], 314.0, 14.0) == 300.0
    assert line_top(tops["You understand and"], None, 14.0) is None
    # "improve" in two columns: the one a line step below the line above, not the nearest
    assert line_top((404.5, 401.5), 415.7, 14.25) == 401.5


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_browsers_grid_reads_each_paragraph_of_a_cell_apart(tmp_path):
    # was 0 of 13 (6 read): lower-case items ran together, a paragraph cut at its sentences
    source = _gapped()
    pdf = grid_pdf(source, tmp_path)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert in_place(source, fw) == len(source.indicator_records) == 13
    assert len(fw.indicator_records) == 13


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_gds_printed_as_a_grid_reads_its_paragraphs_whole(tmp_path):
    # GDS's career path (Open Government Licence): was 3 of 35 in their cell, 10 read
    source = compkit.load(CORPUS / "gds-tech-career-path.yaml")
    pdf = grid_pdf(source, tmp_path)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    fw = compkit.ingest(pdf).framework
    assert in_place(source, fw) >= 24
    assert not cell_keys(fw) - cell_keys(source)  # nothing read that is not a statement


# self-written: a competency dictionary's shape (a name, "Definition:", "Key Behaviors" over a
# list, "Proficiency Levels" over items opening with a level's name, highest first)
DICTIONARY = {
    "Record Keeping": (
        "Keeps accurate records that others can rely on.",
        ["Files notes on the day", "Names files so others can find them"],
        {
            "Expert": "Sets the record-keeping rules for the whole service.",
            "Advanced": "Audits the team's records and fixes the gaps found.",
            "Intermediate": "Keeps complete records without reminders.",
            "Basic": "Keeps own records with occasional reminders.",
            "Awareness": "Knows where the team's records are kept.",
        },
    ),
    "Customer Focus": (
        "Puts the needs of the people served first.",
        ["Asks what the customer needs", "Follows up on promises"],
        {
            "Expert": "Shapes services around what customers say they need.",
            "Advanced": "Resolves complaints that others have escalated.",
            "Intermediate": "Handles most customer queries alone.",
            "Basic": "Answers routine queries politely and promptly.",
            "Awareness": "Knows who the team's customers are.",
        },
    ),
}


def _dictionary_docx(path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_heading("Core Competencies", 1)
    for name, (definition, behaviours, levels) in DICTIONARY.items():
        word.add_heading(name, 2)
        word.add_paragraph(f"Definition: {definition}")
        word.add_paragraph("Key Behaviors")
        for text in behaviours:
            word.add_paragraph(text, style="List Bullet")
        word.add_paragraph("Proficiency Levels")
        for level, text in levels.items():
            word.add_paragraph(f"–{level}: {text}")
    word.save(path)


def _cells(fw) -> set[tuple[str, str, str]]:
    names = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return {(comps[i.competency], names[i.level], i.text) for i in fw.indicator_records}


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_competency_dictionary_printed_to_pdf_reads_its_levels(tmp_path):
    # was a competency "Key Behaviors" holding every line at "All levels", the level items
    # ("–Expert: ...") read whole under "Proficiency Levels"; now as the plain text reads
    _dictionary_docx(tmp_path / "dictionary.docx")
    pdf = word_to_pdf(tmp_path / "dictionary.docx")
    result = compkit.ingest(pdf)
    fw = result.framework
    expected = {
        (name, level, text)
        for name, (_, _, levels) in DICTIONARY.items()
        for level, text in levels.items()
    }
    assert expected <= _cells(fw)
    assert [lv.name for lv in fw.level_records] == [
        "Awareness",
        "Basic",
        "Intermediate",
        "Advanced",
        "Expert",
    ]
    assert [c.name for c in fw.competency_records] == list(DICTIONARY)
    text = tmp_path / "dictionary.txt"
    text.write_text(
        "\n".join(
            line
            for name, (definition, behaviours, levels) in DICTIONARY.items()
            for line in [
                name,
                f"Definition: {definition}",
                "Key Behaviors",
                *(f"•{b}" for b in behaviours),
                "Proficiency Levels",
                *(f"–{lv}: {t}" for lv, t in levels.items()),
            ]
        ),
        encoding="utf-8",
    )
    assert _cells(compkit.ingest(text).framework) == _cells(fw)  # as the plain text reads
    messages = " ".join(result.report.to_frame()["message"])
    assert "labels of a competency's parts set aside ('Key Behaviors'" in messages


def test_a_competency_dictionary_in_word_reads_its_levels(tmp_path):
    # was every paragraph at "All levels", the labels "Key Behaviors" and "Proficiency
    # Levels" and each "–Expert: ..." paragraph read whole as statements
    _dictionary_docx(tmp_path / "dictionary.docx")
    result = compkit.ingest(tmp_path / "dictionary.docx")
    fw = result.framework
    expected = {
        (name, level, text)
        for name, (_, _, levels) in DICTIONARY.items()
        for level, text in levels.items()
    }
    assert _cells(fw) == expected
    assert [lv.name for lv in fw.level_records][-1] == "Expert"
    messages = " ".join(result.report.to_frame()["message"])
    assert "labels of a competency's parts set aside ('Key Behaviors', 'Proficiency Levels')" in (
        messages
    )


def test_level_paragraphs_without_a_dictionarys_parts_are_left_as_they_are(tmp_path):
    import docx

    word = docx.Document()
    word.add_heading("Skills", 1)
    word.add_heading("Writing", 2)
    word.add_paragraph("–Expert: Leads others.")
    word.add_paragraph("–Basic: Writes notes.")
    word.save(tmp_path / "plain.docx")
    fw = compkit.ingest(tmp_path / "plain.docx").framework
    assert sorted(i.text for i in fw.indicator_records) == [
        "–Basic: Writes notes.",
        "–Expert: Leads others.",
    ]
