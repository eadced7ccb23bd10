"""A Word cell's lines parted by line breaks (ingest/wordbreaks.py), on Monzo's and DDaT's words."""

from __future__ import annotations

import compkit


def _grid(path, cells: list[list[str]]):
    """A grid "Competency | Level 1 | Level 2", each cell's lines parted by Shift+Enter."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=1 + len(cells), cols=3)
    for k, h in enumerate(["Competency", "Level 1", "Level 2"]):
        t.cell(0, k).text = h
    for r, (name, *levels) in enumerate(cells, start=1):
        t.cell(r, 0).text = name
        for k, text in enumerate(levels, start=1):
            lines = text.split("\n")
            run = t.cell(r, k).paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                run.add_break()
                run = t.cell(r, k).paragraphs[0].add_run(line)
    d.save(path)
    return compkit.ingest(path)


def test_lines_apart_are_said_and_a_sentence_broken_by_hand_stays_whole(tmp_path):
    result = _grid(
        tmp_path / "monzo.docx",
        [
            [
                "communication",
                "Accepts feedback graciously\nGives feedback to peers when asked",
                "Works closely with\nProduct Managers to shape the roadmap",
            ],
            ["delivery", "Provides regular status updates.\nAsks for help early.", "Plans work."],
        ],
    )
    texts = list(result.framework.indicators.text)
    assert texts == [
        "Accepts feedback graciously",
        "Gives feedback to peers when asked",
        "Works closely with Product Managers to shape the roadmap",  # wrapped by hand: whole
        "Provides regular status updates.",
        "Asks for help early.",
        "Plans work.",
    ]
    said = [n.message for n in result.report.notes if "parted by line breaks" in n.message]
    assert len(said) == 1 and said[0].startswith("2 cell paragraphs of lines")


def test_a_stem_over_one_bullet_line_is_the_stem(tmp_path):
    """DDaT's "You can:" over one "• " line: the stem and a statement, not "You can: • ..."."""
    fw = _grid(
        tmp_path / "ddat.docx",
        [
            [
                "Agile working",
                "You can:\n• describe agile working and its values",
                "You can:\n• explain the differences between agile and waterfall",
            ]
        ],
    ).framework
    assert list(fw.indicators.text) == [
        "describe agile working and its values",
        "explain the differences between agile and waterfall",
    ]
    assert not any("You can" in t or "•" in t for t in fw.indicators.text)
