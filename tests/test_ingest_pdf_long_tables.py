"""Ingest, PDF: a table that runs over many pages is read once, not again at every page.

``pdffile._tables`` reads a run of pages on from the open table's header and its lines since
a cut instead of from the run's first page. Each check here compares it with the reading it
replaced (``_window`` giving every line of the run: the whole run read again at each page),
which must find exactly the same: on layout lines made up by hypothesis (every kind of table
header, rows broken by a page's end or not, headings, lone level names, bullets), on PDFs
written here with pypdf (text set at columns, as a printed table stands), on the fixtures,
and on a 50-page table printed by LibreOffice from Word when ``soffice`` is installed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from compkit.ingest import pdffile, pdftables
from compkit.testing import long_table_pdf

DATA = Path(__file__).parent / "data" / "ingest"

HEADERS = [
    "Foundation                Practitioner              Expert",
    "Effective behaviours                      Ineffective behaviours",
    "Level/Skill         Planning                        Communication",
    "Competency   Skill       Junior (L1)       Senior (L2)",
]
TEXTS = [
    "Listens to others",
    "Plans the team's work and",
    "shares it with the",
    "colleagues (item 4).",
    "• Speaks clearly",
    "1. Reviews progress",
    "Managing Work",
    "Level 2",
    "Expert",
    "Ac-",
    "tively asks for feedback.",
    "Next Steps",
    "the needs of service users,",
]
COLUMNS = (0, 20, 26, 42, 52)


def _line(pieces: list[tuple[int, str]]) -> str:
    line = ""
    for col, text in sorted(pieces):
        at = max(col, len(line) + 3) if line else col
        line = line.ljust(at) + text
    return line


LINES = st.one_of(
    st.just(""),
    st.sampled_from(HEADERS),
    st.lists(
        st.tuples(st.sampled_from(COLUMNS), st.sampled_from(TEXTS)),
        min_size=1,
        max_size=3,
        unique_by=lambda p: p[0],
    ).map(_line),
)
PAGES = st.lists(st.lists(LINES, min_size=1, max_size=12), min_size=1, max_size=6)


def _decides_alike(run: list[str], places: list, carry, more: bool) -> bool:
    """Whether the open table's lines since its cut say what the whole run says: read on."""
    index = pdffile._window(run, carry)
    found, grids, _ = pdftables.find_tables(
        [run[n] if n is not None else "" for n in index],
        1,
        "p1",
        places=pdffile._marks(places, index, carry),
    )
    window = bool(grids) and more and pdffile._open(found, grids)
    found, grids, _ = pdftables.find_tables(run, 1, "p1", places=places)
    return window == (bool(grids) and more and pdffile._open(found, grids))


def _runs(pages: list[list[str]], *, strict: bool = False) -> list[tuple]:
    """Every run of pages read as read_pdf reads a PDF's layout lines: found, grids, notes.

    ``strict``: at every page, the open table's lines since its cut decide as the whole run
    does (the whole run is read again only when the table ends, never to correct them).
    """
    out: list[tuple] = []
    run: list[str] = []
    places: list[tuple[int, int]] = []
    carry = None
    for number, layout in enumerate(pages, 1):
        run += [*layout, ""]
        places += [(number, k) for k in range(1, len(layout) + 2)]
        assert not strict or _decides_alike(run, places, carry, number < len(pages))
        found, grids, said, carry = pdffile._tables(run, places, carry, more=number < len(pages))
        if carry is None:
            out.append((found, repr(grids), said))
            run, places = [], []
    return out


def _again(monkeypatch):
    """Make pdffile read the whole run again at every page, as it did before."""
    monkeypatch.setattr(pdffile, "_window", lambda run, carry: list(range(len(run))))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=PAGES)
@example(  # a lone header at a page's foot, a page opening blank, the header again
    pages=[[HEADERS[0], _line([(26, TEXTS[1])])], ["", HEADERS[0]], [""]]
)
@example(  # a header at a page's foot, the next page opening blank over one row, a line alone
    pages=[
        [HEADERS[1], HEADERS[0]],
        ["", _line([(0, TEXTS[1]), (26, TEXTS[0])])],
        [TEXTS[0]],
        [""],
    ]
)
@example(  # names under bands: the header's lines are two though its cells cite the first
    pages=[[HEADERS[1], HEADERS[3]], [_line([(0, TEXTS[1]), (26, TEXTS[0])])], [TEXTS[0]], [""]]
)
@example(  # a table's lone row; the next page another table's header, then its row: the
    # first table's columns are read from its own body, not from the next table's rows
    pages=[
        ["", HEADERS[3], _line([(20, TEXTS[0]), (42, TEXTS[1])])],
        [HEADERS[2]],
        [_line([(20, TEXTS[0]), (42, TEXTS[0])])],
        [""],
    ]
)
@example(  # rows under a lone level header, a polarity header at the page's foot
    pages=[
        [
            _line([(20, TEXTS[7]), (52, TEXTS[8])]),
            _line([(0, TEXTS[0]), (42, TEXTS[0])]),
            _line([(0, TEXTS[0]), (20, TEXTS[1]), (42, TEXTS[0])]),
        ],
        [TEXTS[0], _line([(42, TEXTS[1])]), HEADERS[1]],
        [""],
    ]
)
def test_reading_on_finds_what_reading_again_finds(pages):
    once = _runs(pages, strict=True)
    with pytest.MonkeyPatch.context() as mp:
        _again(mp)
        again = _runs(pages)
    assert once == again


def _count_lines(monkeypatch) -> list[int]:
    """The number of lines find_tables is given, call by call."""
    counted: list[int] = []
    real = pdftables.find_tables

    def counting(lines, *args, **kwargs):
        counted.append(len(lines))
        return real(lines, *args, **kwargs)

    monkeypatch.setattr(pdffile, "find_tables", counting)
    return counted


def _long_table(pages: int, *, rows_per_page: int = 12, polarity: bool = False) -> list[list]:
    """A table over many pages, headed by levels (or polarities): each cell wraps a line.

    A polarity table's rows are parted by blank lines, a level table's are not (as a table
    with tight rows prints, each cell's lines still read apart by case).
    """
    out, k = [], 0
    for p in range(pages):
        lines = ["Working Together", "", HEADERS[polarity], ""] if p == 0 else []
        for _ in range(rows_per_page):
            k += 1
            if polarity:
                lines += [_line([(0, f"Plans work {k} and"), (42, f"Hides risk {k} from")])]
                lines += [_line([(0, "reviews it"), (42, "the team")]), ""]
                continue
            lines += [
                _line([(0, f"Plans work {k} and"), (26, f"Shares news {k}"), (52, "Coaches")]),
                _line([(0, "reviews it"), (52, f"others {k}")]),
            ]
        out.append(lines)
    out[-1] += ["", "Next Steps", "The framework ends here."]
    return out


def test_a_long_table_is_read_a_bounded_number_of_times(monkeypatch):
    pages = _long_table(60)
    total = sum(len(p) + 1 for p in pages)
    counted = _count_lines(monkeypatch)
    once = _runs(pages)
    read = sum(counted)
    assert len(once) == 1
    assert read < 4 * total  # each page about twice: its own window, then the whole run once
    counted.clear()
    _again(monkeypatch)
    assert _runs(pages) == once
    assert sum(counted) > 20 * total  # reading again from the first page at every page


def write_layout_pdf(path: Path, pages: list[list[str]]) -> None:
    """A PDF whose text stands where each layout line's pieces stand (Courier, 9 pt)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Courier"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        body, y = ["BT", "/F1 9 Tf"], 800
        for line in lines:
            for at, text in pdftables.segments(line):
                text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                body += [f"1 0 0 1 {40 + at * 5.4:.1f} {y} Tm", f"({text}) Tj"]
            y -= 12
        body.append("ET")
        stream = StreamObject()
        stream.set_data("\n".join(body).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as fh:
        writer.write(fh)


def _both(path: Path, monkeypatch) -> tuple[str, str]:
    once = repr(pdffile.read_pdf(path))
    with pytest.MonkeyPatch.context() as mp:
        _again(mp)
        again = repr(pdffile.read_pdf(path))
    return once, again


@pytest.mark.parametrize("name", ["levels-in-columns", "effective-ineffective", "outline"])
def test_fixtures_read_as_before(name, monkeypatch):
    once, again = _both(DATA / f"{name}.pdf", monkeypatch)
    assert once == again


def test_a_long_pdf_table_reads_as_before(tmp_path, monkeypatch):
    path = tmp_path / "long.pdf"
    write_layout_pdf(path, _long_table(8, rows_per_page=15, polarity=True))
    once, again = _both(path, monkeypatch)
    assert once == again
    doc = pdffile.read_pdf(path)
    cells = [p.text for r in doc.regions for p in r.paras]
    assert len(cells) == 2 * 120
    assert cells[-2:] == ["Plans work 120 and reviews it", "Hides risk 120 from the team"]


def test_a_50_page_table_printed_by_libreoffice_reads_as_before(tmp_path, monkeypatch):
    if long_table_pdf(tmp_path / "long.pdf", 480) is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    counted = _count_lines(monkeypatch)
    once = repr(pdffile.read_pdf(tmp_path / "long.pdf"))
    read = sum(counted)
    counted.clear()
    _again(monkeypatch)
    assert repr(pdffile.read_pdf(tmp_path / "long.pdf")) == once
    assert read * 5 < sum(counted)


def test_a_page_whose_plain_text_has_the_level_header_on_one_line_may_hold_a_table():
    assert pdftables.may_hold_table(["Foundation Practitioner Expert", "Plans work."])
    assert pdftables.may_hold_table(["Awareness Knowledge Practitioner Expert Leader"])
    assert not pdftables.may_hold_table(["Plans the work of the expert team in detail."])
    # and such a table, written as a PDF, is read as one
    path = Path(tempfile.mkdtemp()) / "levels.pdf"
    write_layout_pdf(path, _long_table(2, rows_per_page=4))
    doc = pdffile.read_pdf(path)
    cells = [(r.labels[-1].text if r.labels else "", p.text) for r in doc.regions for p in r.paras]
    assert ("Foundation", "Plans work 1 and reviews it") in cells
    assert ("Expert", "Coaches others 8") in cells
