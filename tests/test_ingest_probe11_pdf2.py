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

import re
import shutil
from collections import Counter

import pytest

import compkit
from compkit.testing import word_to_pdf


def _keys(framework) -> Counter:
    levels = {lv.id: lv.name for lv in framework.level_records}
    out: Counter = Counter()
    for comp in framework.competency_records:
        for ind in framework.indicator_records:
            if ind.competency == comp.id:
                text = re.sub(r"\s+", " ", ind.text).strip()
                out[(comp.name, levels.get(ind.level), ind.polarity, text)] += 1
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    folder = tmp_path_factory.mktemp("pdf2")
    words = [compkit.render(name, folder / f"{name}.docx") for name in ("cis", "wsx")]
    word_to_pdf(*words)
    return folder


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_rendered_framework_reads_back_from_pdf(printed, name):
    source = compkit.load(name)
    read = compkit.ingest(printed / f"{name}.pdf").framework
    want, got = _keys(source), _keys(read)
    assert got == want
    assert [c.name for c in read.competency_records] == [c.name for c in source.competency_records]
