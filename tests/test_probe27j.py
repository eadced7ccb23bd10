"""Twenty-seventh round, helper J: an OD consultant's and an author's day (compare, report, authoring).

The consultant compared the Civil Service Competency Framework 2012 (three clusters, six
levels, 335 negative indicators; ``tests/data/probe26h``) with USDS's four-level library
(``tests/data/probe26a``) and Engineering Ladders' seven levels, HSE with GDS, Medium with Monzo
and OCF's management ladder (``tests/data/probe26i``) with Engineering Ladders, made each report
in every format and printed them; the author revised USDS's library through the workbook and
CSCF through the Python API and read every deliverable. Each test here failed on the round's
start commit.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

import compkit
from compkit.authoring import render_changelog, set_text
from compkit.compare.report_content import build_report
from compkit.compare.report_docx import docx_bytes

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_a_table_whose_words_fit_a_portrait_page_stays_on_one():
    """A table's narrowest columns are its longest words as Calibri prints them.

    Counted at 0.22 cm a letter, HSE and GDS's Levels and Competencies tables (eight and nine
    columns headed "Competencies described", "Negative indicators") could not fit 17 cm and went
    on a landscape page of their own, mostly blank, the page before ending early too (eight
    pairs printed by LibreOffice: 20 landscape pages; the CSCF's pairs 7 each).
    """
    report = build_report(
        CORPUS / "hse-stress-competencies.yaml",
        CORPUS / "gds-tech-career-path.yaml",
        appendix=False,
        crosswalk=False,
        date="1 January 2027",
    )
    document = docx.Document(io.BytesIO(docx_bytes(report)))
    assert [s.orientation for s in document.sections] == [0]  # portrait throughout
    levels = next(t for t in document.tables if t.rows[0].cells[-1].text == "Negative indicators")
    widths = [c.width.cm for c in levels.columns]
    assert sum(widths) <= 17.01 and min(widths) > 1.0


def test_a_change_log_calls_a_framework_with_no_short_name_by_its_title(tmp_path):
    """USDS's library ingested from PDF (a title of 42 characters, no organisation stated) was
    called by its id: '# Changes to usds-library-carlito: usds.yaml → usds-rev.yaml'."""
    text = (CORPUS / "usds-sample-competencies.yaml").read_text(encoding="utf-8")
    text = text.replace("organisation: U.S. Digital Service", "organisation: (not stated)")
    old = tmp_path / "usds.yaml"
    old.write_text(text.replace("short_name: USDS\n", ""), encoding="utf-8")
    fw = compkit.load(old)
    first = fw.indicators["indicator_id"].iloc[0]
    new = set_text(fw, first, "Applicant has worked remotely and sets up their own equipment.")
    log = render_changelog(compkit.diff(fw, new))
    assert log.splitlines()[0] == "# Changes to Sample Competencies and Proficiency Levels"
