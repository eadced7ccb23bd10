"""compkit reads back the PDFs it renders: the bundled frameworks printed by LibreOffice.

The bundled Children in Scotland (CiS) and WSX Mind frameworks (their published text; see
``data/frameworks``) are rendered to Word by :func:`compkit.render` and printed to PDF by
LibreOffice. Every statement must come back in its competency, level and polarity. Skipped
when ``soffice`` is not installed.

- CiS: its table cells are set in 9 pt under 10 pt paragraphs, so each "VALUES: OPEN AND
  FAIR" line under a competency's description was read as a heading (10 pt, larger than the
  commonest text) and named the competency: 5 competencies "VALUES: ...", 0 of 62 right. Its
  role profile's rows ("Working with others | Level 3", a name opening with a level word)
  were then read as a level table: a competency "Role profiles" of 6 statements.
- WSX: a numbered item wrapped onto a line opening in capitals ("8. Values, ... in-line with
  WSX Mind's" / "Equalities Policy"; "... across WSX" / "Mind by being a positive role
  model") lost that line: 151 of 153 right.
"""

from __future__ import annotations

import shutil

import pytest

import compkit
from compkit.testing import printed_renders, statement_keys


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    return printed_renders(tmp_path_factory.mktemp("pdf2"), {"cis": "cis", "wsx": "wsx"})


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_rendered_framework_reads_back_from_pdf(printed, name):
    source = compkit.load(name)
    read = compkit.ingest(printed / f"{name}.pdf").framework
    assert statement_keys(read) == statement_keys(source)
    assert [c.name for c in read.competency_records] == [c.name for c in source.competency_records]
