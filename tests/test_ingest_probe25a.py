"""compkit's own renders of the corpus, printed in Carlito (Calibri's metrics) and DejaVu Sans.

Every corpus framework and both seeds were rendered to Word in both layouts and printed by
LibreOffice twice, with Carlito and without (``tests/data/probe25a/``, see its README: the
fixtures make these tests independent of the machine's fonts). Mended (each test fails on
the code before):

- FT's themes, a table per theme with a row per level: a level's name wrapped over as many
  lines as its cell ("Senior Engineer 2" / "(Individual" / "Contributor)") ran on into the
  next row's name, the two rows one level (Carlito 72 of 92 in place; in DejaVu no level at
  all, 0 of 92). The step between two rows, longer than a line's, now parts them: 91 and 92
  of 92 (Carlito's one miss: "trade-" "offs" at a line's end joined as "tradeoffs").
- Engineering Ladders' axes, a row per level of one line each ("D1 - Developer 1 | actively
  learns ..." over "D2 - Developer 2 | ..."): seven names read as two levels, 0 of 35; two
  names alike but for their numbers are two rows: 35 of 35.
- UNiDAYS by level: the last level's heading "🧙 1337" opens with an emoji and was no
  heading, its 41 statements went to "Pr0" (159 of 200): 200.
- GDS by level: "Competency 8: Comunicating assumptions and getting clarification up front
  to minimise rework", 14 words, was no heading, and went into the competency above as a
  statement, on each of 3 levels (and its "Not defined by the publisher").
- USDS by level: a footer of 14 words naming its page ("... · Page 2 of 3") on two pages of
  three was read as a statement; HSE's in DejaVu wrapped over two lines ("... · Page 2 of" /
  "4").
- WSX's "work–life" broken after its en dash read "work– life" (DejaVu).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.ingest.pdfcells import _join
from compkit.ingest.pdfparas import furniture
from compkit.testing import statement_keys

DATA = Path(__file__).parent / "data"
HERE = DATA / "probe25a"


def _bare(name: str) -> str:
    return re.sub(r"[^\w ]+", "", name).strip()


def _keys(framework) -> Counter:
    """Statements as (competency, level, polarity, text); a PDF's text drops zero-width spaces."""
    return Counter(
        {
            (c, lv, p, t.replace("\u200b", "")): n
            for (c, lv, p, t), n in statement_keys(framework, _bare).items()
        }
    )


def _read(name: str):
    return compkit.ingest(HERE / name).framework


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_a_level_name_wrapped_as_long_as_its_cell_ends_its_row(font):
    source = compkit.load(DATA / "corpus" / "ft-engineering.yaml")
    read = _read(f"ft-competency-{font}.pdf")
    assert [lv.name for lv in read.level_records] == [lv.name for lv in source.level_records]
    missing = _keys(source) - _keys(read)
    assert all("trade-offs" in key[3] for key in missing), missing
    assert sum(missing.values()) <= 1


def test_one_line_rows_named_in_a_numbered_series_are_rows_of_their_own():
    source = compkit.load(DATA / "corpus" / "engineering-ladders-developer.yaml")
    read = _read("ladders-competency-carlito.pdf")
    assert [lv.name for lv in read.level_records] == [lv.name for lv in source.level_records]
    assert _keys(read) == _keys(source)


def test_a_level_heading_opening_with_an_emoji_is_a_heading():
    source = compkit.load(DATA / "corpus" / "myunidays.yaml")
    read = _read("myunidays-level-carlito.pdf")
    assert [_bare(lv.name) for lv in read.level_records] == ["n00b", "Play3r", "Pr0", "1337"]
    assert _keys(read) == _keys(source)


def test_a_numbered_heading_of_ten_words_after_its_label_is_a_heading():
    source = compkit.load(DATA / "corpus" / "gds-tech-career-path.yaml")
    read = _read("gds-level-carlito.pdf")
    assert _keys(read) == _keys(source)
    texts = [s.text for s in read.indicator_records]
    assert not [t for t in texts if t.startswith("Competency 8")]


def test_a_long_footer_naming_its_page_is_set_aside():
    source = compkit.load(DATA / "corpus" / "usds-sample-competencies.yaml")
    read = _read("usds-level-carlito.pdf")
    assert _keys(read) == _keys(source)
    assert not [s.text for s in read.indicator_records if "Page" in s.text]


def test_a_footer_wrapped_over_two_lines_is_set_aside():
    """HSE's footer printed in DejaVu: "... · Page 2 of" over "4" at each page's foot."""
    foot = "Stress Guide · Health and Safety Executive (research by Goldsmiths and others) · Page"
    lines, where, ys = [], [], []
    for page in (1, 2, 3, 4):
        body = [f"Statement {page}.{k} of the page." for k in range(1, 6)]
        for k, text in enumerate([*body, f"{foot} {page} of", "4"], 1):
            lines.append(text)
            where.append({"page": page, "lines": [k]})
        ys += [700.0 - 14 * k for k in range(5)] + [31.0, 21.7]
    notes = furniture(lines, where, ys, set())
    assert [t for t in lines if t] == [t for t in lines if t.startswith("Statement")]
    assert len([t for t in lines if t]) == 20
    assert any("Page 2 of 4" in n[1] for n in notes)


def test_a_dash_set_close_at_a_lines_end_joins_the_next_word():
    assert _join("exemplary work–", "life balance") == "exemplary work–life balance"
    assert _join("from 2019–", "2020") == "from 2019–2020"
    assert _join("Leads change –", "and others") == "Leads change – and others"
