"""pdfTeX tables: a row's cells in one text object, moved on by kerns and along the baseline."""

from collections import Counter
from pathlib import Path

import pytest

import compkit

HERE = Path(__file__).parent / "data" / "probe30a"


def test_a_latex_table_row_reads_in_its_header_columns():
    # teachingRSE's Tables 1-3 (pages 14-15 of the paper as its site builds it): each row's
    # later cells start on the baseline by Tm, and their first lines drifted left of the
    # wrapped ones; the centred caption over a table is no row of the table above it
    read = compkit.ingest(HERE / "teachingrse-tables-1-3.pdf").framework
    per = Counter(s.competency for s in read.indicator_records)
    names = [
        "swlc",
        "docbb",
        "dist",
        "swrepos",
        "mod",
        "new",
        "rc",
        "sru",
        "sp",
        "domrep",
        "team",
        "teach",
        "pm",
        "users",
    ]
    assert sorted(per) == sorted(names)
    assert [n for n, k in per.items() if k != 3] == ["domrep"]  # Senior: "Same as junior RSE."
    texts = {(s.competency, s.level): s.text for s in read.indicator_records}
    assert texts["swlc", "senior-rse"] == (
        "Should know where in the life cycle their project is and which decisions are likely "
        "to lead to technical debt."
    )
    assert {s.level for s in read.indicator_records} == {
        "junior-rse",
        "senior-rse",
        "principal-rse",
    }


# A page set as pdfTeX sets one, written here: no space glyphs (a word space is a -250 kern),
# letters wider than the space, each row one text object whose later cells start on the
# baseline by ``Tm`` (pdfTeX's tables) or by ``Td`` from the line before (a LaTeX ``p`` column)
_WIDTHS = {c: 500 for c in range(33, 127)} | {32: 250}
_WIDTHS |= dict.fromkeys(b"ilt.,'", 280) | dict.fromkeys(b"mwMW", 780)
_COLUMNS = [50, 150, 330, 510]
_PROSE = [
    "This framework describes what we expect of engineers at each level of the ladder and how",
    "the expectations grow from one level to the next; every statement is a behaviour we can see.",
] * 3
_ROWS = [
    (
        "Teamwork",
        [
            ["Shares work with the", "team every week."],
            ["Leads the planning of the", "team's work for the year."],
            ["Sets the direction of", "several teams at once."],
        ],
    ),
    (
        "Writing",
        [
            ["Writes clear notes."],
            ["Sets the standard for", "the whole team's notes."],
            ["Shapes how the company", "writes about its work."],
        ],
    ),
]


def _width(text: str) -> float:
    return sum(_WIDTHS[ord(c)] for c in text) / 100  # points at 10 pt


def _shown(*items) -> bytes:
    return (
        "[" + " ".join(f"({i})" if isinstance(i, str) else f"{i:.0f}" for i in items) + "] TJ"
    ).encode()


def _words(line: str) -> bytes:
    items: list = []
    for word in line.split(" "):
        items += [-250, word] if items else [word]
    return _shown(*items)


def _latex_page(path, *, by: str):
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(700, 500)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/CMR10"),
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(126),
            NameObject("/Widths"): ArrayObject(NumberObject(_WIDTHS[c]) for c in range(32, 127)),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    ops, y = [], 470
    for line in _PROSE:
        ops += [f"BT /F1 10 Tf 50 {y} Td".encode(), _words(line), b"ET"]
        y -= 12
    head, items = ["Skill", "Level 1", "Level 2", "Level 3"], []
    for k, text in enumerate(head):
        gap = _COLUMNS[k] - _COLUMNS[k - 1] - _width(head[k - 1]) if k else 0
        items += [-gap * 100, text] if k else [text]
    ops += [f"BT /F1 10 Tf 50 {y - 12} Td".encode(), _shown(*items), b"ET"]
    y -= 36
    for name, cells in _ROWS:
        move = _mover(by, [50, y])
        ops += [f"BT /F1 10 Tf 50 {y} Td".encode(), _shown(name, -(100 - _width(name)) * 100)]
        for k, lines in enumerate(cells):
            for n, line in enumerate(lines):
                ops += (
                    [_words(line)]
                    if k == n == 0
                    else [move(_COLUMNS[k + 1], y - 12 * n), _words(line)]
                )
        ops += [b"ET"]
        y -= 12 * max(len(c) for c in cells) + 12
    stream = ContentStream(None, None)
    stream.set_data(b"\n".join(ops))
    page.replace_contents(stream)
    writer.write(path)
    return path


def _mover(by: str, at: list):
    """Where the next line starts: ``Tm`` to it, or ``Td`` from the line before (``at``)."""

    def move(x: float, to: float) -> bytes:
        if by == "Tm":
            return f"1 0 0 1 {x} {to} Tm".encode()
        step, at[:] = f"{x - at[0]:.3f} {to - at[1]:.3f} Td".encode(), [x, to]
        return step

    return move


@pytest.mark.parametrize("by", ["Tm", "Td"])
def test_cells_moved_on_along_the_baseline_read_in_their_columns(tmp_path, by):
    read = compkit.ingest(_latex_page(tmp_path / "table.pdf", by=by)).framework
    got = {(s.competency, s.level, s.text.replace("\u2019", "'")) for s in read.indicator_records}
    want = {
        (name.lower(), f"level-{k}", " ".join(lines))
        for name, cells in _ROWS
        for k, lines in enumerate(cells, 1)
    }
    assert got == want
