"""Nineteenth probe of the comparison: frameworks called by a short name the source gives.

An ingested framework has no short name, and often no organisation stated: a comparison called
it by its whole title in every sentence, column and chart ("The technologist's career path at
GDS - career path competencies and WSX Mind: how the two competency frameworks compare"). It is
now called by the source's own short form (a bracketed acronym, an acronym its introduction
defines, the title's head before a separator, the name without a bracketed qualifier), never by
an invented one; the whole title stays in the report's subtitle.
"""

from dataclasses import replace
from pathlib import Path

import pytest

import compkit
from compkit.compare._loading import _load
from compkit.compare.report_content import build_report
from compkit.framework.model import Passage

CORPUS = Path(__file__).parent / "data" / "corpus"
NOT_STATED = "(organisation not stated)"


def _ingested(path, **changes):
    """A corpus framework as ingest leaves it: no short name, no organisation stated."""
    return replace(compkit.load(path), short_name="", organisation=NOT_STATED, **changes)


def _names(a, b="wsx"):
    """What every table, sentence and chart of a comparison calls ``a`` and ``b``."""
    return [fw.label for fw in _load((a, b))]


@pytest.fixture(scope="module")
def gds_report():
    gds = _ingested(CORPUS / "gds-tech-career-path.yaml")
    return gds, build_report(gds, "wsx", date="2027-01-15", crosswalk=False, appendix=False)


def test_a_long_title_is_called_by_its_head_before_a_separator(gds_report):
    gds, report = gds_report
    assert gds.title == "The technologist's career path at GDS - career path competencies"
    assert report.title == (
        "The technologist's career path at GDS and WSX Mind: how the two competency "
        "frameworks compare"
    )
    assert report.subtitle.startswith(gds.title + " and ")  # the whole title, once
    said = " ".join(report.summary)
    assert "career path competencies" not in said
    assert "The technologist's career path at GDS" in said


def test_a_head_naming_only_a_kind_gives_way_to_the_tail():
    cis = _ingested("cis", title="Competency framework: Finance and Business Partnering staff")
    assert _names(cis) == ["Finance and Business Partnering staff", "WSX Mind"]


def test_a_long_organisation_loses_its_bracketed_qualifier():
    hse = replace(compkit.load(CORPUS / "hse-stress-competencies.yaml"), short_name="")
    assert _names(hse) == ["Health and Safety Executive", "WSX Mind"]


def test_a_bracketed_short_form_of_the_words_before_it_names_the_framework():
    long = "Federal Acquisition Certification in Contracting (FAC-C) core competencies"
    assert _names(_ingested("cis", title=long))[0] == "FAC-C"
    # a bracket that is no short form of the words before it is a qualifier, not a name
    other = "Staff competency framework for managers in our regional offices (UK)"
    assert _names(_ingested("cis", title=other))[0] == (
        "Staff competency framework for managers in our regional offices"
    )


def test_an_acronym_the_introduction_defines_for_the_title_names_it():
    title = "Systems Engineering Behavioral Competency Model - observable behaviors"
    said = "This is the Systems Engineering Behavioral Competency Model (SEBCM) of our teams."
    cis = _ingested("cis", title=title)
    with_intro = replace(cis, introduction=(Passage(text=said),))
    assert _names(with_intro)[0] == "SEBCM"
    # an acronym for part of the title only is not the framework's name
    part = "Section 508 Program Manager Competency Guide for federal agencies"
    said = "The Section 508 Program Manager (PM) leads the program."
    gsa = replace(_ingested("cis", title=part), introduction=(Passage(text=said),))
    assert _names(gsa)[0] == part  # nothing given: the whole title, never an invented name


def test_a_title_opening_with_an_acronym_is_called_by_it():
    # NASA's Systems Engineering behaviour model, ingested from its web page (no organisation
    # stated): "NASA Systems Engineering Behavior Competency Model" headed every column and
    # was cut to "NASA Systems Engineering Behavior..." in the theme heatmap
    nasa = _ingested("cis", title="NASA Systems Engineering Behavior Competency Model")
    assert _names(nasa)[0] == "NASA"
    # a two-letter opening names a field, not the framework: the whole title stays
    it = "IT Skills and Behaviours Framework for our support staff"
    assert _names(_ingested("cis", title=it))[0] == it


def test_every_finding_of_the_key_figures_opens_as_a_sentence():
    # 100 of 422 findings over 55 corpus pairs opened in lower case: "per level CiS: 16 / ...",
    # "at the lowest level 6% (CiS) ..."
    report = build_report("cis", "wsx", date="2027-01-15", crosswalk=False, appendix=False)
    table = report.sections[0].blocks[0].frame.set_index("Aspect")
    assert table.loc["Growth", "Finding"].startswith("Per level CiS: 16 / 16 / 14 / 16; ")
    assert all(f[:1].isupper() for f in table["Finding"])
    # a framework whose name its publisher writes in lower case keeps it so
    eng = replace(compkit.load("cis"), short_name="eNgage")
    table = build_report(eng, "wsx", date="2027-01-15", crosswalk=False, appendix=False)
    findings = table.sections[0].blocks[0].frame["Finding"]
    assert any(f.startswith("eNgage") for f in findings)


def test_the_summary_says_whether_cells_are_wholly_or_partly_undefined():
    # was "wholly or partly undefined" in 27 corpus pairs' summaries, 19 of them with every
    # cell wholly undefined (Monzo's leadership at levels 1 and 2, GDS's 18 cells)
    monzo, hse = CORPUS / "monzo-backend.yaml", CORPUS / "hse-stress-competencies.yaml"
    report = build_report(monzo, hse, date="2027-01-15", crosswalk=False, appendix=False)
    said = report.summary[0]
    assert "Monzo leaves 2 cells (topic at a level) wholly undefined; they are" in said
    # HSE's one cell lacks only its negative indicators (round 24: said so, was "wholly or
    # partly")
    assert "HSE leaves 1 cell (competency at a level) partly undefined (its negative" in said
