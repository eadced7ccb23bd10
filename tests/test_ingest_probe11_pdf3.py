"""compkit reads back the PDFs it renders: a table with a row per level, printed by LibreOffice.

Three corpus frameworks (their published text; see ``tests/data/corpus/manifest.yaml``) are
rendered to Word by :func:`compkit.render` and printed to PDF by LibreOffice; every statement
must come back in its competency, level and polarity. Each competency is rendered as one
table with a row per level: "Level | Statements" (one side) or "Level | Effective behaviours
| Ineffective behaviours" (both sides). Skipped when ``soffice`` is not installed.

- HSE's management competencies for preventing stress (both sides): the header was no table
  header ("Effective behaviours" reads as a level word, so no column of competency names),
  and the whole header line became the one level: 0 of 124 right.
- Monzo's backend framework and Medium's Snowflake ("Level | Statements"): a header of two
  cells was no table header, its line a level "Level Statements" (Medium 0 of 320; Monzo 0 of
  135, 55 read); Medium's first page of tables was read as plain text, its one two-word header
  line no sign of a table; and Monzo's rows of one statement each ("Level 1 | • Improves
  documentation" right over "Level 2 | • Proactively raises issues") were one level's name
  wrapped over three lines.
- UNiDAYS' core competencies, a table per competency with a column per level named in emoji
  and leet ("👩‍🎓 n00b | 👨‍🔧 Play3r | 👩‍🏫 Pr0 | 🧙 1337") that no word list knows: no table
  was found, all 200 statements at "All levels" (0 of 200 right). The header row printed over
  every competency's table names the columns. (The PDF's text layer keeps few of the emoji,
  so names are compared by their letters and digits.)
- USDS's sample competencies: a cell's line ending in a word set between hyphens ("Google
  Hangouts -vs-" / "Skype -vs- Zoom") was joined with no space ("-vs-Skype"): 11 of 12.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import compkit
from compkit.testing import printed_renders, statement_keys

CORPUS = Path(__file__).parent / "data" / "corpus"
NAMES = [
    "hse-stress-competencies",
    "monzo-backend",
    "medium-snowflake",
    "myunidays",
    "usds-sample-competencies",
]


def _bare(name: str) -> str:
    return re.sub(r"[^\w ]+", "", name).strip()


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    sources = {n: CORPUS / f"{n}.yaml" for n in NAMES}
    return printed_renders(tmp_path_factory.mktemp("pdf3"), sources)


@pytest.mark.parametrize("name", NAMES)
def test_level_rows_read_back_from_pdf(printed, name):
    source = compkit.load(CORPUS / f"{name}.yaml")
    read = compkit.ingest(printed / f"{name}.pdf").framework
    assert statement_keys(read, _bare) == statement_keys(source, _bare)
    want = [_bare(lv.name) for lv in source.level_records]
    assert [_bare(lv.name) for lv in read.level_records] == want
