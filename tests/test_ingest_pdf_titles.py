"""Ingest, PDF: levels titled in their headings, a header cell with a subtitle, broken words.

Probe 10 printed two frameworks to PDF and found three defects. A competency dictionary (the
City of Bayawan's, Word Heading 2 "Level 1: Recognizes how change will affect work.", bold
and larger than the body) lost its levels: a heading ending with a full stop was read as
text, and every statement sat at "All levels" with the next level's title glued on. Cardiff
Council's level table, whose first header cell wraps in its narrow column ("Level 1 –" /
"What we" / "stand for"), was refused. And its narrow columns break words with no hyphen
("recommenda" / "tions", "improvement" / "s", "Understandi" / "ng"). Neither source carries a
licence to copy, so the PDFs here are written with pypdf's object model in those shapes
(Helvetica and Helvetica-Bold placed line by line), with made-up text.
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.pdfcells import split_word
from compkit.testing import pdf_fonts

# (font, size, x, text): F1 Helvetica, F2 Helvetica-Bold
Line = tuple[str, float, float, str]


def write_pdf(path: Path, pages: list[list[Line | None]]) -> None:
    """A PDF of lines, each in its font, size and left edge (None: a blank line)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    fonts = pdf_fonts(writer)
    for rows in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops, y = [], 790.0
        for row in rows:
            if row is None:
                y -= 14
                continue
            for font, size, x, text in row if isinstance(row, list) else [row]:
                ops.append(f"BT /{font} {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm ({text}) Tj ET")
            y -= (
                14
                if max(s for _, s, _, _ in (row if isinstance(row, list) else [row])) < 12
                else 18
            )
        stream = StreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def _competency(name: str, titles: list[list[str]], bullets: list[list[str]]) -> list:
    """A competency's heading (14 pt bold), each level's title (13 pt bold), its bullets."""
    out: list = [("F2", 14, 50, name), ("F1", 11, 50, f"What {name.lower()} means here.")]
    for title, items in zip(titles, bullets, strict=True):
        out += [("F2", 13, 50, part) for part in title]
        out += [("F1", 11, 50, f"- {item}") for item in items]
    return out


DICTIONARY = [
    [
        ("F1", 24, 50, "Staff Competency Dictionary"),
        *_competency(
            "Teamwork",
            [
                ["Level 1: Works with others on shared tasks."],
                ["Level 2: Builds trust across the team and with partners from other"],
            ],
            [
                ["Shares information the team needs.", "Offers help when asked."],
                ["Brings different views together.", "Gives credit to others."],
            ],
        ),
    ],
    [
        *_competency(
            "Planning",
            [
                ["Level 1: Plans own work to meet deadlines."],
                ["Level 2: Plans the work of others."],
            ],
            [
                ["Keeps a list of tasks and dates.", "Says early when a date will slip."],
                ["Sets goals for the team.", "Reviews progress each week."],
            ],
        ),
    ],
]
# the second level's title wraps: its second line, still 13 pt bold
DICTIONARY[0].insert(7, ("F2", 13, 50, "organisations."))


def _cells(result) -> list[tuple[str, str, str]]:
    fw = result.framework
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    return [(comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records]


def test_level_headings_with_a_title_ending_as_a_sentence_are_levels(tmp_path):
    path = tmp_path / "dictionary.pdf"
    write_pdf(path, DICTIONARY)
    result = compkit.ingest(path)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert [c.name for c in fw.competency_records] == ["Teamwork", "Planning"]
    assert _cells(result) == [
        ("Teamwork", "Level 1", "Shares information the team needs."),
        ("Teamwork", "Level 1", "Offers help when asked."),
        ("Teamwork", "Level 2", "Brings different views together."),
        ("Teamwork", "Level 2", "Gives credit to others."),
        ("Planning", "Level 1", "Keeps a list of tasks and dates."),
        ("Planning", "Level 1", "Says early when a date will slip."),
        ("Planning", "Level 2", "Sets goals for the team."),
        ("Planning", "Level 2", "Reviews progress each week."),
    ]
    # each competency's own title for a level is kept, whole (a wrapped one joined)
    teamwork = fw.competency_records[0].description
    assert "Level 1: Works with others on shared tasks." in teamwork
    assert "Level 2: Builds trust across the team and with partners from other organisations." in (
        teamwork
    )
    said = " ".join(n.message for n in result.report.notes)
    assert "read as 2 levels (Level 1, Level 2)" in said


def test_a_bold_sentence_that_titles_no_level_is_still_text(tmp_path):
    pages = [list(DICTIONARY[0]), list(DICTIONARY[1])]
    pages[0].insert(4, ("F2", 11, 50, "- Always keeps promises made."))  # a bold statement
    pages[1].insert(3, ("F2", 11, 50, "Plans ahead."))  # bold, ends as a sentence
    path = tmp_path / "bold.pdf"
    write_pdf(path, pages)
    cells = _cells(compkit.ingest(path))
    assert ("Teamwork", "Level 1", "Always keeps promises made.") in cells
    assert ("Planning", "Level 1", "Plans ahead.") in cells
    assert len(cells) == 10


def _table(name: str, head: list[list[str]], columns: list[list[str]]) -> list:
    """A competency's level table: its heading, each column's header lines, then its lines."""
    xs = [50 + 110 * k for k in range(len(columns))]
    rows: list = [None, ("F2", 14, 50, name), None]
    for k in range(max(map(len, head))):
        rows.append([("F2", 10, x, h[k]) for x, h in zip(xs, head, strict=True) if k < len(h)])
    for k in range(max(map(len, columns))):
        rows.append([("F1", 10, x, c[k]) for x, c in zip(xs, columns, strict=True) if k < len(c)])
    return rows


PLAIN = [["Level 1"], ["Level 2"], ["Level 3"]]
OTHER = [["Shares what they know,", "openly"], ["Builds trust"], ["Leads joint", "work"]]
COLUMNS = [
    ["Listen to residents,", "then act", "Helps any", "one who asks"],
    ["Use feedback", "to shape our", "recommenda", "tions"],
    ["Drive", "improvement", "s in service", "Understandi", "ng what", "residents need"],
]


def _page(head: list[list[str]]) -> list:
    """Two competencies' tables, the first headed ``head``."""
    return [
        *_table("Serving Our Residents", head, COLUMNS),
        *_table("Working Together", PLAIN, OTHER),
    ]


def test_a_header_cell_wrapped_in_its_column_keeps_its_subtitle(tmp_path):
    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    subtitled = [["Level 1 -", "What we", "stand for"], *PLAIN[1:]]
    write_pdf(plain, [_page(PLAIN)])
    write_pdf(full, [_page(subtitled)])
    control, result = compkit.ingest(plain), compkit.ingest(full)
    assert [lv.name for lv in result.framework.level_records] == ["Level 1", "Level 2", "Level 3"]
    assert _cells(result) == _cells(control)
    # the subtitle is kept (a role at Level 1, as the Word file's cell reads) and reported
    roles = [(r.name, dict(r.requires)) for r in result.framework.role_records]
    assert roles == [("What we stand for", {"serving-our-residents": "level-1"})]
    said = [n.message for n in result.report.notes if "header's cells wrap" in n.message]
    assert said == [
        "a table header's cells wrap over 3 lines (page 1, lines 4-6); each cell's lines "
        "joined with a space: 'Level 1 - What we stand for', 'Level 2', 'Level 3'"
    ]


def test_words_broken_by_a_narrow_column_are_joined_and_reported(tmp_path):
    path = tmp_path / "plain.pdf"
    write_pdf(path, [_page(PLAIN)])
    result = compkit.ingest(path)
    assert _cells(result) == [
        ("Serving Our Residents", "Level 1", "Listen to residents, then act"),
        ("Serving Our Residents", "Level 1", "Helps any one who asks"),  # two words: kept apart
        ("Serving Our Residents", "Level 2", "Use feedback to shape our recommendations"),
        ("Serving Our Residents", "Level 3", "Drive improvements in service"),
        ("Serving Our Residents", "Level 3", "Understanding what residents need"),
        ("Working Together", "Level 1", "Shares what they know, openly"),
        ("Working Together", "Level 2", "Builds trust"),
        ("Working Together", "Level 3", "Leads joint work"),
    ]
    repairs = " ".join(n.message for n in result.report.notes if n.kind == "repair")
    for cut in ("'recommenda' 'tions'", "'improvement' 's'", "'Understandi' 'ng'"):
        assert f"{cut} joined with no space" in repairs
    assert "'any' 'one'" not in repairs


def test_split_word_never_joins_two_words():
    assert split_word("Helps any", "one who asks") is None
    assert split_word("works some", "times") is None
    assert split_word("gathers in", "formation") is None
    assert split_word("the IT", "s team") is None  # joined, no word
    assert split_word("improvement", "s in") == "'improvement' 's'"
    assert split_word("recommenda", "tions.") == "'recommenda' 'tions'"


def test_a_header_naming_every_column_on_its_line_is_not_read_on():
    from compkit.ingest.pdftables import find_tables

    lines = [
        "Level 1:        Level 2:",
        "Listens well    Leads others",
        "Shares what     Builds trust,",
        "they know       openly",
        "",
    ]
    _, grids, notes = find_tables(lines, 1, "p1")
    head, body = grids[0]
    assert [[p.text for p in cell["paras"]] for cell in head] == [["Level 1:"], ["Level 2:"]]
    assert [p.text for p in body[0]["paras"]] == ["Listens well", "Shares what they know"]
    assert not any("header's cells wrap" in n[1] for n in notes)
