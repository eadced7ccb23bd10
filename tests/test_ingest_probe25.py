"""compkit reads PDFs printed in Calibri's metrics (Carlito) as it reads them in DejaVu Sans.

The fixtures (``tests/data/ingest/probe25/``, see its README) were printed by LibreOffice with
Carlito, so these tests read the same bytes on every machine. Mended (each fails on the code
before):

- UNiDAYS' table with a column per level, its header cells set right of their bullets (an
  emoji before "Pr0"): a centred-header rule took the column before's hanging indent (its
  items' wrapped lines, just right of a short header "Pr0") for the next column's start, so
  the "1337" column's cells took in the "Pr0" column's wrapped lines (145 of 200 right);
  "to-" "do lists" was joined as "todo" (a word of four letters is never hyphenated). Now
  200 of 200.
- Novoda's ladder in two Word text columns: the right column's first line, a sentence going
  on from the left column's foot ("identify opportunities for"), stood beside a heading
  ("Product Engineer") and was read as a table's header; a left column held short by widow
  control ended above the right column's foot, so the item was not run on; an item running
  on from the right column's foot to the next page's left column was cut. 71 of 74 right,
  now 74; the Royal Opera House's framework 72 of 72 before and after.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.testing import statement_keys

DATA = Path(__file__).parent / "data"
HERE = DATA / "ingest" / "probe25"
COLUMNS = json.loads((DATA / "ingest" / "probe12-pdf" / "columns.json").read_text("utf-8"))


def _keys(path: Path) -> Counter:
    """The statements read from a PDF as (competency, level, text)."""
    fw = compkit.ingest(path).framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return Counter((comps[s.competency], levels.get(s.level), s.text) for s in fw.indicator_records)


def _bare(name: str) -> str:
    return re.sub(r"[^\w ]+", "", name).strip()


def test_level_columns_printed_in_carlito_read_back_whole():
    source = compkit.load(DATA / "corpus" / "myunidays.yaml")
    read = compkit.ingest(HERE / "myunidays-level-columns.pdf").framework
    assert statement_keys(read, _bare) == statement_keys(source, _bare)


def test_a_hyphen_closing_a_line_before_a_short_word_is_kept():
    read = compkit.ingest(HERE / "myunidays-level-columns.pdf").framework
    texts = " ".join(s.text for s in read.indicator_records)
    assert "maintains to-do lists" in texts
    assert "todo" not in texts


@pytest.mark.parametrize(
    ("name", "outer_is_level"), [("novoda-columns", True), ("roh-columns", False)]
)
def test_two_text_columns_printed_in_carlito_read_column_by_column(name, outer_is_level):
    sections = COLUMNS[name.split("-")[0]]
    want = Counter(
        (inner, outer, text) if outer_is_level else (outer, inner, text)
        for outer, inners in sections.items()
        for inner, texts in inners.items()
        for text in texts
    )
    assert _keys(HERE / f"{name}.pdf") == want


@pytest.mark.parametrize(
    ("header", "rows", "levels"),
    [
        (  # level columns numbered from 0: the "0: Unaware" column was lost (6 of 8 read)
            "Skill,0: Unaware,1: Novice,2: Practitioner,3: Expert",
            [
                "Testing,Writes no tests,Writes tests,Designs tests,Leads testing",
                "Review,Reads no code,Reads code,Reviews code,Sets standards",
            ],
            ["0: Unaware", "1: Novice", "2: Practitioner", "3: Expert"],
        ),
        (  # names in another script after a full-width colon: refused before
            "能力,0：未到達,1：初歩,2：自立,3：指導",
            [
                "テスト,テストを書けない,テストを書く,テストを設計する,テストを指導する",
                "レビュー,読めない,コードを読む,コードをレビューする,基準を定める",
            ],
            ["0：未到達", "1：初歩", "2：自立", "3：指導"],
        ),
    ],
)
def test_level_columns_numbered_in_order_from_0_or_1_name_the_levels(
    tmp_path, header, rows, levels
):
    """Self-written, in the shape of itdojp's behavioural anchors (a CSV of numbered levels)."""
    path = tmp_path / "numbered.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert [lv.name for lv in fw.level_records] == levels
    assert len(fw.indicator_records) == 8
