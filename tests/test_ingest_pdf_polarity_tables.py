"""Ingest, PDF: a page holding several tables, effective | ineffective or a column per level.

WHO- and UN-family frameworks print one short competency after another: a heading, a
"Definition:" paragraph, then a table headed EFFECTIVE BEHAVIOURS | INEFFECTIVE BEHAVIOURS,
often two or three to a page, the body right under the header row and the next heading right
under the table. Each table must be read, its statements kept in their competency with their
polarity, header rows never read as statements, a table over a page break read on.

Fixtures (tests/data/ingest/, built by ``make_polarity_fixtures.py``: Word documents written
with python-docx, printed to PDF by LibreOffice), each the publisher's words, an excerpt:

- ``polarity-who.pdf``: WHO Global Competency Model, core competencies 1-2 (World Health
  Organization; text as reproduced at mafiadoc.com/who-global-competency-model-world-health-
  organization_5a20cba21723dd5cffd851eb.html; WHO material, quoted as a short excerpt for
  testing, licence not stated there);
- ``polarity-icf.pdf``: UK police Integrated Competency Framework, behavioural area B,
  "Strategic perspective" (6 of 10 positive, 6 of 11 negative indicators) and "Openness to
  change" (7 of 9, 8 of 12) (police.community/information-library.html/competency-framework/
  strategic-perspective-b-r13/ and openness-to-change-b-r16/; Skills for Justice / NPIA,
  Crown copyright, presumed Open Government Licence, not confirmed);
- ``levels-gsa.pdf``: GSA Section 508 Program Manager Competency Guide, "Acquisition Strategy"
  and "Policy & Compliance" (github.com/GSA/Section508.gov @65b63a1e, public domain + CC0;
  the text of tests/data/corpus/gsa-508-pm.yaml).
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest import pdftables
from compkit.testing import fixture_script

DATA = Path(__file__).parent / "data" / "ingest"
SOURCE = fixture_script(DATA / "make_polarity_fixtures.py")


def read(name: str):
    return compkit.ingest(DATA / name)


def filed(result) -> dict[tuple[str, str], list[str]]:
    """Statements by (the competency's or, when only one, the level's name, polarity)."""
    fw = result.framework
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    out: dict[tuple[str, str], list[str]] = {}
    for i in fw.indicator_records:
        # a heading read as a level or as a competency files the statement the same
        name = comps[i.competency] if len(comps) > 1 else levels[i.level]
        out.setdefault((name, i.polarity), []).append(i.text)
    return out


def listed(name: str) -> str:
    """WHO's "1) NAME" heading: the list number is the competency's numbering, not its name."""
    return name.split(") ", 1)[1]


def test_two_who_tables_on_one_page_each_read_with_its_polarity():
    result = read("polarity-who.pdf")
    got = filed(result)
    for heading, _, _, good, bad in SOURCE.WHO:
        name = listed(heading)
        assert got[(name, "effective")] == good
        assert got[(name, "ineffective")] == bad
    fw = result.framework
    assert len(fw.indicator_records) == 15
    assert sum(i.polarity == "ineffective" for i in fw.indicator_records) == 7
    texts = {i.text.casefold() for i in fw.indicator_records}
    assert not texts & {"effective behaviours", "ineffective behaviours"}
    tables = [n for n in result.report.notes if "column per polarity" in n.message]
    assert [n.where for n in tables] == ["page 1, line 12", "page 1, line 31"]


def test_a_definition_wrapped_over_lines_is_the_description_whole():
    result = read("polarity-who.pdf")
    described = {c.name: c.description for c in result.framework.competency_records}
    for heading, definition, *_ in SOURCE.WHO:
        assert described[listed(heading)] == definition
    numbers = [c.source.numbers for c in result.framework.competency_records]
    assert numbers == [(1,), (2,)]
    joined = [n for n in result.report.notes if n.message.startswith("a definition wraps")]
    assert len(joined) == 2
    assert joined[0].kind == "repair"


def test_bulleted_indicator_tables_one_over_a_page_break():
    result = read("polarity-icf.pdf")
    got = filed(result)
    for name, _, good, bad in SOURCE.ICF:
        assert got[(name, "effective")][-len(good) :] == good
        assert got[(name, "ineffective")] == bad
    # the first negative indicator of the second table is cut by the page's end
    assert (
        "Sticks to the job description so strictly that they cannot be flexible."
        in (got[("Openness to change", "ineffective")])
    )
    texts = {i.text for i in result.framework.indicator_records}
    assert not texts & {"Positive Indicators", "Negative Indicators"}


def test_level_tables_body_right_under_the_header_and_a_heading_under_the_table():
    fw = read("levels-gsa.pdf").framework
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    assert list(levels.values()) == ["Beginner", "Intermediate", "Advanced"]
    assert list(comps.values()) == [name for name, _ in SOURCE.GSA]
    by_cell: dict[tuple[str, str], list[str]] = {}
    for i in fw.indicator_records:
        by_cell.setdefault((comps[i.competency], levels[i.level]), []).append(i.text)
    for name, cells in SOURCE.GSA:
        for level, items in zip(levels.values(), cells, strict=True):
            # every word of the cell, in order, in its cell (a narrow cell's line that opens
            # with a capital, "Section 508", can still part a statement: a known limit)
            assert " ".join(by_cell[(name, level)]) == " ".join(items)
    assert by_cell[("Policy & Compliance", "Beginner")] == SOURCE.GSA[1][1][0]
    # a line left open ("Coordinate across") goes on with the next whatever its first letter,
    # and a line ending with a space (a wrapped line, as LibreOffice prints it) goes on too
    assert by_cell[("Acquisition Strategy", "Advanced")] == SOURCE.GSA[0][1][2]
    assert not {i.text for i in fw.indicator_records} & set(levels.values())


# the layout lines of a page with three tables, each right under its heading's paragraph
PAGE = [
    "Planning",
    "Effective behaviours            Ineffective behaviours",
    "1. Plans ahead                  1. Leaves things late",
    "2. Sets goals                   2. Drifts",
    "Working together",
    "Effective behaviours            Ineffective behaviours",
    "1. Shares work                  1. Works alone",
    "and asks for help",
    "Definition: works with others across the organisation and outside it, sharing",
    "Effective behaviours            Ineffective behaviours",
    "1. Listens                      1. Interrupts",
]


def _cells(grid) -> list[list[list[str]]]:
    return [[[p.text for p in cell["paras"]] for cell in row] for row in grid]


def test_n_tables_on_a_page_each_ended_by_the_next_heading():
    larger = [line in ("Planning", "Working together") for line in PAGE]
    out, tables, notes = pdftables.find_tables(PAGE, 1, "p1", larger=larger)
    assert sorted(tables) == [1, 5, 9]
    assert len(notes) == 3
    assert _cells(tables[1])[1] == [
        ["1. Plans ahead", "2. Sets goals"],
        ["1. Leaves things late", "2. Drifts"],
    ]
    assert _cells(tables[5])[1] == [["1. Shares work", "and asks for help"], ["1. Works alone"]]
    assert _cells(tables[9])[0] == [["Effective behaviours"], ["Ineffective behaviours"]]
    # the headings and the paragraph the page's width stay text
    assert out[4] == "Working together"
    assert out[8].startswith("Definition:")
    # not told the heading is larger, the table reads it as a cell's line
    _, tables, _ = pdftables.find_tables(PAGE, 1, "p1")
    assert "Working together" in _cells(tables[1])[1][0]


def test_a_role_line_under_the_header_still_heads_its_column():
    lines = [
        "Foundation                Practitioner               Expert",
        "Team Leader               Team Leader",
        "",
        "Listens to others         Adapts the message         Shapes how the",
    ]
    _, tables, _ = pdftables.find_tables(lines, 1, "p1")
    head = _cells(tables[0])[0]
    assert head == [["Foundation", "Team Leader"], ["Practitioner", "Team Leader"], ["Expert"]]


def _write_pdf(path: Path, lines: list[tuple[str, int, int, str]]) -> None:
    """A one-page PDF: (font, size, gap above in points, text); F1 Helvetica, F2 bold."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    fonts = DictionaryObject()
    for key, face in (("F1", "Helvetica"), ("F2", "Helvetica-Bold")):
        font = {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(f"/{face}"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
        fonts[NameObject(f"/{key}")] = writer._add_object(DictionaryObject(font))
    page = writer.add_blank_page(595, 842)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    body, y = ["BT"], 800
    for font, size, gap, text in lines:
        y -= gap
        body += [f"/{font} {size} Tf", f"1 0 0 1 50 {y} Tm", f"({text}) Tj"]
    body.append("ET")
    stream = StreamObject()
    stream.set_data("\n".join(body).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def test_a_definition_on_a_page_with_no_table_is_joined_by_its_line_spacing(tmp_path):
    # lines 14 pt apart within a paragraph, 26 pt between paragraphs
    pdf = tmp_path / "definitions.pdf"
    _write_pdf(
        pdf,
        [
            ("F1", 20, 0, "Staff Behaviours"),
            ("F2", 14, 40, "Working with People"),
            ("F1", 11, 26, "Definition: Builds trust with colleagues and partners. Shares"),
            ("F1", 11, 14, "information openly."),
            ("F1", 11, 26, "Listens to colleagues before acting."),
            ("F1", 11, 26, "Shares information with the team."),
            ("F2", 14, 40, "Delivering Results"),
            ("F1", 11, 26, "Definition: Gets the right things done on time and"),
            ("F1", 11, 14, "within budget"),  # no full stop: the gap below ends it
            ("F1", 11, 26, "Plans own work to meet deadlines."),
        ],
    )
    fw = compkit.ingest(pdf).framework
    described = {c.name: c.description for c in fw.competency_records}
    assert described == {
        "Working with People": "Definition: Builds trust with colleagues and partners. Shares "
        "information openly.",
        "Delivering Results": "Definition: Gets the right things done on time and within budget",
    }
    assert [i.text for i in fw.indicator_records] == [
        "Listens to colleagues before acting.",
        "Shares information with the team.",
        "Plans own work to meet deadlines.",
    ]


def test_unpunctuated_items_in_cells_stay_apart():
    from compkit.ingest.pdfcells import cell_grid

    def body(*cells):
        rows = [[[("Foundation", 0)], [("Expert", 0)]], [list(cell) for cell in cells]]
        grid = cell_grid(rows, (lambda n: (1, n + 1), set()), "T")
        return [[p.text for p in cell["paras"]] for cell in grid[1]]

    # items with no full stop: a line in capitals is the next item
    assert body([("Listens to others", 1), ("Speaks clearly", 2)], [("Coaches", 1)]) == [
        ["Listens to others", "Speaks clearly"],
        ["Coaches"],
    ]
    # one cell's statement without its stop: the table is not read as punctuated
    assert body([("Listens to others.", 1), ("Speaks clearly.", 2)], [("Coaches", 1)]) == [
        ["Listens to others.", "Speaks clearly."],
        ["Coaches"],
    ]
    # every statement ends with a stop: a line left open runs on, one closed does not
    assert body([("Listens to the", 1), ("Board.", 2)], [("Coaches.", 1)]) == [
        ["Listens to the Board."],
        ["Coaches."],
    ]
    assert body([("Listens to the Board", 1), ("Coaches.", 2)], [("Plans.", 1)]) == [
        ["Listens to the Board", "Coaches."],
        ["Plans."],
    ]
