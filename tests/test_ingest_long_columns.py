"""Ingest of long sheets (a row per behaviour) that repeat their competency's and level's texts.

An HR system exports a framework a row per behaviour, the competency's definition and the
level's descriptor repeated on each row ("Competency | Definition | Level | Proficiency |
Behavioral Indicator", the seventh probe round's D3a). The definition is the competency's
description; a descriptor the same for every competency is the level's description; a
descriptor written for each competency and level has no place in a framework file and is
reported as not read, as is every other column read into nothing. The fixtures are written
here from the text of three public frameworks, word for word, in shapes of our own:

- U.S. Office of Personnel Management, *Proficiency Levels for Leadership Competencies*
  (2008; opm.gov, as quoted on fliphtml5.com/nmcc/vqlu pages 3 and 12): the proficiency
  level scale (the same definition for every competency) and the illustrations of "External
  Awareness" and "Accountability". A work of the U.S. federal government: public domain in
  the USA.
- UNiDAYS competency framework (MIT; ``tests/data/corpus/myunidays.yaml``, source and
  licence in ``tests/data/corpus/README.md``): two topics' summaries and criteria.
- Medium, *Snowflake* growth framework (Apache-2.0; ``tests/data/corpus/medium-snowflake.yaml``):
  two tracks' descriptions, milestone summaries (one per track and milestone) and signals.
"""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import Workbook

import compkit

EXPERT = ("Applies the competency in exceptionally difficult situations",
          "Serves as a key resource and advises others")  # fmt: skip
ADVANCED = ("Applies the competency in considerably difficult situations",
            "Generally requires little or no guidance")  # fmt: skip
INTERMEDIATE = ("Applies the competency in difficult situations",
                "Requires occasional guidance")  # fmt: skip
EXTERNAL = (
    "Understands and keeps up-to-date on local, national, and international policies and "
    "trends that affect the organization and shape stakeholders' views; is aware of the "
    "organization's impact on the external environment."
)
ACCOUNTABILITY = (
    "Holds self and others accountable for measurable high-quality, timely, and cost-effective "
    "results. Determines objectives, sets priorities, and delegates work. Accepts "
    "responsibility for mistakes. Complies with established control systems and rules."
)
#: competency, definition, level, level definition (two lines), illustration
OPM = [
    ("External Awareness", EXTERNAL, "Level 3 - Intermediate", INTERMEDIATE,
     "Considers the impact of a shift in programmatic direction to meet the needs of local "
     "and national customers"),
    ("External Awareness", EXTERNAL, "Level 3 - Intermediate", INTERMEDIATE,
     "Synthesizes complex information gathered from a variety of external sources and "
     "disseminates it to staff"),
    ("External Awareness", EXTERNAL, "Level 4 - Advanced", ADVANCED,
     "Provides policy advice to officials which are consistent with local, national, and "
     "international policies and trends"),
    ("External Awareness", EXTERNAL, "Level 5 - Expert", EXPERT,
     "Examines and utilizes best practices to build an organizational infrastructure"),
    ("Accountability", ACCOUNTABILITY, "Level 4 - Advanced", ADVANCED,
     "Administers and provides oversight of a new complex procedure which delegates "
     "responsibility for compliance to various agencies or parties"),
    ("Accountability", ACCOUNTABILITY, "Level 5 - Expert", EXPERT,
     "Revises and communicates to employees expectations and methods for achieving results in "
     "light of failed or delayed agency-level project"),
]  # fmt: skip
OPM_HEAD = ["Competency", "Definition", "Proficiency Level", "Proficiency Level Definition",
            "Proficiency Level Illustration"]  # fmt: skip
OPM_HINT = {"text_from": "Proficiency Level Illustration"}

ATTITUDE = (
    "Attitude is everything. Attitude determines the success or failure of the thing we set "
    "out to do. We need to be adaptable and open to change, willing to listen to and take on "
    "new ideas. A good attitude enables and encourages cohesion and collaborative problem "
    "solving."
)
VALUE = (
    "Delivery of value is a key component in the success of your career. Being commercially "
    "aware, understanding costs around work and the impact of those costs on the business are "
    "all important."
)
UNIDAYS = [
    ("😀 Attitude", ATTITUDE, "👩‍🎓 n00b", "Enthusiasm for subject and has a willingness to learn"),
    ("😀 Attitude", ATTITUDE, "👩‍🎓 n00b", "Flexible and open to change"),
    ("😀 Attitude", ATTITUDE, "👨‍🔧 Play3r",
     "Fosters an appropriate sense of urgency to deliver results at pace"),
    ("📯 Delivering Value", VALUE, "👩‍🎓 n00b",
     "Actively contributes to the design of products and solutions"),
    ("📯 Delivering Value", VALUE, "👩‍🎓 n00b",
     "Clear on the purpose and value of all tasks and will seek clarification when not"),
]  # fmt: skip

MOBILE = "Develops expertise in native mobile platform engineering, such as iOS or Android"
WEB = "Develops expertise in web client technologies, such as HTML, CSS, and JavaScript"
M2 = "Develops new instances of existing architecture, or minor improvements to existing architecture"
SNOWFLAKE = [
    ("Mobile", MOBILE, "1", "Works effectively within established iOS or Android architectures, "
     "following current best practices", "Delivers features requiring simple local modifications"),
    ("Mobile", MOBILE, "1", "Works effectively within established iOS or Android architectures, "
     "following current best practices", "Adds simple actions that call server endpoints"),
    ("Mobile", MOBILE, "2", M2, "Creates simple new activities on Android"),
    ("Web client", WEB, "1", "Works effectively within established web client architectures, "
     "following current best practices", "Makes minor modifications to existing screens"),
    ("Web client", WEB, "2", M2, "Makes sensible abstractions based on template and code patterns"),
]  # fmt: skip


def _csv(tmp_path, name, head, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(head)
    writer.writerows([["\n".join(c) if isinstance(c, tuple) else c for c in r] for r in rows])
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _said(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def _cells(result):
    frame = result.framework.indicators
    return list(zip(frame["competency"], frame["level_name"], frame["text"], strict=True))


def _everything(result) -> str:
    """Every text the framework holds and every message of its report, joined."""
    fw = result.framework
    parts = [i.text for i in fw.indicator_records]
    parts += [c.name + " " + c.description for c in fw.competency_records]
    parts += [lv.name + " " + lv.description for lv in fw.level_records]
    return " ".join(parts + _said(result))


def test_opm_definitions_describe_competencies_and_the_shared_scale_its_levels(tmp_path):
    result = compkit.ingest(_csv(tmp_path, "opm.csv", OPM_HEAD, OPM), **OPM_HINT)
    fw = result.framework
    assert result.report.layout == "long"
    assert {c.name: c.description for c in fw.competency_records} == {
        "External Awareness": EXTERNAL,
        "Accountability": ACCOUNTABILITY,
    }
    assert {lv.name: lv.description for lv in fw.level_records} == {
        "Level 3 - Intermediate": "\n\n".join(INTERMEDIATE),  # two lines: two paragraphs
        "Level 4 - Advanced": "\n\n".join(ADVANCED),
        "Level 5 - Expert": "\n\n".join(EXPERT),
    }
    assert _cells(result) == [(c, lv, t) for c, _, lv, _, t in OPM]
    said = _said(result)
    assert (
        "column 'Proficiency Level Definition' read as the levels' descriptions (one text per "
        "level, the same for every competency)" in said
    )
    assert not [m for m in said if "not read" in m or "not kept" in m]


def test_opm_merged_down_in_a_workbook_reads_alike(tmp_path):
    """Definitions and level cells written once over their rows (merged down, as people do)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Leadership"
    sheet.append(OPM_HEAD)
    for k, (comp, definition, level, scale, text) in enumerate(OPM):
        new_comp = k == 0 or comp != OPM[k - 1][0]
        new_level = new_comp or level != OPM[k - 1][2]
        sheet.append([comp if new_comp else None, definition if new_comp else None,
                      level if new_level else None, "\n".join(scale) if new_level else None,
                      text])  # fmt: skip
    path = tmp_path / "opm.xlsx"
    book.save(path)
    result = compkit.ingest(path, **OPM_HINT)
    fw = result.framework
    assert {c.name: c.description for c in fw.competency_records}["Accountability"] == (
        ACCOUNTABILITY
    )
    assert fw.level("level-5-expert").description == "\n\n".join(EXPERT)
    assert _cells(result) == [(c, lv, t) for c, _, lv, _, t in OPM]


def test_a_descriptor_per_competency_and_level_is_kept_in_its_description(tmp_path):
    """Snowflake's milestone summaries differ by track: each kept in its track's description."""
    head = ["Track", "Description", "Milestone", "Summary", "Signal"]
    result = compkit.ingest(_csv(tmp_path, "snowflake.csv", head, SNOWFLAKE))
    fw = result.framework
    mobile = "Works effectively within established iOS or Android architectures, following current"
    web = "Works effectively within established web client architectures, following current"
    assert {c.name: c.description for c in fw.competency_records} == {
        "Mobile": f"{MOBILE}\n\nLevel 1: {mobile} best practices\n\nLevel 2: {M2}",
        "Web client": f"{WEB}\n\nLevel 1: {web} best practices\n\nLevel 2: {M2}",
    }
    assert [lv.description for lv in fw.level_records] == ["", ""]
    assert _cells(result) == [(c, f"Level {m}", t) for c, _, m, _, t in SNOWFLAKE]
    said = _said(result)
    assert not [m for m in said if m.startswith("column 'Summary' (5 cells) not read")]
    assert (
        "column 'Summary' read as each competency's description of its levels (one text per "
        "competency and level, 4 texts)" in " ".join(said)
    )


def test_unidays_a_definition_that_disagrees_keeps_the_first_and_reports_the_other(tmp_path):
    rows = [list(r) for r in UNIDAYS]
    rows[1][1] = ATTITUDE.split(". ")[0] + "."  # one row's cell cut short in the export
    ids = [[f"U{n}", *r, "Check wording" if n == 2 else ""] for n, r in enumerate(rows, 1)]
    path = _csv(tmp_path, "unidays.csv", ["Id", "Competency", "Description", "Level",
                                          "Criteria", "Notes"], ids)  # fmt: skip
    result = compkit.ingest(path)
    fw = result.framework
    assert {c.name: c.description for c in fw.competency_records} == {
        "😀 Attitude": ATTITUDE,
        "📯 Delivering Value": VALUE,
    }
    assert _cells(result) == [(c, lv, t) for c, _, lv, t in UNIDAYS]
    notes = result.report.to_frame()
    cut = notes[notes["message"].str.contains("not kept")]
    assert cut["message"].tolist() == [
        "'Description' of '😀 Attitude' differs from the one kept ('Attitude is everything. "
        "Attitude determines the success or f...'): 'Attitude is everything.' not kept"
    ]
    assert cut["where"].tolist() == ["cell C3"]
    assert "column 'Id' (5 cells) not read" in _said(result)
    # a note beside a statement is its note, word for word (since round 29; was not read)
    assert (
        "column 'Notes' read as the note of the statement on its row, word for word (1 note)"
        in _said(result)
    )
    assert fw.indicators["note"].tolist() == ["", "Check wording", "", "", ""]


@pytest.mark.parametrize("fixture", ["opm", "snowflake", "unidays"])
def test_no_cell_text_is_lost_without_a_word(tmp_path, fixture):
    """Every cell's text is in a statement, a name, a description, or a column reported."""
    head, rows, hints = {
        "opm": (OPM_HEAD, OPM, OPM_HINT),
        "snowflake": (["Track", "Description", "Milestone", "Summary", "Signal"], SNOWFLAKE, {}),
        "unidays": (["Competency", "Definition", "Level", "Criteria"], UNIDAYS, {}),
    }[fixture]
    result = compkit.ingest(_csv(tmp_path, f"{fixture}.csv", head, rows), **hints)
    held = _everything(result)
    said = " ".join(_said(result))
    for row in rows:
        for label, cell in zip(head, row, strict=True):
            texts = cell if isinstance(cell, tuple) else (cell,)
            assert all(t in held for t in texts) or f"column {label!r}" in said, (label, cell)


def test_a_sheet_per_competency_reads_its_definition_and_the_shared_scale(tmp_path):
    """OPM as a workbook with a sheet per competency: the scale is the same on every sheet."""
    book = Workbook()
    book.remove(book.active)
    for name in ("External Awareness", "Accountability"):
        sheet = book.create_sheet(name)
        sheet.append(["Definition", "Proficiency Level", "Proficiency Level Definition",
                      "Proficiency Level Illustration"])  # fmt: skip
        for comp, definition, level, scale, text in OPM:
            if comp == name:
                sheet.append([definition, level, "\n".join(scale), text])
    path = tmp_path / "opm-sheets.xlsx"
    book.save(path)
    result = compkit.ingest(path, **OPM_HINT)
    fw = result.framework
    assert "each sheet is a competency" in " ".join(result.report.reasons)
    assert {c.name: c.description for c in fw.competency_records} == {
        "External Awareness": EXTERNAL,
        "Accountability": ACCOUNTABILITY,
    }
    assert fw.level("level-4-advanced").description == "\n\n".join(ADVANCED)
    assert _cells(result) == [(c, lv, t) for c, _, lv, _, t in OPM]
    assert not [m for m in _said(result) if "not read" in m]


def _stacked_book(tmp_path, summaries: dict, signals: dict):
    """A workbook of level columns, a sheet per competency: a row of summaries, then signals."""
    book = Workbook()
    book.remove(book.active)
    for name, tops in summaries.items():
        sheet = book.create_sheet(name)
        sheet.append(["Milestone 1", "Milestone 2"])
        sheet.append(list(tops))
        sheet.append([])
        for row in signals[name]:
            sheet.append(list(row))
    path = tmp_path / "stacked.xlsx"
    book.save(path)
    return path


LEVELS = ["Milestone 1", "Milestone 2"]
SIGNALS = {
    "Mobile": [("Delivers features requiring simple local modifications",
                "Creates simple new activities on Android"),
               ("Adds simple actions that call server endpoints", None)],
    "Web client": [("Makes minor modifications to existing screens",
                    "Makes sensible abstractions based on template and code patterns"),
                   ("Fixes simple design quality issues", None)],
}  # fmt: skip


def test_level_summaries_that_differ_by_sheet_are_reported_not_given_to_the_level(tmp_path):
    """Snowflake as level columns, a sheet per track: its milestone summaries differ by track."""
    tops = {name: (next(r[3] for r in SNOWFLAKE if r[0] == name and r[2] == "1"), M2)
            for name in SIGNALS}  # fmt: skip
    result = compkit.ingest(_stacked_book(tmp_path, tops, SIGNALS), levels=LEVELS)
    fw = result.framework
    assert result.report.layout == "level-columns"
    assert [lv.description for lv in fw.level_records] == ["", ""]
    assert len(fw.indicator_records) == 6
    said = [m for m in _said(result) if "(the row under the level names) not read" in m]
    assert len(said) == 2
    assert said[0].startswith("'Works effectively within established iOS or Android")


def test_level_summaries_every_sheet_shares_are_the_levels_descriptions(tmp_path):
    """The same summary row on every sheet (a proficiency scale) describes the levels."""
    tops = {name: (" ".join(INTERMEDIATE), " ".join(ADVANCED)) for name in SIGNALS}
    result = compkit.ingest(_stacked_book(tmp_path, tops, SIGNALS), levels=LEVELS)
    fw = result.framework
    assert [lv.description for lv in fw.level_records] == [
        " ".join(INTERMEDIATE),
        " ".join(ADVANCED),
    ]
    assert not [m for m in _said(result) if "not read" in m]


def test_a_heading_row_with_the_definition_describes_its_competency(tmp_path):
    """An export that gives each competency a row of its own (name and definition only)."""
    rows, seen = [], set()
    for comp, definition, level, text in UNIDAYS:
        if comp not in seen:
            seen.add(comp)
            rows.append([comp, definition, "", ""])
        rows.append([comp, "", level, text])
    rows.append(["", "", "", "", "Exported 2019-10-02"])  # a footer: passed over, and said
    path = _csv(tmp_path, "unidays.csv", ["Competency", "Definition", "Level", "Criteria"], rows)
    result = compkit.ingest(path)
    fw = result.framework
    assert {c.name: c.description for c in fw.competency_records} == {
        "😀 Attitude": ATTITUDE,
        "📯 Delivering Value": VALUE,
    }
    assert _cells(result) == [(c, lv, t) for c, _, lv, t in UNIDAYS]
    assert "1 row with no statement text passed over" in _said(result)


def test_one_competency_at_one_level_its_descriptor_is_reported_as_such(tmp_path):
    """The probe's repro in OPM's words: three rows of one competency at one level."""
    result = compkit.ingest(_csv(tmp_path, "opm.csv", OPM_HEAD, OPM[:2]), **OPM_HINT)
    assert result.framework.competency("external-awareness").description == EXTERNAL
    said = [m for m in _said(result) if "not read" in m]
    assert said == [
        "column 'Proficiency Level Definition' (2 cells) not read: it holds one text per "
        "competency and level (1: 'Applies the competency in difficult situations Requires "
        "occa...'), a level's descriptor for each competency, which a framework file has "
        "no place for"
    ]
