"""PDFs as layout programs write them: wrapped paragraphs, running heads, folios, doubled runs.

Probe 11 read publishers' own PDFs (Kareo's ladder from Apple Pages, SFIA 8's reference from
InDesign): every wrapped paragraph came back one statement per line, page numbers and running
headers were read as statements and names, and Quartz's doubled runs gave "DirectorDirector".
Those files carry no licence to copy, so the page here is written with pypdf's object model,
each line placed as such programs place them (the geometry the reader goes by): the text is
made up, in their shape.
"""

from __future__ import annotations

from pathlib import Path

from compkit.ingest import ingest
from compkit.testing import pdf_fonts

HEADER = "Acme Engineering Ladder | Levels"


def _stream(lines: list[tuple[float, float, float, str]]) -> bytes:
    """A content stream drawing each (x, y, size, text) line in Helvetica."""
    ops = []
    for x, y, size, text in lines:
        safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm ({safe}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def write_pdf(path: Path, pages: list[list[tuple[float, float, float, str]]]) -> None:
    """A PDF of the given placed lines, one list per page (pypdf's object model only)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    fonts = pdf_fonts(writer)  # /F1 Helvetica, /F2 its bold
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        stream = StreamObject()
        stream.set_data(_stream(lines))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    with path.open("wb") as out:
        writer.write(out)


# each level's page: a larger heading, three short statements with no full stops set one line
# step (13 points) apart: one statement each, not one paragraph; then two paragraphs wrapped at
# the text's full width, 24 points apart
LEVELS = {
    "Level 1": [
        [
            "Builds small features with guidance from more senior engineers, asking for help when",
            "stuck and writing tests for the code that they change.",
        ],
        [
            "Communicates progress clearly to the team in stand-ups and written updates, and",
            "raises risks to delivery early.",
        ],
    ],
    "Level 2": [
        [
            "Delivers features of moderate scope end to end with little guidance, choosing sound",
            "designs and reviewing the code of others with care and kindness.",
        ],
        [
            "Mentors newer engineers through pairing and reviews, and improves the team's ways",
            "of working when they see something slow them down.",
        ],
    ],
    "Level 3": [
        [
            "Leads projects across several teams, setting technical direction that others follow",
            "and balancing speed of delivery against long-term maintainability.",
        ],
        [
            "Grows the skills of the engineers around them and is sought out for advice on hard",
            "problems in design, operations and security.",
        ],
    ],
}
SHORT = ["Shows empathy", "Keeps commitments", "Asks good questions"]


def _pages() -> list[list[tuple[float, float, float, str]]]:
    pages = []
    for number, (level, paras) in enumerate(LEVELS.items(), 1):
        lines = [(72, 750, 8, HEADER), (72, 700, 14, level)]
        y = 670.0
        for text in SHORT:
            lines.append((72, y, 10, text))
            y -= 13
        for para in paras:
            y -= 11
            for text in para:
                lines.append((72, y, 10, text))
                y -= 13
        lines.append((300, 40, 8, str(number)))
        lines.append((72, 10, 7, f"file:///home/acme/ladder.html {number}/3"))  # a browser's
        pages.append(lines)
    pages[0].append((72, 20, 8, "Copyright © Acme Ltd 2024"))  # once, at the page's foot
    pages[0].insert(1, (72, 725, 10, "Principal"))  # drawn twice at one place (a Mac's shadow)
    pages[0].insert(1, (72, 725, 10, "Principal"))
    return pages


def test_wrapped_paragraphs_are_one_statement_and_page_furniture_is_set_aside(tmp_path):
    path = tmp_path / "ladder.pdf"
    write_pdf(path, _pages())
    result = ingest(path)
    fw = result.framework
    texts = list(fw.indicators.text)
    for paras in LEVELS.values():
        for para in paras:
            assert " ".join(para) in texts
    for short in SHORT:  # short lines without full stops stay apart
        assert texts.count(short) == 3
    assert not any(t.isdigit() for t in texts)  # the page numbers
    names = [c.name for c in fw.competency_records]
    assert HEADER not in " ".join([*texts, *names])  # the running header
    assert "PrincipalPrincipal" not in result.report.to_markdown()
    notes = list(result.report.to_frame().message)
    assert sum(m.startswith("a paragraph wraps over 2 lines") for m in notes) == 6
    assert any(m.startswith("a running header or footer on 3 of 3 pages") for m in notes)
    assert any(m.startswith("page numbers set aside: '1', '2', '3'") for m in notes)
    assert any("drawn twice" in m for m in notes)
    assert "a copyright line set aside: 'Copyright © Acme Ltd 2024'" in notes
    assert not any("Copyright" in t or "file:" in t for t in texts)
    assert (
        "a running header or footer on 3 of 3 pages set aside: 'file:///home/acme/ladder.html'"
        in notes
    )


def test_lines_in_another_column_or_after_a_full_stop_are_not_joined(tmp_path):
    """No paragraph gap at all: a full stop still ends a paragraph; another left edge too."""
    first, second = LEVELS["Level 1"]
    lines = [(72, 700, 14, "Level 1")]
    y = 670.0
    for text in [*first, *second]:  # one line step throughout, no paragraph gap
        lines.append((72, y, 10, text))
        y -= 13
    lines.append((72, y - 20, 14, "Level 2"))
    y -= 50
    lines.append((72, y, 10, "Plans the work of the team each sprint, weighing the risks of each"))
    lines.append((110, y - 13, 10, "item against its value to the users and the business"))
    path = tmp_path / "one.pdf"
    write_pdf(path, [lines])
    texts = list(ingest(path).framework.indicators.text)
    assert " ".join(first) in texts and " ".join(second) in texts
    assert "item against its value to the users and the business" in texts


TELEPORT = Path(__file__).parent / "data" / "ingest" / "teleport-fullstack.pdf"


def test_a_publishers_table_cells_keep_the_authors_words_over_line_ends():
    """Teleport's Fullstack levels PDF (pdfTeX; Apache-2.0, see the fixture's README).

    "Type-" / "Script." is TypeScript, as the table writes it in another cell; "end-" /
    "to-end" keeps its hyphens with no space; a line opening "- systems ..." under an open
    sentence goes on with it, and a blank line in the cell parts two paragraphs.
    """
    result = ingest(TELEPORT)
    texts = list(result.framework.indicators.text)
    assert len(texts) == 46
    assert not any("Type-Script" in t or "- to-end" in t for t in texts)
    assert (
        "Strong understanding of CSS and TypeScript. Can build and style components to spec "
        "without leveraging third-party libraries." in texts
    )
    assert (
        "Understands how to build consistent end-to-end user experiences. Understands "
        "principals of information architecture." in texts
    )
    assert any(
        t.endswith("granular locking - systems that are easy to read, extend and troubleshoot.")
        for t in texts
    )
    notes = " ".join(result.report.to_frame().message)
    assert "a line-end hyphen dropped or kept as the table spells the word elsewhere" in notes


def test_the_report_head_warns_when_most_of_the_text_went_into_no_statement():
    """SFIA's 135-page reference once read as 10 statements with a summary like any other."""
    from compkit.ingest.report import IngestReport

    report = IngestReport("ref.pdf", "headings-lists", read_lines=10)
    report.add("unused", "'Skills' is in no statement", 0.5, {"page": 3, "lines": [1, 40]})
    assert "**Warning: most of the text (40 of 50 lines) went into no statement.**" in (
        report.to_markdown()
    )
    report.read_lines = 40
    assert report.unread() == "" and "Warning" not in report.to_markdown()
    text = "the text under 'Level 3' (21 sections, 71 paragraphs) is in no statement"
    report.add("unused", text, 0.5, {"page": 4, "lines": [7]})
    assert report.unread() == "most of the text (at least 111 of 151 lines) went into no statement"
