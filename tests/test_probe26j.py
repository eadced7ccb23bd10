"""Twenty-sixth round, helper J: an OD consultant's and an author's day (compare, report, authoring).

The consultant compared HSE with GDS, Medium with Monzo, USDS with GSA and the Civil Service
Competency Framework 2012 (``tests/data/probe25h``) with HSE, made each report in every format,
printed them and read the pages; the author revised GSA's Section 508 guide through the workbook
and the Python API and read every deliverable. Each test here failed on the round's start commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_the_dashboards_excel_rows_are_measured_as_they_print():
    """Rows of the dashboard's Excel download are as tall as their text prints in Calibri.

    Counted by characters, a 95-character statement in the 80-wide Statement column took two
    lines' height and printed on one (101 of 1,128 rows over five corpus pairs had a line too
    many); a line filling its column to within 1% may wrap printed scaled, so it counts two.
    """
    import pandas as pd

    from compkit.compare.dashboard import _excel_sheet

    one = (
        "You understand the trade offs between various implementations of a solution within "
        "a project."
    )  # GDS, printed on one line by LibreOffice
    full = (
        "Leading large scale technical infrastructure projects (level 5 would originate or "
        "complete, probably)"
    )  # Medium's Snowflake: fills the column to a hair, printed on two
    table = pd.DataFrame(
        {
            "Framework": ["GDS", "Medium"],
            "Competency": ["Planning and estimating", "Servers"],
            "Level": ["Mid level", "Milestone 5"],
            "Kind": ["must show", "must show"],
            "Statement": [one, full],
        }
    )
    ws = _excel_sheet(table).active
    assert [ws.row_dimensions[r].height for r in (2, 3)] == [15, 30]


@pytest.fixture(scope="module")
def gsa():
    """GSA's Section 508 program manager guide (public domain), as curated in the corpus."""
    return compkit.load(CORPUS / "gsa-508-pm.yaml")


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (  # checked after the edit, these were faults of the file ("at competencies[0]...")
            lambda fw: compkit.authoring.add_indicator(
                fw,
                "Acquisition Strategy",
                "Beginner",
                "Do x.",
                id="acquisition-strategy-beginner-1",
            ),
            "add_indicator: id='acquisition-strategy-beginner-1' is taken by a statement of "
            "Acquisition Strategy at Beginner",
        ),
        (
            lambda fw: compkit.authoring.add_indicator(
                fw, "Acquisition Strategy", "Beginner", "Do x.", id="Bad Id"
            ),
            "add_indicator: id='Bad Id' is not an id; expected lower-case letters",
        ),
        (
            lambda fw: compkit.authoring.add_indicator(
                fw, "Acquisition Strategy", "Beginner", "Do x.", polarity="negative"
            ),
            "add_indicator: polarity='negative'; expected 'effective' (what a holder must show) "
            "or 'ineffective'",
        ),
        (  # a statement's opening words typed for its id
            lambda fw: compkit.authoring.remove_indicator(fw, "Conduct market research"),
            "remove_indicator: 'Conduct market research' is a statement's words, not its id; "
            "expected the id of the statement: acquisition-strategy-beginner-1",
        ),
        (
            lambda fw: compkit.authoring.set_text(fw, "acquisition-strategy-beginer-1", "Do x."),
            "set_text: unknown indicator 'acquisition-strategy-beginer-1' in framework "
            "'gsa-508-pm'; did you mean 'acquisition-strategy-beginner-1'?",
        ),
        (  # were AttributeErrors
            lambda fw: compkit.authoring.render_changelog("gsa.yaml"),
            "render_changelog: expected the table compkit.diff returns",
        ),
        (
            lambda fw: compkit.authoring.word_diff(None, "Do x."),
            "word_diff: expected old as text (a statement), got NoneType None",
        ),
    ],
)
def test_an_authors_slip_in_python_is_told_in_the_arguments_terms(gsa, call, said):
    with pytest.raises(compkit.UsageError) as told:
        call(gsa)
    assert said in str(told.value)


@pytest.fixture
def hse_again(tmp_path):
    """HSE's management competencies (OGL) in a second file, one statement reworded."""
    text = (CORPUS / "hse-stress-competencies.yaml").read_text(encoding="utf-8")
    assert "monitoring team workload" in text
    path = tmp_path / "hse-2.yaml"
    path.write_text(text.replace("monitoring team workload", "monitoring the team's workload"))
    return path


def test_two_versions_headlines_say_versions_and_negatives_once(hse_again):
    """Of two versions, the values finding says "Neither version" (the summary did; the table
    said "Neither framework"), and negative indicators listed by both are one sentence, not
    "X also lists ..., counted apart ...; Y also lists ..., counted apart ..." (HSE against the
    Civil Service Competency Framework 2012 read so)."""
    heads = compkit.headline_differences(CORPUS / "hse-stress-competencies.yaml", hse_again)
    found = heads.set_index("aspect")["finding"]
    assert found["values"] == "Neither version names organisational values."
    assert found["polarity"].count("counted apart") == 1
    assert " lists 57 negative indicators and " in found["polarity"]


def test_a_framework_naming_no_organisation_says_so_at_a_glance(hse_again, tmp_path):
    """The Shape table's Organisation cell reads "not stated" (it was empty: the Civil Service
    Competency Framework 2012 read from JSON names none, and ingest writes so)."""
    from compkit.compare.report_content import build_report

    text = hse_again.read_text(encoding="utf-8").splitlines()
    nameless = tmp_path / "nameless.yaml"
    nameless.write_text(
        "\n".join(
            "organisation: (organisation not stated)" if line.startswith("organisation:") else line
            for line in text
        )
        + "\n"
    )
    report = build_report(
        CORPUS / "gds-tech-career-path.yaml", nameless, appendix=False, crosswalk=False
    )
    shape = next(s for s in report.sections if s.title == "Shape").blocks[0].frame
    row = shape.set_index("Measure").loc["Organisation"].tolist()
    assert row == ["Government Digital Service", "not stated"]


def test_the_html_reports_short_names_stay_on_one_line():
    """A column of short names ("Milestone 1", "Level 6") is kept on one line in the HTML report.

    The browser gave the width to long headers beside them ("Must show (with lower levels)"),
    so Medium's levels printed "Milestone / 1": over six pairs printed by Chromium, 2,547 of
    4,265 short cells broke over two lines, 329 after.
    """
    import re

    page = compkit.compare.report_html(
        CORPUS / "medium-snowflake.yaml",
        CORPUS / "monzo-backend.yaml",
        crosswalk=False,
        appendix=False,
    )
    assert re.search(r"<td class=short>Milestone 1</td>", page)
    assert "td.short{white-space:nowrap}" in page
    assert not re.search(r"<td class=short>[^<]{17,}</td>", page)


def test_the_word_reports_short_tables_are_kept_on_one_page(tmp_path):
    """A short table of the Word report holds together on one page, as in the HTML report.

    HSE against GDS printed the headline differences' last row ('Definition') alone overleaf;
    over six pairs printed by LibreOffice, 7 short tables split across pages, 2 after (tables
    longer than the room left on a landscape page).
    """
    import docx

    out = compkit.write_report(
        CORPUS / "hse-stress-competencies.yaml",
        CORPUS / "gds-tech-career-path.yaml",
        tmp_path / "report.docx",
        crosswalk=False,
        appendix=False,
    )
    heads = docx.Document(str(out)).tables[0]
    kept = [row.cells[0].paragraphs[0].paragraph_format.keep_with_next for row in heads.rows]
    assert kept == [True] * (len(kept) - 1) + [False]


def test_a_new_competencys_statements_are_quoted_as_the_files_are(tmp_path):
    """A competency added through the workbook writes its statements in the file's quotes.

    GSA's file quotes every statement; a new competency's statement was written plain
    (``text: Run automated ...``), as no statement of its own stood beside it to copy.
    """
    from compkit.authoring import write_yaml

    path = tmp_path / "gsa.yaml"
    path.write_text((CORPUS / "gsa-508-pm.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    doc = compkit.framework.to_dict(compkit.load(path))
    doc["competencies"].append(
        {
            "id": "accessibility-testing",
            "name": "Accessibility Testing",
            "indicators": [
                {
                    "id": "accessibility-testing-beginner-1",
                    "level": "beginner",
                    "text": "Run checks.",
                }
            ],
        }
    )
    write_yaml(compkit.framework.build.from_dict(doc), path)
    assert '        text: "Run checks."' in path.read_text(encoding="utf-8")


def test_a_competency_in_no_group_shows_a_dash():
    """Beside a framework in groups, one without shows a dash in the Group column, not an empty
    cell (Monzo's five topics beside Medium's tracks in groups A to D)."""
    from compkit.compare.report_content import build_report

    report = build_report(
        CORPUS / "medium-snowflake.yaml",
        CORPUS / "monzo-backend.yaml",
        appendix=False,
        crosswalk=False,
    )
    table = next(s for s in report.sections if s.title == "Competencies").blocks[0].frame
    groups = table.loc[table["Framework"] == "Monzo", "Group"]
    assert set(groups) == {"–"}
